/*
 * metadata.c — the metadata root, its streams and every table (ECMA-335 II.22, II.24),
 * plus the two things read later on demand: user strings and method bodies (II.25.4).
 *
 * The metadata root (II.24.2.1) names up to five streams: the heaps #Strings, #US,
 * #Blob and #GUID, and the table stream #~ (or its uncompressed twin #-). The table
 * stream (II.24.2.6) starts with a 64-bit mask of the tables present and a row count
 * for each; the tables themselves follow back to back, each an array of fixed-size rows.
 * The width of a row is not fixed by the spec, it depends on the file:
 *
 *     heap index    2 bytes, or 4 if the HeapSizes bit for that heap is set
 *     simple index  2 bytes, or 4 if the target table has 2^16 rows or more
 *     coded index   2 bytes, or 4 if any table it may name has 2^(16 - tag bits) rows
 *
 * so a table can only be found once every column of every earlier table has been
 * sized. That is why every table 0x00..0x2C is described here, including the ones ilc
 * never uses (FieldPtr, EncLog, File, ExportedType, ManifestResource...).
 *
 * The algorithm is schema driven and runs in one pass:
 *
 *     root ─► stream headers ─► #~ header (mask, rows[]) ─► column widths, row sizes,
 *     table offsets (all checked to fit the stream) ─► for each table, for each column,
 *     for each row: read, validate, convert to a Val ─► store() puts it in the row struct
 *     ─► list ends (field_end, method_end...) from the next row.
 *
 * The schema (one Column list per table, below) is the only place where the layout of
 * II.22 is written down; decode_column() is the only place that validates a cell. After
 * a successful load every string is NUL-terminated inside #Strings, every blob lies
 * inside #Blob, every token names an existing row, so consumers never re-check.
 *
 * Uncompressed metadata with indirection tables (FieldPtr, MethodPtr, ParamPtr,
 * EventPtr, PropertyPtr holding rows) is refused: with them a TypeDef's fields are no
 * longer a contiguous run of Field rows, which the row structs promise. No compiler
 * ilc targets emits them in a finished assembly.
 */
#include "metadata.h"

#include <stdarg.h>
#include <stdio.h>
#include <pthread.h>
#include <string.h>

/* ---- little-endian reads; the caller has checked the bounds ---- */

static uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p)
{
    return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

/* II.24.2.4: a blob's length prefix, 1, 2 or 4 bytes. False if malformed or truncated. */
static bool blob_length(const uint8_t *p, uint32_t avail, uint32_t *len, uint32_t *hdr)
{
    if (avail < 1) return false;
    if ((p[0] & 0x80) == 0) {
        *len = p[0], *hdr = 1;
    } else if ((p[0] & 0xC0) == 0x80 && avail >= 2) {
        *len = (uint32_t)(p[0] & 0x3F) << 8 | p[1], *hdr = 2;
    } else if ((p[0] & 0xE0) == 0xC0 && avail >= 4) {
        *len = (uint32_t)(p[0] & 0x1F) << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3],
        *hdr = 4;
    } else {
        return false;
    }
    return true;
}

/* ---- the schema of II.22 ---- */

enum { COL_U16, COL_U32, COL_STR, COL_GUID, COL_BLOB, COL_IDX, COL_LIST, COL_CODED };

/* Coded index kinds, II.24.2.6. */
enum {
    CI_TYPEDEFORREF,
    CI_HASCONSTANT,
    CI_HASCUSTOMATTRIBUTE,
    CI_HASFIELDMARSHAL,
    CI_HASDECLSECURITY,
    CI_MEMBERREFPARENT,
    CI_HASSEMANTICS,
    CI_METHODDEFORREF,
    CI_MEMBERFORWARDED,
    CI_IMPLEMENTATION,
    CI_CUSTOMATTRIBUTETYPE,
    CI_RESOLUTIONSCOPE,
    CI_TYPEORMETHODDEF,
    CI_COUNT
};

#define NO_TABLE 0xFF /* a tag the spec marks "not used" */

typedef struct CodedIndex {
    uint8_t bits, n;
    uint8_t tables[22];
} CodedIndex;

static const CodedIndex coded_indexes[CI_COUNT] = {
    [CI_TYPEDEFORREF] = {2, 3, {CIL_TBL_TYPEDEF, CIL_TBL_TYPEREF, CIL_TBL_TYPESPEC}},
    [CI_HASCONSTANT] = {2, 3, {CIL_TBL_FIELD, CIL_TBL_PARAM, CIL_TBL_PROPERTY}},
    [CI_HASCUSTOMATTRIBUTE] =
        {5, 22, {CIL_TBL_METHODDEF,        CIL_TBL_FIELD,        CIL_TBL_TYPEREF,
                 CIL_TBL_TYPEDEF,          CIL_TBL_PARAM,        CIL_TBL_INTERFACEIMPL,
                 CIL_TBL_MEMBERREF,        CIL_TBL_MODULE,       CIL_TBL_DECLSECURITY,
                 CIL_TBL_PROPERTY,         CIL_TBL_EVENT,        CIL_TBL_STANDALONESIG,
                 CIL_TBL_MODULEREF,        CIL_TBL_TYPESPEC,     CIL_TBL_ASSEMBLY,
                 CIL_TBL_ASSEMBLYREF,      CIL_TBL_FILE,         CIL_TBL_EXPORTEDTYPE,
                 CIL_TBL_MANIFESTRESOURCE, CIL_TBL_GENERICPARAM, CIL_TBL_GENERICPARAMCONSTRAINT,
                 CIL_TBL_METHODSPEC}},
    [CI_HASFIELDMARSHAL] = {1, 2, {CIL_TBL_FIELD, CIL_TBL_PARAM}},
    [CI_HASDECLSECURITY] = {2, 3, {CIL_TBL_TYPEDEF, CIL_TBL_METHODDEF, CIL_TBL_ASSEMBLY}},
    [CI_MEMBERREFPARENT] = {3,
                            5,
                            {CIL_TBL_TYPEDEF, CIL_TBL_TYPEREF, CIL_TBL_MODULEREF, CIL_TBL_METHODDEF,
                             CIL_TBL_TYPESPEC}},
    [CI_HASSEMANTICS] = {1, 2, {CIL_TBL_EVENT, CIL_TBL_PROPERTY}},
    [CI_METHODDEFORREF] = {1, 2, {CIL_TBL_METHODDEF, CIL_TBL_MEMBERREF}},
    [CI_MEMBERFORWARDED] = {1, 2, {CIL_TBL_FIELD, CIL_TBL_METHODDEF}},
    [CI_IMPLEMENTATION] = {2, 3, {CIL_TBL_FILE, CIL_TBL_ASSEMBLYREF, CIL_TBL_EXPORTEDTYPE}},
    [CI_CUSTOMATTRIBUTETYPE] =
        {3, 5, {NO_TABLE, NO_TABLE, CIL_TBL_METHODDEF, CIL_TBL_MEMBERREF, NO_TABLE}},
    [CI_RESOLUTIONSCOPE] =
        {2, 4, {CIL_TBL_MODULE, CIL_TBL_MODULEREF, CIL_TBL_ASSEMBLYREF, CIL_TBL_TYPEREF}},
    [CI_TYPEORMETHODDEF] = {1, 2, {CIL_TBL_TYPEDEF, CIL_TBL_METHODDEF}},
};

typedef struct Column {
    uint8_t kind;
    uint8_t arg;      /* target table (IDX, LIST) or coded index kind (CODED) */
    bool nullable;    /* IDX, CODED: 0 is allowed */
    const char *name; /* for messages; NULL ends the list */
} Column;

#define MAX_COLS 9
typedef struct TableSchema {
    const char *name;
    Column cols[MAX_COLS + 1];
} TableSchema;

#define U16(n)                                                                                     \
    {                                                                                              \
        COL_U16, 0, false, n                                                                       \
    }
#define U32(n)                                                                                     \
    {                                                                                              \
        COL_U32, 0, false, n                                                                       \
    }
#define STR(n)                                                                                     \
    {                                                                                              \
        COL_STR, 0, false, n                                                                       \
    }
#define GUID(n)                                                                                    \
    {                                                                                              \
        COL_GUID, 0, false, n                                                                      \
    }
#define BLOB(n)                                                                                    \
    {                                                                                              \
        COL_BLOB, 0, false, n                                                                      \
    }
