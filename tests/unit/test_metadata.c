/*
 * test_metadata.c — the on-disk reader (frontend/pe.c, metadata.c) against real input.
 *
 * Mono's mscorlib.dll and System.dll are large assemblies produced by a production
 * compiler: every table must decode, every method body and every signature must parse.
 * The fixture tests/unit/fixtures/small.cs (compiled with mcs by tests/programs.cmake
 * into build/tests/unit/) has known contents: a user string, EH clauses of each kind, a
 * pinned local, nested and generic types. Hand-corrupted copies of it check that errors
 * are located and worded as DESIGN.md promises.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "metadata.h"

#define MSCORLIB   "/usr/lib/mono/4.5/mscorlib.dll"
#define SYSTEM_DLL "/usr/lib/mono/4.5/System.dll"
#define FIXTURE    ILC_BUILD_DIR "/tests/unit/small.exe"

static CilImage *open_or_fail(const char *path)
{
    CilDiag d = {0};
    CilImage *img = cil_image_open(path, &d);
    cr_assert(img, "cannot open %s: %s", path, d.msg);
    return img;
}

static uint32_t find_typedef(const CilImage *img, const char *ns, const char *name)
{
    for (uint32_t i = 0; i < img->rows[CIL_TBL_TYPEDEF]; i++)
        if (!strcmp(cil_typedef(img, i + 1)->ns, ns) &&
            !strcmp(cil_typedef(img, i + 1)->name, name))
            return i + 1;
    return 0;
}

static uint32_t find_method(const CilImage *img, uint32_t type_row, const char *name)
{
    const CilTypeDefRow *td = cil_typedef(img, type_row);
    for (uint32_t m = td->method_first; m < td->method_end; m++)
        if (!strcmp(cil_methoddef(img, m)->name, name)) return m;
    return 0;
}

/* Reads a whole file into memory, for tests that corrupt a copy. */
static uint8_t *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    cr_assert(fread(buf, 1, (size_t)n, f) == (size_t)n);
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* ---- mscorlib ---- */

Test(metadata, mscorlib_header_and_assembly)
{
    CilImage *img = open_or_fail(MSCORLIB);
    cr_assert_str_eq(img->name, "mscorlib.dll");
    cr_assert_str_eq(img->version, "v4.0.30319");
    cr_assert_eq(img->rows[CIL_TBL_MODULE], 1);
    cr_assert_str_eq(img->module[0].name, "mscorlib.dll");
    cr_assert_not_null(img->module[0].mvid);
    cr_assert_eq(img->rows[CIL_TBL_ASSEMBLY], 1);
    cr_assert_str_eq(img->assembly[0].name, "mscorlib");
    cr_assert_eq(img->assembly[0].major, 4);
    cr_assert_gt(img->rows[CIL_TBL_TYPEDEF], 1000);
    cr_assert_eq(img->entry_point_token, 0);
    cr_assert_gt(img->n_sections, 0);
    cr_assert_str_eq(img->sections[0].name, ".text");
    cil_image_close(img);
}

Test(metadata, mscorlib_object_and_string)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint32_t object = find_typedef(img, "System", "Object");
    uint32_t string = find_typedef(img, "System", "String");
    cr_assert(object && string);
    cr_assert_eq(cil_typedef(img, object)->extends, 0, "System.Object has no base type");
    cr_assert_eq(cil_typedef(img, string)->extends, CIL_TOKEN(CIL_TBL_TYPEDEF, object));
    cr_assert(find_method(img, string, "Concat"), "System.String.Concat not found");
    cr_assert(find_method(img, string, "get_Length"));
    cr_assert_eq(find_method(img, string, "NoSuchMethod"), 0);
    uint32_t int32 = find_typedef(img, "System", "Int32");
    const CilTypeDefRow *td = cil_typedef(img, int32);
    cr_assert_eq(CIL_TOKEN_TABLE(td->extends), CIL_TBL_TYPEDEF);
    cr_assert_str_eq(cil_typedef(img, CIL_TOKEN_ROW(td->extends))->name, "ValueType");
    cr_assert_gt(td->field_end, td->field_first, "Int32 has its m_value field");
    cil_image_close(img);
}

