/*
 * compile.c — the JIT's LLVM half (built into libilc_llvm.so, which ilc loads on its first
 * compilation): one method to machine code with ORC LLJIT, at one of two tiers.
 *
 *   jit_compile_at (engine.c) ─► jit_llvm_compile
 *                                  ├─ cil_import (frontend, the tier's policy)
 *                                  ├─ LLVMRunPasses default<O2>               (Tier1)
 *                                  ├─ object code, its native size read from the symbol table
 *                                  └─ the tier's LLJIT: add the object, look up the symbol
 *
 * Tier0 is quick code (no IR optimisation, fast instruction selection) that counts its
 * calls; Tier1 is optimised code with small callees inlined. Each tier has its own LLJIT
 * because the code-generation level is a property of the LLJIT, made on the tier's first
 * compilation (a program whose code all comes from R2R images never makes one).
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
#include <string.h>

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

static void **entry_slot(void *ctx, CilMethod *m, bool unboxing)
{
    return jit_entry_slot(ctx, m, unboxing);
}

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
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char err[900];
    if (tier_init(jit, tier, err, sizeof err)) return true;
    cil_diag_set(diag, "cannot start the JIT: %s", err);
    return false;
}

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

/* Generates the code of mod (consumed) and adds it to tier t: symbol's address, or NULL.
 * Code generation here rather than in LLJIT's compile layer, so that the object's symbol
 * table tells the function's native size (--jit-stats=csv). */
static void *add_code(JitTier *t, LLVMModuleRef mod, const char *symbol, CilMethod *m,
                      uint64_t *native, CilDiag *diag)
{
    LLVMMemoryBufferRef obj = NULL;
    char *msg = NULL, err[1024];
    bool emitted = !LLVMTargetMachineEmitToMemoryBuffer(t->tm, mod, LLVMObjectFile, &msg, &obj);
    LLVMDisposeModule(mod);
    if (!emitted) {
        cil_diag_set(diag, "internal compiler error in %s: %s", cil_method_name(m), msg);
        LLVMDisposeMessage(msg);
        return NULL;
    }
    *native = native_size(obj, symbol);
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(t->lljit);
    LLVMOrcExecutorAddress addr = 0;
    if (llvm_error(LLVMOrcLLJITAddObjectFile(t->lljit, jd, obj), err, sizeof err) ||
        llvm_error(LLVMOrcLLJITLookup(t->lljit, &addr, symbol), err, sizeof err)) {
        cil_diag_set(diag, "internal compiler error in %s: %s", cil_method_name(m), err);
        return NULL;
    }
    return (void *)(uintptr_t)addr;
}

void *jit_llvm_compile(Jit *jit, JitMethod *jm, int tier, CilDiag *diag)
{
    JitTier *t = &jit->tiers[tier];
    uint64_t start = jit_now_ns(); /* a tier's first compilation pays for its LLJIT */
    if (!ensure_tier(jit, tier, diag)) return NULL;
    char symbol[2200];
    LLVMModuleRef mod = build_module(jit, t, jm, symbol, sizeof symbol, diag);
    uint64_t native;
    void *code = mod ? add_code(t, mod, symbol, jm->method, &native, diag) : NULL;
    if (!code) return NULL;
    uint64_t ns = jit_now_ns() - start;
    jit->stats.compiled[tier]++;
    jit->stats.ns[tier] += ns;
    jit->stats.native_bytes[tier] += native;
    jit_record_event(jit, jm, tier, ns, native);
    if (tier == TIER0) jit->last_tier0_ns = jit_now_ns();
    return code;
}

/* m's reflection invoker (MethodInfo.Invoke), optimised unless every method runs at Tier0;
 * it calls m through m's slot, so m itself still tiers. */
void *jit_llvm_compile_invoker(Jit *jit, CilMethod *m, CilDiag *diag)
{
    int tier = jit->opts.tiered || jit->opts.opt_level ? TIER1 : TIER0;
    JitTier *t = &jit->tiers[tier];
    if (!ensure_tier(jit, tier, diag)) return NULL;
    char symbol[2200];
    snprintf(symbol, sizeof symbol, "%s[invoke]#%u", cil_method_name(m), jit->n_modules++);
    LLVMModuleRef mod = new_module(t, symbol);
    if (!cil_import_invoker(m, &t->policy, mod, symbol, diag) || !optimise(jit, t, mod, diag)) {
        LLVMDisposeModule(mod);
        return NULL;
    }
    uint64_t native;
    return add_code(t, mod, symbol, m, &native, diag);
}

bool jit_llvm_dump_ir(Jit *jit, JitMethod *jm, FILE *out, CilDiag *diag)
{
    char symbol[2200];
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

/* Before the process exits or the Jit is freed: the tiers' LLVM objects. */
void jit_llvm_release(Jit *jit)
{
    for (int t = TIER0; t <= TIER1; t++) {
        JitTier *tier = &jit->tiers[t];
        if (tier->lljit) LLVMOrcDisposeLLJIT(tier->lljit);
        if (tier->tsctx) LLVMOrcDisposeThreadSafeContext(tier->tsctx);
        if (tier->tm) LLVMDisposeTargetMachine(tier->tm);
        tier->lljit = NULL;
        tier->tsctx = NULL;
        tier->tm = NULL;
    }
}
