/*
 * engine.c — compiling methods on first call with ORC LLJIT, at one of two tiers.
 *
 *   call ─► slot ─► stub ─► jit_prestub ─► jit_prestub_compile
 *                                            ├─ cil_import (frontend, the tier's policy)
 *                                            ├─ LLVMRunPasses default<O2>     (Tier1)
 *                                            ├─ the tier's LLJIT: add module, look up symbol
 *                                            └─ store code in slot, patch vtables
 *
 * Tier0 is quick code (no IR optimisation, fast instruction selection) that counts its
 * calls; Tier1 is optimised code with small callees inlined. Each tier has its own LLJIT
 * because the code-generation level is a property of the LLJIT. tiering.c decides which
 * tier a method gets and when it moves up.
 *
 * Each method is its own LLVM module. Modules never reference each other by symbol:
 * callees are reached through their slots, whose addresses are constants, and runtime
 * helpers are absolute symbols defined once in the main JITDylib. C library functions
 * that LLVM itself may call (fmod for frem, memcpy) come from the process.
 */
#include "internal.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Object.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <dlfcn.h>
#include <string.h>
#include <time.h>

static bool llvm_error(LLVMErrorRef e, char *err, size_t size)
{
    if (!e) return false;
    char *msg = LLVMGetErrorMessage(e);
    snprintf(err, size, "LLVM: %s", msg);
    LLVMDisposeErrorMessage(msg);
    return true;
}

static LLVMTargetMachineRef host_machine(int opt_level, char *err, size_t size)
{
    char *triple = LLVMGetDefaultTargetTriple(), *msg = NULL;
    LLVMTargetRef target;
    if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
        snprintf(err, size, "LLVM: %s", msg);
        LLVMDisposeMessage(msg);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(
        target, triple, cpu, features, opt_level ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelNone,
        LLVMRelocDefault, LLVMCodeModelJITDefault);
    LLVMDisposeMessage(triple);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    return tm;
}

/* Runtime helpers and internal calls, defined as absolute symbols. */
static bool define_runtime_symbols(LLVMOrcLLJITRef lljit, char *err, size_t size)
{
    size_t n;
    const RtSymbol *syms = rt_symbols(&n);
    LLVMOrcCSymbolMapPair *pairs = calloc(n + 1, sizeof *pairs);
    for (size_t i = 0; i < n; i++) {
        pairs[i].Name = LLVMOrcLLJITMangleAndIntern(lljit, syms[i].name);
        pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)syms[i].address;
        pairs[i].Sym.Flags.GenericFlags =
            LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    }
    static const RtSymbol jit_symbols[] = {{"jit_gvm_target", (void *)jit_gvm_target},
                                           {"jit_tier_up", (void *)jit_tier_up}};
    pairs = realloc(pairs, (n + 2) * sizeof *pairs);
    for (size_t i = 0; i < 2; i++, n++) {
        pairs[n].Name = LLVMOrcLLJITMangleAndIntern(lljit, jit_symbols[i].name);
        pairs[n].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)jit_symbols[i].address;
        pairs[n].Sym.Flags.GenericFlags =
            LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    }
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(lljit);
    LLVMErrorRef e = LLVMOrcJITDylibDefine(jd, LLVMOrcAbsoluteSymbols(pairs, n));
    free(pairs);
    if (llvm_error(e, err, size)) return false;
    LLVMOrcDefinitionGeneratorRef gen;
    e = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
        &gen, LLVMOrcLLJITGetGlobalPrefix(lljit), NULL, NULL);
    if (llvm_error(e, err, size)) return false;
    LLVMOrcJITDylibAddGenerator(jd, gen);
    return true;
}

static void **entry_slot(void *ctx, CilMethod *m, bool unboxing);

static bool tier_init(Jit *jit, int tier, char *err, size_t size)
{
    JitTier *t = &jit->tiers[tier];
    int level = tier == TIER1 ? 2 : 0;
    t->tm = host_machine(level, err, size);
    LLVMTargetMachineRef jtm = host_machine(level, err, size);
    if (!t->tm || !jtm) return false;
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
        builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(jtm));
    if (llvm_error(LLVMOrcCreateLLJIT(&t->lljit, builder), err, size)) return false;
    t->tsctx = LLVMOrcCreateNewThreadSafeContext();
    t->policy =
        (CilPolicy){.name = tier == TIER1 ? "tier1" : "tier0",
                    .opt_level = level,
                    .inline_il_limit = tier == TIER1 ? 64 : 0,
                    .gvm_resolver = "jit_gvm_target",
                    .entry_slot = entry_slot,
                    .call_counter = tier == TIER0 && jit->opts.tiered ? jit_call_counter : NULL,
                    .counter_fn = "jit_tier_up",
                    .ctx = jit};
    return define_runtime_symbols(t->lljit, err, size);
}

