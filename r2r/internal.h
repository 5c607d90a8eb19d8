/*
 * internal.h — shared between the files of r2r/ only.
 */
#ifndef ILC_R2R_INTERNAL_H
#define ILC_R2R_INTERNAL_H

#include "r2r.h"

/* ---- keys.c: types and methods named across processes ---- */
typedef struct R2rKey {
    char text[1024];
    uint32_t len;
} R2rKey;
bool r2r_type_key(R2rKey *k, const CilType *t);
bool r2r_method_key(R2rKey *k, const CilMethod *m);
CilType *r2r_resolve_type(CilLoader *l, CilImage *self, const char *key, CilDiag *diag);
CilMethod *r2r_resolve_method(CilLoader *l, CilImage *self, const char *key, CilDiag *diag);

/* ---- the manifest (manifest.c) ---- */
#define R2R_MAGIC   "ILCR2R\r\n"
#define R2R_VERSION 9
#define R2R_CPU     "x86-64" /* the baseline the code is compiled for */

typedef enum R2rCellKind {
    CELL_TYPE,    /* RtType* */
    CELL_STATICS, /* the type's static field block */
    CELL_STRING,  /* an interned string literal (key: UTF-16 code units) */
    CELL_SLOT,    /* the address of a method's entry slot */
    CELL_UNBOX_SLOT,
    CELL_METHOD,  /* CilMethod* (generic virtual calls) */
    CELL_COUNTER, /* the address of a method's call counter */
    CELL_KINDS
} R2rCellKind;

typedef struct R2rEntry {
    uint8_t kind;    /* cells: R2rCellKind; methods: 1 for the unboxing variant, else 0 */
    bool eager;      /* cells: exception tables read them (the personality binds them) */
    uint32_t len;    /* bytes of key */
    const char *key; /* text key; a string cell's UTF-16 bytes; NUL-terminated */
    uint32_t il_size;
    /* methods: where the code lies in the code object (its padding included) and its hash */
    uint32_t code_off, code_size;
    uint64_t code_hash;
} R2rEntry;

typedef struct R2rSpan {
    uint32_t off, len;
} R2rSpan;

typedef struct R2rManifest {
    uint32_t version;
    char cpu[32];
    uint8_t mvid[16], corlib_mvid[16];
    uint64_t il_hash, corlib_hash;
    CilFileStamp corlib_stamp; /* corlib's file when it was hashed: unchanged, it is vouched
                                * for without hashing it again (zero: loaded from memory) */
    uint64_t code_hash;        /* of the code object outside its methods: the spans (verify.c) */
    uint64_t runtime; /* rt_build_id() of the ilc that compiled it: the code fits no other */
    uint32_t n_methods, n_cells, n_spans;
    R2rEntry *methods, *cells; /* writing: methods in r2r_entry_order */
    R2rSpan *spans;            /* writing: in file order */
    /* the assembly's row indexes (keys NULL: absent); reading: where they lie */
    CilRowIndex index[CIL_KEYS];
    const uint32_t *imports; /* the code's dynamic symbols' rt_symbols indexes + 1 */
    uint32_t n_imports;
    const uint32_t *dispatch; /* the classes' vtables (cil_dispatch_plans); reading: in place */
    size_t dispatch_words;
    uint32_t array_family[2]; /* corlib's image: cil_loader_array_family's counts, else 0 */
    /* reading: the records where they lie in the manifest (r2r_manifest_method/_cell/_span) */
    const uint8_t *method_recs, *cell_recs, *span_recs, *keys;
    uint32_t keys_size;
} R2rManifest;

uint64_t r2r_hash(const uint8_t *data, size_t size);
/* Serialised form; r2r_manifest_parse validates every record (the bytes may be hostile)
 * and keeps pointers into data, which must outlive m. `stamped`: the file is vouched for
 * by its stamp (r2r_stamp_matches), so the records are as written: only the header is read. */
uint8_t *r2r_manifest_write(const R2rManifest *m, size_t *size);
bool r2r_manifest_parse(const uint8_t *data, size_t size, bool stamped, R2rManifest *m,
                        CilDiag *diag);
R2rEntry r2r_manifest_method(const R2rManifest *m, uint32_t i);
R2rEntry r2r_manifest_cell(const R2rManifest *m, uint32_t i);
R2rSpan r2r_manifest_span(const R2rManifest *m, uint32_t i);
int r2r_entry_order(const R2rEntry *a, const R2rEntry *b); /* by key, then kind */
/* The index of the method with this key (and variant), or -1. */
int64_t r2r_manifest_find(const R2rManifest *m, const char *key, bool unboxing);
const uint8_t *r2r_image_mvid(const CilImage *img); /* 16 bytes, zero when absent */

/* ---- image.c: the ELF container ---- */
typedef struct R2rParts {
    uint8_t *manifest, *il, *code;
    size_t manifest_size, il_size, code_size;
    uint64_t code_offset; /* reading: where the code lies in the file (page-aligned) */
    uint64_t il_offset;   /* reading: where the IL lies (page-aligned as written now) */
    void *elf;            /* reading: libelf's handle on the mapped file */
    int fd;
    CilFileStamp stamp; /* reading: the file's, as it was opened */
} R2rParts;
bool r2r_container_write(const char *path, const R2rParts *parts, CilDiag *diag);
/* path.stamp, the stamp of the image just written at path (false: none written), and
 * whether it is the stamp `now` (the file is as its writer left it). */
bool r2r_stamp_write(const char *path);
bool r2r_stamp_matches(const char *path, const CilFileStamp *now);
/* The parts point into the file, mapped read-only; r2r_container_close unmaps it. */
bool r2r_container_read(const char *path, R2rParts *parts, CilDiag *diag);
void r2r_container_close(R2rParts *parts);

/* ---- map.c: the code mapped from the image file, without dlopen ---- */
typedef struct R2rCode {
    const uint32_t *imports; /* in: R2rManifest.imports, or NULL */
    uint32_t n_imports;
    void **cells;           /* ilc_r2r_cells */
    const int64_t *methods; /* ilc_r2r_methods */
    size_t cells_size, methods_size;
} R2rCode;
/* False when the object is not one this can map (loader.c then uses dlopen). out's
 * imports, when given, name the runtime functions the code's symbols stand for. */
bool r2r_map_code(int fd, uint64_t file_off, const uint8_t *so, size_t so_size, R2rCode *out);

/* ---- verify.c: the code checked in two parts, the spans at open, each method at its
 * first call ---- */
/* Writing: each method's extent in the code object, from its symbol table (unstripped). */
bool r2r_code_layout(const uint8_t *so, size_t size, R2rManifest *m, CilDiag *diag);
/* Writing: the methods' hashes, the spans (the rest) and their hash, over the final bytes. */
bool r2r_code_hashes(const uint8_t *code, size_t size, R2rManifest *m, CilDiag *diag);
bool r2r_spans_ok(const uint8_t *code, size_t size, const R2rManifest *m);
bool r2r_method_code_ok(const void *entry, const R2rEntry *e); /* the code at its entry */

/* dump.c */
void r2r_print(const R2rImage *im, const R2rManifest *m, const R2rParts *p, CilLoader *l,
               CilImage *self, FILE *out);

#endif
