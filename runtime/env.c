/*
 * env.c — corlib's view of the process and of the runtime's own data structures:
 *
 *   Environment   tick count, command line (rt_set_args), exit code, variables
 *   Stopwatch     the monotonic clock, in Mono's 100 ns ticks
 *   DateTime      the wall clock and the local time zone's offset from UTC
 *   GC            Boehm's collect / heap size / collection count
 *   Object, Type  type names and handles read from the RtType descriptor, cloning,
 *                 identity hash codes, bitwise equality of boxed structs
 *   Array         copy, clear, reverse, clone and boxed element access, which all
 *                 depend on the element type that only the RtType knows
 *   Interlocked   sequentially consistent atomics on int, long and references
 */
#include "ilrt.h"
#include "internal.h"

#include <ctype.h>
#include <errno.h>
#include <gc.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- Environment ---- */

static int saved_argc;
static char **saved_argv;

void rt_set_args(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
}

RtArray *rt_env_get_args(void)
{
    RtArray *a = rt_new_array(rt_well_known(&rt_types.string_array), saved_argc);
    RtString **items = rt_array_data(a);
    for (int i = 0; i < saved_argc; i++)
        items[i] = rt_string_from_utf8(saved_argv[i]);
    return a;
}

static int64_t monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Milliseconds since boot, truncated to 32 bits as .NET's TickCount wraps. */
int32_t rt_env_tick_count(void)
{
    return (int32_t)(uint32_t)(uint64_t)(monotonic_ns() / 1000000);
}

int64_t rt_stopwatch_get_timestamp(void)
{
    return monotonic_ns() / 100;
}

/* DateTime.UtcNow: the wall clock in 100 ns units since 1970; corlib adds the epoch. */
int64_t rt_datetime_get_system_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}

/* The local time zone's offset from UTC at a given instant, from the C library's view of
 * TZ and /etc/localtime; instants time_t cannot hold fall back to UTC. */
int32_t rt_datetime_get_local_offset(int64_t unix_seconds)
{
    time_t t = (time_t)unix_seconds;
    struct tm tm;
    if ((int64_t)t != unix_seconds || !localtime_r(&t, &tm)) return 0;
    return (int32_t)tm.tm_gmtoff;
}

int32_t rt_env_get_exit_code(void)
{
    return rt_exit_code;
}

void rt_env_set_exit_code(int32_t code)
{
    rt_exit_code = code;
}

/* Environment.Exit: the program asked to end here, so buffered output goes first. */
void rt_env_exit(int32_t code)
{
    rt_exit_code = code;
    rt_finish();
    rt_exit(code);
}

RtString *rt_env_get_variable(RtString *name)
{
    const char *value = getenv(rt_string_to_utf8(name));
    return value ? rt_string_from_utf8(value) : NULL;
}

int32_t rt_env_processor_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
}

RtString *rt_env_get_cwd(void)
{
    char buf[PATH_MAX];
    return rt_string_from_utf8(getcwd(buf, sizeof buf) ? buf : "");
}

RtString *rt_env_machine_name(void)
{
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0) buf[0] = 0;
    buf[sizeof buf - 1] = 0;
    return rt_string_from_utf8(buf);
}

/* ---- GC ---- */

void rt_gc_collect(void)
{
    GC_gcollect();
}

int64_t rt_gc_total_memory(void)
{
    return (int64_t)(GC_get_heap_size() - GC_get_free_bytes());
}

int32_t rt_gc_collection_count(void)
{
    return (int32_t)GC_get_gc_no();
}

/* ---- Object and Type ---- */

/* The loader names types as .NET does: arrays "Int32[]", "Int32[,]", "Int32[][]", in the
 * namespace of their innermost element type. */
static RtString *type_name(const RtType *t, bool with_namespace)
{
    const char *ns = with_namespace && t->ns ? t->ns : "";
    size_t n = strlen(ns) + 1 + strlen(t->name) + 1;
    char *buf = malloc(n);
    if (!buf) rt_fatal("out of memory naming a type");
    snprintf(buf, n, "%s%s%s", ns, ns[0] ? "." : "", t->name);
    RtString *s = rt_string_from_utf8(buf);
    free(buf);
    return s;
}

