// Threading.cs — System.Threading.Interlocked, Monitor and the one Thread.
//
// Interlocked's int and long operations are real atomics (runtime/env.c). ilc runs
// managed code on one thread (corlib cannot start threads yet), so Monitor — what
// `lock` compiles to — only needs to count, the generic CompareExchange<T> that
// mcs emits in event accessors is a plain compare-and-store, and Thread is the main
// thread alone: Thread.CurrentThread, whose ManagedThreadId is 1 (as on Mono and .NET),
// and Thread.Sleep.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public sealed class Thread
    {
        static readonly Thread main = new Thread();
        string name;

        Thread()
        {
        }

        public static Thread CurrentThread
        {
            get { return main; }
        }

        public int ManagedThreadId
        {
            get { return 1; }
        }

        public string Name
        {
            get { return name; }
            set { name = value; }
        }

        // -1 (Timeout.Infinite) sleeps for ever, as on .NET.
        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            SleepCore(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            SleepCore((int)ms);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void SleepCore(int milliseconds);
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

        public static T Exchange<T>(ref T location1, T value) where T : class
        {
            T old = location1;
            location1 = value;
            return old;
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T old = location1;
            if ((object)old == (object)comparand)
                location1 = value;
            return old;
        }

        public static void MemoryBarrier()
        {
        }
    }

    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method.", "lockTaken");
            Enter(obj);
            lockTaken = true;
        }

        public static bool TryEnter(object obj)
        {
            Enter(obj);
            return true;
        }

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            Enter(obj);
            return true;
        }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            Enter(obj, ref lockTaken);
        }

        public static void Exit(object obj)
        {
            if (obj == null)
                throw new ArgumentNullException("obj");
        }

        public static bool IsEntered(object obj)
        {
            return true;
        }

        public static void Pulse(object obj)
        {
        }

        public static void PulseAll(object obj)
        {
        }

        public static bool Wait(object obj)
        {
            return true;
        }
    }
}
