// Stopwatch.cs — System.Diagnostics.Stopwatch on the monotonic clock, in Mono's
// units: Frequency is 10,000,000 ticks per second (100 ns), so ElapsedTicks and
// Elapsed.Ticks coincide, as on Mono. The clock is read by runtime/env.c.
using System.Runtime.CompilerServices;

namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 10000000;
        public static readonly bool IsHighResolution = true;

        private long elapsed;
        private long started;
        private bool running;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTimestamp();

        public Stopwatch()
        {
        }

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start()
        {
            if (!running)
            {
                started = GetTimestamp();
                running = true;
            }
        }

        public void Stop()
        {
            if (running)
            {
                elapsed += GetTimestamp() - started;
                running = false;
                if (elapsed < 0)
                    elapsed = 0;
            }
        }

        public void Reset()
        {
            elapsed = 0;
            running = false;
        }

        public void Restart()
        {
            elapsed = 0;
            started = GetTimestamp();
            running = true;
        }

        public bool IsRunning
        {
            get { return running; }
        }

        public long ElapsedTicks
        {
            get
            {
                if (running)
                    return elapsed + GetTimestamp() - started;
                return elapsed;
            }
        }

        public long ElapsedMilliseconds
        {
            get { return ElapsedTicks / 10000; }
        }

        // Stopwatch ticks are TimeSpan ticks (see Frequency).
        public TimeSpan Elapsed
        {
            get { return new TimeSpan(ElapsedTicks); }
        }
    }
}
