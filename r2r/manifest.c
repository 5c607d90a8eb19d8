/*
 * manifest.c — the .ilc.manifest section, serialised little-endian:
 *
 *   header   magic[8] version:u32 hash:u64 (of everything after it) cpu[32] mvid[16]
 *            il_hash:u64 corlib_mvid[16] corlib_hash:u64 code_hash:u64 n_methods:u32
 *            n_cells:u32 keys_size:u32 runtime:u64 n_spans:u32 index_size:u32
 *            corlib_stamp { dev ino size:u64 mtime_ns ctime_ns:i64 } n_imports:u32
 *            dispatch_size:u32 array_family_ifaces:u32 array_family_slots:u32 pad:u32
 *                                                                             (196 bytes)
 *   methods  n_methods × { key_off:u32 key_len:u32 il_size:u32 unboxing:u32 code_off:u32
 *            code_size:u32 code_hash:u64 }, sorted by key, then unboxing (method i is
 *            entry i of the code table; its code, in the code object, is checked against
 *            code_hash when it is first called: verify.c)
 *   cells    n_cells × { key_off:u32 key_len:u32 kind:u8 eager:u8 pad:u16 } (cell i is
 *            word i of the cell array)
 *   spans    n_spans × { off:u32 len:u32 }: the code object's bytes outside every method,
 *            which code_hash covers (verify.c)
 *   imports  n_imports × u32: for the code object's dynamic symbol i, its index in this
 *            ilc's rt_symbols plus one (0: not one of them), so that binding the code
 *            looks no name up (map.c; the image is only used by the ilc build that wrote it)
 *   index    index_size bytes: per CilRowKey, n:u32 (all ones: absent) keys[n]:u32
 *            rows[n]:u32 — cil_rows_with's indexes of the assembly, so that loading it
 *            need not build them (CilVouch.indexes)
 *   dispatch dispatch_size bytes: the vtables of the assembly's classes, as u32 words
 *            (frontend/dispatch.c), so that loading a class need not match its overrides
 *            (CilVouch.dispatch)
 *   keys     keys_size bytes: every key followed by a NUL
 *
 * Records have a fixed size so that the loader reads them where they lie, in the mapped
 * file, without decoding or copying anything at start-up; methods are sorted so that the
 * code of a method is found by binary search when it is first called. The manifest's own
 * hash comes first: a damaged key would otherwise bind a cell to the wrong thing. Parsing
 * checks every record against the sizes (the bytes may be hostile), so no access reads
 * past the end.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { HEADER_SIZE = 196, METHOD_REC = 32, CELL_REC = 12, SPAN_REC = 8, IMPORT_REC = 4 };

/* Four independent lanes of h = (h ^ word) * k over 32-byte blocks, mixed at the end, then
 * the tail: fast enough to hash whole images on every start (the lanes keep the
 * multiplier busy), and any flipped bit changes the result — with k odd, every step is a
 * bijection of its lane's state and of the word it takes in. */
uint64_t r2r_hash(const uint8_t *data, size_t size)
{
    const uint64_t k = 0x9e3779b97f4a7c15ull;
    uint64_t h0 = 14695981039346656037ull, h1 = 1099511628211ull, h2 = k, h3 = ~k;
    size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        uint64_t w[4];
        memcpy(w, data + i, 32);
        h0 = (h0 ^ w[0]) * k;
        h1 = (h1 ^ w[1]) * k;
        h2 = (h2 ^ w[2]) * k;
        h3 = (h3 ^ w[3]) * k;
    }
    uint64_t r = h0, lanes[3] = {h1, h2, h3};
    for (int l = 0; l < 3; l++) {
        r ^= r >> 29;
        r = (r ^ lanes[l]) * k;
    }
    for (; i < size; i++)
        r = (r ^ data[i]) * k;
    r ^= r >> 32;
    return r ^ size;
}

const uint8_t *r2r_image_mvid(const CilImage *img)
{
    static const uint8_t zero[16];
    return img->rows[CIL_TBL_MODULE] && img->module[0].mvid ? img->module[0].mvid : zero;
}

/* ---- writing ---- */

typedef struct Buf {
    uint8_t *p;
    size_t n, cap;
} Buf;

static void put(Buf *b, const void *data, size_t n)
{
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 256;
        b->p = realloc(b->p, b->cap);
        if (!b->p) abort();
    }
    memcpy(b->p + b->n, data, n);
    b->n += n;
}
static void put32(Buf *b, uint32_t v)
{
    put(b, &v, 4);
}
static void put64(Buf *b, uint64_t v)
{
    put(b, &v, 8);
}

int r2r_entry_order(const R2rEntry *a, const R2rEntry *b)
{
    int c = strcmp(a->key, b->key);
    return c ? c : (int)a->kind - (int)b->kind;
}

/* Appends key to the blob; returns its offset. */
static uint32_t put_key(Buf *keys, const R2rEntry *e)
{
    uint32_t off = (uint32_t)keys->n;
    put(keys, e->key, e->len);
    put(keys, "", 1);
    return off;
}

