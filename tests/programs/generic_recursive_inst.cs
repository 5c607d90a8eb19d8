// Generic methods and types that instantiate themselves with a bigger argument (f<T> calls
// f<Wrap<T>>): the set of instantiations a program could reach is infinite, so an ahead-of-
// time compiler must stop expanding it; the calls a run makes still work in every mode.
using System;
using System.Collections.Generic;

struct Wrap<T> { public T Inner; }

class Chain<T>
{
    public int Depth;
    public Chain<List<T>> Next(int left)
    {
        if (left == 0) return null;
        var c = new Chain<List<T>>();
        c.Depth = Depth + 1;
        c.Next(left - 1);
        return c;
    }
    public string Name() { return typeof(T).Name; }
}

class Program
{
    static int calls;

    static string Nest<T>(int n)
    {
        calls++;
        if (n == 0) return typeof(T).Name;
        return Nest<Wrap<T>>(n - 1);
    }

    static int Count<T>(T value, int n)
    {
        if (n <= 0) return 1;
        Wrap<T> w;
        w.Inner = value;
        return 1 + Count(w, n - 1);
    }

    static void Main()
    {
        Console.WriteLine(Nest<int>(0) + " " + calls);
        Console.WriteLine(Nest<string>(3) + " " + calls);
        Console.WriteLine(Count(1.5, 4));
        Chain<int> c = new Chain<int>();
        Chain<List<int>> d = c.Next(3);
        Console.WriteLine(d.Depth + " " + d.Name());
    }
}
