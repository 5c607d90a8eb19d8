// Generic methods: type inference from arguments, explicit type arguments, generic methods
// calling other generic methods, generic methods on generic classes, and over structs.
using System;
using System.Collections.Generic;

static class Util
{
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static T[] Repeat<T>(T v, int n) { T[] r = new T[n]; for (int i = 0; i < n; i++) r[i] = v; return r; }
    public static string Join<T>(T[] items)
    {
        string s = "";
        for (int i = 0; i < items.Length; i++) s += (i > 0 ? "," : "") + items[i];
        return s;
    }
    public static List<U> Map<T, U>(T[] items, Func<T, U> f)
    {
        List<U> r = new List<U>();
        foreach (T t in items) r.Add(f(t));
        return r;
    }
    public static T First<T>(List<T> l) { return l[0]; }
    public static T Identity<T>(T x) { return x; }
    public static T Twice<T>(T x, Func<T, T> f) { return f(f(x)); }
    public static int CountIf<T>(IEnumerable<T> xs, Predicate<T> p) { int n = 0; foreach (T x in xs) if (p(x)) n++; return n; }
    public static string Describe<T>(T x) { return Identity(x) + ":" + Join(Repeat(x, 2)); }
}

class Wrapper<T>
{
    public T Item;
    public Wrapper(T item) { Item = item; }
    public Wrapper<Tuple2<T, U>> Zip<U>(U other) { return new Wrapper<Tuple2<T, U>>(new Tuple2<T, U>(Item, other)); }
}

struct Tuple2<A, B>
{
    public A First; public B Second;
    public Tuple2(A a, B b) { First = a; Second = b; }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

class Program
{
    static void Main()
    {
        int x = 1, y = 2;
        Util.Swap(ref x, ref y);
        string s1 = "a", s2 = "b";
        Util.Swap<string>(ref s1, ref s2);
        Console.WriteLine(x + " " + y + " " + s1 + " " + s2);

        Console.WriteLine(Util.Join(Util.Repeat(7, 3)));
        Console.WriteLine(Util.Join(Util.Repeat("ab", 2)));
        Console.WriteLine(Util.Join(new double[] { 1.5, 2.25 }));

        List<string> lens = Util.Map(new[] { "one", "three", "seven" }, s => s + "/" + s.Length);
        Console.WriteLine(string.Join(" ", lens.ToArray()) + " first=" + Util.First(lens));
        List<int> sq = Util.Map<int, int>(new[] { 1, 2, 3 }, v => v * v);
        Console.WriteLine("squares first=" + Util.First(sq) + " count=" + sq.Count);

        Console.WriteLine(Util.Twice(3, v => v * 10) + " " + Util.Twice("x", v => v + v));
        Console.WriteLine(Util.CountIf(new List<int> { 1, 5, 8, 12 }, v => v > 4));
        Console.WriteLine(Util.Describe(42) + " " + Util.Describe("s") + " " + Util.Describe('c'));

        Wrapper<int> w = new Wrapper<int>(9);
        var zipped = w.Zip("nine");
        Console.WriteLine(zipped.Item + " " + zipped.Item.First + " " + zipped.Item.Second.Length);
        var z2 = zipped.Zip(3.5);
        Console.WriteLine(z2.Item);

        Tuple2<int, string>[] arr = Util.Repeat(new Tuple2<int, string>(1, "x"), 2);
        arr[1].First = 2;
        Console.WriteLine(Util.Join(arr));
    }
}
