// Keys and element types: IEquatable<T> and Equals-only classes as Dictionary keys, enum,
// char, double, bool and long keys, IComparable<T> structs and enums in List.Sort, a
// user IList<T> copied into a List (CopyTo), yield-based sources for List/Queue/Stack,
// EqualityComparer<T>/Comparer<T>.Default on nullable, enum and struct types.
using System;
using System.Collections;
using System.Collections.Generic;
enum Col { R, G, B }
class K : IEquatable<K> { public int X; public K(int x) { X = x; } public bool Equals(K o) { Console.Write("[eq]"); return o != null && o.X == X; } public override int GetHashCode() { return X % 3; } }
class K2 { public int X; public K2(int x) { X = x; } public override bool Equals(object o) { var k = o as K2; return k != null && k.X == X; } public override int GetHashCode() { return 1; } }
struct V : IComparable<V> { public int A; public V(int a) { A = a; } public int CompareTo(V o) { return o.A.CompareTo(A); } public override string ToString() { return "V" + A; } }
class MyList : IList<int> {
  List<int> inner = new List<int>();
  public int this[int i] { get { return inner[i]; } set { inner[i] = value; } }
  public int Count { get { return inner.Count; } }
  public bool IsReadOnly { get { return false; } }
  public void Add(int x) { inner.Add(x * 10); }
  public void Clear() { inner.Clear(); }
  public bool Contains(int x) { return inner.Contains(x); }
  public void CopyTo(int[] a, int i) { Console.Write("(CopyTo)"); inner.CopyTo(a, i); }
  public IEnumerator<int> GetEnumerator() { return inner.GetEnumerator(); }
  IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
  public int IndexOf(int x) { return inner.IndexOf(x); }
  public void Insert(int i, int x) { inner.Insert(i, x); }
  public bool Remove(int x) { return inner.Remove(x); }
  public void RemoveAt(int i) { inner.RemoveAt(i); }
}
class RevCmp : IComparer<string> { public int Compare(string a, string b) { return string.CompareOrdinal(b, a); } }
class P {
  static IEnumerable<int> Gen(int n) { for (int i = 0; i < n; i++) yield return i * i; }
  static string J<T>(IEnumerable<T> xs) { return string.Join(",", xs); }
  static int Sum(IReadOnlyList<int> xs) { int s = 0; for (int i = 0; i < xs.Count; i++) s += xs[i]; return s; }
  static bool Eq<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
  static void Main() {
    var dk = new Dictionary<K, string>(); dk[new K(1)] = "a"; dk[new K(4)] = "b"; dk[new K(1)] = "c";
    Console.WriteLine(); Console.WriteLine(dk.Count + " " + dk[new K(4)]);
    var dk2 = new Dictionary<K2, int>(); dk2[new K2(1)] = 1; dk2[new K2(2)] = 2; dk2[new K2(1)] += 5; Console.WriteLine(dk2.Count + " " + dk2[new K2(1)]);
    var de = new Dictionary<Col, int> { { Col.B, 1 }, { Col.R, 2 } }; de[Col.G] = 3; Console.WriteLine(J(de));
    var dc = new Dictionary<char, int>(); foreach (char c in "hello world") { int n; dc.TryGetValue(c, out n); dc[c] = n + 1; } Console.WriteLine(J(dc));
    var dd = new Dictionary<double, bool> { { 1.5, true }, { -0.0, false } }; Console.WriteLine(dd.ContainsKey(0.0) + " " + dd.ContainsKey(1.5));
    var db = new Dictionary<bool, string> { { true, "t" }, { false, "f" } }; Console.WriteLine(db[false]);
    var dl = new Dictionary<long, int>(); dl[1L << 40] = 1; Console.WriteLine(dl.ContainsKey(1L << 40) + " " + dl.ContainsKey(0));
    var vs = new List<V> { new V(1), new V(3), new V(2) }; vs.Sort(); Console.WriteLine(J(vs));
    var es = new List<Col> { Col.B, Col.R, Col.G }; es.Sort(); Console.WriteLine(J(es) + " " + es.Contains(Col.G) + " " + es.IndexOf(Col.R));
    var g = new List<int>(Gen(5)); g.AddRange(Gen(3)); g.InsertRange(2, Gen(2)); Console.WriteLine(J(g) + " cap " + g.Capacity);
    var ml = new MyList(); ml.Add(1); ml.Add(2);
    var fromMl = new List<int>(ml); Console.WriteLine(" " + J(fromMl) + " " + Sum(fromMl));
    var sd = new SortedDictionary<string, int>(new RevCmp()) { { "a", 1 }, { "c", 3 }, { "b", 2 } }; Console.WriteLine(J(sd));
    Console.WriteLine(Eq("a", "a") + " " + Eq(1, 2) + " " + Eq<object>(null, null) + " " + Eq(Col.R, Col.R) + " " + Eq(new V(1), new V(1)) + " " + Eq<int?>(3, 3));
    Console.WriteLine(Comparer<Col>.Default.Compare(Col.B, Col.R) + " " + Comparer<V>.Default.Compare(new V(1), new V(2)) + " " + Comparer<string>.Default.Compare(null, "a"));
    var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "A", "b", "a", "B" }; Console.WriteLine(hs.Count + " " + J(hs));
    IEnumerable<KeyValuePair<string, int>> kvs = new Dictionary<string, int> { { "x", 1 }, { "y", 2 } };
    var copy = new Dictionary<string, int>(new Dictionary<string, int> { { "x", 1 }, { "y", 2 } }); Console.WriteLine(J(copy));
    foreach (var kv in kvs) Console.Write(kv.Key + kv.Value);
    Console.WriteLine();
    ICollection<KeyValuePair<string, int>> coll = copy; Console.WriteLine(coll.Contains(new KeyValuePair<string, int>("x", 1)) + " " + coll.Count);
    var lk = new List<K> { new K(1), null }; Console.WriteLine(lk.IndexOf(null) + " " + lk.Contains(new K(1)));
    Console.WriteLine();
    object o = new List<int> { 1 }; Console.WriteLine((o is IList) + " " + (o is ICollection<int>) + " " + (o is IEnumerable<int>) + " " + (o is IReadOnlyList<int>) + " " + (o is IList<string>));
    var q = new Queue<int>(Gen(4)); Console.WriteLine(J(q)); var st = new Stack<int>(Gen(4)); Console.WriteLine(J(st));
    var il = new LinkedList<string>(); il.AddLast("a"); il.AddLast("b"); foreach (var s in il) Console.Write(s); Console.WriteLine(il.Contains("b"));
  }
}
