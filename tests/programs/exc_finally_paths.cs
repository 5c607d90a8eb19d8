// finally runs on every way out of a try: normal fall-through, exception, return inside
// try, return inside catch, and the value returned is the one computed before finally ran.
using System;

class Program
{
    static int counter;

    static void Normal()
    {
        try { Console.WriteLine("  normal: try body"); }
        finally { Console.WriteLine("  normal: finally"); }
        Console.WriteLine("  normal: after");
    }

    static void OnException()
    {
        try
        {
            try { Console.WriteLine("  exc: try body"); throw new Exception("boom"); }
            finally { Console.WriteLine("  exc: inner finally"); }
        }
        catch (Exception e) { Console.WriteLine("  exc: caught " + e.Message); }
        finally { Console.WriteLine("  exc: outer finally"); }
    }

    static int ReturnInTry(int x)
    {
        try
        {
            if (x > 0) return x * 10;
            Console.WriteLine("  ret: not returning early");
        }
        finally { Console.WriteLine("  ret: finally for x=" + x); }
        return -1;
    }

    static int ReturnedValueBeforeFinally()
    {
        int v = 1;
        try { return v; }
        finally { v = 99; Console.WriteLine("  value: finally set v=" + v); }
    }

    static int ReturnInCatch()
    {
        try { throw new InvalidOperationException("x"); }
        catch (InvalidOperationException) { Console.WriteLine("  catch-ret: in catch"); return 7; }
        finally { Console.WriteLine("  catch-ret: finally"); }
    }

    static string NestedFinallyReturn()
    {
        string s = "";
        try
        {
            try { s += "a"; return s; }
            finally { s += "b"; Console.WriteLine("  nested: inner finally s=" + s); }
        }
        finally { s += "c"; Console.WriteLine("  nested: outer finally s=" + s); }
    }

    static void Bump()
    {
        try { counter++; if (counter % 2 == 0) throw new Exception("even"); }
        finally { counter += 100; }
    }

    static void Main()
    {
        Console.WriteLine("Normal:"); Normal();
        Console.WriteLine("OnException:"); OnException();
        Console.WriteLine("ReturnInTry(5) = " + ReturnInTry(5));
        Console.WriteLine("ReturnInTry(0) = " + ReturnInTry(0));
        Console.WriteLine("ReturnedValueBeforeFinally = " + ReturnedValueBeforeFinally());
        Console.WriteLine("ReturnInCatch = " + ReturnInCatch());
        Console.WriteLine("NestedFinallyReturn = " + NestedFinallyReturn());
        for (int i = 0; i < 4; i++)
        {
            try { Bump(); Console.WriteLine("bump " + i + " ok, counter=" + counter); }
            catch (Exception e) { Console.WriteLine("bump " + i + " threw " + e.Message + ", counter=" + counter); }
        }
    }
}
