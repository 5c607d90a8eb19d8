// Signed integer arithmetic edge cases: unchecked wraparound, shifts by counts >= the width
// (masked), division and remainder of negatives, small types promoted to int, bitwise ops.
using System;

class IntArith
{
    static int Id(int x) { return x; }
    static long IdL(long x) { return x; }

    static void Main()
    {
        int max = Id(int.MaxValue), min = Id(int.MinValue);
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(-min);
        Console.WriteLine(min * -1);
        Console.WriteLine(Math.Abs(min + 1));
        Console.WriteLine(unchecked(max * max));
        long lmax = IdL(long.MaxValue), lmin = IdL(long.MinValue);
        Console.WriteLine(lmax + 1);
        Console.WriteLine(lmin - 1);
        Console.WriteLine(lmax * 3);
        Console.WriteLine(-lmin);

        int[] as_ = { 7, -7, 7, -7, 0, 1, -1, 100, -100 };
        int[] bs = { 2, 2, -2, -2, 5, 3, 3, -7, 7 };
        for (int i = 0; i < as_.Length; i++)
            Console.WriteLine(as_[i] + " / " + bs[i] + " = " + (as_[i] / bs[i]) + ", % = " + (as_[i] % bs[i]));
        Console.WriteLine(IdL(-7L) / 2 + " " + IdL(-7L) % 2 + " " + IdL(7L) % -2 + " " + IdL(long.MinValue) / 2);
        Console.WriteLine(min / 2 + " " + min % 3 + " " + min / -2);

        int one = Id(1);
        int[] shifts = { 0, 1, 31, 32, 33, 63, 64, 65, -1 };
        foreach (int s in shifts)
        {
            Console.WriteLine("shift " + s + ": " + (one << s) + " " + (min >> s) + " " + ((uint)min >> s) + " "
                + (1L << s) + " " + (lmin >> s) + " " + ((ulong)lmin >> s));
        }
        Console.WriteLine((-1 >> 1) + " " + (-1 >> 31) + " " + (-8 >> 2) + " " + ((uint)Id(-8) >> 2));

        int a = Id(0x5A5A5A5A), b = Id(0x0F0F0F0F);
        Console.WriteLine((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a) + " " + (~0));
        long la = IdL(0x123456789ABCDEF0L), lb = IdL(-0xFFFFFFFFL);
        Console.WriteLine((la & lb) + " " + (la | lb) + " " + (la ^ lb) + " " + (~la));

        short s1 = 32767; s1++;
        Console.WriteLine(s1);
        short s2 = -32768; s2--;
        Console.WriteLine(s2);
        byte b1 = 255; b1++;
        Console.WriteLine(b1);
        byte b2 = 0; b2--;
        Console.WriteLine(b2);
        sbyte sb = 127; sb++;
        Console.WriteLine(sb);
        byte x = 200, y = 100;
        Console.WriteLine(x + y);
        byte z = (byte)(x + y);
        Console.WriteLine(z);
        short m1 = 300, m2 = 300;
        Console.WriteLine(m1 * m2 + " " + (short)(m1 * m2));
        sbyte neg = -1;
        Console.WriteLine((byte)neg + " " + (ushort)neg + " " + (uint)neg + " " + (sbyte)(byte)neg);

        int h = 0;
        for (int i = 0; i < 1000; i++) h = h * 31 + i;
        Console.WriteLine("hash " + h);
        long lh = 1469598103934665603L;
        for (int i = 0; i < 100; i++) { lh ^= i; lh *= 1099511628211L; }
        Console.WriteLine("fnv " + lh);

        int c = 10;
        c += 5; c -= 3; c *= 4; c /= 5; c %= 7; c <<= 3; c >>= 1; c &= 0xFF; c |= 0x100; c ^= 0x55;
        Console.WriteLine("compound " + c);
        int pre = 5;
        int r1 = pre++ + ++pre;
        int r2 = pre-- - --pre;
        Console.WriteLine(r1 + " " + r2 + " " + pre);
        Console.WriteLine(7 / 2 * 2 + 7 % 2 + " " + (-7) / 2 * 2 + (-7) % 2);
        Console.WriteLine((1 < 2) + " " + (min < max) + " " + (lmin < 0) + " " + (max > min));
    }
}
