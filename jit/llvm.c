/*
 * llvm.c — finding the LLVM half of ilc, libilc_llvm.so, on first need.
 *
 * ilc itself holds what running compiled code takes (the loader, the runtime, slots and
 * stubs, tiering, the R2R loader) and none of LLVM, which costs more to load than a whole
 * precompiled hello world takes to run: its relocations and static constructors. The
 * first compilation, or a mode that compiles (--aot, --r2r, --dump-ir), loads it from
 * beside the ilc executable. A program that links it in (the unit tests) has its symbols
 * already, and they are found first.
 */
#include "internal.h"

#include <dlfcn.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t llvm_lock = PTHREAD_MUTEX_INITIALIZER;
static void *llvm_handle;

static void *load(CilDiag *diag)
{
    char exe[PATH_MAX], path[PATH_MAX + 32];
    const char *env = getenv("ILC_LLVM_LIB");
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    if (env && *env)
        snprintf(path, sizeof path, "%s", env);
    else
        snprintf(path, sizeof path, "%s/libilc_llvm.so", n > 0 ? dirname(exe) : ".");
    void *h = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    if (!h && diag) cil_diag_set(diag, "cannot load ilc's LLVM half: %s", dlerror());
    return h;
}

void *jit_llvm(const char *name, CilDiag *diag)
{
    void *p = dlsym(RTLD_DEFAULT, name); /* linked in, or loaded before */
    if (p) return p;
    pthread_mutex_lock(&llvm_lock);
    if (!llvm_handle) llvm_handle = load(diag);
    pthread_mutex_unlock(&llvm_lock);
    if (!llvm_handle) return NULL;
    if (!(p = dlsym(llvm_handle, name)) && diag)
        cil_diag_set(diag, "ilc's LLVM half lacks %s", name);
    return p;
}
