/*
 * loader.c — ilc --run: validate an image, bind its import cells, install its code.
 *
 *   r2r_open     container (libelf) ─► manifest parsed with every length checked
 *                ─► CPU, IL hash, code hash compared        (a problem: JIT-only)
 *   r2r_install  the assembly and corlib it was built against are the ones loaded
 *                ─► code: a memfd holding the shared object, dlopen'd
 *                ─► every method key and cell key resolved      (all or nothing)
 *                ─► cells written, slots given the code, vtables refreshed once
 *
 * Every check runs before anything is installed, so a refused image leaves the process
 * exactly as if it had never been opened: the JIT compiles every method, same output.
 */
#include "internal.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct R2rImage {
    char *path;
    R2rParts parts;
    R2rManifest man;
    bool have_manifest;
    char problem[1100];
    void *dl;
};

static void set_problem(R2rImage *im, const char *fmt, const char *detail)
{
    snprintf(im->problem, sizeof im->problem, fmt, detail);
}

/* Loading an assembly to compile or dump it runs nothing: vtables built for layout need no
 * real entries. */
static void *no_entry(void *ctx, CilMethod *m, bool unboxing)
{
    return NULL;
}

CilHooks r2r_compile_hooks(void)
{
    return (CilHooks){.entry_point = no_entry};
}

R2rImage *r2r_open(const char *path, CilDiag *diag)
{
    R2rImage *im = calloc(1, sizeof *im);
    if (!r2r_container_read(path, &im->parts, diag)) {
        free(im);
        return NULL;
    }
    im->path = strdup(path);
    CilDiag d = {{0}};
    if (!im->parts.manifest)
        set_problem(im, "%s", "it has no manifest");
    else if (!(im->have_manifest =
                   r2r_manifest_parse(im->parts.manifest, im->parts.manifest_size, &im->man, &d)))
        set_problem(im, "%s", d.msg);
    else if (strcmp(im->man.cpu, R2R_CPU))
        set_problem(im, "%s", "it was compiled for another CPU baseline");
    else if (r2r_hash(im->parts.il, im->parts.il_size) != im->man.il_hash)
        set_problem(im, "%s", "stale: the IL it carries does not match its code");
    else if (!im->parts.code || r2r_hash(im->parts.code, im->parts.code_size) != im->man.code_hash)
        set_problem(im, "%s", "its code is damaged (hash mismatch)");
    return im;
}

const char *r2r_image_problem(const R2rImage *im)
{
    return im->problem[0] ? im->problem : NULL;
}

uint32_t r2r_image_methods(const R2rImage *im)
{
    return im->have_manifest ? im->man.n_methods : 0;
}

const uint8_t *r2r_image_il(const R2rImage *im, size_t *size)
{
    *size = im->parts.il_size;
    return im->parts.il;
}

void r2r_close(R2rImage *im)
{
    if (!im) return;
    if (im->have_manifest) r2r_manifest_free(&im->man);
    free(im->parts.il);
    free(im->parts.manifest);
    free(im->parts.code);
    free(im->path);
    free(im); /* the code stays mapped: it may be running */
}

