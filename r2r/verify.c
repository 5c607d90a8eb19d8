/*
 * verify.c — what the loader checks of an image's code, and when.
 *
 * The code (.ilc.code, a shared object) is split in two for checking, by the writer:
 *
 *   methods  each method's machine code, from its symbol to the next function (alignment
 *            padding included): code_off, code_size and code_hash in its manifest record
 *   spans    everything else, in file order: headers, dynamic symbols, relocations, PLT,
 *            read-only data, exception and unwind tables, data; one hash over the spans
 *
 *   r2r_open            the spans, hashed: the loader, the relocator and the unwinder read
 *                       them, so a damaged byte there refuses the whole image
 *   code_for (loader.c) a method's code, hashed just before its first call installs it:
 *                       damaged, the method alone is left to the JIT, with a warning
 *
 * So a start-up hashes about a third of corlib's code object instead of all of it, and a
 * method's bytes are checked in the mapping that runs them. (corlib's image, while it keeps
 * the stamp its writer left beside it, is not hashed at all: image.c.) Every byte of the object
 * lies in exactly one method or one span (the writer builds the spans as the complement of the
 * methods), so no byte the process executes or reads goes unchecked; a method never called
 * is never read. Precompiled code reaches other methods only through entry slots, whose
 * stubs lead to code_for, so no unchecked method runs.
 */
#include "internal.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- writing ---- */

typedef struct Range {
    uint64_t start, end; /* virtual addresses */
    int64_t method;      /* its index, or -1: a function that is not a method */
} Range;

static int by_start(const void *a, const void *b)
{
    const Range *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The section holding vaddr, or NULL. */
static const Elf64_Shdr *section_at(const uint8_t *so, uint64_t vaddr)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)so;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(so + eh->e_shoff);
    for (unsigned i = 1; i < eh->e_shnum; i++)
        if ((sh[i].sh_flags & SHF_ALLOC) && sh[i].sh_type == SHT_PROGBITS &&
            vaddr >= sh[i].sh_addr && vaddr < sh[i].sh_addr + sh[i].sh_size)
            return &sh[i];
    return NULL;
}

/* Each method's extent in the object's file, from the symbol table: the method's symbol
 * r2r.<index> up to the next function symbol or the end of its section. */
bool r2r_code_layout(const uint8_t *so, size_t size, R2rManifest *m, CilDiag *diag)
{
    RtElfSymbols syms;
    if (!rt_elf_symbols(so, size, SHT_SYMTAB, &syms)) {
        cil_diag_set(diag, "the image's code has no symbol table");
        return false;
    }
    Range *fns = malloc((syms.n + 1) * sizeof *fns);
    size_t n = 0;
    for (size_t i = 0; i < syms.n; i++) {
        const Elf64_Sym *s = &syms.syms[i];
        const char *name = rt_elf_symbol_name(&syms, s);
        unsigned idx;
        int len = 0;
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF || !name) continue;
        /* r2r.<index>, or r2r.<index>.<n> when LLVM renamed it past a name still taken */
        bool is_method = sscanf(name, "r2r.%u%n", &idx, &len) == 1 &&
                         (name[len] == 0 || name[len] == '.') && idx < m->n_methods;
        fns[n++] = (Range){s->st_value, s->st_value + s->st_size, is_method ? (int64_t)idx : -1};
    }
    qsort(fns, n, sizeof *fns, by_start);
    uint32_t found = 0;
    for (size_t i = 0; i < n; i++) {
        const Elf64_Shdr *sec = fns[i].method >= 0 ? section_at(so, fns[i].start) : NULL;
        if (!sec) continue;
        uint64_t end = sec->sh_addr + sec->sh_size;
        if (i + 1 < n && fns[i + 1].start < end) end = fns[i + 1].start;
        if (end < fns[i].end || sec->sh_offset + sec->sh_size > size) break; /* overlapping */
        R2rEntry *e = &m->methods[fns[i].method];
        e->code_off = (uint32_t)(sec->sh_offset + (fns[i].start - sec->sh_addr));
        e->code_size = (uint32_t)(end - fns[i].start);
        found++;
    }
    free(fns);
    if (found != m->n_methods) {
        cil_diag_set(diag, "the symbol table of the image's code lacks %u of its methods",
                     m->n_methods - found);
        return false;
    }
    return true;
}

static int by_offset(const void *a, const void *b)
{
    const R2rSpan *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

/* The hash of the spans: each span's own hash, hashed in turn. */
static bool spans_hash(const uint8_t *code, size_t size, const R2rSpan *spans, uint32_t n,
                       uint64_t *out)
{
    uint64_t *h = malloc((n + 1) * sizeof *h);
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++) {
        ok = spans[i].off <= size && spans[i].len <= size - spans[i].off;
        if (ok) h[i] = r2r_hash(code + spans[i].off, spans[i].len);
    }
    if (ok) *out = r2r_hash((const uint8_t *)h, n * sizeof *h);
    free(h);
    return ok;
}

bool r2r_code_hashes(const uint8_t *code, size_t size, R2rManifest *m, CilDiag *diag)
{
    uint32_t n = m->n_methods;
    R2rSpan *methods = malloc((n + 1) * sizeof *methods);
    for (uint32_t i = 0; i < n; i++) {
        R2rEntry *e = &m->methods[i];
        if (e->code_off > size || e->code_size > size - e->code_off) {
            free(methods);
            cil_diag_set(diag, "method %u lies outside the image's code", i);
            return false;
        }
        e->code_hash = r2r_hash(code + e->code_off, e->code_size);
        methods[i] = (R2rSpan){e->code_off, e->code_size};
    }
    qsort(methods, n, sizeof *methods, by_offset);
    m->spans = malloc((n + 2) * sizeof *m->spans);
    m->n_spans = 0;
    uint64_t at = 0;
    for (uint32_t i = 0; i <= n; i++) { /* the gaps between methods, and the tail */
        uint64_t next = i < n ? methods[i].off : size;
        if (next > at) m->spans[m->n_spans++] = (R2rSpan){(uint32_t)at, (uint32_t)(next - at)};
        if (i < n && methods[i].off + methods[i].len > at) at = methods[i].off + methods[i].len;
    }
    free(methods);
    return spans_hash(code, size, m->spans, m->n_spans, &m->code_hash);
}

/* ---- reading ---- */

bool r2r_spans_ok(const uint8_t *code, size_t size, const R2rManifest *m)
{
    R2rSpan *spans = malloc((m->n_spans + 1) * sizeof *spans);
    for (uint32_t i = 0; i < m->n_spans; i++)
        spans[i] = r2r_manifest_span(m, i);
    uint64_t h;
    bool ok = spans_hash(code, size, spans, m->n_spans, &h) && h == m->code_hash;
    free(spans);
    return ok;
}

bool r2r_method_code_ok(const void *entry, const R2rEntry *e)
{
    return r2r_hash(entry, e->code_size) == e->code_hash;
}
