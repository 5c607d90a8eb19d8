// ValueTuple through C# 7 syntax: tuple literals and return types, named elements,
// deconstruction (into new and existing variables, swap), Item fields (which are
// mutable), Equals and equal hash codes of equal tuples, ToString with nulls and nesting,
// CompareTo, tuples as Dictionary keys and HashSet elements, sorting a List of tuples,
// tuples of structs, ValueTuple.Create (0 to 8 elements), ITuple, a default eight-tuple.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Program
{
    static (int, string) Pair() => (1, "a");
    static (int min, int max) MinMax(int[] xs)
    {
        int lo = int.MaxValue, hi = int.MinValue;
        foreach (int x in xs) { if (x < lo) lo = x; if (x > hi) hi = x; }
        return (lo, hi);
    }
    static (string name, (int x, int y) at) Named() => ("origin", (0, 0));
    static int Sum((int a, int b, int c) t) => t.a + t.b + t.c;

    static void Main()
    {
        var p = Pair();
        Console.WriteLine(p.Item1 + " " + p.Item2 + " " + p);
        var (lo, hi) = MinMax(new[] { 4, -2, 9, 7 });
        Console.WriteLine("min " + lo + " max " + hi);
        var mm = MinMax(new[] { 3 });
        Console.WriteLine("named " + mm.min + " " + mm.max + " same as " + mm.Item1 + " " + mm.Item2);
        var n = Named();
        Console.WriteLine(n.name + " " + n.at.x + " " + n.at + " " + n);
        Console.WriteLine("sum " + Sum((1, 2, 3)));

        // Deconstruction into existing variables, discards, swap.
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine("swapped " + a + " " + b);
        var (first, second, third) = (10, 20, 30);
        Console.WriteLine("second " + second + " of " + (first + second + third));
        string s; int i;
        (s, i) = ("x", 5);
        Console.WriteLine(s + i);

        // The fields are mutable; a tuple is copied by value.
        var t = (1, 2);
        var u = t;
        t.Item1 = 100;
        Console.WriteLine(t + " " + u);

        // Equality and hashing.
        Console.WriteLine((1, "a").Equals((1, "a")) + " " + (1, "a").Equals((1, "b")) + " " + (1, "a").Equals((object)(1, "a")));
        Console.WriteLine((1, 2).Equals((object)(1L, 2L)) + " " + (1, 2).Equals(null) + " " + (1, 2).Equals("(1, 2)"));
        Console.WriteLine("hash equal " + ((1, "a", 2.5).GetHashCode() == (1, "a", 2.5).GetHashCode()));
        Console.WriteLine("hash with null " + ((1, (string)null).GetHashCode() == (1, (string)null).GetHashCode()));
        Console.WriteLine("Item1-only tuple hash " + ValueTuple.Create(7).GetHashCode() + " empty " + ValueTuple.Create().GetHashCode());

        // ToString.
        Console.WriteLine((1, (string)null, 2.5, 'c', true));
        Console.WriteLine(((1, 2), (3, (4, 5))));
        Console.WriteLine(ValueTuple.Create() + " " + ValueTuple.Create(5) + " " + ValueTuple.Create(1, 2, 3, 4, 5, 6, 7));
        var eight = ValueTuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(eight + " rest " + eight.Rest + " " + eight.Rest.Item1);
        var nine = new ValueTuple<int, int, int, int, int, int, int, ValueTuple<int, int>>(1, 2, 3, 4, 5, 6, 7, (8, 9));
        Console.WriteLine(nine + " " + nine.Equals(nine) + " " + (nine.GetHashCode() == nine.GetHashCode()));

        // Order.
        Console.WriteLine((1, "a").CompareTo((1, "b")) + " " + (2, "a").CompareTo((1, "z")) + " " + (1, "a").CompareTo((1, "a")));
        IComparable c = (3, 4);
        Console.WriteLine(c.CompareTo((3, 5)) + " " + c.CompareTo(null));
        try { c.CompareTo("no"); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        var list = new List<(int, string)> { (3, "c"), (1, "z"), (2, "b"), (1, "a") };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));

        // As keys.
        var grid = new Dictionary<(int, int), string>();
        grid[(0, 0)] = "origin";
        grid[(1, 2)] = "p";
        grid[(1, 2)] = "q";
        Console.WriteLine(grid.Count + " " + grid[(0, 0)] + " " + grid[(1, 2)] + " " + grid.ContainsKey((2, 1)));
        var seen = new HashSet<(string, int)>();
        Console.WriteLine(seen.Add(("a", 1)) + " " + seen.Add(("a", 1)) + " " + seen.Add(("a", 2)) + " " + seen.Count);

        // Tuples of structs.
        var pts = (new Point(1, 2), new Point(3, 4));
        Console.WriteLine(pts + " " + pts.Equals((new Point(1, 2), new Point(3, 4))) + " " + pts.Equals((new Point(1, 2), new Point(0, 0))));
        (Point from, Point to) seg = (new Point(0, 0), new Point(5, 5));
        seg.to.X = 6;
        Console.WriteLine(seg.from + " -> " + seg.to);

        // ITuple sees every element, boxed.
        ITuple it = (1, "two", 3.0);
        Console.WriteLine(it.Length + " " + it[0] + " " + it[1] + " " + it[2]);
        ITuple it9 = nine;
        Console.WriteLine(it9.Length + " " + it9[7] + " " + it9[8]);
        try { Console.WriteLine(it[3]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }

        try { new ValueTuple<int, int, int, int, int, int, int, int>(1, 2, 3, 4, 5, 6, 7, 8); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        // The constructor's check is bypassed by default(): a plain Rest is one element.
        var d8 = default(ValueTuple<int, int, int, int, int, int, int, int>);
        Console.WriteLine(d8 + " " + ((ITuple)d8).Length + " " + ((ITuple)d8)[7] + " " + (d8.GetHashCode() == d8.GetHashCode()) + " " + d8.Equals(d8));
    }
}
