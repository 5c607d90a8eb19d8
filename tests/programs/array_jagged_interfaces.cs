// Jagged arrays through their generic interfaces: an int[][] is an IEnumerable<int[]> and,
// by array covariance, an IEnumerable<object>, IList<Array> and IList<IList<int>> too. Its
// element type int[] gains its own generic interfaces (IList<int>...) only when first asked,
// so the outer array must leave room for the families those bring (a regression: ilc died
// with an internal error, then hung on exit, when SelectMany walked an int[][]).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class JaggedInterfaces
{
    static int Total(IEnumerable<IEnumerable<int>> rows)
    {
        int sum = 0;
        foreach (var row in rows)
            foreach (var x in row)
                sum += x;
        return sum;
    }

    static void Main()
    {
        int[][] jag = { new[] { 1, 2 }, new[] { 3 }, new int[0], new[] { 4, 5, 6 } };
        Console.WriteLine(string.Join(",", jag.SelectMany(r => r)));
        Console.WriteLine(Total(jag));

        IList<int> first = jag[0];
        Console.WriteLine(first.Count + " " + first[1] + " " + first.Contains(2));

        IEnumerable<object> objs = jag;
        Console.WriteLine(objs.Count() + " " + (objs.First() is int[]));

        IList<IList<int>> lists = jag;
        Console.WriteLine(lists[3].IndexOf(5) + " " + lists.Count);

        IList<Array> arrays = jag;
        Console.WriteLine(arrays[3].Length);

        ICollection<IEnumerable<int>> coll = jag;
        Console.WriteLine(coll.Count + " " + (jag is IReadOnlyList<IReadOnlyList<int>>));

        string[][] words = { new[] { "a", "b" }, new[] { "c" } };
        IEnumerable<IEnumerable<object>> nested = words;
        Console.WriteLine(string.Join("|", nested.Select(r => string.Join("+", r))));
        Console.WriteLine(words.SelectMany(r => r).Aggregate((a, b) => a + b));

        int[][][] deep = { jag, new[] { new[] { 7 } } };
        Console.WriteLine(deep.SelectMany(j => j).SelectMany(r => r).Sum());
        IEnumerable<IList<int[]>> deepLists = deep;
        Console.WriteLine(deepLists.Count() + " " + deepLists.First().Count);

        var grid = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, i + 1).ToArray()).ToArray();
        Console.WriteLine(string.Join(";", grid.Select(r => r.Length)));
        ICollection nonGeneric = grid;
        Console.WriteLine(nonGeneric.Count);
    }
}
