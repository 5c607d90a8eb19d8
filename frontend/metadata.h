/*
 * metadata.h — ECMA-335 Partition II on-disk structures, decoded.
 *
 * Included by frontend/internal.h only; the rest of ilc sees frontend.h.
 *
 * cil_image_open() maps a whole file, parses PE/COFF (II.25), the CLI header, the
 * metadata root and its streams (II.24), then decodes every table ilc reads into arrays of
 * the row structs below (the few nobody reads wait for cil_image_table; an image a vouch
 * vouches for decodes its biggest tables as their rows are read: cil_row). Every index is
 * validated as its table is decoded: strings are NUL-terminated inside #Strings, blobs lie
 * inside #Blob, coded indexes name an existing row (or 0 where the spec allows null), list
 * indexes are monotonic. After that nothing that reads these rows needs a bounds check
 * again, except signature and IL bytes, whose decoders check as they go.
 *
 * Row numbering is the spec's: 1-based. Table t row r lives at img->TABLE[r - 1], or
 * cil_TABLE(img, r) for the tables decoded late.
 * Tokens are (table << 24) | row.
 */
#ifndef ILC_METADATA_H
#define ILC_METADATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- diagnostics: one located, worded message ---- */
/* Most failures are errors: bad input, or code ilc cannot compile. A reference to a type,
 * method or field that ilc's corlib lacks is different: the program is valid, and .NET
 * would run it until it needs the member, then throw. The kind says which exception, so
 * that backends decide by kind, never by the wording of msg. */
