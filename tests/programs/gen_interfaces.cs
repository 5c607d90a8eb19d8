// Generic interfaces implemented by classes and structs, a class implementing the same
// generic interface twice with different type arguments, and calls through the interface.
using System;
using System.Collections.Generic;

interface IContainer<T>
{
    void Put(T item);
    T Take();
    int Size { get; }
}

interface IConverter<TIn, TOut> { TOut Convert(TIn x); }

class Fifo<T> : IContainer<T>
{
    List<T> items = new List<T>();
    public void Put(T item) { items.Add(item); }
    public T Take() { T x = items[0]; items.RemoveAt(0); return x; }
    public int Size { get { return items.Count; } }
}

struct SingleSlot<T> : IContainer<T>
{
    T slot; bool full;
    public void Put(T item) { slot = item; full = true; }
    public T Take() { full = false; return slot; }
    public int Size { get { return full ? 1 : 0; } }
}

class Multi : IConverter<int, string>, IConverter<string, int>
{
    public string Convert(int x) { return "#" + x; }
    int IConverter<string, int>.Convert(string s) { return s.Length; }
}

class Program
{
    static void Fill<T>(IContainer<T> c, T a, T b) { c.Put(a); c.Put(b); }
    static string Drain<T>(IContainer<T> c)
    {
        string s = "";
        while (c.Size > 0) s += "[" + c.Take() + "]";
        return s;
    }
    static TOut Apply<TIn, TOut>(IConverter<TIn, TOut> conv, TIn x) { return conv.Convert(x); }

    static void Main()
    {
        IContainer<int> f = new Fifo<int>();
        Fill(f, 1, 2);
        f.Put(3);
        Console.WriteLine("fifo size " + f.Size + " drain " + Drain(f));

        IContainer<string> fs = new Fifo<string>();
        Fill(fs, "a", "b");
        Console.WriteLine("fifo<string> " + Drain(fs));

        SingleSlot<double> slot = new SingleSlot<double>();
        slot.Put(2.5);
        Console.WriteLine("slot size direct " + slot.Size);
        IContainer<double> boxed = slot;
        Fill(boxed, 1.5, 7.5);
        Console.WriteLine("boxed slot drain " + Drain(boxed) + " original size " + slot.Size + " take " + slot.Take());

        Multi m = new Multi();
        Console.WriteLine(Apply<int, string>(m, 42) + " " + Apply<string, int>(m, "hello"));
        IConverter<string, int> toLen = m;
        Console.WriteLine("explicit impl " + toLen.Convert("four"));
        Console.WriteLine("direct " + m.Convert(7));

        List<IContainer<int>> all = new List<IContainer<int>> { new Fifo<int>(), new SingleSlot<int>() };
        int k = 0;
        foreach (IContainer<int> c in all) { c.Put(++k * 10); c.Put(++k * 10); }
        foreach (IContainer<int> c in all) Console.WriteLine(c.GetType().Name + " " + Drain(c));

        object o = new Fifo<string>();
        Console.WriteLine("is IContainer<string>: " + (o is IContainer<string>) + ", is IContainer<int>: " + (o is IContainer<int>));
    }
}
