// Threads: ThreadStart, ParameterizedThreadStart and lambdas, Start/Join, ids, names,
// state, Join with a timeout, and the exceptions misuse raises.
using System;
using System.Threading;

class Worker
{
    public int Result;
    readonly int n;

    public Worker(int n)
    {
        this.n = n;
    }

    public void Run()
    {
        int sum = 0;
        for (int i = 1; i <= n; i++)
            sum += i;
        Result = sum;
    }
}

class ThreadBasic
{
    static int staticHits;
    static object gate = new object();
    static bool released;

    static void CountStatic()
    {
        Interlocked.Increment(ref staticHits);
    }

    static void Square(object o)
    {
        int[] box = (int[])o;
        box[1] = box[0] * box[0];
    }

    static void Report(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
    }

    static void Main()
    {
        Thread main = Thread.CurrentThread;
        Console.WriteLine("main id " + main.ManagedThreadId + " alive " + main.IsAlive + " background " + main.IsBackground);
        Console.WriteLine("main state " + main.ThreadState + " same " + (main == Thread.CurrentThread));

        // an instance method, a static method, a parameterized one, a closure
        Worker w = new Worker(100);
        Thread t1 = new Thread(w.Run);
        Thread t2 = new Thread(new ThreadStart(CountStatic));
        Thread t3 = new Thread(Square);
        int captured = 0;
        Thread t4 = new Thread(() => { captured = 42; });
        Console.WriteLine("ids " + t1.ManagedThreadId + " " + t2.ManagedThreadId + " " + t3.ManagedThreadId + " " + t4.ManagedThreadId);
        Console.WriteLine("before start: alive " + t1.IsAlive + " state " + t1.ThreadState);
        int[] box = { 12, 0 };
        t1.Start();
        t2.Start();
        t3.Start(box);
        t4.Start();
        t1.Join();
        t2.Join();
        t3.Join();
        t4.Join();
        Console.WriteLine("results " + w.Result + " " + staticHits + " " + box[1] + " " + captured);
        Console.WriteLine("after join: alive " + t1.IsAlive + " state " + t1.ThreadState);

        // the thread sees itself
        int seenId = 0;
        string seenName = null;
        Thread named = new Thread(() => {
            seenId = Thread.CurrentThread.ManagedThreadId;
            seenName = Thread.CurrentThread.Name;
        });
        named.Name = "worker";
        named.IsBackground = true;
        Console.WriteLine("named state " + named.ThreadState);
        named.Start();
        named.Join();
        Console.WriteLine("seen " + (seenId == named.ManagedThreadId) + " " + seenName);

        // Join with a timeout: the thread waits until main releases it
        Thread held = new Thread(() => {
            lock (gate) {
                while (!released)
                    Monitor.Wait(gate);
            }
        });
        held.Start();
        Console.WriteLine("join(20) " + held.Join(20) + " alive " + held.IsAlive);
        Console.WriteLine("join(0) " + held.Join(0));
        lock (gate) {
            released = true;
            Monitor.PulseAll(gate);
        }
        Console.WriteLine("join(timespan) " + held.Join(TimeSpan.FromSeconds(30)));
        Console.WriteLine("join again " + held.Join(0));

        // many short threads
        Thread[] many = new Thread[16];
        int[] slots = new int[16];
        for (int i = 0; i < many.Length; i++) {
            int k = i;
            many[i] = new Thread(() => { slots[k] = k * k; });
        }
        foreach (Thread t in many)
            t.Start();
        foreach (Thread t in many)
            t.Join();
        int total = 0;
        foreach (int s in slots)
            total += s;
        Console.WriteLine("many " + total);

        // Sleep, Yield, SpinWait
        Thread.Sleep(0);
        Thread.Sleep(TimeSpan.FromMilliseconds(1));
        Thread.Yield();
        Thread.SpinWait(10);
        SpinWait sw = new SpinWait();
        for (int i = 0; i < 12; i++)
            sw.SpinOnce();
        Console.WriteLine("spins " + sw.Count + " " + sw.NextSpinWillYield);
        int flag = 0;
        Thread setter = new Thread(() => Volatile.Write(ref flag, 1));
        setter.Start();
        SpinWait.SpinUntil(() => Volatile.Read(ref flag) == 1);
        setter.Join();
        Console.WriteLine("flag " + flag);

        // misuse
        try { new Thread((ThreadStart)null); } catch (Exception e) { Report("null start", e); }
        try { t1.Start(); } catch (Exception e) { Report("restart", e); }
        try { new Thread(() => { }).Join(); } catch (Exception e) { Report("join unstarted", e); }
        try { new Thread(() => { }).Start(1); } catch (Exception e) { Report("parameter", e); }
        try { t1.Join(-2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("join(-2): " + e.GetType().Name + " " + e.ParamName); }
        try { Thread.Sleep(-5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sleep(-5): " + e.GetType().Name + " " + e.ParamName); }
        try { named.Name = "again"; } catch (Exception e) { Report("rename", e); }
    }
}
