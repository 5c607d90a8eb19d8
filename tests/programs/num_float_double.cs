// float vs double rounding: (float)0.1 + (float)0.2, 0.1f * 3, accumulating 0.1 ten times,
// float precision limits (16777217f), double→float narrowing, float arithmetic kept in float,
// mixing float and double, and ToString of floats (7 significant digits) vs doubles (15).
using System;

class Program
{
    static float F(float x) { return x; }
    static double D(double x) { return x; }
    static int I(int x) { return x; }

    static void Main()
    {
        float a = (float)0.1, b = (float)0.2;
        float fs = a + b;
        Console.WriteLine("(float)0.1 + (float)0.2 = " + fs + " ; == 0.3f: " + (fs == 0.3f));
        double ds = D(0.1) + D(0.2);
        Console.WriteLine("0.1 + 0.2 = " + ds + " ; == 0.3: " + (ds == 0.3) + " ; R: " + ds.ToString("R"));
        Console.WriteLine("0.1f * 3 = " + (F(0.1f) * 3) + " ; as double " + (double)(F(0.1f) * 3));
        float f3 = F(0.1f) * 3;
        Console.WriteLine("0.1f*3 == 0.3f: " + (f3 == 0.3f) + " ; (double)0.1f = " + (double)0.1f);

        float facc = 0; double dacc = 0;
        for (int i = 0; i < 10; i++) { facc += 0.1f; dacc += 0.1; }
        Console.WriteLine("sum of ten 0.1: float " + facc + " double " + dacc + " (double==1: " + (dacc == 1.0) + ")");

        float big = 16777216f;
        Console.WriteLine("16777216f + 1 = " + (big + 1f) + " ; == big: " + (big + 1f == big) + " ; (float)I(16777217) = " + (float)I(16777217));
        double dbig = 9007199254740992.0;
        Console.WriteLine("2^53 + 1 == 2^53: " + (dbig + 1 == dbig));

        double pi = Math.PI;
        float fpi = (float)pi;
        Console.WriteLine("pi double " + pi + " float " + fpi + " back to double " + (double)fpi);
        Console.WriteLine("1/3: float " + (F(1f) / 3f) + " double " + (D(1.0) / 3.0));
        Console.WriteLine("2/3: float " + (F(2f) / 3f) + " double " + (D(2.0) / 3.0));
        Console.WriteLine("float mixed with double: " + (F(1f) / 3f + D(1.0) / 3.0));
        Console.WriteLine("float max " + float.MaxValue + " min " + float.MinValue + " epsilon " + float.Epsilon);
        Console.WriteLine("double max " + double.MaxValue + " epsilon " + double.Epsilon);
        Console.WriteLine("float overflow to inf: " + (F(float.MaxValue) * 2f) + " ; (float)D(1e40) = " + (float)D(1e40));
        Console.WriteLine("underflow: " + (F(float.Epsilon) / 2f) + " " + (D(double.Epsilon) / 2));

        float[] vals = { 1.5f, 100.25f, 1e-5f, 123456.7f, 1234567.8f, 3.4e38f, -0.0f, 7e-45f };
        foreach (float v in vals) Console.Write(v + " | ");
        Console.WriteLine();
        double[] dv = { 1.5, 100.25, 1e-5, 123456.7, 1234567.8, 1e15, 1e16, 123456789012345678.0, -0.0, 5e-324 };
        foreach (double v in dv) Console.Write(v + " | ");
        Console.WriteLine();

        // Integer to float conversions that lose precision
        int i1 = 123456789;
        long l1 = 1234567890123456789;
        Console.WriteLine("(float)123456789 = " + (float)i1 + " ; (int)(float) = " + (int)(float)i1);
        Console.WriteLine("(double)1234567890123456789 = " + (double)l1 + " ; (long)(double) = " + (long)(double)l1);

        float x = 1.1f;
        double y = x * 1.1;    // float promoted to double
        float z = x * 1.1f;
        Console.WriteLine("1.1f*1.1 = " + y + " ; 1.1f*1.1f = " + z);
    }
}
