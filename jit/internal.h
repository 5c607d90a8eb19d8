/*
 * internal.h — shared between the files of jit/ only.
 */
#ifndef ILC_JIT_INTERNAL_H
#define ILC_JIT_INTERNAL_H

#include "jit.h"

#include <llvm-c/LLJIT.h>
#include <llvm-c/TargetMachine.h>
#include <pthread.h>

typedef struct JitStubs {
    uint8_t *chunk;
    size_t used;
} JitStubs;

void *jit_stub_new(JitStubs *s, JitMethod *jm);

/* One tier: its own LLJIT (code generation level differs), policy and target machine. */
typedef struct JitTier {
    LLVMOrcLLJITRef lljit;
    LLVMOrcThreadSafeContextRef tsctx;
    LLVMTargetMachineRef tm; /* for the optimisation pipeline's target information */
    CilPolicy policy;
} JitTier;

enum { TIER0 = 0, TIER1 = 1 };

struct Jit {
    JitOptions opts;
    CilLoader *loader;
    JitTier tiers[2];
    pthread_mutex_t lock;      /* the frontend and LLVM: one compilation at a time */
    pthread_mutex_t desc_lock; /* descriptors and stubs: also created from the runtime (cctors) */
    JitStubs stubs;
    CilArena descs; /* the descriptors, which live as long as their methods: never freed */
    void *(*code_source)(void *ctx, CilMethod *m, bool unboxing); /* R2R images */
    void *code_source_ctx;
    uint32_t n_modules;
    void (*on_error)(const char *msg);

    /* tiering (tiering.c) */
    pthread_cond_t wake;
    JitMethod **queue;
    uint32_t n_queue, cap_queue;
    bool worker_started, stopping, worker_busy;
    uint64_t last_tier0_ns; /* the call-counting delay runs from the latest Tier0 compile */
    rt_thread_t worker;
    JitStats stats;
    struct CodeRange *code; /* compiled code starts, sorted, for stack traces */
    uint32_t n_code, cap_code;
};

/* engine.c */
void *jit_compile_at(Jit *jit, JitMethod *jm, int tier, CilDiag *diag); /* lock held */
JitMethod *jit_descriptor(Jit *jit, CilMethod *m, bool unboxing);
void jit_note_code(Jit *jit, JitMethod *jm, void *code);
void jit_record_event(Jit *jit, JitMethod *jm, int tier, uint64_t ns, uint64_t native);

/* compile.c: the LLVM half (libilc_llvm.so), reached through jit_llvm */
void *jit_llvm_compile(Jit *jit, JitMethod *jm, int tier, CilDiag *diag);
bool jit_llvm_dump_ir(Jit *jit, JitMethod *jm, FILE *out, CilDiag *diag);
void *jit_llvm_compile_invoker(Jit *jit, CilMethod *m, CilDiag *diag); /* lock held */
void jit_llvm_release(Jit *jit);
void jit_install(Jit *jit, JitMethod *jm, void *code, int tier); /* lock held */
uint64_t jit_now_ns(void);

/* tiering.c */
int jit_initial_tier(Jit *jit, JitMethod *jm);
int32_t *jit_call_counter(void *ctx, CilMethod *m, bool unboxing);
void jit_tier_up(int32_t *counter);         /* called by Tier0 code when its counter reaches zero */
int32_t jit_call_threshold(const Jit *jit); /* calls before a method asks for Tier1 */
void jit_tiering_stop(Jit *jit);

#endif
