// expected-output: written by hand (scripts/record-expected.sh leaves it alone)
//
// A filter that throws counts as false, and what it threw goes nowhere: the search goes on
// for the exception the filter was asked about (ECMA-335 I.12.4.2; .NET's documented
// behaviour, CA2219). Mono 6.8 differs: its JIT lets the filter's exception escape to the
// handlers around the filter's method, and its interpreter aborts with "Nested exception
// detected". So this program's .expected is the .NET behaviour, written by hand.
using System;

class CodeError : Exception
{
    public int Code;
    public CodeError(int code) : base("code " + code) { Code = code; }
}

class Boom : Exception
{
    public Boom() : base("boom") {}
}

class Program
{
    static bool Say(string what, bool result)
    {
        Console.WriteLine("  filter " + what + " -> " + result);
        return result;
    }

    static bool Throws(string what)
    {
        Console.WriteLine("  filter " + what + " throws");
        throw new Boom();
    }

    static bool ThrowsAfterFinally()
    {
        try { throw new Boom(); }
        finally { Console.WriteLine("  finally inside the filter's callee"); }
    }

    static bool HashOf(object o)
    {
        return o.GetHashCode() > 0; // o is null: NullReferenceException inside the filter
    }

    static void Deep()
    {
        try { throw new CodeError(4); }
        finally { Console.WriteLine("  finally in Deep"); }
    }

    static void Main()
    {
        Console.WriteLine("1. the next clause of the same try");
        try
        {
            try { throw new CodeError(1); }
            catch (CodeError) when (Throws("first")) { Console.WriteLine("  not reached"); }
            catch (CodeError e) when (Say("second sees " + e.Code, true)) { Console.WriteLine("  second handler"); }
        }
        catch (Boom) { Console.WriteLine("  not reached: Boom escaped the filter"); }

        Console.WriteLine("2. the filter lies inside a try that catches what it throws");
        try
        {
            try { throw new CodeError(2); }
            catch (CodeError) when (ThrowsAfterFinally()) { Console.WriteLine("  not reached"); }
        }
        catch (Boom) { Console.WriteLine("  not reached: Boom escaped the filter"); }
        catch (CodeError e) { Console.WriteLine("  outer catch got code " + e.Code); }

        Console.WriteLine("3. a null reference in a filter");
        try
        {
            try { throw new CodeError(3); }
            catch (CodeError) when (HashOf(null)) { Console.WriteLine("  not reached"); }
        }
        catch (NullReferenceException) { Console.WriteLine("  not reached: NullReferenceException"); }
        catch (CodeError e) { Console.WriteLine("  outer catch got code " + e.Code); }

        Console.WriteLine("4. still the first pass: the finally runs after both filters");
        try
        {
            try { Deep(); }
            catch (CodeError) when (Throws("inner")) { Console.WriteLine("  not reached"); }
        }
        catch (CodeError e) when (Say("outer sees " + e.Code, true)) { Console.WriteLine("  outer handler"); }
    }
}
