/*
 * number.c — formatting and parsing of numbers for corlib (System.Number), with output
 * byte-identical to Mono 6.8 in the invariant culture.
 *
 * Mono 6.8 formats as .NET Framework and .NET Core 2.x do, in two steps:
 *
 *   value ──► NumberBuffer ──► layout by format
 *             digits "12345", scale (decimal exponent: value = 0.12345 × 10^scale),
 *             sign; doubles rounded to 15 significant digits (floats to 7) first
 *
 * The first step takes the digits from C's "%.*e", which is correctly rounded. The
 * second is a port of the Framework's NumberToString (standard formats G F N E P C R,
 * plus D and X for integers) and NumberToStringFormat (custom patterns like "#,##0.00"),
 * including their quirks: rounding happens on the 15-digit decimal string (so
 * 2.675.ToString("F2") is "2.68"), and a value that rounds to zero loses its sign.
 *
 * Parsing is the Framework's ParseNumber state machine over NumberStyles flags, which
 * yields the same NumberBuffer; integers are then range-checked and doubles converted
 * with strtod. Results are returned as status codes so that corlib throws the
 * exceptions in managed code.
 *
 * Decimals (System.Decimal, whose arithmetic is in decimal.c) share both paths. Their
 * NumberBuffer holds every digit of the 96-bit magnitude, trailing zeros included, so
 * a plain "G" prints the scale ("1.10") and never switches to an exponent; parsing
 * keeps trailing zeros too and converts with the Framework's NumberToDecimal.
 */
#include "ilrt.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NUMBER_MAXDIGITS = 50 };
enum { PARSE_OK = 0, PARSE_FORMAT_ERROR = 1, PARSE_OVERFLOW = 2 };
enum { DOUBLE_PRECISION = 15, FLOAT_PRECISION = 7 };

/* NumberStyles */
enum {
    NS_LEADING_WHITE = 1,
    NS_TRAILING_WHITE = 2,
    NS_LEADING_SIGN = 4,
    NS_TRAILING_SIGN = 8,
    NS_PARENTHESES = 16,
    NS_DECIMAL_POINT = 32,
    NS_THOUSANDS = 64,
    NS_EXPONENT = 128,
    NS_CURRENCY = 256,
    NS_HEX = 512,
};

typedef struct Number {
    int precision; /* default significant digits for 'G' */
    int scale;
    bool negative;
    bool is_decimal;                   /* keeps trailing zeros: 1.10m prints "1.10" */
    char digits[NUMBER_MAXDIGITS + 2]; /* ASCII, NUL-terminated, no leading zeros */
} Number;

/* ---- output buffer (UTF-16, grows on the heap past its inline part) ---- */

typedef struct Buf {
    uint16_t *p;
    int len, cap;
    uint16_t inline_chars[128];
} Buf;

static void buf_init(Buf *b)
{
    b->p = b->inline_chars;
    b->len = 0;
    b->cap = (int)(sizeof b->inline_chars / sizeof b->inline_chars[0]);
}

static void buf_reserve(Buf *b, int extra)
{
    if (b->len + extra <= b->cap) return;
    int cap = b->cap * 2;
    while (cap < b->len + extra)
        cap *= 2;
    uint16_t *p = malloc((size_t)cap * sizeof *p);
    if (!p) rt_fatal("out of memory formatting a number");
    memcpy(p, b->p, (size_t)b->len * sizeof *p);
    if (b->p != b->inline_chars) free(b->p);
    b->p = p;
    b->cap = cap;
}

static void buf_putc(Buf *b, uint16_t c)
{
    buf_reserve(b, 1);
    b->p[b->len++] = c;
}

static void buf_puts(Buf *b, const char *s)
{
    while (*s)
        buf_putc(b, (uint8_t)*s++);
}

static void buf_repeat(Buf *b, uint16_t c, int n)
{
    while (n-- > 0)
        buf_putc(b, c);
}

static void buf_insert_front(Buf *b, const char *s)
{
    int n = (int)strlen(s);
    buf_reserve(b, n);
    memmove(b->p + n, b->p, (size_t)b->len * sizeof *b->p);
    for (int i = 0; i < n; i++)
        b->p[i] = (uint8_t)s[i];
    b->len += n;
}

static void buf_free(Buf *b)
{
    if (b->p != b->inline_chars) free(b->p);
}

static RtString *buf_finish(Buf *b)
{
    RtString *s = rt_string_from_utf16(b->p, b->len);
    buf_free(b);
    return s;
}

/* ---- format specifiers ---- */

