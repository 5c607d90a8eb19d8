// System.Array through object and Type: CreateInstance of one and several ranks (an SZARRAY
// for one length), GetValue/SetValue with one index and several, boxing value-type
// elements, SetValue's widening of primitives and enums, Rank, GetLength, GetLowerBound,
// GetUpperBound and Clone on T[] and T[,], and each misuse with Mono's exception and
// message. (ilc --aot makes only the array types its code names or takes typeof of:
// int[,,] is named below so that the rank-3 CreateInstance finds it; without, it throws
// a NotSupportedException that says so.)
using System;

struct Pt
{
    public int X, Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

enum Color { Red, Green }
enum Small : byte { A, B }

class ArrayReflection
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void TryType(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static void Create()
    {
        Array a = Array.CreateInstance(typeof(int), 4);
        Console.WriteLine(a.GetType() + " " + a.Length + " " + a.Rank);
        a.SetValue(7, 1);
        a.SetValue(null, 2);
        Console.WriteLine(a.GetValue(1) + " " + a.GetValue(2) + " " + a.GetValue(1).GetType() + " " + ((int[])a)[1]);
        Array s = Array.CreateInstance(typeof(string), 2);
        s.SetValue("hi", 0);
        Console.WriteLine(s.GetValue(0) + " " + (s.GetValue(1) == null) + " " + (s is string[]) + " " + (s is object[]));
        Array p = Array.CreateInstance(typeof(Pt), 2);
        p.SetValue(new Pt(1, 2), 1);
        Console.WriteLine(p.GetValue(1) + " " + p.GetValue(0) + " " + p.GetType());
        Array c = Array.CreateInstance(typeof(Color), 3);
        c.SetValue(Color.Green, 2);
        foreach (object o in c) Console.Write(o + " ");
        Console.WriteLine(c.GetType());
        Array m = Array.CreateInstance(typeof(int), 2, 3);
        Console.WriteLine(m.GetType() + " " + m.Length + " " + m.Rank + " " + m.GetLength(0) + " " + m.GetLength(1) + " " + m.GetUpperBound(1) + " " + m.GetLowerBound(1));
        m.SetValue(5, 1, 2);
        Console.WriteLine(m.GetValue(1, 2) + " " + ((int[,])m)[1, 2]);
        int[,,] named = new int[1, 1, 1];
        Array m3 = Array.CreateInstance(typeof(int), new int[] { 2, 2, 2 });
        m3.SetValue(3, 1, 1, 1);
        Console.WriteLine(m3.GetType() + " " + m3.GetValue(1, 1, 1) + " " + m3.GetValue(new int[] { 1, 1, 1 }) + " " + named.Rank);
        Array one = Array.CreateInstance(typeof(long), new int[] { 3 });
        Console.WriteLine(one.GetType() + " " + (one is long[]) + " " + Array.CreateInstance(typeof(byte), 0).Length);
        Array objs = Array.CreateInstance(typeof(object), 2);
        objs.SetValue(3, 0);
        Console.WriteLine(objs.GetValue(0) + " " + objs.GetType());
        Try("CreateInstance(null, 1)", () => Array.CreateInstance(null, 1));
        Try("CreateInstance(void)", () => Array.CreateInstance(typeof(void), 1));
        Try("CreateInstance(int, null)", () => Array.CreateInstance(typeof(int), (int[])null));
        // Mono's messages for these two are its own internals: the types are what count
        TryType("CreateInstance(int, -1)", () => Array.CreateInstance(typeof(int), -1));
        TryType("CreateInstance(int, 2, -1)", () => Array.CreateInstance(typeof(int), 2, -1));
        TryType("CreateInstance(int, new int[0])", () => Array.CreateInstance(typeof(int), new int[0]));
    }

    static void MultiDimensional()
    {
        int[,] g = new int[3, 2];
        g[2, 1] = 9;
        g[0, 1] = 4;
        Console.WriteLine(g.GetValue(2, 1) + " " + g.GetValue(new int[] { 0, 1 }) + " " + g.Rank + " " + g.GetUpperBound(0));
        g.SetValue(11, 1, 0);
        g.SetValue((short)6, 1, 1);
        Console.WriteLine(g[1, 0] + " " + g[1, 1]);
        foreach (int x in g) Console.Write(x + " ");
        Console.WriteLine();
        string[,] sg = new string[2, 2];
        sg.SetValue("z", 1, 1);
        Console.WriteLine(sg[1, 1] + " " + sg.GetValue(1, 1));
        int[,] copy = (int[,])g.Clone();
        g[2, 1] = 0;
        Console.WriteLine(copy.GetType() + " " + copy[2, 1] + " " + copy.GetLength(0) + " " + copy.GetLength(1));
        Try("GetValue(int) on [,]", () => g.GetValue(0));
        Try("SetValue(int) on [,]", () => g.SetValue(1, 0));
        Try("GetValue(0, 0, 0) on [,]", () => g.GetValue(0, 0, 0));
        Try("GetValue(3, 0)", () => g.GetValue(3, 0));
        Try("GetValue(0, -1)", () => g.GetValue(0, -1));
        Try("SetValue(1, 0, 2)", () => g.SetValue(1, 0, 2));
        Try("SetValue string into [,]", () => g.SetValue("x", 0, 0));
        Try("GetValue(null)", () => g.GetValue((int[])null));
        Try("GetLength(2)", () => g.GetLength(2));
        Try("GetUpperBound(-1)", () => g.GetUpperBound(-1));
    }

    static void Elements()
    {
        int[] ia = new int[2];
        long[] la = new long[2];
        Pt[] pa = new Pt[2];
        Color[] ca = new Color[2];
        Small[] sa = new Small[2];
        double[] da = new double[2];
        char[] cha = new char[2];
        object[] oa = new object[2];
        Try("GetValue(-1)", () => ia.GetValue(-1));
        Try("GetValue(2)", () => ia.GetValue(2));
        Try("GetValue(2L)", () => ia.GetValue(2L));
        Try("SetValue(1, 2)", () => ia.SetValue(1, 2));
        Try("GetValue(new[] { 5 })", () => ia.GetValue(new int[] { 5 }));
        Try("SetValue(1, new[] { 5 })", () => ia.SetValue(1, new int[] { 5 }));
        Try("GetValue(0, 0) on []", () => ia.GetValue(0, 0));
        Try("GetLength(-1)", () => ia.GetLength(-1));
        Try("GetLowerBound(1)", () => ia.GetLowerBound(1));
        Try("GetUpperBound(1)", () => ia.GetUpperBound(1));
        Try("string into int[]", () => ia.SetValue("x", 0));
        Try("long into int[]", () => ia.SetValue(5L, 0));
        Try("int into byte[]", () => new byte[1].SetValue(5, 0));
        Try("int into string[]", () => new string[1].SetValue(5, 0));
        Try("int into Pt[]", () => pa.SetValue(1, 0));
        Try("Pt into int[]", () => ia.SetValue(new Pt(), 0));
        Try("Pt into object[]", () => oa.SetValue(new Pt(3, 4), 0));
        Try("null into Pt[]", () => pa.SetValue(null, 0));
        Try("Color into int[]", () => ia.SetValue(Color.Green, 0));
        Try("Color into long[]", () => la.SetValue(Color.Green, 1));
        Try("byte into Color[]", () => ca.SetValue((byte)1, 0));
        Try("int into Color[]", () => ca.SetValue(1, 1));
        Try("Color into Small[]", () => sa.SetValue(Color.Green, 0));
        Try("int into char[]", () => cha.SetValue(65, 0));
        Try("byte into char[]", () => cha.SetValue((byte)65, 1));
        Try("char into short[]", () => new short[1].SetValue('a', 0));
        Try("char into double[]", () => da.SetValue('a', 1));
        Try("bool into int[]", () => ia.SetValue(true, 0));
        Try("float into double[]", () => da.SetValue(1.5f, 0));
        Try("double into float[]", () => new float[1].SetValue(1.5, 0));
        Try("uint into long[]", () => la.SetValue(4000000000u, 0));
        Try("ulong into long[]", () => new long[1].SetValue(1UL, 0));
        Try("sbyte into byte[]", () => new byte[1].SetValue((sbyte)1, 0));
        Try("decimal into double[]", () => da.SetValue(1m, 0));
        Console.WriteLine(ia[0] + " " + la[0] + " " + la[1] + " " + ca[0] + " " + ca[1] + " " + cha[1] + " " + da[0] + " " + da[1] + " " + oa[0] + " " + pa[0]);
        Try("null Array", () => { Array z = null; z.GetValue(0); });
    }

    static void Main()
    {
        Create();
        MultiDimensional();
        Elements();
    }
}
