// Threading.cs — System.Threading: Thread, Monitor, Interlocked, Volatile, SpinWait.
//
// Threads are POSIX threads (runtime/thread.c); everything about a Thread's life beyond
// creating it is here: its state changes under its own lock (`sync`), and Join waits on that
// lock with Monitor.Wait. Start hands the runtime a Func<int> bound to Run, which runs the
// start delegate on the new thread and returns whether the thread ended as a foreground
// thread (the process waits for those after Main). Ids are Mono's: the main thread is 1, its
// finalizer thread 2, and each new Thread object takes the next one when it is constructed.
//
// Monitor (what `lock` compiles to) is the runtime's lock table (runtime/monitor.c):
// re-entrant, with Wait/Pulse; Interlocked's operations are atomics (runtime/env.c).
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public delegate void ThreadStart();

    public delegate void ParameterizedThreadStart(object obj);

    [Flags]
    public enum ThreadState
    {
        Running = 0,
        StopRequested = 1,
        SuspendRequested = 2,
        Background = 4,
        Unstarted = 8,
        Stopped = 16,
        WaitSleepJoin = 32,
        Suspended = 64,
        AbortRequested = 128,
        Aborted = 256
    }

    public enum ThreadPriority
    {
        Lowest,
        BelowNormal,
        Normal,
        AboveNormal,
        Highest
    }

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }

    public sealed class Thread
    {
        const int Unstarted = 0, Alive = 1, Stopped = 2;
        const string TimeoutMessage = "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.";

        static int lastId = 2;
        static Thread main;

        readonly object sync = new object();
        Delegate start;
        object parameter;
        string name;
        bool background, isMain;
        int state;
        int id;

        public Thread(ThreadStart start) : this((Delegate)start, 0)
        {
        }

        public Thread(ThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize)
        {
        }

        public Thread(ParameterizedThreadStart start) : this((Delegate)start, 0)
        {
        }

        public Thread(ParameterizedThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize)
        {
        }

        Thread(Delegate start, int maxStackSize)
        {
            if (start == null)
                throw new ArgumentNullException("start");
            if (maxStackSize < 0)
                throw new ArgumentOutOfRangeException("maxStackSize");
            this.start = start;
            id = Interlocked.Increment(ref lastId);
        }

        // The main thread's, made when it first asks for itself.
        Thread()
        {
            id = 1;
            state = Alive;
            isMain = true;
        }

        public static Thread CurrentThread
        {
            get
            {
                Thread t = GetCurrentCore();
                if (t != null)
                    return t;
                // Every thread Start makes knows its Thread: this is the main thread.
                if (main == null)
                    main = new Thread();
                SetCurrentCore(main);
                return main;
            }
        }

        public int ManagedThreadId
        {
            get { return id; }
        }

        public string Name
        {
            get { return name; }
            set
            {
                lock (sync) {
                    if (name != null)
                        throw new InvalidOperationException("Thread.Name can only be set once.");
                    name = value;
                }
            }
        }

        public bool IsAlive
        {
            get { return Volatile.Read(ref state) == Alive; }
        }

        public bool IsBackground
        {
            get { return background; }
            set
            {
                lock (sync) {
                    if (state == Alive && !isMain && background != value)
                        AdjustForeground(value ? -1 : 1);
                    background = value;
                }
            }
        }

        public bool IsThreadPoolThread
        {
            get { return false; }
        }

        public ThreadPriority Priority
        {
            get { return ThreadPriority.Normal; }
            set { }
        }

        public ThreadState ThreadState
        {
            get
            {
                int s = Volatile.Read(ref state);
                if (s == Stopped)
                    return ThreadState.Stopped;
                ThreadState t = s == Unstarted ? ThreadState.Unstarted : ThreadState.Running;
                return background ? t | ThreadState.Background : t;
            }
        }

        public void Start()
        {
            Launch(null);
        }

        public void Start(object parameter)
        {
            if (start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            Launch(parameter);
        }

        void Launch(object parameter)
        {
            lock (sync) {
                if (state != Unstarted)
                    throw new ThreadStateException("Thread has already been started.");
                this.parameter = parameter;
                state = Alive;
                if (StartCore(new Func<int>(Run), background) != 0) {
                    state = Unstarted;
                    throw new OutOfMemoryException("Thread creation failed.");
                }
            }
        }

        // The new thread's first managed frame. An exception escaping the start delegate ends
        // the process from here (the runtime reports it), so the thread never counts as
        // stopped and a Join on it never returns first, as on Mono.
        int Run()
        {
            SetCurrentCore(this);
            ThreadStart plain = start as ThreadStart;
            if (plain != null)
                plain();
            else
                ((ParameterizedThreadStart)start)(parameter);
            bool foreground;
            lock (sync) {
                state = Stopped;
                foreground = !background;
                start = null;
                parameter = null;
                Monitor.PulseAll(sync);
            }
            return foreground ? 1 : 0;
        }

        public void Join()
        {
            Join(Timeout.Infinite);
        }

        public bool Join(TimeSpan timeout)
        {
            return Join(ToMilliseconds(timeout, "timeout"));
        }

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", TimeoutMessage);
            lock (sync) {
                if (state == Unstarted)
                    throw new ThreadStateException("Thread has not been started.");
                long deadline = NowMs() + millisecondsTimeout;
                while (state != Stopped) {
                    if (millisecondsTimeout == Timeout.Infinite) {
                        Monitor.Wait(sync);
                        continue;
                    }
                    long left = deadline - NowMs();
                    if (left <= 0)
                        return false;
                    Monitor.Wait(sync, (int)left);
                }
                return true;
            }
        }

        internal static int ToMilliseconds(TimeSpan timeout, string paramName)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException(paramName, TimeoutMessage);
            return (int)ms;
        }

        // -1 (Timeout.Infinite) sleeps for ever, as on .NET.
        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", TimeoutMessage);
            SleepCore(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout)
        {
            SleepCore(ToMilliseconds(timeout, "timeout"));
        }

        public static bool Yield()
        {
            return YieldCore();
        }

        public static void SpinWait(int iterations)
        {
            SpinWaitCore(iterations);
        }

        public static void MemoryBarrier()
        {
            Interlocked.MemoryBarrier();
        }

        public void Abort()
        {
            throw new PlatformNotSupportedException("Thread abort is not supported on this platform.");
        }

        public void Suspend()
        {
            throw new PlatformNotSupportedException("Thread suspend is not supported on this platform.");
        }

        public void Resume()
        {
            throw new PlatformNotSupportedException("Thread resume is not supported on this platform.");
        }

        public void Interrupt()
        {
            throw new PlatformNotSupportedException("Thread interrupt is not supported on this platform.");
        }

        public override int GetHashCode()
        {
            return id;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void SleepCore(int milliseconds);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int StartCore(Func<int> run, bool background);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Thread GetCurrentCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void SetCurrentCore(Thread thread);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void AdjustForeground(int delta);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool YieldCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void SpinWaitCore(int iterations);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long NowMs();
    }

    public static class Monitor
    {
        const string NotHeld = "Object synchronization method was called from an unsynchronized block of code.";
        const string NotSynchronized = "Object is not synchronized";

        static void Check(object obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
        }

        static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
        }

        public static void Enter(object obj)
        {
            Check(obj);
            EnterCore(obj, Timeout.Infinite);
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method.", "lockTaken");
            Check(obj);
            lockTaken = EnterCore(obj, Timeout.Infinite);
        }

        public static bool TryEnter(object obj)
        {
            return TryEnter(obj, 0);
        }

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            Check(obj);
            CheckTimeout(millisecondsTimeout);
            return EnterCore(obj, millisecondsTimeout);
        }

        public static bool TryEnter(object obj, TimeSpan timeout)
        {
            return TryEnter(obj, Thread.ToMilliseconds(timeout, "timeout"));
        }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            TryEnter(obj, 0, ref lockTaken);
        }

        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method.", "lockTaken");
            lockTaken = TryEnter(obj, millisecondsTimeout);
        }

        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken)
        {
            TryEnter(obj, Thread.ToMilliseconds(timeout, "timeout"), ref lockTaken);
        }

        public static void Exit(object obj)
        {
            Check(obj);
            if (!ExitCore(obj))
                throw new SynchronizationLockException(NotHeld);
        }

        public static bool IsEntered(object obj)
        {
            Check(obj);
            return IsEnteredCore(obj);
        }

        public static bool Wait(object obj)
        {
            return Wait(obj, Timeout.Infinite);
        }

        public static bool Wait(object obj, int millisecondsTimeout)
        {
            Check(obj);
            CheckTimeout(millisecondsTimeout);
            int r = WaitCore(obj, millisecondsTimeout);
            if (r < 0)
                throw new SynchronizationLockException(NotSynchronized);
            return r != 0;
        }

        public static bool Wait(object obj, int millisecondsTimeout, bool exitContext)
        {
            return Wait(obj, millisecondsTimeout);
        }

        public static bool Wait(object obj, TimeSpan timeout)
        {
            return Wait(obj, Thread.ToMilliseconds(timeout, "timeout"));
        }

        public static void Pulse(object obj)
        {
            Check(obj);
            if (!PulseCore(obj, false))
                throw new SynchronizationLockException(NotSynchronized);
        }

        public static void PulseAll(object obj)
        {
            Check(obj);
            if (!PulseCore(obj, true))
                throw new SynchronizationLockException(NotSynchronized);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool EnterCore(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool ExitCore(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool IsEnteredCore(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int WaitCore(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool PulseCore(object obj, bool all);
    }

    // Reads and writes that neither the compiler nor the CPU moves across: the barrier is a
    // call the optimiser cannot see into, so a loop re-reads the location every time.
    public static class Volatile
    {
        public static int Read(ref int location)
        {
            int v = location;
            Interlocked.MemoryBarrier();
            return v;
        }

        public static long Read(ref long location)
        {
            long v = location;
            Interlocked.MemoryBarrier();
            return v;
        }

        public static bool Read(ref bool location)
        {
            bool v = location;
            Interlocked.MemoryBarrier();
            return v;
        }

        public static double Read(ref double location)
        {
            double v = location;
            Interlocked.MemoryBarrier();
            return v;
        }

        public static T Read<T>(ref T location) where T : class
        {
            T v = location;
            Interlocked.MemoryBarrier();
            return v;
        }

        public static void Write(ref int location, int value)
        {
            Interlocked.MemoryBarrier();
            location = value;
            Interlocked.MemoryBarrier();
        }

        public static void Write(ref long location, long value)
        {
            Interlocked.MemoryBarrier();
            location = value;
            Interlocked.MemoryBarrier();
        }

        public static void Write(ref bool location, bool value)
        {
            Interlocked.MemoryBarrier();
            location = value;
            Interlocked.MemoryBarrier();
        }

        public static void Write(ref double location, double value)
        {
            Interlocked.MemoryBarrier();
            location = value;
            Interlocked.MemoryBarrier();
        }

        public static void Write<T>(ref T location, T value) where T : class
        {
            Interlocked.MemoryBarrier();
            location = value;
            Interlocked.MemoryBarrier();
        }
    }

    public struct SpinWait
    {
        int count;

        public int Count
        {
            get { return count; }
        }

        public bool NextSpinWillYield
        {
            get { return count >= 10; }
        }

        public void SpinOnce()
        {
            if (count >= 10)
                Thread.Yield();
            else
                Thread.SpinWait(4 << count);
            count++;
        }

        public void Reset()
        {
            count = 0;
        }

        public static void SpinUntil(Func<bool> condition)
        {
            SpinUntil(condition, Timeout.Infinite);
        }

        public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout)
        {
            if (condition == null)
                throw new ArgumentNullException("condition");
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            long deadline = Thread.NowMs() + millisecondsTimeout;
            SpinWait s = new SpinWait();
            while (!condition()) {
                if (millisecondsTimeout != Timeout.Infinite && Thread.NowMs() >= deadline)
                    return false;
                s.SpinOnce();
            }
            return true;
        }
    }

    public class SynchronizationLockException : SystemException
    {
        public SynchronizationLockException() : base("Object synchronization method was called from an unsynchronized block of code.")
        {
        }

        public SynchronizationLockException(string message) : base(message)
        {
        }

        public SynchronizationLockException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ThreadStateException : SystemException
    {
        public ThreadStateException() : base("Thread was in an invalid state for the operation being executed.")
        {
        }

        public ThreadStateException(string message) : base(message)
        {
        }

        public ThreadStateException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ThreadInterruptedException : SystemException
    {
        public ThreadInterruptedException() : base("Thread was interrupted from a waiting state.")
        {
        }

        public ThreadInterruptedException(string message) : base(message)
        {
        }
    }

    public static class Interlocked
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int Add32(ref int location, int value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Add64(ref long location, long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int Exchange32(ref int location, int value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long Exchange64(ref long location, long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object ExchangeObject(ref object location, object value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CompareExchange32(ref int location, int value, int comparand);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long CompareExchange64(ref long location, long value, long comparand);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object CompareExchangeObject(ref object location, object value, object comparand);

        public static int Increment(ref int location)
        {
            return Add32(ref location, 1);
        }

        public static long Increment(ref long location)
        {
            return Add64(ref location, 1);
        }

        public static int Decrement(ref int location)
        {
            return Add32(ref location, -1);
        }

        public static long Decrement(ref long location)
        {
            return Add64(ref location, -1);
        }

        public static int Add(ref int location1, int value)
        {
            return Add32(ref location1, value);
        }

        public static long Add(ref long location1, long value)
        {
            return Add64(ref location1, value);
        }

        public static int Exchange(ref int location1, int value)
        {
            return Exchange32(ref location1, value);
        }

        public static long Exchange(ref long location1, long value)
        {
            return Exchange64(ref location1, value);
        }

        public static object Exchange(ref object location1, object value)
        {
            return ExchangeObject(ref location1, value);
        }

        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            return CompareExchange32(ref location1, value, comparand);
        }

        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            return CompareExchange64(ref location1, value, comparand);
        }

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            return CompareExchangeObject(ref location1, value, comparand);
        }

        public static long Read(ref long location)
        {
            return Add64(ref location, 0);
        }

        // A reference is a reference whatever T is: the object versions, on T's location.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern T ExchangeRef<T>(ref T location, T value) where T : class;

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern T CompareExchangeRef<T>(ref T location, T value, T comparand) where T : class;

        public static T Exchange<T>(ref T location1, T value) where T : class
        {
            return ExchangeRef<T>(ref location1, value);
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            return CompareExchangeRef<T>(ref location1, value, comparand);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void MemoryBarrier();
    }

}
