/*
 * engine.c — methods' descriptors and entry slots, compilation on first call, installing
 * new code, naming code in stack traces, running Main.
 *
 *   call ─► slot ─► stub ─► jit_prestub ─► jit_prestub_compile
 *                                            ├─ precompiled code from an R2R image, or
 *                                            ├─ jit_compile_at ─► compile.c (LLVM half,
 *                                            │    libilc_llvm.so, loaded on first use)
 *                                            └─ store code in slot, patch vtables
 *
 * Every method has a descriptor (JitMethod) whose first word is its entry slot. Code
 * reaches a method only through its slot, so installing better code — Tier1 over Tier0,
 * Tier0 over a stub, R2R code from an image — is one atomic store (and the vtables that
 * hold the method). tiering.c decides which tier a method gets and when it moves up.
 * Nothing here calls LLVM: a process running only precompiled code never loads it.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <dlfcn.h>
#include <string.h>
#include <time.h>

Jit *jit_new(const JitOptions *opts, char *err, size_t size)
{
    Jit *jit = calloc(1, sizeof *jit);
    jit->opts = *opts;
    pthread_mutex_init(&jit->lock, NULL);
    pthread_mutex_init(&jit->desc_lock, NULL);
    pthread_cond_init(&jit->wake, NULL);
    /* The call-counting delay runs from start-up too: a program whose code comes from R2R
     * images has no Tier0 compilations to start it, and would otherwise spend its first
     * milliseconds — and its exit, which waits for a compilation in progress — on Tier1. */
    jit->last_tier0_ns = jit_now_ns();
    (void)err;
    (void)size;
    return jit;
}

void jit_free(Jit *jit)
{
    if (!jit) return;
    jit_tiering_stop(jit);
    if (jit->tiers[TIER0].lljit || jit->tiers[TIER1].lljit) {
        void (*release)(Jit *) = jit_llvm("jit_llvm_release", NULL);
        if (release) release(jit);
    }
    free(jit);
}

void jit_shutdown(Jit *jit)
{
    jit_tiering_stop(jit);
}
const JitStats *jit_stats(Jit *jit)
{
    return &jit->stats;
}

void jit_on_error(Jit *jit, void (*fn)(const char *msg))
{
    jit->on_error = fn;
}

/* rt_types.resolve: an entry the runtime needs for the first time (a type it throws or
 * allocates), built by this JIT's loader under its lock. */
static Jit *resolving_jit;
static void *fill_locked(void *entry)
{
    return cil_fill_runtime_types(resolving_jit->loader, entry);
}
static RtType *resolve_runtime_type(RtType **entry)
{
    return jit_with_lock(resolving_jit, fill_locked, entry);
}

/* rt_types.complete_array: the generic interfaces of an array type (jit_hooks defers
 * them), added under the lock when the runtime first looks for one. */
static void *complete_locked(void *t)
{
    CilDiag d = {0};
    if (!cil_type_complete_array(t, &d)) {
        rt_finish();
        rt_fatal("internal error: %s", d.msg);
    }
    return NULL;
}
static bool complete_array(RtType *rt)
{
    CilType *t = rt->loader_data;
    if (!t || !__atomic_load_n(&t->array_interfaces_pending, __ATOMIC_ACQUIRE)) return false;
    jit_with_lock(resolving_jit, complete_locked, t);
    return true;
}

/* rt_types.array_type: an array type reflection asks for (Array.CreateInstance), built by
 * the loader under the lock like any type code names. */
typedef struct ArrayRequest {
    RtType *elem;
    uint32_t rank;
} ArrayRequest;
static void *array_type_locked(void *p)
{
    const ArrayRequest *r = p;
    CilType *e = r->elem->loader_data;
    if (!e) return NULL;
    CilDiag d = {0};
    return cil_type_handle(r->rank ? cil_mdarray_type(e, r->rank) : cil_array_type(e), &d);
}
static RtType *array_type(RtType *elem, uint32_t rank)
{
    ArrayRequest r = {elem, rank};
    return jit_with_lock(resolving_jit, array_type_locked, &r);
}

