/*
 * engine.c — compiling methods on first call with ORC LLJIT.
 *
 *   call ─► slot ─► stub ─► jit_prestub ─► jit_prestub_compile
 *                                            ├─ cil_import (frontend, JIT policy)
 *                                            ├─ LLVMRunPasses default<O2>   (opt > 0)
 *                                            ├─ LLJIT: add module, look up symbol
 *                                            └─ store code in slot, patch vtables
 *
 * Each method is its own LLVM module. Modules never reference each other by symbol:
 * callees are reached through their slots, whose addresses are constants, and runtime
 * helpers are absolute symbols defined once in the main JITDylib. C library functions
 * that LLVM itself may call (fmod for frem, memcpy) come from the process.
 */
#include "internal.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool llvm_error(LLVMErrorRef e, char *err, size_t size)
{
    if (!e)
        return false;
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
static bool define_runtime_symbols(Jit *jit, char *err, size_t size)
{
    size_t n;
    const RtSymbol *syms = rt_symbols(&n);
    LLVMOrcCSymbolMapPair *pairs = calloc(n + 1, sizeof *pairs);
    for (size_t i = 0; i < n; i++) {
        pairs[i].Name = LLVMOrcLLJITMangleAndIntern(jit->lljit, syms[i].name);
        pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)syms[i].address;
        pairs[i].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    }
    pairs[n].Name = LLVMOrcLLJITMangleAndIntern(jit->lljit, "jit_gvm_target");
    pairs[n].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)jit_gvm_target;
    pairs[n].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
    n++;
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit->lljit);
    LLVMErrorRef e = LLVMOrcJITDylibDefine(jd, LLVMOrcAbsoluteSymbols(pairs, n));
    free(pairs);
    if (llvm_error(e, err, size))
        return false;
    LLVMOrcDefinitionGeneratorRef gen;
    e = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(jit->lljit), NULL,
                                                             NULL);
    if (llvm_error(e, err, size))
        return false;
    LLVMOrcJITDylibAddGenerator(jd, gen);
    return true;
}

static void **entry_slot(void *ctx, CilMethod *m, bool unboxing);

Jit *jit_new(const JitOptions *opts, char *err, size_t size)
{
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    Jit *jit = calloc(1, sizeof *jit);
    jit->opts = *opts;
    pthread_mutex_init(&jit->lock, NULL);
    jit->tm = host_machine(opts->opt_level, err, size);
    LLVMTargetMachineRef jtm = host_machine(opts->opt_level, err, size);
    if (!jit->tm || !jtm) {
        free(jit);
        return NULL;
    }
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(jtm));
    if (llvm_error(LLVMOrcCreateLLJIT(&jit->lljit, builder), err, size)) {
        free(jit);
        return NULL;
    }
    jit->tsctx = LLVMOrcCreateNewThreadSafeContext();
    if (!define_runtime_symbols(jit, err, size)) {
        jit_free(jit);
        return NULL;
    }
    jit->policy = (CilPolicy){.name = opts->opt_level ? "jit-O2" : "jit-O0",
                              .opt_level = opts->opt_level,
                              .embed_addresses = true,
                              .inline_il_limit = opts->opt_level ? 64 : 0,
                              .gvm_resolver = "jit_gvm_target",
                              .entry_slot = entry_slot,
                              .ctx = jit};
    return jit;
}

void jit_free(Jit *jit)
{
    if (!jit)
        return;
    if (jit->lljit)
        LLVMOrcDisposeLLJIT(jit->lljit);
    if (jit->tsctx)
        LLVMOrcDisposeThreadSafeContext(jit->tsctx);
    if (jit->tm)
        LLVMDisposeTargetMachine(jit->tm);
    free(jit);
}

void jit_on_error(Jit *jit, void (*fn)(const char *msg)) { jit->on_error = fn; }
void jit_attach(Jit *jit, CilLoader *loader) { jit->loader = loader; }

/* ---- descriptors, stubs, slots ---- */

static JitMethod *descriptor(Jit *jit, CilMethod *m, bool unboxing)
{
    JitMethod *jm = m->backend[unboxing];
    if (jm)
        return jm;
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
    m->backend[unboxing] = jm;
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

CilHooks jit_hooks(Jit *jit) { return (CilHooks){.ctx = jit, .entry_point = entry_point}; }

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
    if (!obj)
        rt_throw_null_reference();
    Jit *jit = cil_loader_hooks(m->owner->loader)->ctx; /* the loader's hooks are this JIT's */
    JitMethod *jm = descriptor(jit, m, false); /* m's own descriptor holds the cache */
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
        if (jit->on_error)
            jit->on_error(diag.msg);
        rt_fatal("%s", diag.msg);
    }
    GvmCache *c = calloc(1, sizeof *c);
    c->type = obj->type;
    c->entry = descriptor(jit, target, t->kind == TK_VALUETYPE && target->owner == t)->entry;
    c->next = jm->gvm_cache;
    jm->gvm_cache = c;
    pthread_mutex_unlock(&jit->lock);
    return c->entry;
}

/* ---- compilation ---- */

