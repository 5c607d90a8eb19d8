// An exception thrown from a finally block replaces the one in flight; one thrown from a
// catch block still runs the finally; the replaced exception is lost.
using System;

class Program
{
    static void ReplaceInFlight()
    {
        try
        {
            throw new InvalidOperationException("original");
        }
        finally
        {
            Console.WriteLine("finally runs, throws replacement");
            throw new ArgumentException("replacement");
        }
    }

    static void ThrowFromFinallyOnNormalExit()
    {
        try { Console.WriteLine("try completes normally"); }
        finally { throw new FormatException("from finally"); }
    }

    static void ThrowFromCatch()
    {
        try { throw new Exception("first"); }
        catch (Exception e)
        {
            Console.WriteLine("catch " + e.Message + ", throwing second");
            throw new NotSupportedException("second");
        }
        finally { Console.WriteLine("finally after catch threw"); }
    }

    static int ReturnThenThrowInFinally(bool doThrow)
    {
        try { return 1; }
        finally { if (doThrow) throw new Exception("finally overrides return"); }
    }

    static void Main()
    {
        try { ReplaceInFlight(); }
        catch (Exception e) { Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message); }

        try { ThrowFromFinallyOnNormalExit(); }
        catch (Exception e) { Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message); }

        try { ThrowFromCatch(); }
        catch (Exception e) { Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message); }

        Console.WriteLine("no throw returns " + ReturnThenThrowInFinally(false));
        try { Console.WriteLine(ReturnThenThrowInFinally(true)); }
        catch (Exception e) { Console.WriteLine("caught: " + e.Message); }

        // nested: the replacement from the inner finally is what the outer catch filters on
        try
        {
            try
            {
                try { throw new Exception("A"); }
                finally { throw new Exception("B"); }
            }
            catch (Exception e) when (e.Message == "A") { Console.WriteLine("wrong: saw A"); }
        }
        catch (Exception e) when (e.Message == "B") { Console.WriteLine("outer saw B"); }
    }
}
