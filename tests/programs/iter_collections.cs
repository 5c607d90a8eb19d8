// foreach over arrays (int, string, struct, 2-D), List<T>, Dictionary<K,V> with
// KeyValuePair, Dictionary.Keys/Values, string characters, Queue/Stack, and explicit
// enumerator use of List<T>.
using System;
using System.Collections.Generic;

struct P { public int X, Y; public P(int x, int y) { X = x; Y = y; } }

class Program
{
    static void Main()
    {
        int[] ints = { 3, 1, 4, 1, 5 };
        int s = 0;
        foreach (int i in ints) s += i;
        Console.WriteLine("int[] sum " + s);

        foreach (string w in new[] { "x", "yy", "zzz" }) Console.Write(w.Length);
        Console.WriteLine();

        P[] ps = { new P(1, 2), new P(3, 4) };
        foreach (P p in ps) Console.Write("(" + p.X + "," + p.Y + ")");
        Console.WriteLine();

        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        foreach (int g in grid) Console.Write(g + " ");
        Console.WriteLine();

        List<string> names = new List<string> { "ann", "bob", "cy" };
        foreach (string n in names) Console.Write(n.ToUpper() + " ");
        Console.WriteLine();

        Dictionary<string, int> ages = new Dictionary<string, int>();
        ages["zed"] = 40; ages["amy"] = 31; ages["kim"] = 25;
        ages["amy"] = 32;                               // update keeps position
        foreach (KeyValuePair<string, int> kv in ages) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        foreach (string k in ages.Keys) Console.Write(k + " ");
        Console.WriteLine();
        int total = 0;
        foreach (int v in ages.Values) total += v;
        Console.WriteLine("values total " + total);

        Dictionary<int, List<string>> byLen = new Dictionary<int, List<string>>();
        foreach (string w in "a bb cc d eee ff".Split(' '))
        {
            if (!byLen.ContainsKey(w.Length)) byLen[w.Length] = new List<string>();
            byLen[w.Length].Add(w);
        }
        foreach (var kv in byLen) Console.WriteLine(kv.Key + ": " + string.Join("|", kv.Value.ToArray()));

        foreach (char c in "héllo") Console.Write((int)c + " ");
        Console.WriteLine();

        Queue<int> q = new Queue<int>(new[] { 1, 2, 3 });
        q.Dequeue(); q.Enqueue(4);
        foreach (int x in q) Console.Write(x);
        Console.Write(" / ");
        Stack<int> st = new Stack<int>(new[] { 1, 2, 3 });
        foreach (int x in st) Console.Write(x);
        Console.WriteLine();

        List<int>.Enumerator en = new List<int> { 7, 8, 9 }.GetEnumerator();
        while (en.MoveNext()) Console.Write(en.Current * 2 + " ");
        Console.WriteLine();

        // foreach over an interface-typed collection
        IEnumerable<int> seq = new List<int> { 5, 6 };
        foreach (int x in seq) Console.Write(x);
        ICollection<string> col = names;
        Console.WriteLine(" count " + col.Count);

        // Modifying a List during foreach throws InvalidOperationException
        try { foreach (string n in names) if (n == "bob") names.Add("dan"); }
        catch (InvalidOperationException) { Console.WriteLine("modified during enumeration -> InvalidOperationException"); }
    }
}
