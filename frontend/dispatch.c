/*
 * dispatch.c — vtables computed when an image is written, adopted when it is run.
 *
 * Building a class's vtable matches each of its virtuals against its parent's slots, and
 * each method of each interface it implements against its methods, by name and by
 * signature: the signatures of most virtuals are resolved only for that. At an R2R start
 * that was the larger part of what making String, Console's writer or an exception type
 * cost. The result depends only on metadata that the image vouches for (its own assembly
 * and corlib, hashed or stamped), so the writer records it, a plan per class, and
 * cil_type_vtable adopts the plan instead of matching: each slot names its method by
 * where it is (an ancestor and the method's index there, or the interface and the index of
 * a method an abstract class leaves to its subclasses), and each virtual of the class
 * its slot. The interfaces themselves are still collected from metadata, as the plan's
 * slots follow their order; any plan that does not fit the type (a count or an index out
 * of range) is ignored and the vtable computed.
 *
 * The plans, as u32 words (CilVouch.dispatch, which must outlive the image):
 *
 *   n                      classes with a plan
 *   rows[n]                their TypeDef rows, ascending
 *   offs[n]                where each plan starts in data, in words
 *   data                   per plan: n_vtable n_class_slots n_methods
 *                          slot[n_vtable]      ancestor depth << 24 | method index, or
 *                                              0xff << 24 | interface << 12 | its method
 *                          own[n_methods]      each method's vtable_slot (-1: not virtual)
 *
 * Generic definitions and interfaces have none: an instantiation's vtable is computed, and
 * an interface's is its own methods in order, which nothing needs to match.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { INTERFACE_SLOT = 0xffu, MAX_IFACE = 1u << 12, MAX_INDEX = 1u << 24 };

typedef struct Words {
    uint32_t *w;
    size_t n, cap;
} Words;

static void push(Words *b, uint32_t v)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 1024;
        b->w = realloc(b->w, b->cap * sizeof *b->w);
        if (!b->w) abort();
    }
    b->w[b->n++] = v;
}

/* Where slot method m lies, seen from t; false when no word says it. */
static bool encode_slot(const CilType *t, const CilMethod *m, uint32_t *word)
{
    if (m->method_args) return false;
    uint32_t depth = 0;
    for (const CilType *c = t; c; c = c->parent, depth++)
        if (m->owner == c) {
            uint32_t i = cil_method_index(m);
            if (depth >= INTERFACE_SLOT || i >= MAX_INDEX) return false;
            *word = depth << 24 | i;
            return true;
        }
    for (uint32_t k = 0; k < t->n_interfaces && k < MAX_IFACE; k++)
        if (m->owner == t->interfaces[k] && m->vtable_slot >= 0 &&
            (uint32_t)m->vtable_slot < MAX_IFACE) {
            *word = INTERFACE_SLOT << 24 | k << 12 | (uint32_t)m->vtable_slot;
            return true;
        }
    return false;
}

/* t's plan appended to data; false (data as it was) when some slot has no word. */
static bool encode(CilType *t, Words *data)
{
    size_t start = data->n;
    push(data, t->n_vtable);
    push(data, t->n_class_slots);
    push(data, t->n_methods);
    for (uint32_t s = 0; s < t->n_vtable; s++) {
        uint32_t word;
        if (!encode_slot(t, t->vtable[s], &word)) {
            data->n = start;
            return false;
        }
        push(data, word);
    }
    for (uint32_t i = 0; i < t->n_methods; i++) {
        CilMethod *m = (cil_type_method_flags(t, i) & MDF_VIRTUAL) ? cil_type_method(t, i) : NULL;
        push(data, m ? (uint32_t)m->vtable_slot : UINT32_MAX);
    }
    return true;
}