/* rt_types.virtual_identity: a delegate's identity is the entry slot of the method it
 * calls, and a descriptor begins with its slot; ldvirtftn names the declared method, the
 * receiver's type (its loader's vtable of methods) says which one runs. */
static void *virtual_identity(RtObject *obj, void *declared)
{
    CilMethod *m = ((JitMethod *)declared)->method;
    CilType *t = obj->type->loader_data;
    if (!t || !t->vtable || m->vtable_slot < 0) return declared;
    CilMethod *impl = cil_dispatch_target(t, m);
    return impl ? jit_descriptor(resolving_jit, impl, false) : declared;
}

/* rt_types.methods_of: what reflection lists of a type's methods, described under the
 * lock when first asked. */
static void *methods_locked(void *t)
{
    uint32_t n;
    return (void *)cil_type_methods(t, &n);
}
static const RtMethodInfo *methods_of(RtType *rt, uint32_t *n)
{
    CilType *t = rt->loader_data;
    if (!t) return NULL;
    const RtMethodInfo *all = __atomic_load_n(&t->reflected_ready, __ATOMIC_ACQUIRE)
                                  ? t->reflected
                                  : jit_with_lock(resolving_jit, methods_locked, t);
    *n = t->n_reflected;
    return all;
}

/* rt_types.method_invoker: compiled under the lock when a method is first invoked. */
typedef struct InvokerRequest {
    RtMethodInfo *m;
    CilDiag diag;
} InvokerRequest;
static void *invoker_locked(void *p)
{
    InvokerRequest *r = p;
    if (r->m->invoke) return r->m->invoke; /* another thread was first */
    void *(*compile)(Jit *, CilMethod *, CilDiag *) =
        jit_llvm("jit_llvm_compile_invoker", &r->diag);
    void *code = compile ? compile(resolving_jit, r->m->loader_data, &r->diag) : NULL;
    if (code) __atomic_store_n(&r->m->invoke, code, __ATOMIC_RELEASE);
    return code;
}
static void *method_invoker(const RtMethodInfo *m, char *error, size_t error_size)
{
    InvokerRequest r = {.m = (RtMethodInfo *)m};
    void *code = m->loader_data ? jit_with_lock(resolving_jit, invoker_locked, &r) : NULL;
    if (!code) snprintf(error, error_size, "%s", r.diag.msg[0] ? r.diag.msg : "no invoker");
    return code;
}

/* rt_types.attributes_of: a type's custom attributes, described under the lock when first
 * asked. */
static void *attributes_locked(void *t)
{
    uint32_t n;
    return (void *)cil_type_attributes(t, &n);
}
static bool attributes_of(RtType *rt, const RtCustomAttribute **all, uint32_t *n)
{
    CilType *t = rt->loader_data;
    if (!t) return false;
    *all = __atomic_load_n(&t->custom_ready, __ATOMIC_ACQUIRE)
               ? t->custom
               : jit_with_lock(resolving_jit, attributes_locked, t);
    *n = t->n_custom;
    return true;
}

/* rt_types.fields_of and properties_of: described under the lock when first asked. */
static void *fields_locked(void *t)
{
    uint32_t n;
    return (void *)cil_type_fields(t, &n);
}
static bool fields_of(RtType *rt, const RtFieldInfo **all, uint32_t *n)
{
    CilType *t = rt->loader_data;
    if (!t) return false;
    *all = __atomic_load_n(&t->fields_ready, __ATOMIC_ACQUIRE)
               ? t->reflected_fields
               : jit_with_lock(resolving_jit, fields_locked, t);
    *n = t->n_reflected_fields;
    return true;
}
static void *properties_locked(void *t)
{
    uint32_t n;
    return (void *)cil_type_properties(t, &n);
}
static bool properties_of(RtType *rt, const RtPropertyInfo **all, uint32_t *n)
{
    CilType *t = rt->loader_data;
    if (!t) return false;
    *all = __atomic_load_n(&t->props_ready, __ATOMIC_ACQUIRE)
               ? t->reflected_props
               : jit_with_lock(resolving_jit, properties_locked, t);
    *n = t->n_reflected_props;
    return true;
}

