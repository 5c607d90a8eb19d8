// A struct implementing interfaces: called directly (no boxing, mutations stick), through
// an interface reference (boxed copy: mutations affect the box only), through generic
// constrained calls, and its overridden ToString/Equals/GetHashCode.
using System;
using System.Collections.Generic;

interface ICounter
{
    int Count { get; }
    void Increment();
}

interface INamed { string Name(); }

struct Counter : ICounter, INamed
{
    int count;
    public int Count { get { return count; } }
    public void Increment() { count++; }
    public string Name() { return "Counter(" + count + ")"; }
    public override string ToString() { return "C" + count; }
}

class Program
{
    static void Bump(ICounter c) { c.Increment(); }
    static void BumpGeneric<T>(ref T c) where T : ICounter { c.Increment(); }
    static void BumpCopy<T>(T c) where T : ICounter { c.Increment(); Console.WriteLine("  copy inside: " + c.Count); }
    static string Describe(INamed n) { return n.Name(); }

    static void Main()
    {
        Counter c = new Counter();
        c.Increment();
        c.Increment();
        Console.WriteLine("direct: " + c.Count);

        Bump(c);  // boxes a copy
        Console.WriteLine("after Bump(boxed copy): " + c.Count);

        ICounter boxed = c;
        boxed.Increment();
        boxed.Increment();
        Console.WriteLine("boxed: " + boxed.Count + " original: " + c.Count);

        Counter unboxed = (Counter)boxed;
        Console.WriteLine("unboxed: " + unboxed.Count);

        BumpGeneric(ref c);
        Console.WriteLine("after BumpGeneric(ref): " + c.Count);
        BumpCopy(c);
        Console.WriteLine("after BumpCopy: " + c.Count);

        Console.WriteLine("Describe: " + Describe(c));
        Console.WriteLine("ToString via object: " + (object)c);
        Console.WriteLine("interpolated: " + c.ToString());

        // A list of interface references: each element is its own box.
        List<ICounter> list = new List<ICounter>();
        for (int i = 0; i < 3; i++) list.Add(c);
        list[1].Increment();
        foreach (ICounter x in list) Console.Write(x.Count + " ");
        Console.WriteLine();

        // Same box referenced twice
        ICounter shared = new Counter();
        ICounter alias = shared;
        alias.Increment();
        Console.WriteLine("shared box: " + shared.Count + " same=" + ReferenceEquals(shared, alias));

        // is/as on a boxed struct
        object o = c;
        Console.WriteLine("o is ICounter: " + (o is ICounter) + ", o is INamed: " + (o is INamed) + ", o is Counter: " + (o is Counter));
        INamed n = o as INamed;
        Console.WriteLine("as INamed: " + n.Name());
    }
}
