// ValueTuple with generics: generic methods taking and returning tuples, tuples of type
// parameters in a generic class, tuples inside List/Dictionary values, lambdas and
// delegates over tuples, iterators yielding tuples, LINQ projecting to tuples, tuples as
// out parameters and interface members. (mcs loses element names and rejects tuple literals
// of a type parameter's type inside generic code, so that code spells out ValueTuple<,>.), and EqualityComparer/Comparer defaults over
// tuples (the comparers a generic container picks).
using System;
using System.Collections.Generic;
using System.Linq;

interface IShape { (string kind, double area) Describe(); }
class Square : IShape
{
    double side;
    public Square(double s) { side = s; }
    public (string kind, double area) Describe() => ("square", side * side);
}
class Circle : IShape
{
    public (string kind, double area) Describe() => ("circle", 3.0);
}

class Cache<TKey, TValue>
{
    readonly Dictionary<TKey, ValueTuple<TValue, int>> map = new Dictionary<TKey, ValueTuple<TValue, int>>();
    public void Put(TKey k, TValue v) { map[k] = ValueTuple.Create(v, 0); }
    public ValueTuple<bool, TValue> Get(TKey k)
    {
        ValueTuple<TValue, int> e;
        if (!map.TryGetValue(k, out e)) return ValueTuple.Create(false, default(TValue));
        map[k] = ValueTuple.Create(e.Item1, e.Item2 + 1);
        return ValueTuple.Create(true, e.Item1);
    }
    public int Hits(TKey k) => map[k].Item2;
}

class Program
{
    static (T, U) MakePair<T, U>(T a, U b) => (a, b);
    static (U, T) Swap<T, U>((T, U) p) => (p.Item2, p.Item1);
    static ValueTuple<T, T> Bounds<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        bool first = true;
        T lo = default(T), hi = default(T);
        foreach (T x in xs)
        {
            if (first || x.CompareTo(lo) < 0) lo = x;
            if (first || x.CompareTo(hi) > 0) hi = x;
            first = false;
        }
        return ValueTuple.Create(lo, hi);
    }
    static bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
    static int Order<T>(T a, T b) => Comparer<T>.Default.Compare(a, b);

    static IEnumerable<(int index, char ch)> Indexed(string s)
    {
        for (int i = 0; i < s.Length; i++)
            yield return (i, s[i]);
    }

    static void Split(int n, out (int q, int r) qr) { qr = (n / 10, n % 10); }

    static void Main()
    {
        ValueTuple<int, string> p = MakePair(1, "one");
        Console.WriteLine(p + " " + Swap(p) + " " + MakePair(MakePair('a', 2L), 3.5m));
        ValueTuple<string, string> b = Bounds(new List<string> { "pear", "apple", "zucchini", "fig" });
        Console.WriteLine(b.Item1 + " .. " + b.Item2);
        ValueTuple<int, int> bi = Bounds(new[] { 5, 3, 8 });
        Console.WriteLine(bi);

        Console.WriteLine(Same((1, "a"), (1, "a")) + " " + Same((1, "a"), (2, "a")) + " " + Same(new (int, int)?(), (1, 1)));
        Console.WriteLine(Order((1, 2.5), (1, 3.5)) + " " + Order(("b", 1), ("a", 9)) + " " + Order((0, 0), (0, 0)));

        var cache = new Cache<string, (int, int)>();
        cache.Put("k", (4, 5));
        var g1 = cache.Get("k");
        var g2 = cache.Get("missing");
        cache.Get("k");
        Console.WriteLine(g1 + " " + g2 + " hits " + cache.Hits("k"));

        Func<int, (int, int)> squareAndCube = x => (x * x, x * x * x);
        Func<(int, int), int> add = t => t.Item1 + t.Item2;
        Console.WriteLine(squareAndCube(3) + " " + add(squareAndCube(2)));

        foreach (var ic in Indexed("abc"))
            Console.Write(ic.index + ":" + ic.ch + " ");
        Console.WriteLine();

        var words = new[] { "kiwi", "banana", "fig", "cherry" };
        var lengths = words.Select(w => (word: w, len: w.Length)).OrderBy(t => t.len).ThenBy(t => t.word).ToList();
        Console.WriteLine(string.Join(", ", lengths));
        var byLen = lengths.GroupBy(t => t.len % 2 == 0).Select(gr => (even: gr.Key, count: gr.Count()));
        foreach (var e in byLen) Console.WriteLine(e.even + " " + e.count);
        var dict = words.ToDictionary(w => (w[0], w.Length), w => w);
        Console.WriteLine(dict[('f', 3)] + " " + dict.ContainsKey(('b', 6)));

        Split(47, out var qr);
        Console.WriteLine(qr.q + " " + qr.r);

        foreach (IShape s in new IShape[] { new Square(2), new Circle() })
        {
            var (kind, area) = s.Describe();
            Console.WriteLine(kind + " " + area);
        }

        var nested = new List<(string, List<(int, int)>)>
        {
            ("a", new List<(int, int)> { (1, 2), (3, 4) }),
            ("b", new List<(int, int)>()),
        };
        foreach (var entry in nested)
        {
            var (name, items) = entry;
            Console.WriteLine(name + ": " + items.Count + " " + string.Join("|", items));
        }
    }
}
