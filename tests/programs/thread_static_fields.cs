// [ThreadStatic] fields: each thread has its own copy, zero until it writes it (also in
// generic types and for structs), and a volatile field that a spinning thread re-reads.
using System;
using System.Threading;

class PerThread
{
    [ThreadStatic] public static int Counter;
    [ThreadStatic] static string name;
    [ThreadStatic] public static long Big;
    public static int Shared;

    public static string Name
    {
        get { return name ?? "(none)"; }
        set { name = value; }
    }
}

class Generic<T>
{
    [ThreadStatic] public static T Last;
}

struct Pair
{
    public int A, B;
}

class ThreadStaticFields
{
    [ThreadStatic] static Pair pair;
    static volatile bool stop;
    static volatile int spins;

    static void Work(object o)
    {
        int id = (int)o;
        for (int i = 0; i < 1000; i++)
            PerThread.Counter++;
        PerThread.Big += id * 1000000000L;
        PerThread.Name = "thread " + id;
        Generic<string>.Last = "s" + id;
        Generic<int>.Last = id;
        pair.A = id;
        pair.B = id * 2;
        Interlocked.Add(ref PerThread.Shared, PerThread.Counter);
        results[id] = PerThread.Name + " " + PerThread.Counter + " " + PerThread.Big + " " + Generic<string>.Last + " " + Generic<int>.Last + " " + pair.A + "," + pair.B;
    }

    static string[] results = new string[4];

    static void Main()
    {
        PerThread.Counter = 5;
        PerThread.Name = "main";
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.Length; i++) {
            ts[i] = new Thread(Work);
            ts[i].Start(i);
        }
        foreach (Thread t in ts)
            t.Join();
        foreach (string r in results)
            Console.WriteLine(r);
        Console.WriteLine("main " + PerThread.Name + " " + PerThread.Counter + " " + PerThread.Big + " " + (Generic<string>.Last == null) + " " + pair.A);
        Console.WriteLine("shared " + PerThread.Shared);

        // a volatile flag another thread sets ends this thread's loop
        Thread spinner = new Thread(() => {
            int n = 0;
            while (!stop)
                n++;
            spins = n > 0 ? 1 : 0;
        });
        spinner.Start();
        Thread.Sleep(5);
        stop = true;
        spinner.Join();
        Console.WriteLine("spinner stopped");
    }
}
