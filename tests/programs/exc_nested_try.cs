// Nested exception handling: try in try, try in catch, try in finally, and an exception
// escaping an inner handler to an outer one.
using System;

class Program
{
    static void TryInTry()
    {
        try
        {
            Console.WriteLine("outer try");
            try
            {
                Console.WriteLine(" inner try");
                throw new ArgumentException("inner problem");
            }
            catch (InvalidOperationException) { Console.WriteLine(" inner catch (wrong type)"); }
            finally { Console.WriteLine(" inner finally"); }
            Console.WriteLine("not reached");
        }
        catch (ArgumentException e) { Console.WriteLine("outer catch: " + e.Message); }
    }

    static void TryInCatch()
    {
        try { throw new Exception("first"); }
        catch (Exception e1)
        {
            Console.WriteLine("catch " + e1.Message);
            try { throw new Exception("second"); }
            catch (Exception e2) { Console.WriteLine(" nested catch " + e2.Message + " (outer still " + e1.Message + ")"); }
            finally { Console.WriteLine(" nested finally in catch"); }
        }
        Console.WriteLine("after TryInCatch");
    }

    static void TryInFinally()
    {
        try { Console.WriteLine("try"); }
        finally
        {
            Console.WriteLine("finally start");
            try { throw new Exception("in finally"); }
            catch (Exception e) { Console.WriteLine(" caught inside finally: " + e.Message); }
            Console.WriteLine("finally end");
        }
    }

    static void FinallyDuringUnwindWithInnerTry()
    {
        try
        {
            try { throw new Exception("unwinding"); }
            finally
            {
                // a complete throw/catch while the outer exception is in flight
                try { throw new Exception("temporary"); }
                catch (Exception t) { Console.WriteLine(" temp caught: " + t.Message); }
                Console.WriteLine(" finally during unwind done");
            }
        }
        catch (Exception e) { Console.WriteLine("outer caught: " + e.Message); }
    }

    static int Depth3(int x)
    {
        try
        {
            try
            {
                try { if (x == 0) throw new DivideByZeroException(); return 100 / x; }
                catch (NullReferenceException) { return -1; }
            }
            catch (DivideByZeroException) { Console.WriteLine(" level2 handles div0"); return -2; }
        }
        finally { Console.WriteLine(" level1 finally x=" + x); }
    }

    static void Main()
    {
        TryInTry();
        TryInCatch();
        TryInFinally();
        FinallyDuringUnwindWithInnerTry();
        Console.WriteLine("Depth3(4)=" + Depth3(4));
        Console.WriteLine("Depth3(0)=" + Depth3(0));
    }
}
