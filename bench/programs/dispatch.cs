// bench: interface dispatch where one implementation dominates at run time: 1,024 IStep
// objects, 97% of them AddStep, applied in a chain SIZE times per iteration. The call site in
// Run is megamorphic in the class hierarchy but monomorphic in practice: the case for
// profile-guided (guarded) devirtualization, which can test for AddStep and inline it.
// No C twin: the point is what a managed runtime makes of an interface call.
// bench-args: full: 15 20000 | quick: 3 300 | startup: 1 1
using System;

interface IStep
{
    int Apply(int x);
}

class AddStep : IStep
{
    public int Apply(int x) { return x + (x >> 3) + 7; }
}

class XorStep : IStep
{
    public int Apply(int x) { return x ^ 0x5bd1e995; }
}

class RotateStep : IStep
{
    public int Apply(int x) { return (x << 5) | (int)((uint)x >> 27); }
}

class MultiplyStep : IStep
{
    public int Apply(int x) { return x * 31 + 1; }
}

class Dispatch
{
    const int Count = 1024;

    static IStep[] MakeSteps()
    {
        IStep[] steps = new IStep[Count];
        uint seed = 42;
        for (int i = 0; i < Count; i++)
        {
            seed = seed * 1664525u + 1013904223u;
            int r = (int)((seed >> 8) % 100);
            if (r < 97) steps[i] = new AddStep();
            else if (r == 97) steps[i] = new XorStep();
            else if (r == 98) steps[i] = new RotateStep();
            else steps[i] = new MultiplyStep();
        }
        return steps;
    }

    static int Run(IStep[] steps, int passes)
    {
        int acc = 1;
        for (int p = 0; p < passes; p++)
            for (int i = 0; i < steps.Length; i++)
                acc = steps[i].Apply(acc);
        return acc;
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 15), passes = Bench.Arg(args, 1, 20000);
        IStep[] steps = MakeSteps();
        int acc = 0;
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            acc = Run(steps, passes);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine("checksum: " + acc);
    }
}
