/*
 * string.c — System.String's runtime side: allocation, UTF-8 conversion, interned
 * literals, the internal calls behind String and Char, and culture-aware comparison.
 *
 * A string is header, int32 length, UTF-16 chars (ilrt.h), allocated without
 * references (GC_MALLOC_ATOMIC) with one spare NUL char so C can peek past the end.
 * Literals are interned in an open-addressing table whose array is uncollectable,
 * which makes it a GC root for the strings it holds.
 *
 * Hash codes are Marvin32 with the fixed seed Mono 6.8 uses, so programs that print
 * "abc".GetHashCode() match Mono. Case mapping and Unicode categories come from
 * tables generated from Mono's invariant culture (at the end of this file).
 *
 * Culture-sensitive comparison (String.Compare, CompareTo) approximates Mono's
 * invariant collation with sort keys of four levels, as Windows and ICU do:
 *   1. primary: letters case- and accent-blind, digits after punctuation, letters
 *      last; hyphen, apostrophe and control characters ignored; æ = "ae", ß = "ss"
 *   2. secondary: accents (e < é < è ...)
 *   3. tertiary: case (lower before upper)
 *   4. the ignored characters
 * The Latin-1 weights were measured from Mono; other characters fall back to code
 * point order after case folding.
 */
#include "ilrt.h"
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ---- */

RtString *rt_string_alloc(int32_t length)
{
    if (length < 0 || length > (INT32_MAX - 64) / 2)
        rt_throw_named("System.OutOfMemoryException",
                       "Insufficient memory to continue the execution of the program.");
    size_t size = RT_STRING_CHARS_OFFSET + 2 * ((size_t)length + 1);
    RtString *s = rt_alloc(size, false);
    s->type = rt_types.string;
    s->length = length;
    s->chars[length] = 0;
    return s;
}

RtString *rt_string_from_utf16(const uint16_t *chars, int32_t length)
{
    RtString *s = rt_string_alloc(length);
    if (length) memcpy(s->chars, chars, (size_t)length * 2);
    return s;
}

/* Decodes one UTF-8 sequence at *p (< end); malformed input yields U+FFFD. */
static uint32_t utf8_decode(const unsigned char **p, const unsigned char *end)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n = c < 0x80                ? 0
            : c >= 0xF0 && c < 0xF5 ? 3
            : c >= 0xE0             ? (c < 0xF0 ? 2 : -1)
            : c >= 0xC2             ? 1
                                    : -1;
    if (n < 0) {
        *p = s + 1;
        return 0xFFFD;
    }
    c &= n == 0 ? 0x7F : (0x3F >> n);
    for (int i = 1; i <= n; i++) {
        if (s + i >= end || (s[i] & 0xC0) != 0x80) {
            *p = s + i;
            return 0xFFFD;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *p = s + n + 1;
    bool overlong = (n == 2 && c < 0x800) || (n == 3 && c < 0x10000);
    if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
    return c;
}

int32_t rt_utf8_to_utf16(const char *src, size_t n, uint16_t *dst)
{
    const unsigned char *p = (const unsigned char *)src, *end = p + n;
    int32_t len = 0;
    while (p < end) {
        uint32_t c = utf8_decode(&p, end);
        if (c >= 0x10000) {
            if (dst) {
                dst[len] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
                dst[len + 1] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
            }
            len += 2;
        } else {
            if (dst) dst[len] = (uint16_t)c;
            len++;
        }
    }
    return len;
}

RtString *rt_string_from_utf8(const char *s)
{
    size_t n = strlen(s);
    RtString *r = rt_string_alloc(rt_utf8_to_utf16(s, n, NULL));
    rt_utf8_to_utf16(s, n, r->chars);
    return r;
}

/* Code point at chars[*i] (advancing *i); unpaired surrogates become U+FFFD. */
uint32_t rt_utf16_next(const uint16_t *chars, int32_t length, int32_t *i)
{
    uint32_t c = chars[(*i)++];
    if (c >= 0xD800 && c <= 0xDBFF && *i < length && chars[*i] >= 0xDC00 && chars[*i] <= 0xDFFF)
        return 0x10000 + ((c - 0xD800) << 10) + (chars[(*i)++] - 0xDC00);
    if (c >= 0xD800 && c <= 0xDFFF) return 0xFFFD;
    return c;
}

int rt_utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

char *rt_string_to_utf8(const RtString *s)
{
    if (!s) {
        char *empty = rt_alloc(1, false);
        empty[0] = 0;
        return empty;
    }
    char *out = rt_alloc((size_t)s->length * 3 + 1, false);
    size_t n = 0;
    for (int32_t i = 0; i < s->length;)
        n += (size_t)rt_utf8_encode(rt_utf16_next(s->chars, s->length, &i), out + n);
    out[n] = 0;
    return out;
}

/* ---- Marvin32 (the hash of .NET Core strings), with Mono 6.8's fixed seed ---- */

static uint32_t rotl32(uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

static void marvin_block(uint32_t *p0, uint32_t *p1)
{
    *p1 ^= *p0;
    *p0 = rotl32(*p0, 20);
    *p0 += *p1;
    *p1 = rotl32(*p1, 9);
    *p1 ^= *p0;
    *p0 = rotl32(*p0, 27);
    *p0 += *p1;
    *p1 = rotl32(*p1, 19);
}

static uint32_t read_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int32_t marvin32(const uint16_t *chars, int32_t length)
{
    const uint64_t seed = 0xc47310;
    uint32_t p0 = (uint32_t)seed, p1 = (uint32_t)(seed >> 32);
    const uint8_t *data = (const uint8_t *)chars;
    size_t n = (size_t)length * 2;
    for (; n >= 4; data += 4, n -= 4) {
        p0 += read_u32(data);
        marvin_block(&p0, &p1);
    }
    /* UTF-16 leaves 0 or 2 bytes: pad with 0x80 as the algorithm specifies */
    if (n == 2)
        p0 += 0x800000u | (uint32_t)data[0] | (uint32_t)data[1] << 8;
    else
        p0 += 0x80u;
    marvin_block(&p0, &p1);
    marvin_block(&p0, &p1);
    return (int32_t)(p1 ^ p0);
}

int32_t rt_string_hash(RtString *s)
{
    return marvin32(s->chars, s->length);
}

/* ---- interned literals ---- */

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static RtString **intern_slots; /* uncollectable: a GC root */
static size_t intern_cap, intern_count;

static bool chars_equal(const RtString *s, const uint16_t *chars, int32_t length)
{
    return s->length == length && !memcmp(s->chars, chars, (size_t)length * 2);
}

static size_t intern_find(RtString **slots, size_t cap, const uint16_t *chars, int32_t length)
{
    size_t i = (uint32_t)marvin32(chars, length) & (cap - 1);
    while (slots[i] && !chars_equal(slots[i], chars, length))
        i = (i + 1) & (cap - 1);
    return i;
}

static void intern_grow(void)
{
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    RtString **slots = rt_alloc_uncollectable(cap * sizeof *slots);
    memset(slots, 0, cap * sizeof *slots);
    for (size_t i = 0; i < intern_cap; i++) {
        RtString *s = intern_slots[i];
        if (s) slots[intern_find(slots, cap, s->chars, s->length)] = s;
    }
    /* The old array is not freed (ilrt.h has no free for uncollectable memory);
     * growth is geometric, so this wastes at most what the table now holds. */
    intern_slots = slots;
    intern_cap = cap;
}

static RtString *const *pending_literals; /* rt_intern_literals, not in the table yet */
static size_t n_pending_literals;

void rt_intern_literals(RtString *const *literals, size_t n)
{
    pthread_mutex_lock(&intern_lock);
    pending_literals = literals;
    n_pending_literals = n;
    pthread_mutex_unlock(&intern_lock);
}

/* Lock held: the interned string with these chars; adds `fresh` (or a copy) if asked. */
static RtString *intern_locked(const uint16_t *chars, int32_t length, RtString *fresh, bool add)
{
    if (2 * (intern_count + 1) > intern_cap) intern_grow();
    size_t i = intern_find(intern_slots, intern_cap, chars, length);
    RtString *s = intern_slots[i];
    if (!s && add) {
        s = fresh ? fresh : rt_string_from_utf16(chars, length);
        intern_slots[i] = s;
        intern_count++;
    }
    return s;
}

/* The table, with an AOT executable's literals joining it on first use. */
static RtString *intern(const uint16_t *chars, int32_t length, RtString *fresh, bool add)
{
    pthread_mutex_lock(&intern_lock);
    for (size_t k = 0; pending_literals && k < n_pending_literals; k++)
        intern_locked(pending_literals[k]->chars, pending_literals[k]->length, pending_literals[k],
                      true);
    pending_literals = NULL;
    RtString *s = intern_locked(chars, length, fresh, add);
    pthread_mutex_unlock(&intern_lock);
    return s;
}

RtString *rt_string_literal(const uint16_t *chars, int32_t length)
{
    return intern(chars, length, NULL, true);
}

RtString *rt_string_intern(RtString *s, bool add)
{
    return intern(s->chars, s->length, s, add);
}

/* ---- Char: Unicode categories and case mapping (tables at the end) ---- */

typedef struct CategoryRun {
    uint16_t start;
    uint8_t category;
} CategoryRun;

typedef struct CaseRun {
    uint16_t first, last;
    int32_t delta;
    uint8_t stride; /* 1: every char in the range maps; 2: every other one */
} CaseRun;

typedef struct CollationKey {
    uint16_t primary;
    uint8_t secondary; /* ignorables: their level-4 weight; expansions: which one */
    uint8_t tertiary;
    uint8_t kind;
} CollationKey;

enum { KEY_NORMAL = 0, KEY_IGNORABLE = 1, KEY_EXPANSION = 2 };
/* primary weights of a, e and s, for the expansions of U+00E6, U+00C6 and U+00DF */
enum { COLL_A = 75, COLL_E = 79, COLL_S = 93, COLL_LETTERS_END = 102 };

/* The generated tables, defined at the end of the file. */
static const CategoryRun *category_table(size_t *count);
static const CaseRun *upper_table(size_t *count);
static const CaseRun *lower_table(size_t *count);
static const CollationKey *latin1_collation(void);

/* The run holding c: the last one starting at or before it. */
static const CategoryRun *category_run(uint16_t c)
{
    size_t count;
    const CategoryRun *runs = category_table(&count);
    size_t lo = 0, hi = count;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].start <= c)
            lo = mid;
        else
            hi = mid;
    }
    return &runs[lo];
}

int32_t rt_char_get_category(uint16_t c)
{
    return category_run(c)->category;
}

static uint16_t map_case(uint16_t c, const CaseRun *(*table)(size_t *))
{
    size_t count;
    const CaseRun *runs = table(&count);
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].last < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < count && runs[lo].first <= c && (c - runs[lo].first) % runs[lo].stride == 0)
        return (uint16_t)(c + runs[lo].delta);
    return c;
}

uint16_t rt_char_to_upper(uint16_t c)
{
    if (c < 128) return c >= 'a' && c <= 'z' ? (uint16_t)(c - 32) : c;
    return map_case(c, upper_table);
}

uint16_t rt_char_to_lower(uint16_t c)
{
    if (c < 128) return c >= 'A' && c <= 'Z' ? (uint16_t)(c + 32) : c;
    return map_case(c, lower_table);
}

/* Decimal digits of every script, and Latin-1's superscripts and fractions. */
double rt_char_numeric_value(uint16_t c)
{
    switch (c) {
    case 0xB2: return 2;
    case 0xB3: return 3;
    case 0xB9: return 1;
    case 0xBC: return 0.25;
    case 0xBD: return 0.5;
    case 0xBE: return 0.75;
    }
    const CategoryRun *run = category_run(c);
    if (run->category != 8) return -1;
    return (c - run->start) % 10;
}

bool rt_char_is_white_space(uint16_t c)
{
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x85) return true;
    if (c < 256) return false;
    int32_t cat = rt_char_get_category(c);
    return cat >= 11 && cat <= 13;
}

/* ---- String internal calls ---- */

int32_t rt_string_get_length(RtString *s)
{
    if (!s) rt_throw_null_reference();
    return s->length;
}

uint16_t rt_string_get_chars(RtString *s, int32_t index)
{
    if (!s) rt_throw_null_reference();
    if ((uint32_t)index >= (uint32_t)s->length) rt_throw_index_out_of_range();
    return s->chars[index];
}

static const uint16_t *array_chars(RtArray *a)
{
    return (const uint16_t *)rt_array_data(a);
}

RtString *rt_string_from_chars(RtArray *value, int32_t start, int32_t length)
{
    return rt_string_from_utf16(array_chars(value) + start, length);
}

RtString *rt_string_repeat(uint16_t c, int32_t count)
{
    RtString *s = rt_string_alloc(count);
    for (int32_t i = 0; i < count; i++)
        s->chars[i] = c;
    return s;
}

static int32_t len_of(const RtString *s)
{
    return s ? s->length : 0;
}

static void put_chars(RtString *dst, int32_t at, const RtString *src)
{
    if (src && src->length) memcpy(dst->chars + at, src->chars, (size_t)src->length * 2);
}

static int32_t checked_total(int64_t total)
{
    if (total > INT32_MAX)
        rt_throw_named("System.OutOfMemoryException",
                       "Insufficient memory to continue the execution of the program.");
    return (int32_t)total;
}

RtString *rt_string_concat2(RtString *a, RtString *b)
{
    RtString *s = rt_string_alloc(checked_total((int64_t)len_of(a) + len_of(b)));
    put_chars(s, 0, a);
    put_chars(s, len_of(a), b);
    return s;
}

RtString *rt_string_concat_array(RtArray *values)
{
    RtString **items = rt_array_data(values);
    int64_t total = 0;
    for (intptr_t i = 0; i < values->length; i++)
        total += len_of(items[i]);
    RtString *s = rt_string_alloc(checked_total(total));
    int32_t at = 0;
    for (intptr_t i = 0; i < values->length; i++) {
        put_chars(s, at, items[i]);
        at += len_of(items[i]);
    }
    return s;
}

RtString *rt_string_substring(RtString *s, int32_t start, int32_t length)
{
    return rt_string_from_utf16(s->chars + start, length);
}

bool rt_string_equals(RtString *a, RtString *b)
{
    return a == b || (a->length == b->length && !memcmp(a->chars, b->chars, (size_t)a->length * 2));
}

/* OrdinalIgnoreCase compares the invariant upper-case forms, char by char. */
static int32_t compare_ordinal_chars(const uint16_t *a, int32_t la, const uint16_t *b, int32_t lb,
                                     bool ignore_case)
{
    int32_t n = la < lb ? la : lb;
    for (int32_t i = 0; i < n; i++) {
        uint16_t ca = a[i], cb = b[i];
        if (ignore_case) {
            ca = rt_char_to_upper(ca);
            cb = rt_char_to_upper(cb);
        }
        if (ca != cb) return (int32_t)ca - (int32_t)cb;
    }
    return la - lb;
}

bool rt_string_equals_ignore_case(RtString *a, RtString *b)
{
    return a->length == b->length &&
           compare_ordinal_chars(a->chars, a->length, b->chars, b->length, true) == 0;
}

/* .NET's CompareOrdinal(a, ia, b, ib, length): each side is cut to what it has. */
static int32_t compare_ordinal_range(RtString *a, int32_t ia, RtString *b, int32_t ib,
                                     int32_t length, bool ignore_case)
{
    int32_t la = a->length - ia < length ? a->length - ia : length;
    int32_t lb = b->length - ib < length ? b->length - ib : length;
    if (la < 0) la = 0;
    if (lb < 0) lb = 0;
    return compare_ordinal_chars(a->chars + ia, la, b->chars + ib, lb, ignore_case);
}

int32_t rt_string_compare_ordinal(RtString *a, int32_t ia, RtString *b, int32_t ib, int32_t length)
{
    return compare_ordinal_range(a, ia, b, ib, length, false);
}

/*
 * OrdinalIgnoreCase as Mono computes it: a leading run of chars up to U+0080 is
 * compared ASCII-uppercased (returning the difference, or the length difference when
 * one string ends); from the first other char on, invariant upper case is compared and
 * a length difference only reports its sign.
 */
