// Unsigned arithmetic: uint/ulong wraparound, comparisons that differ from signed ones,
// unsigned division and remainder, mixing with signed types.
using System;

class UnsignedArith
{
    static uint IdU(uint x) { return x; }
    static ulong IdUL(ulong x) { return x; }

    static void Main()
    {
        uint a = IdU(4000000000), b = IdU(1);
        Console.WriteLine(a + " " + (a + a) + " " + (b - 2) + " " + (a * 3));
        Console.WriteLine((a > b) + " " + ((int)a > (int)b) + " " + (a >= 4000000000u) + " " + ((int)a < 0));
        Console.WriteLine(a / 3 + " " + a % 7 + " " + (uint.MaxValue / 2) + " " + uint.MaxValue % 10);
        int sa = (int)a;
        Console.WriteLine(sa / 3 + " " + sa % 7);
        ulong x = IdUL(18000000000000000000), y = IdUL(3);
        Console.WriteLine(x + " " + (x + x) + " " + (x * y) + " " + (y - 4));
        Console.WriteLine(x / y + " " + x % 1000 + " " + (x > (ulong)long.MaxValue) + " " + ((long)x < 0));
        Console.WriteLine((long)x / 3 + " " + (long)x % 1000);
        ulong big = ulong.MaxValue;
        Console.WriteLine(big / 10 + " " + big % 10 + " " + (big >> 1) + " " + (big << 63) + " " + (big >> 64));
        uint m = uint.MaxValue;
        Console.WriteLine((m >> 31) + " " + (m >> 32) + " " + (m << 1) + " " + ~m + " " + ~0u);

        uint[] vals = { 0u, 1u, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu };
        foreach (uint v in vals)
        {
            string line = v.ToString();
            foreach (uint w in vals) line += (v < w ? " <" : v == w ? " =" : " >");
            Console.WriteLine(line);
        }
        ulong[] lvals = { 0ul, 1ul, 0x7FFFFFFFFFFFFFFFul, 0x8000000000000000ul, 0xFFFFFFFFFFFFFFFFul };
        foreach (ulong v in lvals)
        {
            string line = v.ToString();
            foreach (ulong w in lvals) line += (v < w ? " <" : v <= w ? " =" : " >");
            Console.WriteLine(line);
        }

        uint count = 0;
        for (uint i = 10; i < 20; i--) count++;
        Console.WriteLine("wrapping loop ran " + count + " times");
        uint down = 5;
        string s = "";
        while (down-- > 0) s += down + ",";
        Console.WriteLine(s + " after: " + down);

        ushort us = 65535; us++;
        Console.WriteLine(us + " " + unchecked((ushort)70000) + " " + (ushort)(us - 1));
        uint h = 2166136261;
        for (int i = 0; i < 64; i++) { h ^= (uint)i; h *= 16777619; }
        Console.WriteLine("fnv32 " + h + " " + h.ToString("x8"));
        ulong xs = 88172645463325252ul;
        for (int i = 0; i < 10; i++) { xs ^= xs << 13; xs ^= xs >> 7; xs ^= xs << 17; }
        Console.WriteLine("xorshift " + xs);
        int neg = -5;
        uint un = 3;
        Console.WriteLine(neg + un);
        Console.WriteLine((uint)neg + un);
        long mixed = neg * (long)un;
        Console.WriteLine(mixed);
    }
}