/* rt_types.generic_instance and method_instance: MakeGenericType and MakeGenericMethod
 * instantiate under the lock, as code naming def<args> would. */
typedef struct InstanceRequest {
    void *def; /* RtType or RtMethodInfo */
    RtType *const *args;
    uint32_t n;
    CilDiag diag;
} InstanceRequest;
static CilType **loader_types(RtType *const *args, uint32_t n, CilDiag *diag)
{
    CilType **types = calloc(n + 1, sizeof *types);
    for (uint32_t i = 0; i < n; i++)
        if (!(types[i] = args[i]->loader_data) || types[i]->reflect_param ||
            types[i]->n_generic_params) {
            cil_diag_set(diag, "ilc cannot instantiate over %s, which is not a closed type",
                         args[i]->display_name);
            free(types);
            return NULL;
        }
    return types;
}
static void *type_instance_locked(void *p)
{
    InstanceRequest *r = p;
    CilType **types = loader_types(r->args, r->n, &r->diag);
    CilType *def = ((RtType *)r->def)->loader_data, *t;
    RtType *rt = NULL;
    if (types && def && (t = cil_type_instantiate(def, types, r->n, &r->diag)))
        rt = cil_type_handle(t, &r->diag);
    free(types);
    return rt;
}
static RtType *generic_instance(RtType *def, RtType *const *args, uint32_t n, char *error,
                                size_t error_size)
{
    InstanceRequest r = {.def = def, .args = args, .n = n};
    RtType *rt = jit_with_lock(resolving_jit, type_instance_locked, &r);
    if (!rt) snprintf(error, error_size, "%s", r.diag.msg[0] ? r.diag.msg : "no such type");
    return rt;
}
static void *method_instance_locked(void *p)
{
    InstanceRequest *r = p;
    CilType **types = loader_types(r->args, r->n, &r->diag);
    const RtMethodInfo *mi = types ? cil_method_instance_info(r->def, types, r->n, &r->diag) : NULL;
    free(types);
    return (void *)mi;
}
static const RtMethodInfo *method_instance(const RtMethodInfo *def, RtType *const *args, uint32_t n,
                                           char *error, size_t error_size)
{
    InstanceRequest r = {.def = (void *)def, .args = args, .n = n};
    const RtMethodInfo *mi =
        def->loader_data ? jit_with_lock(resolving_jit, method_instance_locked, &r) : NULL;
    if (!mi) snprintf(error, error_size, "%s", r.diag.msg[0] ? r.diag.msg : "no such method");
    return mi;
}

/* rt_types.type_by_name: Type.GetType finds any type of the loaded assemblies, loading it
 * under the lock as code naming it would. */
typedef struct NameRequest {
    const char *name;
    int32_t scope;
    bool ignore_case;
} NameRequest;
static void *type_by_name_locked(void *p)
{
    NameRequest *r = p;
    CilDiag d = {0};
    CilType *t =
        cil_type_by_name(resolving_jit->loader, r->name, (CilTypeScope)r->scope, r->ignore_case);
    return t ? cil_type_handle(t, &d) : NULL;
}
static RtType *type_by_name(const char *name, int32_t scope, bool ignore_case)
{
    NameRequest r = {name, scope, ignore_case};
    return jit_with_lock(resolving_jit, type_by_name_locked, &r);
}
static const char *program_assembly(void)
{
    static char name[600];
    if (!name[0] && !cil_program_assembly(resolving_jit->loader, name, sizeof name)) return NULL;
    return name;
}

