// Array.Sort: int[], double[], string[] (with StringComparer.Ordinal and ordinal Comparison),
// char[], user IComparable<T> classes, a Comparison<T> delegate, a ranged sort, sorting
// keys with items, and Array.BinarySearch on the result.
using System;

class Person : IComparable<Person>
{
    public string Name; public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
    public int CompareTo(Person o) { return Age.CompareTo(o.Age); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class Program
{
    static string Show<T>(T[] a) { return string.Join(" ", Array.ConvertAll(a, x => x.ToString())); }

    static void Main()
    {
        int[] ints = { 42, -7, 19, 0, 3, 3, int.MaxValue, int.MinValue, 100 };
        Array.Sort(ints);
        Console.WriteLine(Show(ints));
        Console.WriteLine("BinarySearch 19 -> " + Array.BinarySearch(ints, 19) + ", 5 -> " + Array.BinarySearch(ints, 5));

        double[] ds = { 2.5, -1.0, 10.0, 0.125, -3.75 };
        Array.Sort(ds);
        Console.WriteLine(Show(ds));

        string[] words = { "pear", "Apple", "banana", "apple", "Zebra", "cherry", "B" };
        string[] ord = (string[])words.Clone();
        Array.Sort(ord, StringComparer.Ordinal);
        Console.WriteLine("ordinal: " + Show(ord));
        string[] ord2 = (string[])words.Clone();
        Array.Sort(ord2, (a, b) => string.CompareOrdinal(a, b));
        Console.WriteLine("CompareOrdinal delegate: " + Show(ord2));
        string[] byLen = (string[])words.Clone();
        Array.Sort(byLen, (a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        Console.WriteLine("by length: " + Show(byLen));

        char[] cs = "sortingchars".ToCharArray();
        Array.Sort(cs);
        Console.WriteLine(new string(cs));

        Person[] people = { new Person("Ann", 31), new Person("Bob", 25), new Person("Cy", 40), new Person("Di", 19) };
        Array.Sort(people);
        Console.WriteLine("by age: " + Show(people));
        Array.Sort(people, (x, y) => string.CompareOrdinal(y.Name, x.Name));
        Console.WriteLine("by name desc: " + Show(people));

        int[] part = { 9, 8, 7, 6, 5, 4, 3, 2, 1 };
        Array.Sort(part, 2, 5);
        Console.WriteLine("ranged sort(2,5): " + Show(part));

        int[] keys = { 3, 1, 2 };
        string[] items = { "three", "one", "two" };
        Array.Sort(keys, items);
        Console.WriteLine("keys " + Show(keys) + " items " + Show(items));

        long[] big = new long[200];
        for (int i = 0; i < big.Length; i++) big[i] = (i * 7919L) % 211 - 100;
        Array.Sort(big);
        bool sorted = true;
        for (int i = 1; i < big.Length; i++) if (big[i - 1] > big[i]) sorted = false;
        Console.WriteLine("200 longs sorted: " + sorted + " min " + big[0] + " max " + big[199]);

        Array.Sort(ints, (a, b) => b.CompareTo(a));
        Console.WriteLine("desc: " + Show(ints));
    }
}
