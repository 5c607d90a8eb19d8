// [MethodImpl(MethodImplOptions.Synchronized)]: an instance method holds the lock of `this`,
// a static one the lock of typeof(its class), the same objects `lock (this)` and
// `lock (typeof(C))` take; the lock is re-entrant, released by every return and by every
// exception leaving the method, kept by the method's own handlers, and Wait/Pulse work
// inside.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Counter
{
    public int Value;
    public static int StaticValue;

    // A read, a pause now and then, a write: without the lock, increments would be lost.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Increment()
    {
        int v = Value;
        if ((v & 1023) == 0)
            Thread.Yield();
        Value = v + 1;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static void IncrementStatic()
    {
        int v = StaticValue;
        if ((v & 1023) == 0)
            Thread.Yield();
        StaticValue = v + 1;
    }

    // The same object as the synchronized methods lock.
    public void IncrementLockingThis()
    {
        lock (this) {
            int v = Value;
            if ((v & 1023) == 511)
                Thread.Yield();
            Value = v + 1;
        }
    }

    public static void IncrementLockingType()
    {
        lock (typeof(Counter)) {
            int v = StaticValue;
            if ((v & 1023) == 511)
                Thread.Yield();
            StaticValue = v + 1;
        }
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public bool HoldsOwnLock()
    {
        return Monitor.IsEntered(this);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static bool HoldsTypeLock()
    {
        return Monitor.IsEntered(typeof(Counter));
    }

    // Re-entrant: recursion takes the lock again at every level.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public int Depth(int n)
    {
        if (!Monitor.IsEntered(this))
            return -1000;
        return n == 0 ? 0 : 1 + Depth(n - 1);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static long Factorial(int n)
    {
        return n <= 1 ? 1 : n * Factorial(n - 1);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Throw(string why)
    {
        Value++;
        throw new InvalidOperationException(why);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static void ThrowStatic()
    {
        object o = null;
        o.ToString(); // a NullReferenceException the runtime raises
    }

    // The exception comes from a callee, through a nested lock of another object.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public void ThrowDeep(object other)
    {
        lock (other) {
            Helper.Fail(3);
        }
    }

    // The method's own handlers run with the lock held; returns from inside try and
    // finally release it.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public string HandledInside()
    {
        string s = "";
        try {
            throw new ArgumentException("inner");
        } catch (ArgumentException) {
            s += "catch:" + Monitor.IsEntered(this);
        } finally {
            s += " finally:" + Monitor.IsEntered(this);
        }
        try {
            return s + " return-in-try:" + Monitor.IsEntered(this);
        } finally {
            Value += 0;
        }
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int Filtered(int code)
    {
        try {
            throw new ArgumentOutOfRangeException("code", code.ToString());
        } catch (ArgumentOutOfRangeException) when (code > 0 && Monitor.IsEntered(this)) {
            return code;
        }
    }
}

static class Helper
{
    public static void Fail(int n)
    {
        if (n == 0)
            throw new FormatException("deep");
        Fail(n - 1);
    }
}

class Base
{
    [MethodImpl(MethodImplOptions.Synchronized)]
    public virtual string Who()
    {
        return "Base " + Monitor.IsEntered(this);
    }
}

class Derived : Base
{
    [MethodImpl(MethodImplOptions.Synchronized)]
    public override string Who()
    {
        return "Derived " + Monitor.IsEntered(this) + " / " + base.Who();
    }
}

interface IProbe
{
    bool Probe();
}

class Prober : IProbe
{
    [MethodImpl(MethodImplOptions.Synchronized)]
    public bool Probe()
    {
        return Monitor.IsEntered(this);
    }
}

// A static synchronized method of each instantiation locks that instantiation's Type.
// (Mono 6.8 locks something else for a value type argument: Generic<int> is left out.)
class Generic<T>
{
    [MethodImpl(MethodImplOptions.Synchronized)]
    public static string Locks()
    {
        return typeof(T).Name + " " + Monitor.IsEntered(typeof(Generic<T>)) + " " +
               Monitor.IsEntered(typeof(Generic<object>)) + " " + Monitor.IsEntered(typeof(Generic<string>));
    }
}

struct Triple
{
    public long A, B, C;
}

class Structs
{
    // A struct returned through a hidden pointer: copied out, then unlocked.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public Triple Make(long x)
    {
        Triple t;
        t.A = x;
        t.B = x * 2;
        t.C = Monitor.IsEntered(this) ? 1 : 0;
        return t;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public decimal Half(decimal d)
    {
        return d / 2;
    }
}

// A static constructor that runs precisely (no beforefieldinit), then the lock.
class WithCctor
{
    static readonly string note;

    static WithCctor()
    {
        note = "cctor ran " + Monitor.IsEntered(typeof(WithCctor));
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static string Note()
    {
        return note + ", method " + Monitor.IsEntered(typeof(WithCctor));
    }
}

// A bounded buffer whose synchronized methods wait on and pulse their own lock.
class Buffer
{
    readonly int[] items = new int[4];
    int head, count;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Put(int x)
    {
        while (count == items.Length)
            Monitor.Wait(this);
        items[(head + count) % items.Length] = x;
        count++;
        Monitor.PulseAll(this);
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int Take()
    {
        while (count == 0)
            Monitor.Wait(this);
        int x = items[head];
        head = (head + 1) % items.Length;
        count--;
        Monitor.PulseAll(this);
        return x;
    }
}

class Gate
{
    public readonly ManualResetEvent Inside = new ManualResetEvent(false);
    public readonly ManualResetEvent Checked = new ManualResetEvent(false);

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void HoldUntilChecked()
    {
        Inside.Set();
        Checked.WaitOne();
    }
}

class ThreadSynchronized
{
    const int Threads = 4, Iterations = 50000;

    static void RunAll(ThreadStart[] work)
    {
        Thread[] ts = new Thread[work.Length];
        for (int i = 0; i < work.Length; i++)
            ts[i] = new Thread(work[i]);
        foreach (Thread t in ts)
            t.Start();
        foreach (Thread t in ts)
            t.Join();
    }

    // Another thread tries the lock: it must be free (the caller holds nothing).
    static bool FreeForOthers(object o)
    {
        bool taken = false;
        Thread t = new Thread(() => {
            if (Monitor.TryEnter(o, 2000)) {
                taken = true;
                Monitor.Exit(o);
            }
        });
        t.IsBackground = true;
        t.Start();
        t.Join();
        return taken;
    }

    static void Contention()
    {
        Counter c = new Counter();
        ThreadStart[] work = new ThreadStart[Threads];
        for (int i = 0; i < Threads; i++)
            work[i] = () => {
                for (int j = 0; j < Iterations; j++)
                    c.Increment();
            };
        RunAll(work);
        Console.WriteLine("instance " + c.Value);

        for (int i = 0; i < Threads; i++)
            work[i] = () => {
                for (int j = 0; j < Iterations; j++)
                    Counter.IncrementStatic();
            };
        RunAll(work);
        Console.WriteLine("static " + Counter.StaticValue);

        // half the threads through the synchronized methods, half through lock(...)
        c.Value = 0;
        Counter.StaticValue = 0;
        for (int i = 0; i < Threads; i++) {
            bool odd = (i & 1) != 0;
            work[i] = () => {
                for (int j = 0; j < Iterations; j++) {
                    if (odd) {
                        c.Increment();
                        Counter.IncrementStatic();
                    } else {
                        c.IncrementLockingThis();
                        Counter.IncrementLockingType();
                    }
                }
            };
        }
        RunAll(work);
        Console.WriteLine("mixed " + c.Value + " " + Counter.StaticValue);
    }

    static void Exceptions()
    {
        Counter c = new Counter();
        try {
            c.Throw("first");
        } catch (InvalidOperationException e) {
            Console.WriteLine("caught " + e.Message + ", held " + Monitor.IsEntered(c) + ", free " +
                              FreeForOthers(c));
        }
        try {
            Counter.ThrowStatic();
        } catch (NullReferenceException) {
            Console.WriteLine("caught NullReferenceException, type held " +
                              Monitor.IsEntered(typeof(Counter)) + ", free " + FreeForOthers(typeof(Counter)));
        }
        object other = new object();
        try {
            c.ThrowDeep(other);
        } catch (FormatException e) {
            Console.WriteLine("caught " + e.Message + ", held " + Monitor.IsEntered(c) + " " +
                              Monitor.IsEntered(other) + ", free " + FreeForOthers(c) + " " + FreeForOthers(other));
        }
        Console.WriteLine(c.HandledInside() + ", after " + Monitor.IsEntered(c));
        Console.WriteLine("filtered " + c.Filtered(7) + ", after " + Monitor.IsEntered(c));
        try {
            c.Filtered(-1);
        } catch (ArgumentOutOfRangeException) {
            Console.WriteLine("filter said no, held " + Monitor.IsEntered(c) + ", free " + FreeForOthers(c));
        }

        // many throws from several threads: every one releases the lock
        int caught = 0;
        ThreadStart[] work = new ThreadStart[Threads];
        for (int i = 0; i < Threads; i++)
            work[i] = () => {
                for (int j = 0; j < 500; j++) {
                    try {
                        c.Throw("again");
                    } catch (InvalidOperationException) {
                        Interlocked.Increment(ref caught);
                    }
                }
            };
        RunAll(work);
        Console.WriteLine("thrown " + caught + ", value " + c.Value + ", free " + FreeForOthers(c));

        // the lock is caught holding it by the caller's own lock, which survives
        lock (c) {
            try {
                c.Throw("nested");
            } catch (InvalidOperationException) {
                Console.WriteLine("caller's lock kept " + Monitor.IsEntered(c));
            }
        }
        Console.WriteLine("caller's lock released " + !Monitor.IsEntered(c));
    }

    static void Recursion()
    {
        Counter c = new Counter();
        Console.WriteLine("depth " + c.Depth(50) + ", held after " + Monitor.IsEntered(c));
        Console.WriteLine("factorial " + Counter.Factorial(20) + ", held after " +
                          Monitor.IsEntered(typeof(Counter)));
        lock (c) {
            Console.WriteLine("inside lock(this): " + c.HoldsOwnLock() + ", still held " + Monitor.IsEntered(c));
        }
        lock (typeof(Counter)) {
            Console.WriteLine("inside lock(typeof): " + Counter.HoldsTypeLock() + ", still held " +
                              Monitor.IsEntered(typeof(Counter)));
        }
        Console.WriteLine("held " + c.HoldsOwnLock() + " " + Counter.HoldsTypeLock() + ", after " +
                          Monitor.IsEntered(c) + " " + Monitor.IsEntered(typeof(Counter)));
    }

    static void Dispatch()
    {
        Base b = new Derived();
        Console.WriteLine(b.Who() + ", after " + Monitor.IsEntered(b));
        IProbe p = new Prober();
        Console.WriteLine("interface " + p.Probe() + ", after " + Monitor.IsEntered(p));
        Func<bool> f = new Prober().Probe;
        Console.WriteLine("delegate " + f() + ", after " + Monitor.IsEntered(f.Target));
        Console.WriteLine(Generic<object>.Locks());
        Console.WriteLine(Generic<string>.Locks());
        Structs s = new Structs();
        Triple t = s.Make(21);
        Console.WriteLine("struct " + t.A + " " + t.B + " " + t.C + ", after " + Monitor.IsEntered(s));
        Console.WriteLine("decimal " + s.Half(5.5m) + ", after " + Monitor.IsEntered(s));
        Console.WriteLine(WithCctor.Note());
    }

    static void WaitPulse()
    {
        Buffer buf = new Buffer();
        long sum = 0;
        int n = 2000;
        ThreadStart[] work = new ThreadStart[4];
        work[0] = () => {
            for (int i = 1; i <= n; i++)
                buf.Put(i);
        };
        work[1] = () => {
            for (int i = 1; i <= n; i++)
                buf.Put(-i * 2);
        };
        work[2] = () => {
            for (int i = 0; i < n; i++)
                Interlocked.Add(ref sum, buf.Take());
        };
        work[3] = () => {
            for (int i = 0; i < n; i++)
                Interlocked.Add(ref sum, buf.Take());
        };
        RunAll(work);
        Console.WriteLine("buffer sum " + sum + ", held " + Monitor.IsEntered(buf));
    }

    // While one thread is inside, the lock is not free; afterwards it is.
    static void Exclusion()
    {
        Gate g = new Gate();
        Thread t = new Thread(g.HoldUntilChecked);
        t.Start();
        g.Inside.WaitOne();
        bool during = Monitor.TryEnter(g, 50);
        if (during)
            Monitor.Exit(g);
        g.Checked.Set();
        t.Join();
        bool after = Monitor.TryEnter(g, 2000);
        if (after)
            Monitor.Exit(g);
        Console.WriteLine("taken while inside " + during + ", after " + after);
    }

    static void Main()
    {
        Contention();
        Exceptions();
        Recursion();
        Dispatch();
        WaitPulse();
        Exclusion();
    }
}
