/*
 * manifest.c — the .ilc.manifest section, serialised little-endian:
 *
 *   magic[8] version:u32 hash:u64 (of everything after it) cpu[32] mvid[16] il_hash:u64
 * corlib_mvid[16] corlib_hash:u64 code_hash:u64 n_methods:u32 n_cells:u32 n_methods × { unboxing:u8
 * il_size:u32 len:u32 key[len] } (method i: code table entry i) n_cells   × { kind:u8 len:u32
 * key[len] }          (cell i is cell table entry i)
 *
 * The manifest's own hash comes first: a damaged key would otherwise bind a cell to the
 * wrong thing. Parsing also checks every length against what is left, so a manifest is
 * never read past its end.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* 64-bit FNV-1a over 8-byte words (then the tail): fast enough to hash a whole image on
 * every start, and any flipped bit changes it. */
uint64_t r2r_hash(const uint8_t *data, size_t size)
{
    uint64_t h = 14695981039346656037ull;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        h = (h ^ w) * 1099511628211ull;
        h ^= h >> 29;
    }
    for (; i < size; i++)
        h = (h ^ data[i]) * 1099511628211ull;
    return h ^ size;
}

const uint8_t *r2r_image_mvid(const CilImage *img)
{
    static const uint8_t zero[16];
    return img->rows[CIL_TBL_MODULE] && img->module[0].mvid ? img->module[0].mvid : zero;
}

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

uint8_t *r2r_manifest_write(const R2rManifest *m, size_t *size)
{
    Buf b = {0};
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
    for (uint32_t i = 0; i < m->n_methods; i++) {
        put(&b, &m->methods[i].kind, 1);
        put32(&b, m->methods[i].il_size);
        put32(&b, m->methods[i].len);
        put(&b, m->methods[i].key, m->methods[i].len);
    }
    for (uint32_t i = 0; i < m->n_cells; i++) {
        put(&b, &m->cells[i].kind, 1);
        put32(&b, m->cells[i].len);
        put(&b, m->cells[i].key, m->cells[i].len);
    }
    uint64_t h = r2r_hash(b.p + 20, b.n - 20);
    memcpy(b.p + 12, &h, 8);
    *size = b.n;
    return b.p;
}

typedef struct Reader {
    const uint8_t *p, *end;
    bool bad;
} Reader;

static const uint8_t *take(Reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *at = r->p;
    r->p += n;
    return at;
}
static uint32_t get32(Reader *r)
{
    const uint8_t *p = take(r, 4);
    uint32_t v = 0;
    if (p) memcpy(&v, p, 4);
    return v;
}
static uint64_t get64(Reader *r)
{
    const uint8_t *p = take(r, 8);
    uint64_t v = 0;
    if (p) memcpy(&v, p, 8);
    return v;
}
static void get(Reader *r, void *out, size_t n)
{
    const uint8_t *p = take(r, n);
    if (p) memcpy(out, p, n);
}

/* Keys are copied NUL-terminated, so text keys can be parsed as C strings. */
static bool get_entries(Reader *r, R2rEntry *es, uint32_t n, bool cells)
{
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        const uint8_t *k = take(r, 1);
        es[i].kind = k ? *k : 0;
        if (es[i].kind >= (cells ? CELL_KINDS : 2)) r->bad = true;
        if (!cells) es[i].il_size = get32(r);
        es[i].len = get32(r);
        const uint8_t *key = take(r, es[i].len);
        if (!key) break;
        char *copy = malloc(es[i].len + 2);
        if (!copy) abort();
        memcpy(copy, key, es[i].len);
        copy[es[i].len] = copy[es[i].len + 1] = 0;
        es[i].key = copy;
    }
    return !r->bad;
}

bool r2r_manifest_parse(const uint8_t *data, size_t size, R2rManifest *m, CilDiag *diag)
{
    memset(m, 0, sizeof *m);
    Reader r = {data, data + size, false};
    const uint8_t *magic = take(&r, 8);
    if (!magic || memcmp(magic, R2R_MAGIC, 8)) {
        cil_diag_set(diag, "the manifest has a wrong magic number");
        return false;
    }
    m->version = get32(&r);
    if (!r.bad && m->version != R2R_VERSION) {
        cil_diag_set(diag, "format version %u, this ilc reads version %u", m->version, R2R_VERSION);
        return false;
    }
    uint64_t hash = get64(&r);
    if (r.bad || hash != r2r_hash(data + 20, size - 20)) {
        cil_diag_set(diag, "the manifest is damaged (hash mismatch)");
        return false;
    }
    get(&r, m->cpu, 32);
    m->cpu[31] = 0;
    get(&r, m->mvid, 16);
    m->il_hash = get64(&r);
    get(&r, m->corlib_mvid, 16);
    m->corlib_hash = get64(&r);
    m->code_hash = get64(&r);
    m->n_methods = get32(&r);
    m->n_cells = get32(&r);
    /* every entry takes at least 5 bytes: bound the counts before allocating */
    if (r.bad || m->n_methods > size / 9 || m->n_cells > size / 5) {
        cil_diag_set(diag, "the manifest is truncated or damaged");
        return false;
    }
    m->methods = calloc(m->n_methods + 1, sizeof *m->methods);
    m->cells = calloc(m->n_cells + 1, sizeof *m->cells);
    if (!get_entries(&r, m->methods, m->n_methods, false) ||
        !get_entries(&r, m->cells, m->n_cells, true) || r.p != r.end) {
        r2r_manifest_free(m);
        cil_diag_set(diag, "the manifest is truncated or damaged");
        return false;
    }
    return true;
}

void r2r_manifest_free(R2rManifest *m)
{
    for (uint32_t i = 0; m->methods && i < m->n_methods; i++)
        free((void *)m->methods[i].key);
    for (uint32_t i = 0; m->cells && i < m->n_cells; i++)
        free((void *)m->cells[i].key);
    free(m->methods);
    free(m->cells);
    m->methods = m->cells = NULL;
}
