/*
 * keys.c — naming types and methods across processes, for R2R import cells.
 *
 * Precompiled code cannot hold the addresses of runtime data, so each import cell names
 * what it stands for in a short text key that the loader resolves again, in a fresh
 * process, against the same two assemblies (the program and corlib):
 *
 *   type    c12              TypeDef row 12 of corlib (p12: of the image's own assembly)
 *           g<c40>[c8,p3]    an instantiation: definition, then its type arguments
 *           a<c8>            SZARRAY of the element; m2<c8> a rank-2 array
 *   method  c12#3            the 4th method of type c12 (g…#3 on an instantiation)
 *           c12#3[c8]        a generic method instantiated over its arguments
 *
 * Byrefs, pointers and open generic parameters have no runtime identity and no key; a
 * method whose code needs one is left out of the image (the JIT compiles it).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Keys are built for every method the loader looks up, so by hand rather than printf. */
static bool put(R2rKey *k, const char *text)
{
    size_t n = strlen(text);
    if (n >= sizeof k->text - k->len) return false;
    memcpy(k->text + k->len, text, n + 1);
    k->len += (uint32_t)n;
    return true;
}

/* `prefix` (a character, or 0 for none) and v in decimal. */
static bool put_number(R2rKey *k, char prefix, uint32_t v)
{
    char digits[16], *at = digits + sizeof digits;
    *--at = 0;
    do
        *--at = (char)('0' + v % 10);
    while (v /= 10);
    if (prefix) *--at = prefix;
    return put(k, at);
}

static char image_letter(const CilLoader *l, const CilImage *img)
{
    return img == cil_loader_corlib(l) ? 'c' : 'p';
}

static bool type_key(R2rKey *k, const CilType *t);

/* A TypeDef row, generic definitions included (as the head of an instantiation's key). */
static bool def_key(R2rKey *k, const CilType *def)
{
    return put_number(k, image_letter(def->loader, def->image), def->row);
}

static bool args_key(R2rKey *k, CilType *const *args, uint32_t n)
{
    if (!put(k, "[")) return false;
    for (uint32_t i = 0; i < n; i++)
        if ((i && !put(k, ",")) || !type_key(k, args[i])) return false;
    return put(k, "]");
}

static bool type_key(R2rKey *k, const CilType *t)
{
    switch (t->kind) {
    case TK_ARRAY:
        return (t->rank ? put_number(k, 'm', t->rank) && put(k, "<") : put(k, "a<")) &&
               type_key(k, t->elem) && put(k, ">");
    case TK_BYREF:
    case TK_POINTER:
    case TK_GENERICPARAM: return false;
    default: break;
    }
    if (!t->image) return false; /* synthesized */
    if (t->generic_def)
        return put(k, "g<") && def_key(k, t->generic_def) && put(k, ">") &&
               args_key(k, t->type_args, t->n_type_args);
    if (t->n_generic_params) return false; /* open: no runtime identity */
    return def_key(k, t);
}

bool r2r_type_key(R2rKey *k, const CilType *t)
{
    k->len = 0;
    k->text[0] = 0;
    return type_key(k, t);
}

bool r2r_method_key(R2rKey *k, const CilMethod *m)
{
    k->len = 0;
    k->text[0] = 0;
    const CilMethod *def = m->generic_def ? m->generic_def : m;
    if (!type_key(k, m->owner) || !put_number(k, '#', cil_method_index(def))) return false;
    return !m->method_args || args_key(k, m->method_args, m->n_method_args);
}

/* ---- resolving keys in the loading process ---- */

typedef struct Parser {
    CilLoader *l;
    CilImage *self;
    const char *p;
    CilDiag *diag;
} Parser;

static bool expect(Parser *ps, char c)
{
    if (*ps->p != c) {
        cil_diag_set(ps->diag, "bad key: '%c' expected at \"%.40s\"", c, ps->p);
        return false;
    }
    ps->p++;
    return true;
}

static uint32_t number(Parser *ps)
{
    const char *at = ps->p;
    uint64_t v = 0;
    while (*at >= '0' && *at <= '9' && v <= UINT32_MAX)
        v = v * 10 + (uint64_t)(*at++ - '0');
    if (at == ps->p || v >= UINT32_MAX) {
        cil_diag_set(ps->diag, "bad key: number expected at \"%.40s\"", ps->p);
        return UINT32_MAX;
    }
    ps->p = at;
    return (uint32_t)v;
}

static CilType *parse_type(Parser *ps);

static uint32_t parse_args(Parser *ps, CilType **args, uint32_t max)
{
    uint32_t n = 0;
    if (!expect(ps, '[')) return UINT32_MAX;
    while (*ps->p != ']') {
        if (n == max || (n && !expect(ps, ',')) || !(args[n++] = parse_type(ps))) return UINT32_MAX;
    }
    ps->p++;
    return n;
}

static CilType *parse_type(Parser *ps)
{
    char c = *ps->p++;
    if (c == 'c' || c == 'p') {
        uint32_t row = number(ps);
        if (row == UINT32_MAX) return NULL;
        return cil_type_from_typedef(ps->l, c == 'c' ? cil_loader_corlib(ps->l) : ps->self, row,
                                     ps->diag);
    }
    if (c == 'a' || c == 'm') {
        uint32_t rank = c == 'm' ? number(ps) : 0;
        if (rank == UINT32_MAX || !expect(ps, '<')) return NULL;
        CilType *e = parse_type(ps);
        if (!e || !expect(ps, '>')) return NULL;
        return rank ? cil_mdarray_type(e, rank) : cil_array_type(e);
    }
    if (c == 'g') {
        CilType *args[64];
        if (!expect(ps, '<')) return NULL;
        CilType *def = parse_type(ps);
        if (!def || !expect(ps, '>')) return NULL;
        uint32_t n = parse_args(ps, args, 64);
        return n == UINT32_MAX ? NULL : cil_type_instantiate(def, args, n, ps->diag);
    }
    cil_diag_set(ps->diag, "bad key: unknown type kind '%c'", c);
    return NULL;
}

CilType *r2r_resolve_type(CilLoader *l, CilImage *self, const char *key, CilDiag *diag)
{
    Parser ps = {l, self, key, diag};
    CilType *t = parse_type(&ps);
    if (t && *ps.p) {
        cil_diag_set(diag, "bad key: trailing \"%.40s\"", ps.p);
        return NULL;
    }
    return t;
}

CilMethod *r2r_resolve_method(CilLoader *l, CilImage *self, const char *key, CilDiag *diag)
{
    Parser ps = {l, self, key, diag};
    CilType *owner = parse_type(&ps);
    if (!owner || !expect(&ps, '#')) return NULL;
    uint32_t i = number(&ps);
    if (i == UINT32_MAX) return NULL;
    cil_type_members(owner);
    if (i >= owner->n_methods) {
        cil_diag_set(diag, "bad key: %s has no method %u", owner->full_name, i);
        return NULL;
    }
    CilMethod *m = cil_type_method(owner, i);
    if (!cil_method_resolve_sig(m, diag)) return NULL;
    if (*ps.p == '[') {
        CilType *args[64];
        uint32_t n = parse_args(&ps, args, 64);
        if (n == UINT32_MAX || !(m = cil_method_instantiate(m, args, n, diag))) return NULL;
    }
    if (*ps.p) {
        cil_diag_set(diag, "bad key: trailing \"%.40s\"", ps.p);
        return NULL;
    }
    return m;
}
