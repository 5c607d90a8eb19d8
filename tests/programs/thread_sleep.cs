// Thread.Sleep(int) and Sleep(TimeSpan) wait at least as long as asked (Stopwatch measures),
// Sleep(0) and TimeSpan.Zero return, out-of-range timeouts throw Mono's exception; the one
// thread ilc runs managed code on is Thread.CurrentThread, ManagedThreadId 1.
using System;
using System.Diagnostics;
using System.Threading;

class ThreadSleep
{
    static void Try(Action a)
    {
        try { a(); Console.WriteLine("no exception"); }
        catch (Exception e) { Console.WriteLine(e.GetType() + ": " + e.Message); }
    }

    static void Main()
    {
        Stopwatch sw = Stopwatch.StartNew();
        Thread.Sleep(50);
        Console.WriteLine("slept 50 ms: " + (sw.ElapsedMilliseconds >= 50));
        Thread.Sleep(TimeSpan.FromMilliseconds(30));
        Console.WriteLine("slept 80 ms: " + (sw.ElapsedMilliseconds >= 80));
        Thread.Sleep(0);
        Thread.Sleep(TimeSpan.Zero);
        Thread t = Thread.CurrentThread;
        Console.WriteLine(t.ManagedThreadId + " " + (t == Thread.CurrentThread) + " " + (t.Name == null));
        t.Name = "main";
        Console.WriteLine(Thread.CurrentThread.Name);
        Try(() => Thread.Sleep(-2));
        Try(() => Thread.Sleep(TimeSpan.FromMilliseconds(-2)));
        Try(() => Thread.Sleep(TimeSpan.FromDays(30)));
    }
}