/* Object.ToString() is GetType().ToString() in .NET: Outer+Inner, List`1[System.Int32]. */
RtString *rt_object_get_type_name(RtObject *self)
{
    const RtType *t = self->type;
    return t->display_name ? rt_string_from_utf8(t->display_name) : type_name(t, true);
}

int64_t rt_object_get_type_handle(RtObject *self)
{
    return (int64_t)(intptr_t)self->type;
}

static size_t object_size(const RtObject *o)
{
    const RtType *t = o->type;
    if (t->flags & RT_TYPE_ARRAY)
        return rt_array_data_offset(t) + (size_t)((const RtArray *)o)->length * t->elem_size;
    if (t->flags & RT_TYPE_STRING)
        return RT_STRING_CHARS_OFFSET + 2 * ((size_t)((const RtString *)o)->length + 1);
    return t->instance_size; /* a boxed value's box included */
}

RtObject *rt_object_memberwise_clone(RtObject *self)
{
    size_t size = object_size(self);
    RtObject *copy = rt_alloc(size, (self->type->flags & RT_TYPE_HAS_REFS) != 0);
    memcpy(copy, self, size);
    return copy;
}

/* Identity hash: Boehm never moves objects, so the address is stable. */
int32_t rt_object_get_hash_code(RtObject *o)
{
    uint64_t h = (uint64_t)(uintptr_t)o >> 3;
    h *= UINT64_C(0x9E3779B97F4A7C15);
    return (int32_t)(h >> 33);
}

static const unsigned char *boxed_bytes(const RtObject *o)
{
    return (const unsigned char *)o + sizeof(RtObject);
}

bool rt_valuetype_equals(RtObject *a, RtObject *b)
{
    return a->type == b->type && !memcmp(boxed_bytes(a), boxed_bytes(b), a->type->elem_size);
}

/* FNV-1a over the value's bytes. */
int32_t rt_valuetype_get_hash_code(RtObject *o)
{
    return (int32_t)rt_fnv1a(boxed_bytes(o), o->type->elem_size);
}

int32_t rt_enum_get_value_size(RtObject *self)
{
    return (int32_t)self->type->elem_size;
}

static bool is_signed_primitive(const RtType *t)
{
    return t->name[0] == 'S' || t->name[0] == 'I'; /* SByte, Int16, Int32, Int64 */
}

/* The boxed enum's value as its underlying type widens to long: sign-extended for SByte,
 * Int16, Int32, zero-extended for Byte, UInt16, UInt32 (a UInt64 past long.MaxValue comes
 * out negative). */
int64_t rt_enum_get_value(RtObject *self)
{
    const unsigned char *p = boxed_bytes(self);
    uint32_t size = self->type->elem_size;
    int64_t v = 0;
    memcpy(&v, p, size < 8 ? size : 8); /* little-endian: the low bytes */
    if (size < 8 && is_signed_primitive(self->type->elem)) {
        unsigned shift = 64 - 8 * size;
        v = (int64_t)((uint64_t)v << shift) >> shift;
    }
    return v;
}

/* A RuntimeType's handle is its RtType. */
static const RtType *handle_type(int64_t handle)
{
    return (const RtType *)(intptr_t)handle;
}

/* A sign-extended value as the enum's constants are kept: unsigned underlying types
 * (Byte, UInt16, UInt32, Char) zero-extended instead. */
static uint64_t enum_bits(const RtType *t, int64_t value)
{
    uint64_t v = (uint64_t)value;
    if (t->elem_size < 8 && !is_signed_primitive(t->elem)) v &= (1ull << (8 * t->elem_size)) - 1;
    return v;
}

/* The constant named exactly this value, or NULL. */
static const char *enum_constant(const RtType *t, int64_t value)
{
    const RtEnumInfo *e = t->enum_info;
    uint64_t v = enum_bits(t, value);
    for (uint32_t i = 0; e && i < e->n; i++)
        if (e->values[i] == v) return e->names[i];
    return NULL;
}

/* Enum.ToString's name: the constant with this value; for [Flags] (or any enum, as_flags:
 * the "F" format) the names of the set bits, largest first found and printed in ascending
 * order, joined by ", " (as .NET). NULL when there is no name: the caller prints the number. */
