// Dictionary<K,V>: Add, indexer get/set (insert or update), TryGetValue, ContainsKey,
// ContainsValue, Remove, Count, Keys, Values, foreach in insertion order (no removals),
// KeyNotFoundException, duplicate Add -> ArgumentException, int/string/enum/struct keys,
// word counting, and order-independent output after removals (sorted keys).
using System;
using System.Collections.Generic;

enum Color { Red, Green, Blue }
struct Key { public int A, B; public Key(int a, int b) { A = a; B = b; } }

class Program
{
    static void Main()
    {
        Dictionary<string, int> d = new Dictionary<string, int>();
        d.Add("one", 1);
        d.Add("two", 2);
        d["three"] = 3;
        d["two"] = 22;
        Console.WriteLine("count " + d.Count + " two=" + d["two"] + " ContainsKey(three) " + d.ContainsKey("three") + " ContainsKey(four) " + d.ContainsKey("four") + " ContainsValue(22) " + d.ContainsValue(22));
        foreach (KeyValuePair<string, int> kv in d) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine("keys " + string.Join(",", new List<string>(d.Keys).ToArray()) + " values " + string.Join(",", Array.ConvertAll(new List<int>(d.Values).ToArray(), x => x.ToString())));

        int v;
        Console.WriteLine("TryGetValue one " + d.TryGetValue("one", out v) + " " + v + ", missing " + d.TryGetValue("zzz", out v) + " " + v);
        try { Console.WriteLine(d["missing"]); }
        catch (KeyNotFoundException e) { Console.WriteLine("missing key -> " + e.GetType().Name); }
        try { d.Add("one", 111); }
        catch (ArgumentException e) { Console.WriteLine("duplicate Add -> " + e.GetType().Name); }
        Console.WriteLine("Remove two " + d.Remove("two") + " Remove two again " + d.Remove("two") + " count " + d.Count);

        // word counts, printed in sorted key order
        Dictionary<string, int> counts = new Dictionary<string, int>();
        foreach (string w in "the cat and the hat and the bat sat on the mat".Split(' '))
        {
            int c;
            counts.TryGetValue(w, out c);
            counts[w] = c + 1;
        }
        List<string> keys = new List<string>(counts.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (string k in keys) Console.Write(k + ":" + counts[k] + " ");
        Console.WriteLine();

        Dictionary<int, string> squares = new Dictionary<int, string>();
        for (int i = -5; i <= 5; i++) squares[i * i] = (squares.ContainsKey(i * i) ? squares[i * i] + "/" : "") + i;
        foreach (var kv in squares) Console.Write(kv.Key + "<-" + kv.Value + " ");
        Console.WriteLine();

        Dictionary<Color, int> byColor = new Dictionary<Color, int> { { Color.Blue, 3 }, { Color.Red, 1 } };
        byColor[Color.Green] = 2;
        byColor[Color.Red] += 10;
        foreach (var kv in byColor) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();

        Dictionary<Key, string> grid = new Dictionary<Key, string>();
        grid[new Key(1, 2)] = "a";
        grid[new Key(2, 1)] = "b";
        grid[new Key(1, 2)] = "c";             // same key by value
        Console.WriteLine("struct keys count " + grid.Count + " (1,2)=" + grid[new Key(1, 2)]);

        Dictionary<long, double> big = new Dictionary<long, double>();
        for (long i = 0; i < 2000; i++) big[i * 1000003L] = i * 0.5;
        for (long i = 0; i < 2000; i += 2) big.Remove(i * 1000003L);
        double total = 0;
        foreach (double x in big.Values) total += x;
        Console.WriteLine("big count " + big.Count + " total " + total + " has 999*1000003 " + big.ContainsKey(999 * 1000003L) + " has 998*1000003 " + big.ContainsKey(998 * 1000003L));

        Dictionary<string, List<int>> multi = new Dictionary<string, List<int>>();
        multi["x"] = new List<int>();
        multi["x"].Add(5);
        multi["x"].Add(6);
        Console.WriteLine("nested list count " + multi["x"].Count);
        d.Clear();
        Console.WriteLine("cleared count " + d.Count);
    }
}
