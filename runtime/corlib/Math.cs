// Math.cs — System.Math (and MathF): libm through internal calls
// (runtime/mathlib.c), integer helpers and .NET's rounding rules in C#.
//
// Round(double) is round-half-to-even on the exact value (C's nearbyint), which is
// what Mono 6.8 computes; Round(value, digits) scales by a power of ten first, as
// .NET Core 2.x does, so that Round(2.675, 2) is 2.68 on both.
using System.Runtime.CompilerServices;

namespace System
{
    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1
    }

    public static class Math
    {
        public const double E = 2.7182818284590451;
        public const double PI = 3.1415926535897931;

        // ---- libm ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sin(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cos(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Tan(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Asin(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Acos(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atan(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atan2(double y, double x);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sinh(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cosh(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Tanh(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Asinh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Acosh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atanh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Exp(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Log10(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Pow(double x, double y);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sqrt(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cbrt(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double IEEERemainder(double x, double y);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Floor(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Ceiling(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Truncate(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern double LogCore(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern double RoundCore(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern double FAbs(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern float FAbsF(float value);

        public static double Log(double d)
        {
            return LogCore(d);
        }

        public static double Log(double a, double newBase)
        {
            if (Double.IsNaN(a))
                return a;
            if (Double.IsNaN(newBase))
                return newBase;
            if (newBase == 1)
                return Double.NaN;
            if (a != 1 && (newBase == 0 || Double.IsPositiveInfinity(newBase)))
                return Double.NaN;
            return LogCore(a) / LogCore(newBase);
        }

        public static double Abs(double value)
        {
            return FAbs(value);
        }

        public static float Abs(float value)
        {
            return FAbsF(value);
        }

        // ---- rounding ----

        public static double Round(double a)
        {
            return RoundCore(a);
        }

        public static double Round(double value, int digits)
        {
            return Round(value, digits, MidpointRounding.ToEven);
        }

        public static double Round(double value, MidpointRounding mode)
        {
            return Round(value, 0, mode);
        }

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15)
                throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            int m = (int)mode;
            if (m < 0 || m > 1)
                throw new ArgumentException("The value '" + m.ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (FAbs(value) < 1e16)
            {
                double power10 = Power10(digits);
                value *= power10;
                if (m == 1)
                {
                    double whole = Truncate(value);
                    double fraction = value - whole;
                    value = whole;
                    if (FAbs(fraction) >= 0.5)
                        value += Sign(fraction);
                }
                else
                {
                    value = RoundCore(value);
                }
                value /= power10;
            }
            return value;
        }

        private static double Power10(int digits)
        {
            double p = 1;
            for (int i = 0; i < digits; i++)
                p *= 10;
            return p;
        }

        // ---- integers ----

        public static int Abs(int value)
        {
            if (value < 0)
            {
                value = (int)(-value);
                if (value < 0)
                    throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            }
            return value;
        }

        public static long Abs(long value)
        {
            if (value < 0)
            {
                value = (long)(-value);
                if (value < 0)
                    throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            }
            return value;
        }

        public static short Abs(short value)
        {
            if (value < 0)
            {
                value = (short)(-value);
                if (value < 0)
                    throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            }
            return value;
        }

        public static sbyte Abs(sbyte value)
        {
            if (value < 0)
            {
                value = (sbyte)(-value);
                if (value < 0)
                    throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            }
            return value;
        }

        public static byte Max(byte val1, byte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static byte Min(byte val1, byte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static sbyte Max(sbyte val1, sbyte val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static sbyte Min(sbyte val1, sbyte val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static sbyte Clamp(sbyte value, sbyte min, sbyte max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static short Max(short val1, short val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static short Min(short val1, short val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static short Clamp(short value, short min, short max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static ushort Max(ushort val1, ushort val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ushort Min(ushort val1, ushort val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ushort Clamp(ushort value, ushort min, ushort max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static int Max(int val1, int val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static int Min(int val1, int val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static uint Max(uint val1, uint val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static uint Min(uint val1, uint val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static long Max(long val1, long val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static long Min(long val1, long val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static ulong Max(ulong val1, ulong val2)
        {
            return val1 >= val2 ? val1 : val2;
        }

        public static ulong Min(ulong val1, ulong val2)
        {
            return val1 <= val2 ? val1 : val2;
        }

        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        // NaN wins, as in .NET.
        public static double Max(double val1, double val2)
        {
            if (val1 > val2)
                return val1;
            if (double.IsNaN(val1))
                return val1;
            return val2;
        }

        public static double Min(double val1, double val2)
        {
            if (val1 < val2)
                return val1;
            if (double.IsNaN(val1))
                return val1;
            return val2;
        }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static int Sign(double value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        // NaN wins, as in .NET.
        public static float Max(float val1, float val2)
        {
            if (val1 > val2)
                return val1;
            if (float.IsNaN(val1))
                return val1;
            return val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 < val2)
                return val1;
            if (float.IsNaN(val1))
                return val1;
            return val2;
        }

        public static float Clamp(float value, float min, float max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static int Sign(float value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        public static int Sign(int value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            return 0;
        }

        public static int Sign(long value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            return 0;
        }

        public static int Sign(short value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            return 0;
        }

        public static int Sign(sbyte value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            return 0;
        }

        // ---- decimal (System.Decimal does the work) ----

        public static decimal Abs(decimal value)
        {
            return decimal.Abs(value);
        }

        public static decimal Max(decimal val1, decimal val2)
        {
            return decimal.Max(val1, val2);
        }

        public static decimal Min(decimal val1, decimal val2)
        {
            return decimal.Min(val1, val2);
        }

        public static decimal Clamp(decimal value, decimal min, decimal max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            if (value < min)
                return min;
            if (value > max)
                return max;
            return value;
        }

        public static int Sign(decimal value)
        {
            return decimal.Sign(value);
        }

        public static decimal Round(decimal d)
        {
            return decimal.Round(d, 0);
        }

        public static decimal Round(decimal d, int decimals)
        {
            return decimal.Round(d, decimals);
        }

        public static decimal Round(decimal d, MidpointRounding mode)
        {
            return decimal.Round(d, 0, mode);
        }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            return decimal.Round(d, decimals, mode);
        }

        public static decimal Floor(decimal d)
        {
            return decimal.Floor(d);
        }

        public static decimal Ceiling(decimal d)
        {
            return decimal.Ceiling(d);
        }

        public static decimal Truncate(decimal d)
        {
            return decimal.Truncate(d);
        }

        private static void ThrowMinMaxException(object min, object max)
        {
            throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
        }

        public static long BigMul(int a, int b)
        {
            return (long)a * b;
        }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - div * b;
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - div * b;
            return div;
        }
    }

    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;

        public static float Abs(float x)
        {
            return Math.Abs(x);
        }

        public static float Sqrt(float x)
        {
            return (float)Math.Sqrt(x);
        }

        public static float Sin(float x)
        {
            return (float)Math.Sin(x);
        }

        public static float Cos(float x)
        {
            return (float)Math.Cos(x);
        }

        public static float Tan(float x)
        {
            return (float)Math.Tan(x);
        }

        public static float Atan2(float y, float x)
        {
            return (float)Math.Atan2(y, x);
        }

        public static float Exp(float x)
        {
            return (float)Math.Exp(x);
        }

        public static float Log(float x)
        {
            return (float)Math.Log(x);
        }

        public static float Pow(float x, float y)
        {
            return (float)Math.Pow(x, y);
        }

        public static float Floor(float x)
        {
            return (float)Math.Floor(x);
        }

        public static float Ceiling(float x)
        {
            return (float)Math.Ceiling(x);
        }

        public static float Round(float x)
        {
            return (float)Math.Round(x);
        }

        public static float Truncate(float x)
        {
            return (float)Math.Truncate(x);
        }

        public static float Max(float x, float y)
        {
            return Math.Max(x, y);
        }

        public static float Min(float x, float y)
        {
            return Math.Min(x, y);
        }

        public static int Sign(float x)
        {
            return Math.Sign(x);
        }
    }
}