RtString *rt_enum_get_name(RtObject *self, bool as_flags)
{
    const RtEnumInfo *e = self->type->enum_info;
    if (!e) return NULL;
    int64_t value = rt_enum_get_value(self);
    const char *exact = enum_constant(self->type, value);
    if (exact) return rt_string_from_utf8(exact);
    uint64_t v = enum_bits(self->type, value);
    if ((!e->flags && !as_flags) || !v) return NULL;
    bool used[256] = {0};
    uint64_t rest = v;
    for (uint32_t i = e->n; i-- > 0 && rest;)
        if (e->values[i] && i < 256 && (e->values[i] & rest) == e->values[i]) {
            used[i] = true;
            rest &= ~e->values[i];
        }
    if (rest) return NULL;
    char buf[1024];
    size_t len = 0;
    for (uint32_t i = 0; i < e->n && i < 256; i++)
        if (used[i])
            len += (size_t)snprintf(buf + len, len < sizeof buf ? sizeof buf - len : 0, "%s%s",
                                    len ? ", " : "", e->names[i]);
    return len < sizeof buf ? rt_string_from_utf8(buf) : NULL;
}

/* Enum.GetName(Type, value): only a constant's own name, never a [Flags] combination. */
RtString *rt_enum_name_of(int64_t handle, int64_t value)
{
    const char *name = enum_constant(handle_type(handle), value);
    return name ? rt_string_from_utf8(name) : NULL;
}

/* Enum.GetNames: in the order of their values, as unsigned numbers (as .NET sorts them). */
RtArray *rt_enum_names_of(int64_t handle)
{
    const RtEnumInfo *e = handle_type(handle)->enum_info;
    uint32_t n = e ? e->n : 0;
    RtArray *a = rt_new_array(rt_well_known(&rt_types.string_array), n);
    for (uint32_t i = 0; i < n; i++) {
        RtString *s = rt_string_from_utf8(e->names[i]);
        ((RtString **)rt_array_data(a))[i] = s;
    }
    return a;
}

/* Enum.GetValues: an E[] of the constants in GetNames' order; NULL when this mode has no
 * E[] (an AOT executable whose code neither names it nor takes typeof(E)). */
RtArray *rt_enum_values_of(int64_t handle)
{
    RtType *t = (RtType *)handle_type(handle);
    const RtEnumInfo *e = t->enum_info;
    RtType *at = rt_array_type_of(t, 0);
    if (!at) return NULL;
    uint32_t n = e ? e->n : 0;
    RtArray *a = rt_new_array(at, n);
    for (uint32_t i = 0; i < n; i++) /* little-endian: the low bytes */
        memcpy((char *)rt_array_data(a) + (size_t)i * t->elem_size, &e->values[i], t->elem_size);
    return a;
}

/* The constant with this (case-insensitive) name: its value in *value, or false. */
bool rt_enum_value_of(int64_t handle, RtString *name, bool ignore_case, int64_t *value)
{
    const RtEnumInfo *e = handle_type(handle)->enum_info;
    for (uint32_t i = 0; e && i < e->n; i++) {
        const char *c = e->names[i];
        int32_t len = name->length, k = 0;
        for (; k < len && c[k]; k++) {
            uint16_t a = name->chars[k], b = (unsigned char)c[k];
            if (ignore_case && a < 128) a = (uint16_t)tolower(a), b = (uint16_t)tolower(b);
            if (a != b) break;
        }
        if (k == len && !c[k]) {
            *value = (int64_t)e->values[i];
            return true;
        }
    }
    return false;
}

/* A boxed enum of this type holding value (Enum.Parse, Enum.ToObject). */
RtObject *rt_enum_box(int64_t handle, int64_t value)
{
    RtType *t = (RtType *)handle_type(handle);
    RtObject *o = rt_new_object(t);
    memcpy((char *)o + sizeof(RtObject), &value, t->elem_size); /* little-endian: low bytes */
    return o;
}

/* Array.Rank, GetLength and GetLowerBound for arrays of any rank. */
int32_t rt_array_get_rank(RtArray *a)
{
    return a->type->rank ? (int32_t)a->type->rank : 1;
}

static void check_dimension(RtArray *a, int32_t dim)
{
    if (dim < 0 || dim >= rt_array_get_rank(a)) rt_throw_index_out_of_range();
}

int32_t rt_array_get_length_dim(RtArray *a, int32_t dim)
{
    check_dimension(a, dim);
    return a->type->rank ? rt_array_bounds(a)[dim] : (int32_t)a->length;
}