/* Runs must tile their target table: each starts where the previous ended. */
static void check_runs(CilImage *img)
{
    CilDiag d;
    cr_assert(cil_image_table(img, CIL_TBL_PROPERTYMAP, &d) &&
              cil_image_table(img, CIL_TBL_EVENTMAP, &d));
    uint32_t n = img->rows[CIL_TBL_TYPEDEF];
    for (uint32_t i = 0; i < n; i++) {
        const CilTypeDefRow *td = cil_typedef(img, i + 1);
        cr_assert(td->field_first <= td->field_end &&
                  td->field_end <= img->rows[CIL_TBL_FIELD] + 1);
        cr_assert(td->method_first <= td->method_end &&
                  td->method_end <= img->rows[CIL_TBL_METHODDEF] + 1);
        if (i + 1 < n) {
            cr_assert_eq(td->field_end, td[1].field_first);
            cr_assert_eq(td->method_end, td[1].method_first);
        }
    }
    cr_assert_eq(cil_typedef(img, n)->method_end, img->rows[CIL_TBL_METHODDEF] + 1);
    for (uint32_t i = 0; i < img->rows[CIL_TBL_METHODDEF]; i++) {
        const CilMethodDefRow *m = cil_methoddef(img, i + 1);
        cr_assert(m->param_first <= m->param_end && m->param_end <= img->rows[CIL_TBL_PARAM] + 1);
    }
    for (uint32_t i = 0; i < img->rows[CIL_TBL_PROPERTYMAP]; i++)
        cr_assert(img->propertymap[i].property_first <= img->propertymap[i].property_end);
    for (uint32_t i = 0; i < img->rows[CIL_TBL_EVENTMAP]; i++)
        cr_assert(img->eventmap[i].event_first <= img->eventmap[i].event_end);
}

Test(metadata, list_runs_tile_their_tables)
{
    CilImage *img = open_or_fail(MSCORLIB);
    check_runs(img);
    cil_image_close(img);
    img = open_or_fail(SYSTEM_DLL);
    check_runs(img);
    cil_image_close(img);
}

/* ---- everything parses ---- */

static void must(bool ok, const CilDiag *d)
{
    cr_assert(ok, "%s", d->msg);
}

static void parse_all_bodies(const CilImage *img, CilArena *a, uint32_t *n_bodies)
{
    CilDiag d = {0};
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_METHODDEF]; r++) {
        CilMethodSig ms;
        must(cil_sig_method(img, cil_methoddef(img, r)->sig, a, &ms, "MethodDef signature", &d),
             &d);
        if (cil_methoddef(img, r)->rva == 0) continue;
        CilBody body;
        must(cil_method_body(img, r, a, &body, &d), &d);
        cr_assert(body.code_size == 0 || body.code);
        ++*n_bodies;
        if (body.local_sig_token) {
            uint32_t n;
            CilTypeSig **locals;
            CilBlob sig = cil_standalonesig(img, CIL_TOKEN_ROW(body.local_sig_token))->sig;
            must(cil_sig_locals(img, sig, a, &n, &locals, "locals", &d), &d);
        }
    }
}

static void parse_all_signatures(const CilImage *img, CilArena *a)
{
    CilDiag d = {0};
    CilTypeSig *t, **list;
    CilMethodSig ms;
    uint32_t n;
    char name[512];
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_FIELD]; r++) {
        must(cil_sig_field(img, cil_field(img, r)->sig, a, &t, "Field signature", &d), &d);
        cil_sig_type_name(img, t, name, sizeof name);
        cr_assert(name[0]);
    }
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_TYPESPEC]; r++) {
        must(cil_sig_typespec(img, cil_typespec(img, r)->sig, a, &t, "TypeSpec", &d), &d);
        cil_sig_type_name(img, t, name, sizeof name);
        cr_assert(name[0]);
    }
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_MEMBERREF]; r++) {
        CilBlob b = cil_memberref(img, r)->sig;
        bool field = b.size && b.data[0] == 0x06;
        must(field ? cil_sig_field(img, b, a, &t, "MemberRef signature", &d)
                   : cil_sig_method(img, b, a, &ms, "MemberRef signature", &d),
             &d);
    }
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_METHODSPEC]; r++)
        must(cil_sig_methodspec(img, cil_methodspec(img, r)->instantiation, a, &n, &list,
                                "MethodSpec", &d),
             &d);
}

static void parse_everything(const char *path, uint32_t min_bodies)
{
    CilImage *img = open_or_fail(path);
    CilArena a = {0};
    uint32_t n_bodies = 0;
    parse_all_bodies(img, &a, &n_bodies);
    parse_all_signatures(img, &a);
    cr_assert_geq(n_bodies, min_bodies);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(metadata, mscorlib_every_body_and_signature_parses)
{
    parse_everything(MSCORLIB, 10000);
}

Test(metadata, system_every_body_and_signature_parses)
{
    parse_everything(SYSTEM_DLL, 5000);
}

Test(metadata, fixture_every_body_and_signature_parses)
{
    parse_everything(FIXTURE, 10);
}

Test(metadata, opening_mscorlib_is_fast)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CilImage *img = open_or_fail(MSCORLIB);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    cil_image_close(img);
    /* A few ms in an optimised build; the bound leaves room for sanitizers and -O0. */
    cr_assert_lt(ms, 500.0, "opening mscorlib took %.1f ms", ms);
}

/* ---- the fixture's known contents ---- */

