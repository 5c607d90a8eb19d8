// System.Security.SecurityException, which ilc's corlib lacked (TypeLoadException): thrown
// and caught by its type, with a message and an inner exception, and tested with is.
using System;
using System.Security;
class P { static void Main() {
  try { throw new SecurityException(); } catch (SecurityException e) { Console.WriteLine(e.Message + " " + (e is SystemException)); }
  try { throw new SecurityException("denied", new InvalidOperationException("x")); } catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message + " / " + e.InnerException.Message); }
  object o = new ArgumentException();
  Console.WriteLine(o is SecurityException);
} }