int32_t rt_string_compare_ordinal_ignore_case(RtString *a, int32_t ia, RtString *b, int32_t ib,
                                              int32_t length)
{
    int32_t la = a->length - ia < length ? a->length - ia : length;
    int32_t lb = b->length - ib < length ? b->length - ib : length;
    if (la < 0) la = 0;
    if (lb < 0) lb = 0;
    const uint16_t *pa = a->chars + ia, *pb = b->chars + ib;
    int32_t n = la < lb ? la : lb, i = 0;
    for (; i < n && pa[i] <= 0x80 && pb[i] <= 0x80; i++) {
        int32_t ca = rt_char_to_upper(pa[i]), cb = rt_char_to_upper(pb[i]);
        if (ca != cb) return ca - cb;
    }
    if (i == n) return la - lb;
    for (; i < n; i++) {
        int32_t ca = rt_char_to_upper(pa[i]), cb = rt_char_to_upper(pb[i]);
        if (ca != cb) return ca - cb;
    }
    return la < lb ? -1 : la > lb;
}

/*
 * String.CompareOrdinal(a, b) as .NET Core 2.x computes it, since programs print the
 * value: a differing first char decides at once (an empty string's is its NUL), then
 * chars are compared in pairs, and a difference found in the second half of a pair
 * may read the shorter string's terminating NUL ("a" vs "ab" is 0 - 'b').
 */
int32_t rt_string_compare_ordinal_full(RtString *a, RtString *b)
{
    if (a->chars[0] != b->chars[0]) return (int32_t)a->chars[0] - (int32_t)b->chars[0];
    int32_t n = a->length < b->length ? a->length : b->length;
    for (int32_t i = 0; i < n; i += 2) {
        if (a->chars[i] != b->chars[i]) return (int32_t)a->chars[i] - (int32_t)b->chars[i];
        if (a->chars[i + 1] != b->chars[i + 1])
            return (int32_t)a->chars[i + 1] - (int32_t)b->chars[i + 1];
    }
    return a->length - b->length;
}

int32_t rt_string_index_of_char(RtString *s, uint16_t c, int32_t start, int32_t count)
{
    for (int32_t i = start; i < start + count; i++)
        if (s->chars[i] == c) return i;
    return -1;
}

int32_t rt_string_last_index_of_char(RtString *s, uint16_t c, int32_t start, int32_t count)
{
    for (int32_t i = start; i > start - count; i--)
        if (s->chars[i] == c) return i;
    return -1;
}

static bool matches_at(const RtString *s, int32_t at, const RtString *v, bool ignore_case)
{
    if (!ignore_case) return !memcmp(s->chars + at, v->chars, (size_t)v->length * 2);
    return compare_ordinal_chars(s->chars + at, v->length, v->chars, v->length, true) == 0;
}

int32_t rt_string_index_of_string(RtString *s, RtString *v, int32_t start, int32_t count,
                                  bool ignore_case)
{
    for (int32_t i = start; i + v->length <= start + count; i++)
        if (matches_at(s, i, v, ignore_case)) return i;
    return -1;
}

/* Searches the window [start - count + 1, start] backwards for a whole match. */
int32_t rt_string_last_index_of_string(RtString *s, RtString *v, int32_t start, int32_t count,
                                       bool ignore_case)
{
    int32_t low = start - count + 1;
    for (int32_t i = start - v->length + 1; i >= low; i--)
        if (matches_at(s, i, v, ignore_case)) return i;
    return -1;
}

RtString *rt_string_replace_char(RtString *s, uint16_t old_char, uint16_t new_char)
{
    int32_t first = rt_string_index_of_char(s, old_char, 0, s->length);
    if (first < 0) return s;
    RtString *r = rt_string_from_utf16(s->chars, s->length);
    for (int32_t i = first; i < r->length; i++)
        if (r->chars[i] == old_char) r->chars[i] = new_char;
    return r;
}

RtString *rt_string_replace_string(RtString *s, RtString *old_value, RtString *new_value)
{
    int32_t n = s->length, m = old_value->length;
    int64_t hits = 0;
    for (int32_t i = 0; i + m <= n;) {
        if (matches_at(s, i, old_value, false)) {
            hits++;
            i += m;
        } else {
            i++;
        }
    }
    if (hits == 0) return s;
    RtString *r = rt_string_alloc(checked_total(n + hits * (new_value->length - m)));
    int32_t out = 0;
    for (int32_t i = 0; i < n;) {
        if (i + m <= n && matches_at(s, i, old_value, false)) {
            put_chars(r, out, new_value);
            out += new_value->length;
            i += m;
        } else {
            r->chars[out++] = s->chars[i++];
        }
    }
    return r;
}

static RtString *map_chars(RtString *s, uint16_t (*map)(uint16_t))
{
    int32_t i = 0;
    while (i < s->length && map(s->chars[i]) == s->chars[i])
        i++;
    if (i == s->length) return s;
    RtString *r = rt_string_from_utf16(s->chars, s->length);
    for (; i < r->length; i++)
        r->chars[i] = map(r->chars[i]);
    return r;
}

RtString *rt_string_to_upper(RtString *s)
{
    return map_chars(s, rt_char_to_upper);
}

RtString *rt_string_to_lower(RtString *s)
{
    return map_chars(s, rt_char_to_lower);
}

static bool is_trimmed(uint16_t c, RtArray *set)
{
    if (!set || set->length == 0) return rt_char_is_white_space(c);
    const uint16_t *chars = array_chars(set);
    for (intptr_t i = 0; i < set->length; i++)
        if (chars[i] == c) return true;
    return false;
}

/* which: 1 trims the start, 2 the end, 3 both. */
RtString *rt_string_trim(RtString *s, RtArray *trim_chars, int32_t which)
{
    int32_t start = 0, end = s->length;
    if (which & 1)
        while (start < end && is_trimmed(s->chars[start], trim_chars))
            start++;
    if (which & 2)
        while (end > start && is_trimmed(s->chars[end - 1], trim_chars))
            end--;
    if (start == 0 && end == s->length) return s;
    return rt_string_from_utf16(s->chars + start, end - start);
}

RtString *rt_string_pad(RtString *s, int32_t total_width, uint16_t c, bool left)
{
    int32_t pad = total_width - s->length;
    if (pad <= 0) return s;
    RtString *r = rt_string_alloc(total_width);
    int32_t text_at = left ? pad : 0, pad_at = left ? 0 : s->length;
    put_chars(r, text_at, s);
    for (int32_t i = 0; i < pad; i++)
        r->chars[pad_at + i] = c;
    return r;
}

RtString *rt_string_join(RtString *separator, RtArray *values, int32_t start, int32_t count)
{
    RtString **items = (RtString **)rt_array_data(values) + start;
    if (count == 0) return rt_string_alloc(0);
    int64_t total = (int64_t)len_of(separator) * (count - 1);
    for (int32_t i = 0; i < count; i++)
        total += len_of(items[i]);
    RtString *r = rt_string_alloc(checked_total(total));
    int32_t at = 0;
    for (int32_t i = 0; i < count; i++) {
        if (i > 0) {
            put_chars(r, at, separator);
            at += len_of(separator);
        }
        put_chars(r, at, items[i]);
        at += len_of(items[i]);
    }
    return r;
}

RtArray *rt_string_to_char_array(RtString *s, int32_t start, int32_t length)
{
    RtArray *a = rt_new_array(rt_well_known(&rt_types.char_array), length);
    if (length) memcpy(rt_array_data(a), s->chars + start, (size_t)length * 2);
    return a;
}

void rt_string_copy_to_array(RtString *s, int32_t source_index, RtArray *destination,
                             int32_t destination_index, int32_t count)
{
    if (count)
        memcpy((uint16_t *)rt_array_data(destination) + destination_index, s->chars + source_index,
               (size_t)count * 2);
}

RtString *rt_string_insert(RtString *s, int32_t start, RtString *value)
{
    RtString *r = rt_string_alloc(checked_total((int64_t)s->length + value->length));
    memcpy(r->chars, s->chars, (size_t)start * 2);
    put_chars(r, start, value);
    memcpy(r->chars + start + value->length, s->chars + start, (size_t)(s->length - start) * 2);
    return r;
}

RtString *rt_string_remove(RtString *s, int32_t start, int32_t count)
{
    RtString *r = rt_string_alloc(s->length - count);
    memcpy(r->chars, s->chars, (size_t)start * 2);
    memcpy(r->chars + start, s->chars + start + count, (size_t)(s->length - start - count) * 2);
    return r;
}

/* ---- culture-aware comparison (see the top of the file) ---- */

typedef struct SortElement {
    uint32_t primary;
    uint8_t secondary, tertiary;
} SortElement;

typedef struct Ignorable {
    int32_t position; /* index in the compared text */
    uint8_t weight;
} Ignorable;

typedef struct SortKey {
    SortElement *elems;
    Ignorable *ignorables;
    int32_t n_elems, n_ignorables;
    int32_t last_elem_position; /* ignorables after it are "trailing" */
} SortKey;

static void add_elem(SortKey *k, uint32_t primary, uint8_t secondary, uint8_t tertiary)
{
    SortElement *e = &k->elems[k->n_elems++];
    e->primary = primary;
    e->secondary = secondary;
    e->tertiary = tertiary;
}

/* æ, Æ, ß sort exactly as "ae", "AE", "ss". */
static void add_expansion(SortKey *k, int which)
{
    static const uint8_t first[] = {COLL_A, COLL_A, COLL_S}, second[] = {COLL_E, COLL_E, COLL_S};
    uint8_t upper = which == 1;
    add_elem(k, first[which], 0, upper);
    add_elem(k, second[which], 0, upper);
}

/* Secondary weights, shared by precomposed letters and combining marks. */
enum {
    ACCENT_ACUTE = 2,
    ACCENT_GRAVE = 3,
    ACCENT_CIRCUMFLEX = 4,
    ACCENT_DIAERESIS = 5,
    ACCENT_TILDE = 6,
    ACCENT_RING = 7,
    ACCENT_CEDILLA = 8,
    ACCENT_OTHER = 20
};

static uint8_t combining_accent(uint16_t c)
{
    switch (c) {
    case 0x300: return ACCENT_GRAVE;
    case 0x301: return ACCENT_ACUTE;
    case 0x302: return ACCENT_CIRCUMFLEX;
    case 0x303: return ACCENT_TILDE;
    case 0x308: return ACCENT_DIAERESIS;
    case 0x30A: return ACCENT_RING;
    case 0x327: return ACCENT_CEDILLA;
    default: return (uint8_t)(ACCENT_OTHER + (c - 0x300));
    }
}

/*
 * A combining mark (U+0300..U+036F) accents the element before it: e + U+0301 = é.
 * With nothing before it, it stands alone and sorts below every other character.
 */
static bool add_combining(SortKey *k, uint16_t c)
{
    if (c < 0x300 || c > 0x36F) return false;
    if (k->n_elems == 0) {
        add_elem(k, 0, combining_accent(c), 0);
        return true;
    }
    SortElement *prev = &k->elems[k->n_elems - 1];
    prev->secondary = (uint8_t)(prev->secondary + combining_accent(c));
    return true;
}

static void add_char(SortKey *k, uint16_t c, int32_t position)
{
    uint8_t upper = 0;
    if (add_combining(k, c)) {
        k->last_elem_position = position;
        return;
    }
    if (c >= 256) {
        uint16_t lower = rt_char_to_lower(c);
        upper = lower != c;
        if (lower >= 256) {
            add_elem(k, 0x1000u + lower, 0, upper);
            k->last_elem_position = position;
            return;
        }
        c = lower;
    }
    const CollationKey *key = &latin1_collation()[c];
    if (key->kind == KEY_IGNORABLE) {
        Ignorable *ig = &k->ignorables[k->n_ignorables++];
        ig->position = position;
        ig->weight = key->secondary;
        return;
    }
    if (key->kind == KEY_EXPANSION)
        add_expansion(k, key->secondary);
    else
        add_elem(k, key->primary, key->secondary, (uint8_t)(key->tertiary | upper));
    k->last_elem_position = position;
}

static void build_sort_key(SortKey *k, const uint16_t *chars, int32_t n)
{
    k->n_elems = k->n_ignorables = 0;
    k->last_elem_position = -1;
    for (int32_t i = 0; i < n; i++)
        add_char(k, chars[i], i);
}

static int32_t sign_of(int64_t v)
{
    return v < 0 ? -1 : v > 0;
}

/* Compares one level of two keys' elements; `level` 0..2 picks the field. */
static int32_t compare_level(const SortKey *a, const SortKey *b, int level)
{
    int32_t n = a->n_elems < b->n_elems ? a->n_elems : b->n_elems;
    for (int32_t i = 0; i < n; i++) {
        const SortElement *x = &a->elems[i], *y = &b->elems[i];
        int64_t d = level == 0   ? (int64_t)x->primary - y->primary
                    : level == 1 ? (int64_t)x->secondary - y->secondary
                                 : (int64_t)x->tertiary - y->tertiary;
        if (d) return sign_of(d);
    }
    return sign_of((int64_t)a->n_elems - b->n_elems);
}

/* Ignorables before a key's last element, or (trailing) after it. */
static int32_t ignorable_range(const SortKey *k, bool trailing, const Ignorable **first)
{
    int32_t split = 0;
    while (split < k->n_ignorables && k->ignorables[split].position < k->last_elem_position)
        split++;
    *first = trailing ? k->ignorables + split : k->ignorables;
    return trailing ? k->n_ignorables - split : split;
}

/*
 * Mono weighs ignorable characters in two places: trailing ones ("ab-") right after
 * the primary level, the others after case, where an earlier position weighs more
 * ("a-bcd" < "-abcd"). Then by weight: controls < apostrophe < hyphen < soft hyphen.
 */
static int32_t compare_ignorables(const SortKey *a, const SortKey *b, bool trailing)
{
    const Ignorable *x, *y;
    int32_t nx = ignorable_range(a, trailing, &x), ny = ignorable_range(b, trailing, &y);
    int32_t n = nx < ny ? nx : ny;
    for (int32_t i = 0; i < n; i++) {
        if (!trailing && x[i].position != y[i].position)
            return x[i].position < y[i].position ? 1 : -1;
        if (x[i].weight != y[i].weight) return x[i].weight < y[i].weight ? -1 : 1;
    }
    return sign_of((int64_t)nx - ny);
}

static int32_t compare_keys(const SortKey *a, const SortKey *b, bool ignore_case)
{
    int32_t r;
    if ((r = compare_level(a, b, 0)) || (r = compare_ignorables(a, b, true)) ||
        (r = compare_level(a, b, 1)))
        return r;
    if (!ignore_case && (r = compare_level(a, b, 2))) return r;
    return compare_ignorables(a, b, false);
}

/* Keys live on the stack for short strings, on the heap for long ones. */
static bool key_init(SortKey *k, int32_t n, SortElement *elems_buf, Ignorable *ign_buf, int32_t cap)
{
    bool heap = n > cap;
    k->elems = heap ? malloc((size_t)n * 2 * sizeof *k->elems) : elems_buf;
    k->ignorables = heap ? malloc((size_t)n * sizeof *k->ignorables) : ign_buf;
    if (heap && (!k->elems || !k->ignorables)) rt_fatal("out of memory comparing strings");
    return heap;
}

int32_t rt_string_compare_culture(RtString *a, int32_t ia, int32_t la, RtString *b, int32_t ib,
                                  int32_t lb, bool ignore_case)
{
    enum { CAP = 64 };
    SortElement ea[2 * CAP], eb[2 * CAP];
    Ignorable ga[CAP], gb[CAP];
    SortKey ka, kb;
    bool heap_a = key_init(&ka, la, ea, ga, CAP), heap_b = key_init(&kb, lb, eb, gb, CAP);
    build_sort_key(&ka, a->chars + ia, la);
    build_sort_key(&kb, b->chars + ib, lb);
    int32_t r = compare_keys(&ka, &kb, ignore_case);
    if (heap_a) {
        free(ka.elems);
        free(ka.ignorables);
    }
    if (heap_b) {
        free(kb.elems);
        free(kb.ignorables);
    }
    return r; /* equal at every level is equal: "æ" = "ae", "e\u0301" = "é" */
}