#define IDX(t, n)                                                                                  \
    {                                                                                              \
        COL_IDX, CIL_TBL_##t, false, n                                                             \
    }
#define LIST(t, n)                                                                                 \
    {                                                                                              \
        COL_LIST, CIL_TBL_##t, false, n                                                            \
    }
#define CODED(c, n)                                                                                \
    {                                                                                              \
        COL_CODED, CI_##c, false, n                                                                \
    }
#define CODED0(c, n)                                                                               \
    {                                                                                              \
        COL_CODED, CI_##c, true, n                                                                 \
    }

static const TableSchema schemas[CIL_TBL_COUNT] = {
    [CIL_TBL_MODULE] = {"Module",
                        {U16("generation"), STR("name"), GUID("mvid"), GUID("enc id"),
                         GUID("enc base id")}},
    [CIL_TBL_TYPEREF] = {"TypeRef",
                         {CODED0(RESOLUTIONSCOPE, "resolution scope"), STR("name"),
                          STR("namespace")}},
    [CIL_TBL_TYPEDEF] = {"TypeDef",
                         {U32("flags"), STR("name"), STR("namespace"),
                          CODED0(TYPEDEFORREF, "extends"), LIST(FIELD, "field list"),
                          LIST(METHODDEF, "method list")}},
    [CIL_TBL_FIELDPTR] = {"FieldPtr", {IDX(FIELD, "field")}},
    [CIL_TBL_FIELD] = {"Field", {U16("flags"), STR("name"), BLOB("signature")}},
    [CIL_TBL_METHODPTR] = {"MethodPtr", {IDX(METHODDEF, "method")}},
    [CIL_TBL_METHODDEF] = {"MethodDef",
                           {U32("rva"), U16("impl flags"), U16("flags"), STR("name"),
                            BLOB("signature"), LIST(PARAM, "param list")}},
    [CIL_TBL_PARAMPTR] = {"ParamPtr", {IDX(PARAM, "param")}},
    [CIL_TBL_PARAM] = {"Param", {U16("flags"), U16("sequence"), STR("name")}},
    [CIL_TBL_INTERFACEIMPL] = {"InterfaceImpl",
                               {IDX(TYPEDEF, "class"), CODED(TYPEDEFORREF, "interface")}},
    [CIL_TBL_MEMBERREF] = {"MemberRef",
                           {CODED(MEMBERREFPARENT, "class"), STR("name"), BLOB("signature")}},
    /* Type is one byte plus one byte of padding: read as 16 bits, keep the low byte. */
    [CIL_TBL_CONSTANT] = {"Constant", {U16("type"), CODED(HASCONSTANT, "parent"), BLOB("value")}},
    [CIL_TBL_CUSTOMATTRIBUTE] = {"CustomAttribute",
                                 {CODED(HASCUSTOMATTRIBUTE, "parent"),
                                  CODED(CUSTOMATTRIBUTETYPE, "type"), BLOB("value")}},
    [CIL_TBL_FIELDMARSHAL] = {"FieldMarshal",
                              {CODED(HASFIELDMARSHAL, "parent"), BLOB("native type")}},
    [CIL_TBL_DECLSECURITY] = {"DeclSecurity",
                              {U16("action"), CODED(HASDECLSECURITY, "parent"),
                               BLOB("permission set")}},
    [CIL_TBL_CLASSLAYOUT] = {"ClassLayout",
                             {U16("packing size"), U32("class size"), IDX(TYPEDEF, "parent")}},
    [CIL_TBL_FIELDLAYOUT] = {"FieldLayout", {U32("offset"), IDX(FIELD, "field")}},
    [CIL_TBL_STANDALONESIG] = {"StandAloneSig", {BLOB("signature")}},
    [CIL_TBL_EVENTMAP] = {"EventMap", {IDX(TYPEDEF, "parent"), LIST(EVENT, "event list")}},
    [CIL_TBL_EVENTPTR] = {"EventPtr", {IDX(EVENT, "event")}},
    [CIL_TBL_EVENT] = {"Event", {U16("flags"), STR("name"), CODED0(TYPEDEFORREF, "event type")}},
    [CIL_TBL_PROPERTYMAP] = {"PropertyMap",
                             {IDX(TYPEDEF, "parent"), LIST(PROPERTY, "property list")}},
    [CIL_TBL_PROPERTYPTR] = {"PropertyPtr", {IDX(PROPERTY, "property")}},
    [CIL_TBL_PROPERTY] = {"Property", {U16("flags"), STR("name"), BLOB("type")}},
    [CIL_TBL_METHODSEMANTICS] = {"MethodSemantics",
                                 {U16("semantics"), IDX(METHODDEF, "method"),
                                  CODED(HASSEMANTICS, "association")}},
    [CIL_TBL_METHODIMPL] = {"MethodImpl",
                            {IDX(TYPEDEF, "class"), CODED(METHODDEFORREF, "method body"),
                             CODED(METHODDEFORREF, "method declaration")}},
    [CIL_TBL_MODULEREF] = {"ModuleRef", {STR("name")}},
    [CIL_TBL_TYPESPEC] = {"TypeSpec", {BLOB("signature")}},
    [CIL_TBL_IMPLMAP] = {"ImplMap",
                         {U16("mapping flags"), CODED(MEMBERFORWARDED, "member forwarded"),
                          STR("import name"), IDX(MODULEREF, "import scope")}},
    [CIL_TBL_FIELDRVA] = {"FieldRVA", {U32("rva"), IDX(FIELD, "field")}},
    [CIL_TBL_ENCLOG] = {"EncLog", {U32("token"), U32("func code")}},
    [CIL_TBL_ENCMAP] = {"EncMap", {U32("token")}},
    [CIL_TBL_ASSEMBLY] = {"Assembly",
                          {U32("hash algorithm"), U16("major version"), U16("minor version"),
                           U16("build number"), U16("revision number"), U32("flags"),
                           BLOB("public key"), STR("name"), STR("culture")}},
    [CIL_TBL_ASSEMBLYPROCESSOR] = {"AssemblyProcessor", {U32("processor")}},
    [CIL_TBL_ASSEMBLYOS] = {"AssemblyOS",
                            {U32("os platform id"), U32("os major version"),
                             U32("os minor version")}},
    [CIL_TBL_ASSEMBLYREF] = {"AssemblyRef",
                             {U16("major version"), U16("minor version"), U16("build number"),
                              U16("revision number"), U32("flags"), BLOB("public key or token"),
                              STR("name"), STR("culture"), BLOB("hash value")}},
    [CIL_TBL_ASSEMBLYREFPROCESSOR] = {"AssemblyRefProcessor",
                                      {U32("processor"), IDX(ASSEMBLYREF, "assembly ref")}},
    [CIL_TBL_ASSEMBLYREFOS] = {"AssemblyRefOS",
                               {U32("os platform id"), U32("os major version"),
                                U32("os minor version"), IDX(ASSEMBLYREF, "assembly ref")}},
    [CIL_TBL_FILE] = {"File", {U32("flags"), STR("name"), BLOB("hash value")}},
    [CIL_TBL_EXPORTEDTYPE] = {"ExportedType",
                              {U32("flags"), U32("typedef id"), STR("name"), STR("namespace"),
                               CODED0(IMPLEMENTATION, "implementation")}},
    [CIL_TBL_MANIFESTRESOURCE] = {"ManifestResource",
                                  {U32("offset"), U32("flags"), STR("name"),
                                   CODED0(IMPLEMENTATION, "implementation")}},
    [CIL_TBL_NESTEDCLASS] = {"NestedClass",
                             {IDX(TYPEDEF, "nested class"), IDX(TYPEDEF, "enclosing class")}},
    [CIL_TBL_GENERICPARAM] = {"GenericParam",
                              {U16("number"), U16("flags"), CODED(TYPEORMETHODDEF, "owner"),
                               STR("name")}},
    [CIL_TBL_METHODSPEC] = {"MethodSpec", {CODED(METHODDEFORREF, "method"), BLOB("instantiation")}},
    [CIL_TBL_GENERICPARAMCONSTRAINT] = {"GenericParamConstraint",
                                        {IDX(GENERICPARAM, "owner"),
                                         CODED(TYPEDEFORREF, "constraint")}},
};

/* Where each table's row array lives in CilImage, and how big a row struct is. Tables
 * without a struct (0 size) are validated and dropped. */