int32_t rt_array_get_lower_bound(RtArray *a, int32_t dim)
{
    check_dimension(a, dim);
    return a->type->rank ? rt_array_bounds(a)[a->type->rank + dim] : 0;
}

RtString *rt_type_get_name(int64_t handle)
{
    return type_name(handle_type(handle), false);
}

RtString *rt_type_get_namespace(int64_t handle)
{
    const char *ns = handle_type(handle)->ns; /* an array's is its innermost element's */
    return rt_string_from_utf8(ns ? ns : "");
}

RtString *rt_type_get_full_name(int64_t handle)
{
    const char *n = handle_type(handle)->full_name;
    return n ? rt_string_from_utf8(n) : NULL;
}

RtString *rt_type_get_display_name(int64_t handle)
{
    const char *n = handle_type(handle)->display_name;
    return n ? rt_string_from_utf8(n) : NULL;
}

int64_t rt_type_get_parent(int64_t handle)
{
    return (int64_t)(intptr_t)handle_type(handle)->parent;
}

int32_t rt_type_get_flags(int64_t handle)
{
    return (int32_t)handle_type(handle)->flags;
}

int64_t rt_type_get_element(int64_t handle)
{
    return (int64_t)(intptr_t)handle_type(handle)->elem;
}

/* ---- Array ---- */

int32_t rt_array_get_length(RtArray *self)
{
    return (int32_t)self->length;
}

static char *element_at(RtArray *a, intptr_t index)
{
    return (char *)rt_array_data(a) + (size_t)index * a->type->elem_size;
}

static bool is_reference_element(const RtArray *a)
{
    return !(a->type->elem->flags & RT_TYPE_VALUETYPE);
}

/*
 * Array.Copy: same element type (or references into a supertype) is one memmove;
 * references into a narrower type are checked one by one. Returns false when the
 * element types cannot be copied between (ArrayTypeMismatchException).
 */
/* Array.Copy between primitive element types widens as .NET allows (int[] to long[],
 * byte[] to double[]...): never to a narrower or differently signed integer. */
typedef enum { PRIM_NONE, PRIM_SIGNED, PRIM_UNSIGNED, PRIM_FLOAT } PrimKind;

static PrimKind prim_kind(const RtType *t)
{
    static const char *sgn[] = {"SByte", "Int16", "Int32", "Int64"};
    static const char *uns[] = {"Byte", "UInt16", "Char", "UInt32", "UInt64"};
    if (!(t->flags & RT_TYPE_PRIMITIVE)) return PRIM_NONE;
    for (size_t i = 0; i < 4; i++)
        if (!strcmp(t->name, sgn[i])) return PRIM_SIGNED;
    for (size_t i = 0; i < 5; i++)
        if (!strcmp(t->name, uns[i])) return PRIM_UNSIGNED;
    return !strcmp(t->name, "Single") || !strcmp(t->name, "Double") ? PRIM_FLOAT : PRIM_NONE;
}

static bool can_widen(const RtType *from, const RtType *to)
{
    PrimKind kf = prim_kind(from), kt = prim_kind(to);
    uint32_t sf = from->elem_size, st = to->elem_size;
    if (!kf || !kt) return false;
    if (kt == PRIM_FLOAT) return kf != PRIM_FLOAT || st >= sf;
    if (kf == PRIM_FLOAT) return false;
    if (kt == PRIM_SIGNED) return kf == PRIM_SIGNED ? st >= sf : st > sf;
    return kf == PRIM_UNSIGNED && st >= sf;
}

/* One primitive value at p of type f, widened (can_widen) into q of type t. */
static void widen(const RtType *f, const char *p, const RtType *t, char *q)
{
    PrimKind kf = prim_kind(f);
    int64_t iv = 0;
    double dv = 0;
    switch (f->elem_size) {
    case 1: iv = kf == PRIM_SIGNED ? *(const int8_t *)p : *(const uint8_t *)p; break;
    case 2: iv = kf == PRIM_SIGNED ? *(const int16_t *)p : *(const uint16_t *)p; break;
    case 4: iv = kf == PRIM_SIGNED ? *(const int32_t *)p : (int64_t) * (const uint32_t *)p; break;
    default: iv = *(const int64_t *)p; break;
    }
    dv = kf == PRIM_FLOAT ? (f->elem_size == 4 ? *(const float *)p : *(const double *)p)
         : kf == PRIM_UNSIGNED && f->elem_size == 8 ? (double)(uint64_t)iv
                                                    : (double)iv;
    if (prim_kind(t) == PRIM_FLOAT) {
        if (t->elem_size == 4)
            *(float *)q = (float)dv;
        else
            *(double *)q = dv;
    } else {
        memcpy(q, &iv, t->elem_size); /* little-endian: the low bytes */
    }
}

