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

/* Precompiled (R2R) code: optimised, and counting its calls like Tier0 so hot methods
 * are still rejitted at Tier1, with what the JIT knows then (inlining across assemblies). */
enum { JIT_TIER_R2R = 2 };

typedef struct JitMethod {
    void *volatile entry; /* the entry slot; first member so its address is the descriptor's */
    CilMethod *method;
    bool unboxing;
    Jit *jit;
    void *stub;
    void *code;
    int tier; /* of `code`: 0, 1 or JIT_TIER_R2R; -1 before the first compilation */
    volatile int32_t calls_left; /* Tier0 code counts down; at zero it asks for Tier1 */
    bool queued;
    struct GvmCache *gvm_cache; /* generic virtual methods: resolutions by receiver type */
} JitMethod;

typedef struct JitOptions {
    bool tiered;        /* Tier0 first, Tier1 for hot methods (ILC_TieredCompilation) */
    int opt_level;      /* without tiering: 0 (every method at Tier0) or 2 (Tier1) */
    int call_threshold; /* calls before a Tier0 method is queued (ILC_TC_CallCountThreshold) */
    int delay_ms;       /* quiet time after the last Tier0 compile (ILC_TC_CallCountingDelayMs) */
    bool quick_jit_for_loops; /* methods with loops start at Tier0 too (ILC_TC_QuickJitForLoops) */
    const char *dump_ir;      /* print the IR of methods whose name contains this (stderr) */
    bool verify;              /* run the LLVM verifier on every module */
} JitOptions;

/* What --jit-stats reports. */
typedef struct JitStats {
    uint32_t compiled[2];          /* methods compiled at Tier0 / Tier1 */
    uint32_t promoted;             /* Tier1 rejits of methods first compiled at Tier0 */
    uint32_t queued;               /* methods queued for Tier1 (counted past the delay) */
    uint64_t ns[2];                /* compile time per tier */
    uint64_t native_bytes[2];      /* machine code per tier */
    uint64_t background_ns;        /* of which on the background thread */
    uint32_t r2r_methods;          /* methods whose code came from an R2R image */
    uint32_t r2r_rejected;         /* images refused (their methods were JIT-compiled) */
    uint32_t r2r_rejected_methods; /* methods those images held, when their manifest said */
    uint32_t r2r_damaged;          /* methods of used images whose code failed its hash */
    uint64_t r2r_cell_binds;       /* calls to bind an import cell found empty... */
    uint64_t r2r_cells_bound;      /* ... and cells they filled (the rest lost a race) */
    struct JitEvent *events;       /* every compilation, in order (--jit-stats=csv) */
    uint32_t n_events, cap_events;
} JitStats;

typedef struct JitEvent {
    CilMethod *method;
    uint8_t tier;
    bool background; /* a Tier1 promotion on the background thread */
    uint32_t il_bytes;
    uint64_t ns;
    uint32_t native_bytes;
} JitEvent;

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
/* Waits for the background compiler to finish what it is doing and stops it. */
void jit_shutdown(Jit *jit);
/* Unhandled-exception stack traces name this JIT's methods. */
void jit_symbolize_traces(Jit *jit);
const JitStats *jit_stats(Jit *jit);
/* The code a method's slot holds now, and at which tier (-1: not compiled). */
int jit_method_tier(Jit *jit, CilMethod *m);

/* ---- R2R images (r2r/loader.c) ---- */
/* m's entry slot and call counter: what an image's import cells hold. */
void **jit_entry_slot(Jit *jit, CilMethod *m, bool unboxing);
int32_t *jit_counter(Jit *jit, CilMethod *m);
/* Precompiled code: before the prestub compiles a method it asks find (under the JIT's
 * lock); code found is installed at tier JIT_TIER_R2R, counting its calls like Tier0 so
 * that hot methods are still rejitted at Tier1. One source serves every image. */
void jit_add_code_source(Jit *jit, void *(*find)(void *ctx, CilMethod *m, bool unboxing),
                         void *ctx);
/* fn(arg) under the JIT's lock: the frontend's data is built by one thread at a time. */
void *jit_with_lock(Jit *jit, void *(*fn)(void *arg), void *arg);
void jit_note_rejected_image(Jit *jit, uint32_t n_methods);
void jit_note_rejected_method(Jit *jit);        /* lock held: its image code was damaged */
void jit_note_cell_bind(Jit *jit, bool filled); /* lock held */

/* ilc's LLVM half (libilc_llvm.so beside ilc, loaded on first use): the function `name`,
 * or NULL with diag (which may be NULL) saying why. */
void *jit_llvm(const char *name, CilDiag *diag);

/* prestub.S calls this with the descriptor from r10; it returns the code to jump to. */
void *jit_prestub_compile(JitMethod *jm);
/* Compiled generic virtual calls ask this for their target. */
void *jit_gvm_target(CilMethod *m, RtObject *obj);

#endif
