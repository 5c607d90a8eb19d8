// Conversions between all numeric types with in-range values: widening (implicit), narrowing
// (explicit), integer <-> floating, floating -> integer truncation, char <-> numeric,
// Convert.ToXxx and Parse/ToString round trips, and decimal conversions.
using System;

class Program
{
    static void Main()
    {
        sbyte sb = -100; byte b = 200; short s = -30000; ushort us = 60000;
        int i = -2000000000; uint ui = 4000000000; long l = -9000000000000000000; ulong ul = 18000000000000000000;
        float f = 12345.678f; double d = -98765.4321; char c = 'Z';

        long fromSb = sb, fromB = b, fromS = s, fromUs = us, fromI = i, fromUi = ui;
        Console.WriteLine("to long: " + fromSb + " " + fromB + " " + fromS + " " + fromUs + " " + fromI + " " + fromUi);
        double dsb = sb, db = b, ds = s, dus = us, di = i, dui = ui, dl = l, dul = ul, df = f;
        Console.WriteLine("to double: " + dsb + " " + db + " " + ds + " " + dus + " " + di + " " + dui + " " + dl + " " + dul + " " + df);
        float fi = i, fl = l;
        Console.WriteLine("to float: " + fi + " " + fl);

        double m99 = -99.9, p1234 = 1234.99, p4e9 = 3999999999.9, p1e19 = 1e19, dsmall = d / 10;
        Console.WriteLine("double to ints: " + (sbyte)m99 + " " + (byte)db + " " + (short)dsmall + " " + (int)d + " " + (long)d + " " + (ushort)p1234 + " " + (uint)p4e9 + " " + (ulong)p1e19);
        Console.WriteLine("float to ints: " + (int)f + " " + (long)-f + " " + (short)f + " " + (int)(char)(int)f);
        int small = 100;
        Console.WriteLine("int narrow in range: " + (sbyte)small + " " + (byte)small + " " + (short)small + " " + (ushort)small + " " + (char)small);
        Console.WriteLine("char: " + (int)c + " " + (char)(c + 1) + " " + (byte)c + " " + (double)c + " " + (long)c);

        Console.WriteLine("Convert: " + Convert.ToInt32("123") + " " + Convert.ToInt64(-7.0) + " " + Convert.ToDouble(5) + " " + Convert.ToByte(255) + " " + Convert.ToInt16((sbyte)-5) + " " + Convert.ToChar(66) + " " + Convert.ToString(42) + " " + Convert.ToBoolean(1));
        Console.WriteLine("Parse: " + int.Parse("-42") + " " + long.Parse("9000000000") + " " + double.Parse("2.5") + " " + byte.Parse("7") + " " + uint.Parse("4000000000") + " " + short.Parse("-300") + " " + float.Parse("0.25"));
        int parsed;
        Console.WriteLine("TryParse: " + int.TryParse("77", out parsed) + " " + parsed + " " + int.TryParse("x7", out parsed) + " " + parsed + " " + int.TryParse("99999999999", out parsed));

        long[] round = { 0, 1, -1, long.MaxValue, long.MinValue, 1234567890123 };
        foreach (long v in round) if (long.Parse(v.ToString()) != v) Console.WriteLine("round trip failed " + v);
        Console.WriteLine("long round trips ok");
        double[] dround = { 0.1, 1.0 / 3, 123456789.125, -2.5e-10 };
        foreach (double v in dround) Console.Write((double.Parse(v.ToString("R")) == v) + " ");
        Console.WriteLine();

        decimal m = 12.75m;
        Console.WriteLine("decimal: " + (int)m + " " + (double)m + " " + (decimal)7 + " " + (decimal)2.5 + " " + (long)(m * 100) + " " + (m / 4));
        bool bt = true;
        Console.WriteLine("bool to string/int: " + bt + " " + Convert.ToInt32(bt) + " " + (bt ? 1 : 0));
        object boxed = 3.75;
        Console.WriteLine("Convert from object: " + Convert.ToInt32(boxed) + " " + Convert.ToString(boxed));
    }
}
