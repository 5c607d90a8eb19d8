// decimal conversions: implicit from the integer types and char, explicit to them
// (truncating toward zero, OverflowException naming the target type), to and from
// double and float (rounded to 15 and 7 significant digits), Convert (which rounds half
// to even), the bit-level constructors and GetBits, and OLE currency.
using System;

class Program
{
    static string Bits(decimal d)
    {
        int[] b = decimal.GetBits(d);
        return d + " {" + b[0] + ", " + b[1] + ", " + b[2] + ", 0x" + b[3].ToString("X8") + "}";
    }

    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        sbyte sb = -8;
        byte by = 200;
        short sh = -30000;
        ushort us = 60000;
        char ch = 'A';
        int i = -2000000000;
        uint ui = 4000000000;
        long l = long.MinValue;
        ulong ul = ulong.MaxValue;
        decimal d = sb;
        Console.WriteLine("implicit: " + d + " " + (decimal)by + " " + (decimal)sh + " " + (decimal)us + " " + (decimal)ch + " " + (decimal)i + " " + (decimal)ui + " " + (decimal)l + " " + (decimal)ul);

        decimal x = 1234.9876m, nx = -1234.9876m, small = 0.99m, big = 79228162514264337593543950335m;
        Console.WriteLine("to int types: " + (int)x + " " + (int)nx + " " + (long)x + " " + (short)nx + " " + (ushort)x + " " + (byte)small + " " + (sbyte)(-small) + " " + (uint)x + " " + (ulong)x + " " + (char)(x - 1169));
        Console.WriteLine("negative fraction to unsigned: " + (uint)(-small) + " " + (ulong)(-small));
        Try("(int)big", () => (int)big);
        Try("(long)big", () => (long)big);
        Try("(uint)-1.5", () => (uint)(nx / 1000));
        Try("(ulong)-2", () => (ulong)(small - 3));
        Try("(short)40000", () => (short)(x * 30));
        Try("(ushort)70000", () => (ushort)(x * 60));
        Try("(byte)256", () => (byte)(small + 255.01m));
        Try("(sbyte)128", () => (sbyte)(small + 127.01m));
        Try("(char)-1", () => (char)(small - 2));
        Try("(int)2147483647.9", () => (int)(2147483647m + small));
        Try("(int)-2147483648.9", () => (int)(-2147483648m - small));

        double[] doubles = { 0.1, 1.0 / 3, 2.0 / 3, 123456789.123456789, 1e-20, 1e-28, 4e-29, 6e-29, 1e-30, 7.9e28, 1e15, 123456789012345678.0, -0.0, 0.5, 1.7976931348623157E+308 };
        foreach (double v in doubles)
        {
            double w = v;
            Try("(decimal)" + w.ToString("E16"), () => Bits((decimal)w));
        }
        double nan = double.NaN, ninf = double.NegativeInfinity;
        Try("(decimal)NaN", () => (decimal)nan);
        Try("(decimal)-Infinity", () => (decimal)ninf);
        float[] floats = { 0.1f, 1.0f / 3, 16777217f, 1e-10f, 3.4e28f, 8e28f, 1.5f, -2.75f };
        foreach (float v in floats)
        {
            float w = v;
            Try("(decimal)" + w.ToString("E8") + "f", () => Bits((decimal)w));
        }
        decimal third = 1m / 3m;
        Console.WriteLine("to double: " + (double)third + " " + (double)x + " " + (double)big + " " + (float)third + " " + (float)x + " " + decimal.ToDouble(nx) + " " + decimal.ToSingle(small));
        Console.WriteLine("to double bits: " + BitConverter.DoubleToInt64Bits((double)third) + " " + BitConverter.DoubleToInt64Bits((double)(0.1m * 3)));

        Console.WriteLine("Convert rounds half to even: " + Convert.ToInt32(2.5m) + " " + Convert.ToInt32(3.5m) + " " + Convert.ToInt64(-2.5m) + " " + Convert.ToInt16(1.5m) + " " + Convert.ToByte(0.5m) + " " + Convert.ToUInt32(4.51m));
        Console.WriteLine("Convert to decimal: " + Convert.ToDecimal(1.23456789012345678) + " " + Convert.ToDecimal(1.5f) + " " + Convert.ToDecimal(true) + " " + Convert.ToDecimal("-12.500") + " " + Convert.ToDecimal(42) + " " + Convert.ToDecimal(ul) + " " + Convert.ToDecimal((string)null));
        Console.WriteLine("Convert from decimal: " + Convert.ToDouble(1.1m) + " " + Convert.ToSingle(1.1m) + " " + Convert.ToBoolean(0.0m) + " " + Convert.ToBoolean(-0.1m) + " " + Convert.ToString(1.10m));
        Console.WriteLine("Convert objects: " + Convert.ToInt32((object)2.5m) + " " + Convert.ToDouble((object)0.25m) + " " + Convert.ToDecimal((object)"2.50") + " " + Convert.ToDecimal((object)7) + " " + Convert.ToDecimal((object)2.5) + " " + Convert.ToString((object)3.000m));
        Try("Convert.ToByte(255.5m)", () => Convert.ToByte(255.5m));
        Try("Convert.ToChar(1m)", () => Convert.ToChar(1m));
        Try("Convert.ToDecimal('a')", () => Convert.ToDecimal('a'));
        Try("Convert.ToDecimal(\"abc\")", () => Convert.ToDecimal("abc"));

        Console.WriteLine("ctor parts: " + Bits(new decimal(1, 2, 3, true, 10)) + " " + new decimal(12345, 0, 0, false, 2));
        Console.WriteLine("ctor bits: " + new decimal(new int[] { 5, 0, 0, 0x00030000 }) + " " + new decimal(new int[] { -1, -1, -1, unchecked((int)0x80000000) }));
        Console.WriteLine("ctor numbers: " + new decimal(-7) + " " + new decimal(7u) + " " + new decimal(-7L) + " " + new decimal(7UL) + " " + new decimal(0.1) + " " + new decimal(0.1f));
        Try("scale 29", () => new decimal(1, 0, 0, false, 29));
        Try("bad bits", () => new decimal(new int[] { 1, 2, 3, 0x00010001 }));
        Try("short bits", () => new decimal(new int[] { 1, 2, 3 }));
        Console.WriteLine("currency: " + decimal.ToOACurrency(1.23456m) + " " + decimal.ToOACurrency(-7m) + " " + decimal.FromOACurrency(12345) + " " + decimal.FromOACurrency(-50000) + " " + decimal.FromOACurrency(0));

        object boxed = 1.50m;
        Console.WriteLine("boxed: " + boxed + " " + (boxed is decimal) + " " + ((decimal)boxed + 1) + " " + boxed.Equals(1.5m) + " " + boxed.GetType().Name);
        decimal? n1 = 2.5m, n2 = null;
        Console.WriteLine("nullable: " + (n1 + 1) + " [" + (n1 + n2) + "] " + (n2 ?? -1m) + " " + n1.HasValue + " " + (n1 > 2m));
    }
}
