// Nested and composed iterators: iterators consuming other iterators (Where/Select/Take
// written by hand), recursive iterators (tree traversal, permutations), and pairs from two
// nested loops.
using System;
using System.Collections.Generic;

class Node
{
    public int Value; public Node Left, Right;
    public Node(int v, Node l, Node r) { Value = v; Left = l; Right = r; }
}

static class Seq
{
    public static IEnumerable<int> Naturals() { for (int i = 0; ; i++) yield return i; }
    public static IEnumerable<T> Where<T>(IEnumerable<T> xs, Func<T, bool> p) { foreach (T x in xs) if (p(x)) yield return x; }
    public static IEnumerable<U> Select<T, U>(IEnumerable<T> xs, Func<T, U> f) { foreach (T x in xs) yield return f(x); }
    public static IEnumerable<T> Take<T>(IEnumerable<T> xs, int n)
    {
        if (n <= 0) yield break;
        foreach (T x in xs) { yield return x; if (--n == 0) yield break; }
    }
    public static IEnumerable<T> Concat<T>(IEnumerable<T> a, IEnumerable<T> b) { foreach (T x in a) yield return x; foreach (T x in b) yield return x; }
    public static IEnumerable<int> InOrder(Node n)
    {
        if (n == null) yield break;
        foreach (int v in InOrder(n.Left)) yield return v;
        yield return n.Value;
        foreach (int v in InOrder(n.Right)) yield return v;
    }
    public static IEnumerable<string> Perms(string s)
    {
        if (s.Length <= 1) { yield return s; yield break; }
        for (int i = 0; i < s.Length; i++)
            foreach (string rest in Perms(s.Remove(i, 1)))
                yield return s[i] + rest;
    }
    public static IEnumerable<string> Pairs(int n)
    {
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                yield return i + "" + j;
    }
    public static string Show<T>(IEnumerable<T> xs) { string s = ""; foreach (T x in xs) s += x + " "; return s.TrimEnd(); }
}

class Program
{
    static void Main()
    {
        var squaresOfOdds = Seq.Take(Seq.Select(Seq.Where(Seq.Naturals(), x => x % 2 == 1), x => x * x), 6);
        Console.WriteLine(Seq.Show(squaresOfOdds));
        Console.WriteLine("again: " + Seq.Show(squaresOfOdds));
        Console.WriteLine(Seq.Show(Seq.Concat(Seq.Take(Seq.Naturals(), 3), new[] { 100, 200 })));
        Console.WriteLine("take 0: [" + Seq.Show(Seq.Take(Seq.Naturals(), 0)) + "]");

        Node tree = new Node(5, new Node(3, new Node(1, null, null), new Node(4, null, null)), new Node(8, null, new Node(9, null, null)));
        Console.WriteLine("inorder: " + Seq.Show(Seq.InOrder(tree)));
        Console.WriteLine("perms: " + Seq.Show(Seq.Perms("abc")));
        int count = 0;
        foreach (string p in Seq.Perms("abcde")) count++;
        Console.WriteLine("perms of 5: " + count);
        Console.WriteLine("pairs: " + Seq.Show(Seq.Pairs(4)));
        Console.WriteLine(Seq.Show(Seq.Select(Seq.Pairs(3), s => s.Length)));
    }
}
