// Class constructors under threads (ECMA-335 II.10.5.3.3): one runs exactly once, however
// many threads touch its type at once, and the others wait for it to finish; one that
// throws fails the same way on every thread.
using System;
using System.Threading;

// How often each initialiser ran, kept apart from the types themselves: reading Broken's
// own field after its failure would throw (and Mono runs a beforefieldinit initialiser when
// it compiles a method that touches the type, so Main must not name the types below).
static class Counts
{
    public static int Slow, Lazy, Broken;
}

static class Slow
{
    public static readonly int[] Table;

    static Slow()
    {
        Interlocked.Increment(ref Counts.Slow);
        Thread.Sleep(30); // the other threads arrive meanwhile and must wait
        int[] t = new int[100];
        for (int i = 0; i < t.Length; i++)
            t[i] = i * 2;
        Table = t;
    }

    public static int Sum()
    {
        int s = 0;
        foreach (int x in Table)
            s += x;
        return s;
    }
}

class Lazy2
{
    public static string Value = Make(); // beforefieldinit: runs at first static field access

    static string Make()
    {
        Interlocked.Increment(ref Counts.Lazy);
        Thread.Sleep(10);
        return "made";
    }
}

static class Broken
{
    public static int Value = Fail();

    static int Fail()
    {
        Interlocked.Increment(ref Counts.Broken);
        Thread.Sleep(10);
        throw new InvalidOperationException("no");
    }
}

// A cctor that starts a thread needing another type, and joins it: no deadlock.
static class Starter
{
    public static int Other;

    static Starter()
    {
        int seen = 0;
        Thread t = new Thread(() => { seen = Helper.Value; });
        t.Start();
        t.Join();
        Other = seen;
    }
}

static class Helper
{
    public static int Value = 7;
}

class ThreadStaticsCctor
{
    static void Main()
    {
        const int N = 6;
        Thread[] ts = new Thread[N];
        int[] sums = new int[N];
        string[] values = new string[N];
        string[] errors = new string[N];
        object go = new object();
        bool started = false;
        for (int i = 0; i < N; i++) {
            int k = i;
            ts[i] = new Thread(() => {
                lock (go) {
                    while (!started)
                        Monitor.Wait(go);
                }
                Touch(k, sums, values, errors);
            });
            ts[i].Start();
        }
        lock (go) {
            started = true;
            Monitor.PulseAll(go);
        }
        foreach (Thread t in ts)
            t.Join();
        for (int i = 0; i < N; i++)
            Console.WriteLine(i + ": " + sums[i] + " " + values[i] + " " + errors[i]);
        Console.WriteLine("runs " + Counts.Slow + " " + Counts.Lazy + " " + Counts.Broken);
        Console.WriteLine("starter " + StarterValue());
    }

    static void Touch(int k, int[] sums, string[] values, string[] errors)
    {
        sums[k] = Slow.Sum();
        values[k] = Lazy2.Value;
        try {
            errors[k] = "value " + BrokenValue();
        } catch (TypeInitializationException e) {
            errors[k] = e.GetType().Name + " / " + e.InnerException.Message;
        }
    }

    static int BrokenValue()
    {
        return Broken.Value;
    }

    static int StarterValue()
    {
        return Starter.Other;
    }
}
