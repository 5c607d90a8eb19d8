// One-dimensional arrays of every primitive type: default values, Length, element stores with
// implicit conversions, foreach, array references shared between variables, arrays as arguments.
using System;

class ArraysBasic
{
    static void Fill(int[] a, int v) { for (int i = 0; i < a.Length; i++) a[i] = v + i; }
    static int[] Reverse(int[] a)
    {
        int[] r = new int[a.Length];
        for (int i = 0; i < a.Length; i++) r[a.Length - 1 - i] = a[i];
        return r;
    }

    static void Main()
    {
        byte[] bytes = new byte[4];
        sbyte[] sbytes = new sbyte[4];
        short[] shorts = new short[4];
        ushort[] ushorts = new ushort[4];
        int[] ints = new int[4];
        uint[] uints = new uint[4];
        long[] longs = new long[4];
        ulong[] ulongs = new ulong[4];
        float[] floats = new float[4];
        double[] doubles = new double[4];
        char[] chars = new char[4];
        bool[] bools = new bool[4];
        string[] strings = new string[4];
        Console.WriteLine(bytes[0] + " " + sbytes[1] + " " + shorts[2] + " " + ushorts[3] + " " + ints[0] + " " + uints[1]
            + " " + longs[2] + " " + ulongs[3] + " " + floats[0] + " " + doubles[1] + " " + (int)chars[2] + " " + bools[3]
            + " " + (strings[0] == null));
        for (int i = 0; i < 4; i++)
        {
            bytes[i] = (byte)(250 + i * 3);
            sbytes[i] = (sbyte)(125 + i * 2);
            shorts[i] = (short)(32766 + i);
            ushorts[i] = (ushort)(65534 + i);
            ints[i] = int.MaxValue - 1 + i;
            uints[i] = uint.MaxValue - 1 + (uint)i;
            longs[i] = long.MinValue + i;
            ulongs[i] = ulong.MaxValue - (ulong)i;
            floats[i] = 1.5f * i;
            doubles[i] = -0.25 * i;
            chars[i] = (char)('w' + i);
            bools[i] = i % 2 == 1;
            strings[i] = "s" + i;
        }
        for (int i = 0; i < 4; i++)
            Console.WriteLine(bytes[i] + " " + sbytes[i] + " " + shorts[i] + " " + ushorts[i] + " " + ints[i] + " " + uints[i]
                + " " + longs[i] + " " + ulongs[i] + " " + floats[i] + " " + doubles[i] + " " + chars[i] + " " + bools[i] + " " + strings[i]);
        int[] init = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 };
        int s = 0;
        foreach (int v in init) s += v;
        Console.WriteLine("sum " + s + " len " + init.Length);
        int[] alias = init;
        alias[0] = 100;
        Console.WriteLine(init[0] + " " + (alias == init));
        int[] filled = new int[6];
        Fill(filled, 10);
        int[] rev = Reverse(filled);
        foreach (int v in rev) Console.Write(v + " ");
        Console.WriteLine();
        int[] empty = new int[0];
        Console.WriteLine("empty " + empty.Length);
        foreach (int v in empty) Console.WriteLine("never");
        byte[] data = new byte[256];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7);
        int bsum = 0;
        foreach (byte b in data) bsum += b;
        Console.WriteLine("bytes sum " + bsum);
        long[] fib = new long[90];
        fib[0] = 0; fib[1] = 1;
        for (int i = 2; i < fib.Length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        Console.WriteLine("fib[89] " + fib[89]);
        double[] dd = { 1.5, 2.25, -3.125 };
        double prod = 1;
        foreach (double d in dd) prod *= d;
        Console.WriteLine("prod " + prod);
        ints[1] += 5;
        ints[2]++;
        ++ints[3];
        longs[0] -= 1;
        Console.WriteLine(ints[1] + " " + ints[2] + " " + ints[3] + " " + longs[0]);
        int[] big = new int[1000000];
        for (int i = 0; i < big.Length; i++) big[i] = i ^ (i >> 3);
        long total = 0;
        for (int i = 0; i < big.Length; i += 3) total += big[i];
        Console.WriteLine("big " + total);
    }
}
