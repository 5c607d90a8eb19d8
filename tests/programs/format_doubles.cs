// Floating-point formatting edge cases: default ToString (as recorded from Mono), negative zero,
// NaN, infinities, tiny and huge values, float vs double, and F/N formats with x.5 rounding.
using System;

class FormatDoubles
{
    static void Main()
    {
        double zero = 0.0;
        double negZero = -zero;
        Console.WriteLine(negZero);
        Console.WriteLine(1.0 / negZero);
        Console.WriteLine(1.0 / zero);
        Console.WriteLine(zero / zero);
        Console.WriteLine(double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity);
        Console.WriteLine(float.NaN + " " + float.PositiveInfinity + " " + float.NegativeInfinity);
        Console.WriteLine(double.NaN == double.NaN);
        Console.WriteLine(((zero / zero) != (zero / zero)) + " " + (1 / zero == double.PositiveInfinity));
        Console.WriteLine(1e-7);
        Console.WriteLine(1e21);
        Console.WriteLine(1e15 + " " + 1e16 + " " + 123456789012345.0 + " " + 1234567890123456.0);
        Console.WriteLine(0.1 + " " + 0.2 + " " + (0.1 + 0.2) + " " + (0.1 + 0.2 == 0.3));
        Console.WriteLine(0.1f + " " + 0.2f + " " + (0.1f + 0.2f));
        Console.WriteLine((double)0.1f);
        Console.WriteLine(1.0 / 3.0 + " " + 1.0f / 3.0f);
        Console.WriteLine(2.0 / 3.0 + " " + 2.0f / 3.0f);
        Console.WriteLine(double.MaxValue + " " + double.MinValue + " " + double.Epsilon);
        Console.WriteLine(float.MaxValue + " " + float.MinValue + " " + float.Epsilon);
        Console.WriteLine(100.0 + " " + 100.5 + " " + -3.25 + " " + 1e5 + " " + 12345.6789);
        Console.WriteLine(0.001 + " " + 0.0001 + " " + 0.00001 + " " + 1.5e-10);
        Console.WriteLine(16777217f + " " + 16777216.0f + " " + 3.4e10f + " " + 1e-5f);
        Console.WriteLine(Math.PI + " " + Math.E + " " + (float)Math.PI);

        double[] vals = { 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1234.5, 0.045, 123456.785 };
        foreach (double v in vals)
            Console.WriteLine(v + ": F0=" + v.ToString("F0") + " F1=" + v.ToString("F1") + " F2=" + v.ToString("F2") + " N2=" + v.ToString("N2"));
        Console.WriteLine(negZero.ToString("F2") + " " + (-0.001).ToString("F2") + " " + (-0.004).ToString("F0"));
        Console.WriteLine(1234567.891.ToString("N2") + " " + (-1234567.891).ToString("N0") + " " + 0.0.ToString("N2"));
        Console.WriteLine(1e21.ToString("F2") + " " + 1e-7.ToString("F8") + " " + 123.456.ToString("F10"));
        Console.WriteLine(double.NaN.ToString("F2") + " " + double.PositiveInfinity.ToString("F2") + " " + double.NegativeInfinity.ToString("N2"));
        Console.WriteLine(2.5f.ToString("F0") + " " + 0.1f.ToString("F10") + " " + 1.1f.ToString("F2"));
        Console.WriteLine(string.Format("[{0,10:F3}] [{1,-10:F1}] [{2:F0}]", Math.PI, -2.25, 99.5));
        Console.WriteLine(((double)int.MaxValue).ToString("F1") + " " + ((double)long.MaxValue));
        float f = 1.0f;
        for (int i = 0; i < 10; i++) f = f * 1.1f;
        double d = 1.0;
        for (int i = 0; i < 10; i++) d = d * 1.1;
        Console.WriteLine(f + " " + d + " " + f.ToString("F6") + " " + d.ToString("F6"));
    }
}
