/*
 * test_sig.c — signature decoding (frontend/sig.c, ECMA-335 II.23.2).
 *
 * Hand-built blobs pin down each construct (compressed integers of every width, arrays
 * with shapes, generic instantiations, function pointers, custom modifiers, pinned and
 * byref locals, vararg sentinels) and the printed names; signatures taken from Mono's
 * mscorlib.dll and System.dll check real method and field signatures. Malformed blobs
 * (every truncation, bad tags, absurd counts, deep nesting) must fail with a message.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "metadata.h"

#define MSCORLIB   "/usr/lib/mono/4.5/mscorlib.dll"
#define SYSTEM_DLL "/usr/lib/mono/4.5/System.dll"

static CilImage *open_or_fail(const char *path)
{
    CilDiag d = {0};
    CilImage *img = cil_image_open(path, &d);
    cr_assert(img, "cannot open %s: %s", path, d.msg);
    return img;
}

static CilBlob blob(const uint8_t *data, size_t size)
{
    return (CilBlob){data, (uint32_t)size};
}
#define BLOB(...) blob((const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__}))

/* II.23.2 compressed unsigned integer, appended at p; returns bytes written. */
static size_t put_compressed(uint8_t *p, uint32_t v)
{
    if (v < 0x80) {
        p[0] = (uint8_t)v;
        return 1;
    }
    if (v < 0x4000) {
        p[0] = (uint8_t)(0x80 | v >> 8), p[1] = (uint8_t)v;
        return 2;
    }
    p[0] = (uint8_t)(0xC0 | v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8),
    p[3] = (uint8_t)v;
    return 4;
}

/* TypeDefOrRefOrSpecEncoded (II.23.2.8) for a token. */
static size_t put_type_token(uint8_t *p, uint32_t token)
{
    uint32_t tag = CIL_TOKEN_TABLE(token) == CIL_TBL_TYPEDEF   ? 0
                   : CIL_TOKEN_TABLE(token) == CIL_TBL_TYPEREF ? 1
                                                               : 2;
    return put_compressed(p, CIL_TOKEN_ROW(token) << 2 | tag);
}

static uint32_t find_typedef(const CilImage *img, const char *ns, const char *name)
{
    for (uint32_t i = 0; i < img->rows[CIL_TBL_TYPEDEF]; i++)
        if (!strcmp(cil_typedef(img, i + 1)->ns, ns) &&
            !strcmp(cil_typedef(img, i + 1)->name, name))
            return CIL_TOKEN(CIL_TBL_TYPEDEF, i + 1);
    return 0;
}

static uint32_t find_typeref(const CilImage *img, const char *ns, const char *name)
{
    for (uint32_t i = 0; i < img->rows[CIL_TBL_TYPEREF]; i++)
        if (!strcmp(cil_typeref(img, i + 1)->ns, ns) &&
            !strcmp(cil_typeref(img, i + 1)->name, name))
            return CIL_TOKEN(CIL_TBL_TYPEREF, i + 1);
    return 0;
}

/* Decodes a TypeSpec-shaped blob and checks its printed name. */
static void expect_type(const CilImage *img, CilBlob b, const char *want)
{
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert(cil_sig_typespec(img, b, &a, &t, "test", &d), "%s", d.msg);
    char name[256];
    cil_sig_type_name(img, t, name, sizeof name);
    cr_assert_str_eq(name, want);
    cil_arena_free(&a);
}

static void expect_type_error(const CilImage *img, CilBlob b, const char *fragment)
{
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert_not(cil_sig_typespec(img, b, &a, &t, "TypeSpec row 1", &d));
    cr_assert(strstr(d.msg, fragment), "message '%s' lacks '%s'", d.msg, fragment);
    cr_assert(strstr(d.msg, ": TypeSpec row 1: "), "message is located: %s", d.msg);
    cil_arena_free(&a);
}

/* ---- primitives, compressed integers, names ---- */

