// Collections beyond the basics, checked against Mono: Dictionary order after removals
// (free slots reused last-removed-first), KeyCollection/ValueCollection, IDictionary
// entries, error messages; List ranges, capacity, Sort/Reverse ranges, version checks;
// Queue ring wrap-around, Stack order, LinkedList, SortedDictionary/SortedList/SortedSet,
// ArrayList, Hashtable enumeration order, Comparer/StringComparer, Array.Sort(keys, items).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;

struct S : IEquatable<S> { public int A; public S(int a) { A = a; } public bool Equals(S o) { return A == o.A; } public override int GetHashCode() { return A; } public override string ToString() { return "S" + A; } }
class Box : IComparable { public int V; public Box(int v) { V = v; } public int CompareTo(object o) { return V.CompareTo(((Box)o).V); } public override string ToString() { return "B" + V; } }
class Dis : IEnumerable<int> {
  public IEnumerator<int> GetEnumerator() { try { yield return 1; yield return 2; } finally { Console.WriteLine("disposed"); } }
  IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class P {
  static void T(Action a) { try { a(); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); } }
  static string J<T>(IEnumerable<T> xs) { return string.Join(",", xs); }
  static void Main() {
    // Dictionary order with removals and reuse
    var d = new Dictionary<int, string>();
    for (int i = 0; i < 10; i++) d[i * 7] = "v" + i;
    d.Remove(14); d.Remove(35); d.Remove(0);
    d[100] = "a"; d[101] = "b"; d[102] = "c"; d[103] = "d";
    foreach (var kv in d) Console.Write(kv + " ");
    Console.WriteLine();
    Console.WriteLine(J(d.Keys) + " | " + J(d.Values));
    var ds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    ds["A"] = 1; ds["a"] = 2; ds["B"] = 3;
    Console.WriteLine(ds.Count + " " + ds["A"] + " " + ds.ContainsKey("b"));
    T(() => d.Add(7, "x"));
    T(() => { var x = d[999]; });
    T(() => { foreach (var kv in d) d[7] = "y"; });
    T(() => { foreach (var kv in d) d.Remove(7); });
    T(() => { string s = null; ds[s] = 1; });
    var e = d.GetEnumerator(); Console.WriteLine(e.Current.Key);
    IDictionary id = d;
    foreach (DictionaryEntry de in id) Console.Write(de.Key + "=" + de.Value + ";");
    Console.WriteLine();
    Console.WriteLine(id[7] + " " + (id[12345] == null) + " " + id.Contains(21));
    // struct keys with IEquatable
    var sd = new Dictionary<S, int>(); sd[new S(1)] = 1; sd[new S(1)] = 2; sd[new S(2)] = 3;
    Console.WriteLine(sd.Count + " " + sd[new S(1)]);
    var big = new Dictionary<string, int>();
    for (int i = 0; i < 1000; i++) big["k" + i] = i;
    for (int i = 0; i < 1000; i += 3) big.Remove("k" + i);
    for (int i = 0; i < 50; i++) big["n" + i] = i;
    int c = 0; string s1 = "";
    foreach (var kv in big) { if (c++ < 12) s1 += kv.Key + " "; }
    Console.WriteLine(s1 + big.Count);
    // List
    var l = new List<int> { 5, 3, 9, 1, 3, 7 };
    Console.WriteLine(l.Capacity + " " + l.Count);
    l.AddRange(new List<int> { 4, 4 }); Console.WriteLine(l.Capacity);
    l.InsertRange(0, l); Console.WriteLine(J(l) + " cap " + l.Capacity);
    l.RemoveRange(2, 3); Console.WriteLine(J(l));
    l.Sort(3, 5, null); Console.WriteLine(J(l));
    l.Reverse(1, 4); Console.WriteLine(J(l));
    Console.WriteLine(l.IndexOf(4, 3) + " " + l.LastIndexOf(3) + " " + l.LastIndexOf(3, 5) + " " + l.FindLastIndex(x => x > 5) + " " + l.FindIndex(2, x => x == 4));
    T(() => { var x = l[100]; });
    T(() => l.Insert(100, 1));
    T(() => l.RemoveRange(5, 100));
    T(() => { foreach (int x in l) l[0] = 1; });
    T(() => l.ForEach(x => { if (x == 9) l.Add(1); }));
    T(() => { l.Capacity = 1; });
    T(() => new List<int>(-1));
    T(() => new List<object> { new object(), new object() }.Sort());
    T(() => l.Sort((a, b) => { throw new FormatException("boom"); }));
    var ro = l.AsReadOnly(); Console.WriteLine(ro.Count + " " + ro[0] + " " + ro.Contains(9));
    IList<int> il = l; il.Add(42); Console.WriteLine(il.Count + " " + il.IndexOf(42));
    IList nl = l; nl.Add(43); Console.WriteLine(nl.Count + " " + nl.Contains(43) + " " + nl.Contains("x"));
    var strs = new List<string> { "b", null, "a", "C" };
    strs.Sort(); Console.WriteLine(J(strs));
    strs.Sort(StringComparer.Ordinal); Console.WriteLine(J(strs));
    Console.WriteLine(strs.BinarySearch("b", StringComparer.Ordinal));
    var boxes = new List<Box> { new Box(3), new Box(1), new Box(2) }; boxes.Sort(); Console.WriteLine(J(boxes));
    var ss = new List<S> { new S(3), new S(1) }; Console.WriteLine(ss.Contains(new S(1)) + " " + ss.IndexOf(new S(3)));
    Console.WriteLine(ReferenceEquals(new List<int>().ToArray(), new List<int>().ToArray()));
    List<int>.Enumerator le = l.GetEnumerator(); le.MoveNext(); IEnumerator<int> ie = le; Console.WriteLine(ie.Current);
    foreach (int x in new Dis()) { Console.WriteLine(x); break; }
    // Queue / Stack
    var q = new Queue<int>();
    for (int i = 0; i < 6; i++) q.Enqueue(i);
    q.Dequeue(); q.Dequeue(); q.Enqueue(10); q.Enqueue(11); q.Enqueue(12);
    Console.WriteLine(J(q) + " " + J(q.ToArray()) + " " + q.Contains(11) + " " + q.Peek());
    T(() => { foreach (int x in q) q.Enqueue(1); });
    var st = new Stack<string>(new[] { "a", "b" }); st.Push("c");
    Console.WriteLine(J(st) + " " + J(st.ToArray()) + " " + st.Peek() + " " + st.Contains("a"));
    var qe = q.GetEnumerator(); T(() => { var x = qe.Current; });
    T(() => new Queue<int>().Peek());
    // LinkedList
    var ll = new LinkedList<int>(new[] { 1, 2, 3 });
    ll.AddFirst(0); ll.AddLast(4); ll.AddAfter(ll.Find(2), 25); ll.AddBefore(ll.First, -1); ll.Remove(3);
    Console.WriteLine(J(ll) + " " + ll.Count + " " + ll.First.Value + " " + ll.Last.Value + " " + ll.Last.Previous.Value + " " + (ll.First.Previous == null));
    T(() => new LinkedList<int>().RemoveFirst());
    // Sorted
    var sdd = new SortedDictionary<string, int>(); sdd["pear"] = 1; sdd["apple"] = 2; sdd["fig"] = 3; sdd["apple"] = 5;
    Console.WriteLine(J(sdd) + " " + J(sdd.Keys) + " " + J(sdd.Values));
    T(() => sdd.Add("fig", 1));
    T(() => { var x = sdd["zz"]; });
    var sl = new SortedList<int, string>(); sl.Add(5, "five"); sl.Add(1, "one"); sl[3] = "three"; sl.Remove(5); sl[9] = "nine";
    Console.WriteLine(J(sl) + " " + J(sl.Keys) + " " + sl.IndexOfKey(3) + " " + sl.Values[0] + " cap " + sl.Capacity);
    T(() => sl.Add(1, "x"));
    var sset = new SortedSet<int> { 5, 1, 9, 3, 1 };
    Console.WriteLine(J(sset) + " " + sset.Min + " " + sset.Max + " " + sset.Count);
    var rnd = new Random(42); var sset2 = new SortedSet<int>(); var chk = new List<int>();
    for (int i = 0; i < 2000; i++) { int v = rnd.Next(500); if (sset2.Add(v)) chk.Add(v); if (i % 3 == 0) { int r = rnd.Next(500); if (sset2.Remove(r)) chk.Remove(r); } }
    chk.Sort(); Console.WriteLine(J(sset2) == J(chk));
    // ArrayList / Hashtable
    var al = new ArrayList { 3, "x", 1.5 }; al.Insert(1, null);
    Console.WriteLine(al.Count + " " + al.Capacity + " " + al.Contains(null) + " " + al.IndexOf("x"));
    var al2 = new ArrayList { 5, 2, 8, 1 }; al2.Sort(); foreach (object o in al2) Console.Write(o + " "); Console.WriteLine(al2.BinarySearch(5));
    T(() => new ArrayList { new object(), new object() }.Sort());
    var ht = new Hashtable();
    for (int i = 0; i < 20; i++) ht[i * 3] = "v" + i;
    ht["s"] = 1; ht["hello"] = 2; ht.Remove(9); ht.Remove(12); ht[100] = "x";
    foreach (DictionaryEntry de in ht) Console.Write(de.Key + ":" + de.Value + " ");
    Console.WriteLine();
    foreach (object k in ht.Keys) Console.Write(k + " ");
    Console.WriteLine(ht.Count + " " + ht.ContainsKey(3) + " " + ht.ContainsValue("v2") + " " + (ht["nope"] == null));
    T(() => ht.Add("s", 2));
    // Comparers
    Console.WriteLine(Comparer<string>.Default.Compare("a", "B") + " " + StringComparer.Ordinal.Compare("a", "B") + " " + StringComparer.OrdinalIgnoreCase.Equals("ab", "AB"));
    Console.WriteLine(EqualityComparer<int?>.Default.Equals(null, 3) + " " + Comparer<int?>.Default.Compare(null, 3) + " " + Comparer<int?>.Default.Compare(5, 3));
    Console.WriteLine(Comparer<Box>.Default.Compare(new Box(1), new Box(2)) + " " + Comparer<object>.Default.Compare(1, 2));
    Console.WriteLine(Comparer<int>.Create((a, b) => b - a).Compare(1, 2));
    Console.WriteLine(new KeyValuePair<int, string>(1, null) + " " + string.Join("-", new List<int> { 1, 2 }) + " " + string.Concat(new List<string> { "a", "b" }) + string.Join(",", (IEnumerable<string>)new[] { "p", "q" }));
    int[] ka = { 3, 1, 2, 1 }; string[] va = { "c", "a", "b", "a2" };
    Array.Sort(ka, va); Console.WriteLine(J(ka) + " " + J(va));
    object[] oa = { 3, 1, 2 }; Array.Sort(oa); Console.WriteLine(J(oa));
    Array arr = new int[] { 9, 4, 6 }; Array.Sort(arr); foreach (object o in arr) Console.Write(o); Console.WriteLine(Array.BinarySearch(arr, 6));
    Console.WriteLine(Array.IndexOf(new[] { "a", "b" }, "b") + " " + Array.LastIndexOf(new[] { 1, 2, 1 }, 1) + " " + Array.FindLastIndex(new[] { 1, 2, 3 }, x => x < 3));
  }
}