Test(metadata, fixture_user_string)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint32_t prog = find_typedef(img, "Fixture", "Program");
    uint32_t m = find_method(img, prog, "Greeting");
    cr_assert(m);
    CilArena a = {0};
    CilBody body;
    CilDiag d = {0};
    must(cil_method_body(img, m, &a, &body, &d), &d);
    cr_assert_eq(body.code[0], 0x72, "Greeting starts with ldstr");
    uint32_t tok = (uint32_t)body.code[1] | body.code[2] << 8 | body.code[3] << 16 |
                   (uint32_t)body.code[4] << 24;
    cr_assert_eq(CIL_TOKEN_TABLE(tok), CIL_TBL_USERSTRING);
    cr_assert(cil_token_valid(img, tok));
    const uint16_t *chars;
    uint32_t len;
    cr_assert(cil_user_string(img, tok, &chars, &len));
    const char *want = "H\xe9llo, ilc"; /* Latin-1 spelling of the C# literal */
    cr_assert_eq(len, strlen(want));
    for (uint32_t i = 0; i < len; i++) {
        uint16_t c;
        memcpy(&c, chars + i, 2);
        cr_assert_eq(c, (uint8_t)want[i], "char %u", i);
    }
    cr_assert_not(cil_user_string(img, CIL_TOKEN(CIL_TBL_USERSTRING, img->us_size), &chars, &len));
    cr_assert_not(cil_user_string(img, CIL_TOKEN(CIL_TBL_TYPEDEF, 1), &chars, &len));
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(metadata, fixture_eh_clauses)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint32_t m = find_method(img, find_typedef(img, "Fixture", "Program"), "Guarded");
    CilArena a = {0};
    CilBody body;
    CilDiag d = {0};
    must(cil_method_body(img, m, &a, &body, &d), &d);
    cr_assert(body.local_sig_token);
    cr_assert_eq(body.n_clauses, 3, "filter, catch, finally");
    bool seen[5] = {false};
    for (uint32_t i = 0; i < body.n_clauses; i++) {
        const CilEHClause *c = &body.clauses[i];
        cr_assert_leq(c->try_offset + c->try_length, body.code_size);
        cr_assert_leq(c->handler_offset + c->handler_length, body.code_size);
        seen[c->kind] = true;
        if (c->kind == CIL_EH_CATCH) cr_assert(cil_token_valid(img, c->class_token));
        if (c->kind == CIL_EH_FILTER) cr_assert_lt(c->filter_offset, c->handler_offset);
    }
    cr_assert(seen[CIL_EH_CATCH] && seen[CIL_EH_FILTER] && seen[CIL_EH_FINALLY]);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(metadata, fixture_types_and_tables)
{
    CilImage *img = open_or_fail(FIXTURE);
    cr_assert_str_eq(img->name, "small.exe");
    uint32_t prog = find_typedef(img, "Fixture", "Program");
    cr_assert_eq(img->entry_point_token,
                 CIL_TOKEN(CIL_TBL_METHODDEF, find_method(img, prog, "Main")));
    uint32_t box = find_typedef(img, "Fixture", "Box`1");
    uint32_t inner = find_typedef(img, "", "Inner");
    cr_assert(box && inner);
    bool nested = false;
    for (uint32_t i = 0; i < img->rows[CIL_TBL_NESTEDCLASS]; i++)
        nested |= cil_nestedclass(img, i + 1)->nested_row == inner &&
                  cil_nestedclass(img, i + 1)->enclosing_row == box;
    cr_assert(nested, "Inner is nested in Box`1");
    bool generic = false;
    for (uint32_t i = 0; i < img->rows[CIL_TBL_GENERICPARAM]; i++)
        generic |= cil_genericparam(img, i + 1)->owner == CIL_TOKEN(CIL_TBL_TYPEDEF, box) &&
                   !strcmp(cil_genericparam(img, i + 1)->name, "T");
    cr_assert(generic, "Box`1 has generic parameter T");
    cr_assert_eq(img->rows[CIL_TBL_EVENT], 1);
    CilDiag d;
    for (uint32_t t = CIL_TBL_EVENTMAP; t <= CIL_TBL_PROPERTY; t++)
        cr_assert(cil_image_table(img, t, &d), "%s", d.msg);
    cr_assert_str_eq(img->event[0].name, "Changed");
    cr_assert_eq(img->rows[CIL_TBL_PROPERTYMAP], 1);
    cr_assert_eq(img->propertymap[0].parent_row, box);
    cr_assert_str_eq(img->property[0].name, "Value");
    cr_assert_eq(img->rows[CIL_TBL_INTERFACEIMPL], 1);
    cr_assert_eq(cil_interfaceimpl(img, 0 + 1)->class_row, box);
    cr_assert_geq(img->rows[CIL_TBL_FIELDRVA], 1, "the initializer of Table");
    cr_assert_not_null(cil_image_rva(img, img->fieldrva[0].rva, 64));
    cr_assert_geq(img->rows[CIL_TBL_CONSTANT], 4, "Color's members and Name");
    cr_assert_geq(img->rows[CIL_TBL_ASSEMBLYREF], 1);
    cr_assert_str_eq(img->assemblyref[0].name, "mscorlib");
    cil_image_close(img);
}

