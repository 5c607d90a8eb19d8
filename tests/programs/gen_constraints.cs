// Generic constraints: where T : IComparable<T> (Max, sorting), where T : class (null
// checks), where T : struct, where T : new(), where T : BaseClass (calling base members),
// and a constraint on an interface the type parameter implements.
using System;
using System.Collections.Generic;

abstract class Shape
{
    public abstract double Area();
    public virtual string Kind { get { return "shape"; } }
}
class Square : Shape { public double S = 2; public override double Area() { return S * S; } public override string Kind { get { return "square"; } } }
class Circle : Shape { public double R = 1; public override double Area() { return 3 * R * R; } }

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) { return Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor); }
    public override string ToString() { return Major + "." + Minor; }
}

class Counter { public static int Made; public int Id; public Counter() { Id = ++Made; } }

static class G
{
    public static T Max<T>(T[] xs) where T : IComparable<T>
    {
        T best = xs[0];
        for (int i = 1; i < xs.Length; i++) if (xs[i].CompareTo(best) > 0) best = xs[i];
        return best;
    }
    public static void InsertionSort<T>(T[] a) where T : IComparable<T>
    {
        for (int i = 1; i < a.Length; i++)
        {
            T k = a[i]; int j = i - 1;
            while (j >= 0 && a[j].CompareTo(k) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = k;
        }
    }
    public static string OrNull<T>(T x) where T : class { return x == null ? "null" : x.ToString(); }
    public static T Coalesce<T>(T x, T fallback) where T : class { return x ?? fallback; }
    public static T? MaybeDefault<T>(bool has, T v) where T : struct { if (has) return v; return null; }
    public static T[] Make<T>(int n) where T : new() { T[] r = new T[n]; for (int i = 0; i < n; i++) r[i] = new T(); return r; }
    public static double TotalArea<T>(List<T> shapes) where T : Shape { double s = 0; foreach (T x in shapes) s += x.Area(); return s; }
    public static string Kinds<T>(T[] shapes) where T : Shape { string s = ""; foreach (T x in shapes) s += x.Kind + " "; return s; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(G.Max(new[] { 3, 9, 2 }) + " " + G.Max(new[] { "pear", "apple", "zoo", "m" }) + " " + G.Max(new[] { 1.5, -2.0 }));
        Version[] vs = { new Version(1, 10), new Version(2, 0), new Version(1, 2), new Version(0, 99) };
        Console.WriteLine("max version " + G.Max(vs));
        G.InsertionSort(vs);
        foreach (Version v in vs) Console.Write(v + " ");
        Console.WriteLine();
        char[] cs = "constraint".ToCharArray();
        G.InsertionSort(cs);
        Console.WriteLine(new string(cs));

        Console.WriteLine(G.OrNull("s") + " " + G.OrNull<string>(null) + " " + G.Coalesce<string>(null, "fb") + " " + G.Coalesce(new Version(3, 1), null));
        int? m1 = G.MaybeDefault(true, 5);
        double? m2 = G.MaybeDefault(false, 2.5);
        Console.WriteLine(m1 + " " + m2.HasValue);

        Counter[] made = G.Make<Counter>(3);
        Console.WriteLine("made ids " + made[0].Id + made[1].Id + made[2].Id + " total " + Counter.Made);
        int[] zeros = G.Make<int>(2);
        Console.WriteLine("ints " + zeros[0] + zeros[1]);

        List<Shape> shapes = new List<Shape> { new Square(), new Circle(), new Square { S = 3 } };
        Console.WriteLine("area " + G.TotalArea(shapes));
        List<Square> squares = new List<Square> { new Square(), new Square { S = 1 } };
        Console.WriteLine("square area " + G.TotalArea(squares));
        Console.WriteLine(G.Kinds(new Shape[] { new Circle(), new Square() }));
    }
}
