// System.Math: Sqrt, Abs, Min, Max, Pow, Sin, Cos, Exp, Log, Floor, Ceiling, Round (to even),
// printed with limited precision so that libm ulp differences cannot show.
using System;

class MathFuncs
{
    static string F(double d) { return d.ToString("F6"); }

    static void Main()
    {
        double[] xs = { 0, 0.5, 1, 2, 3.14159, 10, 100.25 };
        foreach (double x in xs)
            Console.WriteLine(x + ": sqrt " + F(Math.Sqrt(x)) + " sin " + F(Math.Sin(x)) + " cos " + F(Math.Cos(x))
                + " exp " + F(Math.Exp(x / 10)) + " log " + (x > 0 ? F(Math.Log(x)) : "-inf"));
        Console.WriteLine(Math.Sqrt(16) + " " + Math.Sqrt(2).ToString("F10") + " " + Math.Sqrt(-1));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(2, -2) + " " + Math.Pow(10, 15) + " " + F(Math.Pow(2.5, 3.5)) + " " + Math.Pow(0, 0));
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(5L) + " " + Math.Abs(-2.5) + " " + Math.Abs(-0.0f) + " " + Math.Abs((short)-7));
        Console.WriteLine(Math.Min(3, -4) + " " + Math.Max(3, -4) + " " + Math.Min(2.5, 1.5) + " " + Math.Max(-1L, -2L) + " " + Math.Min(3u, 7u) + " " + Math.Max((byte)3, (byte)200));
        double[] rs = { 2.5, 3.5, -2.5, -3.5, 2.4999, 2.5001, 0.5, 1.5, -0.5, 1e15 + 0.5 };
        foreach (double r in rs)
            Console.WriteLine(r + ": floor " + Math.Floor(r) + " ceil " + Math.Ceiling(r) + " round " + Math.Round(r) + " round2 " + Math.Round(r * 100 + 0.25) / 100);
        // Through variables: Mono's JIT folds Math.Round of a literal .5 away from zero,
        // while its runtime (and .NET) rounds half to even.
        double[] halves = { 1.2345, 1.2355, -7.5, 8.5 };
        Console.WriteLine(Math.Round(halves[0], 2) + " " + Math.Round(halves[1], 3) + " " + Math.Round(halves[2]) + " " + Math.Round(halves[3]));
        Console.WriteLine(F(Math.PI) + " " + F(Math.E) + " " + F(Math.Log(Math.E)) + " " + F(Math.Exp(1)));
        Console.WriteLine(F(Math.Sin(Math.PI / 6)) + " " + F(Math.Cos(Math.PI / 3)) + " " + F(Math.Sin(Math.PI)) + " " + F(Math.Cos(Math.PI)));
        Console.WriteLine(Math.Floor(-0.5) + " " + Math.Ceiling(-0.5) + " " + Math.Floor(7.0) + " " + Math.Ceiling(7.000001));
        double sum = 0;
        for (int i = 1; i <= 100000; i++) sum += Math.Sin(i * 0.001) * Math.Cos(i * 0.002) + Math.Sqrt(i) / Math.Exp(i * 1e-5) + Math.Log(i);
        Console.WriteLine("sum " + sum.ToString("F3"));
        double hyp = Math.Sqrt(Math.Pow(3, 2) + Math.Pow(4, 2));
        Console.WriteLine("hyp " + hyp + " " + (int)Math.Floor(hyp * 1.5) + " " + (long)Math.Ceiling(1e12 / 7));
        Console.WriteLine(Math.Max(double.NaN, 1) + " " + Math.Min(1, double.NegativeInfinity) + " " + Math.Sqrt(double.PositiveInfinity));
    }
}
