/*
 * loader.c — ilc --run: validate an image, install it, bind its import cells as the code
 * first uses them.
 *
 *   r2r_open     the container, mapped (libelf) ─► manifest records checked in place
 *                ─► CPU, the hash of the code outside its methods (verify.c)
 *                                                           (a problem: JIT-only)
 *                (an image vouched for by its stamp file: no hashes, image.c)
 *   r2r_install  the assembly and corlib it was built against (MVID and content hash) are
 *                the ones loaded — for a program, the IL the image carries
 *                ─► code: its segments mapped from the image file (map.c; else a memfd
 *                   holding the shared object, dlopen'd)
 *                ─► the cells exception tables name, bound now  (all or nothing)
 *                ─► the image becomes a source of code for the JIT
 *   first call of a method ─► its stub ─► the JIT's prestub ─► code_for: the method's
 *                key, binary search in each image's sorted method table ─► its code
 *                hashed where it is mapped ─► installed at tier R2R (else, or if the
 *                hash differs, with a warning, the JIT compiles it)
 *   first use of a cell ─► it is empty ─► ilc_r2r_bind_cell resolves its key and fills it
 *
 * Start-up does no work per method or per cell, as .NET's R2R loader binds fixups lazily:
 * a program pays for the types, strings and methods it uses. Every check that can refuse
 * an image runs before install, so a refused image leaves the process exactly as if it
 * had never been opened: the JIT compiles every method, same output. The manifest was
 * hashed and the assemblies are the exact ones the image was compiled against, so a key
 * that fails to resolve after install is an internal error, reported and fatal.
 */
#include "internal.h"

#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct R2rImage {
    char *path;
    R2rParts parts;
    R2rManifest man;
    bool have_manifest;
    bool stamped; /* vouched for by its stamp: hashes taken as checked */
    char problem[1100];
    void *dl;
    /* once installed */
    Jit *jit;
    CilLoader *l;
    CilImage *self;
    void **cells;        /* the cell array, n_cells words */
    const int64_t *code; /* method i's code: (char *)code + code[i] */
};

/* The installed images, for the JIT's prestub and for cells found empty. */
enum { MAX_IMAGES = 16 };
static R2rImage *installed[MAX_IMAGES];
static uint32_t n_installed;

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

R2rImage *r2r_open(const char *path, bool stamped, CilDiag *diag)
{
    R2rImage *im = calloc(1, sizeof *im);
    if (!r2r_container_read(path, &im->parts, diag)) {
        free(im);
        return NULL;
    }
    im->path = strdup(path);
    im->stamped = stamped && r2r_stamp_matches(path, &im->parts.stamp);
    CilDiag d = {0};
    if (!im->parts.manifest)
        set_problem(im, "%s", "it has no manifest");
    else if (!(im->have_manifest = r2r_manifest_parse(im->parts.manifest, im->parts.manifest_size,
                                                      im->stamped, &im->man, &d)))
        set_problem(im, "%s", d.msg);
    else if (strcmp(im->man.cpu, R2R_CPU))
        set_problem(im, "%s", "it was compiled for another CPU baseline");
    else if (im->man.runtime != rt_build_id())
        set_problem(im, "%s", "stale: it was compiled by a different build of ilc");
    else if (!im->parts.code ||
             (!im->stamped && !r2r_spans_ok(im->parts.code, im->parts.code_size, &im->man)))
        set_problem(im, "%s", "its code is damaged (hash mismatch)");
    return im;
}

