/*
 * dump.c — ilc --r2r-dump: what an image holds, readable: its identity and hashes, whether
 * this ilc would use it, every method with its IL and native size and where its code lies
 * in the code object (from the manifest), and every import cell.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static const char *cell_kinds[CELL_KINDS] = {"type",       "statics", "string", "slot",
                                             "unbox-slot", "method",  "counter"};

static void print_guid(FILE *out, const uint8_t *g)
{
    for (int i = 0; i < 16; i++)
        fprintf(out, "%02x%s", g[i], i == 3 || i == 5 || i == 7 || i == 9 ? "-" : "");
}

static void print_string_key(FILE *out, const R2rEntry *c)
{
    fputc('"', out);
    const uint16_t *s = (const uint16_t *)c->key;
    for (uint32_t i = 0; i < c->len / 2 && i < 60; i++)
        fputc(s[i] >= 32 && s[i] < 127 ? s[i] : '?', out);
    fputs(c->len / 2 > 60 ? "\"…" : "\"", out);
}

void r2r_print(const R2rImage *im, const R2rManifest *m, const R2rParts *p, CilLoader *l,
               CilImage *self, FILE *out)
{
    const char *problem = r2r_image_problem(im);
    fprintf(out, "format       version %u, CPU %s, compiled by ilc build %016llx\n", m->version,
            m->cpu, (unsigned long long)m->runtime);
    fputs("assembly     MVID ", out);
    print_guid(out, m->mvid);
    fprintf(out, ", IL %zu bytes, hash %016llx\ncorlib       MVID ", p->il_size,
            (unsigned long long)m->il_hash);
    print_guid(out, m->corlib_mvid);
    fprintf(out, ", hash %016llx", (unsigned long long)m->corlib_hash);
    const CilFileStamp *st = &m->corlib_stamp;
    if (st->ino) /* what lets a start skip hashing corlib again */
        fprintf(out, "; its file then: inode %llu, %llu bytes, changed at %lld.%09lld",
                (unsigned long long)st->ino, (unsigned long long)st->size,
                (long long)(st->ctime_ns / 1000000000), (long long)(st->ctime_ns % 1000000000));
    fprintf(out, "\ncode         %zu bytes, hash %016llx (of the %u spans outside methods)\n",
            p->code_size, (unsigned long long)m->code_hash, m->n_spans);
    uint32_t runtime_imports = 0, index_keys = 0, index_rows = 0;
    for (uint32_t i = 0; m->imports && i < m->n_imports; i++)
        runtime_imports += m->imports[i] != 0;
    for (CilRowKey k = 0; k < CIL_KEYS; k++)
        if (m->index[k].keys) index_keys++, index_rows += m->index[k].n;
    fprintf(out,
            "imports      %u dynamic symbols, %u of them runtime functions bound by index\n"
            "row indexes  %u of %u, %u rows\nvtables      %u classes' (%zu words)%s",
            m->n_imports, runtime_imports, index_keys, (unsigned)CIL_KEYS, index_rows,
            m->dispatch_words ? m->dispatch[0] : 0, m->dispatch_words,
            m->array_family[0] ? "; an IList<T> family of arrays: " : "\n");
    if (m->array_family[0])
        fprintf(out, "%u interfaces, %u slots\n", m->array_family[0], m->array_family[1]);
    fprintf(out, "status       %s\n", problem ? problem : "valid");
    uint64_t total = 0;
    fprintf(out,
            "\nmethods (%u): index, IL bytes, native bytes (padding included), offset in the "
            "code, key, name\n",
            m->n_methods);
    for (uint32_t i = 0; i < m->n_methods; i++) {
        CilDiag d = {0};
        R2rEntry e = r2r_manifest_method(m, i);
        CilMethod *meth = l ? r2r_resolve_method(l, self, e.key, &d) : NULL;
        fprintf(out, "  %5u %6u %7u %8u  %-16s %s%s\n", i, e.il_size, e.code_size, e.code_off,
                e.key, meth ? cil_method_name(meth) : "", e.kind == 1 ? " [unboxing]" : "");
        total += e.code_size;
    }
    fprintf(out, "  native code of methods: %llu bytes\n", (unsigned long long)total);
    uint32_t per_kind[CELL_KINDS] = {0}, eager = 0;
    for (uint32_t i = 0; i < m->n_cells; i++) {
        R2rEntry c = r2r_manifest_cell(m, i);
        per_kind[c.kind]++;
        eager += c.eager;
    }
    fprintf(out,
            "\nimport cells (fixups) (%u, %u read by exception tables; all bound on first use):",
            m->n_cells, eager);
    for (int k = 0; k < CELL_KINDS; k++)
        fprintf(out, " %s %u%s", cell_kinds[k], per_kind[k], k + 1 < CELL_KINDS ? "," : "\n");
    for (uint32_t i = 0; i < m->n_cells; i++) {
        R2rEntry c = r2r_manifest_cell(m, i);
        fprintf(out, "  %5u %-10s %s", i, cell_kinds[c.kind], c.eager ? "[eh] " : "");
        if (c.kind == CELL_STRING)
            print_string_key(out, &c);
        else
            fputs(c.key, out);
        fputc('\n', out);
    }
}
