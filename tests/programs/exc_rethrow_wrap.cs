// `throw;` rethrows the same exception object; `throw new X(msg, inner)` in a catch wraps
// it, and InnerException chains can be walked.
using System;

class ParseError : Exception
{
    public ParseError(string m, Exception inner) : base(m, inner) {}
}

class Program
{
    static Exception lastSeen;

    static int ParseDigit(char c)
    {
        if (c < '0' || c > '9') throw new FormatException("not a digit: " + c);
        return c - '0';
    }

    static int ParseAll(string s)
    {
        int v = 0;
        for (int i = 0; i < s.Length; i++)
        {
            try { v = v * 10 + ParseDigit(s[i]); }
            catch (FormatException e)
            {
                throw new ParseError("bad input '" + s + "' at " + i, e);
            }
        }
        return v;
    }

    static void Log(string s)
    {
        try { ParseAll(s); }
        catch (Exception e)
        {
            lastSeen = e;
            Console.WriteLine("  log: " + e.GetType().Name + " - " + e.Message);
            throw;
        }
    }

    static void Main()
    {
        Console.WriteLine(ParseAll("1234"));
        try { Log("12x4"); }
        catch (ParseError e)
        {
            Console.WriteLine("main: " + e.Message);
            Console.WriteLine("same object rethrown: " + ReferenceEquals(e, lastSeen));
            Console.WriteLine("inner: " + e.InnerException.GetType().Name + " - " + e.InnerException.Message);
        }

        // Chain of three wraps
        try
        {
            try
            {
                try { throw new InvalidOperationException("level0"); }
                catch (Exception e) { throw new ApplicationException("level1", e); }
            }
            catch (Exception e) { throw new Exception("level2", e); }
        }
        catch (Exception e)
        {
            for (Exception x = e; x != null; x = x.InnerException)
                Console.WriteLine("chain: " + x.GetType().Name + ": " + x.Message);
        }

        // rethrow from a nested catch, through a finally
        try
        {
            try
            {
                try { throw new ArgumentException("deep"); }
                catch (ArgumentException) { Console.WriteLine("first catch, rethrowing"); throw; }
                finally { Console.WriteLine("finally between rethrows"); }
            }
            catch (Exception e) { Console.WriteLine("second catch: " + e.Message + ", rethrowing"); throw; }
        }
        catch (ArgumentException e) { Console.WriteLine("final catch: " + e.Message); }

        // throw e (same object, not wrapped) vs throw new
        Exception saved = new Exception("saved");
        try { throw saved; }
        catch (Exception e) { Console.WriteLine("threw stored object: " + ReferenceEquals(e, saved)); }
        Console.WriteLine("InnerException of plain: " + (saved.InnerException == null));
    }
}
