// Lazy<T> under threads: with the default ExecutionAndPublication mode the factory runs once,
// and every thread that asks meanwhile waits for it and gets its value.
using System;
using System.Threading;

class ThreadLazy
{
    static int runs;

    static void Main()
    {
        Lazy<string> lazy = new Lazy<string>(() => {
            Interlocked.Increment(ref runs);
            Thread.Sleep(20);
            return "v";
        });
        Thread[] ts = new Thread[4];
        string[] got = new string[4];
        for (int i = 0; i < ts.Length; i++) {
            int k = i;
            ts[i] = new Thread(() => got[k] = lazy.Value);
            ts[i].Start();
        }
        foreach (Thread t in ts)
            t.Join();
        Console.WriteLine(runs + " " + string.Join(",", got) + " " + lazy.IsValueCreated);
    }
}
