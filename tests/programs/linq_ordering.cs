// LINQ ordering: OrderBy, OrderByDescending, ThenBy, ThenByDescending with and without
// comparers; the sort is stable, keys are strings, numbers, structs and nulls, and
// ThenBy goes through IOrderedEnumerable.CreateOrderedEnumerable (a generic virtual
// method on an interface).
using System;
using System.Collections.Generic;
using System.Linq;

class LinqOrdering
{
    struct Employee
    {
        public string Name;
        public string Dept;
        public int Salary;
        public double Rating;
        public Employee(string name, string dept, int salary, double rating)
        {
            Name = name; Dept = dept; Salary = salary; Rating = rating;
        }
        public override string ToString() { return Name; }
    }

    // Orders by length only, so that equal-length strings keep their input order.
    class ByLength : IComparer<string>
    {
        public int Compare(string x, string y) { return x.Length.CompareTo(y.Length); }
    }

    // Returns extreme values, which a descending sort must not negate.
    class Extreme : IComparer<int>
    {
        public int Compare(int x, int y) { return x < y ? int.MinValue : x > y ? int.MaxValue : 0; }
    }

    static void Show<T>(string label, IEnumerable<T> items)
    {
        Console.WriteLine(label + ": " + string.Join(" ", items));
    }

    static void Main()
    {
        int[] numbers = { 5, -3, 9, 0, 7, -3, 8, 2, 9 };
        Show("orderby", numbers.OrderBy(n => n));
        Show("orderbydesc", numbers.OrderByDescending(n => n));
        Show("abs", numbers.OrderBy(n => Math.Abs(n)));
        Show("parity-stable", numbers.OrderBy(n => n % 2 == 0));
        Show("extreme", numbers.OrderBy(n => n, new Extreme()));
        Show("extreme-desc", numbers.OrderByDescending(n => n, new Extreme()));

        string[] words = { "pear", "Apple", "fig", "banana", "kiwi", "apple", "Cherry", "date", "FIG" };
        Show("words", words.OrderBy(w => w));
        Show("words-ordinal", words.OrderBy(w => w, StringComparer.Ordinal));
        Show("words-ignorecase", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase));
        Show("bylength", words.OrderBy(w => w, new ByLength()));
        Show("length-then-alpha", words.OrderBy(w => w.Length).ThenBy(w => w));
        Show("length-then-desc", words.OrderBy(w => w.Length).ThenByDescending(w => w, StringComparer.Ordinal));
        Show("desc-length-then", words.OrderByDescending(w => w.Length).ThenBy(w => w.ToLower()).ThenBy(w => w, StringComparer.Ordinal));
        Show("first-char", words.OrderBy(w => char.ToLower(w[0])).ThenByDescending(w => w.Length, Comparer<int>.Default));

        Employee[] staff = {
            new Employee("Ann", "eng", 120, 4.5), new Employee("Bob", "ops", 90, 3.9),
            new Employee("Cid", "eng", 120, 4.1), new Employee("Dia", "ops", 95, 4.9),
            new Employee("Eli", "hr", 70, 4.1), new Employee("Fay", "eng", 100, 4.5),
        };
        Show("dept-salary", staff.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary));
        Show("rating-name", staff.OrderByDescending(e => e.Rating).ThenBy(e => e.Name));
        Show("three-keys", staff.OrderBy(e => e.Salary > 95).ThenBy(e => e.Dept).ThenByDescending(e => e.Rating));
        foreach (Employee e in staff.OrderBy(x => x.Salary).Take(2))
            Console.WriteLine("cheapest " + e.Name + " " + e.Salary);

        string[] withNulls = { "b", null, "a", null, "c" };
        Show("nulls", withNulls.OrderBy(s => s).Select(s => s ?? "<null>"));
        Show("nulls-desc", withNulls.OrderByDescending(s => s).Select(s => s ?? "<null>"));
        int?[] maybe = { 3, null, 1, 2, null };
        Show("nullable", maybe.OrderBy(n => n).Select(n => n.HasValue ? n.ToString() : "null"));

        double[] doubles = { 2.5, double.NaN, -1.0, double.PositiveInfinity, 0.0, double.NegativeInfinity };
        Show("doubles", doubles.OrderBy(d => d));

        // An ordered sequence is re-sorted each time it is enumerated.
        List<int> live = new List<int> { 3, 1, 2 };
        IOrderedEnumerable<int> sorted = live.OrderBy(n => n);
        Show("live1", sorted);
        live.Add(0);
        Show("live2", sorted);
        Console.WriteLine("first/last " + sorted.First() + " " + sorted.Last() + " count " + sorted.Count());

        Show("empty", new int[0].OrderBy(n => n).ThenBy(n => -n));
        Show("single", new[] { 42 }.OrderByDescending(n => n));
        Show("reverse-sorted", Enumerable.Range(1, 20).OrderByDescending(n => n).Reverse().Where(n => n % 3 == 0));

        // A larger input: a pseudo-random permutation sorted by two keys.
        int[] big = new int[500];
        int seed = 17;
        for (int i = 0; i < big.Length; i++)
        {
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF;
            big[i] = seed % 1000;
        }
        int[] sortedBig = big.OrderBy(n => n % 10).ThenByDescending(n => n).ToArray();
        bool ok = true;
        for (int i = 1; i < sortedBig.Length; i++)
        {
            int a = sortedBig[i - 1], b = sortedBig[i];
            if (a % 10 > b % 10 || (a % 10 == b % 10 && a < b))
                ok = false;
        }
        Console.WriteLine("big sorted " + ok + " sum " + sortedBig.Sum() + " head " + string.Join(",", sortedBig.Take(5)));
    }
}