/* ---- tables generated from Mono 6.8 (Char.GetUnicodeCategory, ToUpperInvariant,
 * ToLowerInvariant over the BMP) and from its invariant collation of Latin-1 ---- */

static const CategoryRun category_runs[] = {
    {0x0000, 14}, {0x0020, 11}, {0x0021, 24}, {0x0024, 26}, {0x0025, 24}, {0x0028, 20},
    {0x0029, 21}, {0x002A, 24}, {0x002B, 25}, {0x002C, 24}, {0x002D, 19}, {0x002E, 24},
    {0x0030, 8},  {0x003A, 24}, {0x003C, 25}, {0x003F, 24}, {0x0041, 0},  {0x005B, 20},
    {0x005C, 24}, {0x005D, 21}, {0x005E, 27}, {0x005F, 18}, {0x0060, 27}, {0x0061, 1},
    {0x007B, 20}, {0x007C, 25}, {0x007D, 21}, {0x007E, 25}, {0x007F, 14}, {0x00A0, 11},
    {0x00A1, 24}, {0x00A2, 26}, {0x00A6, 28}, {0x00A8, 27}, {0x00A9, 28}, {0x00AA, 1},
    {0x00AB, 22}, {0x00AC, 25}, {0x00AD, 19}, {0x00AE, 28}, {0x00AF, 27}, {0x00B0, 28},
    {0x00B1, 25}, {0x00B2, 10}, {0x00B4, 27}, {0x00B5, 1},  {0x00B6, 28}, {0x00B7, 24},
    {0x00B8, 27}, {0x00B9, 10}, {0x00BA, 1},  {0x00BB, 23}, {0x00BC, 10}, {0x00BF, 24},
    {0x00C0, 0},  {0x00D7, 25}, {0x00D8, 0},  {0x00DF, 1},  {0x00F7, 25}, {0x00F8, 1},
    {0x0100, 0},  {0x0101, 1},  {0x0102, 0},  {0x0103, 1},  {0x0104, 0},  {0x0105, 1},
    {0x0106, 0},  {0x0107, 1},  {0x0108, 0},  {0x0109, 1},  {0x010A, 0},  {0x010B, 1},
    {0x010C, 0},  {0x010D, 1},  {0x010E, 0},  {0x010F, 1},  {0x0110, 0},  {0x0111, 1},
    {0x0112, 0},  {0x0113, 1},  {0x0114, 0},  {0x0115, 1},  {0x0116, 0},  {0x0117, 1},
    {0x0118, 0},  {0x0119, 1},  {0x011A, 0},  {0x011B, 1},  {0x011C, 0},  {0x011D, 1},
    {0x011E, 0},  {0x011F, 1},  {0x0120, 0},  {0x0121, 1},  {0x0122, 0},  {0x0123, 1},
    {0x0124, 0},  {0x0125, 1},  {0x0126, 0},  {0x0127, 1},  {0x0128, 0},  {0x0129, 1},
    {0x012A, 0},  {0x012B, 1},  {0x012C, 0},  {0x012D, 1},  {0x012E, 0},  {0x012F, 1},
    {0x0130, 0},  {0x0131, 1},  {0x0132, 0},  {0x0133, 1},  {0x0134, 0},  {0x0135, 1},
    {0x0136, 0},  {0x0137, 1},  {0x0139, 0},  {0x013A, 1},  {0x013B, 0},  {0x013C, 1},
    {0x013D, 0},  {0x013E, 1},  {0x013F, 0},  {0x0140, 1},  {0x0141, 0},  {0x0142, 1},
    {0x0143, 0},  {0x0144, 1},  {0x0145, 0},  {0x0146, 1},  {0x0147, 0},  {0x0148, 1},
    {0x014A, 0},  {0x014B, 1},  {0x014C, 0},  {0x014D, 1},  {0x014E, 0},  {0x014F, 1},
    {0x0150, 0},  {0x0151, 1},  {0x0152, 0},  {0x0153, 1},  {0x0154, 0},  {0x0155, 1},
    {0x0156, 0},  {0x0157, 1},  {0x0158, 0},  {0x0159, 1},  {0x015A, 0},  {0x015B, 1},
    {0x015C, 0},  {0x015D, 1},  {0x015E, 0},  {0x015F, 1},  {0x0160, 0},  {0x0161, 1},
    {0x0162, 0},  {0x0163, 1},  {0x0164, 0},  {0x0165, 1},  {0x0166, 0},  {0x0167, 1},
    {0x0168, 0},  {0x0169, 1},  {0x016A, 0},  {0x016B, 1},  {0x016C, 0},  {0x016D, 1},
    {0x016E, 0},  {0x016F, 1},  {0x0170, 0},  {0x0171, 1},  {0x0172, 0},  {0x0173, 1},
    {0x0174, 0},  {0x0175, 1},  {0x0176, 0},  {0x0177, 1},  {0x0178, 0},  {0x017A, 1},
    {0x017B, 0},  {0x017C, 1},  {0x017D, 0},  {0x017E, 1},  {0x0181, 0},  {0x0183, 1},
    {0x0184, 0},  {0x0185, 1},  {0x0186, 0},  {0x0188, 1},  {0x0189, 0},  {0x018C, 1},
    {0x018E, 0},  {0x0192, 1},  {0x0193, 0},  {0x0195, 1},  {0x0196, 0},  {0x0199, 1},
    {0x019C, 0},  {0x019E, 1},  {0x019F, 0},  {0x01A1, 1},  {0x01A2, 0},  {0x01A3, 1},
    {0x01A4, 0},  {0x01A5, 1},  {0x01A6, 0},  {0x01A8, 1},  {0x01A9, 0},  {0x01AA, 1},
    {0x01AC, 0},  {0x01AD, 1},  {0x01AE, 0},  {0x01B0, 1},  {0x01B1, 0},  {0x01B4, 1},
    {0x01B5, 0},  {0x01B6, 1},  {0x01B7, 0},  {0x01B9, 1},  {0x01BB, 4},  {0x01BC, 0},
    {0x01BD, 1},  {0x01C0, 4},  {0x01C4, 0},  {0x01C5, 2},  {0x01C6, 1},  {0x01C7, 0},
    {0x01C8, 2},  {0x01C9, 1},  {0x01CA, 0},  {0x01CB, 2},  {0x01CC, 1},  {0x01CD, 0},
    {0x01CE, 1},  {0x01CF, 0},  {0x01D0, 1},  {0x01D1, 0},  {0x01D2, 1},  {0x01D3, 0},
    {0x01D4, 1},  {0x01D5, 0},  {0x01D6, 1},  {0x01D7, 0},  {0x01D8, 1},  {0x01D9, 0},
    {0x01DA, 1},  {0x01DB, 0},  {0x01DC, 1},  {0x01DE, 0},  {0x01DF, 1},  {0x01E0, 0},
    {0x01E1, 1},  {0x01E2, 0},  {0x01E3, 1},  {0x01E4, 0},  {0x01E5, 1},  {0x01E6, 0},
    {0x01E7, 1},  {0x01E8, 0},  {0x01E9, 1},  {0x01EA, 0},  {0x01EB, 1},  {0x01EC, 0},
    {0x01ED, 1},  {0x01EE, 0},  {0x01EF, 1},  {0x01F1, 0},  {0x01F2, 2},  {0x01F3, 1},
    {0x01F4, 0},  {0x01F5, 1},  {0x01F6, 0},  {0x01F9, 1},  {0x01FA, 0},  {0x01FB, 1},
    {0x01FC, 0},  {0x01FD, 1},  {0x01FE, 0},  {0x01FF, 1},  {0x0200, 0},  {0x0201, 1},
    {0x0202, 0},  {0x0203, 1},  {0x0204, 0},  {0x0205, 1},  {0x0206, 0},  {0x0207, 1},
    {0x0208, 0},  {0x0209, 1},  {0x020A, 0},  {0x020B, 1},  {0x020C, 0},  {0x020D, 1},
    {0x020E, 0},  {0x020F, 1},  {0x0210, 0},  {0x0211, 1},  {0x0212, 0},  {0x0213, 1},
    {0x0214, 0},  {0x0215, 1},  {0x0216, 0},  {0x0217, 1},  {0x0218, 0},  {0x0219, 1},
    {0x021A, 0},  {0x021B, 1},  {0x021C, 0},  {0x021D, 1},  {0x021E, 0},  {0x021F, 1},
    {0x0220, 0},  {0x0221, 1},  {0x0222, 0},  {0x0223, 1},  {0x0224, 0},  {0x0225, 1},
    {0x0226, 0},  {0x0227, 1},  {0x0228, 0},  {0x0229, 1},  {0x022A, 0},  {0x022B, 1},
    {0x022C, 0},  {0x022D, 1},  {0x022E, 0},  {0x022F, 1},  {0x0230, 0},  {0x0231, 1},
    {0x0232, 0},  {0x0233, 1},  {0x023A, 0},  {0x023C, 1},  {0x023D, 0},  {0x023F, 1},
    {0x0241, 0},  {0x0242, 1},  {0x0243, 0},  {0x0247, 1},  {0x0248, 0},  {0x0249, 1},
    {0x024A, 0},  {0x024B, 1},  {0x024C, 0},  {0x024D, 1},  {0x024E, 0},  {0x024F, 1},
    {0x0294, 4},  {0x0295, 1},  {0x02B0, 3},  {0x02C2, 27}, {0x02C6, 3},  {0x02D2, 27},
    {0x02E0, 3},  {0x02E5, 27}, {0x02EC, 3},  {0x02ED, 27}, {0x02EE, 3},  {0x02EF, 27},
    {0x0300, 5},  {0x0370, 0},  {0x0371, 1},  {0x0372, 0},  {0x0373, 1},  {0x0374, 3},
    {0x0375, 27}, {0x0376, 0},  {0x0377, 1},  {0x0378, 29}, {0x037A, 3},  {0x037B, 1},
    {0x037E, 24}, {0x037F, 29}, {0x0384, 27}, {0x0386, 0},  {0x0387, 24}, {0x0388, 0},
    {0x038B, 29}, {0x038C, 0},  {0x038D, 29}, {0x038E, 0},  {0x0390, 1},  {0x0391, 0},
    {0x03A2, 29}, {0x03A3, 0},  {0x03AC, 1},  {0x03CF, 0},  {0x03D0, 1},  {0x03D2, 0},
    {0x03D5, 1},  {0x03D8, 0},  {0x03D9, 1},  {0x03DA, 0},  {0x03DB, 1},  {0x03DC, 0},
    {0x03DD, 1},  {0x03DE, 0},  {0x03DF, 1},  {0x03E0, 0},  {0x03E1, 1},  {0x03E2, 0},
    {0x03E3, 1},  {0x03E4, 0},  {0x03E5, 1},  {0x03E6, 0},  {0x03E7, 1},  {0x03E8, 0},
    {0x03E9, 1},  {0x03EA, 0},  {0x03EB, 1},  {0x03EC, 0},  {0x03ED, 1},  {0x03EE, 0},
    {0x03EF, 1},  {0x03F4, 0},  {0x03F5, 1},  {0x03F6, 25}, {0x03F7, 0},  {0x03F8, 1},
    {0x03F9, 0},  {0x03FB, 1},  {0x03FD, 0},  {0x0430, 1},  {0x0460, 0},  {0x0461, 1},
    {0x0462, 0},  {0x0463, 1},  {0x0464, 0},  {0x0465, 1},  {0x0466, 0},  {0x0467, 1},
    {0x0468, 0},  {0x0469, 1},  {0x046A, 0},  {0x046B, 1},  {0x046C, 0},  {0x046D, 1},
    {0x046E, 0},  {0x046F, 1},  {0x0470, 0},  {0x0471, 1},  {0x0472, 0},  {0x0473, 1},
    {0x0474, 0},  {0x0475, 1},  {0x0476, 0},  {0x0477, 1},  {0x0478, 0},  {0x0479, 1},
    {0x047A, 0},  {0x047B, 1},  {0x047C, 0},  {0x047D, 1},  {0x047E, 0},  {0x047F, 1},
    {0x0480, 0},  {0x0481, 1},  {0x0482, 28}, {0x0483, 5},  {0x0488, 7},  {0x048A, 0},
    {0x048B, 1},  {0x048C, 0},  {0x048D, 1},  {0x048E, 0},  {0x048F, 1},  {0x0490, 0},
    {0x0491, 1},  {0x0492, 0},  {0x0493, 1},  {0x0494, 0},  {0x0495, 1},  {0x0496, 0},
    {0x0497, 1},  {0x0498, 0},  {0x0499, 1},  {0x049A, 0},  {0x049B, 1},  {0x049C, 0},
    {0x049D, 1},  {0x049E, 0},  {0x049F, 1},  {0x04A0, 0},  {0x04A1, 1},  {0x04A2, 0},
    {0x04A3, 1},  {0x04A4, 0},  {0x04A5, 1},  {0x04A6, 0},  {0x04A7, 1},  {0x04A8, 0},
    {0x04A9, 1},  {0x04AA, 0},  {0x04AB, 1},  {0x04AC, 0},  {0x04AD, 1},  {0x04AE, 0},
    {0x04AF, 1},  {0x04B0, 0},  {0x04B1, 1},  {0x04B2, 0},  {0x04B3, 1},  {0x04B4, 0},
    {0x04B5, 1},  {0x04B6, 0},  {0x04B7, 1},  {0x04B8, 0},  {0x04B9, 1},  {0x04BA, 0},
    {0x04BB, 1},  {0x04BC, 0},  {0x04BD, 1},  {0x04BE, 0},  {0x04BF, 1},  {0x04C0, 0},
    {0x04C2, 1},  {0x04C3, 0},  {0x04C4, 1},  {0x04C5, 0},  {0x04C6, 1},  {0x04C7, 0},
    {0x04C8, 1},  {0x04C9, 0},  {0x04CA, 1},  {0x04CB, 0},  {0x04CC, 1},  {0x04CD, 0},
    {0x04CE, 1},  {0x04D0, 0},  {0x04D1, 1},  {0x04D2, 0},  {0x04D3, 1},  {0x04D4, 0},
    {0x04D5, 1},  {0x04D6, 0},  {0x04D7, 1},  {0x04D8, 0},  {0x04D9, 1},  {0x04DA, 0},
    {0x04DB, 1},  {0x04DC, 0},  {0x04DD, 1},  {0x04DE, 0},  {0x04DF, 1},  {0x04E0, 0},
    {0x04E1, 1},  {0x04E2, 0},  {0x04E3, 1},  {0x04E4, 0},  {0x04E5, 1},  {0x04E6, 0},
    {0x04E7, 1},  {0x04E8, 0},  {0x04E9, 1},  {0x04EA, 0},  {0x04EB, 1},  {0x04EC, 0},
    {0x04ED, 1},  {0x04EE, 0},  {0x04EF, 1},  {0x04F0, 0},  {0x04F1, 1},  {0x04F2, 0},
    {0x04F3, 1},  {0x04F4, 0},  {0x04F5, 1},  {0x04F6, 0},  {0x04F7, 1},  {0x04F8, 0},
    {0x04F9, 1},  {0x04FA, 0},  {0x04FB, 1},  {0x04FC, 0},  {0x04FD, 1},  {0x04FE, 0},
    {0x04FF, 1},  {0x0500, 0},  {0x0501, 1},  {0x0502, 0},  {0x0503, 1},  {0x0504, 0},
    {0x0505, 1},  {0x0506, 0},  {0x0507, 1},  {0x0508, 0},  {0x0509, 1},  {0x050A, 0},
    {0x050B, 1},  {0x050C, 0},  {0x050D, 1},  {0x050E, 0},  {0x050F, 1},  {0x0510, 0},
    {0x0511, 1},  {0x0512, 0},  {0x0513, 1},  {0x0514, 0},  {0x0515, 1},  {0x0516, 0},
    {0x0517, 1},  {0x0518, 0},  {0x0519, 1},  {0x051A, 0},  {0x051B, 1},  {0x051C, 0},
    {0x051D, 1},  {0x051E, 0},  {0x051F, 1},  {0x0520, 0},  {0x0521, 1},  {0x0522, 0},
    {0x0523, 1},  {0x0524, 0},  {0x0525, 1},  {0x0526, 0},  {0x0527, 1},  {0x0528, 29},
    {0x0531, 0},  {0x0557, 29}, {0x0559, 3},  {0x055A, 24}, {0x0560, 29}, {0x0561, 1},
    {0x0588, 29}, {0x0589, 24}, {0x058A, 19}, {0x058B, 29}, {0x058F, 26}, {0x0590, 29},
    {0x0591, 5},  {0x05BE, 19}, {0x05BF, 5},  {0x05C0, 24}, {0x05C1, 5},  {0x05C3, 24},
    {0x05C4, 5},  {0x05C6, 24}, {0x05C7, 5},  {0x05C8, 29}, {0x05D0, 4},  {0x05EB, 29},
    {0x05F0, 4},  {0x05F3, 24}, {0x05F5, 29}, {0x0600, 15}, {0x0605, 29}, {0x0606, 25},
    {0x0609, 24}, {0x060B, 26}, {0x060C, 24}, {0x060E, 28}, {0x0610, 5},  {0x061B, 24},
    {0x061C, 15}, {0x061D, 29}, {0x061E, 24}, {0x0620, 4},  {0x0640, 3},  {0x0641, 4},
    {0x064B, 5},  {0x0660, 8},  {0x066A, 24}, {0x066E, 4},  {0x0670, 5},  {0x0671, 4},
    {0x06D4, 24}, {0x06D5, 4},  {0x06D6, 5},  {0x06DD, 15}, {0x06DE, 28}, {0x06DF, 5},
    {0x06E5, 3},  {0x06E7, 5},  {0x06E9, 28}, {0x06EA, 5},  {0x06EE, 4},  {0x06F0, 8},
    {0x06FA, 4},  {0x06FD, 28}, {0x06FF, 4},  {0x0700, 24}, {0x070E, 29}, {0x070F, 15},
    {0x0710, 4},  {0x0711, 5},  {0x0712, 4},  {0x0730, 5},  {0x074B, 29}, {0x074D, 4},
    {0x07A6, 5},  {0x07B1, 4},  {0x07B2, 29}, {0x07C0, 8},  {0x07CA, 4},  {0x07EB, 5},
    {0x07F4, 3},  {0x07F6, 28}, {0x07F7, 24}, {0x07FA, 3},  {0x07FB, 29}, {0x0800, 4},
    {0x0816, 5},  {0x081A, 3},  {0x081B, 5},  {0x0824, 3},  {0x0825, 5},  {0x0828, 3},
    {0x0829, 5},  {0x082E, 29}, {0x0830, 24}, {0x083F, 29}, {0x0840, 4},  {0x0859, 5},
    {0x085C, 29}, {0x085E, 24}, {0x085F, 29}, {0x08A0, 4},  {0x08A1, 29}, {0x08A2, 4},
    {0x08AD, 29}, {0x08E4, 5},  {0x08FF, 29}, {0x0900, 5},  {0x0903, 6},  {0x0904, 4},
    {0x093A, 5},  {0x093B, 6},  {0x093C, 5},  {0x093D, 4},  {0x093E, 6},  {0x0941, 5},
    {0x0949, 6},  {0x094D, 5},  {0x094E, 6},  {0x0950, 4},  {0x0951, 5},  {0x0958, 4},
    {0x0962, 5},  {0x0964, 24}, {0x0966, 8},  {0x0970, 24}, {0x0971, 3},  {0x0972, 4},
    {0x0978, 29}, {0x0979, 4},  {0x0980, 29}, {0x0981, 5},  {0x0982, 6},  {0x0984, 29},
    {0x0985, 4},  {0x098D, 29}, {0x098F, 4},  {0x0991, 29}, {0x0993, 4},  {0x09A9, 29},
    {0x09AA, 4},  {0x09B1, 29}, {0x09B2, 4},  {0x09B3, 29}, {0x09B6, 4},  {0x09BA, 29},
    {0x09BC, 5},  {0x09BD, 4},  {0x09BE, 6},  {0x09C1, 5},  {0x09C5, 29}, {0x09C7, 6},
    {0x09C9, 29}, {0x09CB, 6},  {0x09CD, 5},  {0x09CE, 4},  {0x09CF, 29}, {0x09D7, 6},
    {0x09D8, 29}, {0x09DC, 4},  {0x09DE, 29}, {0x09DF, 4},  {0x09E2, 5},  {0x09E4, 29},
    {0x09E6, 8},  {0x09F0, 4},  {0x09F2, 26}, {0x09F4, 10}, {0x09FA, 28}, {0x09FB, 26},
    {0x09FC, 29}, {0x0A01, 5},  {0x0A03, 6},  {0x0A04, 29}, {0x0A05, 4},  {0x0A0B, 29},
    {0x0A0F, 4},  {0x0A11, 29}, {0x0A13, 4},  {0x0A29, 29}, {0x0A2A, 4},  {0x0A31, 29},
    {0x0A32, 4},  {0x0A34, 29}, {0x0A35, 4},  {0x0A37, 29}, {0x0A38, 4},  {0x0A3A, 29},
    {0x0A3C, 5},  {0x0A3D, 29}, {0x0A3E, 6},  {0x0A41, 5},  {0x0A43, 29}, {0x0A47, 5},
    {0x0A49, 29}, {0x0A4B, 5},  {0x0A4E, 29}, {0x0A51, 5},  {0x0A52, 29}, {0x0A59, 4},
    {0x0A5D, 29}, {0x0A5E, 4},  {0x0A5F, 29}, {0x0A66, 8},  {0x0A70, 5},  {0x0A72, 4},
    {0x0A75, 5},  {0x0A76, 29}, {0x0A81, 5},  {0x0A83, 6},  {0x0A84, 29}, {0x0A85, 4},
    {0x0A8E, 29}, {0x0A8F, 4},  {0x0A92, 29}, {0x0A93, 4},  {0x0AA9, 29}, {0x0AAA, 4},
    {0x0AB1, 29}, {0x0AB2, 4},  {0x0AB4, 29}, {0x0AB5, 4},  {0x0ABA, 29}, {0x0ABC, 5},
    {0x0ABD, 4},  {0x0ABE, 6},  {0x0AC1, 5},  {0x0AC6, 29}, {0x0AC7, 5},  {0x0AC9, 6},
    {0x0ACA, 29}, {0x0ACB, 6},  {0x0ACD, 5},  {0x0ACE, 29}, {0x0AD0, 4},  {0x0AD1, 29},
    {0x0AE0, 4},  {0x0AE2, 5},  {0x0AE4, 29}, {0x0AE6, 8},  {0x0AF0, 24}, {0x0AF1, 26},
    {0x0AF2, 29}, {0x0B01, 5},  {0x0B02, 6},  {0x0B04, 29}, {0x0B05, 4},  {0x0B0D, 29},
    {0x0B0F, 4},  {0x0B11, 29}, {0x0B13, 4},  {0x0B29, 29}, {0x0B2A, 4},  {0x0B31, 29},
    {0x0B32, 4},  {0x0B34, 29}, {0x0B35, 4},  {0x0B3A, 29}, {0x0B3C, 5},  {0x0B3D, 4},
    {0x0B3E, 6},  {0x0B3F, 5},  {0x0B40, 6},  {0x0B41, 5},  {0x0B45, 29}, {0x0B47, 6},
    {0x0B49, 29}, {0x0B4B, 6},  {0x0B4D, 5},  {0x0B4E, 29}, {0x0B56, 5},  {0x0B57, 6},
    {0x0B58, 29}, {0x0B5C, 4},  {0x0B5E, 29}, {0x0B5F, 4},  {0x0B62, 5},  {0x0B64, 29},
    {0x0B66, 8},  {0x0B70, 28}, {0x0B71, 4},  {0x0B72, 10}, {0x0B78, 29}, {0x0B82, 5},
    {0x0B83, 4},  {0x0B84, 29}, {0x0B85, 4},  {0x0B8B, 29}, {0x0B8E, 4},  {0x0B91, 29},
    {0x0B92, 4},  {0x0B96, 29}, {0x0B99, 4},  {0x0B9B, 29}, {0x0B9C, 4},  {0x0B9D, 29},
    {0x0B9E, 4},  {0x0BA0, 29}, {0x0BA3, 4},  {0x0BA5, 29}, {0x0BA8, 4},  {0x0BAB, 29},
    {0x0BAE, 4},  {0x0BBA, 29}, {0x0BBE, 6},  {0x0BC0, 5},  {0x0BC1, 6},  {0x0BC3, 29},
    {0x0BC6, 6},  {0x0BC9, 29}, {0x0BCA, 6},  {0x0BCD, 5},  {0x0BCE, 29}, {0x0BD0, 4},
    {0x0BD1, 29}, {0x0BD7, 6},  {0x0BD8, 29}, {0x0BE6, 8},  {0x0BF0, 10}, {0x0BF3, 28},
    {0x0BF9, 26}, {0x0BFA, 28}, {0x0BFB, 29}, {0x0C01, 6},  {0x0C04, 29}, {0x0C05, 4},
    {0x0C0D, 29}, {0x0C0E, 4},  {0x0C11, 29}, {0x0C12, 4},  {0x0C29, 29}, {0x0C2A, 4},
    {0x0C34, 29}, {0x0C35, 4},  {0x0C3A, 29}, {0x0C3D, 4},  {0x0C3E, 5},  {0x0C41, 6},
    {0x0C45, 29}, {0x0C46, 5},  {0x0C49, 29}, {0x0C4A, 5},  {0x0C4E, 29}, {0x0C55, 5},
    {0x0C57, 29}, {0x0C58, 4},  {0x0C5A, 29}, {0x0C60, 4},  {0x0C62, 5},  {0x0C64, 29},
    {0x0C66, 8},  {0x0C70, 29}, {0x0C78, 10}, {0x0C7F, 28}, {0x0C80, 29}, {0x0C82, 6},
    {0x0C84, 29}, {0x0C85, 4},  {0x0C8D, 29}, {0x0C8E, 4},  {0x0C91, 29}, {0x0C92, 4},
    {0x0CA9, 29}, {0x0CAA, 4},  {0x0CB4, 29}, {0x0CB5, 4},  {0x0CBA, 29}, {0x0CBC, 5},
    {0x0CBD, 4},  {0x0CBE, 6},  {0x0CBF, 5},  {0x0CC0, 6},  {0x0CC5, 29}, {0x0CC6, 5},
    {0x0CC7, 6},  {0x0CC9, 29}, {0x0CCA, 6},  {0x0CCC, 5},  {0x0CCE, 29}, {0x0CD5, 6},
    {0x0CD7, 29}, {0x0CDE, 4},  {0x0CDF, 29}, {0x0CE0, 4},  {0x0CE2, 5},  {0x0CE4, 29},
    {0x0CE6, 8},  {0x0CF0, 29}, {0x0CF1, 4},  {0x0CF3, 29}, {0x0D02, 6},  {0x0D04, 29},
    {0x0D05, 4},  {0x0D0D, 29}, {0x0D0E, 4},  {0x0D11, 29}, {0x0D12, 4},  {0x0D3B, 29},
    {0x0D3D, 4},  {0x0D3E, 6},  {0x0D41, 5},  {0x0D45, 29}, {0x0D46, 6},  {0x0D49, 29},
    {0x0D4A, 6},  {0x0D4D, 5},  {0x0D4E, 4},  {0x0D4F, 29}, {0x0D57, 6},  {0x0D58, 29},
    {0x0D60, 4},  {0x0D62, 5},  {0x0D64, 29}, {0x0D66, 8},  {0x0D70, 10}, {0x0D76, 29},
    {0x0D79, 28}, {0x0D7A, 4},  {0x0D80, 29}, {0x0D82, 6},  {0x0D84, 29}, {0x0D85, 4},
    {0x0D97, 29}, {0x0D9A, 4},  {0x0DB2, 29}, {0x0DB3, 4},  {0x0DBC, 29}, {0x0DBD, 4},
    {0x0DBE, 29}, {0x0DC0, 4},  {0x0DC7, 29}, {0x0DCA, 5},  {0x0DCB, 29}, {0x0DCF, 6},
    {0x0DD2, 5},  {0x0DD5, 29}, {0x0DD6, 5},  {0x0DD7, 29}, {0x0DD8, 6},  {0x0DE0, 29},
    {0x0DF2, 6},  {0x0DF4, 24}, {0x0DF5, 29}, {0x0E01, 4},  {0x0E31, 5},  {0x0E32, 4},
    {0x0E34, 5},  {0x0E3B, 29}, {0x0E3F, 26}, {0x0E40, 4},  {0x0E46, 3},  {0x0E47, 5},
    {0x0E4F, 24}, {0x0E50, 8},  {0x0E5A, 24}, {0x0E5C, 29}, {0x0E81, 4},  {0x0E83, 29},
    {0x0E84, 4},  {0x0E85, 29}, {0x0E87, 4},  {0x0E89, 29}, {0x0E8A, 4},  {0x0E8B, 29},
    {0x0E8D, 4},  {0x0E8E, 29}, {0x0E94, 4},  {0x0E98, 29}, {0x0E99, 4},  {0x0EA0, 29},
    {0x0EA1, 4},  {0x0EA4, 29}, {0x0EA5, 4},  {0x0EA6, 29}, {0x0EA7, 4},  {0x0EA8, 29},
    {0x0EAA, 4},  {0x0EAC, 29}, {0x0EAD, 4},  {0x0EB1, 5},  {0x0EB2, 4},  {0x0EB4, 5},
    {0x0EBA, 29}, {0x0EBB, 5},  {0x0EBD, 4},  {0x0EBE, 29}, {0x0EC0, 4},  {0x0EC5, 29},
    {0x0EC6, 3},  {0x0EC7, 29}, {0x0EC8, 5},  {0x0ECE, 29}, {0x0ED0, 8},  {0x0EDA, 29},
    {0x0EDC, 4},  {0x0EE0, 29}, {0x0F00, 4},  {0x0F01, 28}, {0x0F04, 24}, {0x0F13, 28},
    {0x0F14, 24}, {0x0F15, 28}, {0x0F18, 5},  {0x0F1A, 28}, {0x0F20, 8},  {0x0F2A, 10},
    {0x0F34, 28}, {0x0F35, 5},  {0x0F36, 28}, {0x0F37, 5},  {0x0F38, 28}, {0x0F39, 5},
    {0x0F3A, 20}, {0x0F3B, 21}, {0x0F3C, 20}, {0x0F3D, 21}, {0x0F3E, 6},  {0x0F40, 4},
    {0x0F48, 29}, {0x0F49, 4},  {0x0F6D, 29}, {0x0F71, 5},  {0x0F7F, 6},  {0x0F80, 5},
    {0x0F85, 24}, {0x0F86, 5},  {0x0F88, 4},  {0x0F8D, 5},  {0x0F98, 29}, {0x0F99, 5},
    {0x0FBD, 29}, {0x0FBE, 28}, {0x0FC6, 5},  {0x0FC7, 28}, {0x0FCD, 29}, {0x0FCE, 28},
    {0x0FD0, 24}, {0x0FD5, 28}, {0x0FD9, 24}, {0x0FDB, 29}, {0x1000, 4},  {0x102B, 6},
    {0x102D, 5},  {0x1031, 6},  {0x1032, 5},  {0x1038, 6},  {0x1039, 5},  {0x103B, 6},
    {0x103D, 5},  {0x103F, 4},  {0x1040, 8},  {0x104A, 24}, {0x1050, 4},  {0x1056, 6},
    {0x1058, 5},  {0x105A, 4},  {0x105E, 5},  {0x1061, 4},  {0x1062, 6},  {0x1065, 4},
    {0x1067, 6},  {0x106E, 4},  {0x1071, 5},  {0x1075, 4},  {0x1082, 5},  {0x1083, 6},
    {0x1085, 5},  {0x1087, 6},  {0x108D, 5},  {0x108E, 4},  {0x108F, 6},  {0x1090, 8},
    {0x109A, 6},  {0x109D, 5},  {0x109E, 28}, {0x10A0, 0},  {0x10C6, 29}, {0x10C7, 0},
    {0x10C8, 29}, {0x10CD, 0},  {0x10CE, 29}, {0x10D0, 4},  {0x10FB, 24}, {0x10FC, 3},
    {0x10FD, 4},  {0x1249, 29}, {0x124A, 4},  {0x124E, 29}, {0x1250, 4},  {0x1257, 29},
    {0x1258, 4},  {0x1259, 29}, {0x125A, 4},  {0x125E, 29}, {0x1260, 4},  {0x1289, 29},
    {0x128A, 4},  {0x128E, 29}, {0x1290, 4},  {0x12B1, 29}, {0x12B2, 4},  {0x12B6, 29},
    {0x12B8, 4},  {0x12BF, 29}, {0x12C0, 4},  {0x12C1, 29}, {0x12C2, 4},  {0x12C6, 29},
    {0x12C8, 4},  {0x12D7, 29}, {0x12D8, 4},  {0x1311, 29}, {0x1312, 4},  {0x1316, 29},
    {0x1318, 4},  {0x135B, 29}, {0x135D, 5},  {0x1360, 24}, {0x1369, 10}, {0x137D, 29},
    {0x1380, 4},  {0x1390, 28}, {0x139A, 29}, {0x13A0, 4},  {0x13F5, 29}, {0x1400, 19},
    {0x1401, 4},  {0x166D, 24}, {0x166F, 4},  {0x1680, 11}, {0x1681, 4},  {0x169B, 20},
    {0x169C, 21}, {0x169D, 29}, {0x16A0, 4},  {0x16EB, 24}, {0x16EE, 9},  {0x16F1, 29},
    {0x1700, 4},  {0x170D, 29}, {0x170E, 4},  {0x1712, 5},  {0x1715, 29}, {0x1720, 4},
    {0x1732, 5},  {0x1735, 24}, {0x1737, 29}, {0x1740, 4},  {0x1752, 5},  {0x1754, 29},
    {0x1760, 4},  {0x176D, 29}, {0x176E, 4},  {0x1771, 29}, {0x1772, 5},  {0x1774, 29},
    {0x1780, 4},  {0x17B4, 5},  {0x17B6, 6},  {0x17B7, 5},  {0x17BE, 6},  {0x17C6, 5},
    {0x17C7, 6},  {0x17C9, 5},  {0x17D4, 24}, {0x17D7, 3},  {0x17D8, 24}, {0x17DB, 26},
    {0x17DC, 4},  {0x17DD, 5},  {0x17DE, 29}, {0x17E0, 8},  {0x17EA, 29}, {0x17F0, 10},
    {0x17FA, 29}, {0x1800, 24}, {0x1806, 19}, {0x1807, 24}, {0x180B, 5},  {0x180E, 15},
    {0x180F, 29}, {0x1810, 8},  {0x181A, 29}, {0x1820, 4},  {0x1843, 3},  {0x1844, 4},
    {0x1878, 29}, {0x1880, 4},  {0x18A9, 5},  {0x18AA, 4},  {0x18AB, 29}, {0x18B0, 4},
    {0x18F6, 29}, {0x1900, 4},  {0x191D, 29}, {0x1920, 5},  {0x1923, 6},  {0x1927, 5},
    {0x1929, 6},  {0x192C, 29}, {0x1930, 6},  {0x1932, 5},  {0x1933, 6},  {0x1939, 5},
    {0x193C, 29}, {0x1940, 28}, {0x1941, 29}, {0x1944, 24}, {0x1946, 8},  {0x1950, 4},
    {0x196E, 29}, {0x1970, 4},  {0x1975, 29}, {0x1980, 4},  {0x19AC, 29}, {0x19B0, 6},
    {0x19C1, 4},  {0x19C8, 6},  {0x19CA, 29}, {0x19D0, 8},  {0x19DA, 10}, {0x19DB, 29},
    {0x19DE, 28}, {0x1A00, 4},  {0x1A17, 5},  {0x1A19, 6},  {0x1A1B, 5},  {0x1A1C, 29},
    {0x1A1E, 24}, {0x1A20, 4},  {0x1A55, 6},  {0x1A56, 5},  {0x1A57, 6},  {0x1A58, 5},
    {0x1A5F, 29}, {0x1A60, 5},  {0x1A61, 6},  {0x1A62, 5},  {0x1A63, 6},  {0x1A65, 5},
    {0x1A6D, 6},  {0x1A73, 5},  {0x1A7D, 29}, {0x1A7F, 5},  {0x1A80, 8},  {0x1A8A, 29},
    {0x1A90, 8},  {0x1A9A, 29}, {0x1AA0, 24}, {0x1AA7, 3},  {0x1AA8, 24}, {0x1AAE, 29},
    {0x1B00, 5},  {0x1B04, 6},  {0x1B05, 4},  {0x1B34, 5},  {0x1B35, 6},  {0x1B36, 5},
    {0x1B3B, 6},  {0x1B3C, 5},  {0x1B3D, 6},  {0x1B42, 5},  {0x1B43, 6},  {0x1B45, 4},
    {0x1B4C, 29}, {0x1B50, 8},  {0x1B5A, 24}, {0x1B61, 28}, {0x1B6B, 5},  {0x1B74, 28},
    {0x1B7D, 29}, {0x1B80, 5},  {0x1B82, 6},  {0x1B83, 4},  {0x1BA1, 6},  {0x1BA2, 5},
    {0x1BA6, 6},  {0x1BA8, 5},  {0x1BAA, 6},  {0x1BAB, 5},  {0x1BAC, 6},  {0x1BAE, 4},
    {0x1BB0, 8},  {0x1BBA, 4},  {0x1BE6, 5},  {0x1BE7, 6},  {0x1BE8, 5},  {0x1BEA, 6},
    {0x1BED, 5},  {0x1BEE, 6},  {0x1BEF, 5},  {0x1BF2, 6},  {0x1BF4, 29}, {0x1BFC, 24},
    {0x1C00, 4},  {0x1C24, 6},  {0x1C2C, 5},  {0x1C34, 6},  {0x1C36, 5},  {0x1C38, 29},
    {0x1C3B, 24}, {0x1C40, 8},  {0x1C4A, 29}, {0x1C4D, 4},  {0x1C50, 8},  {0x1C5A, 4},
    {0x1C78, 3},  {0x1C7E, 24}, {0x1C80, 29}, {0x1CC0, 24}, {0x1CC8, 29}, {0x1CD0, 5},
    {0x1CD3, 24}, {0x1CD4, 5},  {0x1CE1, 6},  {0x1CE2, 5},  {0x1CE9, 4},  {0x1CED, 5},
    {0x1CEE, 4},  {0x1CF2, 6},  {0x1CF4, 5},  {0x1CF5, 4},  {0x1CF7, 29}, {0x1D00, 1},
    {0x1D2C, 3},  {0x1D6B, 1},  {0x1D78, 3},  {0x1D79, 1},  {0x1D9B, 3},  {0x1DC0, 5},
    {0x1DE7, 29}, {0x1DFC, 5},  {0x1E00, 0},  {0x1E01, 1},  {0x1E02, 0},  {0x1E03, 1},
    {0x1E04, 0},  {0x1E05, 1},  {0x1E06, 0},  {0x1E07, 1},  {0x1E08, 0},  {0x1E09, 1},
    {0x1E0A, 0},  {0x1E0B, 1},  {0x1E0C, 0},  {0x1E0D, 1},  {0x1E0E, 0},  {0x1E0F, 1},
    {0x1E10, 0},  {0x1E11, 1},  {0x1E12, 0},  {0x1E13, 1},  {0x1E14, 0},  {0x1E15, 1},
    {0x1E16, 0},  {0x1E17, 1},  {0x1E18, 0},  {0x1E19, 1},  {0x1E1A, 0},  {0x1E1B, 1},
    {0x1E1C, 0},  {0x1E1D, 1},  {0x1E1E, 0},  {0x1E1F, 1},  {0x1E20, 0},  {0x1E21, 1},
    {0x1E22, 0},  {0x1E23, 1},  {0x1E24, 0},  {0x1E25, 1},  {0x1E26, 0},  {0x1E27, 1},
    {0x1E28, 0},  {0x1E29, 1},  {0x1E2A, 0},  {0x1E2B, 1},  {0x1E2C, 0},  {0x1E2D, 1},
    {0x1E2E, 0},  {0x1E2F, 1},  {0x1E30, 0},  {0x1E31, 1},  {0x1E32, 0},  {0x1E33, 1},
    {0x1E34, 0},  {0x1E35, 1},  {0x1E36, 0},  {0x1E37, 1},  {0x1E38, 0},  {0x1E39, 1},
    {0x1E3A, 0},  {0x1E3B, 1},  {0x1E3C, 0},  {0x1E3D, 1},  {0x1E3E, 0},  {0x1E3F, 1},
    {0x1E40, 0},  {0x1E41, 1},  {0x1E42, 0},  {0x1E43, 1},  {0x1E44, 0},  {0x1E45, 1},
    {0x1E46, 0},  {0x1E47, 1},  {0x1E48, 0},  {0x1E49, 1},  {0x1E4A, 0},  {0x1E4B, 1},
    {0x1E4C, 0},  {0x1E4D, 1},  {0x1E4E, 0},  {0x1E4F, 1},  {0x1E50, 0},  {0x1E51, 1},
    {0x1E52, 0},  {0x1E53, 1},  {0x1E54, 0},  {0x1E55, 1},  {0x1E56, 0},  {0x1E57, 1},
    {0x1E58, 0},  {0x1E59, 1},  {0x1E5A, 0},  {0x1E5B, 1},  {0x1E5C, 0},  {0x1E5D, 1},
    {0x1E5E, 0},  {0x1E5F, 1},  {0x1E60, 0},  {0x1E61, 1},  {0x1E62, 0},  {0x1E63, 1},
    {0x1E64, 0},  {0x1E65, 1},  {0x1E66, 0},  {0x1E67, 1},  {0x1E68, 0},  {0x1E69, 1},
    {0x1E6A, 0},  {0x1E6B, 1},  {0x1E6C, 0},  {0x1E6D, 1},  {0x1E6E, 0},  {0x1E6F, 1},
    {0x1E70, 0},  {0x1E71, 1},  {0x1E72, 0},  {0x1E73, 1},  {0x1E74, 0},  {0x1E75, 1},
    {0x1E76, 0},  {0x1E77, 1},  {0x1E78, 0},  {0x1E79, 1},  {0x1E7A, 0},  {0x1E7B, 1},
    {0x1E7C, 0},  {0x1E7D, 1},  {0x1E7E, 0},  {0x1E7F, 1},  {0x1E80, 0},  {0x1E81, 1},
    {0x1E82, 0},  {0x1E83, 1},  {0x1E84, 0},  {0x1E85, 1},  {0x1E86, 0},  {0x1E87, 1},
    {0x1E88, 0},  {0x1E89, 1},  {0x1E8A, 0},  {0x1E8B, 1},  {0x1E8C, 0},  {0x1E8D, 1},
    {0x1E8E, 0},  {0x1E8F, 1},  {0x1E90, 0},  {0x1E91, 1},  {0x1E92, 0},  {0x1E93, 1},
    {0x1E94, 0},  {0x1E95, 1},  {0x1E9E, 0},  {0x1E9F, 1},  {0x1EA0, 0},  {0x1EA1, 1},
    {0x1EA2, 0},  {0x1EA3, 1},  {0x1EA4, 0},  {0x1EA5, 1},  {0x1EA6, 0},  {0x1EA7, 1},
    {0x1EA8, 0},  {0x1EA9, 1},  {0x1EAA, 0},  {0x1EAB, 1},  {0x1EAC, 0},  {0x1EAD, 1},
    {0x1EAE, 0},  {0x1EAF, 1},  {0x1EB0, 0},  {0x1EB1, 1},  {0x1EB2, 0},  {0x1EB3, 1},
    {0x1EB4, 0},  {0x1EB5, 1},  {0x1EB6, 0},  {0x1EB7, 1},  {0x1EB8, 0},  {0x1EB9, 1},
    {0x1EBA, 0},  {0x1EBB, 1},  {0x1EBC, 0},  {0x1EBD, 1},  {0x1EBE, 0},  {0x1EBF, 1},
    {0x1EC0, 0},  {0x1EC1, 1},  {0x1EC2, 0},  {0x1EC3, 1},  {0x1EC4, 0},  {0x1EC5, 1},
    {0x1EC6, 0},  {0x1EC7, 1},  {0x1EC8, 0},  {0x1EC9, 1},  {0x1ECA, 0},  {0x1ECB, 1},
    {0x1ECC, 0},  {0x1ECD, 1},  {0x1ECE, 0},  {0x1ECF, 1},  {0x1ED0, 0},  {0x1ED1, 1},
    {0x1ED2, 0},  {0x1ED3, 1},  {0x1ED4, 0},  {0x1ED5, 1},  {0x1ED6, 0},  {0x1ED7, 1},
    {0x1ED8, 0},  {0x1ED9, 1},  {0x1EDA, 0},  {0x1EDB, 1},  {0x1EDC, 0},  {0x1EDD, 1},
    {0x1EDE, 0},  {0x1EDF, 1},  {0x1EE0, 0},  {0x1EE1, 1},  {0x1EE2, 0},  {0x1EE3, 1},
    {0x1EE4, 0},  {0x1EE5, 1},  {0x1EE6, 0},  {0x1EE7, 1},  {0x1EE8, 0},  {0x1EE9, 1},
    {0x1EEA, 0},  {0x1EEB, 1},  {0x1EEC, 0},  {0x1EED, 1},  {0x1EEE, 0},  {0x1EEF, 1},
    {0x1EF0, 0},  {0x1EF1, 1},  {0x1EF2, 0},  {0x1EF3, 1},  {0x1EF4, 0},  {0x1EF5, 1},
    {0x1EF6, 0},  {0x1EF7, 1},  {0x1EF8, 0},  {0x1EF9, 1},  {0x1EFA, 0},  {0x1EFB, 1},
    {0x1EFC, 0},  {0x1EFD, 1},  {0x1EFE, 0},  {0x1EFF, 1},  {0x1F08, 0},  {0x1F10, 1},
    {0x1F16, 29}, {0x1F18, 0},  {0x1F1E, 29}, {0x1F20, 1},  {0x1F28, 0},  {0x1F30, 1},
    {0x1F38, 0},  {0x1F40, 1},  {0x1F46, 29}, {0x1F48, 0},  {0x1F4E, 29}, {0x1F50, 1},
    {0x1F58, 29}, {0x1F59, 0},  {0x1F5A, 29}, {0x1F5B, 0},  {0x1F5C, 29}, {0x1F5D, 0},
    {0x1F5E, 29}, {0x1F5F, 0},  {0x1F60, 1},  {0x1F68, 0},  {0x1F70, 1},  {0x1F7E, 29},
    {0x1F80, 1},  {0x1F88, 2},  {0x1F90, 1},  {0x1F98, 2},  {0x1FA0, 1},  {0x1FA8, 2},
    {0x1FB0, 1},  {0x1FB5, 29}, {0x1FB6, 1},  {0x1FB8, 0},  {0x1FBC, 2},  {0x1FBD, 27},
    {0x1FBE, 1},  {0x1FBF, 27}, {0x1FC2, 1},  {0x1FC5, 29}, {0x1FC6, 1},  {0x1FC8, 0},
    {0x1FCC, 2},  {0x1FCD, 27}, {0x1FD0, 1},  {0x1FD4, 29}, {0x1FD6, 1},  {0x1FD8, 0},
    {0x1FDC, 29}, {0x1FDD, 27}, {0x1FE0, 1},  {0x1FE8, 0},  {0x1FED, 27}, {0x1FF0, 29},
    {0x1FF2, 1},  {0x1FF5, 29}, {0x1FF6, 1},  {0x1FF8, 0},  {0x1FFC, 2},  {0x1FFD, 27},
    {0x1FFF, 29}, {0x2000, 11}, {0x200B, 15}, {0x2010, 19}, {0x2016, 24}, {0x2018, 22},
    {0x2019, 23}, {0x201A, 20}, {0x201B, 22}, {0x201D, 23}, {0x201E, 20}, {0x201F, 22},
    {0x2020, 24}, {0x2028, 12}, {0x2029, 13}, {0x202A, 15}, {0x202F, 11}, {0x2030, 24},
    {0x2039, 22}, {0x203A, 23}, {0x203B, 24}, {0x203F, 18}, {0x2041, 24}, {0x2044, 25},
    {0x2045, 20}, {0x2046, 21}, {0x2047, 24}, {0x2052, 25}, {0x2053, 24}, {0x2054, 18},
    {0x2055, 24}, {0x205F, 11}, {0x2060, 15}, {0x2065, 29}, {0x2066, 15}, {0x2070, 10},
    {0x2071, 3},  {0x2072, 29}, {0x2074, 10}, {0x207A, 25}, {0x207D, 20}, {0x207E, 21},
    {0x207F, 3},  {0x2080, 10}, {0x208A, 25}, {0x208D, 20}, {0x208E, 21}, {0x208F, 29},
    {0x2090, 3},  {0x209D, 29}, {0x20A0, 26}, {0x20BB, 29}, {0x20D0, 5},  {0x20DD, 7},
    {0x20E1, 5},  {0x20E2, 7},  {0x20E5, 5},  {0x20F1, 29}, {0x2100, 28}, {0x2102, 0},
    {0x2103, 28}, {0x2107, 0},  {0x2108, 28}, {0x210A, 1},  {0x210B, 0},  {0x210E, 1},
    {0x2110, 0},  {0x2113, 1},  {0x2114, 28}, {0x2115, 0},  {0x2116, 28}, {0x2118, 25},
    {0x2119, 0},  {0x211E, 28}, {0x2124, 0},  {0x2125, 28}, {0x2126, 0},  {0x2127, 28},
    {0x2128, 0},  {0x2129, 28}, {0x212A, 0},  {0x212E, 28}, {0x212F, 1},  {0x2130, 0},
    {0x2134, 1},  {0x2135, 4},  {0x2139, 1},  {0x213A, 28}, {0x213C, 1},  {0x213E, 0},
    {0x2140, 25}, {0x2145, 0},  {0x2146, 1},  {0x214A, 28}, {0x214B, 25}, {0x214C, 28},
    {0x214E, 1},  {0x214F, 28}, {0x2150, 10}, {0x2160, 9},  {0x2183, 0},  {0x2184, 1},
    {0x2185, 9},  {0x2189, 10}, {0x218A, 29}, {0x2190, 25}, {0x2195, 28}, {0x219A, 25},
    {0x219C, 28}, {0x21A0, 25}, {0x21A1, 28}, {0x21A3, 25}, {0x21A4, 28}, {0x21A6, 25},
    {0x21A7, 28}, {0x21AE, 25}, {0x21AF, 28}, {0x21CE, 25}, {0x21D0, 28}, {0x21D2, 25},
    {0x21D3, 28}, {0x21D4, 25}, {0x21D5, 28}, {0x21F4, 25}, {0x2300, 28}, {0x2308, 20},
    {0x2309, 21}, {0x230A, 20}, {0x230B, 21}, {0x230C, 28}, {0x2320, 25}, {0x2322, 28},
    {0x2329, 20}, {0x232A, 21}, {0x232B, 28}, {0x237C, 25}, {0x237D, 28}, {0x239B, 25},
    {0x23B4, 28}, {0x23DC, 25}, {0x23E2, 28}, {0x23F4, 29}, {0x2400, 28}, {0x2427, 29},
    {0x2440, 28}, {0x244B, 29}, {0x2460, 10}, {0x249C, 28}, {0x24EA, 10}, {0x2500, 28},
    {0x25B7, 25}, {0x25B8, 28}, {0x25C1, 25}, {0x25C2, 28}, {0x25F8, 25}, {0x2600, 28},
    {0x266F, 25}, {0x2670, 28}, {0x2700, 29}, {0x2701, 28}, {0x2768, 20}, {0x2769, 21},
    {0x276A, 20}, {0x276B, 21}, {0x276C, 20}, {0x276D, 21}, {0x276E, 20}, {0x276F, 21},
    {0x2770, 20}, {0x2771, 21}, {0x2772, 20}, {0x2773, 21}, {0x2774, 20}, {0x2775, 21},
    {0x2776, 10}, {0x2794, 28}, {0x27C0, 25}, {0x27C5, 20}, {0x27C6, 21}, {0x27C7, 25},
    {0x27E6, 20}, {0x27E7, 21}, {0x27E8, 20}, {0x27E9, 21}, {0x27EA, 20}, {0x27EB, 21},
    {0x27EC, 20}, {0x27ED, 21}, {0x27EE, 20}, {0x27EF, 21}, {0x27F0, 25}, {0x2800, 28},
    {0x2900, 25}, {0x2983, 20}, {0x2984, 21}, {0x2985, 20}, {0x2986, 21}, {0x2987, 20},
    {0x2988, 21}, {0x2989, 20}, {0x298A, 21}, {0x298B, 20}, {0x298C, 21}, {0x298D, 20},
    {0x298E, 21}, {0x298F, 20}, {0x2990, 21}, {0x2991, 20}, {0x2992, 21}, {0x2993, 20},
    {0x2994, 21}, {0x2995, 20}, {0x2996, 21}, {0x2997, 20}, {0x2998, 21}, {0x2999, 25},
    {0x29D8, 20}, {0x29D9, 21}, {0x29DA, 20}, {0x29DB, 21}, {0x29DC, 25}, {0x29FC, 20},
    {0x29FD, 21}, {0x29FE, 25}, {0x2B00, 28}, {0x2B30, 25}, {0x2B45, 28}, {0x2B47, 25},
    {0x2B4D, 29}, {0x2B50, 28}, {0x2B5A, 29}, {0x2C00, 0},  {0x2C2F, 29}, {0x2C30, 1},
    {0x2C5F, 29}, {0x2C60, 0},  {0x2C61, 1},  {0x2C62, 0},  {0x2C65, 1},  {0x2C67, 0},
    {0x2C68, 1},  {0x2C69, 0},  {0x2C6A, 1},  {0x2C6B, 0},  {0x2C6C, 1},  {0x2C6D, 0},
    {0x2C71, 1},  {0x2C72, 0},  {0x2C73, 1},  {0x2C75, 0},  {0x2C76, 1},  {0x2C7C, 3},
    {0x2C7E, 0},  {0x2C81, 1},  {0x2C82, 0},  {0x2C83, 1},  {0x2C84, 0},  {0x2C85, 1},
    {0x2C86, 0},  {0x2C87, 1},  {0x2C88, 0},  {0x2C89, 1},  {0x2C8A, 0},  {0x2C8B, 1},
    {0x2C8C, 0},  {0x2C8D, 1},  {0x2C8E, 0},  {0x2C8F, 1},  {0x2C90, 0},  {0x2C91, 1},
    {0x2C92, 0},  {0x2C93, 1},  {0x2C94, 0},  {0x2C95, 1},  {0x2C96, 0},  {0x2C97, 1},
    {0x2C98, 0},  {0x2C99, 1},  {0x2C9A, 0},  {0x2C9B, 1},  {0x2C9C, 0},  {0x2C9D, 1},
    {0x2C9E, 0},  {0x2C9F, 1},  {0x2CA0, 0},  {0x2CA1, 1},  {0x2CA2, 0},  {0x2CA3, 1},
    {0x2CA4, 0},  {0x2CA5, 1},  {0x2CA6, 0},  {0x2CA7, 1},  {0x2CA8, 0},  {0x2CA9, 1},
    {0x2CAA, 0},  {0x2CAB, 1},  {0x2CAC, 0},  {0x2CAD, 1},  {0x2CAE, 0},  {0x2CAF, 1},
    {0x2CB0, 0},  {0x2CB1, 1},  {0x2CB2, 0},  {0x2CB3, 1},  {0x2CB4, 0},  {0x2CB5, 1},
    {0x2CB6, 0},  {0x2CB7, 1},  {0x2CB8, 0},  {0x2CB9, 1},  {0x2CBA, 0},  {0x2CBB, 1},
    {0x2CBC, 0},  {0x2CBD, 1},  {0x2CBE, 0},  {0x2CBF, 1},  {0x2CC0, 0},  {0x2CC1, 1},
    {0x2CC2, 0},  {0x2CC3, 1},  {0x2CC4, 0},  {0x2CC5, 1},  {0x2CC6, 0},  {0x2CC7, 1},
    {0x2CC8, 0},  {0x2CC9, 1},  {0x2CCA, 0},  {0x2CCB, 1},  {0x2CCC, 0},  {0x2CCD, 1},
    {0x2CCE, 0},  {0x2CCF, 1},  {0x2CD0, 0},  {0x2CD1, 1},  {0x2CD2, 0},  {0x2CD3, 1},
    {0x2CD4, 0},  {0x2CD5, 1},  {0x2CD6, 0},  {0x2CD7, 1},  {0x2CD8, 0},  {0x2CD9, 1},
    {0x2CDA, 0},  {0x2CDB, 1},  {0x2CDC, 0},  {0x2CDD, 1},  {0x2CDE, 0},  {0x2CDF, 1},
    {0x2CE0, 0},  {0x2CE1, 1},  {0x2CE2, 0},  {0x2CE3, 1},  {0x2CE5, 28}, {0x2CEB, 0},
    {0x2CEC, 1},  {0x2CED, 0},  {0x2CEE, 1},  {0x2CEF, 5},  {0x2CF2, 0},  {0x2CF3, 1},
    {0x2CF4, 29}, {0x2CF9, 24}, {0x2CFD, 10}, {0x2CFE, 24}, {0x2D00, 1},  {0x2D26, 29},
    {0x2D27, 1},  {0x2D28, 29}, {0x2D2D, 1},  {0x2D2E, 29}, {0x2D30, 4},  {0x2D68, 29},
    {0x2D6F, 3},  {0x2D70, 24}, {0x2D71, 29}, {0x2D7F, 5},  {0x2D80, 4},  {0x2D97, 29},
    {0x2DA0, 4},  {0x2DA7, 29}, {0x2DA8, 4},  {0x2DAF, 29}, {0x2DB0, 4},  {0x2DB7, 29},
    {0x2DB8, 4},  {0x2DBF, 29}, {0x2DC0, 4},  {0x2DC7, 29}, {0x2DC8, 4},  {0x2DCF, 29},
    {0x2DD0, 4},  {0x2DD7, 29}, {0x2DD8, 4},  {0x2DDF, 29}, {0x2DE0, 5},  {0x2E00, 24},
    {0x2E02, 22}, {0x2E03, 23}, {0x2E04, 22}, {0x2E05, 23}, {0x2E06, 24}, {0x2E09, 22},
    {0x2E0A, 23}, {0x2E0B, 24}, {0x2E0C, 22}, {0x2E0D, 23}, {0x2E0E, 24}, {0x2E17, 19},
    {0x2E18, 24}, {0x2E1A, 19}, {0x2E1B, 24}, {0x2E1C, 22}, {0x2E1D, 23}, {0x2E1E, 24},
    {0x2E20, 22}, {0x2E21, 23}, {0x2E22, 20}, {0x2E23, 21}, {0x2E24, 20}, {0x2E25, 21},
    {0x2E26, 20}, {0x2E27, 21}, {0x2E28, 20}, {0x2E29, 21}, {0x2E2A, 24}, {0x2E2F, 3},
    {0x2E30, 24}, {0x2E3A, 19}, {0x2E3C, 29}, {0x2E80, 28}, {0x2E9A, 29}, {0x2E9B, 28},
    {0x2EF4, 29}, {0x2F00, 28}, {0x2FD6, 29}, {0x2FF0, 28}, {0x2FFC, 29}, {0x3000, 11},
    {0x3001, 24}, {0x3004, 28}, {0x3005, 3},  {0x3006, 4},  {0x3007, 9},  {0x3008, 20},
    {0x3009, 21}, {0x300A, 20}, {0x300B, 21}, {0x300C, 20}, {0x300D, 21}, {0x300E, 20},
    {0x300F, 21}, {0x3010, 20}, {0x3011, 21}, {0x3012, 28}, {0x3014, 20}, {0x3015, 21},
    {0x3016, 20}, {0x3017, 21}, {0x3018, 20}, {0x3019, 21}, {0x301A, 20}, {0x301B, 21},
    {0x301C, 19}, {0x301D, 20}, {0x301E, 21}, {0x3020, 28}, {0x3021, 9},  {0x302A, 5},
    {0x302E, 6},  {0x3030, 19}, {0x3031, 3},  {0x3036, 28}, {0x3038, 9},  {0x303B, 3},
    {0x303C, 4},  {0x303D, 24}, {0x303E, 28}, {0x3040, 29}, {0x3041, 4},  {0x3097, 29},
    {0x3099, 5},  {0x309B, 27}, {0x309D, 3},  {0x309F, 4},  {0x30A0, 19}, {0x30A1, 4},
    {0x30FB, 24}, {0x30FC, 3},  {0x30FF, 4},  {0x3100, 29}, {0x3105, 4},  {0x312E, 29},
    {0x3131, 4},  {0x318F, 29}, {0x3190, 28}, {0x3192, 10}, {0x3196, 28}, {0x31A0, 4},
    {0x31BB, 29}, {0x31C0, 28}, {0x31E4, 29}, {0x31F0, 4},  {0x3200, 28}, {0x321F, 29},
    {0x3220, 10}, {0x322A, 28}, {0x3248, 10}, {0x3250, 28}, {0x3251, 10}, {0x3260, 28},
    {0x3280, 10}, {0x328A, 28}, {0x32B1, 10}, {0x32C0, 28}, {0x32FF, 29}, {0x3300, 28},
    {0x3400, 4},  {0x4DB6, 29}, {0x4DC0, 28}, {0x4E00, 4},  {0x9FCD, 29}, {0xA000, 4},
    {0xA015, 3},  {0xA016, 4},  {0xA48D, 29}, {0xA490, 28}, {0xA4C7, 29}, {0xA4D0, 4},
    {0xA4F8, 3},  {0xA4FE, 24}, {0xA500, 4},  {0xA60C, 3},  {0xA60D, 24}, {0xA610, 4},
    {0xA620, 8},  {0xA62A, 4},  {0xA62C, 29}, {0xA640, 0},  {0xA641, 1},  {0xA642, 0},
    {0xA643, 1},  {0xA644, 0},  {0xA645, 1},  {0xA646, 0},  {0xA647, 1},  {0xA648, 0},
    {0xA649, 1},  {0xA64A, 0},  {0xA64B, 1},  {0xA64C, 0},  {0xA64D, 1},  {0xA64E, 0},
    {0xA64F, 1},  {0xA650, 0},  {0xA651, 1},  {0xA652, 0},  {0xA653, 1},  {0xA654, 0},
    {0xA655, 1},  {0xA656, 0},  {0xA657, 1},  {0xA658, 0},  {0xA659, 1},  {0xA65A, 0},
    {0xA65B, 1},  {0xA65C, 0},  {0xA65D, 1},  {0xA65E, 0},  {0xA65F, 1},  {0xA660, 0},
    {0xA661, 1},  {0xA662, 0},  {0xA663, 1},  {0xA664, 0},  {0xA665, 1},  {0xA666, 0},
    {0xA667, 1},  {0xA668, 0},  {0xA669, 1},  {0xA66A, 0},  {0xA66B, 1},  {0xA66C, 0},
    {0xA66D, 1},  {0xA66E, 4},  {0xA66F, 5},  {0xA670, 7},  {0xA673, 24}, {0xA674, 5},
    {0xA67E, 24}, {0xA67F, 3},  {0xA680, 0},  {0xA681, 1},  {0xA682, 0},  {0xA683, 1},
    {0xA684, 0},  {0xA685, 1},  {0xA686, 0},  {0xA687, 1},  {0xA688, 0},  {0xA689, 1},
    {0xA68A, 0},  {0xA68B, 1},  {0xA68C, 0},  {0xA68D, 1},  {0xA68E, 0},  {0xA68F, 1},
    {0xA690, 0},  {0xA691, 1},  {0xA692, 0},  {0xA693, 1},  {0xA694, 0},  {0xA695, 1},
    {0xA696, 0},  {0xA697, 1},  {0xA698, 29}, {0xA69F, 5},  {0xA6A0, 4},  {0xA6E6, 9},
    {0xA6F0, 5},  {0xA6F2, 24}, {0xA6F8, 29}, {0xA700, 27}, {0xA717, 3},  {0xA720, 27},
    {0xA722, 0},  {0xA723, 1},  {0xA724, 0},  {0xA725, 1},  {0xA726, 0},  {0xA727, 1},
    {0xA728, 0},  {0xA729, 1},  {0xA72A, 0},  {0xA72B, 1},  {0xA72C, 0},  {0xA72D, 1},
    {0xA72E, 0},  {0xA72F, 1},  {0xA732, 0},  {0xA733, 1},  {0xA734, 0},  {0xA735, 1},
    {0xA736, 0},  {0xA737, 1},  {0xA738, 0},  {0xA739, 1},  {0xA73A, 0},  {0xA73B, 1},
    {0xA73C, 0},  {0xA73D, 1},  {0xA73E, 0},  {0xA73F, 1},  {0xA740, 0},  {0xA741, 1},
    {0xA742, 0},  {0xA743, 1},  {0xA744, 0},  {0xA745, 1},  {0xA746, 0},  {0xA747, 1},
    {0xA748, 0},  {0xA749, 1},  {0xA74A, 0},  {0xA74B, 1},  {0xA74C, 0},  {0xA74D, 1},
    {0xA74E, 0},  {0xA74F, 1},  {0xA750, 0},  {0xA751, 1},  {0xA752, 0},  {0xA753, 1},
    {0xA754, 0},  {0xA755, 1},  {0xA756, 0},  {0xA757, 1},  {0xA758, 0},  {0xA759, 1},
    {0xA75A, 0},  {0xA75B, 1},  {0xA75C, 0},  {0xA75D, 1},  {0xA75E, 0},  {0xA75F, 1},
    {0xA760, 0},  {0xA761, 1},  {0xA762, 0},  {0xA763, 1},  {0xA764, 0},  {0xA765, 1},
    {0xA766, 0},  {0xA767, 1},  {0xA768, 0},  {0xA769, 1},  {0xA76A, 0},  {0xA76B, 1},
    {0xA76C, 0},  {0xA76D, 1},  {0xA76E, 0},  {0xA76F, 1},  {0xA770, 3},  {0xA771, 1},
    {0xA779, 0},  {0xA77A, 1},  {0xA77B, 0},  {0xA77C, 1},  {0xA77D, 0},  {0xA77F, 1},
    {0xA780, 0},  {0xA781, 1},  {0xA782, 0},  {0xA783, 1},  {0xA784, 0},  {0xA785, 1},
    {0xA786, 0},  {0xA787, 1},  {0xA788, 3},  {0xA789, 27}, {0xA78B, 0},  {0xA78C, 1},
    {0xA78D, 0},  {0xA78E, 1},  {0xA78F, 29}, {0xA790, 0},  {0xA791, 1},  {0xA792, 0},
    {0xA793, 1},  {0xA794, 29}, {0xA7A0, 0},  {0xA7A1, 1},  {0xA7A2, 0},  {0xA7A3, 1},
    {0xA7A4, 0},  {0xA7A5, 1},  {0xA7A6, 0},  {0xA7A7, 1},  {0xA7A8, 0},  {0xA7A9, 1},
    {0xA7AA, 0},  {0xA7AB, 29}, {0xA7F8, 3},  {0xA7FA, 1},  {0xA7FB, 4},  {0xA802, 5},
    {0xA803, 4},  {0xA806, 5},  {0xA807, 4},  {0xA80B, 5},  {0xA80C, 4},  {0xA823, 6},
    {0xA825, 5},  {0xA827, 6},  {0xA828, 28}, {0xA82C, 29}, {0xA830, 10}, {0xA836, 28},
    {0xA838, 26}, {0xA839, 28}, {0xA83A, 29}, {0xA840, 4},  {0xA874, 24}, {0xA878, 29},
    {0xA880, 6},  {0xA882, 4},  {0xA8B4, 6},  {0xA8C4, 5},  {0xA8C5, 29}, {0xA8CE, 24},
    {0xA8D0, 8},  {0xA8DA, 29}, {0xA8E0, 5},  {0xA8F2, 4},  {0xA8F8, 24}, {0xA8FB, 4},
    {0xA8FC, 29}, {0xA900, 8},  {0xA90A, 4},  {0xA926, 5},  {0xA92E, 24}, {0xA930, 4},
    {0xA947, 5},  {0xA952, 6},  {0xA954, 29}, {0xA95F, 24}, {0xA960, 4},  {0xA97D, 29},
    {0xA980, 5},  {0xA983, 6},  {0xA984, 4},  {0xA9B3, 5},  {0xA9B4, 6},  {0xA9B6, 5},
    {0xA9BA, 6},  {0xA9BC, 5},  {0xA9BD, 6},  {0xA9C1, 24}, {0xA9CE, 29}, {0xA9CF, 3},
    {0xA9D0, 8},  {0xA9DA, 29}, {0xA9DE, 24}, {0xA9E0, 29}, {0xAA00, 4},  {0xAA29, 5},
    {0xAA2F, 6},  {0xAA31, 5},  {0xAA33, 6},  {0xAA35, 5},  {0xAA37, 29}, {0xAA40, 4},
    {0xAA43, 5},  {0xAA44, 4},  {0xAA4C, 5},  {0xAA4D, 6},  {0xAA4E, 29}, {0xAA50, 8},
    {0xAA5A, 29}, {0xAA5C, 24}, {0xAA60, 4},  {0xAA70, 3},  {0xAA71, 4},  {0xAA77, 28},
    {0xAA7A, 4},  {0xAA7B, 6},  {0xAA7C, 29}, {0xAA80, 4},  {0xAAB0, 5},  {0xAAB1, 4},
    {0xAAB2, 5},  {0xAAB5, 4},  {0xAAB7, 5},  {0xAAB9, 4},  {0xAABE, 5},  {0xAAC0, 4},
    {0xAAC1, 5},  {0xAAC2, 4},  {0xAAC3, 29}, {0xAADB, 4},  {0xAADD, 3},  {0xAADE, 24},
    {0xAAE0, 4},  {0xAAEB, 6},  {0xAAEC, 5},  {0xAAEE, 6},  {0xAAF0, 24}, {0xAAF2, 4},
    {0xAAF3, 3},  {0xAAF5, 6},  {0xAAF6, 5},  {0xAAF7, 29}, {0xAB01, 4},  {0xAB07, 29},
    {0xAB09, 4},  {0xAB0F, 29}, {0xAB11, 4},  {0xAB17, 29}, {0xAB20, 4},  {0xAB27, 29},
    {0xAB28, 4},  {0xAB2F, 29}, {0xABC0, 4},  {0xABE3, 6},  {0xABE5, 5},  {0xABE6, 6},
    {0xABE8, 5},  {0xABE9, 6},  {0xABEB, 24}, {0xABEC, 6},  {0xABED, 5},  {0xABEE, 29},
    {0xABF0, 8},  {0xABFA, 29}, {0xAC00, 4},  {0xD7A4, 29}, {0xD7B0, 4},  {0xD7C7, 29},
    {0xD7CB, 4},  {0xD7FC, 29}, {0xD800, 16}, {0xE000, 17}, {0xF900, 4},  {0xFA6E, 29},
    {0xFA70, 4},  {0xFADA, 29}, {0xFB00, 1},  {0xFB07, 29}, {0xFB13, 1},  {0xFB18, 29},
    {0xFB1D, 4},  {0xFB1E, 5},  {0xFB1F, 4},  {0xFB29, 25}, {0xFB2A, 4},  {0xFB37, 29},
    {0xFB38, 4},  {0xFB3D, 29}, {0xFB3E, 4},  {0xFB3F, 29}, {0xFB40, 4},  {0xFB42, 29},
    {0xFB43, 4},  {0xFB45, 29}, {0xFB46, 4},  {0xFBB2, 27}, {0xFBC2, 29}, {0xFBD3, 4},
    {0xFD3E, 20}, {0xFD3F, 21}, {0xFD40, 29}, {0xFD50, 4},  {0xFD90, 29}, {0xFD92, 4},
    {0xFDC8, 29}, {0xFDF0, 4},  {0xFDFC, 26}, {0xFDFD, 28}, {0xFDFE, 29}, {0xFE00, 5},
    {0xFE10, 24}, {0xFE17, 20}, {0xFE18, 21}, {0xFE19, 24}, {0xFE1A, 29}, {0xFE20, 5},
    {0xFE27, 29}, {0xFE30, 24}, {0xFE31, 19}, {0xFE33, 18}, {0xFE35, 20}, {0xFE36, 21},
    {0xFE37, 20}, {0xFE38, 21}, {0xFE39, 20}, {0xFE3A, 21}, {0xFE3B, 20}, {0xFE3C, 21},
    {0xFE3D, 20}, {0xFE3E, 21}, {0xFE3F, 20}, {0xFE40, 21}, {0xFE41, 20}, {0xFE42, 21},
    {0xFE43, 20}, {0xFE44, 21}, {0xFE45, 24}, {0xFE47, 20}, {0xFE48, 21}, {0xFE49, 24},
    {0xFE4D, 18}, {0xFE50, 24}, {0xFE53, 29}, {0xFE54, 24}, {0xFE58, 19}, {0xFE59, 20},
    {0xFE5A, 21}, {0xFE5B, 20}, {0xFE5C, 21}, {0xFE5D, 20}, {0xFE5E, 21}, {0xFE5F, 24},
    {0xFE62, 25}, {0xFE63, 19}, {0xFE64, 25}, {0xFE67, 29}, {0xFE68, 24}, {0xFE69, 26},
    {0xFE6A, 24}, {0xFE6C, 29}, {0xFE70, 4},  {0xFE75, 29}, {0xFE76, 4},  {0xFEFD, 29},
    {0xFEFF, 15}, {0xFF00, 29}, {0xFF01, 24}, {0xFF04, 26}, {0xFF05, 24}, {0xFF08, 20},
    {0xFF09, 21}, {0xFF0A, 24}, {0xFF0B, 25}, {0xFF0C, 24}, {0xFF0D, 19}, {0xFF0E, 24},
    {0xFF10, 8},  {0xFF1A, 24}, {0xFF1C, 25}, {0xFF1F, 24}, {0xFF21, 0},  {0xFF3B, 20},
    {0xFF3C, 24}, {0xFF3D, 21}, {0xFF3E, 27}, {0xFF3F, 18}, {0xFF40, 27}, {0xFF41, 1},
    {0xFF5B, 20}, {0xFF5C, 25}, {0xFF5D, 21}, {0xFF5E, 25}, {0xFF5F, 20}, {0xFF60, 21},
    {0xFF61, 24}, {0xFF62, 20}, {0xFF63, 21}, {0xFF64, 24}, {0xFF66, 4},  {0xFF70, 3},
    {0xFF71, 4},  {0xFF9E, 3},  {0xFFA0, 4},  {0xFFBF, 29}, {0xFFC2, 4},  {0xFFC8, 29},
    {0xFFCA, 4},  {0xFFD0, 29}, {0xFFD2, 4},  {0xFFD8, 29}, {0xFFDA, 4},  {0xFFDD, 29},
    {0xFFE0, 26}, {0xFFE2, 25}, {0xFFE3, 27}, {0xFFE4, 28}, {0xFFE5, 26}, {0xFFE7, 29},
    {0xFFE8, 28}, {0xFFE9, 25}, {0xFFED, 28}, {0xFFEF, 29}, {0xFFF9, 15}, {0xFFFC, 28},
    {0xFFFE, 29},
};

