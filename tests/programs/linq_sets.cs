// LINQ set operators: Distinct, Union, Intersect, Except (with and without comparers),
// plus SequenceEqual and Contains with comparers, over values, strings, nulls and a user
// type whose equality is defined by Equals/GetHashCode or IEquatable<T>.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqSets
{
    class Tag : IEquatable<Tag>
    {
        public string Name;
        public int Id;
        public Tag(string name, int id) { Name = name; Id = id; }
        public bool Equals(Tag other) { return other != null && other.Name == Name; }
        public override bool Equals(object obj) { return Equals(obj as Tag); }
        public override int GetHashCode() { return Name.GetHashCode(); }
        public override string ToString() { return Name + "#" + Id; }
    }

    // Equal when the absolute values are equal.
    class AbsComparer : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) { return Math.Abs(x) == Math.Abs(y); }
        public int GetHashCode(int n) { return Math.Abs(n); }
    }

    static void Show<T>(string label, IEnumerable<T> items)
    {
        Console.WriteLine(label + ": " + string.Join(" ", items.Select(x => x == null ? "null" : x.ToString())));
    }

    static void Main()
    {
        int[] a = { 5, 1, 5, 3, -1, 3, 9, 1, 0 };
        int[] b = { 3, 4, 4, -5, 9, 10, 3 };
        Show("distinct", a.Distinct());
        Show("distinct-abs", a.Distinct(new AbsComparer()));
        Show("union", a.Union(b));
        Show("union-abs", a.Union(b, new AbsComparer()));
        Show("intersect", a.Intersect(b));
        Show("intersect-abs", a.Intersect(b, new AbsComparer()));
        Show("except", a.Except(b));
        Show("except-abs", a.Except(b, new AbsComparer()));
        Show("except-self", a.Except(a));
        Show("intersect-empty", a.Intersect(new int[0]));
        Show("union-empty", new int[0].Union(new[] { 2, 2, 1 }));

        string[] s1 = { "Apple", "apple", "Pear", null, "PEAR", "fig", null };
        string[] s2 = { "APPLE", "Fig", null, "kiwi" };
        Show("distinct-str", s1.Distinct());
        Show("distinct-ci", s1.Distinct(StringComparer.OrdinalIgnoreCase));
        Show("union-ci", s1.Union(s2, StringComparer.OrdinalIgnoreCase));
        Show("intersect-ci", s1.Intersect(s2, StringComparer.OrdinalIgnoreCase));
        Show("except-ci", s1.Except(s2, StringComparer.OrdinalIgnoreCase));
        Show("intersect-null", s1.Intersect(s2));

        Tag[] tags = { new Tag("red", 1), new Tag("blue", 2), new Tag("red", 3), new Tag("green", 4), new Tag("blue", 5) };
        Tag[] other = { new Tag("green", 10), new Tag("red", 11) };
        Show("tags-distinct", tags.Distinct());
        Show("tags-union", other.Union(tags));
        Show("tags-intersect", tags.Intersect(other));
        Show("tags-except", tags.Except(other));
        Console.WriteLine("tags-contains " + tags.Contains(new Tag("green", 0)) + " " + tags.Contains(new Tag("pink", 0)));

        var anon = new[] { new { X = 1, Y = "a" }, new { X = 2, Y = "b" }, new { X = 1, Y = "a" } };
        Show("anon-distinct", anon.Distinct());

        Console.WriteLine("sequenceequal-ci " + s1.Take(3).SequenceEqual(new[] { "APPLE", "APPLE", "pear" }, StringComparer.OrdinalIgnoreCase));
        Console.WriteLine("sequenceequal-abs " + new[] { 1, -2, 3 }.SequenceEqual(new List<int> { -1, 2, -3 }, new AbsComparer()));
        Console.WriteLine("contains-abs " + a.Contains(-9, new AbsComparer()) + " " + a.Contains(-9));
        Console.WriteLine("distinct-count " + Enumerable.Range(0, 1000).Select(n => n * n % 37).Distinct().Count());

        HashSet<int> set = new HashSet<int>(a);
        Show("set-distinct", set.Where(n => n > 0));
        Show("chars", "mississippi".Distinct());
        Show("chars-except", "mississippi".Except("sp"));
    }
}
