/*
 * jit.h — the just-in-time backend. API prefix jit_.
 *
 * Every method has a descriptor (JitMethod) whose `entry` word is the method's entry
 * slot: compiled code calls other methods by loading the slot and jumping through it.
 * Before first compilation the slot points at a per-method stub (`mov r10, desc;
 * jmp prestub`), as .NET's precode does; the prestub compiles the method, stores the code
 * address in the slot with one atomic store, patches vtables, and jumps to the code.
 */
#ifndef ILC_JIT_H
#define ILC_JIT_H

#include "frontend.h"

typedef struct Jit Jit;

typedef struct JitMethod {
    void *volatile entry; /* the entry slot; first member so its address is the descriptor's */
    CilMethod *method;
    bool unboxing;
    Jit *jit;
    void *stub;
    void *code;
    struct GvmCache *gvm_cache; /* generic virtual methods: resolutions by receiver type */
} JitMethod;

typedef struct JitOptions {
    int opt_level;          /* 0: no IR optimisation, fast instruction selection; 2: O2 */
    const char *dump_ir;    /* print the IR of methods whose name contains this (stderr) */
    bool verify;            /* run the LLVM verifier on every module */
} JitOptions;

Jit *jit_new(const JitOptions *opts, char *err, size_t err_size);
void jit_free(Jit *jit);
/* Hooks for cil_loader_new: entry points are the JIT's stubs. */
CilHooks jit_hooks(Jit *jit);
void jit_attach(Jit *jit, CilLoader *loader);
/* Runs Main (static, void/int, () or (string[])); returns the process exit code. */
int jit_run_main(Jit *jit, CilMethod *main, int argc, char **argv);
/* Imports and optimises one method as the JIT would, and prints its IR. */
bool jit_dump_ir(Jit *jit, CilMethod *m, FILE *out, CilDiag *diag);
/* Where a compile error inside a running program goes (the driver prints and exits). */
void jit_on_error(Jit *jit, void (*fn)(const char *msg));

/* prestub.S calls this with the descriptor from r10; it returns the code to jump to. */
void *jit_prestub_compile(JitMethod *jm);
/* Compiled generic virtual calls ask this for their target. */
void *jit_gvm_target(CilMethod *m, RtObject *obj);

#endif
