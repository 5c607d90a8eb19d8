// bench: spectral norm (Computer Language Benchmarks Game): nested double loops over an
// implicit matrix, a division per element. One iteration = the norm of the SIZE x SIZE matrix
// by ten power steps. Twin: spectral_norm.c.
// bench-args: full: 12 800 | quick: 3 100 | startup: 1 10
using System;

class SpectralNorm
{
    static double A(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

    static void MultiplyAv(int n, double[] v, double[] av)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void MultiplyAtv(int n, double[] v, double[] atv)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void MultiplyAtAv(int n, double[] v, double[] tmp, double[] atav)
    {
        MultiplyAv(n, v, tmp);
        MultiplyAtv(n, tmp, atav);
    }

    static double Norm(int n)
    {
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++)
        {
            MultiplyAtAv(n, u, tmp, v);
            MultiplyAtAv(n, v, tmp, u);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.Sqrt(vBv / vv);
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 12), n = Bench.Arg(args, 1, 800);
        double norm = 0;
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            norm = Norm(n);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine(norm.ToString("F9"));
    }
}
