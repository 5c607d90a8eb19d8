/*
 * writer.c — ilc --r2r: every method of one assembly, precompiled into an image.
 *
 *   each non-generic method ─► cil_import under the R2R policy ─┐   (one LLVM module)
 *        (runtime data and callees through import cells)        │
 *   cell table, method table ◄──────────────────────────────────┘
 *   default<O2> ─► object ─► cc -shared ─► each method's extent (verify.c),
 *                            symbols stripped ─► .ilc.code ┐
 *   manifest (keys of methods and cells, hashes) ──────────┼─► image.c ─► prog.r2r
 *   the assembly itself ───────────────────────────────────┘
 *
 * The R2R policy is crossgen2's: optimised code for the portable CPU baseline, small
 * callees inlined only from the same assembly (the version bubble: corlib may change under
 * the image, which the loader detects), calls through entry slots, call counting in the
 * prologue so the JIT still finds the hot methods. Generic instantiations come in as the
 * code reaches them: those it calls, and the vtables of those it allocates. A method the
 * importer cannot compile, or whose code would need something without a key, is simply
 * left out (--stats says why): the JIT compiles it at run time.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct Cell {
    uint8_t kind;
    bool eager; /* named by exception tables (which read the cell, not code) */
    uint32_t len;
    char *key;
    LLVMValueRef g;
} Cell;

typedef struct Writer {
    CilLoader *l;
    CilImage *img;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMTargetMachineRef tm;
    LLVMTypeRef t_ptr;
    CilPolicy policy;
    CilSymbols symbols;
    Cell *cells;
    uint32_t n_cells, cap_cells;
    uint32_t *index; /* open addressing over cells: cell number + 1, 0 empty */
    uint32_t cap_index;
    bool key_failed; /* the method being imported named something without a key */
    char no_key_what[300];
    LLVMValueRef dummy;
    R2rEntry *methods;
    LLVMValueRef *fns;
    uint32_t n_methods, cap_methods, rejected;
    bool verbose; /* --stats: say which methods are left to the JIT, and why */
    /* generic instantiations the code reaches, compiled into the image too */
    struct Pending {
        CilMethod *m;
        bool unboxing;
    } * pending;
    uint32_t n_pending, cap_pending, instantiations;
} Writer;

static uint32_t cell_hash(uint8_t kind, const char *key, uint32_t len)
{
    return (uint32_t)r2r_hash((const uint8_t *)key, len) * 31u + kind;
}

static void grow_index(Writer *w)
{
    uint32_t cap = w->cap_index ? 2 * w->cap_index : 1024;
    uint32_t *index = calloc(cap, sizeof *index);
    for (uint32_t i = 0; i < w->n_cells; i++) {
        Cell *c = &w->cells[i];
        uint32_t j = cell_hash(c->kind, c->key, c->len) & (cap - 1);
        while (index[j])
            j = (j + 1) & (cap - 1);
        index[j] = i + 1;
    }
    free(w->index);
    w->index = index;
    w->cap_index = cap;
}

/* The import cell for (kind, key): a pointer-sized global the loader fills. */
static Cell *cell(Writer *w, uint8_t kind, const char *key, uint32_t len)
{
    if (2 * (w->n_cells + 1) > w->cap_index) grow_index(w);
    uint32_t j = cell_hash(kind, key, len) & (w->cap_index - 1);
    for (; w->index[j]; j = (j + 1) & (w->cap_index - 1)) {
        Cell *c = &w->cells[w->index[j] - 1];
        if (c->kind == kind && c->len == len && !memcmp(c->key, key, len)) return c;
    }
    if (w->n_cells == w->cap_cells) {
        w->cap_cells = w->cap_cells ? 2 * w->cap_cells : 256;
        w->cells = realloc(w->cells, w->cap_cells * sizeof *w->cells);
    }
    Cell *c = &w->cells[w->n_cells++];
    c->kind = kind;
    c->eager = false;
    c->len = len;
    c->key = malloc(len + 1);
    memcpy(c->key, key, len);
    c->key[len] = 0;
    c->g = LLVMAddGlobal(w->mod, w->t_ptr, "cell");
    LLVMSetInitializer(c->g, LLVMConstNull(w->t_ptr));
    LLVMSetLinkage(c->g, LLVMInternalLinkage);
    w->index[j] = w->n_cells;
    return c;
}

