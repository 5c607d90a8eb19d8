// An exception no handler takes: every filter on the way still runs in the first pass,
// before any finally block; then, as Mono does, the finally blocks run on the way out and
// the process exits with code 1.
using System;

class CodeError : Exception
{
    public int Code;
    public CodeError(int code) : base("code " + code) { Code = code; }
}

class Program
{
    static bool Say(string what, bool result)
    {
        Console.WriteLine("filter " + what + " -> " + result);
        return result;
    }

    static void Thrower(int code)
    {
        try { throw new CodeError(code); }
        finally { Console.WriteLine("finally in Thrower"); }
    }

    static void Middle(int code)
    {
        int seen = code * 2;
        try { Thrower(code); }
        catch (CodeError e) when (Say("Middle, seen " + seen, e.Code < 0)) { Console.WriteLine("not reached"); }
        finally { Console.WriteLine("finally in Middle"); }
    }

    static void Main()
    {
        Console.WriteLine("start");
        try { Middle(21); }
        catch (CodeError e) when (Say("Main, code " + e.Code, false)) { Console.WriteLine("not reached"); }
        catch (InvalidOperationException) { Console.WriteLine("not reached"); }
        Console.WriteLine("not reached either");
    }
}
