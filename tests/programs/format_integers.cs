// Integer formatting: ToString() of every integer type at its limits, and the D, X, x, N, F formats.
using System;

class FormatIntegers
{
    static void Main()
    {
        Console.WriteLine(int.MinValue);
        Console.WriteLine(int.MaxValue);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(short.MinValue + " " + short.MaxValue + " " + ushort.MaxValue);
        Console.WriteLine(sbyte.MinValue + " " + sbyte.MaxValue + " " + byte.MaxValue);
        Console.WriteLine(0.ToString() + " " + (-1).ToString() + " " + 10L.ToString());
        int[] vals = { 0, 1, -1, 7, 42, -42, 255, 256, 65535, 1000000, int.MaxValue, int.MinValue };
        foreach (int v in vals)
        {
            Console.WriteLine("{0} D5={1} X={2} x8={3} N0={4} N2={5} F0={6} F2={7}",
                v, v.ToString("D5"), v.ToString("X"), v.ToString("x8"), v.ToString("N0"),
                v.ToString("N2"), v.ToString("F0"), v.ToString("F2"));
        }
        long[] lvals = { 0L, -1L, 1234567890123L, long.MaxValue, long.MinValue, 4294967296L };
        foreach (long v in lvals)
            Console.WriteLine(v + " D20=" + v.ToString("D20") + " X=" + v.ToString("X") + " N0=" + v.ToString("N0"));
        uint u = 3000000000;
        Console.WriteLine(u + " " + u.ToString("X") + " " + u.ToString("N0") + " " + u.ToString("D12"));
        ulong ul = 18000000000000000000;
        Console.WriteLine(ul + " " + ul.ToString("X") + " " + ul.ToString("x"));
        byte b = 200; sbyte sb = -100; short sh = -12345; ushort us = 54321;
        Console.WriteLine(b.ToString("X") + " " + b.ToString("D4") + " " + sb + " " + sh.ToString("N0") + " " + us.ToString("x"));
        Console.WriteLine(255.ToString("X4") + " " + 255.ToString("x2") + " " + 10.ToString("X1") + " " + (-255).ToString("D"));
        Console.WriteLine("[{0,8}] [{0,-8}] [{1,12:N2}] [{2,-6:X}]", 12345, -9876543, 48879);
        Console.WriteLine(string.Format("{0:D3}|{1:x}|{2:X8}", 7, 3735928559u, 255));
        Console.WriteLine('A' + " " + (int)'A' + " " + ((int)'z').ToString("X"));
        Console.WriteLine(true + " " + false + " " + true.ToString() + " " + false.ToString());
    }
}