Test(sig, primitive_names)
{
    CilImage *img = open_or_fail(MSCORLIB);
    expect_type(img, BLOB(0x08), "int32");
    expect_type(img, BLOB(0x0e), "string");
    expect_type(img, BLOB(0x1c), "object");
    expect_type(img, BLOB(0x02), "bool");
    expect_type(img, BLOB(0x0d), "float64");
    expect_type(img, BLOB(0x18), "native int");
    expect_type(img, BLOB(0x1d, 0x05), "uint8[]");
    expect_type(img, BLOB(0x0f, 0x01), "void*");
    expect_type(img, BLOB(0x10, 0x08), "int32&");
    expect_type(img, BLOB(0x1d, 0x1d, 0x03), "char[][]");
    cil_image_close(img);
}

Test(sig, compressed_integer_widths)
{
    CilImage *img = open_or_fail(MSCORLIB);
    expect_type(img, BLOB(0x13, 0x03), "!3");
    expect_type(img, BLOB(0x1e, 0x7f), "!!127");
    expect_type(img, BLOB(0x13, 0x80, 0x80), "!128");
    expect_type(img, BLOB(0x13, 0xbf, 0xff), "!16383");
    expect_type(img, BLOB(0x13, 0xc0, 0x00, 0x40, 0x00), "!16384");
    expect_type(img, BLOB(0x13, 0xdf, 0xff, 0xff, 0xff), "!536870911");
    expect_type_error(img, BLOB(0x13, 0xe0, 0, 0, 0), "malformed compressed integer");
    expect_type_error(img, BLOB(0x13, 0xc0, 0x00), "truncated");
    cil_image_close(img);
}

Test(sig, class_names_across_assemblies)
{
    CilImage *sys = open_or_fail(SYSTEM_DLL);
    uint8_t buf[16] = {0x12};
    size_t n = 1 + put_type_token(buf + 1, find_typeref(sys, "System", "Object"));
    expect_type(sys, blob(buf, n), "class [mscorlib]System.Object");
    buf[0] = 0x11;
    n = 1 + put_type_token(buf + 1, find_typeref(sys, "System", "Int32"));
    expect_type(sys, blob(buf, n), "valuetype [mscorlib]System.Int32");
    cil_image_close(sys);

    CilImage *img = open_or_fail(MSCORLIB);
    buf[0] = 0x12;
    n = 1 + put_type_token(buf + 1, find_typedef(img, "System", "String"));
    expect_type(img, blob(buf, n), "class System.String");
    cil_image_close(img);
}

Test(sig, generic_instantiation)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint8_t buf[32] = {0x15, 0x12};
    size_t n = 2 + put_type_token(buf + 2,
                                  find_typedef(img, "System.Collections.Generic", "Dictionary`2"));
    memcpy(buf + n, (uint8_t[]){0x02, 0x0e, 0x1d, 0x13, 0x00}, 5);
    expect_type(img, blob(buf, n + 5),
                "class System.Collections.Generic.Dictionary`2<string,!0[]>");
    expect_type_error(img, blob(buf, n + 4), "truncated");
    buf[1] = 0x08; /* only CLASS or VALUETYPE may be instantiated */
    expect_type_error(img, blob(buf, n + 5), "expected CLASS or VALUETYPE");
    cil_image_close(img);
}

Test(sig, array_shapes)
{
    CilImage *img = open_or_fail(MSCORLIB);
    /* int32[0..4, 0..4]: rank 2, two sizes, two lower bounds. */
    expect_type(img, BLOB(0x14, 0x08, 0x02, 0x02, 0x05, 0x05, 0x02, 0x00, 0x00), "int32[,]");
    /* rank 3, no sizes, one lower bound of -1 (signed compressed: 0x7f). */
    expect_type(img, BLOB(0x14, 0x0e, 0x03, 0x00, 0x01, 0x7f), "string[,,]");
    expect_type(img, BLOB(0x14, 0x08, 0x01, 0x00, 0x00), "int32[*]");
    expect_type_error(img, BLOB(0x14, 0x08, 0x00, 0x00, 0x00), "rank 0");
    expect_type_error(img, BLOB(0x14, 0x08, 0x01, 0x02, 0x01, 0x01, 0x00), "2 sizes for rank 1");
    cil_image_close(img);
}

