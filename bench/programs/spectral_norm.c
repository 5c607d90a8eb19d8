/* bench: C twin of spectral_norm.cs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

static double A(int i, int j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void multiply_av(int n, const double *v, double *av)
{
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++)
            sum += A(i, j) * v[j];
        av[i] = sum;
    }
}

static void multiply_atv(int n, const double *v, double *atv)
{
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++)
            sum += A(j, i) * v[j];
        atv[i] = sum;
    }
}

static void multiply_atav(int n, const double *v, double *tmp, double *atav)
{
    multiply_av(n, v, tmp);
    multiply_atv(n, tmp, atav);
}

static double norm(int n)
{
    double *u = calloc(n, sizeof(double)), *v = calloc(n, sizeof(double));
    double *tmp = calloc(n, sizeof(double));
    for (int i = 0; i < n; i++)
        u[i] = 1;
    for (int i = 0; i < 10; i++) {
        multiply_atav(n, u, tmp, v);
        multiply_atav(n, v, tmp, u);
    }
    double vBv = 0, vv = 0;
    for (int i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return sqrt(vBv / vv);
}

int main(int argc, char **argv)
{
    int iterations = bench_arg(argc, argv, 0, 12), n = bench_arg(argc, argv, 1, 800);
    double result = 0;
    for (int it = 0; it < iterations; it++) {
        double start = bench_start();
        result = norm(n);
        bench_lap(it, start);
    }
    printf("%.9f\n", result);
    return 0;
}