void jit_attach(Jit *jit, CilLoader *loader)
{
    jit->loader = loader;
    resolving_jit = jit;
    rt_types.resolve = resolve_runtime_type;
    rt_types.complete_array = complete_array;
    rt_types.array_type = array_type;
    rt_types.virtual_identity = virtual_identity;
    rt_types.methods_of = methods_of;
    rt_types.method_invoker = method_invoker;
    rt_types.attributes_of = attributes_of;
    rt_types.fields_of = fields_of;
    rt_types.properties_of = properties_of;
    rt_types.generic_instance = generic_instance;
    rt_types.method_instance = method_instance;
    rt_types.type_by_name = type_by_name;
    rt_types.program_assembly = program_assembly;
}

void jit_note_code(Jit *jit, JitMethod *jm, void *code);

/* ---- descriptors, stubs, slots ---- */

JitMethod *jit_descriptor(Jit *jit, CilMethod *m, bool unboxing)
{
    JitMethod *jm = __atomic_load_n((JitMethod **)&m->backend[unboxing], __ATOMIC_ACQUIRE);
    if (jm) return jm;
    pthread_mutex_lock(&jit->desc_lock);
    if ((jm = m->backend[unboxing])) { /* another thread made it meanwhile */
        pthread_mutex_unlock(&jit->desc_lock);
        return jm;
    }
    jm = cil_arena_alloc(&jit->descs, sizeof *jm); /* zeroed, and a tenth of calloc's cost */
    jm->method = m;
    jm->unboxing = unboxing;
    jm->jit = jit;
    jm->stub = jit_stub_new(&jit->stubs, jm);
    if (!jm->stub) {
        fprintf(stderr, "ilc: out of executable memory for stubs\n");
        abort();
    }
    jm->entry = jm->stub;
    jm->tier = -1;
    jm->calls_left = jit_call_threshold(jit);
    __atomic_store_n((JitMethod **)&m->backend[unboxing], jm, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&jit->desc_lock);
    return jm;
}

static void *entry_point(void *ctx, CilMethod *m, bool unboxing)
{
    return jit_descriptor(ctx, m, unboxing)->entry;
}

static void **entry_slot(void *ctx, CilMethod *m, bool unboxing)
{
    return (void **)&jit_descriptor(ctx, m, unboxing)->entry;
}

void **jit_entry_slot(Jit *jit, CilMethod *m, bool unboxing)
{
    return entry_slot(jit, m, unboxing);
}

int32_t *jit_counter(Jit *jit, CilMethod *m)
{
    return (int32_t *)&jit_descriptor(jit, m, false)->calls_left;
}

/* New code for jm: one atomic store in the slot. A thread already running the old code
 * finishes there; the old code is never freed. */
static void set_code(Jit *jit, JitMethod *jm, void *code, int tier)
{
    jm->code = code;
    jm->tier = tier;
    jit_note_code(jit, jm, code);
    __atomic_store_n(&jm->entry, code, __ATOMIC_RELEASE);
}

void jit_add_code_source(Jit *jit, void *(*find)(void *ctx, CilMethod *m, bool unboxing), void *ctx)
{
    pthread_mutex_lock(&jit->lock);
    jit->code_source = find;
    jit->code_source_ctx = ctx;
    pthread_mutex_unlock(&jit->lock);
}

void *jit_with_lock(Jit *jit, void *(*fn)(void *arg), void *arg)
{
    pthread_mutex_lock(&jit->lock);
    void *r = fn(arg);
    pthread_mutex_unlock(&jit->lock);
    return r;
}

void jit_note_cell_bind(Jit *jit, bool filled)
{
    jit->stats.r2r_cell_binds++;
    jit->stats.r2r_cells_bound += filled;
}

void jit_note_rejected_image(Jit *jit, uint32_t n_methods)
{
    jit->stats.r2r_rejected++;
    jit->stats.r2r_rejected_methods += n_methods;
}

void jit_note_rejected_method(Jit *jit)
{
    jit->stats.r2r_damaged++;
}

CilHooks jit_hooks(Jit *jit)
{
    return (CilHooks){.ctx = jit, .entry_point = entry_point, .defer_array_interfaces = true};
}

/* ---- generic virtual methods ---- */

/* Called by compiled code at a generic virtual call: the entry of the override that an
 * object of obj's type provides, instantiated like m. Resolutions are cached per call
 * target in a short list on the method (a handful of receiver types in practice). */
