// params arrays (zero, one, many arguments, passing an array directly, mixed with fixed
// parameters, params object[]), object initialisers (nested), collection initialisers for
// List, Dictionary (both syntaxes) and a custom Add, array initialisers, and `var`.
using System;
using System.Collections;
using System.Collections.Generic;

class Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
class Line { public Point From = new Point(); public Point To; public string Label { get; set; } }

class Bag : IEnumerable<string>
{
    List<string> items = new List<string>();
    public void Add(string s) { items.Add(s); }
    public void Add(string s, int times) { for (int i = 0; i < times; i++) items.Add(s); }
    public IEnumerator<string> GetEnumerator() { return items.GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static int Sum(params int[] xs) { int s = 0; foreach (int x in xs) s += x; return s; }
    static string Fmt(string sep, params object[] parts)
    {
        string s = "";
        for (int i = 0; i < parts.Length; i++) s += (i > 0 ? sep : "") + (parts[i] ?? "null");
        return s + " (" + parts.Length + ")";
    }
    static int Count(params string[] s) { return s == null ? -1 : s.Length; }

    static void Main()
    {
        Console.WriteLine(Sum() + " " + Sum(5) + " " + Sum(1, 2, 3, 4) + " " + Sum(new[] { 10, 20 }));
        Console.WriteLine(Fmt("-", 1, "two", 3.5, 'c', null, true));
        Console.WriteLine(Fmt("+"));
        Console.WriteLine(Count() + " " + Count("a") + " " + Count(null) + " " + Count(null, null));
        Console.WriteLine(string.Format("{0}-{1}-{2}-{3}", 1, 2, 3, 4));
        Console.WriteLine(string.Concat("a", "b", "c", "d", "e"));

        Point p = new Point { X = 3, Y = 4 };
        Line l = new Line { From = { X = 1, Y = 1 }, To = new Point { X = 9 }, Label = "diag" };
        Console.WriteLine(p + " " + l.From + "->" + l.To + " " + l.Label);

        List<int> nums = new List<int> { 1, 2, 3 };
        List<Point> pts = new List<Point> { new Point { X = 1 }, new Point { Y = 2 } };
        Dictionary<string, int> d1 = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
        Dictionary<string, int> d2 = new Dictionary<string, int> { ["three"] = 3, ["four"] = 4 };
        Console.WriteLine(nums.Count + " " + pts[1] + " " + d1["two"] + " " + d2["four"] + " " + d2.Count);

        Bag bag = new Bag { "x", { "y", 3 }, "z" };
        Console.WriteLine("bag: " + string.Join(",", new List<string>(bag).ToArray()));

        var arr = new[] { 1.5, 2.5 };
        var jag = new[] { new[] { 1 }, new[] { 2, 3 } };
        var words = new string[] { "a", "b" };
        int[,] grid = { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(arr.GetType().Name + " " + jag[1][1] + " " + words.Length + " " + grid[1, 0]);

        var anon = new { Name = "anon", Size = 3 };
        Console.WriteLine(anon.Name + " " + anon.Size);
        var nested = new List<List<string>> { new List<string> { "a" }, new List<string> { "b", "c" } };
        Console.WriteLine(nested[1][1] + " " + nested.Count);
    }
}