uint8_t *r2r_manifest_write(const R2rManifest *m, size_t *size)
{
    Buf b = {0}, keys = {0};
    put(&b, R2R_MAGIC, 8);
    put32(&b, m->version);
    put64(&b, 0); /* the hash, filled in below */
    put(&b, m->cpu, 32);
    put(&b, m->mvid, 16);
    put64(&b, m->il_hash);
    put(&b, m->corlib_mvid, 16);
    put64(&b, m->corlib_hash);
    put64(&b, m->code_hash);
    put32(&b, m->n_methods);
    put32(&b, m->n_cells);
    size_t keys_size_at = b.n;
    put32(&b, 0);
    put64(&b, m->runtime);
    put32(&b, m->n_spans);
    size_t index_size_at = b.n;
    put32(&b, 0);
    const CilFileStamp *st = &m->corlib_stamp;
    uint64_t stamp[5] = {st->dev, st->ino, st->size, (uint64_t)st->mtime_ns,
                         (uint64_t)st->ctime_ns};
    for (int i = 0; i < 5; i++)
        put64(&b, stamp[i]);
    put32(&b, m->n_imports);
    put32(&b, (uint32_t)(m->dispatch_words * 4));
    put32(&b, m->array_family[0]);
    put32(&b, m->array_family[1]);
    put32(&b, 0);
    for (uint32_t i = 0; i < m->n_methods; i++) {
        const R2rEntry *e = &m->methods[i];
        put32(&b, put_key(&keys, e));
        put32(&b, e->len);
        put32(&b, e->il_size);
        put32(&b, e->kind);
        put32(&b, e->code_off);
        put32(&b, e->code_size);
        put64(&b, e->code_hash);
    }
    for (uint32_t i = 0; i < m->n_cells; i++) {
        const R2rEntry *e = &m->cells[i];
        put32(&b, put_key(&keys, e));
        put32(&b, e->len);
        uint8_t kind_eager[4] = {e->kind, e->eager, 0, 0};
        put(&b, kind_eager, 4);
    }
    for (uint32_t i = 0; i < m->n_spans; i++) {
        put32(&b, m->spans[i].off);
        put32(&b, m->spans[i].len);
    }
    if (m->n_imports) put(&b, m->imports, (size_t)m->n_imports * IMPORT_REC);
    size_t index_at = b.n;
    for (CilRowKey k = 0; k < CIL_KEYS; k++) {
        const CilRowIndex *x = &m->index[k];
        put32(&b, x->keys ? x->n : UINT32_MAX);
        if (x->keys) put(&b, x->keys, (size_t)x->n * 4), put(&b, x->rows, (size_t)x->n * 4);
    }
    uint32_t index_size = (uint32_t)(b.n - index_at);
    memcpy(b.p + index_size_at, &index_size, 4);
    if (m->dispatch_words) put(&b, m->dispatch, m->dispatch_words * 4);
    uint32_t keys_size = (uint32_t)keys.n;
    memcpy(b.p + keys_size_at, &keys_size, 4);
    put(&b, keys.p, keys.n);
    free(keys.p);
    uint64_t h = r2r_hash(b.p + 20, b.n - 20);
    memcpy(b.p + 12, &h, 8);
    *size = b.n;
    return b.p;
}

/* ---- reading ---- */

static uint32_t le32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static uint64_t le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* A key lies inside the blob and ends in its NUL. */
static bool key_ok(const R2rManifest *m, const uint8_t *rec)
{
    uint64_t off = le32(rec), len = le32(rec + 4);
    return off + len < m->keys_size && m->keys[off + len] == 0;
}

/* The index block: each key's arrays where they lie (the section is 16-byte aligned and every
 * record before them a multiple of 4 bytes; were they not aligned, they are not used). */
static bool parse_index(const uint8_t *p, uint32_t size, R2rManifest *m)
{
    if ((uintptr_t)p & 3) return true;
    uint64_t at = 0;
    for (CilRowKey k = 0; k < CIL_KEYS; k++) {
        if (at + 4 > size) return false;
        uint32_t n = le32(p + at);
        at += 4;
        if (n == UINT32_MAX) continue;
        if (at + (uint64_t)n * 8 > size) return false;
        m->index[k] = (CilRowIndex){n, (uint32_t *)(p + at), (uint32_t *)(p + at + (size_t)n * 4)};
        at += (uint64_t)n * 8;
    }
    return at == size;
}

