// OverflowException from `checked` arithmetic (int, long, uint, ulong add/sub/mul, unary
// minus) and checked conversions; the same operations unchecked wrap around.
using System;

class Program
{
    static int ok, overflowed;

    static void Try(string label, Func<string> f)
    {
        try { Console.WriteLine(label + " = " + f()); ok++; }
        catch (OverflowException e) { Console.WriteLine(label + " -> " + e.GetType().Name); overflowed++; }
    }

    static void Main()
    {
        int imax = int.MaxValue, imin = int.MinValue;
        long lmax = long.MaxValue, lmin = long.MinValue;
        uint uzero = 0;
        ulong ulmax = ulong.MaxValue;
        double big = 1e10, neg = -1.5, nan = double.NaN;
        int i300 = 300, im1 = -1;
        long l5b = 5000000000L;

        Try("checked(imax + 1)", () => checked(imax + 1).ToString());
        Try("unchecked(imax + 1)", () => unchecked(imax + 1).ToString());
        Try("checked(imin - 1)", () => checked(imin - 1).ToString());
        Try("checked(imax * 2)", () => checked(imax * 2).ToString());
        Try("checked(-imin)", () => checked(-imin).ToString());
        Try("checked(imax - 1)", () => checked(imax - 1).ToString());
        Try("checked(lmax + 1)", () => checked(lmax + 1).ToString());
        Try("unchecked(lmax + 1)", () => unchecked(lmax + 1).ToString());
        Try("checked(lmin * -1)", () => checked(lmin * -1).ToString());
        Try("checked(l5b * l5b)", () => checked(l5b * l5b).ToString());
        Try("checked(uzero - 1)", () => checked(uzero - 1).ToString());
        Try("unchecked(uzero - 1)", () => unchecked(uzero - 1).ToString());
        Try("checked(ulmax + 1)", () => checked(ulmax + 1UL).ToString());
        Try("checked((byte)i300)", () => checked((byte)i300).ToString());
        Try("unchecked((byte)i300)", () => unchecked((byte)i300).ToString());
        Try("checked((sbyte)i300)", () => checked((sbyte)i300).ToString());
        Try("checked((uint)im1)", () => checked((uint)im1).ToString());
        Try("checked((ushort)im1)", () => checked((ushort)im1).ToString());
        Try("checked((int)l5b)", () => checked((int)l5b).ToString());
        Try("unchecked((int)l5b)", () => unchecked((int)l5b).ToString());
        Try("checked((ulong)im1)", () => checked((ulong)im1).ToString());
        Try("checked((long)ulmax)", () => checked((long)ulmax).ToString());
        Try("checked((int)big)", () => checked((int)big).ToString());
        Try("checked((long)big)", () => checked((long)big).ToString());
        Try("checked((uint)neg)", () => checked((uint)neg).ToString());
        Try("checked((int)neg)", () => checked((int)neg).ToString());
        Try("checked((int)nan)", () => checked((int)nan).ToString());
        Try("checked((char)im1)", () => checked((char)im1).ToString());
        Try("checked((short)40000)", () => { int x = 40000; return checked((short)x).ToString(); });

        // checked block covering a loop: factorial until it overflows
        int f = 1, n = 1;
        try
        {
            checked { for (n = 1; n < 20; n++) f *= n; }
        }
        catch (OverflowException) { Console.WriteLine("int factorial overflowed at n=" + n + " (last f=" + f + ")"); }
        long lf = 1; int m = 1;
        try { checked { for (m = 1; m < 30; m++) lf *= m; } }
        catch (OverflowException) { Console.WriteLine("long factorial overflowed at n=" + m + " (last f=" + lf + ")"); }

        Console.WriteLine("ok=" + ok + " overflowed=" + overflowed);
    }
}