Test(sig, function_pointer)
{
    CilImage *img = open_or_fail(MSCORLIB);
    expect_type(img, BLOB(0x1b, 0x00, 0x02, 0x01, 0x08, 0x0e), "method void *(int32,string)");
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert(cil_sig_typespec(img, BLOB(0x1b, 0x20, 0x00, 0x08), &a, &t, "test", &d));
    cr_assert_eq(t->kind, ELEMENT_TYPE_FNPTR);
    cr_assert_eq(t->fnptr->flags, CIL_SIG_HASTHIS);
    cr_assert_eq(t->fnptr->ret->kind, ELEMENT_TYPE_I4);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, custom_modifiers_are_skipped)
{
    CilImage *img = open_or_fail(SYSTEM_DLL);
    uint8_t buf[32] = {0x06, 0x1f};
    size_t n = 2 + put_type_token(buf + 2, find_typeref(img, "System", "Object"));
    buf[n++] = 0x20; /* modopt */
    n += put_type_token(buf + n, find_typeref(img, "System", "Object"));
    buf[n++] = 0x08;
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert(cil_sig_field(img, blob(buf, n), &a, &t, "field", &d), "%s", d.msg);
    cr_assert_eq(t->kind, ELEMENT_TYPE_I4);
    /* A modifier naming a row that does not exist is an error, not skipped silently. */
    n = 2 + put_type_token(buf + 2, CIL_TOKEN(CIL_TBL_TYPEREF, 0xfffff));
    buf[n++] = 0x08;
    cr_assert_not(cil_sig_field(img, blob(buf, n), &a, &t, "Field row 9 signature", &d));
    cr_assert(strstr(d.msg, "Field row 9 signature: type token 0x010fffff out of range"), "%s",
              d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

/* ---- method, field, local and methodspec signatures ---- */

Test(sig, method_signatures)
{
    CilImage *img = open_or_fail(MSCORLIB);
    CilArena a = {0};
    CilDiag d = {0};
    CilMethodSig m;
    cr_assert(cil_sig_method(img, BLOB(0x20, 0x02, 0x0e, 0x08, 0x1c), &a, &m, "test", &d));
    cr_assert_eq(m.flags, CIL_SIG_HASTHIS);
    cr_assert_eq(m.n_params, 2);
    cr_assert_eq(m.ret->kind, ELEMENT_TYPE_STRING);
    cr_assert_eq(m.params[1]->kind, ELEMENT_TYPE_OBJECT);
    /* generic: static T M<T>(ref T) */
    cr_assert(cil_sig_method(img, BLOB(0x10, 0x01, 0x01, 0x1e, 0x00, 0x10, 0x1e, 0x00), &a, &m,
                             "test", &d));
    cr_assert_eq(m.n_generic, 1);
    cr_assert_eq(m.params[0]->kind, ELEMENT_TYPE_BYREF);
    cr_assert_eq(m.params[0]->elem->kind, ELEMENT_TYPE_MVAR);
    /* vararg call site: void (int32, ..., string) */
    cr_assert(cil_sig_method(img, BLOB(0x05, 0x02, 0x01, 0x08, 0x41, 0x0e), &a, &m, "test", &d),
              "%s", d.msg);
    cr_assert_eq(m.n_params, 2);
    cr_assert_eq(m.params[1]->kind, ELEMENT_TYPE_STRING);
    cr_assert_not(cil_sig_method(img, BLOB(0x06, 0x08), &a, &m, "MemberRef row 4 signature", &d));
    cr_assert(strstr(d.msg, "MemberRef row 4 signature: calling convention 0x06 is not a method's"),
              "%s", d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, string_concat_from_mscorlib)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint32_t row = CIL_TOKEN_ROW(find_typedef(img, "System", "String"));
    const CilTypeDefRow *td = cil_typedef(img, row);
    CilArena a = {0};
    CilDiag d = {0};
    bool found = false;
    for (uint32_t i = td->method_first; i < td->method_end; i++) {
        CilMethodSig m;
        if (strcmp(cil_methoddef(img, i)->name, "Concat")) continue;
        cr_assert(cil_sig_method(img, cil_methoddef(img, i)->sig, &a, &m, "Concat", &d), "%s",
                  d.msg);
        cr_assert_eq(m.flags & CIL_SIG_HASTHIS, 0, "Concat is static");
        if (m.n_params == 2 && m.params[0]->kind == ELEMENT_TYPE_STRING &&
            m.params[1]->kind == ELEMENT_TYPE_STRING && m.ret->kind == ELEMENT_TYPE_STRING)
            found = true;
    }
    cr_assert(found, "string String.Concat(string, string)");
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, field_signatures_from_mscorlib)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint32_t row = CIL_TOKEN_ROW(find_typedef(img, "System", "String"));
    const CilTypeDefRow *td = cil_typedef(img, row);
    CilArena a = {0};
    CilDiag d = {0};
    bool empty = false;
    for (uint32_t i = td->field_first; i < td->field_end; i++) {
        CilTypeSig *t;
        cr_assert(cil_sig_field(img, cil_field(img, i)->sig, &a, &t, "field", &d), "%s", d.msg);
        char name[128];
        cil_sig_type_name(img, t, name, sizeof name);
        if (!strcmp(cil_field(img, i)->name, "Empty")) {
            cr_assert_str_eq(name, "string");
            empty = true;
        }
    }
    cr_assert(empty, "String.Empty");
    cr_assert_not(cil_sig_field(img, BLOB(0x07, 0x08), &a, &(CilTypeSig *){0}, "f", &d));
    cr_assert(strstr(d.msg, "not a field signature"), "%s", d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, locals_pinned_byref_typedbyref)
{
    CilImage *img = open_or_fail(MSCORLIB);
    CilArena a = {0};
    CilDiag d = {0};
    uint32_t n;
    CilTypeSig **l;
    cr_assert(cil_sig_locals(img, BLOB(0x07, 0x04, 0x45, 0x10, 0x08, 0x16, 0x1d, 0x05, 0x0f, 0x03),
                             &a, &n, &l, "locals", &d),
              "%s", d.msg);
    cr_assert_eq(n, 4);
    char name[64];
    cil_sig_type_name(img, l[0], name, sizeof name);
    cr_assert_str_eq(name, "int32& pinned");
    cr_assert(l[0]->pinned && l[0]->kind == ELEMENT_TYPE_BYREF);
    cr_assert_eq(l[1]->kind, ELEMENT_TYPE_TYPEDBYREF);
    cr_assert_not(l[1]->pinned);
    cil_sig_type_name(img, l[2], name, sizeof name);
    cr_assert_str_eq(name, "uint8[]");
    cil_sig_type_name(img, l[3], name, sizeof name);
    cr_assert_str_eq(name, "char*");
    /* A count that cannot fit in the blob is refused before anything is allocated. */
    cr_assert_not(
        cil_sig_locals(img, BLOB(0x07, 0xdf, 0xff, 0xff, 0xff, 0x08), &a, &n, &l, "locals", &d));
    cr_assert(strstr(d.msg, "exceeds"), "%s", d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, methodspec)
{
    CilImage *img = open_or_fail(MSCORLIB);
    CilArena a = {0};
    CilDiag d = {0};
    uint32_t n;
    CilTypeSig **args;
    cr_assert(cil_sig_methodspec(img, BLOB(0x0a, 0x02, 0x0e, 0x1d, 0x08), &a, &n, &args, "ms", &d),
              "%s", d.msg);
    cr_assert_eq(n, 2);
    cr_assert_eq(args[1]->kind, ELEMENT_TYPE_SZARRAY);
    cr_assert_not(cil_sig_methodspec(img, BLOB(0x0a, 0x00), &a, &n, &args, "ms", &d));
    cr_assert_not(cil_sig_methodspec(img, BLOB(0x06, 0x01, 0x08), &a, &n, &args, "ms", &d));
    cil_arena_free(&a);
    cil_image_close(img);
}

/* ---- hostile blobs ---- */

Test(sig, bad_tokens_and_element_types)
{
    CilImage *img = open_or_fail(MSCORLIB);
    expect_type_error(img, BLOB(0x12, 0x03), "invalid tag");
    expect_type_error(img, BLOB(0x12, 0x00), "out of range"); /* TypeDef row 0 */
    expect_type_error(img, BLOB(0x11, 0xdf, 0xff, 0xff, 0xfd), "out of range");
    expect_type_error(img, BLOB(0x21, 0x00), "unexpected element type 0x21");
    expect_type_error(img, BLOB(0x45, 0x08),
                      "unexpected element type 0x45"); /* pinned outside locals */
    expect_type_error(img, BLOB(0x41), "unexpected element type 0x41");
    expect_type_error(img, blob(NULL, 0), "truncated");
    cil_image_close(img);
}

Test(sig, deep_nesting_is_refused)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint8_t buf[100001];
    memset(buf, 0x1d, sizeof buf - 1); /* SZARRAY SZARRAY ... int32 */
    buf[sizeof buf - 1] = 0x08;
    expect_type_error(img, blob(buf, sizeof buf), "nested more than 64 levels");
    memset(buf, 0x1b, sizeof buf); /* FNPTR returning FNPTR ... : method sigs nest too */
    for (size_t i = 1; i + 2 < sizeof buf; i += 3)
        buf[i] = 0x00, buf[i + 1] = 0x00, buf[i + 2] = 0x1b;
    expect_type_error(img, blob(buf, sizeof buf), "nested more than 64 levels");
    /* 63 levels are fine. */
    memset(buf, 0x1d, 63);
    buf[63] = 0x08;
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert(cil_sig_typespec(img, blob(buf, 64), &a, &t, "ok", &d), "%s", d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

/* Every proper prefix of a well-formed signature is malformed, and must say so. */
Test(sig, every_truncation_fails_cleanly)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint8_t tok[4];
    size_t tn = put_type_token(tok, find_typedef(img, "System.Collections.Generic", "List`1"));
    uint8_t sig[64] = {0x30, 0x01, 0x02, 0x1b, 0x00, 0x01, 0x08, 0x14, 0x0e,
                       0x02, 0x01, 0x03, 0x01, 0x7f, 0x10, 0x15, 0x12};
    size_t n = 17;
    memcpy(sig + n, tok, tn);
    n += tn;
    sig[n++] = 0x01;
    sig[n++] = 0x1e;
    sig[n++] = 0x00;
    sig[n++] = 0x1c;
    CilArena a = {0};
    CilDiag d = {0};
    CilMethodSig m;
    cr_assert(cil_sig_method(img, blob(sig, n), &a, &m, "full", &d), "%s", d.msg);
    char name[256];
    cil_sig_type_name(img, m.ret, name, sizeof name);
    cr_assert_str_eq(name, "method int32 *(string[,])");
    cil_sig_type_name(img, m.params[0], name, sizeof name);
    cr_assert_str_eq(name, "class System.Collections.Generic.List`1<!!0>&");
    for (size_t len = 0; len < n; len++) {
        d.msg[0] = 0;
        uint8_t *copy = malloc(len ? len : 1); /* exactly len bytes: ASan catches overreads */
        memcpy(copy, sig, len);
        cr_assert_not(cil_sig_method(img, blob(copy, len), &a, &m, "cut", &d),
                      "prefix of %zu bytes", len);
        cr_assert(d.msg[0], "prefix of %zu bytes gives a message", len);
        free(copy);
    }
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(sig, type_name_truncates_safely)
{
    CilImage *img = open_or_fail(MSCORLIB);
    CilArena a = {0};
    CilDiag d = {0};
    CilTypeSig *t;
    cr_assert(cil_sig_typespec(img, BLOB(0x1d, 0x1d, 0x1d, 0x0e), &a, &t, "t", &d));
    char name[8];
    memset(name, 'x', sizeof name);
    cil_sig_type_name(img, t, name, 5);
    cr_assert_str_eq(name, "stri");
    cr_assert_eq(name[5], 'x', "nothing written past the given size");
    cil_sig_type_name(img, t, name, 1);
    cr_assert_str_eq(name, "");
    cil_arena_free(&a);
    cil_image_close(img);
}
