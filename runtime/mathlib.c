/*
 * mathlib.c — System.Math's internal calls: thin wrappers over C's libm.
 *
 * .NET defines these functions as the C runtime's, and Mono 6.8 calls libm for
 * them too, so results (including NaN and infinity cases) match bit for bit on the
 * same libm. Math.Round(double) is nearbyint: round half to even, which is .NET's
 * default MidpointRounding; the digits and AwayFromZero variants are in Math.cs.
 */
#include "ilrt.h"
#include "internal.h"

#include <math.h>

double rt_math_sin(double a)
{
    return sin(a);
}

double rt_math_cos(double d)
{
    return cos(d);
}

double rt_math_tan(double a)
{
    return tan(a);
}

double rt_math_asin(double d)
{
    return asin(d);
}

double rt_math_acos(double d)
{
    return acos(d);
}

double rt_math_atan(double d)
{
    return atan(d);
}

double rt_math_atan2(double y, double x)
{
    return atan2(y, x);
}

double rt_math_sinh(double value)
{
    return sinh(value);
}

double rt_math_cosh(double value)
{
    return cosh(value);
}

double rt_math_tanh(double value)
{
    return tanh(value);
}

double rt_math_asinh(double d)
{
    return asinh(d);
}

double rt_math_acosh(double d)
{
    return acosh(d);
}

double rt_math_atanh(double d)
{
    return atanh(d);
}

double rt_math_exp(double d)
{
    return exp(d);
}

double rt_math_log(double d)
{
    return log(d);
}

double rt_math_log10(double d)
{
    return log10(d);
}

double rt_math_pow(double x, double y)
{
    return pow(x, y);
}

double rt_math_sqrt(double d)
{
    return sqrt(d);
}

double rt_math_cbrt(double d)
{
    return cbrt(d);
}

double rt_math_ieee_remainder(double x, double y)
{
    return remainder(x, y);
}

double rt_math_floor(double d)
{
    return floor(d);
}

double rt_math_ceiling(double a)
{
    return ceil(a);
}

double rt_math_truncate(double d)
{
    return trunc(d);
}

double rt_math_round(double a)
{
    return nearbyint(a);
}

double rt_math_abs(double value)
{
    return fabs(value);
}

float rt_math_absf(float value)
{
    return fabsf(value);
}
