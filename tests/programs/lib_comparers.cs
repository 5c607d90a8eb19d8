// Comparer<T>.Default and EqualityComparer<T>.Default over ints, strings, nulls, user
// IComparable<T> classes and IEquatable<T> structs; custom IComparer<T> and
// IEqualityComparer<T> classes used by List.Sort, Array.Sort and Dictionary.
using System;
using System.Collections.Generic;

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) { if (o == null) return 1; int c = Major.CompareTo(o.Major); return c != 0 ? c : Minor.CompareTo(o.Minor); }
    public override string ToString() { return Major + "." + Minor; }
}

struct Point : IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point o) { return X == o.X && Y == o.Y; }
    public override bool Equals(object o) { return o is Point && Equals((Point)o); }
    public override int GetHashCode() { return X * 397 ^ Y; }
}

class ByLengthThenOrdinal : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b); }
}

class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string a, string b) { return string.Equals(a, b, StringComparison.OrdinalIgnoreCase); }
    public int GetHashCode(string s) { return s.ToLowerInvariant().GetHashCode(); }
}

class Program
{
    static int Sgn(int x) { return Math.Sign(x); }

    static void Main()
    {
        Comparer<int> ci = Comparer<int>.Default;
        Console.WriteLine("int: " + Sgn(ci.Compare(1, 2)) + " " + Sgn(ci.Compare(5, 5)) + " " + Sgn(ci.Compare(-1, -9)));
        Comparer<Version> cv = Comparer<Version>.Default;
        Console.WriteLine("Version: " + Sgn(cv.Compare(new Version(1, 2), new Version(1, 10))) + " " + Sgn(cv.Compare(new Version(2, 0), new Version(1, 99))) + " null<x: " + Sgn(cv.Compare(null, new Version(0, 0))) + " null==null: " + cv.Compare(null, null));
        Comparer<double> cd = Comparer<double>.Default;
        Console.WriteLine("double: " + Sgn(cd.Compare(0.1, 0.2)) + " NaN vs 0: " + Sgn(cd.Compare(double.NaN, 0)));

        EqualityComparer<int> ei = EqualityComparer<int>.Default;
        EqualityComparer<string> es = EqualityComparer<string>.Default;
        EqualityComparer<Point> ep = EqualityComparer<Point>.Default;
        EqualityComparer<Version> ev = EqualityComparer<Version>.Default;
        Console.WriteLine("int eq " + ei.Equals(3, 3) + " " + ei.Equals(3, 4) + " hash consistent " + (ei.GetHashCode(77) == ei.GetHashCode(77)));
        Console.WriteLine("string eq " + es.Equals("ab", "a" + "b") + " " + es.Equals(null, null) + " " + es.Equals("x", null) + " hash consistent " + (es.GetHashCode("hello") == es.GetHashCode(string.Concat("hel", "lo"))));
        Console.WriteLine("Point eq " + ep.Equals(new Point(1, 2), new Point(1, 2)) + " " + ep.Equals(new Point(1, 2), new Point(2, 1)));
        Version v1 = new Version(1, 0), v1b = new Version(1, 0);
        Console.WriteLine("class without Equals override: same " + ev.Equals(v1, v1) + " different object equal fields " + ev.Equals(v1, v1b));

        List<string> words = new List<string> { "pear", "fig", "banana", "kiwi", "apple", "date" };
        words.Sort(new ByLengthThenOrdinal());
        Console.WriteLine(string.Join(" ", words.ToArray()));
        string[] arr = { "ccc", "a", "bb", "aa" };
        Array.Sort(arr, new ByLengthThenOrdinal());
        Console.WriteLine(string.Join(" ", arr));
        Version[] vs = { new Version(1, 10), new Version(1, 2), null, new Version(0, 5) };
        Array.Sort(vs, Comparer<Version>.Default);
        Console.WriteLine(string.Join(" ", Array.ConvertAll(vs, v => v == null ? "null" : v.ToString())));

        Dictionary<string, int> ci_dict = new Dictionary<string, int>(new CaseInsensitive());
        ci_dict["Hello"] = 1;
        ci_dict["HELLO"] += 10;
        ci_dict["world"] = 5;
        Console.WriteLine("case-insensitive dict count " + ci_dict.Count + " hello=" + ci_dict["hello"] + " contains WORLD " + ci_dict.ContainsKey("WORLD"));
        HashSet<string> ci_set = new HashSet<string>(new CaseInsensitive()) { "A", "a", "B" };
        Console.WriteLine("case-insensitive set count " + ci_set.Count);
        Dictionary<Point, string> pd = new Dictionary<Point, string>();
        pd[new Point(3, 4)] = "p";
        Console.WriteLine("Point key lookup " + pd[new Point(3, 4)]);

        // Max with Comparer<T>.Default in a generic helper
        Console.WriteLine(Max(new[] { 4, 9, 2 }) + " " + Max(new[] { "b", "c", "a" }) + " " + Max(new[] { new Version(3, 1), new Version(3, 4) }));
    }

    static T Max<T>(T[] xs) { Comparer<T> c = Comparer<T>.Default; T m = xs[0]; foreach (T x in xs) if (c.Compare(x, m) > 0) m = x; return m; }
}