static LLVMModuleRef new_module(Jit *jit, const char *name)
{
    LLVMContextRef ctx = LLVMOrcThreadSafeContextGetContext(jit->tsctx);
    LLVMModuleRef mod = LLVMModuleCreateWithNameInContext(name, ctx);
    char *layout = LLVMCopyStringRepOfTargetData(LLVMCreateTargetDataLayout(jit->tm));
    LLVMSetDataLayout(mod, layout);
    LLVMDisposeMessage(layout);
    char *triple = LLVMGetTargetMachineTriple(jit->tm);
    LLVMSetTarget(mod, triple);
    LLVMDisposeMessage(triple);
    return mod;
}

static bool optimise(Jit *jit, LLVMModuleRef mod, CilDiag *diag)
{
    if (jit->opts.verify) {
        char *msg = NULL;
        if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
            cil_diag_set(diag, "internal compiler error: invalid LLVM IR: %s", msg);
            LLVMDisposeMessage(msg);
            return false;
        }
        LLVMDisposeMessage(msg);
    }
    if (!jit->opts.opt_level)
        return true;
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(mod, "default<O2>", jit->tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *msg = LLVMGetErrorMessage(e);
        cil_diag_set(diag, "internal compiler error: optimisation failed: %s", msg);
        LLVMDisposeErrorMessage(msg);
        return false;
    }
    return true;
}

/* Imports m into a fresh module and optimises it; the symbol name is unique per module. */
static LLVMModuleRef build_module(Jit *jit, JitMethod *jm, char *symbol, size_t size, CilDiag *diag)
{
    CilMethod *m = jm->method;
    snprintf(symbol, size, "%s%s#%u", cil_method_name(m), jm->unboxing ? "[unbox]" : "", jit->n_modules++);
    LLVMModuleRef mod = new_module(jit, symbol);
    if (!cil_import(m, &jit->policy, mod, symbol, jm->unboxing, diag) || !optimise(jit, mod, diag)) {
        LLVMDisposeModule(mod);
        return NULL;
    }
    if (jit->opts.dump_ir && strstr(cil_method_name(m), jit->opts.dump_ir)) {
        char *ir = LLVMPrintModuleToString(mod);
        fprintf(stderr, "; ---- %s (%s)\n%s", symbol, jit->policy.name, ir);
        LLVMDisposeMessage(ir);
    }
    return mod;
}

static void *compile(Jit *jit, JitMethod *jm, CilDiag *diag)
{
    char symbol[2200];
    LLVMModuleRef mod = build_module(jit, jm, symbol, sizeof symbol, diag);
    if (!mod)
        return NULL;
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(mod, jit->tsctx);
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit->lljit);
    LLVMOrcExecutorAddress addr = 0;
    char err[1024];
    if (llvm_error(LLVMOrcLLJITAddLLVMIRModule(jit->lljit, jd, tsm), err, sizeof err) ||
        llvm_error(LLVMOrcLLJITLookup(jit->lljit, &addr, symbol), err, sizeof err)) {
        cil_diag_set(diag, "internal compiler error in %s: %s", cil_method_name(jm->method), err);
        return NULL;
    }
    return (void *)(uintptr_t)addr;
}

void *jit_prestub_compile(JitMethod *jm)
{
    Jit *jit = jm->jit;
    pthread_mutex_lock(&jit->lock);
    if (!jm->code) {
        CilDiag diag = {{0}};
        void *code = compile(jit, jm, &diag);
        if (!code) {
            pthread_mutex_unlock(&jit->lock);
            rt_finish();
            if (jit->on_error)
                jit->on_error(diag.msg);
            rt_fatal("%s", diag.msg);
        }
        jm->code = code;
        __atomic_store_n(&jm->entry, code, __ATOMIC_RELEASE);
        if (cil_method_is_virtual(jm->method) || jm->unboxing)
            cil_patch_vtables(jit->loader, jm->method, jm->unboxing, code);
    }
    pthread_mutex_unlock(&jit->lock);
    return jm->code;
}

bool jit_dump_ir(Jit *jit, CilMethod *m, FILE *out, CilDiag *diag)
{
    char symbol[2200];
    JitMethod *jm = descriptor(jit, m, false);
    LLVMModuleRef mod = build_module(jit, jm, symbol, sizeof symbol, diag);
    if (!mod)
        return false;
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
        if (jit->on_error)
            jit->on_error(diag.msg);
        return 1;
    }
    RtType *owner = main->owner->rt;
    if (owner->init_state != RT_INIT_DONE && !(main->owner->flags & 0x100000))
        rt_run_class_init(owner);
    void *entry = descriptor(jit, main, false)->entry;
    int code = 0;
    bool with_args = main->sig.n_params == 1;
    RtArray *args = NULL;
    if (with_args) {
        args = rt_new_array(rt_types.string_array, argc);
        RtString **elems = rt_array_data(args);
        for (int i = 0; i < argc; i++)
            elems[i] = rt_string_from_utf8(argv[i]);
    }
    if (main->ret)
        code = with_args ? ((int32_t(*)(RtArray *))entry)(args) : ((int32_t(*)(void))entry)();
    else if (with_args)
        ((void (*)(RtArray *))entry)(args);
    else
        ((void (*)(void))entry)();
    return main->ret ? code : rt_exit_code; /* a void Main exits with Environment.ExitCode */
}
