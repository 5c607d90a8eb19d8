// Every empty T[] seen as IEnumerable<T> hands out one shared enumerator (as Mono does):
// it must say false on every MoveNext, however often empty arrays were enumerated before.
// (It used to be an array enumerator that remembered finishing, and the second foreach
// over any empty int[] ran its body once and threw from Current.)
using System;
using System.Collections.Generic;

class ArrEmptyEnumerator
{
    static int Count<T>(IEnumerable<T> items)
    {
        int n = 0;
        foreach (T item in items)
            n++;
        return n;
    }

    static void Main()
    {
        IEnumerable<int> ints = new int[0];
        for (int k = 0; k < 3; k++)
            Console.WriteLine("pass " + k + ": " + Count(ints) + " " + Count(new int[0]));

        IEnumerator<int> e = ints.GetEnumerator();
        Console.WriteLine(e.MoveNext());
        Console.WriteLine(e.MoveNext());
        try
        {
            Console.WriteLine(e.Current);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine("Current: " + ex.Message);
        }
        e.Reset();
        Console.WriteLine(e.MoveNext());

        IEnumerable<string> strings = new string[0];
        Console.WriteLine(Count(strings) + Count(strings));
        Console.WriteLine(Count(new string[] { "a", "b" }));
    }
}
