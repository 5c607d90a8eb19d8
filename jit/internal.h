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

struct Jit {
    JitOptions opts;
    CilLoader *loader;
    CilPolicy policy;
    LLVMOrcLLJITRef lljit;
    LLVMOrcThreadSafeContextRef tsctx;
    LLVMTargetMachineRef tm; /* for the optimisation pipeline's target information */
    pthread_mutex_t lock;    /* one compilation at a time */
    JitStubs stubs;
    uint32_t n_modules;
    void (*on_error)(const char *msg);
};

#endif
