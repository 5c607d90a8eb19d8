// Unsigned comparisons and arithmetic: uint/ulong values above the signed range compare
// correctly, mixed signed/unsigned promotions (uint + int -> long), unsigned loops counting
// down, ulong division, and unsigned to floating conversion of large values.
using System;

class Program
{
    static bool Less(uint a, uint b) { return a < b; }
    static bool LessL(ulong a, ulong b) { return a < b; }

    static void Main()
    {
        uint big = 3000000000, small = 5;
        Console.WriteLine("3e9 > 5: " + (big > small) + ", Less(5,3e9): " + Less(small, big) + ", Less(3e9,5): " + Less(big, small));
        Console.WriteLine("uint.MaxValue > 0: " + (uint.MaxValue > small) + ", >= : " + (big >= big) + ", <= : " + (small <= big));
        ulong ubig = 10000000000000000000, usmall = 1;
        Console.WriteLine("ulong 1e19 > 1: " + (ubig > usmall) + ", LessL(1e19,1): " + LessL(ubig, usmall) + ", LessL(1,1e19): " + LessL(usmall, ubig));

        int neg = -1;
        Console.WriteLine("uint + int -> long: " + (big + neg) + " type " + (big + neg).GetType().Name);
        Console.WriteLine("(uint)-1 > 0: " + ((uint)neg > 0u) + ", (int)3e9 < 0: " + ((int)big < 0));
        long mixed = small - 10;        // uint - int promotes to long
        Console.WriteLine("small - 10 (long) = " + mixed);
        uint wrap = small - 10u;
        Console.WriteLine("small - 10u (uint) = " + wrap);

        int count = 0;
        for (uint u = 5; u < 10; u--) count++;   // runs 6 times then wraps
        Console.WriteLine("countdown loop iterations " + count);

        Console.WriteLine("ulong / : " + (ubig / 3) + " % " + (ubig % 3) + " max/2 " + (ulong.MaxValue / 2));
        Console.WriteLine("uint to double: " + (double)big + " " + (double)uint.MaxValue + " ulong to double: " + (double)ubig + " " + (double)ulong.MaxValue);
        Console.WriteLine("uint to float: " + (float)big + " ulong to float " + (float)ubig);
        double d = 4e9;
        Console.WriteLine("double 4e9 to uint: " + (uint)d + " 1.8e19 to ulong: " + (ulong)1.8e19);
        Console.WriteLine("byte/ushort compare: " + ((byte)200 > (byte)100) + " " + ((ushort)65000 > (ushort)1));

        uint[] us = { 4000000000, 1, 2147483648, 0, 2147483647 };
        Array.Sort(us);
        Console.WriteLine("sorted uints: " + string.Join(" ", Array.ConvertAll(us, x => x.ToString())));
        ulong[] uls = { 18446744073709551615, 9223372036854775808, 1, 9223372036854775807 };
        Array.Sort(uls);
        Console.WriteLine("sorted ulongs: " + string.Join(" ", Array.ConvertAll(uls, x => x.ToString())));
        uint maxu = 0;
        foreach (uint x in us) if (x > maxu) maxu = x;
        Console.WriteLine("max " + maxu + " CompareTo " + big.CompareTo(small) + " " + small.CompareTo(big));
        Console.WriteLine("hex " + big.ToString("X") + " " + ubig.ToString("x"));
    }
}