Test(metadata, fixture_pinned_local)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint32_t m = find_method(img, find_typedef(img, "Fixture", "Program"), "Pinned");
    CilArena a = {0};
    CilBody body;
    CilDiag d = {0};
    must(cil_method_body(img, m, &a, &body, &d), &d);
    uint32_t n;
    CilTypeSig **locals;
    CilBlob sig = cil_standalonesig(img, CIL_TOKEN_ROW(body.local_sig_token))->sig;
    must(cil_sig_locals(img, sig, &a, &n, &locals, "locals", &d), &d);
    bool pinned = false;
    for (uint32_t i = 0; i < n; i++) {
        if (!locals[i]->pinned) continue;
        pinned = true;
        char name[128];
        cil_sig_type_name(img, locals[i], name, sizeof name);
        cr_assert(strstr(name, " pinned"), "%s", name);
    }
    cr_assert(pinned);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(metadata, tokens_and_table_names)
{
    CilImage *img = open_or_fail(FIXTURE);
    cr_assert_str_eq(cil_table_name(CIL_TBL_METHODDEF), "MethodDef");
    cr_assert_str_eq(cil_table_name(CIL_TBL_GENERICPARAMCONSTRAINT), "GenericParamConstraint");
    cr_assert_str_eq(cil_table_name(0x2f), "table 0x2f");
    cr_assert_str_eq(cil_table_name(0xff), "table 0xff");
    cr_assert(cil_token_valid(img, CIL_TOKEN(CIL_TBL_TYPEDEF, 1)));
    cr_assert(cil_token_valid(img, CIL_TOKEN(CIL_TBL_TYPEDEF, img->rows[CIL_TBL_TYPEDEF])));
    cr_assert_not(cil_token_valid(img, CIL_TOKEN(CIL_TBL_TYPEDEF, img->rows[CIL_TBL_TYPEDEF] + 1)));
    cr_assert_not(cil_token_valid(img, CIL_TOKEN(CIL_TBL_TYPEDEF, 0)));
    cr_assert_not(cil_token_valid(img, CIL_TOKEN(0x2f, 1)));
    cil_image_close(img);
}

/* ---- errors: located and worded ---- */

static void expect_error(const uint8_t *data, size_t size, const char *want)
{
    CilDiag d = {0};
    CilImage *img = cil_image_from_memory("small.exe", data, size, &d);
    cr_assert_null(img, "expected failure: %s", want);
    cr_assert_str_eq(d.msg, want);
}

Test(metadata, missing_file)
{
    CilDiag d = {0};
    cr_assert_null(cil_image_open("/nonexistent/prog.exe", &d));
    cr_assert_str_eq(d.msg, "/nonexistent/prog.exe: cannot open: No such file or directory");
}

Test(metadata, not_pe_and_not_cli)
{
    size_t size;
    uint8_t *buf = slurp(FIXTURE, &size);
    expect_error((const uint8_t *)"hello", 5, "small.exe: not a PE file (no MZ signature)");
    expect_error(buf, 0, "small.exe: not a PE file (no MZ signature)");
    /* Zero the CLI header directory: data directory 14 of the PE32 optional header. */
    uint32_t pe = buf[0x3c] | buf[0x3d] << 8;
    memset(buf + pe + 24 + 96 + 14 * 8, 0, 8);
    expect_error(buf, size, "small.exe: not a CLI assembly (no CLI header)");
    free(buf);
}

Test(metadata, truncated_section)
{
    size_t size;
    uint8_t *buf = slurp(FIXTURE, &size);
    expect_error(buf, size - 1, "small.exe: truncated file (section .reloc runs past end of file)");
    free(buf);
}

/* Offset of the #~ stream in the file, found the way metadata.c does (II.24.2.1). */
static size_t table_stream_offset(const CilImage *img)
{
    const uint8_t *root = memmem(img->data, img->size, "BSJB", 4);
    cr_assert(root);
    uint32_t vlen;
    memcpy(&vlen, root + 12, 4);
    const uint8_t *p = root + 16 + vlen;
    uint16_t n = p[2] | p[3] << 8;
    p += 4;
    for (uint16_t i = 0; i < n; i++) {
        uint32_t off;
        memcpy(&off, p, 4);
        const char *name = (const char *)p + 8;
        if (!strcmp(name, "#~")) return (size_t)(root - img->data) + off;
        p += 8 + ((strlen(name) + 4) & ~3u);
    }
    cr_assert_fail("no #~ stream");
    return 0;
}

