// bench: spectral norm (Computer Language Benchmarks Game), n = 3500. Twin: spectral_norm.c.
using System;

class SpectralNorm
{
    const int N = 3500;

    static double A(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

    static void MultiplyAv(double[] v, double[] av)
    {
        for (int i = 0; i < N; i++)
        {
            double sum = 0;
            for (int j = 0; j < N; j++) sum += A(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void MultiplyAtv(double[] v, double[] atv)
    {
        for (int i = 0; i < N; i++)
        {
            double sum = 0;
            for (int j = 0; j < N; j++) sum += A(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void MultiplyAtAv(double[] v, double[] tmp, double[] atav)
    {
        MultiplyAv(v, tmp);
        MultiplyAtv(tmp, atav);
    }

    static void Main()
    {
        double[] u = new double[N], v = new double[N], tmp = new double[N];
        for (int i = 0; i < N; i++) u[i] = 1;
        for (int i = 0; i < 10; i++)
        {
            MultiplyAtAv(u, tmp, v);
            MultiplyAtAv(v, tmp, u);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < N; i++)
        {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        Console.WriteLine(Math.Sqrt(vBv / vv).ToString("F9"));
    }
}
