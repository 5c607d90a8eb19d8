// Math.Round uses banker's rounding (round half to even) by default, AwayFromZero on
// request, Round with digits; Floor/Ceiling/Truncate on negatives; casts truncate toward
// zero; Convert.ToInt32 rounds half to even.
using System;

class Program
{
    static void Main()
    {
        double[] halves = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001 };
        foreach (double h in halves)
            Console.WriteLine(h + ": Round=" + Math.Round(h) + " Away=" + Math.Round(h, MidpointRounding.AwayFromZero) + " Floor=" + Math.Floor(h) + " Ceiling=" + Math.Ceiling(h) + " Truncate=" + Math.Truncate(h) + " (int)=" + (int)h + " Convert=" + Convert.ToInt32(h));

        Console.WriteLine("Round(0.125, 2) = " + Math.Round(0.125, 2) + ", Round(0.375, 2) = " + Math.Round(0.375, 2) + ", Round(123.456, 1) = " + Math.Round(123.456, 1));
        // (arguments are variables: Mono's JIT folds Math.Round(constant) rounding half away from zero)
        double m75 = -7.5, p75 = 7.5, p85 = 8.5, p45 = 4.5, e16 = 1e16, m04 = -0.4;
        Console.WriteLine("Round(-7.5) = " + Math.Round(m75) + ", Round(7.5) = " + Math.Round(p75) + ", Round(8.5) = " + Math.Round(p85) + ", Round(4.5) = " + Math.Round(p45));
        Console.WriteLine("Round(1e16) = " + Math.Round(e16) + ", Round(-0.4) = " + Math.Round(m04));

        float f = 2.5f;
        Console.WriteLine("float: Round(2.5f)=" + Math.Round(f) + " (int)2.7f=" + (int)2.7f + " (int)-2.7f=" + (int)-2.7f + " (long)-9.99=" + (long)-9.99);

        double[] vals = { 1.23456, -1.23456, 1234.5, 0.0005 };
        foreach (double v in vals)
            Console.WriteLine(v + " F0=" + v.ToString("F0") + " F2=" + v.ToString("F2") + " F3=" + v.ToString("F3") + " N1=" + v.ToString("N1"));

        Console.WriteLine("Convert.ToInt64(2.5)=" + Convert.ToInt64(2.5) + " Convert.ToInt32(3.5)=" + Convert.ToInt32(3.5) + " Convert.ToByte(4.5)=" + Convert.ToByte(4.5));
        decimal m = 2.5m;
        Console.WriteLine("decimal Round(2.5m)=" + Math.Round(m) + " Round(3.5m)=" + Math.Round(3.5m) + " Round(2.345m, 2)=" + Math.Round(2.345m, 2));

        // Integer rounding helpers
        int total = 17, parts = 5;
        Console.WriteLine("ceil div " + ((total + parts - 1) / parts) + " round div " + ((total + parts / 2) / parts) + " floor div " + (total / parts));
        Console.WriteLine("Math.Abs " + Math.Abs(-5) + " " + Math.Abs(-5.5) + " Sign " + Math.Sign(-3) + Math.Sign(0) + Math.Sign(9.1));
    }
}
