// WaitHandles.cs — events, counting primitives and ThreadLocal<T>, all in C# on Monitor
// (Threading.cs): each object's state changes under its own lock, and waiters sleep in
// Monitor.Wait on it until the state they wait for holds or their deadline passes.
//
// WaitHandle.WaitAny has no kernel object to block on: it tries each handle, then sleeps on
// one process-wide lock that every Set pulses (with a short timeout, as a fallback).
using System.Collections.Generic;

namespace System.Threading
{
    // A deadline in milliseconds on the monotonic clock; Infinite never passes.
    internal struct Deadline
    {
        readonly long at;
        readonly bool infinite;

        public Deadline(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            infinite = millisecondsTimeout == Timeout.Infinite;
            at = Thread.NowMs() + millisecondsTimeout;
        }

        // Waits on obj (whose lock is held) until pulsed or the deadline; false once it passed.
        public bool Wait(object obj)
        {
            if (infinite) {
                Monitor.Wait(obj);
                return true;
            }
            long left = at - Thread.NowMs();
            if (left <= 0)
                return false;
            Monitor.Wait(obj, (int)left);
            return true;
        }
    }

    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        internal static readonly object anySet = new object();

        internal abstract bool WaitCore(int millisecondsTimeout);

        public virtual bool WaitOne()
        {
            return WaitCore(Timeout.Infinite);
        }

        public virtual bool WaitOne(int millisecondsTimeout)
        {
            return WaitCore(millisecondsTimeout);
        }

