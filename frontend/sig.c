/*
 * sig.c — signature blobs decoded into CilTypeSig trees (ECMA-335 II.23.2).
 *
 * A signature is a byte string in #Blob. Its grammar is prefix-coded: every type starts
 * with an ELEMENT_TYPE_* byte that says what follows, counts and indexes are compressed
 * unsigned integers (1, 2 or 4 bytes, II.23.2), and types refer to classes through a
 * compressed TypeDefOrRefOrSpecEncoded token (II.23.2.8). The shapes decoded here:
 *
 *     MethodDefSig / MethodRefSig  flags [GenParamCount] ParamCount RetType Param* (II.23.2.1-3)
 *     FieldSig                     0x06 CustomMod* Type                            (II.23.2.4)
 *     LocalVarSig                  0x07 Count (TYPEDBYREF | {CustomMod|PINNED}* [BYREF] Type)*
 *     TypeSpec                     Type                                            (II.23.2.14)
 *     MethodSpec                   0x0A GenArgCount Type*                          (II.23.2.15)
 *
 * The decoder is recursive descent over a cursor (SigReader) that never moves past the
 * end of its blob: every read goes through sig_byte() or sig_compressed(), which fail
 * with "truncated" instead of reading on. Recursion (arrays of arrays, generic arguments,
 * function pointers) is capped at SIG_MAX_DEPTH so a hostile blob cannot exhaust the C
 * stack, and every count is checked against the bytes left before anything is allocated
 * (each element takes at least one byte), so a 4-byte count cannot request gigabytes.
 *
 * Custom modifiers (modreq/modopt) are validated and dropped: ilc's code generation does
 * not depend on them. Array sizes and lower bounds are consumed; only the rank is kept.
 * A vararg call site's SENTINEL is consumed; the parameters after it stay in `params`.
 *
 * cil_sig_type_name() prints a tree in ilasm's notation ("int32", "string",
 * "class [mscorlib]System.Object", "valuetype System.Int32", "!0", "!!0", "int32[]",
 * "int32[,]", "class [mscorlib]System.Collections.Generic.List`1<int32>", "int32&",
 * "uint8*", "int32 pinned"), for messages and dumps. Types defined in the image itself
 * have no [assembly] prefix; nested types are written Outer/Inner.
 */
#include "metadata.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define SIG_MAX_DEPTH 64

typedef struct SigReader {
    const CilImage *img;
    const uint8_t *start, *p, *end;
    CilArena *arena;
    const char *what;
    CilDiag *diag;
    uint32_t depth;
} SigReader;