/* The fixture is small: every heap and table index is 2 bytes, so row sizes are fixed:
 * Module 10, TypeRef 6, TypeDef 14, Field 6, MethodDef 14, Param 6 (the pointer tables
 * between are empty). */
static size_t row_offset(const CilImage *img, uint32_t table, uint32_t row)
{
    static const uint32_t sizes[] = {10, 6, 14, 0, 6, 0, 14, 0, 6};
    size_t off = table_stream_offset(img) + 24;
    for (uint32_t t = 0; t < 64; t++)
        off += img->rows[t] ? 4 : 0;
    for (uint32_t t = 0; t < table; t++)
        off += (size_t)sizes[t] * img->rows[t];
    return off + (size_t)sizes[table] * (row - 1);
}

Test(metadata, located_table_errors)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint8_t *buf = malloc(img->size);
    memcpy(buf, img->data, img->size);
    /* TypeDef row 2 extends: TypeDefOrRef tag 1 (TypeRef), row 0x99. */
    size_t ext = row_offset(img, CIL_TBL_TYPEDEF, 2) + 8;
    buf[ext] = (0x99 << 2 | 1) & 0xff, buf[ext + 1] = (0x99 << 2 | 1) >> 8;
    expect_error(buf, img->size,
                 "small.exe: metadata table TypeDef row 2: extends token 0x01000099 out of range");
    memcpy(buf, img->data, img->size);
    size_t name = row_offset(img, CIL_TBL_METHODDEF, 3) + 8;
    buf[name] = 0xff, buf[name + 1] = 0xff;
    expect_error(buf, img->size,
                 "small.exe: metadata table MethodDef row 3: name index out of range");
    memcpy(buf, img->data, img->size);
    size_t list = row_offset(img, CIL_TBL_TYPEDEF, 2) + 12;
    buf[list] = 0xff, buf[list + 1] = 0x00;
    expect_error(buf, img->size,
                 "small.exe: metadata table TypeDef row 2: method list index 255 out of range");
    free(buf);
    cil_image_close(img);
}

/* A table nothing reads at run time is checked when it is first asked for, with the same
 * located message the open would have given. */
Test(metadata, deferred_table_errors)
{
    CilImage *img = open_or_fail(FIXTURE);
    cr_assert_gt(img->rows[CIL_TBL_PARAM], 0);
    cr_assert_null(img->param, "Param is not decoded at open");
    CilDiag d = {0};
    cr_assert(cil_image_table(img, CIL_TBL_PARAM, &d), "%s", d.msg);
    cr_assert_not_null(img->param);
    cr_assert(cil_image_table(img, CIL_TBL_PARAM, &d), "a second call is a no-op");
    uint8_t *buf = malloc(img->size);
    memcpy(buf, img->data, img->size);
    size_t name = row_offset(img, CIL_TBL_PARAM, 1) + 4;
    buf[name] = 0xff, buf[name + 1] = 0xff;
    CilImage *bad = cil_image_from_memory("small.exe", buf, img->size, &d);
    cr_assert_not_null(bad, "the open does not read Param: %s", d.msg);
    cr_assert_not(cil_image_table(bad, CIL_TBL_PARAM, &d));
    cr_assert_str_eq(d.msg, "small.exe: metadata table Param row 1: name index out of range");
    cil_image_close(bad);
    free(buf);
    cil_image_close(img);
}

Test(metadata, located_body_errors)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint32_t prog = find_typedef(img, "Fixture", "Program");
    uint32_t m = find_method(img, prog, "Guarded");
    size_t hdr = (size_t)(cil_image_rva(img, cil_methoddef(img, m)->rva, 1) - img->data);
    CilDiag d = {0};
    CilArena a = {0};
    CilBody body;
    char want[256];

    img->data[hdr + 1] = (img->data[hdr + 1] & 0x0f) | 0x40; /* header size 4 dwords */
    cr_assert_not(cil_method_body(img, m, &a, &body, &d));
    snprintf(want, sizeof want,
             "%s: MethodDef row %u body: fat header size is 4 dwords, expected 3", FIXTURE, m);
    cr_assert_str_eq(d.msg, want);
    img->data[hdr + 1] = (img->data[hdr + 1] & 0x0f) | 0x30;

    uint8_t saved[4];
    memcpy(saved, img->data + hdr + 4, 4);
    memset(img->data + hdr + 4, 0x7f, 4); /* code size far past the section */
    cr_assert_not(cil_method_body(img, m, &a, &body, &d));
    cr_assert(strstr(d.msg, "body: code (2139062143 bytes) runs past end of section"), "%s", d.msg);
    memcpy(img->data + hdr + 4, saved, 4);

    uint32_t ctor = find_method(img, find_typedef(img, "Fixture", "IShape"), "Area");
    cr_assert_not(cil_method_body(img, ctor, &a, &body, &d), "an interface method has no body");
    snprintf(want, sizeof want, "%s: MethodDef row %u body: has no body", FIXTURE, ctor);
    cr_assert_str_eq(d.msg, want);

    cr_assert(cil_method_body(img, m, &a, &body, &d), "restored body parses again: %s", d.msg);
    cil_arena_free(&a);
    cil_image_close(img);
}