/* What names something without a key: the method being imported is left out. */
static Cell *no_key(Writer *w, const char *what)
{
    if (!w->key_failed) snprintf(w->no_key_what, sizeof w->no_key_what, "%s", what);
    w->key_failed = true;
    return NULL;
}

/* A cell's global for the importer (a placeholder after no_key: the code is dropped). */
static LLVMValueRef global_of(Writer *w, const Cell *c)
{
    return c ? c->g : w->dummy;
}

static bool precompilable(CilMethod *m);

/* An instantiation (List<int>.Add, Array.Empty<string>) the image's code uses: compiled
 * into the image as well, as crossgen2 does for instantiations over its version bubble
 * (here the bubble is the assembly and the exact corlib the loader checks). */
static void want_instance(Writer *w, CilMethod *m, bool unboxing)
{
    bool instance = m->method_args || m->owner->generic_def;
    /* backend[] is free while writing an image (nothing runs): it marks what is queued */
    if (!instance || m->backend[unboxing] || w->instantiations >= 20000 || !precompilable(m) ||
        cil_generic_nesting(m) > CIL_MAX_GENERIC_NESTING) /* a generic cycle: the JIT's */
        return;
    m->backend[unboxing] = w;
    if (w->n_pending == w->cap_pending) {
        w->cap_pending = w->cap_pending ? 2 * w->cap_pending : 256;
        w->pending = realloc(w->pending, w->cap_pending * sizeof *w->pending);
    }
    w->pending[w->n_pending++] = (struct Pending){m, unboxing};
    w->instantiations++;
}

static Cell *type_cell(Writer *w, uint8_t kind, CilType *t)
{
    R2rKey k;
    if (!r2r_type_key(&k, t)) return no_key(w, t->full_name);
    return cell(w, kind, k.text, k.len);
}

static LLVMValueRef method_cell(Writer *w, uint8_t kind, CilMethod *m)
{
    R2rKey k;
    if (!r2r_method_key(&k, m)) return global_of(w, no_key(w, cil_method_name(m)));
    uint32_t before = w->n_cells;
    Cell *c = cell(w, kind, k.text, k.len);
    if (w->n_cells > before && (kind == CELL_SLOT || kind == CELL_UNBOX_SLOT))
        want_instance(w, m, kind == CELL_UNBOX_SLOT); /* a callee first named here */
    return c->g;
}

static LLVMValueRef sym_type(void *ctx, LLVMModuleRef mod, CilType *t)
{
    return global_of(ctx, type_cell(ctx, CELL_TYPE, t));
}
static LLVMValueRef sym_typeinfo(void *ctx, LLVMModuleRef mod, CilType *t)
{
    Cell *c = type_cell(ctx, CELL_TYPE, t);
    if (c) c->eager = true;
    return global_of(ctx, c);
}
/* A generic instance the code allocates: what calls through its vtable reach comes too. */
static LLVMValueRef sym_constructed(void *ctx, LLVMModuleRef mod, CilType *t)
{
    Writer *w = ctx;
    CilDiag d = {0};
    if (t->generic_def && !t->backend && cil_type_handle(t, &d)) {
        t->backend = w; /* once per type (unused while writing: nothing runs) */
        for (uint32_t i = 0; i < t->n_vtable; i++)
            if (t->vtable[i]->owner->generic_def || t->vtable[i]->method_args)
                want_instance(w, t->vtable[i], cil_vtable_entry_unboxes(t, t->vtable[i]));
    }
    return global_of(w, type_cell(w, CELL_TYPE, t));
}

