// List<T>: Add, Insert, Remove, RemoveAt, RemoveAll, Contains, IndexOf, LastIndexOf, Sort()
// and Sort(Comparison), Reverse, Count, Capacity growth, indexer get/set, ToArray, foreach,
// AddRange, InsertRange, GetRange, Find/FindIndex/FindAll/Exists/TrueForAll, ConvertAll,
// BinarySearch, Clear, lists of structs and of strings.
using System;
using System.Collections.Generic;

struct Item { public string Name; public int Weight; public override string ToString() { return Name + ":" + Weight; } }

class Program
{
    static string Show<T>(List<T> l) { return "[" + string.Join(",", l.ConvertAll(x => x == null ? "null" : x.ToString()).ToArray()) + "] n=" + l.Count; }

    static void Main()
    {
        List<int> l = new List<int>();
        for (int i = 0; i < 10; i++) l.Add(i * 3 % 7);
        Console.WriteLine(Show(l));
        l.Insert(0, 100); l.Insert(5, 200); l.Insert(l.Count, 300);
        Console.WriteLine("inserts " + Show(l));
        Console.WriteLine("Remove(200) " + l.Remove(200) + " Remove(999) " + l.Remove(999) + " " + Show(l));
        l.RemoveAt(0); l.RemoveAt(l.Count - 1);
        Console.WriteLine("RemoveAt " + Show(l));
        Console.WriteLine("Contains 6 " + l.Contains(6) + " IndexOf 6 " + l.IndexOf(6) + " LastIndexOf 6 " + l.LastIndexOf(6) + " IndexOf 42 " + l.IndexOf(42));
        l[2] = -1; l[3] += 10;
        Console.WriteLine("indexer " + Show(l) + " l[3]=" + l[3]);
        l.Sort();
        Console.WriteLine("Sort " + Show(l) + " BinarySearch(4)=" + l.BinarySearch(4));
        l.Sort((a, b) => b - a);
        Console.WriteLine("Sort desc " + Show(l));
        l.Reverse();
        Console.WriteLine("Reverse " + Show(l));
        Console.WriteLine("RemoveAll even: " + l.RemoveAll(x => x % 2 == 0) + " " + Show(l));

        List<int> more = new List<int> { 7, 8, 9 };
        l.AddRange(more);
        l.InsertRange(1, new[] { -5, -6 });
        Console.WriteLine("ranges " + Show(l) + " GetRange(2,3) " + Show(l.GetRange(2, 3)));
        Console.WriteLine("Find >7: " + l.Find(x => x > 7) + " FindIndex <0: " + l.FindIndex(x => x < 0) + " FindAll odd: " + Show(l.FindAll(x => x % 2 != 0)) + " Exists 13: " + l.Exists(x => x == 13) + " TrueForAll <100: " + l.TrueForAll(x => x < 100) + " FindLast <0: " + l.FindLast(x => x < 0));
        int[] arr = l.ToArray();
        arr[0] = 999;
        Console.WriteLine("ToArray length " + arr.Length + " independent " + (l[0] != 999));
        int sum = 0;
        foreach (int v in l) sum += v;
        Console.WriteLine("sum " + sum);
        List<string> strs = l.ConvertAll(x => "#" + x);
        Console.WriteLine(Show(strs));

        List<string> words = new List<string>("the quick brown fox jumps over the lazy dog".Split(' '));
        words.Sort(string.CompareOrdinal);
        Console.WriteLine(Show(words));
        words.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        Console.WriteLine(Show(words));
        Console.WriteLine("IndexOf the " + words.IndexOf("the") + " Contains fox " + words.Contains("fox") + " Remove the " + words.Remove("the") + " " + words.Count);
        words.Add(null);
        Console.WriteLine("with null " + Show(words) + " IndexOf(null) " + words.IndexOf(null));

        List<Item> items = new List<Item> { new Item { Name = "b", Weight = 5 }, new Item { Name = "a", Weight = 9 }, new Item { Name = "c", Weight = 1 } };
        items.Sort((x, y) => x.Weight.CompareTo(y.Weight));
        Console.WriteLine(Show(items));
        Item first = items[0];
        first.Weight = 1000;                   // copy; list unchanged
        Console.WriteLine("after modifying copy " + items[0]);

        List<double> cap = new List<double>();
        int changes = 0, lastCap = cap.Capacity;
        for (int i = 0; i < 100; i++) { cap.Add(i); if (cap.Capacity != lastCap) { changes++; lastCap = cap.Capacity; } }
        Console.WriteLine("count " + cap.Count + " capacity>=count " + (cap.Capacity >= cap.Count) + " grew " + (changes > 0));
        cap.Clear();
        Console.WriteLine("cleared count " + cap.Count);
        List<int> copy = new List<int>(more);
        copy.Add(10);
        Console.WriteLine("copy ctor independent " + more.Count + " " + copy.Count);
    }
}
