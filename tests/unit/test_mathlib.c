/*
 * test_mathlib.c — runtime/mathlib.c: the floor, ceil and trunc that ilc computes itself
 * (so that R2R code binds them without loading libm) give libm's results bit for bit, and
 * the wrappers that load libm on first call return what libm does.
 *
 * libm's functions are called through volatile pointers, so the compiler cannot fold or
 * inline them: the comparison is with the library an AOT executable links.
 */
#include "runtime/ilrt.h"
#include "runtime/internal.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static uint64_t bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static uint32_t bitsf(float x)
{
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double (*volatile libm_floor)(double) = floor;
static double (*volatile libm_ceil)(double) = ceil;
static double (*volatile libm_trunc)(double) = trunc;
static float (*volatile libm_floorf)(float) = floorf;
static float (*volatile libm_ceilf)(float) = ceilf;
static float (*volatile libm_truncf)(float) = truncf;

static void check(double x)
{
    cr_assert_eq(bits(rt_floor(x)), bits(libm_floor(x)), "floor(%a)", x);
    cr_assert_eq(bits(rt_ceil(x)), bits(libm_ceil(x)), "ceil(%a)", x);
    cr_assert_eq(bits(rt_trunc(x)), bits(libm_trunc(x)), "trunc(%a)", x);
}

static void checkf(float x)
{
    cr_assert_eq(bitsf(rt_floorf(x)), bitsf(libm_floorf(x)), "floorf(%a)", (double)x);
    cr_assert_eq(bitsf(rt_ceilf(x)), bitsf(libm_ceilf(x)), "ceilf(%a)", (double)x);
    cr_assert_eq(bitsf(rt_truncf(x)), bitsf(libm_truncf(x)), "truncf(%a)", (double)x);
}

/* Zeros, halves, the edges where every double (float) is an integer, subnormals,
 * infinities and NaNs, each with both signs. */
Test(mathlib, rounding_edges)
{
    static const double d[] = {0.0,          0.25,
                               0.5,          0.75,
                               1.0,          1.5,
                               2.5,          0x1p-1074,
                               0x1p-1022,    0x1.fffffffffffffp-1,
                               0x1p52 - 0.5, 0x1p52,
                               0x1p52 + 1,   0x1p53,
                               0x1p63,       0x1p64,
                               1e300,        0x1.fffffffffffffp1023,
                               INFINITY,     NAN};
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        check(d[i]);
        check(-d[i]);
    }
    static const float f[] = {
        0.0f,           0.5f,    1.5f,    0x1p-149f, 0x1p-126f,       0x1p23f - 0.5f, 0x1p23f,
        0x1p23f + 1.0f, 0x1p24f, 0x1p31f, 0x1p32f,   0x1.fffffep127f, INFINITY,       NAN};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        checkf(f[i]);
        checkf(-f[i]);
    }
}

/* Values of every magnitude from 2^-8 to 2^60 (2^28 for floats), fractions included. */
Test(mathlib, rounding_sweep)
{
    uint64_t seed = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 200000; i++) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int exponent = (int)(seed >> 58) - 8; /* -8 .. 55 */
        double mantissa = (double)(seed >> 11 & 0xfffff) / 0x1p20 + 1.0;
        double x = ldexp(mantissa, exponent) * ((seed & 1) ? -1 : 1);
        check(x);
        checkf((float)ldexp(mantissa, exponent % 28) * ((seed & 2) ? -1.0f : 1.0f));
    }
}

/* A signalling NaN comes back quiet, as libm returns it. */
Test(mathlib, signalling_nan)
{
    uint64_t snan = 0x7ff0000000000001u;
    double x;
    memcpy(&x, &snan, sizeof x);
    check(x);
    uint32_t snanf = 0x7f800001u;
    float y;
    memcpy(&y, &snanf, sizeof y);
    checkf(y);
}

/* The wrappers that find libm on first call give its answers. */
Test(mathlib, loaded_on_first_call)
{
    static double (*volatile libm_sin)(double) = sin;
    static double (*volatile libm_pow)(double, double) = pow;
    static double (*volatile libm_fmod)(double, double) = fmod;
    cr_assert_eq(bits(rt_math_sin(1.25)), bits(libm_sin(1.25)));
    cr_assert_eq(bits(rt_math_pow(1.5, 7.25)), bits(libm_pow(1.5, 7.25)));
    cr_assert_eq(bits(rt_fmod(-7.5, 2.0)), bits(libm_fmod(-7.5, 2.0)));
    cr_assert_eq(bitsf(rt_fmodf(7.5f, -2.0f)), bitsf(1.5f));
    cr_assert_eq(bits(rt_math_floor(-2.5)), bits(-3.0));
    cr_assert_not_null(rt_libm_symbol("cbrt"));
    cr_assert_null(rt_libm_symbol("no_such_function_in_libm"));
}
