// Unchecked overflow wraparound for every integer width (sbyte, byte, short, ushort, int,
// uint, long, ulong, char): ++ / += / * past the limits, narrowing casts, negation of
// MinValue, and compound assignment on small types (implicit int promotion then truncation).
using System;

class Program
{
    static void Main()
    {
        sbyte sb = 127; sb++;
        byte b = 255; b++;
        short sh = 32767; sh++;
        ushort us = 0; us--;
        int i = int.MaxValue; i++;
        uint ui = 0; ui--;
        long l = long.MaxValue; l++;
        ulong ul = 0; ul--;
        char c = '\uffff'; c++;
        Console.WriteLine("sbyte " + sb + " byte " + b + " short " + sh + " ushort " + us);
        Console.WriteLine("int " + i + " uint " + ui + " long " + l + " ulong " + ul + " char " + (int)c);

        sbyte sb2 = -128; sb2--;
        byte b2 = 200; b2 += 100;
        short sh2 = 300; sh2 *= 300;
        ushort us2 = 60000; us2 += 10000;
        Console.WriteLine("sbyte " + sb2 + " byte " + b2 + " short " + sh2 + " ushort " + us2);

        int neg1 = -1; int big = 1 << 30; int imax = int.MaxValue;
        Console.WriteLine("int mul " + (big * 4) + " " + (big * 3) + " " + (imax * 2) + " " + (int.MinValue * neg1));
        long lbig = 1L << 62; long lmin0 = long.MinValue;
        Console.WriteLine("long mul " + (lbig * 4) + " " + (lbig * 3) + " " + (lmin0 - 1));
        uint u1 = 4000000000; uint one = 1;
        Console.WriteLine("uint add " + (u1 + u1) + " mul " + (u1 * 3) + " sub " + (one - 2u));
        ulong u2 = 18000000000000000000;
        Console.WriteLine("ulong add " + (u2 + u2) + " mul " + (u2 * 3));

        int imin = int.MinValue;
        long lmin = long.MinValue;
        Console.WriteLine("neg min " + (-imin) + " " + (-lmin) + " abs-ish " + (imin < 0 ? -imin : imin));

        int x = 0x12345678;
        Console.WriteLine("narrow int: " + (byte)x + " " + (sbyte)x + " " + (short)x + " " + (ushort)x + " " + (char)(x & 0x7f));
        long y = 0x123456789ABCDEF0;
        Console.WriteLine("narrow long: " + (int)y + " " + (uint)y + " " + (short)y + " " + (byte)y);
        int neg = -1;
        Console.WriteLine("from -1: " + (byte)neg + " " + (ushort)neg + " " + (uint)neg + " " + (ulong)neg + " " + (ulong)(long)neg);
        int i80 = 0x80, i8000 = 0x8000; uint u8 = 0x80000000u;
        Console.WriteLine("sign ext: " + (long)(sbyte)i80 + " " + (int)(short)i8000 + " " + (long)(int)u8 + " " + (ulong)(uint)u8);

        // Hash-like mixing relying on wraparound (deterministic across implementations)
        uint h = 2166136261;
        foreach (char ch in "wraparound") { h ^= ch; h *= 16777619; }
        Console.WriteLine("fnv1a " + h);
        ulong hh = 14695981039346656037;
        foreach (char ch in "wraparound") { hh ^= ch; hh *= 1099511628211; }
        Console.WriteLine("fnv1a64 " + hh);
        int lcg = 12345;
        for (int k = 0; k < 5; k++) { lcg = lcg * 1103515245 + 12345; Console.Write(lcg + " "); }
        Console.WriteLine();
    }
}