Test(metadata, from_memory_copies)
{
    size_t size;
    uint8_t *buf = slurp(FIXTURE, &size);
    CilDiag d = {0};
    CilImage *img = cil_image_from_memory("dir/copy.exe", buf, size, &d);
    cr_assert(img, "%s", d.msg);
    memset(buf, 0, size);
    free(buf);
    cr_assert_str_eq(img->path, "dir/copy.exe");
    cr_assert_str_eq(img->name, "copy.exe");
    cr_assert(find_typedef(img, "Fixture", "Program"));
    cil_image_close(img);
}

/* ---- lookup.c: rows by key, against a scan of the table ---- */

static uint32_t key_of_row(const CilImage *img, CilRowKey k, uint32_t i)
{
    switch (k) {
    case CIL_KEY_METHODIMPL_CLASS: return cil_methodimpl(img, i + 1)->class_row;
    case CIL_KEY_INTERFACEIMPL_CLASS: return cil_interfaceimpl(img, i + 1)->class_row;
    case CIL_KEY_GENERICPARAM_OWNER: return cil_genericparam(img, i + 1)->owner;
    case CIL_KEY_NESTED_NESTED: return cil_nestedclass(img, i + 1)->nested_row;
    default: return cil_nestedclass(img, i + 1)->enclosing_row;
    }
}

/* cil_rows_with(k, key) lists exactly the rows a scan finds, in table order. */
static void check_against_scan(const CilImage *img, CilRowKey k, uint32_t table, uint32_t key)
{
    uint32_t n, want = 0;
    const uint32_t *rows = cil_rows_with(img, k, key, &n);
    for (uint32_t i = 0; i < img->rows[table]; i++) {
        if (key_of_row(img, k, i) != key) continue;
        cr_assert(want < n && rows[want] == i, "key %u of index %d: row %u missing or out of order",
                  key, (int)k, i);
        want++;
    }
    cr_assert_eq(n, want, "key %u of index %d: %u rows, a scan finds %u", key, (int)k, n, want);
}

static void check_every_key(const CilImage *img)
{
    for (uint32_t r = 0; r <= img->rows[CIL_TBL_TYPEDEF] + 1; r++) {
        check_against_scan(img, CIL_KEY_METHODIMPL_CLASS, CIL_TBL_METHODIMPL, r);
        check_against_scan(img, CIL_KEY_INTERFACEIMPL_CLASS, CIL_TBL_INTERFACEIMPL, r);
        check_against_scan(img, CIL_KEY_NESTED_NESTED, CIL_TBL_NESTEDCLASS, r);
        check_against_scan(img, CIL_KEY_NESTED_ENCLOSING, CIL_TBL_NESTEDCLASS, r);
        check_against_scan(img, CIL_KEY_GENERICPARAM_OWNER, CIL_TBL_GENERICPARAM,
                           CIL_TOKEN(CIL_TBL_TYPEDEF, r));
    }
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_METHODDEF]; r++)
        check_against_scan(img, CIL_KEY_GENERICPARAM_OWNER, CIL_TBL_GENERICPARAM,
                           CIL_TOKEN(CIL_TBL_METHODDEF, r));
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_TYPEDEF]; r++) {
        const CilTypeDefRow *td = cil_typedef(img, r);
        uint32_t first = 0;
        for (uint32_t s = 1; s <= img->rows[CIL_TBL_TYPEDEF] && !first; s++)
            if ((cil_typedef(img, s)->flags & 7) < 2 &&
                !strcmp(cil_typedef(img, s)->name, td->name) &&
                !strcmp(cil_typedef(img, s)->ns, td->ns))
                first = s;
        cr_assert_eq(cil_typedef_by_name(img, td->ns, td->name), first, "%s.%s", td->ns, td->name);
    }
    cr_assert_eq(cil_typedef_by_name(img, "No.Such", "Type"), 0);
}

Test(metadata, lookups_match_a_scan)
{
    CilImage *img = open_or_fail(MSCORLIB);
    check_every_key(img);
    cil_image_close(img);
}