typedef struct GvmCache {
    RtType *type;
    void *entry;
    struct GvmCache *next;
} GvmCache;

void *jit_gvm_target(CilMethod *m, RtObject *obj)
{
    if (!obj) rt_throw_null_reference();
    Jit *jit = cil_loader_hooks(m->owner->loader)->ctx; /* the loader's hooks are this JIT's */
    JitMethod *jm = jit_descriptor(jit, m, false);      /* m's own descriptor holds the cache */
    pthread_mutex_lock(&jit->lock);
    for (GvmCache *c = jm->gvm_cache; c; c = c->next)
        if (c->type == obj->type) {
            pthread_mutex_unlock(&jit->lock);
            return c->entry;
        }
    CilDiag diag = {0};
    CilType *t = obj->type->loader_data;
    CilMethod *target = t ? cil_resolve_gvm(t, m, &diag) : NULL;
    if (!target) {
        pthread_mutex_unlock(&jit->lock);
        rt_finish();
        if (jit->on_error) jit->on_error(diag.msg);
        rt_fatal("%s", diag.msg);
    }
    GvmCache *c = calloc(1, sizeof *c);
    c->type = obj->type;
    c->entry = jit_descriptor(jit, target, cil_vtable_entry_unboxes(t, target))->entry;
    c->next = jm->gvm_cache;
    jm->gvm_cache = c;
    pthread_mutex_unlock(&jit->lock);
    return c->entry;
}

/* ---- compilation ---- */

void jit_record_event(Jit *jit, JitMethod *jm, int tier, uint64_t ns, uint64_t native)
{
    JitStats *st = &jit->stats;
    if (st->n_events == st->cap_events) {
        st->cap_events = st->cap_events ? 2 * st->cap_events : 256;
        st->events = realloc(st->events, st->cap_events * sizeof *st->events);
    }
    CilMethod *m = jm->method;
    uint32_t il = cil_method_il_size(m);
    st->events[st->n_events++] =
        (JitEvent){m,
                   (uint8_t)tier,
                   pthread_equal(pthread_self(), (pthread_t)jit->worker) && jit->worker_started,
                   il,
                   ns,
                   (uint32_t)native};
}

uint64_t jit_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The LLVM half compiles (compile.c, in libilc_llvm.so): loaded on the first compilation. */
void *jit_compile_at(Jit *jit, JitMethod *jm, int tier, CilDiag *diag)
{
    void *(*compile)(Jit *, JitMethod *, int, CilDiag *) = jit_llvm("jit_llvm_compile", diag);
    return compile ? compile(jit, jm, tier, diag) : NULL;
}

bool jit_dump_ir(Jit *jit, CilMethod *m, FILE *out, CilDiag *diag)
{
    bool (*dump)(Jit *, JitMethod *, FILE *, CilDiag *) = jit_llvm("jit_llvm_dump_ir", diag);
    return dump && dump(jit, jit_descriptor(jit, m, false), out, diag);
}

/* ---- naming code addresses (stack traces) ---- */

typedef struct CodeRange {
    uintptr_t start;
    JitMethod *jm;
} CodeRange;

void jit_note_code(Jit *jit, JitMethod *jm, void *code)
{
    if (jit->n_code == jit->cap_code) {
        jit->cap_code = jit->cap_code ? 2 * jit->cap_code : 256;
        jit->code = realloc(jit->code, jit->cap_code * sizeof *jit->code);
    }
    uint32_t i = jit->n_code++;
    while (i > 0 && jit->code[i - 1].start > (uintptr_t)code) {
        jit->code[i] = jit->code[i - 1];
        i--;
    }
    jit->code[i] = (CodeRange){(uintptr_t)code, jm};
}

static Jit *symbolizing_jit;

