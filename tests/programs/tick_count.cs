// Uses Environment.TickCount for timing without printing it: the output is the work's result
// and a sanity check on the elapsed time, both deterministic.
using System;

class TickCount
{
    static long Work(int n)
    {
        long acc = 0;
        for (int i = 0; i < n; i++) acc += (i * (long)i) % 7;
        return acc;
    }

    static void Main()
    {
        int start = Environment.TickCount;
        long r = Work(2000000);
        int elapsed = Environment.TickCount - start;
        Console.WriteLine("result " + r);
        Console.WriteLine("elapsed is non-negative: " + (elapsed >= 0));
        Console.WriteLine("elapsed under a minute: " + (elapsed < 60000));
        int t1 = Environment.TickCount;
        int t2 = Environment.TickCount;
        Console.WriteLine("monotonic: " + (t2 - t1 >= 0));
    }
}
