// System.Tuple: Tuple.Create with 1 to 8 elements (the eighth nests in Rest), Item
// properties, Equals (by element, never by reference), GetHashCode (the Framework's exact
// values for int elements, including the eight-element rule that hashes only the last
// eight), ToString with null and nested elements, CompareTo through IComparable and
// IStructuralComparable, sorting, tuples as Dictionary keys, ITuple, and the
// ArgumentExceptions of a mismatched CompareTo and a non-tuple Rest; TupleExtensions.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Program
{
    static Tuple<int, string> Lookup(int id) { return Tuple.Create(id, "user" + id); }

    static void Main()
    {
        var t = Lookup(7);
        Console.WriteLine(t.Item1 + " " + t.Item2 + " " + t);
        Console.WriteLine(Tuple.Create(1) + " " + Tuple.Create(1, 'z') + " " + Tuple.Create(1, 2, 3));
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7));
        var eight = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(eight + " Rest " + eight.Rest + " " + eight.Rest.Item1 + " " + eight.Item7);
        var ten = new Tuple<int, int, int, int, int, int, int, Tuple<int, int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9, 10));
        Console.WriteLine(ten);
        Console.WriteLine(Tuple.Create((string)null, 1, (object)null) + " " + Tuple.Create(Tuple.Create(1, 2), "x"));

        // Equality is by element.
        var a = Tuple.Create(1, "a");
        var b = Tuple.Create(1, "a");
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + a.Equals(Tuple.Create(1, "b")) + " " + a.Equals(null) + " " + a.Equals((1, "a")));
        Console.WriteLine(Tuple.Create(1, 2L).Equals(Tuple.Create(1, 2)) + " " + Tuple.Create((string)null).Equals(Tuple.Create((string)null)));
        Console.WriteLine(eight.Equals(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8)) + " " + eight.Equals(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 9)));

        // The Framework's hash codes.
        Console.WriteLine(Tuple.Create(1).GetHashCode() + " " + Tuple.Create(1, 2).GetHashCode() + " " + Tuple.Create(1, 2, 3).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4).GetHashCode() + " " + Tuple.Create(1, 2, 3, 4, 5).GetHashCode() + " " + Tuple.Create(1, 2, 3, 4, 5, 6).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7).GetHashCode() + " " + eight.GetHashCode() + " " + ten.GetHashCode());
        Console.WriteLine(Tuple.Create(-5, 100000, int.MinValue).GetHashCode() + " " + Tuple.Create(true, 'x', (byte)7).GetHashCode() + " " + Tuple.Create((string)null, 3).GetHashCode());
        Console.WriteLine("strings: " + (a.GetHashCode() == b.GetHashCode()));

        // Order.
        IComparable c = Tuple.Create(2, "b");
        Console.WriteLine(c.CompareTo(Tuple.Create(2, "a")) + " " + c.CompareTo(Tuple.Create(2, "b")) + " " + c.CompareTo(Tuple.Create(3, "a")) + " " + c.CompareTo(null));
        IStructuralComparable sc = Tuple.Create(5, 1);
        Console.WriteLine(sc.CompareTo(Tuple.Create(1, 9), Comparer<object>.Default));
        var list = new List<Tuple<string, int>> { Tuple.Create("b", 2), Tuple.Create("a", 9), Tuple.Create("b", 1) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        try { c.CompareTo(Tuple.Create(1)); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }

        // Structural equality with another comparer.
        IStructuralEquatable se = Tuple.Create("A", 1);
        Console.WriteLine(se.Equals(Tuple.Create("a", 1), StringComparer.OrdinalIgnoreCase) + " " + se.Equals(Tuple.Create("a", 1), EqualityComparer<object>.Default));

        // As keys.
        var d = new Dictionary<Tuple<int, int>, string>();
        d[Tuple.Create(0, 1)] = "first";
        d[Tuple.Create(0, 1)] = "again";
        d[Tuple.Create(1, 0)] = "other";
        Console.WriteLine(d.Count + " " + d[Tuple.Create(0, 1)] + " " + d.ContainsKey(Tuple.Create(2, 2)));

        ITuple it = ten;
        Console.WriteLine(it.Length + " " + it[0] + " " + it[6] + " " + it[7] + " " + it[9]);
        try { Console.WriteLine(it[10]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }

        try { new Tuple<int, int, int, int, int, int, int, int>(1, 2, 3, 4, 5, 6, 7, 8); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }

        // TupleExtensions: Deconstruct (an explicit call: mcs's deconstruction syntax does
        // not use it) and the conversions to and from ValueTuple.
        int n1;
        string s2;
        t.Deconstruct(out n1, out s2);
        Console.WriteLine(n1 + " " + s2);
        int i1, i2, i3, i4, i5, i6, i7, i8;
        eight.Deconstruct(out i1, out i2, out i3, out i4, out i5, out i6, out i7, out i8);
        Console.WriteLine(i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8);
        var vt = Tuple.Create(1, "a", 2.5).ToValueTuple();
        Console.WriteLine(vt + " " + vt.Item3 + " " + vt.Equals((1, "a", 2.5)));
        Console.WriteLine((4, 'q').ToTuple() + " " + (4, 'q').ToTuple().Equals(Tuple.Create(4, 'q')));
        Console.WriteLine(eight.ToValueTuple() + " " + ValueTuple.Create(1, 2, 3, 4, 5, 6, 7, 8).ToTuple().Rest);
    }
}
