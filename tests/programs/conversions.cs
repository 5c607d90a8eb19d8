// Conversions between all primitive numeric types, truncation of double to integers (in range only),
// widening and narrowing, sign and zero extension, int <-> float precision loss.
using System;

class Conversions
{
    static double IdD(double x) { return x; }
    static long IdL(long x) { return x; }

    static void Main()
    {
        double[] ds = { 0.0, 0.9, -0.9, 1.5, -1.5, 2.5, -2.5, 123.999, -123.999, 2147483647.0, -2147483648.0, 1e9 + 0.5 };
        foreach (double d0 in ds)
        {
            double d = IdD(d0);
            Console.WriteLine(d + " -> int " + (int)d + " long " + (long)d + " short " + (short)(d / 100000)
                + " float " + (float)d);
        }
        Console.WriteLine((uint)IdD(4000000000.7) + " " + (ulong)IdD(1e19) + " " + (byte)IdD(255.9) + " " + (sbyte)IdD(-128.9));
        Console.WriteLine((long)IdD(9.2e18) + " " + (long)IdD(-9.2e18));

        long l = IdL(0x123456789ABCDEFL);
        Console.WriteLine((int)l + " " + (uint)l + " " + (short)l + " " + (ushort)l + " " + (byte)l + " " + (sbyte)l + " " + (char)(l & 0x7F));
        long nl = IdL(-2);
        Console.WriteLine((int)nl + " " + (uint)nl + " " + (ulong)nl + " " + (ushort)nl + " " + (byte)nl);
        int i = -1;
        Console.WriteLine((long)i + " " + (ulong)i + " " + (ulong)(uint)i + " " + (double)(uint)i + " " + (double)(ulong)i);
        uint u = 0xFFFFFFFF;
        Console.WriteLine((long)u + " " + (int)u + " " + (double)u + " " + (float)u);
        ulong ul = ulong.MaxValue;
        Console.WriteLine((double)ul + " " + (float)ul + " " + (long)ul);
        ulong high = 0x8000000000000001ul;
        Console.WriteLine((double)high + " " + (double)(long)high);

        int big = 16777217;
        Console.WriteLine((float)big + " " + (int)(float)big + " " + (double)big);
        long bigL = 9007199254740993L;
        Console.WriteLine((long)(double)bigL + " " + bigL);

        char c = 'A';
        int ci = c;
        char back = (char)(ci + 25);
        Console.WriteLine(ci + " " + back + " " + (char)0x263A + " " + (int)(char)65535 + " " + (char)(byte)(ci + 256));
        short sh = -300;
        Console.WriteLine((char)sh == '\uFED4');
        Console.WriteLine((byte)sh + " " + (sbyte)sh + " " + (ushort)sh + " " + (int)(ushort)sh);
        byte by = 0xF0;
        Console.WriteLine((sbyte)by + " " + (short)by + " " + (int)(sbyte)by + " " + (uint)(sbyte)by);

        float f = 3.75f;
        Console.WriteLine((int)f + " " + (long)-f + " " + (double)f + " " + (int)(f * 100) + " " + (byte)f);
        float fsmall = 1e-30f;
        Console.WriteLine((double)fsmall > 0 ? "positive" : "zero");
        double dd = 1e300;
        Console.WriteLine((float)dd + " " + (float)-dd + " " + (float)1e-300);
        double frac = 0.1;
        Console.WriteLine((float)frac == 0.1f);
        Console.WriteLine(((double)(float)frac == frac) + " " + ((double)(float)0.5 == 0.5));
        bool flag = true;
        Console.WriteLine((flag ? 1 : 0) + (!flag ? 1 : 0));

        long sum = 0;
        for (int k = 0; k < 1000; k++)
        {
            double v = k * 1.37 - 500;
            sum += (int)v + (long)(v * 1000) % 7 + (short)k + (byte)(k * 3) + (sbyte)k;
        }
        Console.WriteLine("sum " + sum);
    }
}
