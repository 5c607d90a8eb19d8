// LINQ aggregates: Sum, Average, Min, Max over int, long, float, double, decimal and their
// nullable forms, with and without selectors; the generic Min/Max; Aggregate's three
// overloads; the rules for empty sequences, nulls, NaN and overflow.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqAggregates
{
    struct Point : IComparable<Point>
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public int CompareTo(Point other) { return (X * X + Y * Y).CompareTo(other.X * other.X + other.Y * other.Y); }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    static string Try<T>(Func<T> f)
    {
        try
        {
            T value = f();
            return value == null ? "null" : value.ToString();
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    static void Main()
    {
        int[] ints = { 4, -2, 17, 9, 0, 3 };
        long[] longs = { 10000000000L, -3L, 42L };
        float[] floats = { 1.5f, 2.25f, -0.125f, 1e7f, 1f };
        double[] doubles = { 0.1, 0.2, 0.3, -7.5, 1e-3 };
        decimal[] decimals = { 19.99m, 5.01m, -0.5m, 100m };
        int?[] nints = { 3, null, 7, null, -1 };
        long?[] nlongs = { null, 5L, 6L };
        float?[] nfloats = { null, 2.5f, 0.5f };
        double?[] ndoubles = { 1.5, null, 2.25 };
        decimal?[] ndecimals = { null, 1.1m, 2.2m, null };

        Console.WriteLine("sum " + ints.Sum() + " " + longs.Sum() + " " + floats.Sum() + " " + doubles.Sum() + " " + decimals.Sum());
        Console.WriteLine("sum? " + nints.Sum() + " " + nlongs.Sum() + " " + nfloats.Sum() + " " + ndoubles.Sum() + " " + ndecimals.Sum());
        Console.WriteLine("avg " + ints.Average() + " " + longs.Average() + " " + floats.Average() + " " + doubles.Average() + " " + decimals.Average());
        Console.WriteLine("avg? " + nints.Average() + " " + nlongs.Average() + " " + nfloats.Average() + " " + ndoubles.Average() + " " + ndecimals.Average());
        Console.WriteLine("min " + ints.Min() + " " + longs.Min() + " " + floats.Min() + " " + doubles.Min() + " " + decimals.Min());
        Console.WriteLine("max " + ints.Max() + " " + longs.Max() + " " + floats.Max() + " " + doubles.Max() + " " + decimals.Max());
        Console.WriteLine("min? " + nints.Min() + " " + nlongs.Min() + " " + nfloats.Min() + " " + ndoubles.Min() + " " + ndecimals.Min());
        Console.WriteLine("max? " + nints.Max() + " " + nlongs.Max() + " " + nfloats.Max() + " " + ndoubles.Max() + " " + ndecimals.Max());

        string[] words = { "kiwi", "banana", "fig", "cherry" };
        Console.WriteLine("selectors " + words.Sum(w => w.Length) + " " + words.Sum(w => (long)w.Length * 1000000000L)
            + " " + words.Sum(w => w.Length / 2f) + " " + words.Sum(w => w.Length * 0.1) + " " + words.Sum(w => w.Length * 1.5m));
        Console.WriteLine("selectors? " + words.Sum(w => w.Length > 3 ? (int?)w.Length : null) + " " + words.Average(w => w.Length > 4 ? (double?)w.Length : null)
            + " " + words.Min(w => w.Length == 3 ? null : (long?)w.Length) + " " + words.Max(w => (decimal?)w.Length / 4));
        Console.WriteLine("avg-sel " + words.Average(w => w.Length) + " " + words.Average(w => (long)w.Length) + " " + words.Average(w => (float)w.Length)
            + " " + words.Average(w => (double)w.Length) + " " + words.Average(w => (decimal)w.Length));
        Console.WriteLine("minmax-sel " + words.Min(w => w.Length) + " " + words.Max(w => (long)w.Length) + " " + words.Min(w => (float)w.Length / 3)
            + " " + words.Max(w => w.Length / 7.0) + " " + words.Min(w => (decimal)w.Length));
        Console.WriteLine("minmax-sel? " + words.Min(w => (int?)null) + "|" + words.Max(w => (float?)w.Length) + "|" + words.Min(w => (double?)w.Length) + "|" + words.Max(w => (long?)null));

        Console.WriteLine("generic " + words.Min() + " " + words.Max() + " " + words.Min(w => w.ToUpper()) + " " + words.Max(w => w[1]));
        Point[] points = { new Point(3, 4), new Point(-1, 1), new Point(0, 6), new Point(1, -1) };
        Console.WriteLine("points " + points.Min() + " " + points.Max() + " " + points.Max(p => p.X) + " " + points.Min(p => new Point(p.Y, p.X)));
        string[] withNull = { null, "b", null, "a" };
        Console.WriteLine("nulls " + withNull.Min() + " " + withNull.Max() + " " + Try(() => new string[0].Min()) + " " + Try(() => new string[] { null }.Max()));
        Console.WriteLine("timespan " + new[] { TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(5) }.Max());

        double[] nan = { 2.0, double.NaN, 5.0 };
        Console.WriteLine("nan " + nan.Min() + " " + nan.Max() + " " + new[] { double.NaN, double.NaN }.Max() + " " + new[] { double.NaN, 1.0 }.Max() + " " + new[] { 1.0f, float.NaN }.Min());
        Console.WriteLine("nan? " + new double?[] { null, double.NaN, 3.0 }.Max() + " " + new double?[] { 4.0, null, double.NaN }.Min() + " " + new float?[] { float.NaN, null }.Max());
        Console.WriteLine("infinity " + new[] { 1.0, double.PositiveInfinity }.Sum() + " " + new[] { double.PositiveInfinity, double.NegativeInfinity }.Sum());

        Console.WriteLine("empty " + Try(() => new int[0].Sum()) + "; " + Try(() => new double[0].Sum()) + "; " + Try(() => new int[0].Average()));
        Console.WriteLine("empty " + Try(() => new long[0].Min()) + "; " + Try(() => new decimal[0].Max()) + "; " + Try(() => new float[0].Average()));
        Console.WriteLine("empty? " + Try(() => new int?[0].Average()) + "; " + Try(() => new int?[] { null }.Max()) + "; " + Try(() => new decimal?[0].Min()) + "; " + Try(() => new double?[] { null }.Sum()));
        Console.WriteLine("empty generic " + Try(() => new Point[0].Min()) + "; " + Try(() => new Point[0].Max(p => p.X)));
        Console.WriteLine("overflow " + Try(() => new[] { int.MaxValue, 1 }.Sum()) + "; " + Try(() => new[] { long.MinValue, -1L }.Sum()) + "; " + Try(() => new int?[] { int.MinValue, -1 }.Sum()));
        Console.WriteLine("no overflow " + new[] { int.MaxValue, int.MaxValue }.Average() + " " + new[] { int.MaxValue, 1 }.Sum(n => (long)n) + " " + new[] { float.MaxValue, float.MaxValue }.Average());
        Console.WriteLine("float sum " + Enumerable.Repeat(0.1f, 10).Sum() + " " + Enumerable.Repeat(1e8f, 3).Sum() + " " + Enumerable.Repeat(0.1f, 3).Average());

        Console.WriteLine("aggregate " + ints.Aggregate((a, b) => a * 2 + b) + " " + words.Aggregate((a, b) => b + "," + a));
        Console.WriteLine("aggregate-seed " + ints.Aggregate(100L, (acc, n) => acc - n) + " " + words.Aggregate("", (acc, w) => acc + w[0]));
        Console.WriteLine("aggregate-result " + words.Aggregate(0, (acc, w) => acc + w.Length, total => "total=" + total));
        Console.WriteLine("aggregate-single " + new[] { 7 }.Aggregate((a, b) => a + b) + " " + new int[0].Aggregate(5, (a, b) => a + b));
        Console.WriteLine("count " + Enumerable.Range(1, 100).Where(n => n % 7 == 0).Count() + " " + Enumerable.Range(1, 100).LongCount(n => n % 3 == 0));
    }
}