static const CaseRun upper_runs[] = {
    {0x0061, 0x007A, -32, 1},   {0x00E0, 0x00F6, -32, 1},    {0x00F8, 0x00FE, -32, 1},
    {0x00FF, 0x00FF, 121, 1},   {0x0101, 0x012F, -1, 2},     {0x0133, 0x0137, -1, 2},
    {0x013A, 0x0148, -1, 2},    {0x014B, 0x0177, -1, 2},     {0x017A, 0x017E, -1, 2},
    {0x0180, 0x0180, 195, 1},   {0x0183, 0x0185, -1, 2},     {0x0188, 0x0188, -1, 1},
    {0x018C, 0x018C, -1, 1},    {0x0192, 0x0192, -1, 1},     {0x0195, 0x0195, 97, 1},
    {0x0199, 0x0199, -1, 1},    {0x019A, 0x019A, 163, 1},    {0x019E, 0x019E, 130, 1},
    {0x01A1, 0x01A5, -1, 2},    {0x01A8, 0x01A8, -1, 1},     {0x01AD, 0x01AD, -1, 1},
    {0x01B0, 0x01B0, -1, 1},    {0x01B4, 0x01B6, -1, 2},     {0x01B9, 0x01B9, -1, 1},
    {0x01BD, 0x01BD, -1, 1},    {0x01BF, 0x01BF, 56, 1},     {0x01C6, 0x01C6, -2, 1},
    {0x01C9, 0x01C9, -2, 1},    {0x01CC, 0x01CC, -2, 1},     {0x01CE, 0x01DC, -1, 2},
    {0x01DD, 0x01DD, -79, 1},   {0x01DF, 0x01EF, -1, 2},     {0x01F3, 0x01F3, -2, 1},
    {0x01F5, 0x01F5, -1, 1},    {0x01F9, 0x021F, -1, 2},     {0x0223, 0x0233, -1, 2},
    {0x023C, 0x023C, -1, 1},    {0x0242, 0x0242, -1, 1},     {0x0247, 0x024F, -1, 2},
    {0x0250, 0x0250, 10783, 1}, {0x0251, 0x0251, 10780, 1},  {0x0253, 0x0253, -210, 1},
    {0x0254, 0x0254, -206, 1},  {0x0256, 0x0257, -205, 1},   {0x0259, 0x0259, -202, 1},
    {0x025B, 0x025B, -203, 1},  {0x0260, 0x0260, -205, 1},   {0x0263, 0x0263, -207, 1},
    {0x0268, 0x0268, -209, 1},  {0x0269, 0x0269, -211, 1},   {0x026B, 0x026B, 10743, 1},
    {0x026F, 0x026F, -211, 1},  {0x0271, 0x0271, 10749, 1},  {0x0272, 0x0272, -213, 1},
    {0x0275, 0x0275, -214, 1},  {0x027D, 0x027D, 10727, 1},  {0x0280, 0x0280, -218, 1},
    {0x0283, 0x0283, -218, 1},  {0x0288, 0x0288, -218, 1},   {0x0289, 0x0289, -69, 1},
    {0x028A, 0x028B, -217, 1},  {0x028C, 0x028C, -71, 1},    {0x0292, 0x0292, -219, 1},
    {0x0371, 0x0373, -1, 2},    {0x0377, 0x0377, -1, 1},     {0x037B, 0x037D, 130, 1},
    {0x03AC, 0x03AC, -38, 1},   {0x03AD, 0x03AF, -37, 1},    {0x03B1, 0x03C1, -32, 1},
    {0x03C3, 0x03CB, -32, 1},   {0x03CC, 0x03CC, -64, 1},    {0x03CD, 0x03CE, -63, 1},
    {0x03D7, 0x03D7, -8, 1},    {0x03D9, 0x03EF, -1, 2},     {0x03F2, 0x03F2, 7, 1},
    {0x03F8, 0x03F8, -1, 1},    {0x03FB, 0x03FB, -1, 1},     {0x0430, 0x044F, -32, 1},
    {0x0450, 0x045F, -80, 1},   {0x0461, 0x0481, -1, 2},     {0x048B, 0x04BF, -1, 2},
    {0x04C2, 0x04CE, -1, 2},    {0x04CF, 0x04CF, -15, 1},    {0x04D1, 0x0523, -1, 2},
    {0x0561, 0x0586, -48, 1},   {0x1D79, 0x1D79, 35332, 1},  {0x1D7D, 0x1D7D, 3814, 1},
    {0x1E01, 0x1E95, -1, 2},    {0x1EA1, 0x1EFF, -1, 2},     {0x1F00, 0x1F07, 8, 1},
    {0x1F10, 0x1F15, 8, 1},     {0x1F20, 0x1F27, 8, 1},      {0x1F30, 0x1F37, 8, 1},
    {0x1F40, 0x1F45, 8, 1},     {0x1F51, 0x1F57, 8, 2},      {0x1F60, 0x1F67, 8, 1},
    {0x1F70, 0x1F71, 74, 1},    {0x1F72, 0x1F75, 86, 1},     {0x1F76, 0x1F77, 100, 1},
    {0x1F78, 0x1F79, 128, 1},   {0x1F7A, 0x1F7B, 112, 1},    {0x1F7C, 0x1F7D, 126, 1},
    {0x1F80, 0x1F87, 8, 1},     {0x1F90, 0x1F97, 8, 1},      {0x1FA0, 0x1FA7, 8, 1},
    {0x1FB0, 0x1FB1, 8, 1},     {0x1FB3, 0x1FB3, 9, 1},      {0x1FC3, 0x1FC3, 9, 1},
    {0x1FD0, 0x1FD1, 8, 1},     {0x1FE0, 0x1FE1, 8, 1},      {0x1FE5, 0x1FE5, 7, 1},
    {0x1FF3, 0x1FF3, 9, 1},     {0x214E, 0x214E, -28, 1},    {0x2170, 0x217F, -16, 1},
    {0x2184, 0x2184, -1, 1},    {0x24D0, 0x24E9, -26, 1},    {0x2C30, 0x2C5E, -48, 1},
    {0x2C61, 0x2C61, -1, 1},    {0x2C65, 0x2C65, -10795, 1}, {0x2C66, 0x2C66, -10792, 1},
    {0x2C68, 0x2C6C, -1, 2},    {0x2C73, 0x2C73, -1, 1},     {0x2C76, 0x2C76, -1, 1},
    {0x2C81, 0x2CE3, -1, 2},    {0x2D00, 0x2D25, -7264, 1},  {0xA641, 0xA65F, -1, 2},
    {0xA663, 0xA66D, -1, 2},    {0xA681, 0xA697, -1, 2},     {0xA723, 0xA72F, -1, 2},
    {0xA733, 0xA76F, -1, 2},    {0xA77A, 0xA77C, -1, 2},     {0xA77F, 0xA787, -1, 2},
    {0xA78C, 0xA78C, -1, 1},    {0xFF41, 0xFF5A, -32, 1},
};