/* A tier's LLJIT is made on its first compilation: a program whose code all comes from
 * R2R images never pays for setting up LLVM's JIT (several milliseconds per tier). */
static bool ensure_tier(Jit *jit, int tier, CilDiag *diag)
{
    if (jit->tiers[tier].lljit) return true;
    char err[900];
    if (tier_init(jit, tier, err, sizeof err)) return true;
    cil_diag_set(diag, "cannot start the JIT: %s", err);
    return false;
}

Jit *jit_new(const JitOptions *opts, char *err, size_t size)
{
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    Jit *jit = calloc(1, sizeof *jit);
    jit->opts = *opts;
    pthread_mutex_init(&jit->lock, NULL);
    pthread_mutex_init(&jit->desc_lock, NULL);
    pthread_cond_init(&jit->wake, NULL);
    (void)err;
    (void)size;
    return jit;
}

void jit_free(Jit *jit)
{
    if (!jit) return;
    jit_tiering_stop(jit);
    for (int t = TIER0; t <= TIER1; t++) {
        JitTier *tier = &jit->tiers[t];
        if (tier->lljit) LLVMOrcDisposeLLJIT(tier->lljit);
        if (tier->tsctx) LLVMOrcDisposeThreadSafeContext(tier->tsctx);
        if (tier->tm) LLVMDisposeTargetMachine(tier->tm);
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

void jit_attach(Jit *jit, CilLoader *loader)
{
    jit->loader = loader;
}

static void note_code(Jit *jit, JitMethod *jm, void *code);

/* ---- descriptors, stubs, slots ---- */

static JitMethod *descriptor(Jit *jit, CilMethod *m, bool unboxing)
{
    JitMethod *jm = __atomic_load_n((JitMethod **)&m->backend[unboxing], __ATOMIC_ACQUIRE);
    if (jm) return jm;
    pthread_mutex_lock(&jit->desc_lock);
    if ((jm = m->backend[unboxing])) { /* another thread made it meanwhile */
        pthread_mutex_unlock(&jit->desc_lock);
        return jm;
    }
    jm = calloc(1, sizeof *jm);
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
    jm->calls_left = jit->opts.call_threshold > 0 ? jit->opts.call_threshold : 30;
    __atomic_store_n((JitMethod **)&m->backend[unboxing], jm, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&jit->desc_lock);
    return jm;
}

static void *entry_point(void *ctx, CilMethod *m, bool unboxing)
{
    return descriptor(ctx, m, unboxing)->entry;
}

static void **entry_slot(void *ctx, CilMethod *m, bool unboxing)
{
    return (void **)&descriptor(ctx, m, unboxing)->entry;
}

void **jit_entry_slot(Jit *jit, CilMethod *m, bool unboxing)
{
    return entry_slot(jit, m, unboxing);
}

int32_t *jit_counter(Jit *jit, CilMethod *m)
{
    return (int32_t *)&descriptor(jit, m, false)->calls_left;
}

void jit_install_precompiled(Jit *jit, CilMethod *m, bool unboxing, void *code)
{
    JitMethod *jm = descriptor(jit, m, unboxing);
    pthread_mutex_lock(&jit->lock);
    if (!jm->code) {
        jm->code = code;
        jm->tier = JIT_TIER_R2R;
        note_code(jit, jm, code);
        __atomic_store_n(&jm->entry, code, __ATOMIC_RELEASE);
        jit->stats.r2r_methods++;
    }
    pthread_mutex_unlock(&jit->lock);
}

void jit_note_rejected_image(Jit *jit, uint32_t n_methods)
{
    jit->stats.r2r_rejected++;
    jit->stats.r2r_rejected_methods += n_methods;
}

/* Every vtable slot whose method has code now gets it (one pass after an image). */
void jit_refresh_vtables(Jit *jit)
{
    pthread_mutex_lock(&jit->lock);
    cil_refresh_vtables(jit->loader);
    pthread_mutex_unlock(&jit->lock);
}

CilHooks jit_hooks(Jit *jit)
{
    return (CilHooks){.ctx = jit, .entry_point = entry_point};
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
    JitMethod *jm = descriptor(jit, m, false);          /* m's own descriptor holds the cache */
    pthread_mutex_lock(&jit->lock);
    for (GvmCache *c = jm->gvm_cache; c; c = c->next)
        if (c->type == obj->type) {
            pthread_mutex_unlock(&jit->lock);
            return c->entry;
        }
    CilDiag diag = {{0}};
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
    c->entry = descriptor(jit, target, cil_vtable_entry_unboxes(t, target))->entry;
    c->next = jm->gvm_cache;
    jm->gvm_cache = c;
    pthread_mutex_unlock(&jit->lock);
    return c->entry;
}

/* ---- compilation ---- */

static LLVMModuleRef new_module(JitTier *t, const char *name)
{
    return cil_module_for(LLVMOrcThreadSafeContextGetContext(t->tsctx), name, t->tm);
}

/* Tier0: the verifier at most; Tier1: LLVM's O2 pipeline. */
static bool optimise(Jit *jit, JitTier *t, LLVMModuleRef mod, CilDiag *diag)
{
    if (!t->policy.opt_level) {
        char *msg = NULL;
        bool bad = jit->opts.verify && LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg);
        if (bad) cil_diag_set(diag, "internal compiler error: invalid LLVM IR: %.900s", msg);
        LLVMDisposeMessage(msg);
        return !bad;
    }
    return cil_optimise_module(mod, t->tm, 2, jit->opts.verify, diag);
}

/* Imports m into a fresh module and optimises it; the symbol name is unique per module. */
static LLVMModuleRef build_module(Jit *jit, JitTier *t, JitMethod *jm, char *symbol, size_t size,
                                  CilDiag *diag)
{
    CilMethod *m = jm->method;
    snprintf(symbol, size, "%s%s#%u", cil_method_name(m), jm->unboxing ? "[unbox]" : "",
             jit->n_modules++);
    LLVMModuleRef mod = new_module(t, symbol);
    if (!cil_import(m, &t->policy, mod, symbol, jm->unboxing, diag) ||
        !optimise(jit, t, mod, diag)) {
        LLVMDisposeModule(mod);
        return NULL;
    }
    if (jit->opts.dump_ir && strstr(cil_method_name(m), jit->opts.dump_ir)) {
        char *ir = LLVMPrintModuleToString(mod);
        fprintf(stderr, "; ---- %s (%s)\n%s", symbol, t->policy.name, ir);
        LLVMDisposeMessage(ir);
    }
    return mod;
}

/* The size of `symbol` in an object file (0 when absent). */
static uint64_t native_size(LLVMMemoryBufferRef obj, const char *symbol)
{
    char *msg = NULL;
    LLVMBinaryRef bin = LLVMCreateBinary(obj, NULL, &msg);
    LLVMDisposeMessage(msg);
    if (!bin) return 0;
    uint64_t size = 0;
    LLVMSymbolIteratorRef it = LLVMObjectFileCopySymbolIterator(bin);
    for (; !LLVMObjectFileIsSymbolIteratorAtEnd(bin, it); LLVMMoveToNextSymbol(it)) {
        const char *name = LLVMGetSymbolName(it);
        if (name && !strcmp(name, symbol)) size = LLVMGetSymbolSize(it);
    }
    LLVMDisposeSymbolIterator(it);
    LLVMDisposeBinary(bin);
    return size;
}

static void record_event(Jit *jit, JitMethod *jm, int tier, uint64_t ns, uint64_t native)
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

void *jit_compile_at(Jit *jit, JitMethod *jm, int tier, CilDiag *diag)
{
    JitTier *t = &jit->tiers[tier];
    uint64_t start = jit_now_ns(); /* a tier's first compilation pays for its LLJIT */
    if (!ensure_tier(jit, tier, diag)) return NULL;
    char symbol[2200];
    LLVMModuleRef mod = build_module(jit, t, jm, symbol, sizeof symbol, diag);
    if (!mod) return NULL;
    /* Code generation here rather than in LLJIT's compile layer, so that the object's
     * symbol table tells the method's native size (--jit-stats=csv). */
    LLVMMemoryBufferRef obj = NULL;
    char *msg = NULL, err[1024];
    bool emitted = !LLVMTargetMachineEmitToMemoryBuffer(t->tm, mod, LLVMObjectFile, &msg, &obj);
    LLVMDisposeModule(mod);
    if (!emitted) {
        cil_diag_set(diag, "internal compiler error in %s: %s", cil_method_name(jm->method), msg);
        LLVMDisposeMessage(msg);
        return NULL;
    }
    uint64_t native = native_size(obj, symbol);
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(t->lljit);
    LLVMOrcExecutorAddress addr = 0;
    if (llvm_error(LLVMOrcLLJITAddObjectFile(t->lljit, jd, obj), err, sizeof err) ||
        llvm_error(LLVMOrcLLJITLookup(t->lljit, &addr, symbol), err, sizeof err)) {
        cil_diag_set(diag, "internal compiler error in %s: %s", cil_method_name(jm->method), err);
        return NULL;
    }
    uint64_t ns = jit_now_ns() - start;
    jit->stats.compiled[tier]++;
    jit->stats.ns[tier] += ns;
    jit->stats.native_bytes[tier] += native;
    record_event(jit, jm, tier, ns, native);
    if (tier == TIER0) jit->last_tier0_ns = jit_now_ns();
    return (void *)(uintptr_t)addr;
}

/* ---- naming code addresses (stack traces) ---- */

typedef struct CodeRange {
    uintptr_t start;
    JitMethod *jm;
} CodeRange;

static void note_code(Jit *jit, JitMethod *jm, void *code)
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

/* Native code (in ilc, libilrt, libc...) is found by dladdr; anything else is JIT'd and
 * belongs to the compiled method that starts closest below it. */
static const char *name_of(void *ip)
{
    Dl_info info;
    Jit *jit = symbolizing_jit;
    if (!jit || (dladdr(ip, &info) && info.dli_fname)) return NULL;
    uint32_t lo = 0, hi = jit->n_code;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (jit->code[mid].start <= (uintptr_t)ip)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? cil_method_name(jit->code[lo - 1].jm->method) : NULL;
}

void jit_symbolize_traces(Jit *jit)
{
    symbolizing_jit = jit;
    rt_set_symbolizer(name_of);
}

/* New code for jm: one atomic store in the slot, then every vtable that holds it. A
 * thread already running the old code finishes there; the old code is never freed. */
void jit_install(Jit *jit, JitMethod *jm, void *code, int tier)
{
    jm->code = code;
    jm->tier = tier;
    note_code(jit, jm, code);
    __atomic_store_n(&jm->entry, code, __ATOMIC_RELEASE);
    if (cil_method_is_virtual(jm->method) || jm->unboxing)
        cil_patch_vtables(jit->loader, jm->method, jm->unboxing, code);
}

void *jit_prestub_compile(JitMethod *jm)
{
    Jit *jit = jm->jit;
    pthread_mutex_lock(&jit->lock);
    if (!jm->code) {
        CilDiag diag = {{0}};
        int tier = jit_initial_tier(jit, jm);
        void *code = jit_compile_at(jit, jm, tier, &diag);
        if (!code) {
            pthread_mutex_unlock(&jit->lock);
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

bool jit_dump_ir(Jit *jit, CilMethod *m, FILE *out, CilDiag *diag)
{
    char symbol[2200];
    JitMethod *jm = descriptor(jit, m, false);
    int tier = jit->opts.tiered || jit->opts.opt_level ? TIER1 : TIER0;
    JitTier *t = &jit->tiers[tier];
    if (!ensure_tier(jit, tier, diag)) return false;
    LLVMModuleRef mod = build_module(jit, t, jm, symbol, sizeof symbol, diag);
    if (!mod) return false;
    char *ir = LLVMPrintModuleToString(mod);
    fputs(ir, out);
    LLVMDisposeMessage(ir);
    LLVMDisposeModule(mod);
    return true;
}

/* ---- running Main ---- */

int jit_run_main(Jit *jit, CilMethod *main, int argc, char **argv)
{
    CilDiag diag = {{0}};
    if (!cil_type_handle(main->owner, &diag)) {
        if (jit->on_error) jit->on_error(diag.msg);
        return 1;
    }
    RtType *owner = main->owner->rt;
    if (owner->init_state != RT_INIT_DONE && !(main->owner->flags & TDF_BEFOREFIELDINIT))
        rt_run_class_init(owner);
    void *entry = descriptor(jit, main, false)->entry;
    return rt_run_main(entry, main->ret != NULL, main->sig.n_params == 1, argc, argv);
}
