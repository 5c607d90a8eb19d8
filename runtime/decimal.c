/*
 * decimal.c — System.Decimal arithmetic for corlib: exact 96-bit decimal floating point
 * with results identical to Mono 6.8, whose Decimal is the .NET Core 3.0 DecCalc (itself
 * a port of OLE Automation's VarDecAdd/VarDecMul/VarDecDiv).
 *
 * A decimal is a 96-bit magnitude m, a scale s in 0..28 and a sign: value = ±m / 10^s.
 * Every operation computes the exact result (in wider integers where needed) and then
 * brings it back into that range the way DecCalc does:
 *
 *   exact result ──► too wide or scale > 28? ──► drop the fewest decimal digits,
 *                                                rounding half to even ("ScaleResult")
 *
 *   add, subtract   scale = the larger of the two; digits are dropped only on overflow
 *   multiply        scale = s1 + s2, reduced to 28 at most
 *   divide          as many digits as fit (scale <= 28), rounded half to even, then
 *                   trailing zeros removed if the division was inexact at s1 - s2
 *   remainder       exact, with the larger scale and the dividend's sign
 *
 * The observable details of the reference code are kept on purpose, since GetBits and
 * the printed scale expose them: which zero (sign and scale) a cancelling addition or a
 * zero product returns, 0.000 / 1 keeping its scale, -0.5 rounding to "negative zero".
 * Conversions from double and float round to 15 and 7 significant digits first, with the
 * same floating-point steps as the reference; conversion to double is its one-line
 * formula (not correctly rounded: (double)(1m/3m) is 0.33333333333333337).
 *
 * Internal calls return a status (DEC_OK, DEC_OVERFLOW, DEC_DIVIDE_BY_ZERO) and corlib's
 * Decimal.cs throws; results are written through the RtDecimal pointers.
 */
#include "ilrt.h"
#include "internal.h"

#include <string.h>

typedef unsigned __int128 u128;

enum { DEC_OK = 0, DEC_OVERFLOW = 1, DEC_DIVIDE_BY_ZERO = 2 };
enum { SCALE_MAX = 28, SCALE_SHIFT = 16 };
enum {
    ROUND_TO_EVEN = 0,
    ROUND_AWAY_FROM_ZERO = 1,
    ROUND_TRUNCATE = 2,
    ROUND_FLOOR = 3,
    ROUND_CEILING = 4
};

#define SIGN_MASK  0x80000000u
#define SCALE_MASK 0x00FF0000u
#define MAX96      ((((u128)1) << 96) - 1)

static const uint32_t pow10_u32[10] = {1,      10,      100,      1000,      10000,
                                       100000, 1000000, 10000000, 100000000, 1000000000};

