// An uncaught custom exception after some output ends the process with exit code 1 (the
// runtime reports the exception on stderr, which is not compared). No finally on the path.
using System;

class FatalError : Exception
{
    public FatalError(string m) : base(m) {}
}

class Program
{
    static int Check(int n)
    {
        if (n > 3) throw new FatalError("value too large: " + n);
        return n * n;
    }

    static void Main()
    {
        Console.WriteLine("starting");
        try { throw new FatalError("handled one"); }
        catch (FatalError e) { Console.WriteLine("caught: " + e.Message); }
        for (int i = 0; i < 10; i++)
            Console.WriteLine(i + " -> " + Check(i));
        Console.WriteLine("not reached");
    }
}
