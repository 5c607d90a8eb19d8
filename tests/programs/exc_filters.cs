// Exception filters (`catch (X e) when (cond)`): true and false filters, side effects in
// the filter, and filters run before the inner finally blocks (two-pass unwinding).
using System;

class CodeError : Exception
{
    public int Code;
    public CodeError(int code) : base("code " + code) { Code = code; }
}

class Program
{
    static bool Check(string label, bool result)
    {
        Console.WriteLine("  filter " + label + " -> " + result);
        return result;
    }

    static string Handle(int code)
    {
        try
        {
            throw new CodeError(code);
        }
        catch (CodeError e) when (Check("code<10", e.Code < 10))
        {
            return "small " + e.Code;
        }
        catch (CodeError e) when (Check("code<100", e.Code < 100))
        {
            return "medium " + e.Code;
        }
        catch (CodeError e)
        {
            return "large " + e.Code;
        }
    }

    static void Inner()
    {
        try
        {
            throw new CodeError(42);
        }
        finally
        {
            Console.WriteLine("  inner finally");
        }
    }

    static int filterCalls;
    static bool Count() { filterCalls++; return false; }

    static void Main()
    {
        Console.WriteLine(Handle(3));
        Console.WriteLine(Handle(50));
        Console.WriteLine(Handle(500));

        // The filter runs during the first pass, before the inner finally.
        try { Inner(); }
        catch (CodeError e) when (Check("outer sees " + e.Code, true))
        {
            Console.WriteLine("  outer handler");
        }

        // A false filter lets the exception go to an enclosing handler.
        try
        {
            try { throw new CodeError(7); }
            catch (CodeError) when (Count()) { Console.WriteLine("not reached"); }
        }
        catch (CodeError e) { Console.WriteLine("enclosing got " + e.Code + ", filterCalls=" + filterCalls); }

        // Filter on the exception message / type
        string[] msgs = { "retry", "fatal", "retry" };
        foreach (string m in msgs)
        {
            try { throw new InvalidOperationException(m); }
            catch (Exception e) when (e.Message == "retry") { Console.WriteLine("will retry"); }
            catch (Exception e) { Console.WriteLine("gives up: " + e.Message); }
        }

        // when filter with a local variable from the enclosing method
        int threshold = 2;
        for (int i = 0; i < 4; i++)
        {
            try { throw new CodeError(i); }
            catch (CodeError e) when (e.Code >= threshold) { Console.WriteLine(i + " >= threshold"); }
            catch (CodeError) { Console.WriteLine(i + " < threshold"); }
        }
    }
}