bool r2r_manifest_parse(const uint8_t *data, size_t size, bool stamped, R2rManifest *m,
                        CilDiag *diag)
{
    memset(m, 0, sizeof *m);
    if (size < 20 || memcmp(data, R2R_MAGIC, 8)) {
        cil_diag_set(diag, size < 8 ? "the manifest is truncated"
                                    : "the manifest has a wrong magic number");
        return false;
    }
    m->version = le32(data + 8);
    if (m->version != R2R_VERSION) {
        cil_diag_set(diag, "format version %u, this ilc reads version %u", m->version, R2R_VERSION);
        return false;
    }
    if (!stamped && le64(data + 12) != r2r_hash(data + 20, size - 20)) {
        cil_diag_set(diag, "the manifest is damaged (hash mismatch)");
        return false;
    }
    if (size < HEADER_SIZE) {
        cil_diag_set(diag, "the manifest is truncated or damaged");
        return false;
    }
    memcpy(m->cpu, data + 20, 32);
    m->cpu[31] = 0;
    memcpy(m->mvid, data + 52, 16);
    m->il_hash = le64(data + 68);
    memcpy(m->corlib_mvid, data + 76, 16);
    m->corlib_hash = le64(data + 92);
    m->code_hash = le64(data + 100);
    m->n_methods = le32(data + 108);
    m->n_cells = le32(data + 112);
    m->keys_size = le32(data + 116);
    m->runtime = le64(data + 120);
    m->n_spans = le32(data + 128);
    m->corlib_stamp = (CilFileStamp){.dev = le64(data + 136),
                                     .ino = le64(data + 144),
                                     .size = le64(data + 152),
                                     .mtime_ns = (int64_t)le64(data + 160),
                                     .ctime_ns = (int64_t)le64(data + 168)};
    uint32_t index_size = le32(data + 132), n_imports = le32(data + 176);
    uint32_t dispatch_size = le32(data + 180);
    m->array_family[0] = le32(data + 184);
    m->array_family[1] = le32(data + 188);
    uint64_t need = HEADER_SIZE + (uint64_t)m->n_methods * METHOD_REC +
                    (uint64_t)m->n_cells * CELL_REC + (uint64_t)m->n_spans * SPAN_REC +
                    (uint64_t)n_imports * IMPORT_REC + index_size + dispatch_size + m->keys_size;
    bool ok = need == size;
    if (ok) {
        m->method_recs = data + HEADER_SIZE;
        m->cell_recs = m->method_recs + (size_t)m->n_methods * METHOD_REC;
        m->span_recs = m->cell_recs + (size_t)m->n_cells * CELL_REC;
        const uint8_t *imports = m->span_recs + (size_t)m->n_spans * SPAN_REC;
        if (!((uintptr_t)imports & 3)) { /* else bound by name */
            m->imports = (const uint32_t *)imports;
            m->n_imports = n_imports;
        }
        const uint8_t *index = imports + (size_t)n_imports * IMPORT_REC;
        const uint8_t *dispatch = index + index_size;
        m->keys = dispatch + dispatch_size;
        ok = parse_index(index, index_size, m) && dispatch_size % 4 == 0;
        if (ok && !((uintptr_t)dispatch & 3)) { /* else not used: every class is matched */
            m->dispatch = (const uint32_t *)dispatch;
            m->dispatch_words = dispatch_size / 4;
        }
    }
    for (uint32_t i = 0; ok && !stamped && i < m->n_methods; i++) {
        const uint8_t *r = m->method_recs + (size_t)i * METHOD_REC;
        ok = key_ok(m, r) && le32(r + 12) < 2;
    }
    for (uint32_t i = 0; ok && !stamped && i < m->n_cells; i++) {
        const uint8_t *r = m->cell_recs + (size_t)i * CELL_REC;
        ok = key_ok(m, r) && r[8] < CELL_KINDS && r[9] < 2;
    }
    if (!ok) {
        memset(m, 0, sizeof *m);
        cil_diag_set(diag, "the manifest is truncated or damaged");
    }
    return ok;
}

R2rEntry r2r_manifest_method(const R2rManifest *m, uint32_t i)
{
    const uint8_t *r = m->method_recs + (size_t)i * METHOD_REC;
    return (R2rEntry){.kind = (uint8_t)le32(r + 12),
                      .len = le32(r + 4),
                      .key = (const char *)m->keys + le32(r),
                      .il_size = le32(r + 8),
                      .code_off = le32(r + 16),
                      .code_size = le32(r + 20),
                      .code_hash = le64(r + 24)};
}

R2rSpan r2r_manifest_span(const R2rManifest *m, uint32_t i)
{
    const uint8_t *r = m->span_recs + (size_t)i * SPAN_REC;
    return (R2rSpan){le32(r), le32(r + 4)};
}

R2rEntry r2r_manifest_cell(const R2rManifest *m, uint32_t i)
{
    const uint8_t *r = m->cell_recs + (size_t)i * CELL_REC;
    return (R2rEntry){
        .kind = r[8], .eager = r[9], .len = le32(r + 4), .key = (const char *)m->keys + le32(r)};
}

int64_t r2r_manifest_find(const R2rManifest *m, const char *key, bool unboxing)
{
    R2rEntry want = {.kind = unboxing, .key = key};
    uint32_t lo = 0, hi = m->n_methods;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        R2rEntry e = r2r_manifest_method(m, mid);
        int c = r2r_entry_order(&e, &want);
        if (!c) return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}