/* ECMA-335 asks for these tables sorted; a file that is not must still be read right. */
Test(metadata, lookups_on_unsorted_tables)
{
    CilImage *img = open_or_fail(MSCORLIB);
    uint32_t n = img->rows[CIL_TBL_METHODIMPL];
    cr_assert(n > 2 && img->rows[CIL_TBL_NESTEDCLASS] > 2);
    for (uint32_t i = 0; i < n / 2; i++) { /* reversed, before any lookup builds an index */
        CilMethodImplRow t = img->methodimpl_[i];
        img->methodimpl_[i] = img->methodimpl_[n - 1 - i];
        img->methodimpl_[n - 1 - i] = t;
    }
    uint32_t m = img->rows[CIL_TBL_NESTEDCLASS];
    for (uint32_t i = 0; i < m / 2; i++) {
        CilNestedClassRow t = img->nestedclass_[i];
        img->nestedclass_[i] = img->nestedclass_[m - 1 - i];
        img->nestedclass_[m - 1 - i] = t;
    }
    check_every_key(img);
    cil_image_close(img);
}

/* A vouch: records what it was shown and answers as told. */
typedef struct Witness {
    bool answer;
    size_t seen;
    bool stamped; /* told the file's stamp */
} Witness;

static bool witness(void *ctx, const uint8_t *data, size_t size, const CilFileStamp *stamp)
{
    Witness *w = ctx;
    (void)data;
    w->seen = size;
    w->stamped = stamp && stamp->ino && stamp->size == size && stamp->ctime_ns;
    return w->answer;
}