static LLVMValueRef sym_statics(void *ctx, LLVMModuleRef mod, CilType *t)
{
    return global_of(ctx, type_cell(ctx, CELL_STATICS, t));
}
static LLVMValueRef sym_string(void *ctx, LLVMModuleRef mod, const uint16_t *chars, uint32_t len)
{
    return cell(ctx, CELL_STRING, (const char *)chars, len * 2)->g;
}
static LLVMValueRef sym_method(void *ctx, LLVMModuleRef mod, CilMethod *m, bool unboxing)
{
    return method_cell(ctx, unboxing ? CELL_UNBOX_SLOT : CELL_SLOT, m);
}
static LLVMValueRef sym_gvm(void *ctx, LLVMModuleRef mod, CilMethod *m)
{
    return method_cell(ctx, CELL_METHOD, m);
}
static LLVMValueRef sym_counter(void *ctx, LLVMModuleRef mod, CilMethod *m)
{
    return method_cell(ctx, CELL_COUNTER, m);
}

static bool precompilable(CilMethod *m)
{
    CilDiag d = {0};
    const CilImage *img = m->owner->image;
    return cil_method_resolve_sig(m, &d) && !(m->flags & MDF_ABSTRACT) &&
           cil_methoddef(img, m->row)->rva && (!m->sig.n_generic || m->method_args) &&
           !m->owner->n_generic_params && !(m->impl_flags & MIF_INTERNALCALL);
}

static void compile_method(Writer *w, CilMethod *m, bool unboxing)
{
    CilDiag d = {0};
    R2rKey k;
    if (!r2r_method_key(&k, m)) {
        w->rejected++;
        return;
    }
    w->key_failed = false;
    char name[32];
    snprintf(name, sizeof name, "r2r.%u", w->n_methods);
    LLVMValueRef fn = cil_import(m, &w->policy, w->mod, name, unboxing, &d);
    if (!fn || w->key_failed) {
        if (fn) cil_delete_function(fn);
        if (w->verbose)
            fprintf(stderr, "r2r: left to the JIT: %s: %s%s\n", cil_method_name(m),
                    fn ? "no image key for " : "", fn ? w->no_key_what : d.msg);
        w->rejected++;
        return;
    }
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    if (w->n_methods == w->cap_methods) {
        w->cap_methods = w->cap_methods ? 2 * w->cap_methods : 256;
        w->methods = realloc(w->methods, w->cap_methods * sizeof *w->methods);
        w->fns = realloc(w->fns, w->cap_methods * sizeof *w->fns);
    }
    w->methods[w->n_methods] = (R2rEntry){
        .kind = unboxing, .len = k.len, .key = strdup(k.text), .il_size = cil_method_il_size(m)};
    w->fns[w->n_methods++] = fn;
}

static void compile_all(Writer *w)
{
    for (uint32_t r = 1; r <= w->img->rows[CIL_TBL_TYPEDEF]; r++) {
        CilDiag d = {0};
        CilType *t = cil_type_from_typedef(w->l, w->img, r, &d);
        if (!t || t->n_generic_params || !cil_type_handle(t, &d)) continue;
        cil_type_members(t);
        for (uint32_t i = 0; i < t->n_methods; i++) {
            CilMethod *m = cil_type_method(t, i);
            if (!precompilable(m)) continue;
            compile_method(w, m, false);
            /* what a value type's vtable holds: the variant taking the box */
            if (cil_method_is_virtual(m) && cil_vtable_entry_unboxes(t, m))
                compile_method(w, m, true);
        }
    }
    for (uint32_t i = 0; i < w->n_pending; i++) { /* the list grows as they compile */
        CilDiag d = {0};
        if (cil_type_handle(w->pending[i].m->owner, &d))
            compile_method(w, w->pending[i].m, w->pending[i].unboxing);
    }
}

/* Methods in key order (the loader finds code by binary search), renamed r2r.<index> so
 * that the writer finds each one's extent in the symbol table (verify.c). */
typedef struct Compiled {
    R2rEntry entry;
    LLVMValueRef fn;
} Compiled;

static int by_key(const void *a, const void *b)
{
    return r2r_entry_order(&((const Compiled *)a)->entry, &((const Compiled *)b)->entry);
}

