// Higher-order functions written by hand over arrays: Map, Filter, Reduce, Zip, TakeWhile,
// function composition, currying, memoisation, delegates passed in and returned.
using System;
using System.Collections.Generic;

static class F
{
    public static U[] Map<T, U>(T[] xs, Func<T, U> f) { U[] r = new U[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]); return r; }
    public static T[] Filter<T>(T[] xs, Func<T, bool> p) { List<T> r = new List<T>(); foreach (T x in xs) if (p(x)) r.Add(x); return r.ToArray(); }
    public static A Reduce<T, A>(T[] xs, A seed, Func<A, T, A> f) { A acc = seed; foreach (T x in xs) acc = f(acc, x); return acc; }
    public static R[] Zip<T, U, R>(T[] a, U[] b, Func<T, U, R> f) { int n = Math.Min(a.Length, b.Length); R[] r = new R[n]; for (int i = 0; i < n; i++) r[i] = f(a[i], b[i]); return r; }
    public static T[] TakeWhile<T>(T[] xs, Func<T, bool> p) { List<T> r = new List<T>(); foreach (T x in xs) { if (!p(x)) break; r.Add(x); } return r.ToArray(); }
    public static Func<T, V> Compose<T, U, V>(Func<T, U> f, Func<U, V> g) { return x => g(f(x)); }
    public static Func<A, Func<B, C>> Curry<A, B, C>(Func<A, B, C> f) { return a => b => f(a, b); }
    public static Func<int, long> Memo(Func<Func<int, long>, int, long> body)
    {
        Dictionary<int, long> cache = new Dictionary<int, long>();
        Func<int, long> self = null;
        self = n => { long v; if (cache.TryGetValue(n, out v)) return v; v = body(self, n); cache[n] = v; return v; };
        return self;
    }
    public static string Show<T>(T[] xs) { return "[" + string.Join(", ", Map(xs, x => x.ToString())) + "]"; }
}

class Program
{
    static int Triple(int x) { return 3 * x; }

    static void Main()
    {
        int[] nums = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        Console.WriteLine("map x^2: " + F.Show(F.Map(nums, x => x * x)));
        Console.WriteLine("map Triple: " + F.Show(F.Map<int, int>(nums, Triple)));
        Console.WriteLine("filter odd: " + F.Show(F.Filter(nums, x => x % 2 == 1)));
        Console.WriteLine("sum: " + F.Reduce(nums, 0, (a, x) => a + x));
        Console.WriteLine("product as long: " + F.Reduce(nums, 1L, (a, x) => a * x));
        Console.WriteLine("concat: " + F.Reduce(nums, "", (a, x) => a + x));
        Console.WriteLine("max: " + F.Reduce(nums, int.MinValue, Math.Max));
        string[] words = { "alpha", "beta", "gamma" };
        Console.WriteLine("zip: " + F.Show(F.Zip(words, nums, (w, n) => w + n)));
        Console.WriteLine("takeWhile <5: " + F.Show(F.TakeWhile(nums, x => x < 5)));
        Console.WriteLine("lengths: " + F.Show(F.Map(words, w => w.Length)));

        Func<int, string> toStars = F.Compose<int, int, string>(x => x % 5 + 1, n => new string('*', n));
        Console.WriteLine("composed: " + F.Show(F.Map(nums, toStars)));

        Func<int, Func<int, int>> curriedPow = F.Curry<int, int, int>((b, e) => { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; });
        Func<int, int> powOf2 = curriedPow(2);
        Console.WriteLine("2^0..2^10: " + F.Show(F.Map(new[] { 0, 1, 2, 5, 10 }, powOf2)));

        int calls = 0;
        Func<int, long> fib = F.Memo((self, n) => { calls++; return n < 2 ? n : self(n - 1) + self(n - 2); });
        Console.WriteLine("fib(80)=" + fib(80) + " calls=" + calls);
        Console.WriteLine("fib(81)=" + fib(81) + " calls=" + calls);

        List<Func<double, double>> pipeline = new List<Func<double, double>> { x => x + 1, x => x * 2, Math.Sqrt, x => x - 0.5 };
        double v = 7;
        foreach (var step in pipeline) v = step(v);
        Console.WriteLine("pipeline(7)=" + v);

        // Sorting with a delegate-returning function
        Func<bool, Comparison<string>> by = desc => desc ? (Comparison<string>)((a, b) => string.CompareOrdinal(b, a)) : string.CompareOrdinal;
        string[] ws = { "pear", "apple", "fig" };
        Array.Sort(ws, by(true));
        Console.WriteLine("desc: " + F.Show(ws));
        Array.Sort(ws, by(false));
        Console.WriteLine("asc: " + F.Show(ws));
    }
}