static bool same_string(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static bool same_blob(CilBlob a, CilBlob b)
{
    return a.size == b.size && !memcmp(a.data, b.data, a.size);
}

/* Metadata someone vouches for is decoded without per-cell checks: every row must come
 * out as the checked decoder gives it (Mono's mscorlib has every table ilc keeps). */
Test(metadata, vouched_rows_match_checked_rows)
{
    CilImage *checked = open_or_fail(MSCORLIB);
    Witness w = {.answer = true};
    CilVouch vouch = {.check = witness, .ctx = &w};
    CilDiag d = {0};
    CilImage *v = cil_image_open_vouched(MSCORLIB, &vouch, &d);
    cr_assert(v, "%s", d.msg);
    cr_assert(v->vouched && !checked->vouched);
    cr_assert_eq(w.seen, checked->size, "the vouch sees the whole file");
    cr_assert(w.stamped && !memcmp(&v->stamp, &checked->stamp, sizeof v->stamp),
              "the vouch sees the file's stamp, which the image keeps");
    for (uint32_t t = 0; t < CIL_TBL_COUNT; t++)
        cr_assert_eq(v->rows[t], checked->rows[t]);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_TYPEDEF]; i++) {
        const CilTypeDefRow *a = cil_typedef(v, i + 1), *b = cil_typedef(checked, i + 1);
        cr_assert(a->flags == b->flags && same_string(a->name, b->name) &&
                      same_string(a->ns, b->ns) && a->extends == b->extends &&
                      a->field_first == b->field_first && a->field_end == b->field_end &&
                      a->method_first == b->method_first && a->method_end == b->method_end,
                  "TypeDef row %u", i + 1);
    }
    /* Last row first: the vouched image decodes MethodDef a chunk at a time, as asked. */
    for (uint32_t i = v->rows[CIL_TBL_METHODDEF]; i-- > 0;) {
        const CilMethodDefRow *a = cil_methoddef(v, i + 1), *b = cil_methoddef(checked, i + 1);
        cr_assert(a->rva == b->rva && a->impl_flags == b->impl_flags && a->flags == b->flags &&
                      same_string(a->name, b->name) && same_blob(a->sig, b->sig) &&
                      a->param_first == b->param_first && a->param_end == b->param_end,
                  "MethodDef row %u", i + 1);
    }
    for (uint32_t i = 0; i < v->rows[CIL_TBL_TYPEREF]; i++)
        cr_assert(cil_typeref(v, i + 1)->scope == cil_typeref(checked, i + 1)->scope &&
                      same_string(cil_typeref(v, i + 1)->name, cil_typeref(checked, i + 1)->name) &&
                      same_string(cil_typeref(v, i + 1)->ns, cil_typeref(checked, i + 1)->ns),
                  "TypeRef row %u", i + 1);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_FIELD]; i++) {
        const CilFieldRow *a = cil_field(v, i + 1), *b = cil_field(checked, i + 1);
        cr_assert(a->flags == b->flags && same_string(a->name, b->name) &&
                      same_blob(a->sig, b->sig),
                  "Field row %u", i + 1);
    }
    /* MemberRef, CustomAttribute and Constant wait for their rows' first read. */
    static const uint32_t late[] = {CIL_TBL_MEMBERREF, CIL_TBL_CUSTOMATTRIBUTE, CIL_TBL_CONSTANT};
    for (size_t k = 0; k < sizeof late / sizeof late[0]; k++)
        cr_assert(v->chunks[late[k]] && !v->chunks[late[k]][0] && !checked->chunks[late[k]],
                  "table 0x%02x is decoded late in the vouched image only", late[k]);
    for (uint32_t i = v->rows[CIL_TBL_MEMBERREF]; i-- > 0;) {
        const CilMemberRefRow *a = cil_memberref(v, i + 1), *b = cil_memberref(checked, i + 1);
        cr_assert(a->parent == b->parent && same_string(a->name, b->name) &&
                      same_blob(a->sig, b->sig),
                  "MemberRef row %u", i + 1);
    }
    for (uint32_t i = 0; i < v->rows[CIL_TBL_CUSTOMATTRIBUTE]; i++) {
        const CilCustomAttributeRow *a = cil_customattribute(v, i + 1),
                                    *b = cil_customattribute(checked, i + 1);
        cr_assert(a->parent == b->parent && a->type == b->type && same_blob(a->value, b->value),
                  "CustomAttribute row %u", i + 1);
    }
    for (uint32_t i = 0; i < v->rows[CIL_TBL_CONSTANT]; i++) {
        const CilConstantRow *a = cil_constant(v, i + 1), *b = cil_constant(checked, i + 1);
        cr_assert(a->type == b->type && a->parent == b->parent && same_blob(a->value, b->value),
                  "Constant row %u", i + 1);
    }
    for (uint32_t i = 0; i < v->rows[CIL_TBL_TYPESPEC]; i++)
        cr_assert(same_blob(cil_typespec(v, i + 1)->sig, cil_typespec(checked, i + 1)->sig),
                  "TypeSpec row %u", i + 1);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_STANDALONESIG]; i++)
        cr_assert(
            same_blob(cil_standalonesig(v, i + 1)->sig, cil_standalonesig(checked, i + 1)->sig),
            "StandAloneSig row %u", i + 1);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_METHODSPEC]; i++) {
        const CilMethodSpecRow *a = cil_methodspec(v, i + 1), *b = cil_methodspec(checked, i + 1);
        cr_assert(a->method == b->method && same_blob(a->instantiation, b->instantiation),
                  "MethodSpec row %u", i + 1);
    }
    for (size_t k = 0; k < sizeof late / sizeof late[0]; k++)
        for (uint32_t c = 0; c * CIL_CHUNK_ROWS < v->rows[late[k]]; c++)
            cr_assert(v->chunks[late[k]][c], "table 0x%02x chunk %u decoded once read", late[k], c);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_GENERICPARAM]; i++)
        cr_assert(
            cil_genericparam(v, i + 1)->number == cil_genericparam(checked, i + 1)->number &&
                cil_genericparam(v, i + 1)->flags == cil_genericparam(checked, i + 1)->flags &&
                cil_genericparam(v, i + 1)->owner == cil_genericparam(checked, i + 1)->owner &&
                same_string(cil_genericparam(v, i + 1)->name,
                            cil_genericparam(checked, i + 1)->name),
            "GenericParam row %u", i + 1);
    for (uint32_t i = 0; i < v->rows[CIL_TBL_METHODIMPL]; i++)
        cr_assert(!memcmp(cil_methodimpl(v, i + 1), cil_methodimpl(checked, i + 1),
                          sizeof(*cil_methodimpl(v, i + 1))),
                  "MethodImpl row %u", i + 1);
    cr_assert(same_string(v->module[0].name, checked->module[0].name) &&
              !memcmp(v->module[0].mvid, checked->module[0].mvid, 16));
    cr_assert(cil_image_table(v, CIL_TBL_PARAM, &d) && cil_image_table(checked, CIL_TBL_PARAM, &d));
    for (uint32_t i = 0; i < v->rows[CIL_TBL_PARAM]; i++)
        cr_assert(v->param[i].flags == checked->param[i].flags &&
                      v->param[i].seq == checked->param[i].seq &&
                      same_string(v->param[i].name, checked->param[i].name),
                  "Param row %u", i + 1);
    cil_image_close(v);
    cil_image_close(checked);
}

/* A vouch that says no leaves the checks on: a bad cell is still found and located. */
Test(metadata, refused_vouch_checks_every_cell)
{
    CilImage *img = open_or_fail(FIXTURE);
    uint8_t *buf = malloc(img->size);
    memcpy(buf, img->data, img->size);
    size_t name = row_offset(img, CIL_TBL_METHODDEF, 3) + 8;
    buf[name] = 0xff, buf[name + 1] = 0xff;
    char path[] = "/tmp/ilc-vouch-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert(write(fd, buf, img->size) == (ssize_t)img->size);
    close(fd);
    Witness w = {.answer = false};
    CilVouch vouch = {.check = witness, .ctx = &w};
    CilDiag d = {0};
    CilImage *bad = cil_image_open_vouched(path, &vouch, &d);
    unlink(path);
    cr_assert_eq(w.seen, img->size);
    cr_assert_null(bad);
    cr_assert(strstr(d.msg, "metadata table MethodDef row 3: name index out of range"), "%s",
              d.msg);
    free(buf);
    cil_image_close(img);
}
