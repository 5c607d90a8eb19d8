// Random.cs — System.Random: Knuth's subtractive generator exactly as .NET (and
// Mono 6.8) implement it, so a seeded Random yields the same sequence as on Mono.
namespace System
{
    public class Random
    {
        private const int MBIG = Int32.MaxValue;
        private const int MSEED = 161803398;

        private int inext;
        private int inextp;
        private int[] seedArray = new int[56];

        public Random() : this(Environment.TickCount)
        {
        }

        public Random(int Seed)
        {
            int subtraction = (Seed == Int32.MinValue) ? Int32.MaxValue : Math.Abs(Seed);
            int mj = MSEED - subtraction;
            seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55)
                    ii -= 55;
                seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0)
                    mk += MBIG;
                mj = seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55)
                        n -= 55;
                    seedArray[i] -= seedArray[1 + n];
                    if (seedArray[i] < 0)
                        seedArray[i] += MBIG;
                }
            }
            inext = 0;
            inextp = 21;
        }

        protected virtual double Sample()
        {
            return InternalSample() * (1.0 / MBIG);
        }

        private int InternalSample()
        {
            int locINext = inext;
            int locINextp = inextp;
            if (++locINext >= 56)
                locINext = 1;
            if (++locINextp >= 56)
                locINextp = 1;
            int retVal = seedArray[locINext] - seedArray[locINextp];
            if (retVal == MBIG)
                retVal--;
            if (retVal < 0)
                retVal += MBIG;
            seedArray[locINext] = retVal;
            inext = locINext;
            inextp = locINextp;
            return retVal;
        }

        public virtual int Next()
        {
            return InternalSample();
        }

        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            bool negative = InternalSample() % 2 == 0;
            if (negative)
                result = -result;
            double d = result;
            d += Int32.MaxValue - 1;
            d /= 2 * (uint)Int32.MaxValue - 1;
            return d;
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= Int32.MaxValue)
                return (int)(Sample() * range) + minValue;
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0)
                throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual double NextDouble()
        {
            return Sample();
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++)
                buffer[i] = (byte)InternalSample();
        }
    }
}
