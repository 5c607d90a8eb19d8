// bench: the timing protocol shared by every program in bench/programs/ (compiled into each
// with `mcs PROG.cs Bench.cs`). A program takes `ITERATIONS SIZE` as arguments, repeats the
// same work ITERATIONS times, prints its checksum on stdout at the end, and reports each
// iteration on stderr as one line `iter I MS` (milliseconds, three decimals), timed
// in-process with Stopwatch so that start-up and compilation outside the loop do not count.
// bench/bench.py reads those lines: the first ones form the warm-up curve (where tiering
// shows), the median of the last ones is the steady-state throughput.
using System;
using System.Diagnostics;

static class Bench
{
    // Arg(args, i, fallback): the i-th command-line argument as an int.
    public static int Arg(string[] args, int i, int fallback)
    {
        return args.Length > i ? int.Parse(args[i]) : fallback;
    }

    public static long Now()
    {
        return Stopwatch.GetTimestamp();
    }

    // Lap(iteration, start, end): reports one iteration that ran between two timestamps of
    // Now(). The caller reads the end before calling, so that the compilation of Lap and of
    // the formatting it calls (on the first iteration) is not counted in the iteration.
    public static void Lap(int iteration, long start, long end)
    {
        double ms = (end - start) * 1000.0 / Stopwatch.Frequency;
        Console.Error.WriteLine("iter " + iteration + " " + ms.ToString("F3"));
    }
}
