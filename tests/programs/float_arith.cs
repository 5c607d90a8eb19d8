// float (single precision) vs double arithmetic: results must be rounded to float at every store,
// accumulation error, comparisons with NaN, infinities, signed zero, remainder of floats.
using System;

class FloatArith
{
    static float IdF(float x) { return x; }
    static double IdD(double x) { return x; }

    static void Main()
    {
        float big = IdF(16777216f);
        float bigPlus = big + 1f;
        Console.WriteLine((bigPlus == big) + " " + bigPlus.ToString("F1"));
        double dbig = IdD(9007199254740992.0);
        Console.WriteLine((dbig + 1.0 == dbig) + " " + (dbig + 2.0 == dbig));

        float fs = 0f;
        for (int i = 0; i < 1000; i++) fs += 0.1f;
        double ds = 0.0;
        for (int i = 0; i < 1000; i++) ds += 0.1;
        Console.WriteLine(fs.ToString("F6") + " " + ds.ToString("F12"));
        Console.WriteLine(fs + " " + ds);

        float third = IdF(1f) / IdF(3f);
        double dthird = third;
        Console.WriteLine(third + " " + dthird.ToString("F12") + " " + (IdD(1.0) / 3.0).ToString("F12"));

        float a = IdF(1e20f), b = IdF(-1e20f), c = IdF(1f);
        Console.WriteLine(((a + b) + c) + " " + (a + (b + c)));
        float ovf = IdF(3e38f) * IdF(10f);
        Console.WriteLine(ovf + " " + (-ovf) + " " + (ovf - ovf));
        float tiny = IdF(1e-38f) / IdF(1e10f);
        Console.WriteLine((tiny > 0f) + " " + (tiny * 1e10f > 0f));

        double nan = IdD(0.0) / IdD(0.0);
        Console.WriteLine((nan < 1) + " " + (nan > 1) + " " + (nan == nan) + " " + (nan != nan) + " " + !(nan >= 0));
        float fnan = (float)nan;
        Console.WriteLine((fnan == fnan) + " " + (fnan != fnan));
        double pz = IdD(0.0), nz = -pz;
        Console.WriteLine((pz == nz) + " " + (1 / pz) + " " + (1 / nz));
        Console.WriteLine(IdD(7.5) % 2 + " " + IdD(-7.5) % 2 + " " + IdF(7.5f) % -2f + " " + IdD(1e10) % 3);
        Console.WriteLine(IdD(5.0) % 0.0);

        double x = IdD(0.1);
        float fx = (float)x;
        Console.WriteLine((fx * 3).ToString("F10") + " " + (x * 3).ToString("F17"));
        Console.WriteLine((double)(fx * fx) + " " + (double)fx * fx);

        float accum = 1f;
        for (int i = 1; i <= 20; i++) accum *= i;
        double daccum = 1;
        for (int i = 1; i <= 20; i++) daccum *= i;
        Console.WriteLine(accum + " " + daccum + " " + (long)daccum);

        float h = 0f;
        for (int i = 1; i <= 10000; i++) h += 1f / i;
        double dh = 0;
        for (int i = 1; i <= 10000; i++) dh += 1.0 / i;
        Console.WriteLine(h.ToString("F5") + " " + dh.ToString("F10"));
        Console.WriteLine((float.MaxValue > 1e38f) + " " + (double.MaxValue > float.MaxValue) + " " + (1e-45f > 0));
        Console.WriteLine(Math.Max(IdF(1.5f), IdF(-2f)) + " " + Math.Min(IdD(-0.5), IdD(3)) + " " + Math.Abs(IdF(-2.25f)));
    }
}