static void sort_methods(Writer *w)
{
    uint32_t n = w->n_methods;
    Compiled *all = malloc((n + 1) * sizeof *all);
    for (uint32_t i = 0; i < n; i++)
        all[i] = (Compiled){w->methods[i], w->fns[i]};
    qsort(all, n, sizeof *all, by_key);
    for (uint32_t i = 0; i < n; i++) {
        w->methods[i] = all[i].entry;
        w->fns[i] = all[i].fn;
        char name[32];
        snprintf(name, sizeof name, "r2r.%u", i);
        LLVMSetValueName2(w->fns[i], name, strlen(name));
    }
    free(all);
}

/* The loader's two tables, neither needing a relocation when the code is loaded:
 *   ilc_r2r_cells    the cells, one zeroed array (.bss) that the loader fills
 *   ilc_r2r_methods  method i's code as an offset from the table itself
 * A cell that exception tables name (eager) becomes an alias of its element rather than
 * the element's address: LLVM tells a landing pad's type infos apart (and numbers them for
 * llvm.eh.typeid.for) by global, and takes any other constant for a catch-all. */
static void export_tables(Writer *w)
{
    sort_methods(w);
    LLVMTypeRef cells_ty = LLVMArrayType2(w->t_ptr, w->n_cells);
    LLVMValueRef cells = LLVMAddGlobal(w->mod, cells_ty, "ilc_r2r_cells");
    LLVMSetInitializer(cells, LLVMConstNull(cells_ty));
    LLVMTypeRef i64 = LLVMInt64TypeInContext(w->ctx);
    for (uint32_t i = 0; i < w->n_cells; i++) {
        LLVMValueRef idx[2] = {LLVMConstInt(i64, 0, 0), LLVMConstInt(i64, i, 0)};
        LLVMValueRef at = LLVMConstInBoundsGEP2(cells_ty, cells, idx, 2);
        if (w->cells[i].eager) {
            at = LLVMAddAlias2(w->mod, w->t_ptr, 0, at, "typeinfo");
            LLVMSetLinkage(at, LLVMPrivateLinkage);
        }
        LLVMReplaceAllUsesWith(w->cells[i].g, at);
        LLVMDeleteGlobal(w->cells[i].g);
        w->cells[i].g = NULL;
    }
    LLVMTypeRef table_ty = LLVMArrayType2(i64, w->n_methods);
    LLVMValueRef table = LLVMAddGlobal(w->mod, table_ty, "ilc_r2r_methods");
    LLVMValueRef base = LLVMConstPtrToInt(table, i64);
    LLVMValueRef *offs = malloc((w->n_methods + 1) * sizeof *offs);
    for (uint32_t i = 0; i < w->n_methods; i++)
        offs[i] = LLVMConstSub(LLVMConstPtrToInt(w->fns[i], i64), base);
    LLVMSetInitializer(table, LLVMConstArray2(i64, offs, w->n_methods));
    LLVMSetGlobalConstant(table, 1);
    free(offs);
}

static uint8_t *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    struct stat st;
    uint8_t *p = NULL;
    if (fstat(fileno(f), &st) == 0 && (p = malloc(st.st_size ? st.st_size : 1))) {
        *size = fread(p, 1, st.st_size, f);
        if (*size != (size_t)st.st_size) {
            free(p);
            p = NULL;
        }
    }
    fclose(f);
    return p;
}

/* The symbol table (with a label per LSDA, GCC_except_tableN) is read once, here, to find
 * each method's extent (verify.c); nothing reads it at run time, where the loader would
 * hash its 100 KB of corlib's image at every start. Stripping leaves the loaded sections
 * where they are; without objcopy (binutils, as the linker) the image is only larger. */
static uint8_t *strip_symbols(const char *so, uint8_t *full, size_t *size, const R2rManifest *m)
{
    char log[1024];
    char *argv[] = {"objcopy", "--strip-all", (char *)so, NULL};
    size_t stripped_size = 0;
    uint8_t *stripped =
        cil_run_command(argv, log, sizeof log) == 0 ? read_file(so, &stripped_size) : NULL;
    for (uint32_t i = 0; stripped && i < m->n_methods; i++) {
        const R2rEntry *e = &m->methods[i];
        if ((uint64_t)e->code_off + e->code_size > stripped_size ||
            memcmp(stripped + e->code_off, full + e->code_off, e->code_size)) {
            free(stripped); /* objcopy moved the code: keep the symbols */
            stripped = NULL;
        }
    }
    if (!stripped) return full;
    free(full);
    *size = stripped_size;
    return stripped;
}