/* Native code (in ilc, libilrt, libc...) is found by dladdr; anything else is JIT'd, or
 * precompiled in an R2R image (mapped by r2r/map.c, which dladdr does not know, or
 * dlopen'd from a memfd, /proc/self/fd/N), and belongs to the installed method that
 * starts closest below it: a method runs only once its slot was given code, so every
 * frame's method is in the table. Under the lock: Exception.StackTrace names frames while
 * the tiering thread may be adding code, and the name is built in the loader's arena. */
static const char *name_of(void *ip)
{
    Dl_info info;
    Jit *jit = symbolizing_jit;
    if (!jit ||
        (dladdr(ip, &info) && info.dli_fname && strncmp(info.dli_fname, "/proc/self/fd/", 14) != 0))
        return NULL;
    pthread_mutex_lock(&jit->lock);
    uint32_t lo = 0, hi = jit->n_code;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (jit->code[mid].start <= (uintptr_t)ip)
            lo = mid + 1;
        else
            hi = mid;
    }
    const char *name = lo ? cil_method_name(jit->code[lo - 1].jm->method) : NULL;
    pthread_mutex_unlock(&jit->lock);
    return name;
}

void jit_symbolize_traces(Jit *jit)
{
    symbolizing_jit = jit;
    rt_set_symbolizer(name_of);
}

/* New code for jm (set_code), then every vtable that holds it. A
 * thread already running the old code finishes there; the old code is never freed. */
void jit_install(Jit *jit, JitMethod *jm, void *code, int tier)
{
    set_code(jit, jm, code, tier);
    if (cil_method_is_virtual(jm->method) || jm->unboxing)
        cil_patch_vtables(jit->loader, jm->method, jm->unboxing, code);
}

/* The lock is taken before jm is read: jm was made under it, on whichever thread compiled
 * the first code naming the method, and this thread reached its stub through compiled
 * code, whose loads order nothing as far as ThreadSanitizer can see. */
void *jit_prestub_compile(JitMethod *jm)
{
    Jit *jit = resolving_jit; /* the process's one JIT (jit_attach), which owns jm */
    pthread_mutex_lock(&jit->lock);
    void *precompiled = !jm->code && jit->code_source
                            ? jit->code_source(jit->code_source_ctx, jm->method, jm->unboxing)
                            : NULL;
    if (precompiled) {
        jit_install(jit, jm, precompiled, JIT_TIER_R2R);
        jit->stats.r2r_methods++;
    } else if (!jm->code) {
        CilDiag diag = {0};
        int tier = jit_initial_tier(jit, jm);
        void *code = jit_compile_at(jit, jm, tier, &diag);
        if (!code) {
            pthread_mutex_unlock(&jit->lock);
            /* A member corlib lacks: .NET's JIT throws TypeLoadException, MissingMethodException
             * or MissingFieldException into the caller of the method that names it, and so
             * does this (the prestub has unwind info). The slot keeps the stub: every call
             * throws again. Anything else is fatal. */
            const char *exception = cil_diag_exception(&diag);
            if (exception) rt_throw_named(exception, diag.exception_msg);
            rt_finish();
            if (jit->on_error) jit->on_error(diag.msg);
            rt_fatal("%s", diag.msg);
        }
        jit_install(jit, jm, code, tier);
    }
    void *code = jm->code;
    pthread_mutex_unlock(&jit->lock);
    return code;
}

int jit_method_tier(Jit *jit, CilMethod *m)
{
    JitMethod *jm = m->backend[0];
    return jm ? jm->tier : -1;
}

/* ---- running Main ---- */

int jit_run_main(Jit *jit, CilMethod *main, int argc, char **argv)
{
    CilDiag diag = {0};
    if (!cil_type_handle(main->owner, &diag)) {
        if (jit->on_error) jit->on_error(diag.msg);
        return 1;
    }
    RtType *owner = main->owner->rt;
    if (owner->init_state != RT_INIT_DONE && !(main->owner->flags & TDF_BEFOREFIELDINIT))
        rt_run_class_init(owner);
    void *entry = jit_descriptor(jit, main, false)->entry;
    return rt_run_main(entry, main->ret != NULL, main->sig.n_params == 1, argc, argv);
}
