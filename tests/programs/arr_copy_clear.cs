// Array helpers: Array.Copy (whole, ranged, overlapping in the same array, between int[]
// and long[] widening), CopyTo, Clone, Array.Clear, Array.IndexOf/LastIndexOf,
// Array.Reverse (whole and ranged), Array.Resize, Length.
using System;

class Program
{
    static string Show<T>(T[] a) { return "[" + string.Join(",", Array.ConvertAll(a, x => x == null ? "null" : x.ToString())) + "]"; }

    static void Main()
    {
        int[] src = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] dst = new int[10];
        Array.Copy(src, dst, src.Length);
        Console.WriteLine("copy all " + Show(dst));
        Array.Copy(src, 2, dst, 5, 3);
        Console.WriteLine("ranged " + Show(dst));

        int[] ov = (int[])src.Clone();
        Array.Copy(ov, 0, ov, 2, 6);              // overlapping forward
        Console.WriteLine("overlap fwd " + Show(ov));
        ov = (int[])src.Clone();
        Array.Copy(ov, 2, ov, 0, 6);              // overlapping backward
        Console.WriteLine("overlap back " + Show(ov));

        long[] wide = new long[4];
        Array.Copy(src, wide, 4);
        Console.WriteLine("int->long " + Show(wide));

        string[] s = { "a", "b", "c" };
        string[] s2 = new string[5];
        s.CopyTo(s2, 1);
        Console.WriteLine("CopyTo " + Show(s2));
        string[] cl = (string[])s.Clone();
        cl[0] = "changed";
        Console.WriteLine("clone independent " + s[0] + " " + cl[0] + " same=" + ReferenceEquals(s, cl));

        int[] c = (int[])src.Clone();
        Array.Clear(c, 2, 3);
        Console.WriteLine("Clear(2,3) " + Show(c));
        Array.Clear(s2, 0, s2.Length);
        Console.WriteLine("Clear strings " + Show(s2));

        int[] dup = { 5, 3, 5, 1, 5, 9 };
        Console.WriteLine("IndexOf 5=" + Array.IndexOf(dup, 5) + " LastIndexOf 5=" + Array.LastIndexOf(dup, 5) + " IndexOf 7=" + Array.IndexOf(dup, 7) + " IndexOf(5, from 1)=" + Array.IndexOf(dup, 5, 1));
        Console.WriteLine("IndexOf string " + Array.IndexOf(new[] { "x", "y", "z" }, "z") + " IndexOf null " + Array.IndexOf(new string[] { "a", null }, null));

        int[] r = (int[])src.Clone();
        Array.Reverse(r);
        Console.WriteLine("Reverse " + Show(r));
        Array.Reverse(r, 1, 3);
        Console.WriteLine("Reverse(1,3) " + Show(r));
        char[] word = "stressed".ToCharArray();
        Array.Reverse(word);
        Console.WriteLine("reversed word " + new string(word));

        int[] grow = { 1, 2 };
        Array.Resize(ref grow, 5);
        grow[4] = 9;
        Console.WriteLine("Resize up " + Show(grow) + " Length " + grow.Length);
        Array.Resize(ref grow, 1);
        Console.WriteLine("Resize down " + Show(grow));

        double[] ds = new double[3];
        Console.WriteLine("new double[] " + Show(ds) + " Length " + ds.Length + " empty Length " + new int[0].Length);

        try { Array.Copy(src, dst, 20); }
        catch (ArgumentException e) { Console.WriteLine("copy too long -> " + e.GetType().Name); }
    }
}
