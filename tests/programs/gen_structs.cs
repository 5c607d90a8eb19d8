// Generic structs: Optional<T>, a fixed-size generic ring buffer struct, generic struct
// arrays, and generic structs nested in generic classes and as dictionary values.
using System;
using System.Collections.Generic;

struct Optional<T>
{
    readonly T value;
    readonly bool has;
    public Optional(T v) { value = v; has = true; }
    public bool HasValue { get { return has; } }
    public T ValueOr(T fallback) { return has ? value : fallback; }
    public Optional<U> Map<U>(Func<T, U> f) { return has ? new Optional<U>(f(value)) : new Optional<U>(); }
    public override string ToString() { return has ? "Some(" + value + ")" : "None"; }
}

struct Ring<T>
{
    T[] buf; int head, count;
    public Ring(int cap) { buf = new T[cap]; head = 0; count = 0; }
    public void Push(T x)
    {
        buf[(head + count) % buf.Length] = x;
        if (count < buf.Length) count++; else head = (head + 1) % buf.Length;
    }
    public string Dump() { string s = ""; for (int i = 0; i < count; i++) s += buf[(head + i) % buf.Length] + " "; return s.Trim(); }
}

struct KV<K, V> { public K Key; public V Val; }

class Table<T>
{
    public struct Cell { public int Row; public T Data; }
    public Cell[] Cells = new Cell[3];
}

class Program
{
    static Optional<int> Find(int[] xs, int target)
    {
        for (int i = 0; i < xs.Length; i++) if (xs[i] == target) return new Optional<int>(i);
        return default(Optional<int>);
    }

    static void Main()
    {
        int[] xs = { 4, 8, 15, 16, 23, 42 };
        Optional<int> a = Find(xs, 15), b = Find(xs, 99);
        Console.WriteLine(a + " " + b + " " + a.ValueOr(-1) + " " + b.ValueOr(-1));
        Console.WriteLine(a.Map(i => "idx" + i) + " " + b.Map(i => i * 2.5) + " " + a.Map(i => i * 2.5));

        Ring<int> r = new Ring<int>(3);
        for (int i = 1; i <= 5; i++) { r.Push(i); Console.WriteLine("ring: " + r.Dump()); }
        Ring<string> rs = new Ring<string>(2);
        rs.Push("x"); rs.Push("y"); rs.Push("z");
        Console.WriteLine("ring<string>: " + rs.Dump());

        KV<string, double>[] kvs = new KV<string, double>[3];
        for (int i = 0; i < kvs.Length; i++) { kvs[i].Key = "k" + i; kvs[i].Val = i * 0.5; }
        KV<string, double> copy = kvs[1];
        copy.Val = 100;
        foreach (var kv in kvs) Console.Write(kv.Key + "=" + kv.Val + " ");
        Console.WriteLine();

        Table<char> t = new Table<char>();
        t.Cells[2].Row = 7; t.Cells[2].Data = 'q';
        Console.WriteLine("cell " + t.Cells[2].Row + " " + t.Cells[2].Data + " default cell data " + (int)t.Cells[0].Data);

        Dictionary<string, Optional<int>> d = new Dictionary<string, Optional<int>>();
        d["some"] = new Optional<int>(3);
        d["none"] = new Optional<int>();
        Console.WriteLine("dict " + d["some"] + " " + d["none"]);

        Optional<Optional<string>> nested = new Optional<Optional<string>>(new Optional<string>("deep"));
        Console.WriteLine("nested " + nested + " " + nested.ValueOr(default(Optional<string>)).ValueOr("?"));
    }
}
