// yield return iterators: ranges, infinite generators cut by the consumer, yield break,
// iterators with parameters and local state, IEnumerator<T> methods, lazy evaluation order.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Range(int from, int count)
    {
        for (int i = 0; i < count; i++) yield return from + i;
    }

    static IEnumerable<long> Fibs()
    {
        long a = 0, b = 1;
        while (true) { yield return a; long t = a + b; a = b; b = t; }
    }

    static IEnumerable<int> UntilNegative(int[] xs)
    {
        foreach (int x in xs)
        {
            if (x < 0) yield break;
            yield return x;
        }
        Console.WriteLine("  (UntilNegative ran to the end)");
    }

    static IEnumerable<string> Traced(string tag, int n)
    {
        Console.WriteLine("  " + tag + ": start");
        for (int i = 0; i < n; i++)
        {
            Console.WriteLine("  " + tag + ": yielding " + i);
            yield return tag + i;
        }
        Console.WriteLine("  " + tag + ": end");
    }

    static IEnumerator<char> Letters(string s)
    {
        for (int i = s.Length - 1; i >= 0; i--) yield return s[i];
    }

    static IEnumerable<int> Empty() { yield break; }

    static void Main()
    {
        foreach (int x in Range(5, 4)) Console.Write(x + " ");
        Console.WriteLine();

        int n = 0;
        foreach (long f in Fibs()) { if (++n > 15) break; Console.Write(f + " "); }
        Console.WriteLine();

        foreach (int x in UntilNegative(new[] { 1, 2, -1, 3 })) Console.Write(x + " ");
        Console.WriteLine();
        foreach (int x in UntilNegative(new[] { 7, 8 })) Console.Write(x + " ");
        Console.WriteLine();

        Console.WriteLine("creating iterator");
        IEnumerable<string> t = Traced("t", 2);
        Console.WriteLine("created; nothing ran yet");
        foreach (string s in t) Console.WriteLine("got " + s);

        IEnumerator<char> e = Letters("abc");
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine(" MoveNext after end: " + e.MoveNext());

        int count = 0;
        foreach (int x in Empty()) count++;
        Console.WriteLine("empty count " + count);

        // Each GetEnumerator call gets independent state
        IEnumerable<int> r = Range(1, 3);
        IEnumerator<int> e1 = r.GetEnumerator(), e2 = r.GetEnumerator();
        e1.MoveNext(); e1.MoveNext(); e2.MoveNext();
        Console.WriteLine("independent: " + e1.Current + " " + e2.Current);

        List<int> collected = new List<int>(Range(10, 5));
        Console.WriteLine("List from iterator: " + collected.Count + " last " + collected[collected.Count - 1]);

        int sum = 0;
        foreach (int x in Range(1, 100)) sum += x;
        Console.WriteLine("sum 1..100 = " + sum);
    }
}