/* The shared object from memory: a memfd, dlopen'd through /proc/self/fd. */
static void *open_code(R2rImage *im, CilDiag *diag)
{
    int fd = memfd_create("ilc-r2r", MFD_CLOEXEC);
    if (fd < 0) {
        cil_diag_set(diag, "memfd_create: %m");
        return NULL;
    }
    size_t off = 0;
    while (off < im->parts.code_size) {
        ssize_t n = write(fd, im->parts.code + off, im->parts.code_size - off);
        if (n <= 0) break;
        off += (size_t)n;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    void *dl = off == im->parts.code_size ? dlopen(path, RTLD_NOW | RTLD_LOCAL) : NULL;
    if (!dl) {
        cil_diag_set(diag, "its code does not load: %s",
                     off < im->parts.code_size ? "short write" : dlerror());
        close(fd);
    }
    /* With the code loaded the descriptor stays open: dlopen knows objects by path, and a
     * later image in a reused /proc/self/fd/N would be taken for this one. */
    return dl;
}

static bool same_assembly(const CilImage *img, const uint8_t *mvid, uint64_t hash)
{
    return !memcmp(r2r_image_mvid(img), mvid, 16) && r2r_hash(img->data, img->size) == hash;
}

static void *cell_value(Jit *jit, CilLoader *l, CilImage *self, const R2rEntry *c, CilDiag *diag)
{
    if (c->kind == CELL_STRING)
        return rt_string_literal((const uint16_t *)c->key, (int32_t)(c->len / 2));
    if (c->kind == CELL_TYPE || c->kind == CELL_STATICS) {
        CilType *t = r2r_resolve_type(l, self, c->key, diag);
        RtType *rt = t ? cil_type_handle(t, diag) : NULL;
        if (!rt) return NULL;
        if (c->kind == CELL_TYPE) return rt;
        if (!rt->statics) cil_diag_set(diag, "%s has no static fields", t->full_name);
        return rt->statics;
    }
    CilMethod *m = r2r_resolve_method(l, self, c->key, diag);
    if (!m) return NULL;
    switch (c->kind) {
    case CELL_SLOT: return jit_entry_slot(jit, m, false);
    case CELL_UNBOX_SLOT: return jit_entry_slot(jit, m, true);
    case CELL_METHOD: return m;
    case CELL_COUNTER: return jit_counter(jit, m);
    default: cil_diag_set(diag, "unknown cell kind %u", c->kind); return NULL;
    }
}

/* Resolves everything first; installs only if all of it resolved. */
static bool bind(R2rImage *im, Jit *jit, CilLoader *l, CilImage *self, CilDiag *diag)
{
    void **cells = dlsym(im->dl, "ilc_r2r_cells");
    void **code = dlsym(im->dl, "ilc_r2r_methods");
    if (!cells || !code) {
        cil_diag_set(diag, "its code lacks the cell or method table");
        return false;
    }
    const R2rManifest *man = &im->man;
    void **values = calloc(man->n_cells + 1, sizeof *values);
    CilMethod **methods = calloc(man->n_methods + 1, sizeof *methods);
    bool ok = true;
    for (uint32_t i = 0; ok && i < man->n_cells; i++) {
        CilDiag d = {{0}};
        if (!(values[i] = cell_value(jit, l, self, &man->cells[i], &d))) {
            cil_diag_set(diag, "import cell %u (%s) does not resolve: %s", i,
                         man->cells[i].kind == CELL_STRING ? "a string" : man->cells[i].key, d.msg);
            ok = false;
        }
    }
    for (uint32_t i = 0; ok && i < man->n_methods; i++) {
        CilDiag d = {{0}};
        if (!(methods[i] = r2r_resolve_method(l, self, man->methods[i].key, &d))) {
            cil_diag_set(diag, "method %s does not resolve: %s", man->methods[i].key, d.msg);
            ok = false;
        }
    }
    if (ok) {
        for (uint32_t i = 0; i < man->n_cells; i++)
            *(void **)cells[i] = values[i];
        for (uint32_t i = 0; i < man->n_methods; i++)
            jit_install_precompiled(jit, methods[i], man->methods[i].kind == 1, code[i]);
        jit_refresh_vtables(jit);
    }
    free(values);
    free(methods);
    return ok;
}

bool r2r_install(R2rImage *im, Jit *jit, CilLoader *l, CilImage *img, CilDiag *diag)
{
    if (im->problem[0]) {
        cil_diag_set(diag, "%s", im->problem);
        return false;
    }
    CilImage *corlib = cil_loader_corlib(l);
    if (!same_assembly(img, im->man.mvid, im->man.il_hash)) {
        cil_diag_set(diag, "stale: it was compiled from a different assembly");
        return false;
    }
    if (!same_assembly(corlib, im->man.corlib_mvid, im->man.corlib_hash)) {
        cil_diag_set(diag, "stale: it was compiled against a different corlib");
        return false;
    }
    if (!(im->dl = open_code(im, diag))) return false;
    if (!bind(im, jit, l, img, diag)) {
        dlclose(im->dl);
        im->dl = NULL;
        return false;
    }
    return true;
}

bool r2r_dump_image(const R2rImage *im, CilLoader *l, CilImage *self, FILE *out, CilDiag *diag)
{
    if (!im->have_manifest) {
        cil_diag_set(diag, "%s: %s", im->path, im->problem);
        return false;
    }
    fprintf(out, "%s\n", im->path);
    r2r_print(im, &im->man, &im->parts, l, self, out);
    return true;
}
