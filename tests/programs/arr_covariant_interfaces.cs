// Arrays of references through the IList<U>/ICollection<U> of their elements' bases and
// interfaces (array covariance), which the JIT's loader adds to an array type only when
// a program first asks for one: casts that succeed and fail, calls through them, and
// the store check behind them.
using System;
using System.Collections;
using System.Collections.Generic;
class A { public override string ToString() { return "A"; } }
class B : A, IComparable { public int CompareTo(object o) { return 0; } public override string ToString() { return "B"; } }
class P {
  static void Show(IList<object> l) { Console.WriteLine(l.Count + " " + l[0] + " " + l.IndexOf(l[1]) + " " + l.Contains("zz")); }
  static void Main(string[] args) {
    string[] s = { "x", "y", "z" };
    object o = s;
    Console.WriteLine(o is IList<object>);
    Console.WriteLine(o is ICollection<IComparable>);
    Console.WriteLine(o is IList<int>);
    Console.WriteLine(o is IList<A>);
    Show(s);
    ICollection<IComparable> c = s; Console.WriteLine(c.Count);
    IEnumerable<object> e = s; foreach (var x in e) Console.Write(x); Console.WriteLine();
    IReadOnlyList<IComparable> r = s; Console.WriteLine(r[2]);
    B[] bs = { new B(), new B() };
    IList<A> la = bs; Console.WriteLine(la[1] + " " + la.Count);
    Console.WriteLine(((object)bs) is IList<IComparable>);
    Console.WriteLine(((object)bs) is IList<string>);
    try { la[0] = new A(); } catch (Exception ex) { Console.WriteLine(ex.GetType().Name); }
    try { la.Add(new A()); } catch (Exception ex) { Console.WriteLine(ex.GetType().Name); }
    IList<object> lo = bs; Console.WriteLine(lo.IndexOf(bs[1]));
  }
}