static void copy_widening(RtArray *src, int32_t si, RtArray *dst, int32_t di, int32_t length)
{
    for (int32_t i = 0; i < length; i++)
        widen(src->type->elem, element_at(src, si + i), dst->type->elem, element_at(dst, di + i));
}

bool rt_array_copy(RtArray *src, int32_t src_index, RtArray *dst, int32_t dst_index, int32_t length)
{
    RtType *se = src->type->elem, *de = dst->type->elem;
    bool src_ref = is_reference_element(src), dst_ref = is_reference_element(dst);
    if (se == de || (src_ref && dst_ref && rt_is_subtype(se, de))) {
        memmove(element_at(dst, dst_index), element_at(src, src_index),
                (size_t)length * src->type->elem_size);
        return true;
    }
    if (!src_ref && !dst_ref && can_widen(se, de)) {
        copy_widening(src, src_index, dst, dst_index, length);
        return true;
    }
    if (!src_ref && dst_ref) { /* int[] into object[] or IComparable[]: each boxed */
        if (!rt_is_subtype(se, de)) return false;
        for (int32_t i = 0; i < length; i++)
            *(RtObject **)element_at(dst, dst_index + i) = rt_array_get_value(src, src_index + i);
        return true;
    }
    if (src_ref && !dst_ref) { /* object[] into int[]: each unboxed, its type exactly */
        if (!rt_is_subtype(de, se)) return false;
        for (int32_t i = 0; i < length; i++) {
            RtObject *box = *(RtObject **)element_at(src, src_index + i);
            if (!box) rt_throw_invalid_cast();
            memcpy(element_at(dst, dst_index + i), rt_unbox(box, de), de->elem_size);
        }
        return true;
    }
    RtObject **from = (RtObject **)element_at(src, src_index);
    RtObject **to = (RtObject **)element_at(dst, dst_index);
    for (int32_t i = 0; i < length; i++)
        if (from[i] && !rt_isinst(from[i], de)) rt_throw_invalid_cast();
    memmove(to, from, (size_t)length * sizeof *to);
    return true;
}

void rt_array_clear(RtArray *a, int32_t index, int32_t length)
{
    memset(element_at(a, index), 0, (size_t)length * a->type->elem_size);
}

void rt_array_reverse(RtArray *a, int32_t index, int32_t length)
{
    size_t size = a->type->elem_size;
    char tmp[64];
    char *lo = element_at(a, index), *hi = element_at(a, index + length - 1);
    if (size > sizeof tmp) rt_fatal("Array.Reverse: element of %zu bytes", size);
    for (; lo < hi; lo += size, hi -= size) {
        memcpy(tmp, lo, size);
        memcpy(lo, hi, size);
        memcpy(hi, tmp, size);
    }
}

/* A copy of any array, its bounds included (they sit before the data). */
RtObject *rt_array_clone(RtArray *self)
{
    size_t size = rt_array_data_offset(self->type) + (size_t)self->length * self->type->elem_size;
    RtArray *copy = rt_alloc(size, (self->type->flags & RT_TYPE_HAS_REFS) != 0);
    memcpy(copy, self, size);
    return (RtObject *)copy;
}

/* Array.GetValue: references as they are, values boxed. */
RtObject *rt_array_get_value(RtArray *self, int32_t index)
{
    if (is_reference_element(self)) return *(RtObject **)element_at(self, index);
    RtType *elem = self->type->elem;
    RtObject *box = rt_new_object(elem);
    memcpy((char *)box + sizeof(RtObject), element_at(self, index), elem->elem_size);
    return box;
}

/* An enum as its underlying primitive: SetValue converts between them as between
 * primitives. */
static const RtType *underlying(const RtType *t)
{
    return (t->flags & RT_TYPE_ENUM) ? t->elem : t;
}

