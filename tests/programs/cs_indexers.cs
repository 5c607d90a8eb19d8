// Indexers: this[int] with bounds checks, this[string] backed by a dictionary, a
// two-argument indexer this[int,int], overloaded indexers on one class, indexers on a
// struct, an interface indexer, and compound assignment through an indexer.
using System;
using System.Collections.Generic;

class Vector
{
    double[] data;
    public Vector(int n) { data = new double[n]; }
    public double this[int i]
    {
        get { if (i < 0 || i >= data.Length) throw new IndexOutOfRangeException(); return data[i]; }
        set { data[i] = value; }
    }
    public int Length { get { return data.Length; } }
}

class Settings
{
    Dictionary<string, string> map = new Dictionary<string, string>();
    public string this[string key]
    {
        get { string v; return map.TryGetValue(key, out v) ? v : "<unset>"; }
        set { map[key] = value; }
    }
    public string this[int i] { get { int k = 0; foreach (var kv in map) if (k++ == i) return kv.Key; return null; } }
}

class Grid
{
    int[] cells; int cols;
    public Grid(int r, int c) { cells = new int[r * c]; cols = c; }
    public int this[int r, int c] { get { return cells[r * cols + c]; } set { cells[r * cols + c] = value; } }
}

interface IReadOnly { char this[int i] { get; } }

struct BitSet : IReadOnly
{
    uint bits;
    public bool this[int i]
    {
        get { return (bits & (1u << i)) != 0; }
        set { if (value) bits |= 1u << i; else bits &= ~(1u << i); }
    }
    char IReadOnly.this[int i] { get { return this[i] ? '1' : '0'; } }
    public uint Raw { get { return bits; } }
}

class Program
{
    static void Main()
    {
        Vector v = new Vector(4);
        for (int i = 0; i < v.Length; i++) v[i] = i * 1.5;
        v[2] += 10;
        v[3]++;
        Console.WriteLine(v[0] + " " + v[1] + " " + v[2] + " " + v[3]);
        try { Console.WriteLine(v[4]); } catch (IndexOutOfRangeException) { Console.WriteLine("v[4] out of range"); }

        Settings s = new Settings();
        s["color"] = "blue";
        s["size"] = "L";
        s["color"] += "/green";
        Console.WriteLine(s["color"] + " " + s["size"] + " " + s["missing"] + " first key " + s[0] + " second " + s[1]);

        Grid g = new Grid(3, 3);
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) g[r, c] = r * 3 + c;
        g[1, 1] *= 100;
        Console.WriteLine(g[0, 2] + " " + g[1, 1] + " " + g[2, 0]);

        BitSet b = new BitSet();
        b[0] = true; b[3] = true; b[31] = true; b[3] = false; b[5] = true;
        Console.WriteLine("raw " + b.Raw + " b[5]=" + b[5] + " b[3]=" + b[3]);
        IReadOnly ro = b;
        string bits = "";
        for (int i = 7; i >= 0; i--) bits += ro[i];
        Console.WriteLine("low byte " + bits);

        string str = "indexer";
        Console.WriteLine("string indexer " + str[0] + str[str.Length - 1]);
        List<int> list = new List<int> { 1, 2, 3 };
        list[1] = 20;
        list[2] += 5;
        Console.WriteLine("list " + list[0] + " " + list[1] + " " + list[2]);
    }
}