/* The module as a shared object: emitted, linked by cc -shared, read back; each method's
 * extent found in it (verify.c), then its symbols stripped. */
static uint8_t *build_code(Writer *w, const R2rOptions *o, size_t *size, CilDiag *diag)
{
    char obj[4200], so[4200], log[4096];
    snprintf(obj, sizeof obj, "%s/ilc-r2r-XXXXXX.o", cil_tmp_dir());
    snprintf(so, sizeof so, "%s/ilc-r2r-XXXXXX.so", cil_tmp_dir());
    int fo = mkstemps(obj, 2), fs = mkstemps(so, 3);
    if (fo >= 0) close(fo);
    if (fs >= 0) close(fs);
    uint8_t *code = NULL;
    if (fo < 0 || fs < 0) {
        cil_diag_set(diag, "cannot create temporary files in %s", cil_tmp_dir());
    } else if (cil_emit_object(w->tm, w->mod, obj, diag)) {
        const char *args[] = {"-shared", "-o", so, obj, NULL};
        if (cil_run_cc(o->cc, args, log, sizeof log) != 0) {
            cil_diag_set(diag, "linking the image's code with '%s' failed: %s", o->cc, log);
        } else if (!(code = read_file(so, size))) {
            cil_diag_set(diag, "cannot read back %s", so);
        } else {
            R2rManifest m = {.n_methods = w->n_methods, .methods = w->methods};
            if (r2r_code_layout(code, *size, &m, diag)) {
                code = strip_symbols(so, code, size, &m);
            } else {
                free(code);
                code = NULL;
            }
        }
    }
    if (fo >= 0) unlink(obj);
    if (fs >= 0) unlink(so);
    return code;
}

static bool write_image(Writer *w, const R2rOptions *o, uint8_t *code, size_t code_size,
                        CilDiag *diag)
{
    CilImage *corlib = cil_loader_corlib(w->l);
    R2rManifest m = {.version = R2R_VERSION,
                     .il_hash = r2r_hash(w->img->data, w->img->size),
                     .corlib_hash = r2r_hash(corlib->data, corlib->size),
                     .corlib_stamp = corlib->stamp,
                     .runtime = rt_build_id(),
                     .n_methods = w->n_methods,
                     .n_cells = w->n_cells,
                     .methods = w->methods};
    snprintf(m.cpu, sizeof m.cpu, "%s", R2R_CPU);
    memcpy(m.mvid, r2r_image_mvid(w->img), 16);
    memcpy(m.corlib_mvid, r2r_image_mvid(corlib), 16);
    if (!r2r_code_hashes(code, code_size, &m, diag)) return false;
    cil_build_all_indexes(w->img); /* saved, so that loading the assembly need not build them */
    RtElfSymbols dynsym;
    uint32_t *imports = NULL;
    if (rt_elf_symbols(code, code_size, SHT_DYNSYM, &dynsym)) {
        imports = calloc(dynsym.n + 1, sizeof *imports);
        if (!imports) abort();
        for (uint32_t i = 0; i < dynsym.n; i++) {
            const char *name = rt_elf_symbol_name(&dynsym, &dynsym.syms[i]);
            if (dynsym.syms[i].st_shndx == SHN_UNDEF && name)
                imports[i] = (uint32_t)(rt_symbol_index(name) + 1);
        }
        m.imports = imports;
        m.n_imports = (uint32_t)dynsym.n;
    }
    for (CilRowKey k = 0; k < CIL_KEYS; k++)
        if (w->img->row_index[k]) m.index[k] = *w->img->row_index[k];
    uint32_t *dispatch = cil_dispatch_plans(w->l, w->img, &m.dispatch_words);
    m.dispatch = dispatch;
    if (w->img == corlib && !cil_loader_array_family(w->l, &m.array_family[0], &m.array_family[1]))
        m.array_family[0] = m.array_family[1] = 0;
    m.cells = malloc((w->n_cells + 1) * sizeof *m.cells);
    for (uint32_t i = 0; i < w->n_cells; i++)
        m.cells[i] = (R2rEntry){.kind = w->cells[i].kind,
                                .eager = w->cells[i].eager,
                                .len = w->cells[i].len,
                                .key = w->cells[i].key};
    R2rParts parts = {
        .il = w->img->data, .il_size = w->img->size, .code = code, .code_size = code_size};
    parts.manifest = r2r_manifest_write(&m, &parts.manifest_size);
    bool ok = r2r_container_write(o->output, &parts, diag);
    if (ok && o->stamp && !r2r_stamp_write(o->output))
        fprintf(stderr, "warning: %s.stamp not written: the image is hashed at every start\n",
                o->output);
    free(parts.manifest);
    free(dispatch);
    free(imports);
    free(m.cells);
    free(m.spans);
    return ok;
}