bool r2r_image_stamped(const R2rImage *im)
{
    return im->stamped;
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

uint8_t *r2r_image_map_il(const R2rImage *im, size_t *size)
{
    *size = im->parts.il_size;
    if (!*size || im->parts.il_offset % 4096 || im->parts.fd < 0) return NULL;
    void *p = mmap(NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE, im->parts.fd,
                   (off_t)im->parts.il_offset);
    return p == MAP_FAILED ? NULL : p;
}

void r2r_close(R2rImage *im)
{
    if (!im || im->jit) return; /* an installed image lives as long as the process */
    r2r_container_close(&im->parts);
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
    /* RTLD_LAZY: the runtime functions the code calls are bound when first called */
    void *dl = off == im->parts.code_size ? dlopen(path, RTLD_LAZY | RTLD_LOCAL) : NULL;
    if (!dl) {
        cil_diag_set(diag, "its code does not load: %s",
                     off < im->parts.code_size ? "short write" : dlerror());
        close(fd);
    }
    /* With the code loaded the descriptor stays open: dlopen knows objects by path, and a
     * later image in a reused /proc/self/fd/N would be taken for this one. */
    return dl;
}

/* Every image checks corlib: its hash is computed once (assemblies stay loaded while ilc
 * runs, so their bytes stay where they are), or taken as known (remember_hash). */
static struct {
    const uint8_t *data;
    size_t size;
    uint64_t hash;
} memo[4];

static void remember_hash(const uint8_t *data, size_t size, uint64_t hash)
{
    memmove(memo + 1, memo, 3 * sizeof memo[0]);
    memo[0].data = data;
    memo[0].size = size;
    memo[0].hash = hash;
}

static uint64_t content_hash(const uint8_t *data, size_t size)
{
    for (int i = 0; i < 4; i++)
        if (memo[i].data == data && memo[i].size == size) return memo[i].hash;
    uint64_t h = r2r_hash(data, size);
    remember_hash(data, size, h);
    return h;
}

static bool same_assembly(const CilImage *img, const uint8_t *mvid, uint64_t hash)
{
    return !memcmp(r2r_image_mvid(img), mvid, 16) && content_hash(img->data, img->size) == hash;
}

/* An image whose code may be used vouches for the corlib it was compiled against: ilc
 * checked every cell of that corlib when it wrote the image, and the hash says whether
 * these are the same bytes. */
static bool usable(const R2rImage *im)
{
    return !im->problem[0] && im->have_manifest;
}

static bool vouches(const R2rImage *im, const uint8_t *data, size_t size, uint64_t recorded)
{
    return usable(im) && content_hash(data, size) == recorded;
}

/* corlib's file unchanged since the image hashed it (the same stamp) has the same bytes:
 * its 350 KiB are not hashed again on every start. */
static bool vouch_for_corlib(void *image, const uint8_t *data, size_t size,
                             const CilFileStamp *stamp)
{
    const R2rImage *im = image;
    const CilFileStamp *was = &im->man.corlib_stamp;
    if (stamp && was->ino && usable(im) && !memcmp(stamp, was, sizeof *stamp))
        remember_hash(data, size, im->man.corlib_hash);
    return vouches(im, data, size, im->man.corlib_hash);
}

/* corlib's own image (its IL is corlib) also gives corlib's row indexes, its classes'
 * vtables and the size of arrays' IList<T> family. */
CilVouch r2r_corlib_vouch(R2rImage *im)
{
    CilVouch v = {.check = vouch_for_corlib, .ctx = im, .indexes_as_written = im->stamped};
    if (im->man.il_hash == im->man.corlib_hash) {
        v.indexes = im->man.index;
        v.dispatch = im->man.dispatch;
        v.dispatch_words = im->man.dispatch_words;
        memcpy(v.array_family, im->man.array_family, sizeof v.array_family);
    }
    return v;
}

/* The same for the IL an image carries: ilc checked every cell of it when it wrote the
 * image, and install compares the same hash (memoised) before it trusts the code. An image
 * its stamp vouches for holds the IL its writer hashed. */
static bool vouch_for_own_il(void *image, const uint8_t *data, size_t size,
                             const CilFileStamp *stamp)
{
    (void)stamp; /* the IL lies in the image: the image's own stamp speaks for it */
    const R2rImage *im = image;
    if (im->stamped && usable(im)) remember_hash(data, size, im->man.il_hash);
    return vouches(im, data, size, im->man.il_hash);
}

CilVouch r2r_il_vouch(R2rImage *im)
{
    return (CilVouch){.check = vouch_for_own_il,
                      .ctx = im,
                      .indexes = im->man.index,
                      .indexes_as_written = im->stamped,
                      .dispatch = im->man.dispatch,
                      .dispatch_words = im->man.dispatch_words};
}

static void *cell_value(R2rImage *im, const R2rEntry *c, CilDiag *diag)
{
    if (c->kind == CELL_STRING)
        return rt_string_literal((const uint16_t *)c->key, (int32_t)(c->len / 2));
    if (c->kind == CELL_TYPE || c->kind == CELL_STATICS) {
        CilType *t = r2r_resolve_type(im->l, im->self, c->key, diag);
        RtType *rt = t ? cil_type_handle(t, diag) : NULL;
        if (!rt) return NULL;
        if (c->kind == CELL_TYPE) return rt;
        if (!rt->statics) cil_diag_set(diag, "%s has no static fields", t->full_name);
        return rt->statics;
    }
    CilMethod *m = r2r_resolve_method(im->l, im->self, c->key, diag);
    if (!m) return NULL;
    switch (c->kind) {
    case CELL_SLOT: return jit_entry_slot(im->jit, m, false);
    case CELL_UNBOX_SLOT: return jit_entry_slot(im->jit, m, true);
    case CELL_METHOD: return m;
    case CELL_COUNTER: return jit_counter(im->jit, m);
    default: cil_diag_set(diag, "unknown cell kind %u", c->kind); return NULL;
    }
}

/* Cell i's value, or NULL with diag saying which cell did not resolve and why. */
static void *resolve_cell(R2rImage *im, uint32_t i, CilDiag *diag)
{
    R2rEntry c = r2r_manifest_cell(&im->man, i);
    CilDiag d = {0};
    void *v = cell_value(im, &c, &d);
    if (!v)
        cil_diag_set(diag, "import cell %u (%s) does not resolve: %s", i,
                     c.kind == CELL_STRING ? "a string" : c.key, d.msg);
    return v;
}

typedef struct BindRequest {
    R2rImage *im;
    void **cell;
    CilDiag diag;
} BindRequest;

static void *bind_locked(void *arg)
{
    BindRequest *rq = arg;
    void *v = __atomic_load_n(rq->cell, __ATOMIC_ACQUIRE);
    jit_note_cell_bind(rq->im->jit, !v);
    if (v) return v; /* another thread bound it meanwhile */
    v = resolve_cell(rq->im, (uint32_t)(rq->cell - rq->im->cells), &rq->diag);
    if (v) __atomic_store_n(rq->cell, v, __ATOMIC_RELEASE);
    return v;
}

/* The installed image whose cell array holds cell, or NULL. */
static R2rImage *image_of_cell(void **cell)
{
    for (uint32_t i = 0; i < n_installed; i++)
        if (cell >= installed[i]->cells && cell < installed[i]->cells + installed[i]->man.n_cells)
            return installed[i];
    return NULL;
}

/* Called by precompiled code that found one of its cells empty (CilSymbols.bind_cell). */
void *ilc_r2r_bind_cell(void **cell)
{
    R2rImage *im = image_of_cell(cell);
    if (!im) {
        rt_finish();
        rt_fatal("internal error: import cell %p belongs to no installed image", (void *)cell);
    }
    BindRequest rq = {.im = im, .cell = cell};
    void *v = jit_with_lock(im->jit, bind_locked, &rq);
    if (!v) {
        rt_finish();
        rt_fatal("internal error: %s: %s", im->path, rq.diag.msg);
    }
    return v;
}

/* The personality found the type word of a catch clause empty: exception tables read their
 * cells directly, so these are bound when an exception first consults them (never under
 * the JIT's lock: no managed code runs there). */
static RtType *bind_typeinfo(RtType **word)
{
    return image_of_cell((void **)word) ? ilc_r2r_bind_cell((void **)word) : NULL;
}

/* The JIT's prestub asks here (its lock held) before it compiles a method. */
static void *code_for(void *ctx, CilMethod *m, bool unboxing)
{
    R2rKey k;
    if (!r2r_method_key(&k, m)) return NULL;
    for (uint32_t i = 0; i < n_installed; i++) {
        R2rImage *im = installed[i];
        int64_t at = r2r_manifest_find(&im->man, k.text, unboxing);
        if (at < 0) continue;
        void *entry = (char *)im->code + im->code[at];
        R2rEntry e = r2r_manifest_method(&im->man, (uint32_t)at);
        if (im->stamped || r2r_method_code_ok(entry, &e)) return entry;
        jit_note_rejected_method(im->jit);
        fprintf(stderr,
                "warning: %s: code of %s%s not used (damaged: hash mismatch); the JIT "
                "compiles it\n",
                im->path, cil_method_name(m), unboxing ? " [unboxing]" : "");
        return NULL;
    }
    return NULL;
}

/* A table of the code and the manifest agree on its size (both were hashed, so this only
 * guards the index arithmetic against an ilc that wrote them inconsistently). */
static size_t table_size(void *addr)
{
    Dl_info info;
    const ElfW(Sym) *sym = NULL;
    return dladdr1(addr, &info, (void **)&sym, RTLD_DL_SYMENT) && sym ? sym->st_size : 0;
}

/* The code in memory: mapped from the image file (map.c), else through a memfd and dlopen. */
static bool load_code(R2rImage *im, size_t *cells_size, size_t *methods_size, CilDiag *diag)
{
    R2rCode code = {.imports = im->man.imports, .n_imports = im->man.n_imports};
    const char *map = getenv("ILC_R2R_MAP"); /* 0: dlopen, to compare the two */
    if ((!map || strcmp(map, "0")) && r2r_map_code(im->parts.fd, im->parts.code_offset,
                                                   im->parts.code, im->parts.code_size, &code)) {
        im->cells = code.cells;
        im->code = code.methods;
        *cells_size = code.cells_size;
        *methods_size = code.methods_size;
        return true;
    }
    if (!(im->dl = open_code(im, diag))) return false;
    im->cells = dlsym(im->dl, "ilc_r2r_cells");
    im->code = dlsym(im->dl, "ilc_r2r_methods");
    *cells_size = im->cells ? table_size(im->cells) : 0;
    *methods_size = im->code ? table_size((void *)im->code) : 0;
    return true;
}

static bool install(R2rImage *im, CilDiag *diag)
{
    size_t cells_size, methods_size;
    if (!load_code(im, &cells_size, &methods_size, diag)) return false;
    const R2rManifest *man = &im->man;
    if (!im->cells || !im->code) {
        cil_diag_set(diag, "its code lacks the cell or method table");
        return false;
    }
    if ((man->n_cells && cells_size != man->n_cells * sizeof(void *)) ||
        (man->n_methods && methods_size != man->n_methods * sizeof(int64_t))) {
        cil_diag_set(diag, "its code and its manifest disagree on the number of cells or methods");
        return false;
    }
    if (n_installed == MAX_IMAGES) {
        cil_diag_set(diag, "more than %d images", MAX_IMAGES);
        return false;
    }
    installed[n_installed++] = im;
    if (n_installed == 1) {
        jit_add_code_source(im->jit, code_for, NULL);
        rt_set_typeinfo_binder(bind_typeinfo);
    }
    return true;
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
    im->jit = jit;
    im->l = l;
    im->self = img;
    if (!install(im, diag)) {
        if (im->dl) dlclose(im->dl); /* a mapped image's code is left mapped, unused */
        im->dl = NULL;
        im->jit = NULL;
        return false;
    }
    return true;
}

bool r2r_dump_image(R2rImage *im, CilLoader *l, CilImage *self, FILE *out, CilDiag *diag)
{
    if (!im->have_manifest) {
        cil_diag_set(diag, "%s: %s", im->path, im->problem);
        return false;
    }
    /* --run checks the IL when it loads the assembly from it (r2r_install) */
    if (!im->problem[0] && r2r_hash(im->parts.il, im->parts.il_size) != im->man.il_hash)
        set_problem(im, "%s", "stale: the IL it carries does not match its code");
    fprintf(out, "%s\n", im->path);
    r2r_print(im, &im->man, &im->parts, l, self, out);
    return true;
}
