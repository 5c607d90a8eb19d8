/* bench: C twin of spectral_norm.cs. */
#include <math.h>
#include <stdio.h>

#define N 3500

static double A(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void multiply_av(const double *v, double *av) {
  for (int i = 0; i < N; i++) {
    double sum = 0;
    for (int j = 0; j < N; j++) sum += A(i, j) * v[j];
    av[i] = sum;
  }
}

static void multiply_atv(const double *v, double *atv) {
  for (int i = 0; i < N; i++) {
    double sum = 0;
    for (int j = 0; j < N; j++) sum += A(j, i) * v[j];
    atv[i] = sum;
  }
}

static void multiply_atav(const double *v, double *tmp, double *atav) {
  multiply_av(v, tmp);
  multiply_atv(tmp, atav);
}

int main(void) {
  static double u[N], v[N], tmp[N];
  for (int i = 0; i < N; i++) u[i] = 1;
  for (int i = 0; i < 10; i++) {
    multiply_atav(u, tmp, v);
    multiply_atav(v, tmp, u);
  }
  double vBv = 0, vv = 0;
  for (int i = 0; i < N; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%.9f\n", sqrt(vBv / vv));
  return 0;
}