static bool sig_error(SigReader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool sig_error(SigReader *r, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cil_diag_set(r->diag, "%s: %s: %s (at byte %u of %u)", r->img->path, r->what, msg,
                 (unsigned)(r->p - r->start), (unsigned)(r->end - r->start));
    return false;
}

static SigReader sig_reader(const CilImage *img, CilBlob blob, CilArena *arena, const char *what,
                            CilDiag *diag)
{
    static const uint8_t empty[1];
    if (!blob.data) blob = (CilBlob){empty, 0};
    return (SigReader){img, blob.data, blob.data, blob.data + blob.size, arena, what, diag, 0};
}

/* ---- primitive reads ---- */

static bool sig_byte(SigReader *r, uint8_t *b)
{
    if (r->p >= r->end) return sig_error(r, "truncated");
    *b = *r->p++;
    return true;
}

static bool sig_peek(const SigReader *r, uint8_t *b)
{
    if (r->p >= r->end) return false;
    *b = *r->p;
    return true;
}

/* II.23.2: 0xxxxxxx, 10xxxxxx x8, 110xxxxx x24. *bits gets the payload width. */
static bool sig_compressed_raw(SigReader *r, uint32_t *v, uint32_t *bits)
{
    uint8_t b0 = 0;
    if (!sig_byte(r, &b0)) return false;
    size_t left = (size_t)(r->end - r->p);
    if ((b0 & 0x80) == 0) {
        *v = b0, *bits = 7;
    } else if ((b0 & 0xC0) == 0x80) {
        if (left < 1) return sig_error(r, "truncated");
        *v = (uint32_t)(b0 & 0x3F) << 8 | r->p[0], *bits = 14;
        r->p += 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        if (left < 3) return sig_error(r, "truncated");
        *v = (uint32_t)(b0 & 0x1F) << 24 | (uint32_t)r->p[0] << 16 | (uint32_t)r->p[1] << 8 |
             r->p[2],
        *bits = 29;
        r->p += 3;
    } else {
        r->p--;
        return sig_error(r, "malformed compressed integer (first byte 0x%02x)", b0);
    }
    return true;
}

static bool sig_compressed(SigReader *r, uint32_t *v)
{
    uint32_t bits;
    return sig_compressed_raw(r, v, &bits);
}

/* II.23.2: signed values are rotated left by one, sign bit last, in 7, 14 or 29 bits. */
static bool sig_compressed_signed(SigReader *r, int32_t *v)
{
    uint32_t raw, bits;
    if (!sig_compressed_raw(r, &raw, &bits)) return false;
    uint32_t mag = raw >> 1;
    if (raw & 1) mag |= ~0u << (bits - 1); /* sign-extend from bits - 1 value bits */
    *v = (int32_t)mag;
    return true;
}

/* II.23.2.8: a TypeDef, TypeRef or TypeSpec row in a compressed int, tag in the low 2 bits. */
static bool sig_type_token(SigReader *r, uint32_t *token)
{
    static const uint8_t tables[3] = {CIL_TBL_TYPEDEF, CIL_TBL_TYPEREF, CIL_TBL_TYPESPEC};
    uint32_t v;
    if (!sig_compressed(r, &v)) return false;
    if ((v & 3) == 3) return sig_error(r, "TypeDefOrRefOrSpecEncoded 0x%x has an invalid tag", v);
    *token = CIL_TOKEN(tables[v & 3], v >> 2);
    if (!cil_token_valid(r->img, *token))
        return sig_error(r, "type token 0x%08x out of range", *token);
    return true;
}

/* Each element of a counted list takes at least one byte; refuse counts that cannot fit. */
static bool sig_check_count(SigReader *r, uint32_t n, const char *what)
{
    if (n > (size_t)(r->end - r->p))
        return sig_error(r, "%s %u exceeds the signature's size", what, n);
    return true;
}

static void *sig_alloc_array(SigReader *r, uint32_t n, size_t elem)
{
    return n ? cil_arena_alloc(r->arena, (size_t)n * elem) : NULL;
}

static bool sig_skip_custom_mods(SigReader *r)
{
    uint8_t b;
    while (sig_peek(r, &b) && (b == ELEMENT_TYPE_CMOD_REQD || b == ELEMENT_TYPE_CMOD_OPT)) {
        uint32_t token;
        r->p++;
        if (!sig_type_token(r, &token)) return false;
    }
    return true;
}

/* ---- types ---- */

static bool parse_type(SigReader *r, CilTypeSig **out);
static bool parse_method(SigReader *r, CilMethodSig *out);

static CilTypeSig *new_type(SigReader *r, uint8_t kind)
{
    CilTypeSig *t = cil_arena_alloc(r->arena, sizeof *t);
    t->kind = kind;
    return t;
}

static bool parse_type_list(SigReader *r, uint32_t n, CilTypeSig ***out)
{
    if (!sig_check_count(r, n, "count")) return false;
    CilTypeSig **list = sig_alloc_array(r, n, sizeof *list);
    for (uint32_t i = 0; i < n; i++)
        if (!parse_type(r, &list[i])) return false;
    *out = list;
    return true;
}

/* II.23.2.13: Type Rank NumSizes Size* NumLoBounds LoBound*. */
static bool parse_array(SigReader *r, CilTypeSig *t)
{
    uint32_t n_sizes, n_lo, size;
    int32_t lo;
    if (!parse_type(r, &t->elem) || !sig_compressed(r, &t->rank)) return false;
    if (t->rank == 0) return sig_error(r, "array rank 0");
    if (!sig_compressed(r, &n_sizes)) return false;
    if (n_sizes > t->rank) return sig_error(r, "array has %u sizes for rank %u", n_sizes, t->rank);
    for (uint32_t i = 0; i < n_sizes; i++)
        if (!sig_compressed(r, &size)) return false;
    if (!sig_compressed(r, &n_lo)) return false;
    if (n_lo > t->rank) return sig_error(r, "array has %u lower bounds for rank %u", n_lo, t->rank);
    for (uint32_t i = 0; i < n_lo; i++)
        if (!sig_compressed_signed(r, &lo)) return false;
    return true;
}

/* II.23.2.12: GENERICINST (CLASS | VALUETYPE) TypeDefOrRefOrSpecEncoded GenArgCount Type*. */
static bool parse_generic_inst(SigReader *r, CilTypeSig *t)
{
    uint8_t kind = 0;
    if (!sig_byte(r, &kind)) return false;
    if (kind != ELEMENT_TYPE_CLASS && kind != ELEMENT_TYPE_VALUETYPE) {
        r->p--;
        return sig_error(
            r, "generic instantiation of element type 0x%02x, expected CLASS or VALUETYPE", kind);
    }
    t->elem = new_type(r, kind);
    if (!sig_type_token(r, &t->elem->token) || !sig_compressed(r, &t->n_args)) return false;
    if (t->n_args == 0) return sig_error(r, "generic instantiation with no arguments");
    return parse_type_list(r, t->n_args, &t->args);
}

static bool is_primitive(uint8_t k)
{
    return (k >= ELEMENT_TYPE_VOID && k <= ELEMENT_TYPE_STRING) || k == ELEMENT_TYPE_TYPEDBYREF ||
           k == ELEMENT_TYPE_I || k == ELEMENT_TYPE_U || k == ELEMENT_TYPE_OBJECT;
}

static bool parse_type_body(SigReader *r, uint8_t kind, CilTypeSig *t)
{
    switch (kind) {
    case ELEMENT_TYPE_PTR:
    case ELEMENT_TYPE_BYREF:
    case ELEMENT_TYPE_SZARRAY: return parse_type(r, &t->elem);
    case ELEMENT_TYPE_CLASS:
    case ELEMENT_TYPE_VALUETYPE: return sig_type_token(r, &t->token);
    case ELEMENT_TYPE_VAR:
    case ELEMENT_TYPE_MVAR: return sig_compressed(r, &t->index);
    case ELEMENT_TYPE_ARRAY: return parse_array(r, t);
    case ELEMENT_TYPE_GENERICINST: return parse_generic_inst(r, t);
    case ELEMENT_TYPE_FNPTR:
        t->fnptr = cil_arena_alloc(r->arena, sizeof *t->fnptr);
        return parse_method(r, t->fnptr);
    default: return true; /* primitives: nothing follows */
    }
}

/* CustomMod* followed by one type; modifiers are dropped. */
static bool parse_type(SigReader *r, CilTypeSig **out)
{
    uint8_t kind = 0;
    if (r->depth >= SIG_MAX_DEPTH)
        return sig_error(r, "nested more than %d levels deep", SIG_MAX_DEPTH);
    if (!sig_skip_custom_mods(r) || !sig_byte(r, &kind)) return false;
    bool known = is_primitive(kind) || kind == ELEMENT_TYPE_PTR || kind == ELEMENT_TYPE_BYREF ||
                 kind == ELEMENT_TYPE_SZARRAY || kind == ELEMENT_TYPE_CLASS ||
                 kind == ELEMENT_TYPE_VALUETYPE || kind == ELEMENT_TYPE_VAR ||
                 kind == ELEMENT_TYPE_MVAR || kind == ELEMENT_TYPE_ARRAY ||
                 kind == ELEMENT_TYPE_GENERICINST || kind == ELEMENT_TYPE_FNPTR;
    if (!known) {
        r->p--;
        return sig_error(r, "unexpected element type 0x%02x", kind);
    }
    CilTypeSig *t = new_type(r, kind);
    r->depth++;
    bool ok = parse_type_body(r, kind, t);
    r->depth--;
    *out = t;
    return ok;
}

/* ---- method signatures (II.23.2.1-3) ---- */

static bool parse_params(SigReader *r, CilMethodSig *out)
{
    if (!sig_check_count(r, out->n_params, "parameter count")) return false;
    out->params = sig_alloc_array(r, out->n_params, sizeof *out->params);
    bool seen_sentinel = false;
    for (uint32_t i = 0; i < out->n_params; i++) {
        uint8_t b;
        /* A call site's vararg part starts after SENTINEL; the count includes it. */
        if (!seen_sentinel && sig_peek(r, &b) && b == ELEMENT_TYPE_SENTINEL) {
            r->p++;
            seen_sentinel = true;
        }
        if (!parse_type(r, &out->params[i])) return false;
    }
    return true;
}

static bool parse_method(SigReader *r, CilMethodSig *out)
{
    memset(out, 0, sizeof *out);
    if (!sig_byte(r, &out->flags)) return false;
    if ((out->flags & 0x0F) > CIL_SIG_VARARG) {
        r->p--;
        return sig_error(r, "calling convention 0x%02x is not a method's", out->flags);
    }
    if ((out->flags & CIL_SIG_GENERIC) && !sig_compressed(r, &out->n_generic)) return false;
    if (!sig_compressed(r, &out->n_params)) return false;
    if (r->depth >= SIG_MAX_DEPTH)
        return sig_error(r, "nested more than %d levels deep", SIG_MAX_DEPTH);
    r->depth++;
    bool ok = parse_type(r, &out->ret) && parse_params(r, out);
    r->depth--;
    return ok;
}

/* ---- entry points ---- */

static bool expect_byte(SigReader *r, uint8_t want, const char *kind)
{
    uint8_t b = 0;
    if (!sig_byte(r, &b)) return false;
    if (b != want) {
        r->p--;
        return sig_error(r, "not a %s signature (first byte 0x%02x)", kind, b);
    }
    return true;
}

bool cil_sig_method(const CilImage *img, CilBlob blob, CilArena *arena, CilMethodSig *out,
                    const char *what, CilDiag *diag)
{
    SigReader r = sig_reader(img, blob, arena, what, diag);
    return parse_method(&r, out);
}

bool cil_sig_field(const CilImage *img, CilBlob blob, CilArena *arena, CilTypeSig **out,
                   const char *what, CilDiag *diag)
{
    SigReader r = sig_reader(img, blob, arena, what, diag);
    *out = NULL;
    return expect_byte(&r, 0x06, "field") && parse_type(&r, out);
}

/* One local: modifiers and PINNED in any order, then the type (which may be BYREF). */
static bool parse_local(SigReader *r, CilTypeSig **out)
{
    bool pinned = false;
    uint8_t b;
    for (;;) {
        if (!sig_skip_custom_mods(r)) return false;
        if (!sig_peek(r, &b) || b != ELEMENT_TYPE_PINNED) break;
        r->p++;
        pinned = true;
    }
    if (!parse_type(r, out)) return false;
    (*out)->pinned = pinned;
    return true;
}

bool cil_sig_locals(const CilImage *img, CilBlob blob, CilArena *arena, uint32_t *n,
                    CilTypeSig ***out, const char *what, CilDiag *diag)
{
    SigReader r = sig_reader(img, blob, arena, what, diag);
    *n = 0;
    *out = NULL;
    uint32_t count;
    if (!expect_byte(&r, 0x07, "local variable") || !sig_compressed(&r, &count) ||
        !sig_check_count(&r, count, "local count"))
        return false;
    CilTypeSig **list = sig_alloc_array(&r, count, sizeof *list);
    for (uint32_t i = 0; i < count; i++)
        if (!parse_local(&r, &list[i])) return false;
    *n = count;
    *out = list;
    return true;
}

bool cil_sig_typespec(const CilImage *img, CilBlob blob, CilArena *arena, CilTypeSig **out,
                      const char *what, CilDiag *diag)
{
    SigReader r = sig_reader(img, blob, arena, what, diag);
    *out = NULL;
    return parse_type(&r, out);
}

bool cil_sig_methodspec(const CilImage *img, CilBlob blob, CilArena *arena, uint32_t *n,
                        CilTypeSig ***out, const char *what, CilDiag *diag)
{
    SigReader r = sig_reader(img, blob, arena, what, diag);
    uint32_t count;
    *n = 0;
    *out = NULL;
    if (!expect_byte(&r, 0x0A, "method instantiation") || !sig_compressed(&r, &count)) return false;
    if (count == 0) return sig_error(&r, "method instantiation with no arguments");
    if (!parse_type_list(&r, count, out)) return false;
    *n = count;
    return true;
}

/* ---- names (ilasm notation) ---- */

typedef struct NameBuf {
    const CilImage *img;
    char *buf;
    size_t size, len;
} NameBuf;

static void put(NameBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(NameBuf *b, const char *fmt, ...)
{
    if (b->len + 1 >= b->size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->buf + b->len, b->size - b->len, fmt, ap);
    va_end(ap);
    if (n > 0) b->len = b->len + (size_t)n < b->size ? b->len + (size_t)n : b->size - 1;
}

static void name_type(NameBuf *b, const CilTypeSig *t, uint32_t depth);

static void put_qualified(NameBuf *b, const char *ns, const char *name)
{
    if (ns && *ns)
        put(b, "%s.%s", ns, name);
    else
        put(b, "%s", name);
}

static uint32_t enclosing_of(const CilImage *img, uint32_t typedef_row)
{
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_NESTED_NESTED, typedef_row, &n);
    return n ? cil_nestedclass(img, rows[0] + 1)->enclosing_row : 0;
}

static void name_typedef(NameBuf *b, uint32_t row, uint32_t depth)
{
    const CilTypeDefRow *td = cil_typedef(b->img, row);
    uint32_t outer = enclosing_of(b->img, row);
    if (outer && depth < SIG_MAX_DEPTH) {
        name_typedef(b, outer, depth + 1);
        put(b, "/%s", td->name);
    } else {
        put_qualified(b, td->ns, td->name);
    }
}

static void name_typeref(NameBuf *b, uint32_t row, uint32_t depth)
{
    const CilImage *img = b->img;
    const CilTypeRefRow *tr = cil_typeref(img, row);
    uint32_t st = CIL_TOKEN_TABLE(tr->scope), sr = CIL_TOKEN_ROW(tr->scope);
    if (tr->scope && st == CIL_TBL_TYPEREF && depth < SIG_MAX_DEPTH) {
        name_typeref(b, sr, depth + 1);
        put(b, "/%s", tr->name);
        return;
    }
    if (tr->scope && st == CIL_TBL_ASSEMBLYREF)
        put(b, "[%s]", img->assemblyref[sr - 1].name);
    else if (tr->scope && st == CIL_TBL_MODULEREF)
        put(b, "[.module %s]", img->moduleref[sr - 1].name);
    put_qualified(b, tr->ns, tr->name);
}

static void name_typespec(NameBuf *b, uint32_t row, uint32_t depth)
{
    CilArena arena = {0};
    CilTypeSig *t;
    if (depth < SIG_MAX_DEPTH &&
        cil_sig_typespec(b->img, cil_typespec(b->img, row)->sig, &arena, &t, "TypeSpec", NULL))
        name_type(b, t, depth + 1);
    else
        put(b, "<TypeSpec row %u>", row);
    cil_arena_free(&arena);
}

/* Tokens inside a decoded signature were validated by the decoder; check anyway, since
 * callers may build CilTypeSig trees by hand. */
static void name_token(NameBuf *b, uint32_t token, uint32_t depth)
{
    uint32_t row = CIL_TOKEN_ROW(token);
    if (!cil_token_valid(b->img, token)) {
        put(b, "<token 0x%08x>", token);
        return;
    }
    switch (CIL_TOKEN_TABLE(token)) {
    case CIL_TBL_TYPEDEF: name_typedef(b, row, depth); break;
    case CIL_TBL_TYPEREF: name_typeref(b, row, depth); break;
    case CIL_TBL_TYPESPEC: name_typespec(b, row, depth); break;
    default: put(b, "<token 0x%08x>", token); break;
    }
}

static const char *primitive_name(uint8_t kind)
{
    switch (kind) {
    case ELEMENT_TYPE_VOID: return "void";
    case ELEMENT_TYPE_BOOLEAN: return "bool";
    case ELEMENT_TYPE_CHAR: return "char";
    case ELEMENT_TYPE_I1: return "int8";
    case ELEMENT_TYPE_U1: return "uint8";
    case ELEMENT_TYPE_I2: return "int16";
    case ELEMENT_TYPE_U2: return "uint16";
    case ELEMENT_TYPE_I4: return "int32";
    case ELEMENT_TYPE_U4: return "uint32";
    case ELEMENT_TYPE_I8: return "int64";
    case ELEMENT_TYPE_U8: return "uint64";
    case ELEMENT_TYPE_R4: return "float32";
    case ELEMENT_TYPE_R8: return "float64";
    case ELEMENT_TYPE_STRING: return "string";
    case ELEMENT_TYPE_OBJECT: return "object";
    case ELEMENT_TYPE_I: return "native int";
    case ELEMENT_TYPE_U: return "native uint";
    case ELEMENT_TYPE_TYPEDBYREF: return "typedref";
    default: return NULL;
    }
}

static void name_method_ptr(NameBuf *b, const CilMethodSig *m, uint32_t depth)
{
    if (!m) {
        put(b, "method ?");
        return;
    }
    put(b, "method ");
    name_type(b, m->ret, depth + 1);
    put(b, " *(");
    for (uint32_t i = 0; i < m->n_params; i++) {
        put(b, i ? "," : "");
        name_type(b, m->params[i], depth + 1);
    }
    put(b, ")");
}

static void name_generic_inst(NameBuf *b, const CilTypeSig *t, uint32_t depth)
{
    name_type(b, t->elem, depth + 1);
    put(b, "<");
    for (uint32_t i = 0; i < t->n_args; i++) {
        put(b, i ? "," : "");
        name_type(b, t->args[i], depth + 1);
    }
    put(b, ">");
}

static void name_array(NameBuf *b, const CilTypeSig *t, uint32_t depth)
{
    name_type(b, t->elem, depth + 1);
    put(b, "[");
    if (t->rank == 1) put(b, "*");
    for (uint32_t i = 1; i < t->rank && i < 32; i++)
        put(b, ",");
    put(b, "]");
}

static void name_type(NameBuf *b, const CilTypeSig *t, uint32_t depth)
{
    const char *prim = t ? primitive_name(t->kind) : NULL;
    /* A full buffer ends the walk: self-referencing TypeSpecs would otherwise make naming
     * exponential, and every visit below prints at least one character. */
    if (b->len + 1 >= b->size) return;
    if (!t || depth >= SIG_MAX_DEPTH) {
        put(b, "...");
    } else if (prim) {
        put(b, "%s", prim);
    } else {
        switch (t->kind) {
        case ELEMENT_TYPE_CLASS:
            put(b, "class ");
            name_token(b, t->token, depth);
            break;
        case ELEMENT_TYPE_VALUETYPE:
            put(b, "valuetype ");
            name_token(b, t->token, depth);
            break;
        case ELEMENT_TYPE_VAR: put(b, "!%u", t->index); break;
        case ELEMENT_TYPE_MVAR: put(b, "!!%u", t->index); break;
        case ELEMENT_TYPE_SZARRAY:
            name_type(b, t->elem, depth + 1);
            put(b, "[]");
            break;
        case ELEMENT_TYPE_ARRAY: name_array(b, t, depth); break;
        case ELEMENT_TYPE_PTR:
            name_type(b, t->elem, depth + 1);
            put(b, "*");
            break;
        case ELEMENT_TYPE_BYREF:
            name_type(b, t->elem, depth + 1);
            put(b, "&");
            break;
        case ELEMENT_TYPE_GENERICINST: name_generic_inst(b, t, depth); break;
        case ELEMENT_TYPE_FNPTR: name_method_ptr(b, t->fnptr, depth); break;
        default: put(b, "<element type 0x%02x>", t->kind); break;
        }
    }
    if (t && t->pinned) put(b, " pinned");
}

void cil_sig_type_name(const CilImage *img, const CilTypeSig *t, char *buf, size_t size)
{
    if (size == 0) return;
    NameBuf b = {img, buf, size, 0};
    buf[0] = 0;
    name_type(&b, t, 0);
}
