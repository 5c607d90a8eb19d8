/*
 * mathlib.c — System.Math's internal calls: thin wrappers over C's libm, loaded when a
 * program first needs it.
 *
 * .NET defines these functions as the C runtime's, and Mono 6.8 calls libm for
 * them too, so results (including NaN and infinity cases) match bit for bit on the
 * same libm. Math.Round(double) is nearbyint: round half to even, which is .NET's
 * default MidpointRounding; the digits and AwayFromZero variants are in Math.cs.
 *
 * ilc does not link libm: loading it costs every start-up about a tenth of a millisecond
 * (its mappings, its relocations and its many IFUNC resolvers), more than an R2R hello
 * world spends in its own code, and most programs never call it. So each wrapper finds its
 * function with dlsym on first call (rt_libm_symbol), and floor, ceil and trunc, which code
 * compiled for the x86-64 baseline calls by name (LLVM lowers llvm.floor and friends to
 * them where there is no rounding instruction), are computed here, exactly: binding an
 * image's calls to them must not load libm. An AOT executable links libm as before.
 */
#include "ilrt.h"
#include "internal.h"

#include <dlfcn.h>
#include <gnu/lib-names.h>
#include <math.h>
#include <stdint.h>

static void *libm;

void *rt_libm_symbol(const char *name)
{
    void *lib = __atomic_load_n(&libm, __ATOMIC_ACQUIRE);
    if (!lib) {
        lib = dlopen(LIBM_SO, RTLD_NOW | RTLD_GLOBAL); /* reference-counted: a race is harmless */
        if (!lib) rt_fatal("cannot load %s: %s", LIBM_SO, dlerror());
        __atomic_store_n(&libm, lib, __ATOMIC_RELEASE);
    }
    return dlsym(lib, name);
}

/* The libm function `name`, looked up once into *cache. */
static void *libm_function(void **cache, const char *name)
{
    void *fn = __atomic_load_n(cache, __ATOMIC_ACQUIRE);
    if (fn) return fn;
    if (!(fn = rt_libm_symbol(name))) rt_fatal("%s has no %s", LIBM_SO, name);
    __atomic_store_n(cache, fn, __ATOMIC_RELEASE);
    return fn;
}

typedef double (*Libm1)(double);
typedef double (*Libm2)(double, double);
typedef float (*Libm2f)(float, float);

#define LIBM1(name, x)                                                                             \
    do {                                                                                           \
        static void *fn;                                                                           \
        return ((Libm1)libm_function(&fn, name))(x);                                               \
    } while (0)
#define LIBM2(name, x, y)                                                                          \
    do {                                                                                           \
        static void *fn;                                                                           \
        return ((Libm2)libm_function(&fn, name))(x, y);                                            \
    } while (0)

/* ECMA-335 III.3.55 rem: the result has the sign of the dividend, as C's fmod. */
double rt_fmod(double a, double b)
{
    LIBM2("fmod", a, b);
}

float rt_fmodf(float a, float b)
{
    static void *fn;
    return ((Libm2f)libm_function(&fn, "fmodf"))(a, b);
}

/* ---- floor, ceil, trunc without libm ----
 * A double of magnitude 2^52 or more (a float: 2^23) is an integer already; below that the
 * conversion to a 64-bit integer truncates exactly, and the sign is put back so that -0.5
 * truncates to -0.0 as C's trunc does. NaN comes back quieted (x + x), as from libm. */

double rt_trunc(double x)
{
    if (!(__builtin_fabs(x) < 0x1p52)) return __builtin_isnan(x) ? x + x : x;
    return __builtin_copysign((double)(int64_t)x, x);
}

double rt_floor(double x)
{
    double t = rt_trunc(x);
    return t > x ? t - 1.0 : t;
}

double rt_ceil(double x)
{
    double t = rt_trunc(x);
    return t < x ? t + 1.0 : t;
}

float rt_truncf(float x)
{
    if (!(__builtin_fabsf(x) < 0x1p23f)) return __builtin_isnan(x) ? x + x : x;
    return __builtin_copysignf((float)(int32_t)x, x);
}

float rt_floorf(float x)
{
    float t = rt_truncf(x);
    return t > x ? t - 1.0f : t;
}

float rt_ceilf(float x)
{
    float t = rt_truncf(x);
    return t < x ? t + 1.0f : t;
}

double rt_math_sin(double a)
{
    LIBM1("sin", a);
}

double rt_math_cos(double d)
{
    LIBM1("cos", d);
}

double rt_math_tan(double a)
{
    LIBM1("tan", a);
}

double rt_math_asin(double d)
{
    LIBM1("asin", d);
}

double rt_math_acos(double d)
{
    LIBM1("acos", d);
}

double rt_math_atan(double d)
{
    LIBM1("atan", d);
}

double rt_math_atan2(double y, double x)
{
    LIBM2("atan2", y, x);
}

double rt_math_sinh(double value)
{
    LIBM1("sinh", value);
}

double rt_math_cosh(double value)
{
    LIBM1("cosh", value);
}

double rt_math_tanh(double value)
{
    LIBM1("tanh", value);
}

double rt_math_asinh(double d)
{
    LIBM1("asinh", d);
}

double rt_math_acosh(double d)
{
    LIBM1("acosh", d);
}

double rt_math_atanh(double d)
{
    LIBM1("atanh", d);
}

double rt_math_exp(double d)
{
    LIBM1("exp", d);
}

double rt_math_log(double d)
{
    LIBM1("log", d);
}

double rt_math_log10(double d)
{
    LIBM1("log10", d);
}

double rt_math_pow(double x, double y)
{
    LIBM2("pow", x, y);
}

double rt_math_sqrt(double d)
{
    LIBM1("sqrt", d);
}

double rt_math_cbrt(double d)
{
    LIBM1("cbrt", d);
}

double rt_math_ieee_remainder(double x, double y)
{
    LIBM2("remainder", x, y);
}

double rt_math_floor(double d)
{
    return rt_floor(d);
}

double rt_math_ceiling(double a)
{
    return rt_ceil(a);
}

double rt_math_truncate(double d)
{
    return rt_trunc(d);
}

double rt_math_round(double a)
{
    LIBM1("nearbyint", a);
}

double rt_math_abs(double value)
{
    return fabs(value);
}

float rt_math_absf(float value)
{
    return fabsf(value);
}
