// Unchecked floating-point to integer conversions of values that do not fit, as Mono (and
// CoreCLR before .NET 9) do them on x64: (uint)-2.0 is 4294967294 and (byte)300.0 is 44 (the
// low bits of a wider conversion); NaN and values beyond int/long give int.MinValue /
// long.MinValue ("integer indefinite"), (ulong)-1.0 is ulong.MaxValue. Values come through
// a method so that the compiler cannot fold the conversion.
using System;

class Program
{
    static double D(double d) { return d; }
    static float F(float f) { return f; }

    static void Main()
    {
        double[] ds = { -1.0, -2.9, -1073741826.0, 300.5, -40000.0, 70000.0, 5e9, -5e9, 4294967296.0 + 7 };
        foreach (double d in ds) {
            Console.WriteLine(d + ": u4 " + (uint)D(d) + " u2 " + (ushort)D(d) + " u1 " + (byte)D(d) +
                              " i2 " + (short)D(d) + " i1 " + (sbyte)D(d) + " c " + (int)(char)D(d));
        }
        Console.WriteLine("(int)(uint) " + (int)(uint)D(-1073741826.0));
        Console.WriteLine("float: " + (uint)F(-3.5f) + " " + (byte)F(257f) + " " + (ushort)F(-1f));
        double[] odd = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 3e9, -3e9, 1e19, -1e19, 2e19, 9.3e18 };
        foreach (double d in odd) {
            Console.WriteLine(d + ": i4 " + (int)D(d) + " u4 " + (uint)D(d) + " i8 " + (long)D(d) + " u8 " + (ulong)D(d) +
                              " f.i4 " + (int)F((float)d) + " f.u8 " + (ulong)F((float)d));
        }
        uint acc = 0;
        for (int i = 0; i < 100; i++) acc += (uint)D(-i);
        Console.WriteLine("loop " + acc);
    }
}
