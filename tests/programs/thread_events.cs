// Events and counting primitives built on Monitor: ManualResetEvent, AutoResetEvent,
// ManualResetEventSlim, CountdownEvent, SemaphoreSlim, WaitHandle.WaitAll/WaitAny and
// ThreadLocal<T>.
using System;
using System.Collections.Generic;
using System.Threading;

class ThreadEvents
{
    static void Report(string what, Exception e)
    {
        Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
    }

    static void Main()
    {
        // a gate every worker waits at, opened once
        ManualResetEvent go = new ManualResetEvent(false);
        CountdownEvent done = new CountdownEvent(5);
        int passed = 0;
        for (int i = 0; i < 5; i++) {
            new Thread(() => {
                go.WaitOne();
                Interlocked.Increment(ref passed);
                done.Signal();
            }).Start();
        }
        Console.WriteLine("before set: " + passed + " waitone(10) " + go.WaitOne(10));
        go.Set();
        done.Wait();
        Console.WriteLine("after set: " + passed + " count " + done.CurrentCount + " isset " + done.IsSet);

        // AutoResetEvent hands one signal to one waiter: a strict relay between two threads
        AutoResetEvent toB = new AutoResetEvent(false), toA = new AutoResetEvent(false);
        List<string> relay = new List<string>();
        Thread b = new Thread(() => {
            for (int i = 0; i < 3; i++) {
                toB.WaitOne();
                relay.Add("b" + i);
                toA.Set();
            }
        });
        b.Start();
        for (int i = 0; i < 3; i++) {
            relay.Add("a" + i);
            toB.Set();
            toA.WaitOne();
        }
        b.Join();
        Console.WriteLine(string.Join(" ", relay.ToArray()));
        AutoResetEvent once = new AutoResetEvent(true);
        Console.WriteLine("auto: " + once.WaitOne(0) + " " + once.WaitOne(0));

        // ManualResetEventSlim
        ManualResetEventSlim slim = new ManualResetEventSlim();
        int seen = 0;
        Thread waiter = new Thread(() => {
            slim.Wait();
            seen = 1;
        });
        waiter.Start();
        Console.WriteLine("slim: " + slim.IsSet + " wait(5) " + slim.Wait(5));
        slim.Set();
        waiter.Join();
        Console.WriteLine("slim set: " + slim.IsSet + " seen " + seen + " wait(0) " + slim.Wait(0));
        slim.Reset();
        Console.WriteLine("slim reset: " + slim.IsSet);

        // SemaphoreSlim: at most 2 threads inside at once
        SemaphoreSlim sem = new SemaphoreSlim(2);
        int inside = 0, maxInside = 0;
        object stats = new object();
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.Length; i++) {
            ts[i] = new Thread(() => {
                for (int j = 0; j < 50; j++) {
                    sem.Wait();
                    lock (stats) {
                        inside++;
                        if (inside > maxInside)
                            maxInside = inside;
                    }
                    Thread.Yield();
                    lock (stats)
                        inside--;
                    sem.Release();
                }
            });
            ts[i].Start();
        }
        foreach (Thread t in ts)
            t.Join();
        Console.WriteLine("semaphore: max inside " + (maxInside <= 2) + " count " + sem.CurrentCount);
        Console.WriteLine("semaphore wait: " + sem.Wait(0) + " " + sem.Wait(0) + " " + sem.Wait(5) + " release " + sem.Release(2));

        // WaitAll and WaitAny
        ManualResetEvent e1 = new ManualResetEvent(false), e2 = new ManualResetEvent(false);
        WaitHandle[] both = { e1, e2 };
        Console.WriteLine("waitany(5) " + WaitHandle.WaitAny(both, 5) + " waitall(5) " + WaitHandle.WaitAll(both, 5));
        Thread setter = new Thread(() => e2.Set());
        setter.Start();
        Console.WriteLine("waitany " + WaitHandle.WaitAny(both));
        setter.Join();
        e1.Set();
        Console.WriteLine("waitall " + WaitHandle.WaitAll(both));

        // CountdownEvent counts
        CountdownEvent cd = new CountdownEvent(2);
        cd.AddCount(3);
        Console.WriteLine("countdown " + cd.CurrentCount + " " + cd.InitialCount + " " + cd.Signal(4) + " " + cd.Signal() + " " + cd.IsSet + " " + cd.TryAddCount());
        cd.Reset(1);
        Console.WriteLine("countdown reset " + cd.CurrentCount + " wait(0) " + cd.Wait(0));

        // ThreadLocal<T>
        ThreadLocal<int> local = new ThreadLocal<int>(() => Thread.CurrentThread.ManagedThreadId * 0 + 10, true);
        int[] localSeen = new int[3];
        Thread[] lts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int k = i;
            lts[i] = new Thread(() => {
                local.Value += k;
                localSeen[k] = local.Value;
            });
            lts[i].Start();
        }
        foreach (Thread t in lts)
            t.Join();
        Console.WriteLine("threadlocal main " + local.IsValueCreated + " " + local.Value + " threads " + localSeen[0] + " " + localSeen[1] + " " + localSeen[2]);
        List<int> values = new List<int>(local.Values);
        values.Sort();
        Console.WriteLine("values " + string.Join(",", values.ConvertAll(v => v.ToString()).ToArray()));
        ThreadLocal<string> plain = new ThreadLocal<string>();
        Console.WriteLine("plain " + (plain.Value == null) + " " + plain.IsValueCreated);

        // misuse
        try { new CountdownEvent(1).Signal(2); } catch (Exception e) { Report("signal below zero", e); }
        try { cd.Signal(); cd.AddCount(); } catch (Exception e) { Report("add to set", e); }
        try { new SemaphoreSlim(1, 1).Release(); } catch (Exception e) { Report("release full", e); }
        try { new SemaphoreSlim(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative: " + e.ParamName); }
        try { new ThreadLocal<int>().Values.ToString(); } catch (Exception e) { Report("values untracked", e); }
    }
}