uint32_t *cil_dispatch_plans(CilLoader *l, CilImage *img, size_t *words)
{
    Words rows = {0}, offs = {0}, data = {0};
    for (uint32_t row = 1; row <= img->rows[CIL_TBL_TYPEDEF]; row++) {
        CilDiag d = {0};
        CilType *t = cil_type_from_typedef(l, img, row, &d);
        if (!t || t->n_generic_params || t->kind == TK_INTERFACE || !cil_type_vtable(t, &d))
            continue;
        uint32_t at = (uint32_t)data.n;
        if (!encode(t, &data)) continue;
        push(&rows, row);
        push(&offs, at);
    }
    Words all = {0};
    push(&all, (uint32_t)rows.n);
    for (size_t i = 0; i < rows.n; i++)
        push(&all, rows.w[i]);
    for (size_t i = 0; i < offs.n; i++)
        push(&all, offs.w[i]);
    for (size_t i = 0; i < data.n; i++)
        push(&all, data.w[i]);
    free(rows.w);
    free(offs.w);
    free(data.w);
    *words = all.n;
    return all.w;
}

/* The plan of TypeDef row `row` of img, within the block's bounds, or NULL. */
static const uint32_t *plan_of(const CilImage *img, uint32_t row)
{
    const uint32_t *p = img->dispatch;
    if (!p || img->dispatch_words < 1) return NULL;
    uint32_t n = p[0];
    if (1 + 2 * (uint64_t)n > img->dispatch_words) return NULL;
    const uint32_t *rows = p + 1, *offs = p + 1 + n, *data = p + 1 + 2 * (size_t)n;
    size_t data_words = img->dispatch_words - 1 - 2 * (size_t)n;
    uint32_t lo = cil_lower_bound(rows, n, row);
    if (lo == n || rows[lo] != row || (uint64_t)offs[lo] + 3 > data_words) return NULL;
    const uint32_t *r = data + offs[lo];
    return (uint64_t)offs[lo] + 3 + r[0] + r[2] <= data_words ? r : NULL;
}

/* The method slot word w names, seen from t; NULL when it names none. */
static CilMethod *decode_slot(CilType *t, uint32_t w)
{
    uint32_t depth = w >> 24;
    if (depth == INTERFACE_SLOT) {
        uint32_t k = w >> 12 & (MAX_IFACE - 1), j = w & (MAX_IFACE - 1);
        return k < t->n_interfaces && j < t->interfaces[k]->n_vtable ? t->interfaces[k]->vtable[j]
                                                                     : NULL;
    }
    CilType *c = t;
    while (c && depth--)
        c = c->parent;
    if (!c || !c->image) return NULL;
    uint32_t i = w & (MAX_INDEX - 1);
    cil_type_members(c);
    return i < c->n_methods && (cil_type_method_flags(c, i) & MDF_VIRTUAL) ? cil_type_method(c, i)
                                                                           : NULL;
}

bool cil_dispatch_adopt(CilType *t)
{
    const uint32_t *r =
        t->image && !t->generic_def && !t->n_generic_params && t->kind != TK_INTERFACE
            ? plan_of(t->image, t->row)
            : NULL;
    if (!r) return false;
    uint32_t n = r[0], n_class = r[1];
    cil_type_members(t);
    const CilType *p = t->parent;
    if (r[2] != t->n_methods || n_class > n || (p && n_class < p->n_class_slots)) return false;
    uint64_t total = n_class;
    for (uint32_t k = 0; k < t->n_interfaces; k++)
        total += t->interfaces[k]->n_vtable;
    if (total != n) return false;
    const uint32_t *own = r + 3 + n;
    for (uint32_t i = 0; i < t->n_methods; i++)
        if (own[i] != UINT32_MAX && own[i] >= n_class) return false;
    CilArena *a = &t->loader->arena;
    CilMethod **vt = cil_arena_alloc(a, (n + 1) * sizeof *vt);
    for (uint32_t s = 0; s < n; s++)
        if (!(vt[s] = decode_slot(t, r[3 + s]))) return false;
    uint32_t *offsets = cil_arena_alloc(a, (t->n_interfaces + 1) * sizeof *offsets);
    for (uint32_t k = 0, at = n_class; k < t->n_interfaces; at += t->interfaces[k++]->n_vtable)
        offsets[k] = at;
    for (uint32_t i = 0; i < t->n_methods; i++)
        if (own[i] != UINT32_MAX) cil_type_method(t, i)->vtable_slot = (int32_t)own[i];
    t->vtable = vt;
    t->n_vtable = n;
    t->n_class_slots = n_class;
    t->iface_offsets = offsets;
    return true;
}