static bool is_ascii_letter(uint16_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/*
 * "X8" -> 'X', digits 8; null or "" -> 'G', -1; anything else -> 0 (custom pattern).
 * As in .NET, the precision stops growing at two digits, so "F100" is a custom
 * pattern rather than F with 100 decimals.
 */
static uint16_t parse_format_specifier(const RtString *format, int *digits)
{
    *digits = -1;
    if (!format || format->length == 0) return 'G';
    const uint16_t *p = format->chars;
    int len = format->length;
    uint16_t ch = p[0];
    if (!is_ascii_letter(ch)) return 0;
    int i = 1, n = -1;
    if (i < len && p[i] >= '0' && p[i] <= '9') {
        n = p[i++] - '0';
        while (i < len && p[i] >= '0' && p[i] <= '9') {
            n = n * 10 + p[i++] - '0';
            if (n >= 10) break;
        }
    }
    if (i == len || p[i] == 0) {
        *digits = n;
        return ch;
    }
    return 0;
}

/* ---- building a Number ---- */

static void number_from_uint64(Number *n, uint64_t v, bool negative, int precision)
{
    char tmp[24];
    int len = 0;
    while (v) {
        tmp[len++] = (char)('0' + v % 10);
        v /= 10;
    }
    for (int i = 0; i < len; i++)
        n->digits[i] = tmp[len - 1 - i];
    n->digits[len] = 0;
    n->scale = len;
    n->negative = negative;
    n->precision = precision;
    n->is_decimal = false;
}

/*
 * The first `digits` significant digits of a finite double, as Mono computes them:
 * "%.40e" (correctly rounded to 41 digits), then cut with round-half-up on the next
 * digit. So exact ties round away from zero (1234567890123445 -> ...345), unlike a
 * direct "%.14e", which rounds them to even.
 */
static void number_from_double(Number *n, double v, int precision, int digits)
{
    n->precision = precision;
    n->negative = signbit(v) != 0;
    n->is_decimal = false;
    n->scale = 0;
    n->digits[0] = 0;
    if (v == 0) return;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.40e", fabs(v));
    const char *e = strchr(tmp, 'e');
    char all[48];
    int len = 0;
    for (const char *p = tmp; p < e; p++)
        if (*p >= '0' && *p <= '9') all[len++] = *p;
    n->scale = atoi(e + 1) + 1;
    memcpy(n->digits, all, (size_t)digits);
    n->digits[digits] = 0;
    if (all[digits] >= '5') {
        int i = digits - 1;
        while (i > 0 && n->digits[i] == '9')
            n->digits[i--] = '0';
        if (i == 0 && n->digits[0] == '9') {
            n->digits[0] = '1';
            n->scale++;
        } else {
            n->digits[i]++;
        }
    }
    while (digits > 0 && n->digits[digits - 1] == '0')
        n->digits[--digits] = 0;
}

/*
 * Mono's (and .NET Core 2.x's) NumberToDouble: the first 18 digits scaled by a 64-bit
 * power-of-ten table with truncating multiplies. It is not always correctly rounded
 * (subnormals especially), and Mono uses it both to parse and to decide whether 15
 * digits round-trip in "R", so it is reproduced exactly here.
 */
static const uint64_t pow10_mantissa[30] = {
    0xA000000000000000, 0xC800000000000000, 0xFA00000000000000, 0x9C40000000000000,
    0xC350000000000000, 0xF424000000000000, 0x9896800000000000, 0xBEBC200000000000,
    0xEE6B280000000000, 0x9502F90000000000, 0xBA43B74000000000, 0xE8D4A51000000000,
    0x9184E72A00000000, 0xB5E620F480000000, 0xE35FA931A0000000, 0xCCCCCCCCCCCCCCCD,
    0xA3D70A3D70A3D70B, 0x83126E978D4FDF3C, 0xD1B71758E219652E, 0xA7C5AC471B478425,
    0x8637BD05AF6C69B7, 0xD6BF94D5E57A42BE, 0xABCC77118461CEFF, 0x89705F4136B4A599,
    0xDBE6FECEBDEDD5C2, 0xAFEBFF0BCB24AB02, 0x8CBCCC096F5088CF, 0xE12E13424BB40E18,
    0xB424DC35095CD813, 0x901D7CF73AB0ACDC,
};
static const int8_t pow10_exponent[15] = {4, 7, 10, 14, 17, 20, 24, 27, 30, 34, 37, 40, 44, 47, 50};
static const uint64_t pow10_by16_mantissa[42] = {
    0x8E1BC9BF04000000, 0x9DC5ADA82B70B59E, 0xAF298D050E4395D6, 0xC2781F49FFCFA6D4,
    0xD7E77A8F87DAF7FA, 0xEFB3AB16C59B14A0, 0x850FADC09923329C, 0x93BA47C980E98CDE,
    0xA402B9C5A8D3A6E6, 0xB616A12B7FE617A8, 0xCA28A291859BBF90, 0xE070F78D39275566,
    0xF92E0C3537826140, 0x8A5296FFE33CC92C, 0x9991A6F3D6BF1762, 0xAA7EEBFB9DF9DE8A,
    0xBD49D14AA79DBC7E, 0xD226FC195C6A2F88, 0xE950DF20247C83F8, 0x81842F29F2CCE373,
    0x8FCAC257558EE4E2, 0xE69594BEC44DE160, 0xCFB11EAD453994C3, 0xBB127C53B17EC165,
    0xA87FEA27A539E9B3, 0x97C560BA6B0919B5, 0x88B402F7FD7553AB, 0xF64335BCF065D3A0,
    0xDDD0467C64BCE4C4, 0xC7CABA6E7C5382ED, 0xB3F4E093DB73A0B7, 0xA21727DB38CB0053,
    0x91FF83775423CC29, 0x8380DEA93DA4BC82, 0xECE53CEC4A314F00, 0xD5605FCDCF32E217,
    0xC0314325637A1978, 0xAD1C8EAB5EE43BA2, 0x9BECCE62836AC5B0, 0x8C71DCD9BA0B495C,
    0xFD00B89747823938, 0xE3E27A444D8D991A,
};
static const int16_t pow10_by16_exponent[21] = {54,  107, 160, 213, 266,  319,  373,
                                                426, 479, 532, 585, 638,  691,  745,
                                                798, 851, 904, 957, 1010, 1064, 1117};

static uint32_t digits_to_int(const char *p, int count)
{
    uint32_t v = 0;
    for (int i = 0; i < count; i++)
        v = v * 10 + (uint32_t)(p[i] - '0');
    return v;
}

static uint64_t mul64_lossy(uint64_t a, uint64_t b, int *exp)
{
    uint64_t v = (a >> 32) * (b >> 32) + (((a >> 32) * (uint32_t)b) >> 32) +
                 (((uint64_t)(uint32_t)a * (b >> 32)) >> 32);
    if (!(v & 0x8000000000000000)) {
        v <<= 1;
        (*exp)--;
    }
    return v;
}

static int normalize(uint64_t *v)
{
    int exp = 64;
    for (int shift = 32; shift > 0; shift /= 2) {
        if (!(*v >> (64 - shift))) {
            *v <<= shift;
            exp -= shift;
        }
    }
    return exp;
}

static uint64_t scale_by_pow10(uint64_t v, int scale, int *exp)
{
    int abs_scale = scale < 0 ? -scale : scale;
    int index = abs_scale & 15;
    if (index) {
        int e = pow10_exponent[index - 1];
        *exp += scale < 0 ? -e + 1 : e;
        v = mul64_lossy(v, pow10_mantissa[index + (scale < 0 ? 15 : 0) - 1], exp);
    }
    index = abs_scale >> 4;
    if (index) {
        int e = pow10_by16_exponent[index - 1];
        *exp += scale < 0 ? -e + 1 : e;
        v = mul64_lossy(v, pow10_by16_mantissa[index + (scale < 0 ? 21 : 0) - 1], exp);
    }
    return v;
}

/* Rounds the 64-bit mantissa to 53 bits and assembles the IEEE bits. */
static uint64_t assemble_double(uint64_t v, int exp)
{
    if ((uint32_t)v & (1u << 10)) {
        uint64_t t = v + ((1 << 10) - 1) + ((v >> 11) & 1);
        if (t < v) {
            t = (t >> 1) | 0x8000000000000000;
            exp++;
        }
        v = t;
    }
    exp += 0x3FE;
    if (exp <= 0) {
        if (exp == -52 && v >= 0x8000000000000058)
            return 1; /* between Epsilon/2 and Epsilon: round up to Epsilon */
        if (exp <= -52) return 0;
        return v >> (-exp + 11 + 1); /* subnormal, truncated */
    }
    if (exp >= 0x7FF) return 0x7FF0000000000000;
    return ((uint64_t)exp << 52) + ((v >> 11) & 0x000FFFFFFFFFFFFF);
}

static double number_to_double(const Number *n)
{
    const char *src = n->digits;
    int total = (int)strlen(src), remaining = total;
    while (*src == '0') {
        remaining--;
        src++;
    }
    if (remaining == 0) return 0;
    int count = remaining < 9 ? remaining : 9;
    remaining -= count;
    uint64_t v = digits_to_int(src, count);
    if (remaining > 0) {
        count = remaining < 9 ? remaining : 9;
        remaining -= count;
        uint32_t mult = (uint32_t)(pow10_mantissa[count - 1] >> (64 - pow10_exponent[count - 1]));
        v = (uint64_t)(uint32_t)v * mult + digits_to_int(src + 9, count);
    }
    int scale = n->scale - (total - remaining);
    int abs_scale = scale < 0 ? -scale : scale;
    uint64_t bits;
    if (abs_scale >= 22 * 16) {
        bits = scale > 0 ? 0x7FF0000000000000 : 0;
    } else {
        int exp = normalize(&v);
        v = scale_by_pow10(v, scale, &exp);
        bits = assemble_double(v, exp);
    }
    if (n->negative) bits |= 0x8000000000000000;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Keeps `pos` digits, rounding half up on the decimal digits (.NET's RoundNumber). */
static void round_number(Number *n, int pos)
{
    char *dig = n->digits;
    int i = 0;
    while (i < pos && dig[i])
        i++;
    if (i == pos && dig[i] >= '5') {
        while (i > 0 && dig[i - 1] == '9')
            i--;
        if (i > 0) {
            dig[i - 1]++;
        } else {
            n->scale++;
            dig[0] = '1';
            i = 1;
        }
    } else {
        while (i > 0 && dig[i - 1] == '0')
            i--;
    }
    if (i == 0) {
        n->scale = 0;
        n->negative = false; /* .NET: a value rounded to zero prints without '-' */
    }
    dig[i] = 0;
}

/* ---- the standard layouts ---- */

static void put_uint_min_digits(Buf *b, uint32_t v, int min_digits)
{
    char tmp[16];
    int len = 0;
    while (v || len < min_digits) {
        tmp[len++] = (char)('0' + v % 10);
        v /= 10;
    }
    while (len > 0)
        buf_putc(b, (uint8_t)tmp[--len]);
}

static void format_exponent(Buf *b, int value, uint16_t exp_char, int min_digits,
                            bool positive_sign)
{
    buf_putc(b, exp_char);
    if (value < 0) {
        buf_putc(b, '-');
        value = -value;
    } else if (positive_sign) {
        buf_putc(b, '+');
    }
    put_uint_min_digits(b, (uint32_t)value, min_digits);
}

/* Integer digits (grouped by threes when asked), then `decimals` fraction digits. */
static void format_fixed(Buf *b, Number *n, int decimals, bool group)
{
    int dig_pos = n->scale;
    const char *dig = n->digits;
    if (dig_pos > 0) {
        for (int i = 0; i < dig_pos; i++) {
            if (group && i > 0 && (dig_pos - i) % 3 == 0) buf_putc(b, ',');
            buf_putc(b, *dig ? (uint8_t)*dig++ : '0');
        }
    } else {
        buf_putc(b, '0');
    }
    if (decimals > 0) {
        buf_putc(b, '.');
        if (dig_pos < 0) {
            int zeros = -dig_pos < decimals ? -dig_pos : decimals;
            buf_repeat(b, '0', zeros);
            decimals -= zeros;
        }
        while (decimals-- > 0)
            buf_putc(b, *dig ? (uint8_t)*dig++ : '0');
    }
}

static void format_scientific(Buf *b, Number *n, int digits, uint16_t exp_char)
{
    const char *dig = n->digits;
    buf_putc(b, *dig ? (uint8_t)*dig++ : '0');
    if (digits != 1) buf_putc(b, '.');
    while (--digits > 0)
        buf_putc(b, *dig ? (uint8_t)*dig++ : '0');
    int e = n->digits[0] == 0 ? 0 : n->scale - 1;
    format_exponent(b, e, exp_char, 3, true);
}

static void format_general(Buf *b, Number *n, int digits, uint16_t exp_char,
                           bool suppress_scientific)
{
    int dig_pos = n->scale;
    bool scientific = false;
    if (!suppress_scientific && (dig_pos > digits || dig_pos < -3)) {
        dig_pos = 1;
        scientific = true;
    }
    const char *dig = n->digits;
    if (dig_pos > 0) {
        do
            buf_putc(b, *dig ? (uint8_t)*dig++ : '0');
        while (--dig_pos > 0);
    } else {
        buf_putc(b, '0');
    }
    if (*dig || dig_pos < 0) {
        buf_putc(b, '.');
        for (; dig_pos < 0; dig_pos++)
            buf_putc(b, '0');
        while (*dig)
            buf_putc(b, (uint8_t)*dig++);
    }
    if (scientific) format_exponent(b, n->scale - 1, exp_char, 2, true);
}

/* Invariant culture patterns: currency "¤n" / "(¤n)", percent "n %" / "-n %". */
static void format_currency(Buf *b, Number *n, int decimals)
{
    if (n->negative) buf_putc(b, '(');
    buf_putc(b, 0x00A4);
    format_fixed(b, n, decimals, true);
    if (n->negative) buf_putc(b, ')');
}

static void format_percent(Buf *b, Number *n, int decimals)
{
    if (n->negative) buf_putc(b, '-');
    format_fixed(b, n, decimals, true);
    buf_puts(b, " %");
}

/* .NET's NumberToString: false when the format letter is not one it knows. */
static bool number_to_string(Buf *b, Number *n, uint16_t fmt, int digits)
{
    switch (fmt) {
    case 'C':
    case 'c':
        if (digits < 0) digits = 2;
        round_number(n, n->scale + digits);
        format_currency(b, n, digits);
        return true;
    case 'F':
    case 'f':
    case 'N':
    case 'n':
        if (digits < 0) digits = 2;
        round_number(n, n->scale + digits);
        if (n->negative) buf_putc(b, '-');
        format_fixed(b, n, digits, fmt == 'N' || fmt == 'n');
        return true;
    case 'E':
    case 'e':
        if (digits < 0) digits = 6;
        digits++;
        round_number(n, digits);
        if (n->negative) buf_putc(b, '-');
        format_scientific(b, n, digits, fmt);
        return true;
    case 'G':
    case 'g':
        if (n->is_decimal && digits == -1) {
            /* plain "G" on a decimal: every digit, trailing zeros too, never scientific;
             * a zero prints without its sign */
            if (n->negative && n->digits[0]) buf_putc(b, '-');
            format_general(b, n, digits, fmt == 'G' ? 'E' : 'e', true);
            return true;
        }
        if (digits < 1) digits = n->precision;
        round_number(n, digits);
        if (n->negative) buf_putc(b, '-');
        format_general(b, n, digits, fmt == 'G' ? 'E' : 'e', false);
        return true;
    case 'P':
    case 'p':
        if (digits < 0) digits = 2;
        n->scale += 2;
        round_number(n, n->scale + digits);
        format_percent(b, n, digits);
        return true;
    default: return false;
    }
}

/* ---- custom patterns ("#,##0.00;(#,##0.00);zero") ---- */

typedef struct Pattern {
    const uint16_t *p;
    int len;
} Pattern;

static uint16_t pat_at(const Pattern *f, int i)
{
    return i < f->len ? f->p[i] : 0;
}

/* Start of section 0, 1 (negative) or 2 (zero); 0 when that section is absent. */
static int find_section(const Pattern *f, int section)
{
    if (section == 0) return 0;
    int src = 0;
    for (;;) {
        if (src >= f->len) return 0;
        uint16_t ch = f->p[src++];
        switch (ch) {
        case '\'':
        case '"':
            while (src < f->len && f->p[src] != 0 && f->p[src++] != ch)
                ;
            break;
        case '\\':
            if (src < f->len && f->p[src] != 0) src++;
            break;
        case ';':
            if (--section != 0) break;
            if (src < f->len && f->p[src] != 0 && f->p[src] != ';') return src;
            return 0;
        case 0: return 0;
        }
    }
}

/* What the first pass learns about one section of a custom pattern. */
typedef struct Section {
    int start;
    int digit_count, decimal_pos, first_digit, last_digit;
    int thousand_pos, thousand_count, scale_adjust;
    bool scientific, thousand_seps;
} Section;

static void scan_section(const Pattern *f, Section *s)
{
    s->digit_count = 0;
    s->decimal_pos = -1;
    s->first_digit = 0x7FFFFFFF;
    s->last_digit = 0;
    s->scientific = false;
    s->thousand_pos = -1;
    s->thousand_count = 0;
    s->thousand_seps = false;
    s->scale_adjust = 0;
    int src = s->start;
    uint16_t ch;
    while (src < f->len && (ch = f->p[src++]) != 0 && ch != ';') {
        switch (ch) {
        case '#': s->digit_count++; break;
        case '0':
            if (s->first_digit == 0x7FFFFFFF) s->first_digit = s->digit_count;
            s->digit_count++;
            s->last_digit = s->digit_count;
            break;
        case '.':
            if (s->decimal_pos < 0) s->decimal_pos = s->digit_count;
            break;
        case ',':
            if (s->digit_count > 0 && s->decimal_pos < 0) {
                if (s->thousand_pos >= 0) {
                    if (s->thousand_pos == s->digit_count) {
                        s->thousand_count++;
                        break;
                    }
                    s->thousand_seps = true;
                }
                s->thousand_pos = s->digit_count;
                s->thousand_count = 1;
            }
            break;
        case '%': s->scale_adjust += 2; break;
        case 0x2030: s->scale_adjust += 3; break;
        case '\'':
        case '"':
            while (src < f->len && f->p[src] != 0 && f->p[src++] != ch)
                ;
            break;
        case '\\':
            if (src < f->len && f->p[src] != 0) src++;
            break;
        case 'E':
        case 'e':
            if (pat_at(f, src) == '0' ||
                ((pat_at(f, src) == '+' || pat_at(f, src) == '-') && pat_at(f, src + 1) == '0')) {
                while (++src < f->len && f->p[src] == '0')
                    ;
                s->scientific = true;
            }
            break;
        }
    }
    if (s->decimal_pos < 0) s->decimal_pos = s->digit_count;
    if (s->thousand_pos >= 0) {
        if (s->thousand_pos == s->decimal_pos)
            s->scale_adjust -= s->thousand_count * 3;
        else
            s->thousand_seps = true;
    }
}

/* Picks the section for the value and rounds the value to what it displays. */
static void choose_section(const Pattern *f, Number *n, Section *s)
{
    s->start = find_section(f, n->digits[0] == 0 ? 2 : (n->negative ? 1 : 0));
    for (;;) {
        scan_section(f, s);
        if (n->digits[0] != 0) {
            n->scale += s->scale_adjust;
            int pos = s->scientific ? s->digit_count : n->scale + s->digit_count - s->decimal_pos;
            round_number(n, pos);
            if (n->digits[0] == 0) {
                int src = find_section(f, 2);
                if (src != s->start) {
                    s->start = src;
                    continue;
                }
            }
        } else {
            n->negative = false;
            n->scale = 0;
        }
        return;
    }
}

/* Digit positions (counted from the decimal point) after which a ',' is written. */
static int group_positions(int dig_pos, int adjust, int first_digit, int **out)
{
    int total = dig_pos + (adjust < 0 ? adjust : 0);
    int num_digits = first_digit > total ? first_digit : total;
    int count = num_digits > 3 ? (num_digits - 1) / 3 : 0;
    int *pos = malloc((size_t)(count + 1) * sizeof *pos);
    if (!pos) rt_fatal("out of memory formatting a number");
    for (int i = 0; i < count; i++)
        pos[i] = 3 * (i + 1);
    *out = pos;
    return count - 1;
}

typedef struct Emit {
    Buf *b;
    int dig_pos;
    int *sep_pos;
    int sep_ctr;
    bool thousand_seps;
} Emit;

static void emit_digit(Emit *e, uint16_t ch)
{
    buf_putc(e->b, ch);
    if (e->thousand_seps && e->dig_pos > 1 && e->sep_ctr >= 0 &&
        e->dig_pos == e->sep_pos[e->sep_ctr] + 1) {
        buf_putc(e->b, ',');
        e->sep_ctr--;
    }
}

/* The exponent part of a custom pattern: "E0", "E+00", "e-0". Returns the new src. */
static int emit_custom_exponent(Emit *e, const Pattern *f, int src, uint16_t ch, Number *n,
                                Section *s)
{
    Buf *b = e->b;
    if (!s->scientific) {
        buf_putc(b, ch);
        if (src < f->len) {
            if (f->p[src] == '+' || f->p[src] == '-') buf_putc(b, f->p[src++]);
            while (src < f->len && f->p[src] == '0')
                buf_putc(b, f->p[src++]);
        }
        return src;
    }
    bool positive_sign = false;
    int i = 0;
    if (pat_at(f, src) == '0')
        i++;
    else if (pat_at(f, src) == '+' && pat_at(f, src + 1) == '0')
        positive_sign = true;
    else if (!(pat_at(f, src) == '-' && pat_at(f, src + 1) == '0')) {
        buf_putc(b, ch);
        return src;
    }
    while (++src < f->len && f->p[src] == '0')
        i++;
    if (i > 10) i = 10;
    int exp = n->digits[0] == 0 ? 0 : n->scale - s->decimal_pos;
    format_exponent(b, exp, ch, i, positive_sign);
    s->scientific = false;
    return src;
}

/* .NET's NumberToStringFormat. */
static void number_to_string_format(Buf *b, Number *n, const Pattern *f)
{
    Section s;
    choose_section(f, n, &s);
    int first_digit = s.first_digit < s.decimal_pos ? s.decimal_pos - s.first_digit : 0;
    int last_digit = s.last_digit > s.decimal_pos ? s.decimal_pos - s.last_digit : 0;
    int dig_pos, adjust;
    if (s.scientific) {
        dig_pos = s.decimal_pos;
        adjust = 0;
    } else {
        dig_pos = n->scale > s.decimal_pos ? n->scale : s.decimal_pos;
        adjust = n->scale - s.decimal_pos;
    }
    Emit e = {b, dig_pos, NULL, -1, s.thousand_seps};
    if (s.thousand_seps) e.sep_ctr = group_positions(dig_pos, adjust, first_digit, &e.sep_pos);
    if (n->negative && s.start == 0 && n->scale != 0) buf_putc(b, '-');
    bool decimal_written = false;
    const char *cur = n->digits;
    int src = s.start;
    uint16_t ch;
    while (src < f->len && (ch = f->p[src++]) != 0 && ch != ';') {
        if (adjust > 0 && (ch == '#' || ch == '0' || ch == '.')) {
            while (adjust > 0) {
                emit_digit(&e, *cur ? (uint8_t)*cur++ : '0');
                e.dig_pos--;
                adjust--;
            }
        }
        switch (ch) {
        case '#':
        case '0': {
            uint16_t d;
            if (adjust < 0) {
                adjust++;
                d = e.dig_pos <= first_digit ? '0' : 0;
            } else {
                d = *cur ? (uint8_t)*cur++ : (e.dig_pos > last_digit ? '0' : 0);
            }
            if (d) emit_digit(&e, d);
            e.dig_pos--;
            break;
        }
        case '.':
            if (e.dig_pos != 0 || decimal_written) break;
            if (last_digit < 0 || (s.decimal_pos < s.digit_count && *cur)) {
                buf_putc(b, '.');
                decimal_written = true;
            }
            break;
        case 0x2030: buf_putc(b, 0x2030); break;
        case '%': buf_putc(b, '%'); break;
        case ',': break;
        case '\'':
        case '"':
            while (src < f->len && f->p[src] != 0 && f->p[src] != ch)
                buf_putc(b, f->p[src++]);
            if (src < f->len && f->p[src] != 0) src++;
            break;
        case '\\':
            if (src < f->len && f->p[src] != 0) buf_putc(b, f->p[src++]);
            break;
        case 'E':
        case 'e': src = emit_custom_exponent(&e, f, src, ch, n, &s); break;
        default: buf_putc(b, ch); break;
        }
    }
    free(e.sep_pos);
    if (n->negative && s.start == 0 && n->scale == 0 && b->len > 0) buf_insert_front(b, "-");
}

static void format_number(Buf *b, Number *n, uint16_t fmt, int digits, const RtString *format,
                          bool *ok)
{
    if (fmt) {
        *ok = number_to_string(b, n, fmt, digits);
        return;
    }
    Pattern pat = {format->chars, format->length};
    number_to_string_format(b, n, &pat);
    *ok = true;
}

/* ---- integers ---- */

static void put_decimal(Buf *b, uint64_t mag, bool negative, int min_digits)
{
    char tmp[24];
    int len = 0;
    while (mag || len < min_digits || len == 0) {
        tmp[len++] = (char)('0' + mag % 10);
        mag /= 10;
    }
    if (negative) buf_putc(b, '-');
    while (len > 0)
        buf_putc(b, (uint8_t)tmp[--len]);
}

static void put_hex(Buf *b, uint64_t v, bool upper, int min_digits)
{
    const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[24];
    int len = 0;
    while (v || len < min_digits || len == 0) {
        tmp[len++] = hex[v & 15];
        v >>= 4;
    }
    while (len > 0)
        buf_putc(b, (uint8_t)tmp[--len]);
}

/* 'G' precision of an integer type: Int32-sized types 10, Int64 19, UInt64 20. */
static int integer_precision(int size, bool is_unsigned)
{
    if (size < 8) return 10;
    return is_unsigned ? 20 : 19;
}

static RtString *format_integer(uint64_t mag, bool negative, uint64_t bits, int size,
                                bool is_unsigned, const RtString *format)
{
    int digits;
    uint16_t fmt = parse_format_specifier(format, &digits);
    uint16_t upper = fmt & 0xFFDF;
    Buf b;
    buf_init(&b);
    bool ok = true;
    if ((upper == 'G' && digits < 1) || upper == 'D') {
        put_decimal(&b, mag, negative, digits);
    } else if (upper == 'X') {
        if (size < 8) bits &= (UINT64_C(1) << (8 * size)) - 1;
        put_hex(&b, bits, fmt == 'X', digits);
    } else {
        Number n;
        number_from_uint64(&n, mag, negative, integer_precision(size, is_unsigned));
        format_number(&b, &n, fmt, digits, format, &ok);
    }
    if (!ok) {
        buf_free(&b);
        return NULL;
    }
    return buf_finish(&b);
}

RtString *rt_number_format_int64(int64_t value, RtString *format, int32_t size)
{
    uint64_t mag = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    return format_integer(mag, value < 0, (uint64_t)value, size, false, format);
}

RtString *rt_number_format_uint64(uint64_t value, RtString *format, int32_t size)
{
    return format_integer(value, false, value, size, true, format);
}

/* ---- floating point ---- */

static RtString *format_special(double value)
{
    if (isnan(value)) return rt_string_from_utf8("NaN");
    return rt_string_from_utf8(value < 0 ? "-Infinity" : "Infinity");
}

/* Does the 15-digit (or 7-digit) decimal read back as the same value? ('R') */
static bool round_trips(const Number *n, double value, bool is_float)
{
    double d = number_to_double(n);
    return is_float ? (float)d == (float)value : d == value;
}

static RtString *format_floating(double value, const RtString *format, bool is_float)
{
    if (!isfinite(value)) return format_special(value);
    int digits;
    uint16_t fmt = parse_format_specifier(format, &digits);
    int base = is_float ? FLOAT_PRECISION : DOUBLE_PRECISION;
    int full = is_float ? 9 : 17;
    int precision = base;
    Number n;
    Buf b;
    buf_init(&b);
    bool ok = true;
    switch (fmt) {
    case 'R':
    case 'r':
        number_from_double(&n, value, base, base);
        if (!round_trips(&n, value, is_float)) number_from_double(&n, value, full, full);
        number_to_string(&b, &n, 'G', n.precision);
        return buf_finish(&b);
    case 'E':
    case 'e':
        if (digits > base - 1) precision = full;
        break;
    case 'G':
    case 'g':
        if (digits > base) precision = full;
        break;
    case 'D':
    case 'd':
    case 'X':
    case 'x': buf_free(&b); return NULL;
    }
    number_from_double(&n, value, base, precision);
    format_number(&b, &n, fmt, digits, format, &ok);
    if (!ok) {
        buf_free(&b);
        return NULL;
    }
    return buf_finish(&b);
}

RtString *rt_number_format_double(double value, RtString *format)
{
    return format_floating(value, format, false);
}

RtString *rt_number_format_single(float value, RtString *format)
{
    return format_floating(value, format, true);
}

/* ---- decimal ---- */

enum { DECIMAL_PRECISION = 29 };

/* All digits of the 96-bit magnitude, trailing zeros included (they carry the scale). */
static void number_from_decimal(Number *n, const RtDecimal *d)
{
    unsigned __int128 v =
        ((unsigned __int128)d->hi << 64) | ((uint64_t)d->mid << 32) | (uint64_t)d->lo;
    char tmp[32];
    int len = 0;
    while (v) {
        tmp[len++] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    for (int i = 0; i < len; i++)
        n->digits[i] = tmp[len - 1 - i];
    n->digits[len] = 0;
    n->scale = len - (int)((d->flags >> 16) & 0xFF);
    n->negative = (d->flags & 0x80000000u) != 0;
    n->precision = DECIMAL_PRECISION;
    n->is_decimal = true;
}

RtString *rt_number_format_decimal(const RtDecimal *value, RtString *format)
{
    int digits;
    uint16_t fmt = parse_format_specifier(format, &digits);
    Number n;
    number_from_decimal(&n, value);
    Buf b;
    buf_init(&b);
    bool ok = true;
    format_number(&b, &n, fmt, digits, format, &ok);
    if (!ok) {
        buf_free(&b);
        return NULL;
    }
    return buf_finish(&b);
}

/* ---- parsing ---- */

typedef struct Scanner {
    const uint16_t *p;
    int pos, len;
} Scanner;

static uint16_t sc_peek(const Scanner *s)
{
    return s->pos < s->len ? s->p[s->pos] : 0;
}

static bool is_white(uint16_t c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0D);
}

/* Leading white space, sign, parentheses and currency symbol, in any order .NET allows. */
static int parse_prefix(Scanner *sc, int styles, Number *n, bool *currency_pending)
{
    int state = 0; /* 1 = sign seen, 2 = inside parentheses */
    for (;;) {
        uint16_t ch = sc_peek(sc);
        if (is_white(ch) && (styles & NS_LEADING_WHITE) && !(state & 1)) {
            sc->pos++;
        } else if ((styles & NS_LEADING_SIGN) && !(state & 1) && (ch == '+' || ch == '-')) {
            state |= 1;
            n->negative = ch == '-';
            sc->pos++;
        } else if (ch == '(' && (styles & NS_PARENTHESES) && !(state & 1)) {
            state |= 3;
            n->negative = true;
            sc->pos++;
        } else if (*currency_pending && ch == 0x00A4) {
            *currency_pending = false;
            sc->pos++;
        } else {
            return state;
        }
    }
}

/* Digits, decimal point and group separators into n; returns whether digits were seen.
 * Trailing zeros are dropped except for a decimal, whose scale they give ("1.10"). */
static bool parse_digits(Scanner *sc, int styles, Number *n, int *digit_count, bool *nonzero,
                         bool *decimal)
{
    bool any = false;
    int count = 0;
    *nonzero = false;
    *decimal = false;
    for (;; sc->pos++) {
        uint16_t ch = sc_peek(sc);
        bool hex_digit =
            (styles & NS_HEX) && ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'));
        if ((ch >= '0' && ch <= '9') || hex_digit) {
            any = true;
            if (ch != '0' || *nonzero) {
                if (count < NUMBER_MAXDIGITS) n->digits[count++] = (char)ch;
                if (!*decimal) n->scale++;
                *nonzero = true;
            } else if (*decimal) {
                n->scale--;
            }
        } else if ((styles & NS_DECIMAL_POINT) && !*decimal && ch == '.') {
            *decimal = true;
        } else if ((styles & NS_THOUSANDS) && any && !*decimal && ch == ',') {
            /* group separators are skipped */
        } else {
            break;
        }
    }
    while (!n->is_decimal && count > 0 && n->digits[count - 1] == '0')
        count--;
    n->digits[count] = 0;
    *digit_count = count;
    return any;
}

static void parse_exponent(Scanner *sc, int styles, Number *n)
{
    uint16_t ch = sc_peek(sc);
    if (!((ch == 'E' || ch == 'e') && (styles & NS_EXPONENT))) return;
    int save = sc->pos++;
    bool neg = false;
    ch = sc_peek(sc);
    if (ch == '+' || ch == '-') {
        neg = ch == '-';
        sc->pos++;
        ch = sc_peek(sc);
    }
    if (!(ch >= '0' && ch <= '9')) {
        sc->pos = save;
        return;
    }
    int exp = 0;
    while ((ch = sc_peek(sc)) >= '0' && ch <= '9') {
        if (exp <= 1000)
            exp = exp * 10 + (ch - '0');
        else
            exp = 9999;
        sc->pos++;
    }
    n->scale += neg ? -exp : exp;
}

static bool parse_suffix(Scanner *sc, int styles, Number *n, int state, bool currency_pending)
{
    for (;; sc->pos++) {
        uint16_t ch = sc_peek(sc);
        if (is_white(ch) && (styles & NS_TRAILING_WHITE)) continue;
        if ((styles & NS_TRAILING_SIGN) && !(state & 1) && (ch == '+' || ch == '-')) {
            state |= 1;
            n->negative = ch == '-';
        } else if (ch == ')' && (state & 2)) {
            state &= ~2;
        } else if (currency_pending && ch == 0x00A4) {
            currency_pending = false;
        } else {
            break;
        }
    }
    if (state & 2) return false;
    /* Only NULs may follow the number. */
    for (int i = sc->pos; i < sc->len; i++)
        if (sc->p[i] != 0) return false;
    return true;
}

/* The Framework's ParseNumber: text -> Number, or false for a format error. */
static bool parse_number(const RtString *s, int styles, Number *n, bool is_decimal)
{
    Scanner sc = {s->chars, 0, s->length};
    memset(n, 0, sizeof *n);
    n->is_decimal = is_decimal;
    bool currency_pending = (styles & NS_CURRENCY) != 0;
    int state = parse_prefix(&sc, styles, n, &currency_pending);
    int count;
    bool nonzero, decimal;
    if (!parse_digits(&sc, styles, n, &count, &nonzero, &decimal)) return false;
    n->precision = count;
    parse_exponent(&sc, styles, n);
    if (!parse_suffix(&sc, styles, n, state, currency_pending)) return false;
    if (!nonzero) {
        if (!is_decimal) n->scale = 0; /* "0.00" keeps its scale as a decimal */
        if (!decimal) n->negative = false;
    }
    return true;
}

/* Magnitude of an integer Number; false if it has a fraction or exceeds `limit`. */
static bool number_to_magnitude(const Number *n, uint64_t limit, uint64_t *out)
{
    int i = n->scale;
    if (i > 20 || i < n->precision) return false;
    const char *p = n->digits;
    uint64_t v = 0;
    while (--i >= 0) {
        if (v > limit / 10) return false;
        v *= 10;
        if (*p) {
            uint64_t d = (uint64_t)(*p++ - '0');
            if (v > limit - d) return false;
            v += d;
        }
    }
    *out = v;
    return true;
}

static bool hex_to_bits(const Number *n, int size, uint64_t *out)
{
    int i = n->scale;
    if (i < n->precision || i > 2 * size) return false;
    const char *p = n->digits;
    uint64_t v = 0;
    while (--i >= 0) {
        v <<= 4;
        if (*p) {
            char c = *p++;
            v += c <= '9' ? (uint64_t)(c - '0') : (uint64_t)((c | 0x20) - 'a' + 10);
        }
    }
    *out = v;
    return true;
}

static uint64_t size_mask(int size)
{
    return size >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * size)) - 1;
}

int32_t rt_number_parse_int64(RtString *s, int32_t styles, int32_t size, int64_t *result)
{
    Number n;
    *result = 0;
    if (!s || !parse_number(s, styles, &n, false)) return PARSE_FORMAT_ERROR;
    uint64_t mag;
    if (styles & NS_HEX) {
        if (!hex_to_bits(&n, size, &mag)) return PARSE_OVERFLOW;
        mag &= size_mask(size);
        /* sign-extend from the type's width: "FFFFFFFF" is -1 for an Int32 */
        if (size < 8 && (mag >> (8 * size - 1)) & 1) mag |= ~size_mask(size);
        *result = (int64_t)mag;
        return PARSE_OK;
    }
    uint64_t limit = n.negative ? UINT64_C(1) << 63 : (UINT64_C(1) << 63) - 1;
    if (!number_to_magnitude(&n, limit, &mag)) return PARSE_OVERFLOW;
    *result = n.negative ? (int64_t)(0 - mag) : (int64_t)mag;
    return PARSE_OK;
}

int32_t rt_number_parse_uint64(RtString *s, int32_t styles, int32_t size, uint64_t *result)
{
    Number n;
    *result = 0;
    if (!s || !parse_number(s, styles, &n, false)) return PARSE_FORMAT_ERROR;
    uint64_t mag;
    if (styles & NS_HEX) {
        if (!hex_to_bits(&n, size, &mag)) return PARSE_OVERFLOW;
        *result = mag & size_mask(size);
        return PARSE_OK;
    }
    /* "-0" lost its sign while parsing; "-0.0" keeps it and overflows, as in .NET */
    if (n.negative || !number_to_magnitude(&n, UINT64_MAX, &mag)) return PARSE_OVERFLOW;
    *result = mag;
    return PARSE_OK;
}

/* "NaN", "Infinity", "-Infinity" are recognised only when the number syntax fails. */
static bool parse_symbol(const RtString *s, double *result)
{
    int start = 0, end = s->length;
    while (start < end && rt_char_is_white_space(s->chars[start]))
        start++;
    while (end > start && rt_char_is_white_space(s->chars[end - 1]))
        end--;
    static const char *const names[] = {"Infinity", "-Infinity", "NaN"};
    /* .NET's NaN has the sign bit set (x86's default NaN) */
    const double values[] = {INFINITY, -INFINITY, -NAN};
    for (int k = 0; k < 3; k++) {
        int len = (int)strlen(names[k]);
        if (len != end - start) continue;
        int i = 0;
        while (i < len && s->chars[start + i] == (uint8_t)names[k][i])
            i++;
        if (i == len) {
            *result = values[k];
            return true;
        }
    }
    return false;
}

int32_t rt_number_parse_double(RtString *s, int32_t styles, double *result)
{
    Number n;
    *result = 0;
    if (!s) return PARSE_FORMAT_ERROR;
    if (!parse_number(s, styles & ~NS_HEX, &n, false))
        return parse_symbol(s, result) ? PARSE_OK : PARSE_FORMAT_ERROR;
    double d = number_to_double(&n);
    if (!isfinite(d)) return PARSE_OVERFLOW;
    *result = d == 0 ? 0.0 : d; /* -0 parses as +0, as in .NET */
    return PARSE_OK;
}

/*
 * The Framework's NumberToDecimal: up to 29 digits are accumulated while they fit, the
 * next digit rounds. A '5' rounds half to even, judged on the previous digit and on the
 * next 20 digits being zeros (a digit before the first reads as 0, so "5e-29" rounds
 * to 0). A zero keeps its scale ("0.00", "-0.0" with its sign); a scale beyond 28 is
 * cut to 28.
 */
static int number_to_decimal(const Number *n, RtDecimal *out)
{
    typedef unsigned __int128 u128;
    const u128 tenth_of_max = (((u128)1 << 96) - 1) / 10; /* 0x19999999_99999999_99999999 */
    const char *p = n->digits;
    int e = n->scale;
    u128 v = 0;
    if (!*p) {
        if (e > 0) e = 0;
    } else {
        if (e > DECIMAL_PRECISION) return PARSE_OVERFLOW;
        while ((e > 0 || (*p && e > -28)) &&
               (v < tenth_of_max || (v == tenth_of_max && *p <= '5'))) {
            v *= 10;
            if (*p) v += (u128)(*p++ - '0');
            e--;
        }
        if (*p >= '5') {
            bool round = true;
            char prev = p > n->digits ? p[-1] : 0;
            if (*p == '5' && (prev - '0') % 2 == 0) {
                const char *q = p + 1;
                int count = 20;
                while (*q == '0' && count != 0) {
                    q++;
                    count--;
                }
                if (!*q || count == 0) round = false;
            }
            if (round && ++v > (((u128)1 << 96) - 1)) {
                v = tenth_of_max + 1;
                e++;
            }
        }
    }
    if (e > 0) return PARSE_OVERFLOW;
    int scale = -e;
    if (e <= -DECIMAL_PRECISION) {
        v = 0;
        scale = DECIMAL_PRECISION - 1;
    }
    out->lo = (uint32_t)v;
    out->mid = (uint32_t)(v >> 32);
    out->hi = (uint32_t)(v >> 64);
    out->flags = (n->negative ? 0x80000000u : 0) | ((uint32_t)scale << 16);
    return PARSE_OK;
}

int32_t rt_number_parse_decimal(RtString *s, int32_t styles, RtDecimal *result)
{
    Number n;
    memset(result, 0, sizeof *result);
    if (!s || !parse_number(s, styles & ~NS_HEX, &n, true)) return PARSE_FORMAT_ERROR;
    return number_to_decimal(&n, result);
}

/* ---- BitConverter ---- */

int64_t rt_bitconverter_double_to_int64_bits(double value)
{
    int64_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

double rt_bitconverter_int64_bits_to_double(int64_t value)
{
    double d;
    memcpy(&d, &value, sizeof d);
    return d;
}

int32_t rt_bitconverter_single_to_int32_bits(float value)
{
    int32_t bits;
    memcpy(&bits, &value, sizeof bits);
    return bits;
}

float rt_bitconverter_int32_bits_to_single(int32_t value)
{
    float f;
    memcpy(&f, &value, sizeof f);
    return f;
}