        public virtual bool WaitOne(TimeSpan timeout)
        {
            return WaitCore(Thread.ToMilliseconds(timeout, "timeout"));
        }

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext)
        {
            return WaitCore(millisecondsTimeout);
        }

        internal static void NotifyAny()
        {
            lock (anySet)
                Monitor.PulseAll(anySet);
        }

        public static bool WaitAll(WaitHandle[] waitHandles)
        {
            return WaitAll(waitHandles, Timeout.Infinite);
        }

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            if (waitHandles == null)
                throw new ArgumentNullException("waitHandles");
            long start = Thread.NowMs();
            foreach (WaitHandle h in waitHandles) {
                int left = millisecondsTimeout;
                if (millisecondsTimeout != Timeout.Infinite)
                    left = (int)Math.Max(0, millisecondsTimeout - (Thread.NowMs() - start));
                if (!h.WaitCore(left))
                    return false;
            }
            return true;
        }

        public static int WaitAny(WaitHandle[] waitHandles)
        {
            return WaitAny(waitHandles, Timeout.Infinite);
        }

        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            if (waitHandles == null)
                throw new ArgumentNullException("waitHandles");
            Deadline d = new Deadline(millisecondsTimeout);
            for (;;) {
                lock (anySet) {
                    for (int i = 0; i < waitHandles.Length; i++)
                        if (waitHandles[i].WaitCore(0))
                            return i;
                    if (!d.Wait(anySet))
                        return WaitTimeout;
                }
            }
        }

        public virtual void Close()
        {
        }

        public void Dispose()
        {
            Close();
        }
    }

    public enum EventResetMode
    {
        AutoReset,
        ManualReset
    }

    public class EventWaitHandle : WaitHandle
    {
        readonly object gate = new object();
        readonly bool autoReset;
        bool signaled;

        public EventWaitHandle(bool initialState, EventResetMode mode)
        {
            signaled = initialState;
            autoReset = mode == EventResetMode.AutoReset;
        }

        public bool Set()
        {
            lock (gate) {
                signaled = true;
                if (autoReset)
                    Monitor.Pulse(gate);
                else
                    Monitor.PulseAll(gate);
            }
            NotifyAny();
            return true;
        }

        public bool Reset()
        {
            lock (gate)
                signaled = false;
            return true;
        }

        internal override bool WaitCore(int millisecondsTimeout)
        {
            Deadline d = new Deadline(millisecondsTimeout);
            lock (gate) {
                while (!signaled)
                    if (!d.Wait(gate) && !signaled)
                        return false;
                if (autoReset)
                    signaled = false;
                return true;
            }
        }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState) : base(initialState, EventResetMode.ManualReset)
        {
        }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState) : base(initialState, EventResetMode.AutoReset)
        {
        }
    }

    public class ManualResetEventSlim : IDisposable
    {
        readonly object gate = new object();
        volatile bool set;

        public ManualResetEventSlim() : this(false)
        {
        }

        public ManualResetEventSlim(bool initialState)
        {
            set = initialState;
        }

        public ManualResetEventSlim(bool initialState, int spinCount) : this(initialState)
        {
        }

        public bool IsSet
        {
            get { return set; }
        }

        public void Set()
        {
            lock (gate) {
                set = true;
                Monitor.PulseAll(gate);
            }
        }

        public void Reset()
        {
            lock (gate)
                set = false;
        }

        public void Wait()
        {
            Wait(Timeout.Infinite);
        }

        public bool Wait(TimeSpan timeout)
        {
            return Wait(Thread.ToMilliseconds(timeout, "timeout"));
        }

        public bool Wait(int millisecondsTimeout)
        {
            Deadline d = new Deadline(millisecondsTimeout);
            lock (gate) {
                while (!set)
                    if (!d.Wait(gate) && !set)
                        return false;
                return true;
            }
        }

        public void Dispose()
        {
        }
    }

    public class CountdownEvent : IDisposable
    {
        readonly object gate = new object();
        int initial, count;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0)
                throw new ArgumentOutOfRangeException("initialCount");
            initial = count = initialCount;
        }

        public int CurrentCount
        {
            get { return Volatile.Read(ref count); }
        }

        public int InitialCount
        {
            get { return initial; }
        }

        public bool IsSet
        {
            get { return Volatile.Read(ref count) <= 0; }
        }

        public bool Signal()
        {
            return Signal(1);
        }

        public bool Signal(int signalCount)
        {
            if (signalCount <= 0)
                throw new ArgumentOutOfRangeException("signalCount");
            lock (gate) {
                if (signalCount > count)
                    throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
                count -= signalCount;
                if (count > 0)
                    return false;
                Monitor.PulseAll(gate);
                return true;
            }
        }

        public void AddCount()
        {
            AddCount(1);
        }

        public void AddCount(int signalCount)
        {
            if (!TryAddCount(signalCount))
                throw new InvalidOperationException("The event is already signaled and cannot be incremented.");
        }

        public bool TryAddCount()
        {
            return TryAddCount(1);
        }

        public bool TryAddCount(int signalCount)
        {
            if (signalCount <= 0)
                throw new ArgumentOutOfRangeException("signalCount");
            lock (gate) {
                if (count <= 0)
                    return false;
                count += signalCount;
                return true;
            }
        }

        public void Reset()
        {
            Reset(initial);
        }

        public void Reset(int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count");
            lock (gate)
                initial = this.count = count;
        }

        public void Wait()
        {
            Wait(Timeout.Infinite);
        }

        public bool Wait(TimeSpan timeout)
        {
            return Wait(Thread.ToMilliseconds(timeout, "timeout"));
        }

        public bool Wait(int millisecondsTimeout)
        {
            Deadline d = new Deadline(millisecondsTimeout);
            lock (gate) {
                while (count > 0)
                    if (!d.Wait(gate) && count > 0)
                        return false;
                return true;
            }
        }

        public void Dispose()
        {
        }
    }

    public class SemaphoreFullException : SystemException
    {
        public SemaphoreFullException() : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.")
        {
        }

        public SemaphoreFullException(string message) : base(message)
        {
        }
    }

    public class SemaphoreSlim : IDisposable
    {
        readonly object gate = new object();
        readonly int max;
        int count;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue)
        {
        }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount)
                throw new ArgumentOutOfRangeException("initialCount", initialCount, "The initialCount argument must be non-negative and less than or equal to the maximumCount.");
            if (maxCount <= 0)
                throw new ArgumentOutOfRangeException("maxCount", maxCount, "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.");
            count = initialCount;
            max = maxCount;
        }

        public int CurrentCount
        {
            get { return Volatile.Read(ref count); }
        }

        public void Wait()
        {
            Wait(Timeout.Infinite);
        }

        public bool Wait(TimeSpan timeout)
        {
            return Wait(Thread.ToMilliseconds(timeout, "timeout"));
        }

        public bool Wait(int millisecondsTimeout)
        {
            Deadline d = new Deadline(millisecondsTimeout);
            lock (gate) {
                while (count == 0)
                    if (!d.Wait(gate) && count == 0)
                        return false;
                count--;
                return true;
            }
        }

        public int Release()
        {
            return Release(1);
        }

        public int Release(int releaseCount)
        {
            if (releaseCount < 1)
                throw new ArgumentOutOfRangeException("releaseCount", releaseCount, "The releaseCount argument must be greater than zero.");
            lock (gate) {
                if (max - count < releaseCount)
                    throw new SemaphoreFullException();
                int before = count;
                count += releaseCount;
                Monitor.PulseAll(gate);
                return before;
            }
        }

        public void Dispose()
        {
        }
    }

    // One slot per ThreadLocal in each thread's array (a [ThreadStatic] field); a slot holds
    // a Box once the thread has a value, so that null and "not created" differ.
    internal static class ThreadLocalSlots
    {
        [ThreadStatic] internal static object[] slots;
        static int lastId = -1;

        internal static int NewId()
        {
            return Interlocked.Increment(ref lastId);
        }
    }

    public class ThreadLocal<T> : IDisposable
    {
        sealed class Box
        {
            public T Value;
        }

        readonly Func<T> factory;
        readonly int id = ThreadLocalSlots.NewId();
        readonly List<Box> all;

        public ThreadLocal()
        {
        }

        public ThreadLocal(bool trackAllValues)
        {
            if (trackAllValues)
                all = new List<Box>();
        }

        public ThreadLocal(Func<T> valueFactory)
        {
            if (valueFactory == null)
                throw new ArgumentNullException("valueFactory");
            factory = valueFactory;
        }

        public ThreadLocal(Func<T> valueFactory, bool trackAllValues) : this(valueFactory)
        {
            if (trackAllValues)
                all = new List<Box>();
        }

        Box Slot(bool create)
        {
            object[] slots = ThreadLocalSlots.slots;
            if (slots == null || slots.Length <= id) {
                if (!create)
                    return null;
                object[] bigger = new object[Math.Max(id + 1, slots == null ? 4 : slots.Length * 2)];
                if (slots != null)
                    Array.Copy(slots, bigger, slots.Length);
                ThreadLocalSlots.slots = slots = bigger;
            }
            Box b = (Box)slots[id];
            if (b == null && create) {
                b = new Box();
                slots[id] = b;
                if (all != null)
                    lock (all)
                        all.Add(b);
            }
            return b;
        }

        public bool IsValueCreated
        {
            get { return Slot(false) != null; }
        }

        public T Value
        {
            get
            {
                Box b = Slot(false);
                if (b != null)
                    return b.Value;
                T v = factory != null ? factory() : default(T);
                Slot(true).Value = v;
                return v;
            }
            set { Slot(true).Value = value; }
        }

        public IList<T> Values
        {
            get
            {
                if (all == null)
                    throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                List<T> r = new List<T>();
                lock (all)
                    foreach (Box b in all)
                        r.Add(b.Value);
                return r;
            }
        }

        public override string ToString()
        {
            T v = Value;
            return v == null ? "" : v.ToString();
        }

        public void Dispose()
        {
        }
    }
}
