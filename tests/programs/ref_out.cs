// ref and out parameters on locals, fields and array elements: swap, multiple results,
// divmod, min/max in one pass, ref to static fields, chained ref passing.
using System;

class Holder { public int Value; public double D; }

class RefOut
{
    static int staticField = 10;

    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Swap(ref string a, ref string b) { string t = a; a = b; b = t; }
    static void DivMod(int a, int b, out int q, out int r) { q = a / b; r = a % b; }
    static void Inc(ref int x) { x++; }
    static void IncTwice(ref int x) { Inc(ref x); Inc(ref x); }
    static bool TryHalf(int x, out int half)
    {
        if (x % 2 != 0) { half = 0; return false; }
        half = x / 2;
        return true;
    }
    static void MinMax(int[] a, out int min, out int max)
    {
        min = int.MaxValue; max = int.MinValue;
        foreach (int v in a) { if (v < min) min = v; if (v > max) max = v; }
    }
    static void Scale(ref double d, double k) { d *= k; }
    static void Reset(out long l, out char c, out bool b) { l = -1; c = 'r'; b = true; }
    static void Reassign(ref Holder h) { h = new Holder(); h.Value = 99; }
    static void Mutate(Holder h) { h.Value = 77; h = null; }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        string s1 = "first", s2 = "second";
        Swap(ref s1, ref s2);
        Console.WriteLine(s1 + " " + s2);
        int q, r;
        DivMod(17, 5, out q, out r);
        Console.WriteLine(q + " " + r);
        DivMod(-17, 5, out q, out r);
        Console.WriteLine(q + " " + r);
        int n = 0;
        for (int i = 0; i < 10; i++) IncTwice(ref n);
        Console.WriteLine(n);
        Inc(ref staticField);
        IncTwice(ref staticField);
        Console.WriteLine(staticField);
        int[] arr = { 5, -3, 12, 7, 0 };
        Inc(ref arr[2]);
        Swap(ref arr[0], ref arr[4]);
        Console.WriteLine(arr[0] + " " + arr[2] + " " + arr[4]);
        int mn, mx;
        MinMax(arr, out mn, out mx);
        Console.WriteLine(mn + " " + mx);
        Holder h = new Holder();
        Inc(ref h.Value);
        h.D = 1.5;
        Scale(ref h.D, 4);
        Console.WriteLine(h.Value + " " + h.D);
        Mutate(h);
        Console.WriteLine(h.Value);
        Reassign(ref h);
        Console.WriteLine(h.Value);
        long l; char c; bool b;
        Reset(out l, out c, out b);
        Console.WriteLine(l + " " + c + " " + b);
        int half;
        for (int i = 5; i <= 8; i++)
            Console.WriteLine(i + ": " + (TryHalf(i, out half) ? "half " + half : "odd"));
        double d = 1;
        for (int i = 0; i < 10; i++) Scale(ref d, 1.5);
        Console.WriteLine(d.ToString("F4"));
        int acc = 0;
        for (int i = 0; i < 1000000; i++) Inc(ref acc);
        Console.WriteLine(acc);
    }
}