static const CaseRun lower_runs[] = {
    {0x0041, 0x005A, 32, 1},     {0x00C0, 0x00D6, 32, 1},     {0x00D8, 0x00DE, 32, 1},
    {0x0100, 0x012E, 1, 2},      {0x0132, 0x0136, 1, 2},      {0x0139, 0x0147, 1, 2},
    {0x014A, 0x0176, 1, 2},      {0x0178, 0x0178, -121, 1},   {0x0179, 0x017D, 1, 2},
    {0x0181, 0x0181, 210, 1},    {0x0182, 0x0184, 1, 2},      {0x0186, 0x0186, 206, 1},
    {0x0187, 0x0187, 1, 1},      {0x0189, 0x018A, 205, 1},    {0x018B, 0x018B, 1, 1},
    {0x018E, 0x018E, 79, 1},     {0x018F, 0x018F, 202, 1},    {0x0190, 0x0190, 203, 1},
    {0x0191, 0x0191, 1, 1},      {0x0193, 0x0193, 205, 1},    {0x0194, 0x0194, 207, 1},
    {0x0196, 0x0196, 211, 1},    {0x0197, 0x0197, 209, 1},    {0x0198, 0x0198, 1, 1},
    {0x019C, 0x019C, 211, 1},    {0x019D, 0x019D, 213, 1},    {0x019F, 0x019F, 214, 1},
    {0x01A0, 0x01A4, 1, 2},      {0x01A6, 0x01A6, 218, 1},    {0x01A7, 0x01A7, 1, 1},
    {0x01A9, 0x01A9, 218, 1},    {0x01AC, 0x01AC, 1, 1},      {0x01AE, 0x01AE, 218, 1},
    {0x01AF, 0x01AF, 1, 1},      {0x01B1, 0x01B2, 217, 1},    {0x01B3, 0x01B5, 1, 2},
    {0x01B7, 0x01B7, 219, 1},    {0x01B8, 0x01B8, 1, 1},      {0x01BC, 0x01BC, 1, 1},
    {0x01C4, 0x01C4, 2, 1},      {0x01C7, 0x01C7, 2, 1},      {0x01CA, 0x01CA, 2, 1},
    {0x01CD, 0x01DB, 1, 2},      {0x01DE, 0x01EE, 1, 2},      {0x01F1, 0x01F1, 2, 1},
    {0x01F4, 0x01F4, 1, 1},      {0x01F6, 0x01F6, -97, 1},    {0x01F7, 0x01F7, -56, 1},
    {0x01F8, 0x021E, 1, 2},      {0x0220, 0x0220, -130, 1},   {0x0222, 0x0232, 1, 2},
    {0x023A, 0x023A, 10795, 1},  {0x023B, 0x023B, 1, 1},      {0x023D, 0x023D, -163, 1},
    {0x023E, 0x023E, 10792, 1},  {0x0241, 0x0241, 1, 1},      {0x0243, 0x0243, -195, 1},
    {0x0244, 0x0244, 69, 1},     {0x0245, 0x0245, 71, 1},     {0x0246, 0x024E, 1, 2},
    {0x0370, 0x0372, 1, 2},      {0x0376, 0x0376, 1, 1},      {0x0386, 0x0386, 38, 1},
    {0x0388, 0x038A, 37, 1},     {0x038C, 0x038C, 64, 1},     {0x038E, 0x038F, 63, 1},
    {0x0391, 0x03A1, 32, 1},     {0x03A3, 0x03AB, 32, 1},     {0x03CF, 0x03CF, 8, 1},
    {0x03D8, 0x03EE, 1, 2},      {0x03F7, 0x03F7, 1, 1},      {0x03F9, 0x03F9, -7, 1},
    {0x03FA, 0x03FA, 1, 1},      {0x03FD, 0x03FF, -130, 1},   {0x0400, 0x040F, 80, 1},
    {0x0410, 0x042F, 32, 1},     {0x0460, 0x0480, 1, 2},      {0x048A, 0x04BE, 1, 2},
    {0x04C0, 0x04C0, 15, 1},     {0x04C1, 0x04CD, 1, 2},      {0x04D0, 0x0522, 1, 2},
    {0x0531, 0x0556, 48, 1},     {0x10A0, 0x10C5, 7264, 1},   {0x1E00, 0x1E94, 1, 2},
    {0x1EA0, 0x1EFE, 1, 2},      {0x1F08, 0x1F0F, -8, 1},     {0x1F18, 0x1F1D, -8, 1},
    {0x1F28, 0x1F2F, -8, 1},     {0x1F38, 0x1F3F, -8, 1},     {0x1F48, 0x1F4D, -8, 1},
    {0x1F59, 0x1F5F, -8, 2},     {0x1F68, 0x1F6F, -8, 1},     {0x1F88, 0x1F8F, -8, 1},
    {0x1F98, 0x1F9F, -8, 1},     {0x1FA8, 0x1FAF, -8, 1},     {0x1FB8, 0x1FB9, -8, 1},
    {0x1FBA, 0x1FBB, -74, 1},    {0x1FBC, 0x1FBC, -9, 1},     {0x1FC8, 0x1FCB, -86, 1},
    {0x1FCC, 0x1FCC, -9, 1},     {0x1FD8, 0x1FD9, -8, 1},     {0x1FDA, 0x1FDB, -100, 1},
    {0x1FE8, 0x1FE9, -8, 1},     {0x1FEA, 0x1FEB, -112, 1},   {0x1FEC, 0x1FEC, -7, 1},
    {0x1FF8, 0x1FF9, -128, 1},   {0x1FFA, 0x1FFB, -126, 1},   {0x1FFC, 0x1FFC, -9, 1},
    {0x2132, 0x2132, 28, 1},     {0x2160, 0x216F, 16, 1},     {0x2183, 0x2183, 1, 1},
    {0x24B6, 0x24CF, 26, 1},     {0x2C00, 0x2C2E, 48, 1},     {0x2C60, 0x2C60, 1, 1},
    {0x2C62, 0x2C62, -10743, 1}, {0x2C63, 0x2C63, -3814, 1},  {0x2C64, 0x2C64, -10727, 1},
    {0x2C67, 0x2C6B, 1, 2},      {0x2C6D, 0x2C6D, -10780, 1}, {0x2C6E, 0x2C6E, -10749, 1},
    {0x2C6F, 0x2C6F, -10783, 1}, {0x2C72, 0x2C72, 1, 1},      {0x2C75, 0x2C75, 1, 1},
    {0x2C80, 0x2CE2, 1, 2},      {0xA640, 0xA65E, 1, 2},      {0xA662, 0xA66C, 1, 2},
    {0xA680, 0xA696, 1, 2},      {0xA722, 0xA72E, 1, 2},      {0xA732, 0xA76E, 1, 2},
    {0xA779, 0xA77B, 1, 2},      {0xA77D, 0xA77D, -35332, 1}, {0xA77E, 0xA786, 1, 2},
    {0xA78B, 0xA78B, 1, 1},      {0xFF21, 0xFF3A, 32, 1},
};

