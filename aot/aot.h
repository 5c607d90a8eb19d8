/*
 * aot.h — the ahead-of-time backend. API prefix aot_.
 *
 *   Main ─► reachability (aot.c: methods, types, strings as a worklist, one LLVM module)
 *        ─► default<O3> over the whole module ─► ELF object (LLVMTargetMachineEmitToFile)
 *        ─► cc prog.o libilc_aot_start.a libilrt.a libgc.a (link.c) ─► a native executable
 *
 * The backend itself lives in libilc_llvm.so (it calls LLVM); ilc reaches it through
 * jit_llvm. Nothing of the frontend or LLVM runs in the result: type descriptors, vtables, static
 * storage and string literals are data of the object, methods are internal functions
 * called directly, and the start code (start.c) only copies the well-known type table
 * into the runtime and calls Main.
 */
#ifndef ILC_AOT_H
#define ILC_AOT_H

#include "frontend.h"

#include <stdio.h>

typedef struct Aot Aot;

typedef struct AotOptions {
    const char *output; /* the executable */
    int opt_level;      /* 2 or 3 (LLVM's default<On> pipeline and code generation level) */
    bool native_cpu;    /* the host's CPU and features; otherwise the x86-64 baseline */
    bool emit_llvm;     /* keep the optimised module as OUTPUT.ll */
    bool emit_obj;      /* keep the object as OUTPUT.o */
    bool verify;        /* run LLVM's verifier on the module before optimising */
    const char *libdir; /* where libilrt.a and libilc_aot_start.a are */
    const char *cc;     /* the C compiler that links (default: $CC, else cc) */
    FILE *errors;       /* where aot_compile lists errors and warnings (default stderr) */
} AotOptions;

/* What --stats prints. */
typedef struct AotStats {
    uint32_t methods, types, strings, gvm_sites;
    uint32_t virtual_sites, devirtualized; /* calls through a vtable; made direct */
    uint64_t import_ns, optimise_ns, codegen_ns, link_ns;
    uint64_t object_bytes, exe_bytes;
} AotStats;

Aot *aot_new(const AotOptions *opts);
void aot_free(Aot *aot);
/* Hooks for cil_loader_new: vtable entries are the AOT's method records. */
CilHooks aot_hooks(Aot *aot);
/* Everything reachable from main, imported into one module. On unsupported code: false;
 * every problem found is listed on opts.errors, one line each, and diag sums them up.
 * A member ilc's corlib lacks is no problem: a warning line on opts.errors, and the
 * method naming it throws when called, as under the JIT. */
bool aot_compile(Aot *aot, CilMethod *main, CilDiag *diag);
/* Optimise, emit the object, link the executable. */
bool aot_emit(Aot *aot, CilDiag *diag);
bool aot_link(Aot *aot, CilDiag *diag);
const AotStats *aot_stats(const Aot *aot);
/* After aot_compile: was m's code (not an unboxing variant) put in the module? */
bool aot_method_emitted(const Aot *aot, CilMethod *m);

#endif
