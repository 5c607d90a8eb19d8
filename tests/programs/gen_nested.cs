// Nested generic types: List<List<int>>, Dictionary<string, List<int>>, a List of arrays,
// Dictionary<int, Dictionary<string, int>>, and a generic tree of generic lists.
using System;
using System.Collections.Generic;

class Tree<T>
{
    public T Value;
    public List<Tree<T>> Children = new List<Tree<T>>();
    public Tree(T v) { Value = v; }
    public Tree<T> Add(T v) { Tree<T> c = new Tree<T>(v); Children.Add(c); return c; }
    public int Count() { int n = 1; foreach (Tree<T> c in Children) n += c.Count(); return n; }
    public void Print(string indent) { Console.WriteLine(indent + Value); foreach (Tree<T> c in Children) c.Print(indent + "  "); }
}

class Program
{
    static void Main()
    {
        List<List<int>> triangle = new List<List<int>>();
        for (int row = 0; row < 6; row++)
        {
            List<int> r = new List<int>();
            for (int k = 0; k <= row; k++)
                r.Add(k == 0 || k == row ? 1 : triangle[row - 1][k - 1] + triangle[row - 1][k]);
            triangle.Add(r);
        }
        foreach (List<int> r in triangle)
        {
            string s = "";
            foreach (int v in r) s += v + " ";
            Console.WriteLine(s.TrimEnd());
        }

        Dictionary<string, List<int>> groups = new Dictionary<string, List<int>>();
        for (int i = 1; i <= 12; i++)
        {
            string key = i % 3 == 0 ? "fizz" : i % 2 == 0 ? "even" : "odd";
            List<int> l;
            if (!groups.TryGetValue(key, out l)) { l = new List<int>(); groups[key] = l; }
            l.Add(i);
        }
        foreach (KeyValuePair<string, List<int>> kv in groups)
            Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value.ToArray()) + " (" + kv.Value.Count + ")");

        List<int[]> arrays = new List<int[]> { new[] { 1, 2 }, new int[0], new[] { 3, 4, 5 } };
        int total = 0;
        foreach (int[] a in arrays) foreach (int v in a) total += v;
        Console.WriteLine("arrays total " + total + " lengths " + arrays[0].Length + arrays[1].Length + arrays[2].Length);

        Dictionary<int, Dictionary<string, int>> matrix = new Dictionary<int, Dictionary<string, int>>();
        for (int i = 0; i < 3; i++)
        {
            matrix[i] = new Dictionary<string, int>();
            matrix[i]["sq"] = i * i;
            matrix[i]["cube"] = i * i * i;
        }
        matrix[2]["cube"] += 100;
        Console.WriteLine("matrix[2] sq=" + matrix[2]["sq"] + " cube=" + matrix[2]["cube"] + " count=" + matrix.Count);

        Tree<string> root = new Tree<string>("root");
        Tree<string> a1 = root.Add("a");
        a1.Add("a1"); a1.Add("a2");
        root.Add("b").Add("b1").Add("b1x");
        root.Print("");
        Console.WriteLine("nodes " + root.Count());

        Tree<List<int>> lt = new Tree<List<int>>(new List<int> { 1 });
        lt.Add(new List<int> { 2, 3 });
        Console.WriteLine("tree of lists: child has " + lt.Children[0].Value.Count + " items, type " + lt.GetType().Name);

        List<KeyValuePair<string, List<string>>> pairs = new List<KeyValuePair<string, List<string>>>();
        pairs.Add(new KeyValuePair<string, List<string>>("x", new List<string> { "p", "q" }));
        Console.WriteLine(pairs[0].Key + " -> " + pairs[0].Value[1]);
    }
}