static const CategoryRun *category_table(size_t *count)
{
    *count = sizeof category_runs / sizeof category_runs[0];
    return category_runs;
}

static const CaseRun *upper_table(size_t *count)
{
    *count = sizeof upper_runs / sizeof upper_runs[0];
    return upper_runs;
}

static const CaseRun *lower_table(size_t *count)
{
    *count = sizeof lower_runs / sizeof lower_runs[0];
    return lower_runs;
}

/* Latin-1 collation: {primary, secondary, tertiary, kind} per char. */
static const CollationKey latin1_keys[256] = {
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {3, 0, 0, 0},   {4, 0, 0, 0},   {5, 0, 0, 0},
    {6, 0, 0, 0},   {7, 0, 0, 0},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {1, 0, 0, 0},   {8, 0, 0, 0},   {9, 0, 0, 0},   {10, 0, 0, 0},
    {11, 0, 0, 0},  {12, 0, 0, 0},  {13, 0, 0, 0},  {0, 2, 0, 1},   {14, 0, 0, 0},  {15, 0, 0, 0},
    {16, 0, 0, 0},  {41, 0, 0, 0},  {17, 0, 0, 0},  {0, 3, 0, 1},   {18, 0, 0, 0},  {19, 0, 0, 0},
    {62, 0, 0, 0},  {66, 0, 0, 0},  {67, 0, 0, 0},  {68, 0, 0, 0},  {69, 0, 0, 0},  {70, 0, 0, 0},
    {71, 0, 0, 0},  {72, 0, 0, 0},  {73, 0, 0, 0},  {74, 0, 0, 0},  {20, 0, 0, 0},  {21, 0, 0, 0},
    {42, 0, 0, 0},  {43, 0, 0, 0},  {44, 0, 0, 0},  {22, 0, 0, 0},  {23, 0, 0, 0},  {75, 0, 1, 0},
    {76, 0, 1, 0},  {77, 0, 1, 0},  {78, 0, 1, 0},  {79, 0, 1, 0},  {80, 0, 1, 0},  {81, 0, 1, 0},
    {82, 0, 1, 0},  {83, 0, 1, 0},  {84, 0, 1, 0},  {85, 0, 1, 0},  {86, 0, 1, 0},  {87, 0, 1, 0},
    {88, 0, 1, 0},  {89, 0, 1, 0},  {90, 0, 1, 0},  {91, 0, 1, 0},  {92, 0, 1, 0},  {93, 0, 1, 0},
    {94, 0, 1, 0},  {96, 0, 1, 0},  {97, 0, 1, 0},  {98, 0, 1, 0},  {99, 0, 1, 0},  {100, 0, 1, 0},
    {101, 0, 1, 0}, {24, 0, 0, 0},  {25, 0, 0, 0},  {26, 0, 0, 0},  {27, 0, 0, 0},  {28, 0, 0, 0},
    {29, 0, 0, 0},  {75, 0, 0, 0},  {76, 0, 0, 0},  {77, 0, 0, 0},  {78, 0, 0, 0},  {79, 0, 0, 0},
    {80, 0, 0, 0},  {81, 0, 0, 0},  {82, 0, 0, 0},  {83, 0, 0, 0},  {84, 0, 0, 0},  {85, 0, 0, 0},
    {86, 0, 0, 0},  {87, 0, 0, 0},  {88, 0, 0, 0},  {89, 0, 0, 0},  {90, 0, 0, 0},  {91, 0, 0, 0},
    {92, 0, 0, 0},  {93, 0, 0, 0},  {94, 0, 0, 0},  {96, 0, 0, 0},  {97, 0, 0, 0},  {98, 0, 0, 0},
    {99, 0, 0, 0},  {100, 0, 0, 0}, {101, 0, 0, 0}, {30, 0, 0, 0},  {31, 0, 0, 0},  {32, 0, 0, 0},
    {33, 0, 0, 0},  {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},
    {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {0, 1, 0, 1},   {2, 0, 0, 0},   {34, 0, 0, 0},
    {50, 0, 0, 0},  {51, 0, 0, 0},  {52, 0, 0, 0},  {53, 0, 0, 0},  {35, 0, 0, 0},  {54, 0, 0, 0},
    {36, 0, 0, 0},  {55, 0, 0, 0},  {75, 1, 0, 0},  {46, 0, 0, 0},  {56, 0, 0, 0},  {0, 4, 0, 1},
    {57, 0, 0, 0},  {37, 0, 0, 0},  {58, 0, 0, 0},  {45, 0, 0, 0},  {67, 1, 0, 0},  {68, 1, 0, 0},
    {38, 0, 0, 0},  {59, 0, 0, 0},  {60, 0, 0, 0},  {61, 0, 0, 0},  {39, 0, 0, 0},  {66, 1, 0, 0},
    {89, 1, 0, 0},  {47, 0, 0, 0},  {63, 0, 0, 0},  {64, 0, 0, 0},  {65, 0, 0, 0},  {40, 0, 0, 0},
    {75, 3, 1, 0},  {75, 2, 1, 0},  {75, 4, 1, 0},  {75, 6, 1, 0},  {75, 5, 1, 0},  {75, 7, 1, 0},
    {0, 1, 0, 2},   {77, 8, 1, 0},  {79, 3, 1, 0},  {79, 2, 1, 0},  {79, 4, 1, 0},  {79, 5, 1, 0},
    {83, 3, 1, 0},  {83, 2, 1, 0},  {83, 4, 1, 0},  {83, 5, 1, 0},  {78, 10, 1, 0}, {88, 6, 1, 0},
    {89, 3, 1, 0},  {89, 2, 1, 0},  {89, 4, 1, 0},  {89, 6, 1, 0},  {89, 5, 1, 0},  {48, 0, 0, 0},
    {89, 9, 1, 0},  {96, 3, 1, 0},  {96, 2, 1, 0},  {96, 4, 1, 0},  {96, 5, 1, 0},  {100, 2, 1, 0},
    {95, 0, 1, 0},  {0, 2, 0, 2},   {75, 3, 0, 0},  {75, 2, 0, 0},  {75, 4, 0, 0},  {75, 6, 0, 0},
    {75, 5, 0, 0},  {75, 7, 0, 0},  {0, 0, 0, 2},   {77, 8, 0, 0},  {79, 3, 0, 0},  {79, 2, 0, 0},
    {79, 4, 0, 0},  {79, 5, 0, 0},  {83, 3, 0, 0},  {83, 2, 0, 0},  {83, 4, 0, 0},  {83, 5, 0, 0},
    {78, 10, 0, 0}, {88, 6, 0, 0},  {89, 3, 0, 0},  {89, 2, 0, 0},  {89, 4, 0, 0},  {89, 6, 0, 0},
    {89, 5, 0, 0},  {49, 0, 0, 0},  {89, 9, 0, 0},  {96, 3, 0, 0},  {96, 2, 0, 0},  {96, 4, 0, 0},
    {96, 5, 0, 0},  {100, 2, 0, 0}, {95, 0, 0, 0},  {100, 5, 0, 0},
};

static const CollationKey *latin1_collation(void)
{
    return latin1_keys;
}
