// Main returning a non-zero exit code after some output, with no arguments given.
using System;

class ExitCode
{
    static int Compute()
    {
        int r = 0;
        for (int i = 1; i <= 10; i++) r += i * i;
        return r;
    }

    static int Main(string[] args)
    {
        Console.WriteLine("no args: " + (args.Length == 0));
        int c = Compute();
        Console.WriteLine("computed " + c);
        return c - 342;
    }
}
