// LINQ to Objects, method syntax: filtering, projection, partitioning, concatenation,
// element access and conversions over arrays, lists, iterators and strings.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqBasic
{
    static void Show<T>(string label, IEnumerable<T> items)
    {
        Console.WriteLine(label + ": [" + string.Join(", ", items) + "]");
    }

    static IEnumerable<int> Squares(int n)
    {
        for (int i = 1; i <= n; i++)
            yield return i * i;
    }

    class Person
    {
        public string Name;
        public int Age;
        public Person(string name, int age) { Name = name; Age = age; }
        public override string ToString() { return Name + "(" + Age + ")"; }
    }

    static void Main()
    {
        int[] numbers = { 5, 3, 9, 1, 7, 3, 8, 2 };
        List<int> list = new List<int>(numbers);

        Show("where", numbers.Where(n => n > 4));
        Show("where-indexed", numbers.Where((n, i) => i % 2 == 0));
        Show("select", list.Select(n => n * 10));
        Show("select-indexed", numbers.Select((n, i) => i + ":" + n));
        Show("where-select", Squares(6).Where(n => n % 2 == 0).Select(n => "sq" + n));
        Show("selectmany", new[] { "ab", "cde" }.SelectMany(s => s.ToCharArray()));
        Show("selectmany-indexed", new[] { 1, 2, 3 }.SelectMany((n, i) => Enumerable.Repeat(i, n)));
        Show("selectmany-result", new[] { 1, 2 }.SelectMany(n => new[] { "x", "y" }, (n, s) => s + n));

        Show("take", numbers.Take(3));
        Show("take0", numbers.Take(0));
        Show("take-more", numbers.Take(100));
        Show("skip", numbers.Skip(5));
        Show("skip-neg", numbers.Skip(-2));
        Show("takewhile", numbers.TakeWhile(n => n != 1));
        Show("takewhile-indexed", numbers.TakeWhile((n, i) => i < 4));
        Show("skipwhile", numbers.SkipWhile(n => n > 2));
        Show("skipwhile-indexed", numbers.SkipWhile((n, i) => n > i));
        Show("takelast", numbers.TakeLast(3));
        Show("skiplast", numbers.SkipLast(3));
        Show("concat", numbers.Take(2).Concat(Squares(3)));
        Show("append", Squares(2).Append(99));
        Show("prepend", Squares(2).Prepend(-1));
        Show("zip", numbers.Zip(new[] { "a", "b", "c" }, (n, s) => s + n));
        Show("reverse", numbers.Reverse());
        Show("range", Enumerable.Range(-2, 5));
        Show("repeat", Enumerable.Repeat("hi", 3));
        Show("empty", Enumerable.Empty<string>());
        Show("defaultifempty", Enumerable.Empty<int>().DefaultIfEmpty());
        Show("defaultifempty-value", new int[0].DefaultIfEmpty(42));
        Show("defaultifempty-full", numbers.Take(2).DefaultIfEmpty(42));

        object[] mixed = { 1, "two", 3, null, 4.5, "six", 7 };
        Show("oftype-int", mixed.OfType<int>());
        Show("oftype-string", mixed.OfType<string>());
        System.Collections.ArrayList al = new System.Collections.ArrayList { 3, 1, 2 };
        Show("cast", al.Cast<int>().Select(n => n * 2));
        Show("asenumerable", list.AsEnumerable().Where(n => n < 3));

        Console.WriteLine("first " + numbers.First() + " " + numbers.First(n => n > 5));
        Console.WriteLine("firstordefault " + new int[0].FirstOrDefault() + " " + numbers.FirstOrDefault(n => n > 100));
        Console.WriteLine("last " + numbers.Last() + " " + Squares(5).Last() + " " + numbers.Last(n => n < 5));
        Console.WriteLine("lastordefault " + Squares(0).LastOrDefault() + " " + list.LastOrDefault(n => n > 100));
        Console.WriteLine("single " + new[] { 4 }.Single() + " " + numbers.Single(n => n == 9));
        Console.WriteLine("singleordefault " + new int[0].SingleOrDefault() + " " + numbers.SingleOrDefault(n => n == 100));
        Console.WriteLine("elementat " + numbers.ElementAt(2) + " " + Squares(5).ElementAt(3));
        Console.WriteLine("elementatordefault " + numbers.ElementAtOrDefault(20) + " " + Squares(5).ElementAtOrDefault(-1) + " " + Squares(5).ElementAtOrDefault(4));
        Console.WriteLine("string first " + (new string[0].FirstOrDefault() == null));

        Console.WriteLine("any " + numbers.Any() + " " + new int[0].Any() + " " + numbers.Any(n => n > 8) + " " + numbers.Any(n => n > 9));
        Console.WriteLine("all " + numbers.All(n => n > 0) + " " + numbers.All(n => n > 1) + " " + new int[0].All(n => false));
        Console.WriteLine("count " + numbers.Count() + " " + Squares(7).Count() + " " + numbers.Count(n => n == 3));
        Console.WriteLine("longcount " + numbers.LongCount() + " " + Squares(4).LongCount(n => n > 3));
        Console.WriteLine("contains " + numbers.Contains(7) + " " + Squares(4).Contains(9) + " " + Squares(4).Contains(10));
        Console.WriteLine("contains-comparer " + new[] { "Apple", "pear" }.Contains("APPLE", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine("sequenceequal " + numbers.SequenceEqual(list) + " " + Squares(3).SequenceEqual(new[] { 1, 4, 9 }) + " " + Squares(3).SequenceEqual(new[] { 1, 4 }) + " " + numbers.SequenceEqual(numbers.Take(7)));

        int[] array = Squares(5).ToArray();
        Console.WriteLine("toarray " + array.Length + " " + array[4]);
        List<string> strings = numbers.Select(n => "n" + n).ToList();
        strings.Add("end");
        Show("tolist", strings);
        Dictionary<string, int> ages = new[] { new Person("Ann", 31), new Person("Bob", 25), new Person("Cy", 40) }.ToDictionary(p => p.Name, p => p.Age);
        foreach (KeyValuePair<string, int> kv in ages)
            Console.WriteLine("todictionary " + kv.Key + "=" + kv.Value);
        Dictionary<int, Person> byAge = new[] { new Person("Dee", 20), new Person("Eve", 22) }.ToDictionary(p => p.Age);
        Console.WriteLine("todictionary-key " + byAge[22]);
        HashSet<int> set = numbers.ToHashSet();
        Console.WriteLine("tohashset " + set.Count + " " + set.Contains(3));
        Show("chars", "hello world".Where(char.IsLetter).Select(char.ToUpper));
        Console.WriteLine(new string("stressed".Reverse().ToArray()));
    }
}