static u128 pow10_u128(int n)
{
    u128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

/* ---- the RtDecimal representation ---- */

static int dec_scale(const RtDecimal *d)
{
    return (int)((d->flags & SCALE_MASK) >> SCALE_SHIFT);
}

static bool dec_negative(const RtDecimal *d)
{
    return (d->flags & SIGN_MASK) != 0;
}

static u128 dec_mag(const RtDecimal *d)
{
    return ((u128)d->hi << 64) | ((uint64_t)d->mid << 32) | d->lo;
}

static void dec_set(RtDecimal *d, u128 mag, uint32_t flags)
{
    d->lo = (uint32_t)mag;
    d->mid = (uint32_t)(mag >> 32);
    d->hi = (uint32_t)(mag >> 64);
    d->flags = flags;
}

static uint32_t make_flags(bool negative, int scale)
{
    return (negative ? SIGN_MASK : 0) | ((uint32_t)scale << SCALE_SHIFT);
}

/* ---- wide unsigned integers (up to 256 bits) for products and aligned sums ---- */

enum { WIDE_WORDS = 8 };

typedef struct Wide {
    uint32_t w[WIDE_WORDS]; /* least significant first */
} Wide;

static Wide wide_from(u128 v)
{
    Wide x;
    memset(&x, 0, sizeof x);
    for (int i = 0; i < 4; i++)
        x.w[i] = (uint32_t)(v >> (32 * i));
    return x;
}

static bool wide_fits96(const Wide *x)
{
    for (int i = 3; i < WIDE_WORDS; i++)
        if (x->w[i]) return false;
    return true;
}

static bool wide_is_zero(const Wide *x)
{
    for (int i = 0; i < WIDE_WORDS; i++)
        if (x->w[i]) return false;
    return true;
}

static u128 wide_low96(const Wide *x)
{
    return ((u128)x->w[2] << 64) | ((uint64_t)x->w[1] << 32) | x->w[0];
}

static void wide_mul_u32(Wide *x, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < WIDE_WORDS; i++) {
        uint64_t t = (uint64_t)x->w[i] * m + carry;
        x->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
}

/* Divides in place; returns the remainder. */
static uint32_t wide_divmod_u32(Wide *x, uint32_t d)
{
    uint64_t rem = 0;
    for (int i = WIDE_WORDS - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | x->w[i];
        x->w[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static void wide_add(Wide *x, u128 v)
{
    uint64_t carry = 0;
    for (int i = 0; i < WIDE_WORDS; i++) {
        uint64_t t = (uint64_t)x->w[i] + (uint32_t)(i < 4 ? v >> (32 * i) : 0) + carry;
        x->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
}

/* x -= v, for x >= v. */
static void wide_sub(Wide *x, u128 v)
{
    int64_t borrow = 0;
    for (int i = 0; i < WIDE_WORDS; i++) {
        int64_t t = (int64_t)x->w[i] - (uint32_t)(i < 4 ? v >> (32 * i) : 0) - borrow;
        borrow = t < 0;
        x->w[i] = (uint32_t)t;
    }
}

static Wide wide_mul(u128 a, u128 b)
{
    uint32_t aw[3] = {(uint32_t)a, (uint32_t)(a >> 32), (uint32_t)(a >> 64)};
    uint32_t bw[3] = {(uint32_t)b, (uint32_t)(b >> 32), (uint32_t)(b >> 64)};
    Wide x;
    memset(&x, 0, sizeof x);
    for (int i = 0; i < 3; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < 3; j++) {
            uint64_t t = (uint64_t)aw[i] * bw[j] + x.w[i + j] + carry;
            x.w[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        x.w[i + 3] = (uint32_t)carry;
    }
    return x;
}

static int wide_bit_length(const Wide *x)
{
    for (int i = WIDE_WORDS - 1; i >= 0; i--)
        if (x->w[i]) return 32 * i + 32 - __builtin_clz(x->w[i]);
    return 0;
}

/*
 * DecCalc's ScaleResult: drops the fewest decimal digits that bring `x` (at `scale`)
 * within 96 bits and a scale of 28, rounding half to even with a sticky bit for
 * everything dropped. Returns the new scale, or -1 on overflow (the scale would go
 * below zero).
 */
static int scale_result(Wide *x, int scale, u128 *out)
{
    int drop = 0;
    int excess_bits = wide_bit_length(x) - 97;
    if (excess_bits >= 0) {
        /* a lower bound on the digits to drop: bits * log10(2), as 77/256 */
        drop = ((excess_bits * 77) >> 8) + 1;
        if (drop > scale) return -1;
    }
    if (drop < scale - SCALE_MAX) drop = scale - SCALE_MAX;
    if (drop == 0) {
        *out = wide_low96(x);
        return scale;
    }
    uint32_t rem = 0, power = 1;
    bool sticky = false;
    for (;;) {
        while (drop > 0) {
            int step = drop > 9 ? 9 : drop;
            sticky |= rem != 0;
            power = pow10_u32[step];
            rem = wide_divmod_u32(x, power);
            drop -= step;
            scale -= step;
        }
        if (!wide_fits96(x)) {
            if (scale == 0) return -1;
            drop = 1;
            continue;
        }
        uint32_t half = power / 2;
        if (rem > half || (rem == half && (sticky || (x->w[0] & 1)))) {
            wide_add(x, 1);
            if (!wide_fits96(x)) { /* rounded up to 2^96: one digit more */
                if (scale == 0) return -1;
                rem = 0;
                sticky = false;
                drop = 1;
                continue;
            }
        }
        *out = wide_low96(x);
        return scale;
    }
}

/* ---- comparison ---- */

/* Scales `v` up by 10^n; false if it passes 96 bits on the way. */
static bool scale_up_fits(u128 *v, int n)
{
    while (n > 0) {
        int step = n > 9 ? 9 : n;
        *v *= pow10_u32[step];
        if (*v > MAX96) return false;
        n -= step;
    }
    return true;
}

/* Compares a / 10^sa with b / 10^sb: -1, 0 or 1. */
static int compare_magnitudes(u128 a, int sa, u128 b, int sb)
{
    if (sa < sb && !scale_up_fits(&a, sb - sa)) return 1;
    if (sb < sa && !scale_up_fits(&b, sa - sb)) return -1;
    return a < b ? -1 : a > b;
}

int32_t rt_decimal_compare(const RtDecimal *d1, const RtDecimal *d2)
{
    u128 a = dec_mag(d1), b = dec_mag(d2);
    if (b == 0) return a == 0 ? 0 : (dec_negative(d1) ? -1 : 1);
    if (a == 0) return dec_negative(d2) ? 1 : -1;
    if (dec_negative(d1) != dec_negative(d2)) return dec_negative(d1) ? -1 : 1;
    int c = compare_magnitudes(a, dec_scale(d1), b, dec_scale(d2));
    return dec_negative(d1) ? -c : c;
}

/* ---- addition and subtraction (DecCalc.DecAddSub) ---- */

/* Same scale: add or subtract magnitudes; a carry out of 96 bits costs one digit. */
static int32_t add_aligned(RtDecimal *d, u128 left, u128 right, bool subtract, uint32_t flags)
{
    u128 r;
    if (subtract) {
        if (left >= right) {
            r = left - right;
        } else {
            r = right - left;
            flags ^= SIGN_MASK;
        }
    } else {
        r = left + right;
        if (r > MAX96) {
            if ((flags & SCALE_MASK) == 0) return DEC_OVERFLOW;
            flags -= 1u << SCALE_SHIFT;
            u128 q = r / 10;
            uint32_t digit = (uint32_t)(r % 10);
            if (digit > 5 || (digit == 5 && (q & 1))) q++;
            r = q;
        }
    }
    dec_set(d, r, flags);
    return DEC_OK;
}

int32_t rt_decimal_add(RtDecimal *d1, const RtDecimal *d2, bool subtract)
{
    bool sub = subtract != (dec_negative(d1) != dec_negative(d2));
    u128 left = dec_mag(d1), right = dec_mag(d2);
    int s1 = dec_scale(d1), s2 = dec_scale(d2);
    if (s1 == s2) return add_aligned(d1, left, right, sub, d1->flags);

    /* `left` gets the smaller scale and is scaled up to the other's; the result's sign
     * starts as the one the reference code derives ("sign of the larger"). */
    uint32_t flags;
    int k;
    if (s2 > s1) {
        flags = (d2->flags & SCALE_MASK) | (d1->flags & SIGN_MASK);
        k = s2 - s1;
    } else {
        flags = d1->flags ^ (sub ? SIGN_MASK : 0);
        k = s1 - s2;
        u128 t = left;
        left = right;
        right = t;
    }
    if (left == 0) {
        uint32_t sign = (flags & SIGN_MASK) ^ (sub ? SIGN_MASK : 0);
        dec_set(d1, right, (flags & SCALE_MASK) | sign);
        return DEC_OK;
    }
    Wide x = wide_from(left);
    while (k > 0) {
        int step = k > 9 ? 9 : k;
        wide_mul_u32(&x, pow10_u32[step]);
        k -= step;
    }
    if (wide_fits96(&x)) return add_aligned(d1, wide_low96(&x), right, sub, flags);

    /* The scaled operand is wider than 96 bits, so it is also the larger one. */
    if (sub)
        wide_sub(&x, right);
    else
        wide_add(&x, right);
    int scale = (int)((flags & SCALE_MASK) >> SCALE_SHIFT);
    u128 r = wide_low96(&x);
    if (!wide_fits96(&x)) {
        scale = scale_result(&x, scale, &r);
        if (scale < 0) return DEC_OVERFLOW;
    }
    dec_set(d1, r, (flags & SIGN_MASK) | ((uint32_t)scale << SCALE_SHIFT));
    return DEC_OK;
}

/* ---- multiplication (DecCalc.VarDecMul) ---- */

int32_t rt_decimal_multiply(RtDecimal *d1, const RtDecimal *d2)
{
    int scale = dec_scale(d1) + dec_scale(d2);
    uint32_t sign = (d1->flags ^ d2->flags) & SIGN_MASK;
    if ((d1->hi | d1->mid) == 0 && (d2->hi | d2->mid) == 0) {
        /* 32 x 32 bits: a zero product keeps its sign and scale */
        uint64_t p = (uint64_t)d1->lo * d2->lo;
        if (scale > SCALE_MAX) {
            if (scale > SCALE_MAX + 19) {
                dec_set(d1, 0, 0);
                return DEC_OK;
            }
            uint64_t power = (uint64_t)pow10_u128(scale - SCALE_MAX);
            uint64_t q = p / power, rem = p - q * power, half = power / 2;
            if (rem > half || (rem == half && (q & 1))) q++;
            p = q;
            scale = SCALE_MAX;
        }
        dec_set(d1, p, sign | ((uint32_t)scale << SCALE_SHIFT));
        return DEC_OK;
    }
    Wide x = wide_mul(dec_mag(d1), dec_mag(d2));
    if (wide_is_zero(&x)) {
        dec_set(d1, 0, 0);
        return DEC_OK;
    }
    u128 r = wide_low96(&x);
    if (!wide_fits96(&x) || scale > SCALE_MAX) {
        scale = scale_result(&x, scale, &r);
        if (scale < 0) return DEC_OVERFLOW;
    }
    dec_set(d1, r, sign | ((uint32_t)scale << SCALE_SHIFT));
    return DEC_OK;
}

/* ---- division (DecCalc.VarDecDiv) ---- */

/*
 * The largest power of ten, at most 9 and at most 28 - scale, by which the quotient
 * can be scaled and still fit in 96 bits; -1 if a power below 9 leaves the scale
 * negative (the quotient cannot be brought to an integer scale).
 */
static int search_scale(u128 quo, int scale)
{
    int p = SCALE_MAX - scale < 9 ? SCALE_MAX - scale : 9;
    while (p > 0 && quo * pow10_u32[p] > MAX96)
        p--;
    return p < 9 && p + scale < 0 ? -1 : p;
}

/*
 * The quotient carried out of 96 bits: divide by ten, rounding half to even on the
 * digit dropped and on whether anything was left over before (sticky).
 */
static bool overflow_unscale(u128 *quo, int *scale, bool sticky)
{
    if (--*scale < 0) return false;
    u128 q = *quo / 10;
    uint32_t digit = (uint32_t)(*quo % 10);
    if (digit > 5 || (digit == 5 && (sticky || (q & 1)))) q++;
    *quo = q;
    return true;
}

/* Removes trailing zeros while the scale stays >= 0 (DecCalc.Unscale). */
static u128 unscale(u128 v, int *scale)
{
    while (*scale > 0 && v % 10 == 0) {
        v /= 10;
        --*scale;
    }
    return v;
}

/*
 * Long division in decimal chunks: the integer quotient at the natural scale s1 - s2,
 * then up to nine more digits at a time while there is a remainder and room, then
 * rounding on the remainder.
 */
int32_t rt_decimal_divide(RtDecimal *d1, const RtDecimal *d2)
{
    u128 den = dec_mag(d2);
    if (den == 0) return DEC_DIVIDE_BY_ZERO;
    int scale = dec_scale(d1) - dec_scale(d2);
    u128 num = dec_mag(d1);
    u128 quo = num / den, rem = num % den;
    bool inexact = false;
    for (;;) {
        int step;
        if (rem == 0) {
            if (scale >= 0) break;
            step = -scale < 9 ? -scale : 9;
        } else {
            inexact = true;
            step = scale == SCALE_MAX ? 0 : search_scale(quo, scale);
            if (step < 0) return DEC_OVERFLOW;
            if (step == 0) {
                u128 twice = rem * 2;
                if (twice > den || (twice == den && (quo & 1))) {
                    if (++quo > MAX96 && !overflow_unscale(&quo, &scale, true)) return DEC_OVERFLOW;
                }
                break;
            }
        }
        uint32_t power = pow10_u32[step];
        scale += step;
        quo *= power;
        if (quo > MAX96) return DEC_OVERFLOW;
        u128 t = rem * power;
        quo += t / den;
        rem = t % den;
        if (quo > MAX96) {
            if (!overflow_unscale(&quo, &scale, rem != 0)) return DEC_OVERFLOW;
            break;
        }
    }
    if (inexact) quo = unscale(quo, &scale);
    dec_set(d1, quo, ((d1->flags ^ d2->flags) & SIGN_MASK) | ((uint32_t)scale << SCALE_SHIFT));
    return DEC_OK;
}

/* ---- remainder (DecCalc.VarDecMod) ---- */

/* (v * 10^n) mod m, for v < m. */
static u128 scaled_mod(u128 v, int n, u128 m)
{
    while (n > 0) {
        int step = n > 9 ? 9 : n;
        v = (v * pow10_u32[step]) % m;
        n -= step;
    }
    return v;
}

int32_t rt_decimal_remainder(RtDecimal *d1, const RtDecimal *d2)
{
    u128 a = dec_mag(d1), b = dec_mag(d2);
    if (b == 0) return DEC_DIVIDE_BY_ZERO;
    if (a == 0) return DEC_OK;
    /* the divisor takes the dividend's sign: x % y has the sign of x */
    uint32_t f2 = (d2->flags & ~SIGN_MASK) | (d1->flags & SIGN_MASK);
    int s1 = dec_scale(d1), s2 = dec_scale(d2);
    int cmp = compare_magnitudes(a, s1, b, s2);
    if (cmp < 0) return DEC_OK;
    if (cmp == 0) {
        dec_set(d1, 0, f2 > d1->flags ? f2 : d1->flags);
        return DEC_OK;
    }
    if (s1 >= s2) {
        scale_up_fits(&b, s1 - s2); /* |d2| < |d1| so this fits */
        dec_set(d1, a % b, d1->flags);
    } else {
        dec_set(d1, scaled_mod(a % b, s2 - s1, b), f2);
    }
    return DEC_OK;
}

/* ---- rounding (DecCalc.InternalRound) ---- */

/* Drops `digits` decimal places (1..28) with the given MidpointRounding-like mode. */
void rt_decimal_round(RtDecimal *d, int32_t digits, int32_t mode)
{
    u128 power = pow10_u128(digits), v = dec_mag(d);
    u128 q = v / power, rem = v % power;
    bool up;
    switch (mode) {
    case ROUND_TO_EVEN: up = rem * 2 > power || (rem * 2 == power && (q & 1)); break;
    case ROUND_AWAY_FROM_ZERO: up = rem * 2 >= power; break;
    case ROUND_FLOOR: up = rem != 0 && dec_negative(d); break;
    case ROUND_CEILING: up = rem != 0 && !dec_negative(d); break;
    case ROUND_TRUNCATE:
    default: up = false; break;
    }
    dec_set(d, q + up, d->flags - ((uint32_t)digits << SCALE_SHIFT));
}

/* ---- conversions from and to floating point ---- */

static const double pow10_double[29] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,
                                        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
                                        1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28};

/* Removes up to `limit` trailing zeros from the mantissa, lowering the power with them. */
static uint64_t strip_zeros(uint64_t mant, int *power, int limit)
{
    while (limit > 0 && mant % 10 == 0) {
        mant /= 10;
        --*power;
        limit--;
    }
    return mant;
}

/*
 * DecCalc.VarDecFromR8/R4: scale |value| by a power of ten so that it has `digits`
 * integer digits (15 for double, 7 for float), round that to an integer (half to even),
 * and use the power as the scale; trailing zeros come off again.
 */
static int32_t from_binary(double dbl, int binary_exp, bool negative, int digits, RtDecimal *out)
{
    dec_set(out, 0, 0);
    if (binary_exp < -94) return DEC_OK; /* rounds to zero even at scale 28 */
    if (binary_exp > 96) return DEC_OVERFLOW;
    double top = pow10_double[digits], bottom = pow10_double[digits - 1];
    int power = (digits - 1) - ((binary_exp * 19728) >> 16); /* log10(2) * 2^16 = 19728.3 */
    if (power >= 0) {
        if (power > SCALE_MAX) power = SCALE_MAX;
        dbl *= pow10_double[power];
    } else if (power != -1 || dbl >= top) {
        dbl /= pow10_double[-power];
    } else {
        power = 0;
    }
    if (dbl < bottom && power < SCALE_MAX) {
        dbl *= 10;
        power++;
    }
    uint64_t mant = (uint64_t)(int64_t)dbl;
    double frac = dbl - (double)(int64_t)mant;
    if (frac > 0.5 || (frac == 0.5 && (mant & 1))) mant++;
    if (mant == 0) return DEC_OK;
    if (power < 0) {
        u128 v = (u128)mant * pow10_u128(-power);
        if (v > MAX96) return DEC_OVERFLOW;
        dec_set(out, v, make_flags(negative, 0));
        return DEC_OK;
    }
    int limit = power < digits - 1 ? power : digits - 1;
    mant = strip_zeros(mant, &power, limit);
    dec_set(out, mant, make_flags(negative, power));
    return DEC_OK;
}

int32_t rt_decimal_from_double(double value, RtDecimal *result)
{
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int exp = (int)((bits >> 52) & 0x7FF) - 1022;
    return from_binary(value < 0 ? -value : value, exp, value < 0, 15, result);
}

int32_t rt_decimal_from_single(float value, RtDecimal *result)
{
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    int exp = (int)((bits >> 23) & 0xFF) - 126;
    return from_binary(value < 0 ? -(double)value : (double)value, exp, value < 0, 7, result);
}

double rt_decimal_to_double(const RtDecimal *d)
{
    const double two_to_64 = 18446744073709551616.0;
    uint64_t low64 = ((uint64_t)d->mid << 32) | d->lo;
    double v = ((double)low64 + (double)d->hi * two_to_64) / pow10_double[dec_scale(d)];
    return dec_negative(d) ? -v : v;
}

/* ---- hashing (DecCalc.GetHashCode): equal values hash alike, whatever their scale ---- */

int32_t rt_decimal_get_hash_code(const RtDecimal *d)
{
    u128 v = dec_mag(d);
    if (v == 0) return 0;
    uint32_t flags = d->flags;
    if ((flags & SCALE_MASK) != 0 && (d->lo & 1) == 0) {
        int scale = dec_scale(d);
        v = unscale(v, &scale);
        flags = (flags & ~SCALE_MASK) | ((uint32_t)scale << SCALE_SHIFT);
    }
    return (int32_t)(flags ^ (uint32_t)(v >> 64) ^ (uint32_t)(v >> 32) ^ (uint32_t)v);
}
