// HashSet<T> enumeration order as Mono: insertion order, freed slots reused after Remove,
// copies of sets (CopyFrom), compaction of sets built from duplicates (TrimExcess),
// IntersectWith/SymmetricExceptWith removal order, subset/superset tests, RemoveWhere.
using System;
using System.Collections.Generic;
class P {
  static string J<T>(IEnumerable<T> xs) { return string.Join(",", xs); }
  static void T(Action a) { try { a(); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); } }
  static void Main() {
    var h = new HashSet<int>();
    for (int i = 0; i < 30; i++) h.Add(i * 13 % 31);
    Console.WriteLine(J(h));
    h.Remove(13); h.Remove(26); h.Remove(0); h.Add(100); h.Add(101); h.Add(102); h.Add(103);
    Console.WriteLine(J(h));
    var h2 = new HashSet<int>(h); h2.Remove(5); h2.Add(77);
    Console.WriteLine(J(h2));
    var h3 = new HashSet<int>(new[] { 5, 3, 5, 1, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3 }); Console.WriteLine(J(h3));
    h3.Add(50); h3.Add(51); h3.Add(52); Console.WriteLine(J(h3));
    var a = new HashSet<int> { 1, 2, 3, 4, 5, 6 }; a.IntersectWith(new[] { 6, 4, 2, 8 }); a.Add(10); a.Add(11); Console.WriteLine(J(a));
    var b = new HashSet<int> { 1, 2, 3, 4, 5, 6 }; b.SymmetricExceptWith(new[] { 6, 7, 2, 8, 7 }); b.Add(20); Console.WriteLine(J(b));
    var b2 = new HashSet<int> { 1, 2, 3, 4, 5, 6 }; b2.SymmetricExceptWith(new HashSet<int> { 6, 7, 2, 8 }); b2.Add(20); Console.WriteLine(J(b2));
    var c = new HashSet<int> { 1, 2, 3 }; c.ExceptWith(new[] { 2 }); c.UnionWith(new[] { 9, 8 }); Console.WriteLine(J(c));
    var e = new HashSet<int> { 1 }; e.Remove(1); e.Add(7); e.Add(8); Console.WriteLine(J(e));
    Console.WriteLine(c.IsSubsetOf(new[] { 1, 3, 9, 8, 0 }) + " " + c.IsProperSubsetOf(new[] { 1, 3, 9, 8 }) + " " + c.IsSupersetOf(new[] { 1 }) + " " + c.IsProperSupersetOf(new[] { 1, 3, 9, 8 }) + " " + c.Overlaps(new[] { 0 }) + " " + c.SetEquals(new[] { 8, 9, 3, 1, 1 }));
    var hs = new HashSet<string> { "x", null, "y" }; Console.WriteLine(hs.Contains(null) + " " + hs.Count + " " + J(hs));
    Console.WriteLine(c.RemoveWhere(x => x > 5) + " " + J(c));
    T(() => { foreach (var x in c) c.Add(99); });
    var big = new HashSet<string>();
    for (int i = 0; i < 500; i++) big.Add("s" + i);
    for (int i = 0; i < 500; i += 7) big.Remove("s" + i);
    for (int i = 0; i < 30; i++) big.Add("t" + i);
    int n = 0; string s = ""; foreach (var x in big) if (n++ < 20) s += x + " ";
    Console.WriteLine(s + big.Count);
    var copy = new HashSet<string>(big); n = 0; s = ""; foreach (var x in copy) if (n++ < 10) s += x + " ";
    Console.WriteLine(s);
    var tr = new HashSet<int>(new List<int> { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 }); tr.Add(3); tr.Add(4); Console.WriteLine(J(tr));
    int[] arr = new int[5]; c.CopyTo(arr); Console.WriteLine(J(arr));
  }
}