typedef struct RowArray {
    size_t field_offset, row_size;
} RowArray;
#define ROWS(member, type)                                                                         \
    {                                                                                              \
        offsetof(CilImage, member), sizeof(type)                                                   \
    }
static const RowArray row_arrays[CIL_TBL_COUNT] = {
    [CIL_TBL_MODULE] = ROWS(module, CilModuleRow),
    [CIL_TBL_TYPEREF] = ROWS(typeref_, CilTypeRefRow),
    [CIL_TBL_TYPEDEF] = ROWS(typedef_, CilTypeDefRow),
    [CIL_TBL_FIELD] = ROWS(field_, CilFieldRow),
    [CIL_TBL_METHODDEF] = ROWS(methoddef_, CilMethodDefRow),
    [CIL_TBL_PARAM] = ROWS(param, CilParamRow),
    [CIL_TBL_INTERFACEIMPL] = ROWS(interfaceimpl_, CilInterfaceImplRow),
    [CIL_TBL_MEMBERREF] = ROWS(memberref_, CilMemberRefRow),
    [CIL_TBL_CONSTANT] = ROWS(constant_, CilConstantRow),
    [CIL_TBL_CUSTOMATTRIBUTE] = ROWS(customattribute_, CilCustomAttributeRow),
    [CIL_TBL_FIELDMARSHAL] = ROWS(fieldmarshal, CilFieldMarshalRow),
    [CIL_TBL_DECLSECURITY] = ROWS(declsecurity, CilDeclSecurityRow),
    [CIL_TBL_CLASSLAYOUT] = ROWS(classlayout, CilClassLayoutRow),
    [CIL_TBL_FIELDLAYOUT] = ROWS(fieldlayout, CilFieldLayoutRow),
    [CIL_TBL_STANDALONESIG] = ROWS(standalonesig_, CilStandAloneSigRow),
    [CIL_TBL_EVENTMAP] = ROWS(eventmap, CilEventMapRow),
    [CIL_TBL_EVENT] = ROWS(event, CilEventRow),
    [CIL_TBL_PROPERTYMAP] = ROWS(propertymap, CilPropertyMapRow),
    [CIL_TBL_PROPERTY] = ROWS(property, CilPropertyRow),
    [CIL_TBL_METHODSEMANTICS] = ROWS(methodsemantics, CilMethodSemanticsRow),
    [CIL_TBL_METHODIMPL] = ROWS(methodimpl_, CilMethodImplRow),
    [CIL_TBL_MODULEREF] = ROWS(moduleref, CilModuleRefRow),
    [CIL_TBL_TYPESPEC] = ROWS(typespec_, CilTypeSpecRow),
    [CIL_TBL_IMPLMAP] = ROWS(implmap, CilImplMapRow),
    [CIL_TBL_FIELDRVA] = ROWS(fieldrva, CilFieldRVARow),
    [CIL_TBL_ASSEMBLY] = ROWS(assembly, CilAssemblyRow),
    [CIL_TBL_ASSEMBLYREF] = ROWS(assemblyref, CilAssemblyRefRow),
    [CIL_TBL_NESTEDCLASS] = ROWS(nestedclass_, CilNestedClassRow),
    [CIL_TBL_GENERICPARAM] = ROWS(genericparam_, CilGenericParamRow),
    [CIL_TBL_METHODSPEC] = ROWS(methodspec_, CilMethodSpecRow),
    [CIL_TBL_GENERICPARAMCONSTRAINT] = ROWS(genericparamconstraint, CilGenericParamConstraintRow),
};

/* ---- table names ---- */

#define UNK(hi, lo) "table 0x" #hi #lo
#define UNK16(hi)                                                                                  \
    UNK(hi, 0), UNK(hi, 1), UNK(hi, 2), UNK(hi, 3), UNK(hi, 4), UNK(hi, 5), UNK(hi, 6),            \
        UNK(hi, 7), UNK(hi, 8), UNK(hi, 9), UNK(hi, a), UNK(hi, b), UNK(hi, c), UNK(hi, d),        \
        UNK(hi, e), UNK(hi, f)
static const char *const unknown_table_names[256] = {
    UNK16(0), UNK16(1), UNK16(2), UNK16(3), UNK16(4), UNK16(5), UNK16(6), UNK16(7),
    UNK16(8), UNK16(9), UNK16(a), UNK16(b), UNK16(c), UNK16(d), UNK16(e), UNK16(f),
};

const char *cil_table_name(uint32_t table)
{
    if (table < CIL_TBL_COUNT) return schemas[table].name;
    if (table == CIL_TBL_USERSTRING) return "UserString";
    return table < 256 ? unknown_table_names[table] : "table (invalid)";
}

/* ---- the loader ---- */

typedef union Val {
    uint32_t u; /* integers, row numbers, tokens */
    const char *s;
    CilBlob b;
    const uint8_t *g;
} Val;

/* Where each table's rows lie in the #~ stream, kept with the image so that deferred
 * tables can be decoded after the open. */
struct CilTableLayout {
    uint8_t heap_sizes;
    uint8_t n_cols[CIL_TBL_COUNT];
    uint8_t width[CIL_TBL_COUNT][MAX_COLS];
    uint8_t col_offset[CIL_TBL_COUNT][MAX_COLS]; /* from the row's start */
    uint32_t row_size[CIL_TBL_COUNT];
    const uint8_t *table_data[CIL_TBL_COUNT];
};

/* Tables no compiler or runtime path reads: they are checked and decoded only when asked
 * for (cil_image_table), which keeps them off every start-up. Param alone is a third of
 * corlib's cells. */
#define DEFERRED_TABLES                                                                            \
    ((1ull << CIL_TBL_PARAM) | (1ull << CIL_TBL_EVENTMAP) | (1ull << CIL_TBL_EVENT) |              \
     (1ull << CIL_TBL_PROPERTYMAP) | (1ull << CIL_TBL_PROPERTY) |                                  \
     (1ull << CIL_TBL_METHODSEMANTICS))

/* Tables a vouched image decodes a chunk of rows at a time, as the rows are first read
 * (cil_row): corlib has thousands of MethodDef and Field rows, most of its cells, and a
 * program's types use a few hundred; its MemberRef, CustomAttribute and Constant rows were
 * over half of what decoding the other tables at open cost, and a program running from
 * images reads few of them. The tables read through row indexes (InterfaceImpl,
 * MethodImpl, NestedClass, GenericParam) and TypeDef and TypeRef are read a row at a time
 * too once their indexes come with the voucher (CilVouch.indexes): decoding them at open
 * was a sixth of an R2R hello world. A vouched cell needs no check, so decoding late loses
 * no error. */
#define LAZY_TABLES                                                                                \
    ((1ull << CIL_TBL_FIELD) | (1ull << CIL_TBL_METHODDEF) | (1ull << CIL_TBL_MEMBERREF) |         \
     (1ull << CIL_TBL_CONSTANT) | (1ull << CIL_TBL_CUSTOMATTRIBUTE) |                              \
     (1ull << CIL_TBL_STANDALONESIG) | (1ull << CIL_TBL_TYPESPEC) | (1ull << CIL_TBL_METHODSPEC) | \
     (1ull << CIL_TBL_TYPEDEF) | (1ull << CIL_TBL_TYPEREF) | (1ull << CIL_TBL_INTERFACEIMPL) |     \
     (1ull << CIL_TBL_METHODIMPL) | (1ull << CIL_TBL_NESTEDCLASS) |                                \
     (1ull << CIL_TBL_GENERICPARAM))

typedef struct Loader {
    CilImage *img;
    CilDiag *diag;
    CilTableLayout *lay;
    uint32_t table, row;   /* being decoded, for messages */
    uint32_t first, count; /* the rows decoded: all, or a chunk of a lazy table */
    bool trusted;          /* the image is vouched for: cells are not checked */
    uint32_t
        prev_list[MAX_COLS]; /* previous row's list index per column: lists never go backwards */
} Loader;

static const uint8_t empty_blob[1];