/* Array.SetValue: RT_SET_OK, or which exception the value's type calls for. A value type
 * takes a boxed value of its own type, null (zero), or a primitive (or enum) it widens
 * from (int into long[], Color into int[]). */
int32_t rt_array_set_value(RtArray *self, RtObject *value, int32_t index)
{
    RtType *elem = self->type->elem;
    char *slot = element_at(self, index);
    if (is_reference_element(self)) {
        if (value && !rt_isinst(value, elem)) return RT_SET_INVALID_CAST;
        *(RtObject **)slot = value;
        return RT_SET_OK;
    }
    if (!value) {
        memset(slot, 0, self->type->elem_size);
        return RT_SET_OK;
    }
    const RtType *from = underlying(value->type), *to = underlying(elem);
    if (value->type == elem || from == to) {
        memcpy(slot, boxed_bytes(value), elem->elem_size);
        return RT_SET_OK;
    }
    if (!(from->flags & RT_TYPE_PRIMITIVE) || !(to->flags & RT_TYPE_PRIMITIVE))
        return RT_SET_INVALID_CAST;
    if (!can_widen(from, to)) return RT_SET_NOT_WIDENING;
    widen(from, (const char *)boxed_bytes(value), to, slot);
    return RT_SET_OK;
}

/* Array.CreateInstance: an array of elem with these lengths and lower bounds (NULL: all
 * zero). One dimension with a zero lower bound is an SZARRAY; any other lower bound makes
 * a T[*]. NULL when this mode has no such array type (an AOT executable whose code never
 * names it). */
RtArray *rt_array_new_instance(int64_t elem_handle, RtArray *lengths, RtArray *lower_bounds)
{
    uint32_t rank = (uint32_t)lengths->length;
    const int32_t *len = rt_array_data(lengths);
    bool sz = rank == 1 && !lower_bounds;
    RtType *t = rt_array_type_of((RtType *)handle_type(elem_handle), sz ? 0 : rank);
    if (!t) return NULL;
    if (sz) return rt_new_array(t, len[0]);
    int32_t bounds[2 * 32] = {0}; /* lengths, then lower bounds */
    memcpy(bounds, len, rank * sizeof *len);
    if (lower_bounds) memcpy(bounds + rank, rt_array_data(lower_bounds), rank * sizeof *len);
    return rt_new_mdarray(t, bounds);
}

/* ---- Thread ---- */

/* Thread.Sleep: nanosleep resumed after signals (the GC's among them); -1 for ever. */
void rt_thread_sleep(int32_t milliseconds)
{
    if (milliseconds < 0) {
        for (;;)
            pause();
    }
    struct timespec left = {milliseconds / 1000, (long)(milliseconds % 1000) * 1000000};
    while (nanosleep(&left, &left) != 0 && errno == EINTR) {
    }
}

/* ---- Interlocked ---- */

int32_t rt_interlocked_add32(int32_t *location, int32_t value)
{
    return __atomic_add_fetch(location, value, __ATOMIC_SEQ_CST);
}

int64_t rt_interlocked_add64(int64_t *location, int64_t value)
{
    return __atomic_add_fetch(location, value, __ATOMIC_SEQ_CST);
}

int32_t rt_interlocked_exchange32(int32_t *location, int32_t value)
{
    return __atomic_exchange_n(location, value, __ATOMIC_SEQ_CST);
}

int64_t rt_interlocked_exchange64(int64_t *location, int64_t value)
{
    return __atomic_exchange_n(location, value, __ATOMIC_SEQ_CST);
}

RtObject *rt_interlocked_exchange_object(RtObject **location, RtObject *value)
{
    return __atomic_exchange_n(location, value, __ATOMIC_SEQ_CST);
}

/* Each returns what the location held; it was replaced only if that equals comparand. */
int32_t rt_interlocked_compare_exchange32(int32_t *location, int32_t value, int32_t comparand)
{
    __atomic_compare_exchange_n(location, &comparand, value, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return comparand;
}

int64_t rt_interlocked_compare_exchange64(int64_t *location, int64_t value, int64_t comparand)
{
    __atomic_compare_exchange_n(location, &comparand, value, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return comparand;
}

RtObject *rt_interlocked_compare_exchange_object(RtObject **location, RtObject *value,
                                                 RtObject *comparand)
{
    __atomic_compare_exchange_n(location, &comparand, value, false, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return comparand;
}
