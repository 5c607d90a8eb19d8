// Shifts: counts are masked to the operand width (int & 31, long & 63), so 1 << 33 == 2 and
// x >> 65 == x >> 1 for long; arithmetic vs logical right shift on signed/unsigned; shifts of
// small types promote to int; negative shift counts; rotate built from shifts.
using System;

class Program
{
    static int Sh(int x, int n) { return x << n; }
    static long ShL(long x, int n) { return x << n; }
    static uint Rotl(uint x, int n) { return (x << n) | (x >> (32 - n)); }

    static void Main()
    {
        int one = 1;
        Console.WriteLine("1<<0..: " + (one << 0) + " " + (one << 31) + " " + (one << 32) + " " + (one << 33) + " " + Sh(1, 35));
        long lone = 1;
        Console.WriteLine("1L<<: " + (lone << 32) + " " + (lone << 63) + " " + (lone << 64) + " " + (lone << 65) + " " + ShL(3, 70));
        int neg = -256;
        Console.WriteLine("-256 >>: " + (neg >> 4) + " " + (neg >> 31) + " " + (neg >> 32) + " " + (neg >> 36));
        long lneg = -1024;
        Console.WriteLine("-1024L >>: " + (lneg >> 3) + " " + (lneg >> 63) + " " + (lneg >> 64) + " " + (lneg >> 65));
        long lx = 0x7000000000000000;
        Console.WriteLine("x >> 65 == x >> 1: " + ((lx >> 65) == (lx >> 1)) + " " + (lx >> 65));

        uint u = 0x80000000;
        Console.WriteLine("uint >>: " + (u >> 1) + " " + (u >> 31) + " " + (u >> 33));
        int asInt = unchecked((int)u); int neg8 = -8;
        Console.WriteLine("int >> (arith): " + (asInt >> 1) + " " + (asInt >> 31));
        ulong ul = 0x8000000000000000;
        Console.WriteLine("ulong >>: " + (ul >> 1) + " " + (ul >> 63) + " " + (ul >> 64));
        Console.WriteLine("logical via uint cast: " + (int)((uint)neg8 >> 1));

        byte b = 0xF0;
        sbyte sb = -16;
        short s = -2;
        Console.WriteLine("small types: " + (b << 4) + " " + (b >> 4) + " " + (sb >> 2) + " " + (sb << 28) + " " + (s << 20) + " " + ((byte)(b << 1)));
        char c = 'A';
        Console.WriteLine("char shift: " + (c << 1) + " " + (c >> 1));

        int n = -1;
        Console.WriteLine("negative count: " + (1 << n) + " " + (16 >> -30) + " " + (1L << -1));

        int m = 5;
        m <<= 3; Console.Write(m + " ");
        m >>= 1; Console.Write(m + " ");
        m <<= 40; Console.WriteLine(m);

        Console.WriteLine("rotl: " + Rotl(0x12345678, 8).ToString("X8") + " " + Rotl(0x80000001, 1).ToString("X8"));
        int bits = 0; uint v = 0xDEADBEEF;
        while (v != 0) { bits += (int)(v & 1); v >>= 1; }
        Console.WriteLine("popcount 0xDEADBEEF = " + bits);
        for (int k = 28; k <= 36; k += 2) Console.Write((7 << k) + " ");
        Console.WriteLine();
    }
}