static bool md_error(Loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool md_error(Loader *ld, const char *fmt, ...)
{
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    cil_diag_set(ld->diag, "%s: %s", ld->img->path, what);
    return false;
}

/* A located message about the cell being decoded. */
static bool cell_error(Loader *ld, const Column *c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool cell_error(Loader *ld, const Column *c, const char *fmt, ...)
{
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return md_error(ld, "metadata table %s row %u: %s %s", schemas[ld->table].name, ld->row,
                    c->name, what);
}

static bool read_string(Loader *ld, const Column *c, uint32_t idx, Val *out)
{
    const CilImage *img = ld->img;
    if (idx == 0) {
        out->s = "";
        return true;
    }
    if (idx >= img->strings_size) return cell_error(ld, c, "index out of range");
    /* a heap ending in NUL terminates every string in it; otherwise look */
    if (img->strings[img->strings_size - 1] != 0 &&
        !memchr(img->strings + idx, 0, img->strings_size - idx))
        return cell_error(ld, c, "string is not NUL-terminated within #Strings");
    out->s = (const char *)img->strings + idx;
    return true;
}

static bool read_blob(Loader *ld, const Column *c, uint32_t idx, Val *out)
{
    const CilImage *img = ld->img;
    if (idx == 0 && img->blob_size == 0) {
        out->b = (CilBlob){empty_blob, 0};
        return true;
    }
    if (idx >= img->blob_size) return cell_error(ld, c, "blob index out of range");
    uint32_t len, hdr, avail = img->blob_size - idx;
    if (!blob_length(img->blob + idx, avail, &len, &hdr))
        return cell_error(ld, c, "blob has a malformed length");
    if (len > avail - hdr) return cell_error(ld, c, "blob runs past end of #Blob");
    out->b = (CilBlob){img->blob + idx + hdr, len};
    return true;
}

static bool read_guid(Loader *ld, const Column *c, uint32_t idx, Val *out)
{
    if (idx == 0) {
        out->g = NULL;
        return true;
    }
    if ((uint64_t)idx * 16 > ld->img->guid_size)
        return cell_error(ld, c, "guid index out of range");
    out->g = ld->img->guid + (uint64_t)(idx - 1) * 16;
    return true;
}

static bool read_index(Loader *ld, const Column *c, uint32_t v, Val *out)
{
    if ((v == 0 && !c->nullable) || v > ld->img->rows[c->arg])
        return cell_error(ld, c, "index %u out of range", v);
    out->u = v;
    return true;
}

/* List indexes name the first row of a run that ends where the next row's run starts;
 * rows + 1 means an empty run at the end. */
static bool read_list(Loader *ld, const Column *c, uint32_t v, Val *out)
{
    if (v == 0 || v > ld->img->rows[c->arg] + 1)
        return cell_error(ld, c, "index %u out of range", v);
    uint32_t *prev = &ld->prev_list[c - schemas[ld->table].cols];
    if (v < *prev) return cell_error(ld, c, "index %u is below the previous row's %u", v, *prev);
    *prev = v;
    out->u = v;
    return true;
}

static bool read_coded(Loader *ld, const Column *c, uint32_t v, Val *out)
{
    const CodedIndex *ci = &coded_indexes[c->arg];
    uint32_t tag = v & ((1u << ci->bits) - 1), row = v >> ci->bits;
    if (tag >= ci->n || ci->tables[tag] == NO_TABLE)
        return cell_error(ld, c, "coded index 0x%x has an invalid table tag", v);
    uint32_t token = CIL_TOKEN(ci->tables[tag], row);
    if (row == 0 && c->nullable) {
        out->u = 0;
        return true;
    }
    if (row == 0) return cell_error(ld, c, "token 0x%08x is null", token);
    if (row > ld->img->rows[ci->tables[tag]])
        return cell_error(ld, c, "token 0x%08x out of range", token);
    out->u = token;
    return true;
}

/* ---- column widths (II.24.2.6) ---- */

static uint8_t index_width(const CilImage *img, uint32_t table)
{
    return img->rows[table] < (1u << 16) ? 2 : 4;
}

static uint8_t coded_width(const CilImage *img, uint32_t kind)
{
    const CodedIndex *ci = &coded_indexes[kind];
    uint32_t max = 0;
    for (uint32_t i = 0; i < ci->n; i++)
        if (ci->tables[i] != NO_TABLE && img->rows[ci->tables[i]] > max)
            max = img->rows[ci->tables[i]];
    return max < (1u << (16 - ci->bits)) ? 2 : 4;
}

static uint8_t column_width(const Loader *ld, const Column *c)
{
    switch (c->kind) {
    case COL_U16: return 2;
    case COL_U32: return 4;
    case COL_STR: return (ld->lay->heap_sizes & 0x01) ? 4 : 2;
    case COL_GUID: return (ld->lay->heap_sizes & 0x02) ? 4 : 2;
    case COL_BLOB: return (ld->lay->heap_sizes & 0x04) ? 4 : 2;
    case COL_IDX:
    case COL_LIST: return index_width(ld->img, c->arg);
    default: return coded_width(ld->img, c->arg);
    }
}

/* Sizes every row and places every table, checking that all of them fit the stream. */
static bool place_tables(Loader *ld, const uint8_t *data, uint32_t avail)
{
    uint64_t off = 0;
    for (uint32_t t = 0; t < CIL_TBL_COUNT; t++) {
        uint32_t size = 0;
        for (uint32_t i = 0; schemas[t].cols[i].name; i++) {
            ld->lay->width[t][i] = column_width(ld, &schemas[t].cols[i]);
            ld->lay->col_offset[t][i] = (uint8_t)size;
            size += ld->lay->width[t][i];
            ld->lay->n_cols[t] = (uint8_t)(i + 1);
        }
        ld->lay->row_size[t] = size;
        ld->lay->table_data[t] = data + off;
        off += (uint64_t)size * ld->img->rows[t];
        if (off > avail)
            return md_error(ld, "metadata table %s (%u rows) runs past end of #~ stream",
                            schemas[t].name, ld->img->rows[t]);
    }
    return true;
}

/* ---- from cells to row structs ---- */

/* Where each column's value goes in its table's row struct: the member's offset and size
 * (0: validated, not kept). The size says how: 1, 2 or 4 bytes of an integer (a U16 kept
 * in a byte keeps its low byte), a pointer for strings and guids, a CilBlob for blobs. */
typedef struct Dest {
    uint8_t offset, size;
} Dest;
#define TO(row, member)                                                                            \
    {                                                                                              \
        offsetof(row, member), sizeof(((row *)0)->member)                                          \
    }
#define SKIP                                                                                       \
    {                                                                                              \
        0, 0                                                                                       \
    }
static const Dest dests[CIL_TBL_COUNT][MAX_COLS] = {
    [CIL_TBL_MODULE] = {SKIP, TO(CilModuleRow, name), TO(CilModuleRow, mvid)},
    [CIL_TBL_TYPEREF] = {TO(CilTypeRefRow, scope), TO(CilTypeRefRow, name), TO(CilTypeRefRow, ns)},
    [CIL_TBL_TYPEDEF] = {TO(CilTypeDefRow, flags), TO(CilTypeDefRow, name), TO(CilTypeDefRow, ns),
                         TO(CilTypeDefRow, extends), TO(CilTypeDefRow, field_first),
                         TO(CilTypeDefRow, method_first)},
    [CIL_TBL_FIELD] = {TO(CilFieldRow, flags), TO(CilFieldRow, name), TO(CilFieldRow, sig)},
    [CIL_TBL_METHODDEF] = {TO(CilMethodDefRow, rva), TO(CilMethodDefRow, impl_flags),
                           TO(CilMethodDefRow, flags), TO(CilMethodDefRow, name),
                           TO(CilMethodDefRow, sig), TO(CilMethodDefRow, param_first)},
    [CIL_TBL_PARAM] = {TO(CilParamRow, flags), TO(CilParamRow, seq), TO(CilParamRow, name)},
    [CIL_TBL_INTERFACEIMPL] = {TO(CilInterfaceImplRow, class_row), TO(CilInterfaceImplRow, iface)},
    [CIL_TBL_MEMBERREF] = {TO(CilMemberRefRow, parent), TO(CilMemberRefRow, name),
                           TO(CilMemberRefRow, sig)},
    [CIL_TBL_CONSTANT] = {TO(CilConstantRow, type), TO(CilConstantRow, parent),
                          TO(CilConstantRow, value)},
    [CIL_TBL_CUSTOMATTRIBUTE] = {TO(CilCustomAttributeRow, parent), TO(CilCustomAttributeRow, type),
                                 TO(CilCustomAttributeRow, value)},
    [CIL_TBL_FIELDMARSHAL] = {TO(CilFieldMarshalRow, parent), TO(CilFieldMarshalRow, native_type)},
    [CIL_TBL_DECLSECURITY] = {TO(CilDeclSecurityRow, action), TO(CilDeclSecurityRow, parent),
                              TO(CilDeclSecurityRow, permission_set)},
    [CIL_TBL_CLASSLAYOUT] = {TO(CilClassLayoutRow, packing), TO(CilClassLayoutRow, size),
                             TO(CilClassLayoutRow, parent_row)},
    [CIL_TBL_FIELDLAYOUT] = {TO(CilFieldLayoutRow, offset), TO(CilFieldLayoutRow, field_row)},
    [CIL_TBL_STANDALONESIG] = {TO(CilStandAloneSigRow, sig)},
    [CIL_TBL_EVENTMAP] = {TO(CilEventMapRow, parent_row), TO(CilEventMapRow, event_first)},
    [CIL_TBL_EVENT] = {TO(CilEventRow, flags), TO(CilEventRow, name), TO(CilEventRow, type)},
    [CIL_TBL_PROPERTYMAP] = {TO(CilPropertyMapRow, parent_row),
                             TO(CilPropertyMapRow, property_first)},
    [CIL_TBL_PROPERTY] = {TO(CilPropertyRow, flags), TO(CilPropertyRow, name),
                          TO(CilPropertyRow, type)},
    [CIL_TBL_METHODSEMANTICS] = {TO(CilMethodSemanticsRow, semantics),
                                 TO(CilMethodSemanticsRow, method_row),
                                 TO(CilMethodSemanticsRow, association)},
    [CIL_TBL_METHODIMPL] = {TO(CilMethodImplRow, class_row), TO(CilMethodImplRow, body),
                            TO(CilMethodImplRow, decl)},
    [CIL_TBL_MODULEREF] = {TO(CilModuleRefRow, name)},
    [CIL_TBL_TYPESPEC] = {TO(CilTypeSpecRow, sig)},
    [CIL_TBL_IMPLMAP] = {TO(CilImplMapRow, flags), TO(CilImplMapRow, member),
                         TO(CilImplMapRow, import_name), TO(CilImplMapRow, scope_row)},
    [CIL_TBL_FIELDRVA] = {TO(CilFieldRVARow, rva), TO(CilFieldRVARow, field_row)},
    [CIL_TBL_ASSEMBLY] = {TO(CilAssemblyRow, hash_alg), TO(CilAssemblyRow, major),
                          TO(CilAssemblyRow, minor), TO(CilAssemblyRow, build),
                          TO(CilAssemblyRow, revision), TO(CilAssemblyRow, flags),
                          TO(CilAssemblyRow, public_key), TO(CilAssemblyRow, name),
                          TO(CilAssemblyRow, culture)},
    [CIL_TBL_ASSEMBLYREF] = {TO(CilAssemblyRefRow, major), TO(CilAssemblyRefRow, minor),
                             TO(CilAssemblyRefRow, build), TO(CilAssemblyRefRow, revision),
                             TO(CilAssemblyRefRow, flags), TO(CilAssemblyRefRow, public_key),
                             TO(CilAssemblyRefRow, name), TO(CilAssemblyRefRow, culture),
                             TO(CilAssemblyRefRow, hash)},
    [CIL_TBL_NESTEDCLASS] = {TO(CilNestedClassRow, nested_row),
                             TO(CilNestedClassRow, enclosing_row)},
    [CIL_TBL_GENERICPARAM] = {TO(CilGenericParamRow, number), TO(CilGenericParamRow, flags),
                              TO(CilGenericParamRow, owner), TO(CilGenericParamRow, name)},
    [CIL_TBL_METHODSPEC] = {TO(CilMethodSpecRow, method), TO(CilMethodSpecRow, instantiation)},
    [CIL_TBL_GENERICPARAMCONSTRAINT] = {TO(CilGenericParamConstraintRow, owner_row),
                                        TO(CilGenericParamConstraintRow, constraint)},
};

static void store(char *to, uint8_t size, Val v)
{
    switch (size) {
    case 1: *(uint8_t *)to = (uint8_t)v.u; break;
    case 2: *(uint16_t *)to = (uint16_t)v.u; break;
    case 4: *(uint32_t *)to = v.u; break;
    case sizeof(const char *): *(const char **)to = v.s; break;
    case sizeof(CilBlob): *(CilBlob *)to = v.b; break;
    default: break;
    }
}

/* A table cell, 2 or 4 bytes wide. */
static uint32_t cell(const uint8_t *p, uint8_t width)
{
    return width == 2 ? rd16(p) : rd32(p);
}

/* A vouched image's string and blob cells, converted as read_string and read_blob would,
 * without their checks. */
static const char *trusted_string(const CilImage *img, uint32_t raw)
{
    return raw ? (const char *)img->strings + raw : "";
}

static CilBlob trusted_blob(const CilImage *img, uint32_t raw)
{
    uint32_t len = 0, hdr = 0;
    if (!img->blob_size) return (CilBlob){empty_blob, 0};
    blob_length(img->blob + raw, img->blob_size - raw, &len, &hdr);
    return (CilBlob){img->blob + raw + hdr, len};
}

/* A coded index cell as the token it names (0: a null index). */
static uint32_t coded_token(const CodedIndex *ci, uint32_t raw)
{
    uint32_t row = raw >> ci->bits;
    return row ? CIL_TOKEN(ci->tables[raw & ((1u << ci->bits) - 1)], row) : 0;
}

/* A cell of a vouched image (Loader.trusted): converted as read_* would, without checks. */
static inline __attribute__((always_inline)) Val trusted_value(const Loader *ld, uint8_t kind,
                                                               const Column *col, uint32_t raw)
{
    const CilImage *img = ld->img;
    Val v = {.u = raw};
    if (kind == COL_STR) v.s = trusted_string(img, raw);
    if (kind == COL_GUID) v.g = raw ? img->guid + (size_t)(raw - 1) * 16 : NULL;
    if (kind == COL_BLOB) v.b = trusted_blob(img, raw);
    if (kind == COL_CODED) v.u = coded_token(&coded_indexes[col->arg], raw);
    return v;
}

/* One column of every row, read, checked and stored. Inlined once per kind, so that the
 * kind's reader is chosen once per column rather than once per cell. */
static inline __attribute__((always_inline)) bool decode_column_as(Loader *ld, uint8_t kind,
                                                                   bool trusted, uint32_t t,
                                                                   uint32_t c, const uint8_t *p,
                                                                   char *rows)
{
    const Column *col = &schemas[t].cols[c];
    const Dest d = dests[t][c];
    const uint8_t width = ld->lay->width[t][c];
    const uint32_t stride = ld->lay->row_size[t], n = ld->first + ld->count;
    const size_t row_size = row_arrays[t].row_size;
    if (trusted && !rows) return true; /* nothing to check, nothing to keep */
    p += (size_t)ld->first * stride;
    for (uint32_t i = ld->first; i < n; i++, p += stride) {
        uint32_t raw = cell(p, width);
        Val v = {.u = raw};
        bool ok = true;
        ld->row = i + 1;
        if (trusted)
            v = trusted_value(ld, kind, col, raw);
        else
            switch (kind) {
            case COL_U16:
            case COL_U32: break;
            case COL_STR: ok = read_string(ld, col, raw, &v); break;
            case COL_GUID: ok = read_guid(ld, col, raw, &v); break;
            case COL_BLOB: ok = read_blob(ld, col, raw, &v); break;
            case COL_IDX: ok = read_index(ld, col, raw, &v); break;
            case COL_LIST: ok = read_list(ld, col, raw, &v); break;
            default: ok = read_coded(ld, col, raw, &v); break;
            }
        if (!ok) return false;
        if (rows) store(rows + (size_t)(i - ld->first) * row_size + d.offset, d.size, v);
    }
    return true;
}

#define DECODE_AS(kind)                                                                            \
    (ld->trusted ? decode_column_as(ld, kind, true, t, c, p, rows)                                 \
                 : decode_column_as(ld, kind, false, t, c, p, rows))
static bool decode_column(Loader *ld, uint32_t t, uint32_t c, const uint8_t *p, char *rows)
{
    switch (schemas[t].cols[c].kind) {
    case COL_U16:
    case COL_U32: return DECODE_AS(COL_U32);
    case COL_STR: return DECODE_AS(COL_STR);
    case COL_GUID: return DECODE_AS(COL_GUID);
    case COL_BLOB: return DECODE_AS(COL_BLOB);
    case COL_IDX: return DECODE_AS(COL_IDX);
    case COL_LIST: return DECODE_AS(COL_LIST);
    default: return DECODE_AS(COL_CODED);
    }
}
#undef DECODE_AS

/* A run ends where the next row's starts; the last run ends after the target's last row. */
static uint32_t run_end(uint32_t i, uint32_t n, uint32_t next_first, uint32_t target_rows)
{
    return i + 1 < n ? next_first : target_rows + 1;
}

/* Rows [ld->first, +ld->count) of a table into `rows` (row ld->first first), column by
 * column: a bad cell is reported by the first column that has one. */
static bool decode_rows(Loader *ld, uint32_t t, char *rows)
{
    ld->table = t;
    memset(ld->prev_list, 0, sizeof ld->prev_list);
    const uint8_t *p = ld->lay->table_data[t];
    for (uint32_t c = 0; c < ld->lay->n_cols[t]; c++) {
        if (!decode_column(ld, t, c, p, dests[t][c].size ? rows : NULL)) return false;
        p += ld->lay->width[t][c];
    }
    return true;
}

static bool decode_table(Loader *ld, uint32_t t)
{
    CilImage *img = ld->img;
    const RowArray *ra = &row_arrays[t];
    if ((LAZY_TABLES >> t & 1) && ld->trusted && img->rows[t]) { /* see cil_row */
        size_t n_chunks = (img->rows[t] + CIL_CHUNK_ROWS - 1) / CIL_CHUNK_ROWS;
        img->chunks[t] = cil_arena_alloc(&img->arena, n_chunks * sizeof(void *));
        return true;
    }
    char *rows = NULL;
    if (ra->row_size && img->rows[t])
        *(void **)((char *)img + ra->field_offset) = rows =
            cil_arena_alloc(&img->arena, (size_t)img->rows[t] * ra->row_size);
    ld->first = 0, ld->count = img->rows[t];
    return decode_rows(ld, t, rows);
}

/* Rows [first, first + count) of a vouched image's MethodDef table, row by row: the
 * columnar decoder costs six column set-ups per chunk and a dispatch per cell, five times
 * this. The unit test vouched_rows_match_checked_rows compares every row with a checked
 * decode. param_end needs the next row's ParamList, read raw across a chunk's end. */
static void decode_methoddef_rows(CilImage *img, uint32_t first, uint32_t count,
                                  CilMethodDefRow *rows)
{
    const CilTableLayout *lay = img->layout;
    const uint8_t *w = lay->width[CIL_TBL_METHODDEF]; /* rva impl flags name sig params */
    const uint8_t *at = lay->col_offset[CIL_TBL_METHODDEF];
    const uint32_t stride = lay->row_size[CIL_TBL_METHODDEF], n = img->rows[CIL_TBL_METHODDEF];
    const uint8_t *p = lay->table_data[CIL_TBL_METHODDEF] + (size_t)first * stride;
    for (uint32_t i = first; i < first + count; i++, p += stride) {
        CilMethodDefRow *r = &rows[i - first];
        r->rva = rd32(p);
        r->impl_flags = rd16(p + 4);
        r->flags = rd16(p + 6);
        r->name = trusted_string(img, cell(p + at[3], w[3]));
        r->sig = trusted_blob(img, cell(p + at[4], w[4]));
        r->param_first = cell(p + at[5], w[5]);
        r->param_end = i + 1 < n ? cell(p + stride + at[5], w[5]) : img->rows[CIL_TBL_PARAM] + 1;
    }
}

/* Rows [first, first + count) of a vouched image's TypeDef table, row by row, as MethodDef's
 * above: the columnar decoder cost a start more than two thousand instructions a chunk, a
 * type lookup by name decoding one. The list ends follow (typedef_list_ends). */
static void decode_typedef_rows(CilImage *img, uint32_t first, uint32_t count, CilTypeDefRow *rows)
{
    const CilTableLayout *lay = img->layout;
    const uint8_t *w = lay->width[CIL_TBL_TYPEDEF]; /* flags name ns extends fields methods */
    const uint8_t *at = lay->col_offset[CIL_TBL_TYPEDEF];
    const uint32_t stride = lay->row_size[CIL_TBL_TYPEDEF];
    const uint8_t *p = lay->table_data[CIL_TBL_TYPEDEF] + (size_t)first * stride;
    for (uint32_t i = 0; i < count; i++, p += stride) {
        CilTypeDefRow *r = &rows[i];
        r->flags = rd32(p);
        r->name = trusted_string(img, cell(p + at[1], w[1]));
        r->ns = trusted_string(img, cell(p + at[2], w[2]));
        r->extends = coded_token(&coded_indexes[CI_TYPEDEFORREF], cell(p + at[3], w[3]));
        r->field_first = cell(p + at[4], w[4]);
        r->method_first = cell(p + at[5], w[5]);
    }
}

/* The raw cell (row from 0) of column c, as the table stores it. */
static uint32_t raw_cell(const CilTableLayout *lay, uint32_t t, uint32_t row, uint32_t c)
{
    const uint8_t *p = lay->table_data[t] + (size_t)row * lay->row_size[t];
    return cell(p + lay->col_offset[t][c], lay->width[t][c]);
}

enum { TYPEDEF_FIELD_LIST = 4, TYPEDEF_METHOD_LIST = 5, METHODDEF_FLAGS = 2 }; /* columns */

uint32_t cil_typedef_list_first(const CilImage *img, uint32_t row, bool fields)
{
    return raw_cell(img->layout, CIL_TBL_TYPEDEF, row - 1,
                    fields ? TYPEDEF_FIELD_LIST : TYPEDEF_METHOD_LIST);
}

uint16_t cil_methoddef_flags(const CilImage *img, uint32_t row)
{
    return (uint16_t)raw_cell(img->layout, CIL_TBL_METHODDEF, row - 1, METHODDEF_FLAGS);
}

/* TypeDef rows [first, first + count)'s list ends (the whole table at open, or a chunk):
 * the next row's list starts, read raw, so across a chunk's end too. */
static void typedef_list_ends(CilImage *img, uint32_t first, uint32_t count, CilTypeDefRow *rows)
{
    uint32_t n = img->rows[CIL_TBL_TYPEDEF];
    for (uint32_t i = first; i < first + count; i++) {
        CilTypeDefRow *r = &rows[i - first];
        bool last = i + 1 >= n;
        r->field_end =
            last ? img->rows[CIL_TBL_FIELD] + 1 : cil_typedef_list_first(img, i + 2, true);
        r->method_end =
            last ? img->rows[CIL_TBL_METHODDEF] + 1 : cil_typedef_list_first(img, i + 2, false);
    }
}

void *cil_decode_chunk(CilImage *img, uint32_t table, uint32_t chunk)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    char *rows = img->chunks[table][chunk];
    if (!rows) {
        uint32_t n = img->rows[table], first = chunk * CIL_CHUNK_ROWS;
        uint32_t count = n - first < CIL_CHUNK_ROWS ? n - first : CIL_CHUNK_ROWS;
        rows = cil_arena_alloc(&img->chunk_arena, (size_t)count * row_arrays[table].row_size);
        if (table == CIL_TBL_METHODDEF) {
            decode_methoddef_rows(img, first, count, (CilMethodDefRow *)rows);
        } else if (table == CIL_TBL_TYPEDEF) {
            decode_typedef_rows(img, first, count, (CilTypeDefRow *)rows);
            typedef_list_ends(img, first, count, (CilTypeDefRow *)rows);
        } else {
            Loader ld = {
                .img = img, .lay = img->layout, .trusted = true, .first = first, .count = count};
            decode_rows(&ld, table, rows); /* unchecked: it cannot fail */
        }
        __atomic_store_n(&img->chunks[table][chunk], rows, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&lock);
    return rows;
}

static void compute_list_ends(CilImage *img)
{
    if (!img->chunks[CIL_TBL_TYPEDEF]) /* else per chunk */
        typedef_list_ends(img, 0, img->rows[CIL_TBL_TYPEDEF], img->typedef_);
    uint32_t n =
        img->chunks[CIL_TBL_METHODDEF] ? 0 : img->rows[CIL_TBL_METHODDEF]; /* else per chunk */
    for (uint32_t i = 0; i < n; i++) {
        CilMethodDefRow *r = &img->methoddef_[i], *next = i + 1 < n ? r + 1 : r;
        r->param_end = run_end(i, n, next->param_first, img->rows[CIL_TBL_PARAM]);
    }
}

/* The list ends of a deferred map table, once it is decoded. */
static void compute_deferred_list_ends(CilImage *img, uint32_t t)
{
    uint32_t n = img->rows[t];
    if (t == CIL_TBL_EVENTMAP)
        for (uint32_t i = 0; i < n; i++) {
            CilEventMapRow *r = &img->eventmap[i], *next = i + 1 < n ? r + 1 : r;
            r->event_end = run_end(i, n, next->event_first, img->rows[CIL_TBL_EVENT]);
        }
    if (t == CIL_TBL_PROPERTYMAP)
        for (uint32_t i = 0; i < n; i++) {
            CilPropertyMapRow *r = &img->propertymap[i], *next = i + 1 < n ? r + 1 : r;
            r->property_end = run_end(i, n, next->property_first, img->rows[CIL_TBL_PROPERTY]);
        }
}

/* ---- the #~ stream header (II.24.2.6) ---- */

static bool read_row_counts(Loader *ld, const uint8_t *s, uint32_t size, uint32_t *header_size)
{
    CilImage *img = ld->img;
    if (size < 24) return md_error(ld, "metadata table stream header runs past end of #~ stream");
    ld->lay->heap_sizes = s[6];
    uint64_t valid = rd64(s + 8);
    uint64_t off = 24;
    for (uint32_t t = 0; t < 64; t++) {
        if (!(valid >> t & 1)) continue;
        if (t >= CIL_TBL_COUNT)
            return md_error(ld, "metadata table stream: unknown table 0x%02x present", t);
        if (off + 4 > size)
            return md_error(ld, "metadata table stream: row counts run past end of #~ stream");
        img->rows[t] = rd32(s + off);
        off += 4;
        if (img->rows[t] > 0x00FFFFFF)
            return md_error(ld, "metadata table %s: %u rows is more than a token can address",
                            schemas[t].name, img->rows[t]);
    }
    if (ld->lay->heap_sizes & 0x40) /* extra data: one dword follows the row counts */
        off += 4;
    if (off > size)
        return md_error(ld, "metadata table stream: row counts run past end of #~ stream");
    *header_size = (uint32_t)off;
    return true;
}

static bool check_supported(Loader *ld)
{
    static const uint8_t ptr_tables[] = {CIL_TBL_FIELDPTR, CIL_TBL_METHODPTR, CIL_TBL_PARAMPTR,
                                         CIL_TBL_EVENTPTR, CIL_TBL_PROPERTYPTR};
    for (size_t i = 0; i < sizeof ptr_tables; i++)
        if (ld->img->rows[ptr_tables[i]])
            return md_error(
                ld,
                "metadata table %s: indirection tables (unoptimized metadata) are not supported",
                schemas[ptr_tables[i]].name);
    if (ld->img->rows[CIL_TBL_MODULE] == 0)
        return md_error(ld, "metadata table Module has no rows");
    return true;
}

static bool load_tables(Loader *ld, const uint8_t *s, uint32_t size)
{
    uint32_t header = 0;
    if (!read_row_counts(ld, s, size, &header) || !check_supported(ld) ||
        !place_tables(ld, s + header, size - header))
        return false;
    for (uint32_t t = 0; t < CIL_TBL_COUNT; t++)
        if (!(DEFERRED_TABLES >> t & 1) && !decode_table(ld, t)) return false;
    compute_list_ends(ld->img);
    ld->img->deferred = DEFERRED_TABLES;
    return true;
}

/* ---- metadata root and stream headers (II.24.2.1, II.24.2.2) ---- */

typedef struct Stream {
    const uint8_t *data;
    uint32_t size;
} Stream;

/* Parses one stream header at root + *pos; advances *pos. */
static bool read_stream_header(Loader *ld, const uint8_t *root, uint32_t size, uint32_t *pos,
                               uint32_t i, Stream *out, const char **name)
{
    uint32_t p = *pos;
    if ((uint64_t)p + 8 > size)
        return md_error(ld, "metadata stream header %u runs past end of metadata", i);
    uint32_t off = rd32(root + p), len = rd32(root + p + 4);
    uint32_t avail = size - p - 8, max = avail < 32 ? avail : 32;
    const uint8_t *nul = memchr(root + p + 8, 0, max);
    if (!nul) return md_error(ld, "metadata stream header %u: name is not NUL-terminated", i);
    *name = (const char *)root + p + 8;
    uint32_t name_size = (uint32_t)(nul - (root + p + 8)) + 1;
    *pos = p + 8 + ((name_size + 3) & ~3u);
    if ((uint64_t)off + len > size)
        return md_error(ld, "metadata stream %s (offset 0x%x, %u bytes) runs past end of metadata",
                        *name, off, len);
    *out = (Stream){root + off, len};
    return true;
}

static void assign_stream(CilImage *img, const char *name, Stream s, Stream *tables)
{
    if (!strcmp(name, "#~") || !strcmp(name, "#-"))
        *tables = s;
    else if (!strcmp(name, "#Strings"))
        img->strings = s.data, img->strings_size = s.size;
    else if (!strcmp(name, "#Blob"))
        img->blob = s.data, img->blob_size = s.size;
    else if (!strcmp(name, "#US"))
        img->us = s.data, img->us_size = s.size;
    else if (!strcmp(name, "#GUID"))
        img->guid = s.data, img->guid_size = s.size;
    /* Other streams (#Pdb, #JTD...) carry nothing ilc reads. */
}

static bool read_root(Loader *ld, const uint8_t *root, uint32_t size, Stream *tables)
{
    if (size < 16 || rd32(root) != 0x424A5342)
        return md_error(ld, "metadata root: no BSJB signature");
    uint32_t vlen = rd32(root + 12);
    if ((uint64_t)16 + vlen + 4 > size)
        return md_error(ld, "metadata root: version string (%u bytes) runs past end of metadata",
                        vlen);
    const char *v = (const char *)root + 16;
    const char *nul = memchr(v, 0, vlen);
    size_t n = nul ? (size_t)(nul - v) : vlen;
    char *version = cil_arena_alloc(&ld->img->arena, n + 1);
    memcpy(version, v, n);
    ld->img->version = version;
    uint32_t pos = 16 + vlen;
    uint32_t n_streams = rd16(root + pos + 2);
    pos += 4;
    *tables = (Stream){NULL, 0};
    for (uint32_t i = 0; i < n_streams; i++) {
        Stream s = {NULL, 0};
        const char *name = "";
        if (!read_stream_header(ld, root, size, &pos, i, &s, &name)) return false;
        assign_stream(ld->img, name, s, tables);
    }
    if (!tables->data) return md_error(ld, "metadata root: no #~ table stream");
    return true;
}

bool cil_metadata_load(CilImage *img, const uint8_t *root, uint32_t size, CilDiag *diag)
{
    img->layout = cil_arena_alloc(&img->arena, sizeof *img->layout);
    Loader ld = {.img = img, .diag = diag, .lay = img->layout, .trusted = img->vouched};
    Stream tables = {NULL, 0};
    return read_root(&ld, root, size, &tables) && load_tables(&ld, tables.data, tables.size);
}

bool cil_image_table(CilImage *img, uint32_t table, CilDiag *diag)
{
    if (table >= CIL_TBL_COUNT || !(img->deferred >> table & 1)) return true;
    Loader ld = {.img = img, .diag = diag, .lay = img->layout, .trusted = img->vouched};
    if (!decode_table(&ld, table)) { /* no half-decoded rows for anyone to read */
        *(void **)((char *)img + row_arrays[table].field_offset) = NULL;
        return false;
    }
    compute_deferred_list_ends(img, table);
    img->deferred &= ~(1ull << table);
    return true;
}

/* ---- tokens and user strings ---- */

bool cil_user_string(const CilImage *img, uint32_t token, const uint16_t **chars, uint32_t *length)
{
    uint32_t off = CIL_TOKEN_ROW(token);
    if (CIL_TOKEN_TABLE(token) != CIL_TBL_USERSTRING || off >= img->us_size) return false;
    uint32_t len, hdr, avail = img->us_size - off;
    if (!blob_length(img->us + off, avail, &len, &hdr) || len > avail - hdr) return false;
    /* UTF-16 code units plus one trailing flag byte (II.24.2.4); an even length is malformed. */
    if (len != 0 && len % 2 == 0) return false;
    *chars = (const uint16_t *)(img->us + off + hdr);
    *length = len ? (len - 1) / 2 : 0;
    return true;
}

bool cil_token_valid(const CilImage *img, uint32_t token)
{
    uint32_t t = CIL_TOKEN_TABLE(token), row = CIL_TOKEN_ROW(token);
    if (t == CIL_TBL_USERSTRING) {
        const uint16_t *chars;
        uint32_t len;
        return cil_user_string(img, token, &chars, &len);
    }
    return t < CIL_TBL_COUNT && row >= 1 && row <= img->rows[t];
}

/* ---- method bodies (II.25.4) ---- */

#define BODY_TINY        0x2
#define BODY_FAT         0x3
#define BODY_MORE_SECTS  0x08
#define BODY_INIT_LOCALS 0x10
#define SECT_EH_TABLE    0x01
#define SECT_FAT         0x40
#define SECT_MORE        0x80

typedef struct BodyReader {
    const CilImage *img;
    uint32_t row;
    uint32_t code_size;
    CilDiag *diag;
} BodyReader;

static bool body_error(const BodyReader *br, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static bool body_error(const BodyReader *br, const char *fmt, ...)
{
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    cil_diag_set(br->diag, "%s: MethodDef row %u body: %s", br->img->path, br->row, what);
    return false;
}

/* Bytes at a 64-bit RVA, NULL unless all of them lie inside one section. */
static const uint8_t *body_bytes(const CilImage *img, uint64_t rva, uint64_t size)
{
    if (rva > UINT32_MAX || size > UINT32_MAX) return NULL;
    return cil_image_rva(img, (uint32_t)rva, (uint32_t)size);
}

static bool range_in_code(uint32_t off, uint32_t len, uint32_t code_size)
{
    return (uint64_t)off + len <= code_size;
}

static bool check_clause(const BodyReader *br, uint32_t i, const CilEHClause *c)
{
    if (c->kind != CIL_EH_CATCH && c->kind != CIL_EH_FILTER && c->kind != CIL_EH_FINALLY &&
        c->kind != CIL_EH_FAULT)
        return body_error(br, "EH clause %u has unknown kind 0x%x", i, c->kind);
    if (!range_in_code(c->try_offset, c->try_length, br->code_size))
        return body_error(br, "EH clause %u try range 0x%x+0x%x lies outside the code (%u bytes)",
                          i, c->try_offset, c->try_length, br->code_size);
    if (!range_in_code(c->handler_offset, c->handler_length, br->code_size))
        return body_error(br,
                          "EH clause %u handler range 0x%x+0x%x lies outside the code (%u bytes)",
                          i, c->handler_offset, c->handler_length, br->code_size);
    if (c->kind == CIL_EH_FILTER && c->filter_offset >= br->code_size)
        return body_error(br, "EH clause %u filter offset 0x%x lies outside the code", i,
                          c->filter_offset);
    uint32_t t = CIL_TOKEN_TABLE(c->class_token);
    if (c->kind == CIL_EH_CATCH &&
        (!cil_token_valid(br->img, c->class_token) ||
         (t != CIL_TBL_TYPEDEF && t != CIL_TBL_TYPEREF && t != CIL_TBL_TYPESPEC)))
        return body_error(br, "EH clause %u catch type token 0x%08x out of range", i,
                          c->class_token);
    return true;
}

static void decode_clause(const uint8_t *p, bool fat, CilEHClause *c)
{
    if (fat) {
        *c = (CilEHClause){rd32(p), rd32(p + 4), rd32(p + 8), rd32(p + 12), rd32(p + 16), 0, 0};
    } else {
        *c = (CilEHClause){rd16(p), rd16(p + 2), p[4], rd16(p + 5), p[7], 0, 0};
    }
    uint32_t extra = rd32(p + (fat ? 20 : 8));
    if (c->kind == CIL_EH_FILTER)
        c->filter_offset = extra;
    else if (c->kind == CIL_EH_CATCH)
        c->class_token = extra;
}

/* Walks the chain of data sections after the code. Counts the clauses into *count and,
 * when out is not NULL, stores them too: called once to size, once to fill. */
static bool walk_sections(const BodyReader *br, uint64_t rva, CilEHClause *out, uint32_t *count)
{
    *count = 0;
    for (;;) {
        rva = (rva + 3) & ~(uint64_t)3;
        const uint8_t *h = body_bytes(br->img, rva, 4);
        if (!h) return body_error(br, "EH section header runs past end of section");
        bool fat = h[0] & SECT_FAT;
        uint32_t size = fat ? (uint32_t)h[1] | (uint32_t)h[2] << 8 | (uint32_t)h[3] << 16 : h[1];
        if (size < 4) return body_error(br, "EH section of %u bytes is too small", size);
        const uint8_t *p = body_bytes(br->img, rva, size);
        if (!p) return body_error(br, "EH section runs past end of section");
        uint32_t clause_size = fat ? 24 : 12;
        for (uint32_t i = 0; (h[0] & SECT_EH_TABLE) && i < (size - 4) / clause_size; i++) {
            CilEHClause c;
            decode_clause(p + 4 + i * clause_size, fat, &c);
            if (!check_clause(br, *count, &c)) return false;
            if (out) out[*count] = c;
            ++*count;
        }
        if (!(h[0] & SECT_MORE)) return true;
        rva += size;
    }
}

static bool read_tiny(const BodyReader *br, uint32_t rva, uint8_t first, CilBody *out)
{
    out->code_size = first >> 2;
    out->max_stack = 8;
    out->code = body_bytes(br->img, (uint64_t)rva + 1, out->code_size);
    if (!out->code)
        return body_error(br, "code (%u bytes) runs past end of section", out->code_size);
    return true;
}

static bool read_fat(BodyReader *br, uint32_t rva, CilArena *arena, CilBody *out)
{
    const uint8_t *h = body_bytes(br->img, rva, 12);
    if (!h) return body_error(br, "fat header runs past end of section");
    uint16_t flags = rd16(h) & 0x0FFF;
    if (h[1] >> 4 != 3)
        return body_error(br, "fat header size is %u dwords, expected 3", h[1] >> 4);
    out->max_stack = rd16(h + 2);
    out->code_size = br->code_size = rd32(h + 4);
    out->local_sig_token = rd32(h + 8);
    out->init_locals = flags & BODY_INIT_LOCALS;
    if (out->local_sig_token && (CIL_TOKEN_TABLE(out->local_sig_token) != CIL_TBL_STANDALONESIG ||
                                 !cil_token_valid(br->img, out->local_sig_token)))
        return body_error(br,
                          "local variable signature token 0x%08x is not a StandAloneSig in range",
                          out->local_sig_token);
    out->code = body_bytes(br->img, (uint64_t)rva + 12, out->code_size);
    if (!out->code)
        return body_error(br, "code (%u bytes) runs past end of section", out->code_size);
    if (!(flags & BODY_MORE_SECTS)) return true;
    uint64_t sect = (uint64_t)rva + 12 + out->code_size;
    if (!walk_sections(br, sect, NULL, &out->n_clauses)) return false;
    if (out->n_clauses == 0) return true;
    out->clauses = cil_arena_alloc(arena, (size_t)out->n_clauses * sizeof(CilEHClause));
    return walk_sections(br, sect, out->clauses, &out->n_clauses);
}

bool cil_method_body(const CilImage *img, uint32_t row, CilArena *arena, CilBody *out,
                     CilDiag *diag)
{
    BodyReader br = {img, row, 0, diag};
    memset(out, 0, sizeof *out);
    if (row == 0 || row > img->rows[CIL_TBL_METHODDEF])
        return body_error(&br, "no such MethodDef row");
    uint32_t rva = cil_methoddef(img, row)->rva;
    if (rva == 0) return body_error(&br, "has no body");
    const uint8_t *h = cil_image_rva(img, rva, 1);
    if (!h) return body_error(&br, "RVA 0x%x lies outside every section", rva);
    switch (h[0] & 3) {
    case BODY_TINY: return read_tiny(&br, rva, h[0], out);
    case BODY_FAT: return read_fat(&br, rva, arena, out);
    default: return body_error(&br, "unknown header format (first byte 0x%02x)", h[0]);
    }
}