typedef enum CilDiagKind {
    CIL_DIAG_ERROR,          /* the default: CilDiag d = {0} */
    CIL_DIAG_MISSING_TYPE,   /* System.TypeLoadException */
    CIL_DIAG_MISSING_METHOD, /* System.MissingMethodException */
    CIL_DIAG_MISSING_FIELD,  /* System.MissingFieldException */
} CilDiagKind;
typedef struct CilDiag {
    char msg[1024]; /* "prog.exe: metadata table MethodDef row 12: name index out of range" */
    CilDiagKind kind;
    char exception_msg[512]; /* a missing member: the exception's message, in .NET's words */
} CilDiag;
/* An error: sets msg, and kind back to CIL_DIAG_ERROR. */
void cil_diag_set(CilDiag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A missing member: kind, the exception's message, and msg as cil_diag_set. */
void cil_diag_missing(CilDiag *d, CilDiagKind kind, const char *exception_msg, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Rewords msg (say, to add where it was met), keeping the kind and exception message. */
void cil_diag_reword(CilDiag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The exception a missing member raises ("System.MissingMethodException"); NULL for errors. */
const char *cil_diag_exception(const CilDiag *d);

/* ---- arena: per-image and per-method allocation, freed in one go ---- */
typedef struct CilArenaBlock CilArenaBlock;
typedef struct CilArena {
    CilArenaBlock *head;
} CilArena;
void *cil_arena_alloc(CilArena *a, size_t size); /* zeroed, 16-byte aligned; aborts on OOM */
char *cil_arena_strdup(CilArena *a, const char *s);
/* The strings up to a NULL, joined: type loading builds every name this way, at a fraction
 * of snprintf's cost. */
char *cil_arena_concat(CilArena *a, const char *first, ...) __attribute__((sentinel));
void cil_arena_free(CilArena *a);

/* ---- tables (II.22) ---- */
typedef enum CilTable {
    CIL_TBL_MODULE = 0x00,
    CIL_TBL_TYPEREF = 0x01,
    CIL_TBL_TYPEDEF = 0x02,
    CIL_TBL_FIELDPTR = 0x03,
    CIL_TBL_FIELD = 0x04,
    CIL_TBL_METHODPTR = 0x05,
    CIL_TBL_METHODDEF = 0x06,
    CIL_TBL_PARAMPTR = 0x07,
    CIL_TBL_PARAM = 0x08,
    CIL_TBL_INTERFACEIMPL = 0x09,
    CIL_TBL_MEMBERREF = 0x0A,
    CIL_TBL_CONSTANT = 0x0B,
    CIL_TBL_CUSTOMATTRIBUTE = 0x0C,
    CIL_TBL_FIELDMARSHAL = 0x0D,
    CIL_TBL_DECLSECURITY = 0x0E,
    CIL_TBL_CLASSLAYOUT = 0x0F,
    CIL_TBL_FIELDLAYOUT = 0x10,
    CIL_TBL_STANDALONESIG = 0x11,
    CIL_TBL_EVENTMAP = 0x12,
    CIL_TBL_EVENTPTR = 0x13,
    CIL_TBL_EVENT = 0x14,
    CIL_TBL_PROPERTYMAP = 0x15,
    CIL_TBL_PROPERTYPTR = 0x16,
    CIL_TBL_PROPERTY = 0x17,
    CIL_TBL_METHODSEMANTICS = 0x18,
    CIL_TBL_METHODIMPL = 0x19,
    CIL_TBL_MODULEREF = 0x1A,
    CIL_TBL_TYPESPEC = 0x1B,
    CIL_TBL_IMPLMAP = 0x1C,
    CIL_TBL_FIELDRVA = 0x1D,
    CIL_TBL_ENCLOG = 0x1E,
    CIL_TBL_ENCMAP = 0x1F,
    CIL_TBL_ASSEMBLY = 0x20,
    CIL_TBL_ASSEMBLYPROCESSOR = 0x21,
    CIL_TBL_ASSEMBLYOS = 0x22,
    CIL_TBL_ASSEMBLYREF = 0x23,
    CIL_TBL_ASSEMBLYREFPROCESSOR = 0x24,
    CIL_TBL_ASSEMBLYREFOS = 0x25,
    CIL_TBL_FILE = 0x26,
    CIL_TBL_EXPORTEDTYPE = 0x27,
    CIL_TBL_MANIFESTRESOURCE = 0x28,
    CIL_TBL_NESTEDCLASS = 0x29,
    CIL_TBL_GENERICPARAM = 0x2A,
    CIL_TBL_METHODSPEC = 0x2B,
    CIL_TBL_GENERICPARAMCONSTRAINT = 0x2C,
    CIL_TBL_COUNT = 0x2D,
    CIL_TBL_USERSTRING = 0x70 /* token type of ldstr operands, not a table */
} CilTable;

#define CIL_TOKEN(tbl, row)  (((uint32_t)(tbl) << 24) | (uint32_t)(row))
#define CIL_TOKEN_TABLE(tok) ((uint32_t)(tok) >> 24)
#define CIL_TOKEN_ROW(tok)   ((uint32_t)(tok)&0x00FFFFFFu)
const char *cil_table_name(uint32_t table); /* "MethodDef"; "table 0x2f" for unknown */

typedef struct CilBlob {
    const uint8_t *data;
    uint32_t size;
} CilBlob;

typedef struct CilModuleRow {
    const char *name;
    const uint8_t *mvid; /* 16 bytes */
} CilModuleRow;
typedef struct CilTypeRefRow {
    uint32_t scope; /* token or 0 */
    const char *name, *ns;
} CilTypeRefRow;
typedef struct CilTypeDefRow {
    uint32_t flags;
    const char *name, *ns;
    uint32_t extends;                  /* TypeDef/TypeRef/TypeSpec token, or 0 */
    uint32_t field_first, field_end;   /* Field rows [first, end) */
    uint32_t method_first, method_end; /* MethodDef rows [first, end) */
} CilTypeDefRow;
typedef struct CilFieldRow {
    uint16_t flags;
    const char *name;
    CilBlob sig;
} CilFieldRow;
typedef struct CilMethodDefRow {
    uint32_t rva;
    uint16_t impl_flags, flags;
    const char *name;
    CilBlob sig;
    uint32_t param_first, param_end; /* Param rows [first, end) */
} CilMethodDefRow;
typedef struct CilParamRow {
    uint16_t flags, seq;
    const char *name;
} CilParamRow;
typedef struct CilInterfaceImplRow {
    uint32_t class_row;
    uint32_t iface; /* token */
} CilInterfaceImplRow;
typedef struct CilMemberRefRow {
    uint32_t parent; /* token */
    const char *name;
    CilBlob sig;
} CilMemberRefRow;
typedef struct CilConstantRow {
    uint8_t type;
    uint32_t parent; /* token */
    CilBlob value;
} CilConstantRow;
typedef struct CilCustomAttributeRow {
    uint32_t parent, type; /* tokens */
    CilBlob value;
} CilCustomAttributeRow;
typedef struct CilFieldMarshalRow {
    uint32_t parent;
    CilBlob native_type;
} CilFieldMarshalRow;
typedef struct CilDeclSecurityRow {
    uint16_t action;
    uint32_t parent;
    CilBlob permission_set;
} CilDeclSecurityRow;
typedef struct CilClassLayoutRow {
    uint16_t packing;
    uint32_t size;
    uint32_t parent_row;
} CilClassLayoutRow;
typedef struct CilFieldLayoutRow {
    uint32_t offset;
    uint32_t field_row;
} CilFieldLayoutRow;
typedef struct CilStandAloneSigRow {
    CilBlob sig;
} CilStandAloneSigRow;
typedef struct CilEventMapRow {
    uint32_t parent_row;
    uint32_t event_first, event_end;
} CilEventMapRow;
typedef struct CilEventRow {
    uint16_t flags;
    const char *name;
    uint32_t type; /* token */
} CilEventRow;
typedef struct CilPropertyMapRow {
    uint32_t parent_row;
    uint32_t property_first, property_end;
} CilPropertyMapRow;
typedef struct CilPropertyRow {
    uint16_t flags;
    const char *name;
    CilBlob type;
} CilPropertyRow;
typedef struct CilMethodSemanticsRow {
    uint16_t semantics;
    uint32_t method_row;
    uint32_t association; /* token */
} CilMethodSemanticsRow;
typedef struct CilMethodImplRow {
    uint32_t class_row;
    uint32_t body, decl; /* tokens */
} CilMethodImplRow;
typedef struct CilModuleRefRow {
    const char *name;
} CilModuleRefRow;
typedef struct CilTypeSpecRow {
    CilBlob sig;
} CilTypeSpecRow;
typedef struct CilImplMapRow {
    uint16_t flags;
    uint32_t member; /* token */
    const char *import_name;
    uint32_t scope_row;
} CilImplMapRow;
typedef struct CilFieldRVARow {
    uint32_t rva;
    uint32_t field_row;
} CilFieldRVARow;
typedef struct CilAssemblyRow {
    uint32_t hash_alg;
    uint16_t major, minor, build, revision;
    uint32_t flags;
    CilBlob public_key;
    const char *name, *culture;
} CilAssemblyRow;
typedef struct CilAssemblyRefRow {
    uint16_t major, minor, build, revision;
    uint32_t flags;
    CilBlob public_key;
    const char *name, *culture;
    CilBlob hash;
} CilAssemblyRefRow;
typedef struct CilNestedClassRow {
    uint32_t nested_row, enclosing_row;
} CilNestedClassRow;
typedef struct CilGenericParamRow {
    uint16_t number, flags;
    uint32_t owner; /* token */
    const char *name;
} CilGenericParamRow;
typedef struct CilMethodSpecRow {
    uint32_t method; /* token */
    CilBlob instantiation;
} CilMethodSpecRow;
typedef struct CilGenericParamConstraintRow {
    uint32_t owner_row;
    uint32_t constraint; /* token */
} CilGenericParamConstraintRow;

typedef struct CilSection {
    char name[9];
    uint32_t virtual_address, virtual_size, raw_offset, raw_size;
} CilSection;

/* Lookups by a key column, for tables that would otherwise be scanned (cil_rows_with). */
typedef enum CilRowKey {
    CIL_KEY_METHODIMPL_CLASS,       /* MethodImpl rows by class (TypeDef row) */
    CIL_KEY_INTERFACEIMPL_CLASS,    /* InterfaceImpl rows by class */
    CIL_KEY_GENERICPARAM_OWNER,     /* GenericParam rows by owner (token) */
    CIL_KEY_NESTED_NESTED,          /* NestedClass rows by nested TypeDef row */
    CIL_KEY_NESTED_ENCLOSING,       /* NestedClass rows by enclosing TypeDef row */
    CIL_KEY_TYPEDEF_NAME,           /* top-level TypeDef rows by hash of namespace and name */
    CIL_KEY_CUSTOMATTRIBUTE_PARENT, /* CustomAttribute rows by parent (token) */
    CIL_KEY_CONSTANT_PARENT,        /* Constant rows by parent (token) */
    CIL_KEY_SEMANTICS_ASSOCIATION,  /* MethodSemantics rows by property or event (token); the
                                       table must be decoded first (cil_image_table) */
    CIL_KEYS
} CilRowKey;
typedef struct CilRowIndex {
    uint32_t n;
    uint32_t *keys, *rows; /* sorted by key, then row */
} CilRowIndex;

typedef struct CilTableLayout CilTableLayout;

/* Which file, and which version of it: if a file's stamp is the one it had when someone
 * hashed it, it still has those bytes. Writing to a file moves its ctime, which no
 * unprivileged program can set back; replacing it gives a new inode. */
typedef struct CilFileStamp {
    uint64_t dev, ino, size;
    int64_t mtime_ns, ctime_ns;
} CilFileStamp;
/* The stamp of the open file fd; false when it cannot be read. */
bool cil_fd_stamp(int fd, CilFileStamp *stamp);

/* A loaded assembly file. Owns its bytes and everything decoded from them. */
typedef struct CilImage {
    char *path;       /* as given; used in every message */
    const char *name; /* file name part of path */
    uint8_t *data;
    size_t size;
    CilArena arena;

    CilSection *sections;
    uint32_t n_sections;
    uint32_t cli_flags;
    uint32_t entry_point_token; /* MethodDef token of the entry point, or 0 */
    const char *version;        /* metadata version string, "v4.0.30319" */

    const uint8_t *strings;
    uint32_t strings_size;
    const uint8_t *blob;
    uint32_t blob_size;
    const uint8_t *us;
    uint32_t us_size;
    const uint8_t *guid;
    uint32_t guid_size;

    uint32_t rows[64]; /* row count of every table, 0 if absent */

    CilModuleRow *module;
    CilTypeRefRow *typeref_;     /* read through cil_typeref */
    CilTypeDefRow *typedef_;     /* read through cil_typedef */
    CilFieldRow *field_;         /* read through cil_field */
    CilMethodDefRow *methoddef_; /* read through cil_methoddef */
    CilParamRow *param;
    CilInterfaceImplRow *interfaceimpl_;     /* read through cil_interfaceimpl */
    CilMemberRefRow *memberref_;             /* read through cil_memberref */
    CilConstantRow *constant_;               /* read through cil_constant */
    CilCustomAttributeRow *customattribute_; /* read through cil_customattribute */
    CilFieldMarshalRow *fieldmarshal;
    CilDeclSecurityRow *declsecurity;
    CilClassLayoutRow *classlayout;
    CilFieldLayoutRow *fieldlayout;
    CilStandAloneSigRow *standalonesig_; /* read through cil_standalonesig */
    CilEventMapRow *eventmap;
    CilEventRow *event;
    CilPropertyMapRow *propertymap;
    CilPropertyRow *property;
    CilMethodSemanticsRow *methodsemantics;
    CilMethodImplRow *methodimpl_; /* read through cil_methodimpl */
    CilModuleRefRow *moduleref;
    CilTypeSpecRow *typespec_; /* read through cil_typespec */
    CilImplMapRow *implmap;
    CilFieldRVARow *fieldrva;
    CilAssemblyRow *assembly;
    CilAssemblyRefRow *assemblyref;
    CilNestedClassRow *nestedclass_;   /* read through cil_nestedclass */
    CilGenericParamRow *genericparam_; /* read through cil_genericparam */
    CilMethodSpecRow *methodspec_;     /* read through cil_methodspec */
    CilGenericParamConstraintRow *genericparamconstraint;
    CilRowIndex *row_index[CIL_KEYS]; /* built on first use */
    CilTableLayout *layout;           /* where the rows lie, for deferred decoding */
    uint64_t deferred;                /* tables not decoded yet: see cil_image_table */
    void **chunks[CIL_TBL_COUNT];     /* vouched, lazy tables: each chunk's rows, NULL until
                                       * decoded; NULL: the row array has every row (cil_row) */
    CilArena chunk_arena;             /* the chunks' rows, under cil_decode_chunk's lock */
    bool mapped;                      /* data is a private mapping of the file */
    CilFileStamp stamp;               /* mapped: the file's stamp when it was mapped */
    bool vouched; /* its bytes are ones a trusted party validated: cells decoded unchecked */
    /* vouched: its classes' vtables as its voucher computed them (CilVouch.dispatch) */
    const uint32_t *dispatch;
    size_t dispatch_words;
} CilImage;

/* Someone who validated an assembly's exact bytes before and kept their hash (corlib's R2R
 * image, written by ilc's build from the corlib it checked): check says whether these
 * bytes are those. Decoding vouched metadata skips the per-cell checks, which are most of
 * the cost of opening corlib; everything else is checked as always. */
typedef struct CilVouch {
    /* stamp: the file the bytes were read from, or NULL when they came from memory */
    bool (*check)(void *ctx, const uint8_t *data, size_t size, const CilFileStamp *stamp);
    void *ctx;
    /* The assembly's row indexes (CIL_KEYS of them; keys NULL: not given), as cil_rows_with
     * built them when the voucher compiled it, so that start-up need not build them again;
     * or NULL. as_written: they are the voucher's own bytes untouched (a stamped image), so
     * are taken unchecked; else each is checked before it is used (cil_adopt_indexes). */
    const CilRowIndex *indexes;
    bool indexes_as_written;
    /* Its classes' vtables as the voucher computed them (dispatch.c: cil_dispatch_plans),
     * dispatch_words u32 words that must outlive the image; or NULL. */
    const uint32_t *dispatch;
    size_t dispatch_words;
    /* corlib's: cil_loader_array_family's two counts as the voucher had them (0: not given) */
    uint32_t array_family[2];
} CilVouch;

/* pe.c / metadata.c */
CilImage *cil_image_open(const char *path, CilDiag *diag);
CilImage *cil_image_open_vouched(const char *path, const CilVouch *vouch, CilDiag *diag);
CilImage *cil_image_from_memory(const char *path, const uint8_t *data, size_t size,
                                CilDiag *diag); /* copies data */
CilImage *cil_image_from_memory_vouched(const char *path, const uint8_t *data, size_t size,
                                        const CilVouch *vouch, CilDiag *diag);
/* Takes over `map`, size bytes mapped private and writable (unmapped when the image
 * closes, or here on failure): an assembly inside a larger file, read without a copy. */
CilImage *cil_image_adopt_mapping(const char *path, uint8_t *map, size_t size,
                                  const CilVouch *vouch, CilDiag *diag);
void cil_image_close(CilImage *img);
/* Param, Property, PropertyMap, MethodSemantics, Event and EventMap, which no compiler path
 * reads, are checked and decoded on the first call for them (their row arrays are NULL
 * before); other tables are decoded at open and this returns true at once. Not
 * thread-safe: callers share the image's owner's lock. */
bool cil_image_table(CilImage *img, uint32_t table, CilDiag *diag);
/* Row `row` (from 1, valid) of TypeRef, TypeDef, Field, MethodDef, MemberRef, Constant,
 * CustomAttribute, StandAloneSig, InterfaceImpl, MethodImpl, NestedClass, GenericParam,
 * TypeSpec or MethodSpec, read through cil_typedef, cil_methoddef, cil_memberref...
 * A vouched image, whose cells need no checks, decodes these tables CIL_CHUNK_ROWS rows at
 * a time as the rows are first read (LAZY_TABLES in metadata.c); any other image decoded
 * them at open. Safe from any thread. */
enum { CIL_CHUNK_ROWS = 8 };
void *cil_decode_chunk(CilImage *img, uint32_t table, uint32_t chunk); /* its rows */
/* A chunk's rows lie together, not at their place in an array the size of the table: each
 * page a process touches costs it a couple of microseconds, and a program reads corlib's
 * rows a few here and a few there. */
static inline const void *cil_row(const CilImage *img, uint32_t table, uint32_t row, size_t size,
                                  const void *whole)
{
    void *const *chunks = img->chunks[table];
    if (!chunks) return (const char *)whole + (size_t)(row - 1) * size;
    uint32_t chunk = (row - 1) / CIL_CHUNK_ROWS;
    const char *rows = __atomic_load_n(&chunks[chunk], __ATOMIC_ACQUIRE);
    if (!rows) rows = cil_decode_chunk((CilImage *)img, table, chunk);
    return rows + (size_t)((row - 1) % CIL_CHUNK_ROWS) * size;
}
#define CIL_LAZY_ROW(Row, field, table)                                                            \
    static inline const Row *cil_##field(const CilImage *img, uint32_t row)                        \
    {                                                                                              \
        return cil_row(img, table, row, sizeof(Row), img->field##_);                               \
    }
CIL_LAZY_ROW(CilTypeRefRow, typeref, CIL_TBL_TYPEREF)
CIL_LAZY_ROW(CilTypeDefRow, typedef, CIL_TBL_TYPEDEF)
CIL_LAZY_ROW(CilFieldRow, field, CIL_TBL_FIELD)
CIL_LAZY_ROW(CilMethodDefRow, methoddef, CIL_TBL_METHODDEF)
CIL_LAZY_ROW(CilMemberRefRow, memberref, CIL_TBL_MEMBERREF)
CIL_LAZY_ROW(CilConstantRow, constant, CIL_TBL_CONSTANT)
CIL_LAZY_ROW(CilCustomAttributeRow, customattribute, CIL_TBL_CUSTOMATTRIBUTE)
CIL_LAZY_ROW(CilStandAloneSigRow, standalonesig, CIL_TBL_STANDALONESIG)
CIL_LAZY_ROW(CilInterfaceImplRow, interfaceimpl, CIL_TBL_INTERFACEIMPL)
CIL_LAZY_ROW(CilMethodImplRow, methodimpl, CIL_TBL_METHODIMPL)
CIL_LAZY_ROW(CilNestedClassRow, nestedclass, CIL_TBL_NESTEDCLASS)
CIL_LAZY_ROW(CilGenericParamRow, genericparam, CIL_TBL_GENERICPARAM)
CIL_LAZY_ROW(CilTypeSpecRow, typespec, CIL_TBL_TYPESPEC)
CIL_LAZY_ROW(CilMethodSpecRow, methodspec, CIL_TBL_METHODSPEC)
#undef CIL_LAZY_ROW
const uint8_t *cil_image_rva(const CilImage *img, uint32_t rva,
                             uint32_t size); /* NULL if not inside a section */
bool cil_user_string(const CilImage *img, uint32_t token, const uint16_t **chars,
                     uint32_t *length);                    /* #US; chars may be unaligned: copy */
bool cil_token_valid(const CilImage *img, uint32_t token); /* table known and row in 1..rows */
/* The rows (0-based, in table order) whose key column is `key`; *n of them. The index is
 * built on the first lookup: tables meant to be sorted are not trusted to be. */
const uint32_t *cil_rows_with(const CilImage *img, CilRowKey k, uint32_t key, uint32_t *n);
/* The first of keys[0..n) (ascending) not below key, or n. */
uint32_t cil_lower_bound(const uint32_t *keys, uint32_t n, uint32_t key);
/* Every index cil_rows_with can build, built now (a writer saving them: CilVouch.indexes). */
void cil_build_all_indexes(CilImage *img);
/* Takes `given` (CIL_KEYS entries, which must outlive img) as img's indexes: see CilVouch. */
void cil_adopt_indexes(CilImage *img, const CilRowIndex *given, bool as_written);
/* TypeDef row `row`'s FieldList (fields) or MethodList cell, read where it lies: what
 * cil_typedef(img, row)->field_first/method_first holds, without decoding the row. */
uint32_t cil_typedef_list_first(const CilImage *img, uint32_t row, bool fields);
/* MethodDef row `row`'s Flags, read where they lie (a search by flags decodes no rows). */
uint16_t cil_methoddef_flags(const CilImage *img, uint32_t row);
/* The TypeDef row whose method (fields: field) list holds `row`, or 0. */
uint32_t cil_owner_typedef(const CilImage *img, uint32_t row, bool fields);
/* The top-level TypeDef row named ns.name, or 0. */
uint32_t cil_typedef_by_name(const CilImage *img, const char *ns, const char *name);
/* Reader-internal step, pe.c -> metadata.c: parse the metadata root at `root` (the
 * CLI header's MetaData directory, `size` bytes inside img->data) into img's heaps and
 * row arrays. False (and diag) on malformed metadata. */
bool cil_metadata_load(CilImage *img, const uint8_t *root, uint32_t size, CilDiag *diag);

/* ---- method bodies (II.25.4) ---- */
enum { CIL_EH_CATCH = 0, CIL_EH_FILTER = 1, CIL_EH_FINALLY = 2, CIL_EH_FAULT = 4 };
typedef struct CilEHClause {
    uint32_t kind; /* CIL_EH_* */
    uint32_t try_offset, try_length, handler_offset, handler_length;
    uint32_t class_token;   /* CATCH */
    uint32_t filter_offset; /* FILTER */
} CilEHClause;
typedef struct CilBody {
    const uint8_t *code;
    uint32_t code_size;
    uint16_t max_stack;
    bool init_locals;
    uint32_t local_sig_token; /* StandAloneSig token or 0 */
    uint32_t n_clauses;
    CilEHClause *clauses; /* allocated in the arena passed */
} CilBody;
/* Reads the body of MethodDef `row`. False (and diag) for a method with no RVA or a bad
 * header, code running past the section, or malformed EH sections. */
bool cil_method_body(const CilImage *img, uint32_t row, CilArena *arena, CilBody *out,
                     CilDiag *diag);

/* ---- signatures (II.23.2) ---- */
enum {
    ELEMENT_TYPE_END = 0x00,
    ELEMENT_TYPE_VOID = 0x01,
    ELEMENT_TYPE_BOOLEAN = 0x02,
    ELEMENT_TYPE_CHAR = 0x03,
    ELEMENT_TYPE_I1 = 0x04,
    ELEMENT_TYPE_U1 = 0x05,
    ELEMENT_TYPE_I2 = 0x06,
    ELEMENT_TYPE_U2 = 0x07,
    ELEMENT_TYPE_I4 = 0x08,
    ELEMENT_TYPE_U4 = 0x09,
    ELEMENT_TYPE_I8 = 0x0a,
    ELEMENT_TYPE_U8 = 0x0b,
    ELEMENT_TYPE_R4 = 0x0c,
    ELEMENT_TYPE_R8 = 0x0d,
    ELEMENT_TYPE_STRING = 0x0e,
    ELEMENT_TYPE_PTR = 0x0f,
    ELEMENT_TYPE_BYREF = 0x10,
    ELEMENT_TYPE_VALUETYPE = 0x11,
    ELEMENT_TYPE_CLASS = 0x12,
    ELEMENT_TYPE_VAR = 0x13,
    ELEMENT_TYPE_ARRAY = 0x14,
    ELEMENT_TYPE_GENERICINST = 0x15,
    ELEMENT_TYPE_TYPEDBYREF = 0x16,
    ELEMENT_TYPE_I = 0x18,
    ELEMENT_TYPE_U = 0x19,
    ELEMENT_TYPE_FNPTR = 0x1b,
    ELEMENT_TYPE_OBJECT = 0x1c,
    ELEMENT_TYPE_SZARRAY = 0x1d,
    ELEMENT_TYPE_MVAR = 0x1e,
    ELEMENT_TYPE_CMOD_REQD = 0x1f,
    ELEMENT_TYPE_CMOD_OPT = 0x20,
    ELEMENT_TYPE_INTERNAL = 0x21,
    ELEMENT_TYPE_SENTINEL = 0x41,
    ELEMENT_TYPE_PINNED = 0x45
};
enum {
    CIL_SIG_HASTHIS = 0x20,
    CIL_SIG_EXPLICITTHIS = 0x40,
    CIL_SIG_GENERIC = 0x10,
    CIL_SIG_VARARG = 0x05
};

typedef struct CilTypeSig CilTypeSig;
struct CilTypeSig {
    uint8_t kind;     /* ELEMENT_TYPE_*; custom modifiers are skipped */
    bool pinned;      /* locals only */
    uint32_t token;   /* CLASS, VALUETYPE: TypeDef/TypeRef/TypeSpec token */
    uint32_t index;   /* VAR, MVAR */
    CilTypeSig *elem; /* SZARRAY, ARRAY, PTR, BYREF: element; GENERICINST: the generic type
                         (CLASS/VALUETYPE) */
    uint32_t rank;    /* ARRAY */
    uint32_t n_args;  /* GENERICINST */
    CilTypeSig **args;
    struct CilMethodSig *fnptr; /* FNPTR */
};
typedef struct CilMethodSig {
    CilTypeSig *ret;
    CilTypeSig **params;
    uint32_t n_params;
    uint32_t n_generic;
    uint8_t flags; /* first byte: CIL_SIG_* and calling convention */
} CilMethodSig;

/* Decoders allocate in `arena`; all return false with a located diag on malformed input
 * (`what` names the owner, e.g. "MethodDef row 12 signature"). */
bool cil_sig_method(const CilImage *img, CilBlob blob, CilArena *arena, CilMethodSig *out,
                    const char *what, CilDiag *diag);
bool cil_sig_field(const CilImage *img, CilBlob blob, CilArena *arena, CilTypeSig **out,
                   const char *what, CilDiag *diag);
bool cil_sig_locals(const CilImage *img, CilBlob blob, CilArena *arena, uint32_t *n,
                    CilTypeSig ***out, const char *what, CilDiag *diag);
bool cil_sig_typespec(const CilImage *img, CilBlob blob, CilArena *arena, CilTypeSig **out,
                      const char *what, CilDiag *diag);
bool cil_sig_methodspec(const CilImage *img, CilBlob blob, CilArena *arena, uint32_t *n,
                        CilTypeSig ***out, const char *what, CilDiag *diag);
/* Human-readable type, "int32", "class [mscorlib]System.String", "int32[]" (for messages, dumps).
 */
void cil_sig_type_name(const CilImage *img, const CilTypeSig *t, char *buf, size_t size);

#endif
