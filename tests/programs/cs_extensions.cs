// Extension methods on string, int, arrays, generic IEnumerable<T> and a user class; static
// classes with static state; partial classes split across declarations; const fields
// (int, string, double, computed from other consts); nested classes (private, static,
// generic, accessing the outer class's private statics).
using System;
using System.Collections.Generic;

static class StringExt
{
    public static string Reverse(this string s) { char[] c = s.ToCharArray(); Array.Reverse(c); return new string(c); }
    public static bool IsPalindrome(this string s) { return s == s.Reverse(); }
    public static string Repeat(this string s, int n) { string r = ""; for (int i = 0; i < n; i++) r += s; return r; }
}

static class NumExt
{
    public static bool IsEven(this int n) { return n % 2 == 0; }
    public static int Squared(this int n) { return n * n; }
    public static int Sum(this int[] xs) { int s = 0; foreach (int x in xs) s += x; return s; }
    public static T Last<T>(this IEnumerable<T> xs) { T last = default(T); foreach (T x in xs) last = x; return last; }
    public static string Describe(this Shape s) { return s.Name + " with " + s.Sides + " sides"; }
}

static class Stats
{
    public static int Calls;
    public const int Max = 100;
    public const string Unit = "cm";
    public const double Half = 0.5;
    public const int TwiceMax = Max * 2;
    public const string Label = "max " + Unit;
    public static int Clamp(int v) { Calls++; return v > Max ? Max : v < 0 ? 0 : v; }
}

partial class Shape
{
    public string Name;
    public Shape(string n, int sides) { Name = n; Sides = sides; }
}

partial class Shape
{
    public int Sides;
    public bool IsPolygon { get { return Sides >= 3; } }
}

class Outer
{
    private static int secret = 7;
    private int id;
    public Outer(int id) { this.id = id; }

    class Hidden { public int Peek() { return secret * 2; } }
    public static class Tools { public static int Triple(int x) { return 3 * x + secret; } }
    public class Inner { Outer o; public Inner(Outer o) { this.o = o; } public int OuterId() { return o.id; } }
    public class Box<T> { public T Item; public string Show() { return "Box<" + typeof(T).Name + ">:" + Item; } }
    public int UseHidden() { return new Hidden().Peek(); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("hello".Reverse() + " " + "level".IsPalindrome() + " " + "hello".IsPalindrome() + " " + "ab".Repeat(3));
        Console.WriteLine(StringExt.Reverse("static call"));
        Console.WriteLine(4.IsEven() + " " + 7.IsEven() + " " + 12.Squared() + " " + new[] { 1, 2, 3 }.Sum());
        Console.WriteLine(new List<string> { "a", "b", "c" }.Last() + " " + new[] { 5, 6 }.Last() + " " + "xyz".Last());
        Shape sq = new Shape("square", 4), line = new Shape("line", 1);
        Console.WriteLine(sq.Describe() + " polygon=" + sq.IsPolygon + "; " + line.Describe() + " polygon=" + line.IsPolygon);

        Console.WriteLine(Stats.Clamp(150) + " " + Stats.Clamp(-3) + " " + Stats.Clamp(42) + " calls=" + Stats.Calls);
        Console.WriteLine(Stats.Max + " " + Stats.Unit + " " + Stats.Half + " " + Stats.TwiceMax + " " + Stats.Label);
        const int local = Stats.Max / 4;
        Console.WriteLine("local const " + local);

        Outer o = new Outer(99);
        Outer.Inner inner = new Outer.Inner(o);
        Console.WriteLine(o.UseHidden() + " " + Outer.Tools.Triple(2) + " " + inner.OuterId());
        Outer.Box<double> b = new Outer.Box<double> { Item = 2.5 };
        Console.WriteLine(b.Show() + " " + typeof(Outer.Inner).Name);
    }
}
