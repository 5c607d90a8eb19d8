// Integer division truncates toward zero and the remainder takes the dividend's sign, for
// int, long, short and unsigned; floating-point % (fmod semantics); Math.DivRem-style helpers.
using System;

class Program
{
    static void Main()
    {
        int[] as_ = { 7, -7, 7, -7, 0, 1, -1 };
        int[] bs = { 2, 2, -2, -2, 3, -3, 5 };
        for (int i = 0; i < as_.Length; i++)
        {
            int a = as_[i], b = bs[i];
            Console.WriteLine(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b) + ", check " + ((a / b) * b + a % b == a));
        }

        long la = -9000000000L, lb = 7;
        Console.WriteLine("long: " + (la / lb) + " " + (la % lb) + " " + (la / -lb) + " " + (-la % lb));
        short sa = -100; short sb = 7;
        Console.WriteLine("short: " + (sa / sb) + " " + (sa % sb));
        sbyte sba = -128; sbyte sbb = -1;
        Console.WriteLine("sbyte -128 / -1 (promoted to int) = " + (sba / sbb));

        uint ua = 4294967295, ub = 10;
        Console.WriteLine("uint: " + (ua / ub) + " " + (ua % ub));
        ulong ula = 18446744073709551615, ulb = 1000000007;
        Console.WriteLine("ulong: " + (ula / ulb) + " " + (ula % ulb));
        uint big = 3000000000;
        Console.WriteLine("uint 3e9 / 2 = " + (big / 2) + " (not negative), as int / 2 = " + (unchecked((int)big) / 2));

        double[] xs = { 7.5, -7.5, 7.5, -7.5, 1e10, 0.3 };
        double[] ys = { 2, 2, -2, -2, 3, 0.1 };
        for (int i = 0; i < xs.Length; i++)
            Console.WriteLine(xs[i] + " % " + ys[i] + " = " + (xs[i] % ys[i]));
        float fx = -5.5f, fy = 2f;
        Console.WriteLine("float: " + (fx % fy) + " " + (fx / fy));

        // Division by powers of two on negatives must not be a plain arithmetic shift
        int[] negs = { -1, -2, -3, -7, -8, -9, -1000001 };
        foreach (int v in negs) Console.Write(v + "/2=" + (v / 2) + " " + v + "/8=" + (v / 8) + " " + v + "%4=" + (v % 4) + "; ");
        Console.WriteLine();
        long[] lnegs = { -1, -5, -16, -17 };
        foreach (long v in lnegs) Console.Write((v / 4) + "," + (v % 4) + " ");
        Console.WriteLine();

        // Modulo helper that is always non-negative
        Func<int, int, int> mod = (a, m) => ((a % m) + m) % m;
        Console.WriteLine("mod: " + mod(-1, 5) + " " + mod(-6, 5) + " " + mod(6, 5) + " " + mod(int.MinValue, 7));
        int q, r;
        q = Math.DivRem(-17, 5, out r);
        Console.WriteLine("DivRem(-17,5) = " + q + " rem " + r);
    }
}
