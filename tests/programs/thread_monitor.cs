// Monitor: real mutual exclusion under contention, re-entrancy, TryEnter with timeouts,
// IsEntered, and SynchronizationLockException.
using System;
using System.Threading;

class Counter
{
    public int Value;
    public long Total;
}

class ThreadMonitor
{
    const int Threads = 4, Iterations = 100000;
    static readonly object sync = new object();
    static int shared;
    static int atomic;
    static long atomic64;

    static void Hammer()
    {
        for (int i = 0; i < Iterations; i++) {
            lock (sync) {
                shared++;
            }
            Interlocked.Increment(ref atomic);
            Interlocked.Add(ref atomic64, 2);
        }
    }

    static void Main()
    {
        Thread[] ts = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
            ts[i] = new Thread(Hammer);
        foreach (Thread t in ts)
            t.Start();
        foreach (Thread t in ts)
            t.Join();
        Console.WriteLine("lock " + shared + " interlocked " + atomic + " " + atomic64);

        // locks on many different objects, nested, from several threads
        Counter[] counters = new Counter[8];
        for (int i = 0; i < counters.Length; i++)
            counters[i] = new Counter();
        for (int i = 0; i < Threads; i++) {
            int seed = i;
            ts[i] = new Thread(() => {
                for (int j = 0; j < 20000; j++) {
                    Counter a = counters[(j + seed) % 8], b = counters[(j * 3 + seed) % 8];
                    // always in the same order, so no deadlock
                    Counter first = Array.IndexOf(counters, a) <= Array.IndexOf(counters, b) ? a : b;
                    Counter second = first == a ? b : a;
                    lock (first) {
                        lock (second) {
                            a.Value++;
                            b.Total += 2;
                        }
                    }
                }
            });
        }
        foreach (Thread t in ts)
            t.Start();
        foreach (Thread t in ts)
            t.Join();
        int values = 0;
        long totals = 0;
        foreach (Counter c in counters) {
            values += c.Value;
            totals += c.Total;
        }
        Console.WriteLine("nested " + values + " " + totals);

        // re-entrancy and IsEntered
        object o = new object();
        Console.WriteLine("entered before " + Monitor.IsEntered(o));
        lock (o) {
            lock (o) {
                Console.WriteLine("entered twice " + Monitor.IsEntered(o));
            }
            Console.WriteLine("entered once " + Monitor.IsEntered(o));
        }
        Console.WriteLine("entered after " + Monitor.IsEntered(o));

        // TryEnter against a lock another thread holds
        object held = new object();
        object signal = new object();
        bool holding = false, release = false;
        Thread holder = new Thread(() => {
            lock (held) {
                lock (signal) {
                    holding = true;
                    Monitor.PulseAll(signal);
                    while (!release)
                        Monitor.Wait(signal);
                }
            }
        });
        holder.Start();
        lock (signal) {
            while (!holding)
                Monitor.Wait(signal);
        }
        Console.WriteLine("tryenter(0) " + Monitor.TryEnter(held));
        Console.WriteLine("tryenter(30) " + Monitor.TryEnter(held, 30));
        Console.WriteLine("tryenter(timespan) " + Monitor.TryEnter(held, TimeSpan.FromMilliseconds(10)));
        bool taken = false;
        Monitor.TryEnter(held, 5, ref taken);
        Console.WriteLine("tryenter(ref) " + taken);
        Console.WriteLine("other's lock entered " + Monitor.IsEntered(held));
        try { Monitor.Exit(held); } catch (SynchronizationLockException e) { Console.WriteLine("exit other's: " + e.Message); }
        lock (signal) {
            release = true;
            Monitor.PulseAll(signal);
        }
        Console.WriteLine("tryenter(-1) " + Monitor.TryEnter(held, -1));
        Monitor.Exit(held);
        holder.Join();
        taken = false;
        Monitor.Enter(held, ref taken);
        Console.WriteLine("enter(ref) " + taken);
        Monitor.Exit(held);

        // misuse
        try { Monitor.Exit(new object()); } catch (SynchronizationLockException e) { Console.WriteLine("exit unheld: " + e.Message); }
        try { Monitor.Enter(null); } catch (ArgumentNullException e) { Console.WriteLine("enter null: " + e.ParamName); }
        try { Monitor.TryEnter(o, -2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("tryenter(-2): " + e.ParamName); }
        try { taken = true; Monitor.Enter(o, ref taken); } catch (ArgumentException e) { Console.WriteLine("lockTaken true: " + e.ParamName); }
        // a lock taken inside a method that throws is released by lock's finally
        try {
            lock (o) {
                throw new InvalidOperationException("inside");
            }
        } catch (InvalidOperationException) {
            Console.WriteLine("released after throw " + !Monitor.IsEntered(o));
        }
        string s = "interned";
        lock (s) {
            lock (typeof(ThreadMonitor)) {
                Console.WriteLine("string and type locks " + Monitor.IsEntered(s) + " " + Monitor.IsEntered(typeof(ThreadMonitor)));
            }
        }
    }
}
