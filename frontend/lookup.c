/*
 * lookup.c — finding rows by a key column without scanning the table.
 *
 * MethodImpl, InterfaceImpl, GenericParam and NestedClass are asked "which rows belong to
 * this type (or method)?" every time a type is built (CustomAttribute when reflection
 * describes a type's methods, Constant for an enum's names or a const field's value,
 * MethodSemantics for a property's accessors), and TypeDef "which row is
 * System.String?" whenever a reference is resolved. Scanning the table each time made
 * loading corlib's types quadratic. Each question gets an index on first use: the
 * (key, row) pairs of the table, sorted, searched by bisection. Sorting ourselves means a
 * table that is out of order (ECMA-335 asks for sorted tables; a hostile file need not
 * comply) still gives the same answers as a scan, in table order.
 */
#include "metadata.h"

#include <stdlib.h>
#include <string.h>

static uint32_t name_hash(const char *ns, const char *name)
{
    uint32_t h = 2166136261u;
    for (const char *p = ns; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ '.') * 16777619u;
    for (const char *p = name; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    return h;
}

/* Row i's key, or false when the row is not in this index. */
static bool key_of(const CilImage *img, CilRowKey k, uint32_t i, uint32_t *key)
{
    switch (k) {
    case CIL_KEY_METHODIMPL_CLASS: *key = cil_methodimpl(img, i + 1)->class_row; return true;
    case CIL_KEY_INTERFACEIMPL_CLASS: *key = cil_interfaceimpl(img, i + 1)->class_row; return true;
    case CIL_KEY_GENERICPARAM_OWNER: *key = cil_genericparam(img, i + 1)->owner; return true;
    case CIL_KEY_NESTED_NESTED: *key = cil_nestedclass(img, i + 1)->nested_row; return true;
    case CIL_KEY_NESTED_ENCLOSING: *key = cil_nestedclass(img, i + 1)->enclosing_row; return true;
    case CIL_KEY_CUSTOMATTRIBUTE_PARENT:
        *key = cil_customattribute(img, i + 1)->parent;
        return true;
    case CIL_KEY_CONSTANT_PARENT: *key = cil_constant(img, i + 1)->parent; return true;
    case CIL_KEY_SEMANTICS_ASSOCIATION: *key = img->methodsemantics[i].association; return true;
    case CIL_KEY_TYPEDEF_NAME: {
        const CilTypeDefRow *td = cil_typedef(img, i + 1);
        if ((td->flags & 0x7) >= 2) return false; /* visibility: a nested type */
        *key = name_hash(td->ns, td->name);
        return true;
    }
    default: return false;
    }
}

static const uint8_t table_of[CIL_KEYS] = {
    [CIL_KEY_METHODIMPL_CLASS] = CIL_TBL_METHODIMPL,
    [CIL_KEY_INTERFACEIMPL_CLASS] = CIL_TBL_INTERFACEIMPL,
    [CIL_KEY_GENERICPARAM_OWNER] = CIL_TBL_GENERICPARAM,
    [CIL_KEY_NESTED_NESTED] = CIL_TBL_NESTEDCLASS,
    [CIL_KEY_NESTED_ENCLOSING] = CIL_TBL_NESTEDCLASS,
    [CIL_KEY_TYPEDEF_NAME] = CIL_TBL_TYPEDEF,
    [CIL_KEY_CUSTOMATTRIBUTE_PARENT] = CIL_TBL_CUSTOMATTRIBUTE,
    [CIL_KEY_CONSTANT_PARENT] = CIL_TBL_CONSTANT,
    [CIL_KEY_SEMANTICS_ASSOCIATION] = CIL_TBL_METHODSEMANTICS,
};

/* Stable radix sort of the pairs by their key (the high half), a byte at a time: the
 * pairs arrive in row order and keep it within a key. Tables in the order ECMA-335 asks
 * for are left as they are, and a byte that all keys share (the high bytes of a row
 * number) costs one counting pass. */
static void sort_by_key(uint64_t *pairs, uint64_t *tmp, uint32_t n)
{
    uint32_t i = 1;
    while (i < n && pairs[i - 1] <= pairs[i])
        i++;
    if (i >= n) return;
    for (int shift = 32; shift < 64; shift += 8) {
        uint32_t count[257] = {0};
        for (uint32_t i = 0; i < n; i++)
            count[((pairs[i] >> shift) & 0xff) + 1]++;
        if (count[((pairs[0] >> shift) & 0xff) + 1] == n) continue;
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (uint32_t i = 0; i < n; i++)
            tmp[count[(pairs[i] >> shift) & 0xff]++] = pairs[i];
        memcpy(pairs, tmp, (size_t)n * sizeof *pairs);
    }
}

static CilRowIndex *build(CilImage *img, CilRowKey k)
{
    uint32_t rows = img->rows[table_of[k]], n = 0;
    uint64_t *pairs = malloc(2 * ((size_t)rows + 1) * sizeof *pairs);
    if (!pairs) abort();
    for (uint32_t i = 0; i < rows; i++) {
        uint32_t key;
        if (key_of(img, k, i, &key)) pairs[n++] = (uint64_t)key << 32 | i;
    }
    sort_by_key(pairs, pairs + rows + 1, n);
    CilRowIndex *x = cil_arena_alloc(&img->arena, sizeof *x);
    x->n = n;
    x->keys = cil_arena_alloc(&img->arena, ((size_t)n + 1) * sizeof *x->keys);
    x->rows = cil_arena_alloc(&img->arena, ((size_t)n + 1) * sizeof *x->rows);
    for (uint32_t i = 0; i < n; i++) {
        x->keys[i] = (uint32_t)(pairs[i] >> 32);
        x->rows[i] = (uint32_t)pairs[i];
    }
    free(pairs);
    return x;
}

uint32_t cil_lower_bound(const uint32_t *keys, uint32_t n, uint32_t key)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const uint32_t *cil_rows_with(const CilImage *cimg, CilRowKey k, uint32_t key, uint32_t *n)
{
    CilImage *img = (CilImage *)cimg; /* the index is a cache: building it changes nothing */
    if (!img->row_index[k]) img->row_index[k] = build(img, k);
    const CilRowIndex *x = img->row_index[k];
    uint32_t lo = cil_lower_bound(x->keys, x->n, key);
    uint32_t end = lo;
    while (end < x->n && x->keys[end] == key)
        end++;
    *n = end - lo;
    return x->rows + lo;
}

/* The TypeDef row whose method (or field) list holds `row`, or 0. The reader checks that
 * the lists never go backwards, so the owner is the last type whose list starts at or before
 * `row`, found by bisection (types with empty lists share their successor's start) over the
 * list cells where they lie: decoding the rows probed cost more than the search. */
uint32_t cil_owner_typedef(const CilImage *img, uint32_t row, bool field)
{
    uint32_t lo = 1, hi = img->rows[CIL_TBL_TYPEDEF] + 1; /* the answer is in [lo - 1, hi) */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (cil_typedef_list_first(img, mid, field) <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 1) return 0;
    const CilTypeDefRow *td = cil_typedef(img, lo - 1);
    uint32_t first = field ? td->field_first : td->method_first;
    uint32_t end = field ? td->field_end : td->method_end;
    return row >= first && row < end ? lo - 1 : 0;
}

void cil_build_all_indexes(CilImage *img)
{
    for (CilRowKey k = 0; k < CIL_KEYS; k++) {
        CilDiag d = {0};
        uint32_t n;
        if (cil_image_table(img, table_of[k], &d)) cil_rows_with(img, k, 0, &n);
    }
}

/* Whether `x` is an index build() could have made for this table: rows inside it, in key
 * order, then row order. A wrong one would only give wrong answers, but an image that is
 * not as ilc wrote it gives none. */
static bool index_fits(const CilImage *img, CilRowKey k, const CilRowIndex *x)
{
    uint32_t rows = img->rows[table_of[k]];
    if (x->n > rows) return false;
    for (uint32_t i = 0; i < x->n; i++) {
        if (x->rows[i] >= rows) return false;
        if (i && (x->keys[i] < x->keys[i - 1] ||
                  (x->keys[i] == x->keys[i - 1] && x->rows[i] <= x->rows[i - 1])))
            return false;
    }
    return true;
}

void cil_adopt_indexes(CilImage *img, const CilRowIndex *given, bool as_written)
{
    for (CilRowKey k = 0; k < CIL_KEYS; k++)
        if (given[k].keys && (as_written || index_fits(img, k, &given[k])))
            img->row_index[k] = (CilRowIndex *)&given[k]; /* read only, as built ones are */
}

uint32_t cil_typedef_by_name(const CilImage *img, const char *ns, const char *name)
{
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_TYPEDEF_NAME, name_hash(ns, name), &n);
    for (uint32_t i = 0; i < n; i++) {
        const CilTypeDefRow *td = cil_typedef(img, rows[i] + 1);
        if (!strcmp(td->name, name) && !strcmp(td->ns, ns)) return rows[i] + 1;
    }
    return 0;
}
