// An uncaught exception thrown deep in the stack: under Mono the finally blocks on the way
// out still run (and print) before the process exits with code 1.
using System;

class FatalError : Exception
{
    public FatalError(string m) : base(m) {}
}

class Program
{
    static void Level(int n)
    {
        try
        {
            if (n == 0) throw new FatalError("giving up");
            Level(n - 1);
        }
        finally
        {
            Console.WriteLine("finally at level " + n);
        }
    }

    static void Main()
    {
        Console.WriteLine("starting");
        try { Level(1); }
        catch (FatalError e) { Console.WriteLine("caught: " + e.Message); }
        Level(3);
        Console.WriteLine("not reached");
    }
}
