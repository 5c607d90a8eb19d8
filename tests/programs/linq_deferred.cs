// LINQ's deferred execution: which operators run when they are called and which when they
// are enumerated, how far each one pulls its source (traced by a logging iterator), and
// that a query sees changes to its source made after it was built.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqDeferred
{
    static List<string> log = new List<string>();

    static IEnumerable<int> Source(string name, params int[] items)
    {
        log.Add(name + ":start");
        try
        {
            foreach (int item in items)
            {
                log.Add(name + ":" + item);
                yield return item;
            }
            log.Add(name + ":end");
        }
        finally
        {
            log.Add(name + ":dispose");
        }
    }

    static void Flush(string label)
    {
        Console.WriteLine(label + " | " + string.Join(" ", log));
        log.Clear();
    }

    static int Key(string who, int n)
    {
        log.Add(who + "(" + n + ")");
        return n;
    }

    static void Main()
    {
        IEnumerable<int> q = Source("s", 1, 2, 3, 4).Where(n => { log.Add("where" + n); return n % 2 == 0; }).Select(n => { log.Add("sel" + n); return n * 10; });
        Flush("built");
        foreach (int n in q)
            log.Add("got" + n);
        Flush("foreach");
        Console.WriteLine("first " + q.First());
        Flush("first");

        Source("s", 1, 2, 3, 4, 5).Take(2).ToList();
        Flush("take2");
        Source("s", 1, 2, 3).Skip(1).Take(1).ToList();
        Flush("skip1take1");
        Source("s", 1, 2, 3, 4).TakeWhile(n => n < 3).ToList();
        Flush("takewhile");
        Source("s", 1, 2).Concat(Source("t", 3)).Take(2).ToList();
        Flush("concat-take2");
        Source("a", 1, 2, 3).Zip(Source("b", 10, 20), (x, y) => x + y).ToList();
        Flush("zip");
        Console.WriteLine("any " + Source("s", 5, 6).Any());
        Flush("any");
        Console.WriteLine("any-pred " + Source("s", 5, 6, 7).Any(n => n == 6));
        Flush("any-pred");
        Console.WriteLine("all " + Source("s", 5, 6, 7).All(n => n < 6));
        Flush("all");
        Console.WriteLine("contains " + Source("s", 5, 6, 7).Contains(6));
        Flush("contains");
        Console.WriteLine("elementat " + Source("s", 5, 6, 7).ElementAt(1));
        Flush("elementat");
        Console.WriteLine("single-pred " + Source("s", 5, 6, 7).Single(n => n == 6));
        Flush("single-pred");
        try
        {
            Source("s", 1, 2, 3).Single();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("single: " + e.Message);
        }
        Flush("single");
        Console.WriteLine("sequenceequal " + Source("a", 1, 2, 3).SequenceEqual(Source("b", 1, 5, 3)));
        Flush("sequenceequal");

        IEnumerable<int> distinct = Source("s", 3, 1, 3, 2).Distinct();
        Flush("distinct-built");
        using (IEnumerator<int> e = distinct.GetEnumerator())
        {
            e.MoveNext();
            Flush("distinct-first");
        }
        Flush("distinct-disposed");

        Source("a", 1, 2, 3).Except(Source("b", 2)).First();
        Flush("except-first");
        Source("a", 1, 2, 3).Intersect(Source("b", 3, 2)).First();
        Flush("intersect-first");
        Source("a", 1, 2).Union(Source("b", 3)).Take(2).ToList();
        Flush("union-take2");

        IEnumerable<int> sorted = Source("s", 3, 1, 2).OrderBy(n => Key("k1", n)).ThenByDescending(n => Key("k2", n));
        Flush("orderby-built");
        sorted.First();
        Flush("orderby-first");
        sorted.ToList();
        Flush("orderby-tolist");
        Console.WriteLine("orderby-count " + sorted.Count());
        Flush("orderby-count");
        sorted.Last();
        Flush("orderby-last");
        sorted.First(n => n > 1);
        Flush("orderby-first-pred");
        sorted.LastOrDefault(n => n < 3);
        Flush("orderby-last-pred");
        Console.WriteLine("orderby-elementat " + sorted.ElementAt(0) + " " + sorted.ElementAtOrDefault(2));
        Flush("orderby-elementat");
        Console.WriteLine("ties " + Source("s", 21, 12, 31, 22).OrderBy(n => Key("mod", n % 10)).First() + " " + Source("s", 21, 12, 31, 22).OrderBy(n => n % 10).Last());
        Flush("orderby-ties");

        IEnumerable<IGrouping<int, int>> groups = Source("s", 1, 2, 3, 4).GroupBy(n => Key("key", n % 2));
        Flush("groupby-built");
        groups.First();
        Flush("groupby-first");
        Source("s", 1, 2).ToLookup(n => n);
        Flush("tolookup");

        Source("o", 1, 2, 3).Join(Source("i", 2, 3, 4), o => Key("ok", o), i => Key("ik", i), (o, i) => o * i).ToList();
        Flush("join");
        Source("o").Join(Source("i", 1), o => o, i => i, (o, i) => o).ToList();
        Flush("join-empty-outer");
        Source("o", 1, 2).Join(Source("i"), o => Key("ok", o), i => i, (o, i) => o).ToList();
        Flush("join-empty-inner");
        Source("o", 1, 2).GroupJoin(Source("i", 2, 2), o => Key("ok", o), i => Key("ik", i), (o, ins) => ins.Count()).ToList();
        Flush("groupjoin");

        Source("s", 1, 2, 3).Reverse().First();
        Flush("reverse-first");
        Source("s", 1, 2, 3, 4).SkipLast(2).ToList();
        Flush("skiplast");
        Source("s", 1, 2, 3, 4).TakeLast(2).ToList();
        Flush("takelast");
        Source("s").DefaultIfEmpty(7).ToList();
        Flush("defaultifempty");
        Source("s", 1, 2, 3).Select((n, i) => n * i).Last();
        Flush("select-last");
        Source("s", 1, 2, 3).Count();
        Flush("count");

        // Select, Skip and Take over a list, an array or a Range reach elements by index:
        // a selector runs only for the elements asked for (but Count runs it on all).
        int[] arr = { 1, 2, 3, 4 };
        List<int> lst = new List<int>(arr);
        arr.Select(n => Key("f", n)).Last();
        Flush("array-select-last");
        lst.Select(n => Key("f", n)).Skip(1).First();
        Flush("list-select-skip-first");
        Enumerable.Range(1, 4).Select(n => Key("f", n)).Take(3).Last();
        Flush("range-select-take-last");
        Console.WriteLine("elementat " + arr.Select(n => Key("f", n)).Select(n => Key("g", n * 10)).ElementAt(2));
        Flush("select-select-elementat");
        Console.WriteLine("count " + arr.Skip(1).Select(n => Key("f", n)).Count());
        Flush("skip-select-count");
        arr.Select(n => Key("f", n)).Skip(1).Take(2).ToList();
        Flush("select-skip-take-tolist");
        Console.WriteLine("outside " + arr.Select(n => Key("f", n)).Skip(10).FirstOrDefault() + " " + arr.Take(2).Select(n => Key("f", n)).ElementAtOrDefault(2));
        Flush("outside");
        IEnumerable<int> window = lst.Skip(1).Select(n => n * 100);
        lst.Add(5);
        Console.WriteLine("live window " + string.Join(",", window) + " last " + window.Last());

        // Argument checks happen at the call, enumeration later.
        try
        {
            Source("s", 1).Where((Func<int, bool>)null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("eager check: " + e.ParamName);
        }
        Flush("where-null");
        IEnumerable<int> bad = Source("s", 1, 0).Select(n => 10 / n);
        Flush("lazy-error-built");
        try
        {
            foreach (int n in bad)
                log.Add("got" + n);
        }
        catch (DivideByZeroException)
        {
            log.Add("caught");
        }
        Flush("lazy-error");

        // A query sees the source as it is when enumerated.
        List<string> names = new List<string> { "ann", "bob" };
        IEnumerable<string> upper = names.Where(s => s.Length == 3).Select(s => s.ToUpper());
        names.Add("cyd");
        names.Add("dorothy");
        Console.WriteLine(string.Join(",", upper));
        int threshold = 1;
        IEnumerable<int> above = new[] { 1, 2, 3 }.Where(n => n > threshold);
        threshold = 2;
        Console.WriteLine(string.Join(",", above));
        int[] data = { 1, 2, 3 };
        IEnumerable<int> fromArray = data.Select(n => n * n);
        data[0] = 10;
        Console.WriteLine(string.Join(",", fromArray));

        // Modifying a list while a query enumerates it throws from the list's enumerator.
        List<int> changing = new List<int> { 1, 2, 3 };
        try
        {
            foreach (int n in changing.Where(n => n > 0))
                if (n == 2)
                    changing.Add(4);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("modified: " + e.Message);
        }

        // Each enumeration of an iterator-based query starts over.
        IEnumerable<int> counter = Source("s", 1, 2).Select(n => n + 100);
        Console.WriteLine(counter.Sum() + counter.Sum());
        Flush("twice");
        IEnumerator<int> en = counter.GetEnumerator();
        IEnumerator<int> en2 = counter.GetEnumerator();
        en.MoveNext();
        en2.MoveNext();
        en2.MoveNext();
        Console.WriteLine("independent " + en.Current + " " + en2.Current);
        en.Dispose();
        en2.Dispose();
        Flush("independent");
    }
}
