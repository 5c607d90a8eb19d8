// decimal arithmetic: exact 96-bit results with .NET's scale rules (the scale of a sum
// is the larger one, of a product the sum of both, a quotient has as many digits as fit
// and loses trailing zeros), banker's rounding when digits must go, and exceptions.
using System;

class Program
{
    static string Bits(decimal d)
    {
        int[] b = decimal.GetBits(d);
        return d + " {" + b[0] + ", " + b[1] + ", " + b[2] + ", 0x" + b[3].ToString("X8") + "}";
    }

    static void Try(string label, Func<decimal> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message);
        }
    }

    static decimal Sum(decimal[] xs)
    {
        decimal s = 0;
        foreach (decimal x in xs)
            s += x;
        return s;
    }

    static void Main()
    {
        // Values come from variables so that mcs cannot fold the expressions.
        decimal a = 1.10m, b = 2.5m, c = 3m, one = 1m, ten = 10m, tenth = 0.1m;
        decimal max = decimal.MaxValue, min = decimal.MinValue, tiny = 0.0000000000000000000000000001m;

        Console.WriteLine("scale kept: " + a + " " + (a + 1) + " " + (b * 2) + " " + (a * 1.00m) + " " + (a - 0.10m));
        Console.WriteLine("sums: " + (a + b) + " " + (b - a) + " " + (a - b) + " " + (tenth + tenth + tenth) + " " + (tenth * 3 == 0.3m));
        Console.WriteLine("products: " + (a * b) + " " + (b * b * b) + " " + (tenth * tenth) + " " + (c * -a) + " " + (1.5m * b));
        Console.WriteLine("quotients: " + (one / c) + " " + (2m / c) + " " + (ten / 4) + " " + (1.00m / one) + " " + (a / 0.32m) + " " + (b / 0.5m));
        Console.WriteLine("more quotients: " + (one / 7) + " " + (max / 3) + " " + (100m / (ten - 2)) + " " + (one / 1024) + " " + (-b / c));
        Console.WriteLine("remainders: " + (ten % c) + " " + (-ten % c) + " " + (ten % -c) + " " + (b % 0.7m) + " " + (10.00m % c) + " " + (a % b));
        Console.WriteLine("max % 0.3 = " + (max % 0.3m) + ", 1 % tiny = " + (one % tiny));
        Console.WriteLine("unary: " + (-a) + " " + (+a) + " " + decimal.Negate(b) + " " + Math.Abs(-b));
        decimal i = 0.5m;
        i++;
        i++;
        i--;
        Console.WriteLine("inc/dec: " + i);
        decimal acc = 100m;
        acc += 0.01m;
        acc -= 50;
        acc *= 1.5m;
        acc /= 4;
        acc %= 7;
        Console.WriteLine("compound: " + acc);
        Console.WriteLine("sum of array: " + Sum(new decimal[] { 0.1m, 0.2m, 0.3m, 0.4m }));

        Console.WriteLine("compare: " + (a < b) + " " + (a > b) + " " + (a <= 1.1m) + " " + (a >= 1.100m) + " " + (a == 1.1m) + " " + (a != 1.1m));
        Console.WriteLine("Compare/CompareTo/Equals: " + decimal.Compare(a, b) + " " + b.CompareTo(a) + " " + a.CompareTo(1.1000m) + " " + a.Equals(1.1m) + " " + a.Equals((object)1.1m) + " " + a.Equals((object)1.1));
        decimal nz = -0.000m;
        Console.WriteLine("zero signs compare equal: " + (0m == nz) + " " + decimal.Compare(nz, 0m));
        Console.WriteLine("hash codes agree across scales: " + (1.1m.GetHashCode() == a.GetHashCode()) + " " + a.GetHashCode() + " " + nz.GetHashCode() + " " + max.GetHashCode() + " " + (one / c).GetHashCode());

        Console.WriteLine("round: " + decimal.Round(b) + " " + decimal.Round(b + one) + " " + decimal.Round(-b) + " " + decimal.Round(2.345m, 2) + " " + decimal.Round(2.355m, 2) + " " + decimal.Round(1.1000m, 2) + " " + decimal.Round(1.1000m, 6));
        Console.WriteLine("round away: " + decimal.Round(b, MidpointRounding.AwayFromZero) + " " + decimal.Round(-2.345m, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(2.45m, 1, MidpointRounding.AwayFromZero) + " " + Math.Round(2.45m, 1) + " " + Math.Round(b));
        Console.WriteLine("floor/ceiling/truncate: " + decimal.Floor(-1.5m) + " " + decimal.Ceiling(-1.5m) + " " + decimal.Truncate(-1.50m) + " " + Math.Floor(2.7m) + " " + Math.Ceiling(2.1m) + " " + Math.Truncate(9.99m) + " " + decimal.Floor(1.00m));
        Console.WriteLine("max/min/sign: " + Math.Max(a, b) + " " + Math.Min(a, b) + " " + Math.Max(1.0m, 1.00m) + " " + Math.Min(1.0m, 1.00m) + " " + Math.Sign(-a) + " " + Math.Sign(0.00m));

        Console.WriteLine("bits of results:");
        Console.WriteLine("  " + Bits(1.00m - 1.0m * one));
        Console.WriteLine("  " + Bits(-0.5m * (c - 3)));
        Console.WriteLine("  " + Bits(decimal.Ceiling(-0.5m)));
        Console.WriteLine("  " + Bits(0.5m - 0.5m * one));
        Console.WriteLine("  " + Bits(tiny * tiny));
        Console.WriteLine("  " + Bits(max * 0.5m));
        Console.WriteLine("  " + Bits(max - 0.5m));
        Console.WriteLine("  " + Bits(one / c));
        Console.WriteLine("  " + Bits(min / 7));
        Console.WriteLine("  " + Bits(0.000m / c));

        Try("max + 1", () => max + one);
        Try("min - 1", () => min - one);
        Try("max * 1.1", () => max * 1.1m);
        Try("max / 0.5", () => max / 0.5m);
        Try("max + 0.5", () => max + 0.5m);
        Try("1 / 0", () => one / (c - 3));
        Try("1 % 0", () => one % (c - 3));
        Try("round to 29", () => decimal.Round(a, 29));
        Try("round to -1", () => Math.Round(a, -1));
        Try("compound interest", () =>
        {
            decimal p = 1000m;
            for (int y = 0; y < 10; y++)
                p = decimal.Round(p * 1.05m, 2);
            return p;
        });
        Try("harmonic", () =>
        {
            decimal h = 0;
            for (int k = 1; k <= 30; k++)
                h += one / k;
            return h;
        });
    }
}
