// RuntimeHelpers.IsReferenceOrContainsReferences<T>: true for every reference type (class,
// string, array, interface, delegate), false for primitives, enums and structs of them, true
// for a struct holding a reference at any depth, decided per generic instantiation (called
// directly and from inside a generic method and a generic class).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

struct Plain { public int a; public double b; }
struct WithString { public int a; public string s; }
struct Nested { public Plain p; public WithString w; }
struct Pair<T1, T2> { public T1 a; public T2 b; }
enum Color { Red, Green }
class Box<T>
{
    public bool Check() { return RuntimeHelpers.IsReferenceOrContainsReferences<T>(); }
}

class Program
{
    static string Of<T>() { return typeof(T).Name + "=" + RuntimeHelpers.IsReferenceOrContainsReferences<T>(); }

    static void Main()
    {
        Console.WriteLine(Of<int>() + " " + Of<double>() + " " + Of<char>() + " " + Of<Color>() + " " + Of<IntPtr>());
        Console.WriteLine(Of<string>() + " " + Of<object>() + " " + Of<int[]>() + " " + Of<IComparable>() + " " + Of<Action>());
        Console.WriteLine(Of<Plain>() + " " + Of<WithString>() + " " + Of<Nested>());
        Console.WriteLine(Of<Pair<int, long>>() + " " + Of<Pair<int, string>>() + " " + Of<Pair<Plain, Pair<int, object>>>());
        Console.WriteLine(Of<int?>() + " " + Of<KeyValuePair<int, int>>() + " " + Of<KeyValuePair<string, int>>());
        Console.WriteLine(new Box<Plain>().Check() + " " + new Box<WithString>().Check() + " " + new Box<List<int>>().Check());
        Console.WriteLine(RuntimeHelpers.IsReferenceOrContainsReferences<decimal>() + " " + RuntimeHelpers.IsReferenceOrContainsReferences<DateTime>());
    }
}
