// NaN and infinities: how they are produced, printed (NaN, Infinity, -Infinity), compared
// (NaN != NaN, all ordered comparisons false), IsNaN/IsInfinity, Equals(NaN) true,
// CompareTo ordering, Math functions returning NaN, conversion of NaN to int (unchecked).
using System;

class Program
{
    static void Main()
    {
        double zero = 0, one = 1;
        double nan = zero / zero, pinf = 1 / zero, ninf = -1 / zero;
        Console.WriteLine(nan + " " + pinf + " " + ninf + " " + double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity);
        float fnan = float.NaN, finf = float.PositiveInfinity;
        Console.WriteLine(fnan + " " + finf + " " + (-finf));

        Console.WriteLine("NaN == NaN: " + (nan == nan) + ", NaN != NaN: " + (nan != nan) + ", NaN < 1: " + (nan < 1) + ", NaN > 1: " + (nan > 1) + ", NaN <= NaN: " + (nan <= nan) + ", NaN >= 1: " + (nan >= 1));
        Console.WriteLine("!(NaN < 1): " + !(nan < 1) + ", !(NaN >= 1): " + !(nan >= 1));
        Console.WriteLine("IsNaN: " + double.IsNaN(nan) + " " + double.IsNaN(pinf) + " " + float.IsNaN(fnan));
        Console.WriteLine("IsInfinity: " + double.IsInfinity(pinf) + " " + double.IsInfinity(ninf) + " " + double.IsPositiveInfinity(ninf) + " " + double.IsNegativeInfinity(ninf));
        Console.WriteLine("NaN.Equals(NaN): " + nan.Equals(double.NaN) + ", CompareTo: " + nan.CompareTo(0.0) + " " + (0.0).CompareTo(nan) + " " + nan.CompareTo(nan));
        Console.WriteLine("inf == inf: " + (pinf == double.PositiveInfinity) + ", inf > MaxValue: " + (pinf > double.MaxValue) + ", -inf < MinValue: " + (ninf < double.MinValue));

        Console.WriteLine("inf - inf = " + (pinf - pinf) + ", inf * 0 = " + (pinf * 0) + ", inf + 1 = " + (pinf + 1) + ", 1 / inf = " + (1 / pinf) + ", -1 / inf = " + (-1 / pinf));
        Console.WriteLine("NaN + 1 = " + (nan + 1) + ", NaN * 0 = " + (nan * 0));
        Console.WriteLine("Sqrt(-1) = " + Math.Sqrt(-one) + ", Log(-1) = " + Math.Log(-one) + ", Log(0) = " + Math.Log(zero) + ", Acos(2) = " + Math.Acos(one + one));
        Console.WriteLine("Max(NaN,1) = " + Math.Max(nan, 1) + ", Min(1,NaN) = " + Math.Min(1, nan) + ", Abs(-inf) = " + Math.Abs(ninf));
        Console.WriteLine("Sign(-inf) = " + Math.Sign(ninf) + ", Floor(inf) = " + Math.Floor(pinf));

        double[] arr = { 3, nan, -1, pinf, 0, ninf };
        Array.Sort(arr);
        Console.WriteLine("sorted: " + string.Join(" ", Array.ConvertAll(arr, d => d.ToString())));

        int count = 0;
        foreach (double d in new[] { 1.0, nan, 2.0, nan }) if (d != d) count++;
        Console.WriteLine("NaNs counted with d != d: " + count);

        double negZero = -0.0;
        Console.WriteLine("-0.0 prints " + negZero + ", == 0.0: " + (negZero == 0.0) + ", 1/-0.0 = " + (1 / negZero));
        Console.WriteLine("(float)double.NaN is NaN: " + float.IsNaN((float)nan) + ", (double)float.PositiveInfinity = " + (double)finf);
        Console.WriteLine("(float)1e300 = " + (float)1e300 + ", (float)-1e300 = " + (float)-1e300);
        Console.WriteLine("Parse: " + double.Parse("NaN") + " " + double.Parse("Infinity") + " " + double.Parse("-Infinity"));
    }
}