static void free_writer(Writer *w)
{
    for (uint32_t i = 0; i < w->n_cells; i++)
        free(w->cells[i].key);
    for (uint32_t i = 0; i < w->n_methods; i++)
        free((void *)w->methods[i].key);
    free(w->cells);
    free(w->index);
    for (uint32_t i = 0; i < w->n_pending; i++)
        w->pending[i].m->backend[w->pending[i].unboxing] = NULL;
    free(w->pending);
    free(w->methods);
    free(w->fns);
    if (w->mod) LLVMDisposeModule(w->mod);
    if (w->tm) LLVMDisposeTargetMachine(w->tm);
    LLVMContextDispose(w->ctx);
}

bool r2r_compile(CilLoader *l, CilImage *img, const R2rOptions *o, CilDiag *diag)
{
    Writer w = {.l = l, .img = img, .ctx = LLVMContextCreate(), .verbose = o->stats};
    w.t_ptr = LLVMPointerTypeInContext(w.ctx, 0);
    w.symbols = (CilSymbols){.ctx = &w,
                             .indirect = true,
                             .type = sym_type,
                             .constructed = sym_constructed,
                             .statics = sym_statics,
                             .string = sym_string,
                             .method = sym_method,
                             .gvm_resolver = sym_gvm,
                             .counter = sym_counter,
                             .typeinfo = sym_typeinfo,
                             .bind_cell = "ilc_r2r_bind_cell"};
    w.policy = (CilPolicy){.name = "r2r",
                           .opt_level = 2,
                           .symbols = &w.symbols,
                           .inline_il_limit = 64,
                           .inline_same_image_only = true,
                           .gvm_resolver = "jit_gvm_target",
                           .counter_fn = "jit_tier_up"};
    uint64_t t0 = cil_now_ns();
    bool ok = (w.tm = cil_target_machine(false, 2, diag)) != NULL;
    if (ok) {
        w.mod = cil_module_for(w.ctx, img->path, w.tm);
        w.dummy = LLVMAddGlobal(w.mod, w.t_ptr, "no.key");
        LLVMSetInitializer(w.dummy, LLVMConstNull(w.t_ptr));
        LLVMSetLinkage(w.dummy, LLVMInternalLinkage);
        compile_all(&w);
        export_tables(&w);
    }
    uint64_t t1 = cil_now_ns();
    ok = ok && cil_optimise_module(w.mod, w.tm, 2, o->verify, diag);
    uint64_t t2 = cil_now_ns();
    size_t code_size = 0;
    uint8_t *code = ok ? build_code(&w, o, &code_size, diag) : NULL;
    uint64_t t3 = cil_now_ns();
    ok = code && write_image(&w, o, code, code_size, diag);
    if (ok && o->stats)
        fprintf(
            stderr,
            "r2r-stats: %u methods precompiled (%u of them generic instantiations), %u left to\n"
            "           the JIT, %u import cells\n"
            "  time    import %.1f ms, optimise %.1f ms, code generation and link %.1f ms\n"
            "  size    code %zu bytes, IL %zu bytes\n",
            w.n_methods, w.instantiations, w.rejected, w.n_cells, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
            (t3 - t2) / 1e6, code_size, img->size);
    free(code);
    free_writer(&w);
    return ok;
}
