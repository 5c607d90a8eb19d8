/*
 * emit.c — from a finished LLVM module to an object file, for the backends that write
 * code to disk (AOT, R2R): the target machine, LLVM's optimisation pipeline
 * (LLVMRunPasses "default<On>"), LLVMTargetMachineEmitToFile, and running the system C
 * compiler that links the object.
 */
#include "internal.h"

#include <errno.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

LLVMTargetMachineRef cil_target_machine(bool native_cpu, int opt_level, CilDiag *diag)
{
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple(), *msg = NULL;
    LLVMTargetRef target;
    if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
        cil_diag_set(diag, "LLVM: %s", msg);
        LLVMDisposeMessage(msg);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu = native_cpu ? LLVMGetHostCPUName() : NULL;
    char *features = native_cpu ? LLVMGetHostCPUFeatures() : NULL;
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(
        target, triple, cpu ? cpu : "x86-64", features ? features : "",
        opt_level >= 3 ? LLVMCodeGenLevelAggressive : LLVMCodeGenLevelDefault, LLVMRelocPIC,
        LLVMCodeModelDefault);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    LLVMDisposeMessage(triple);
    return tm;
}

LLVMModuleRef cil_module_for(LLVMContextRef ctx, const char *name, LLVMTargetMachineRef tm)
{
    LLVMModuleRef mod = LLVMModuleCreateWithNameInContext(name, ctx);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    char *layout = LLVMCopyStringRepOfTargetData(td);
    LLVMSetDataLayout(mod, layout);
    LLVMDisposeMessage(layout);
    LLVMDisposeTargetData(td);
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(mod, triple);
    LLVMDisposeMessage(triple);
    return mod;
}

bool cil_optimise_module(LLVMModuleRef mod, LLVMTargetMachineRef tm, int opt_level, bool verify,
                         CilDiag *diag)
{
    char *msg = NULL;
    if (verify && LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
        cil_diag_set(diag, "internal compiler error: invalid LLVM IR: %.900s", msg);
        LLVMDisposeMessage(msg);
        return false;
    }
    LLVMDisposeMessage(msg);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(mod, opt_level >= 3 ? "default<O3>" : "default<O2>", tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *em = LLVMGetErrorMessage(e);
        cil_diag_set(diag, "internal compiler error: optimisation failed: %s", em);
        LLVMDisposeErrorMessage(em);
        return false;
    }
    return true;
}

bool cil_emit_object(LLVMTargetMachineRef tm, LLVMModuleRef mod, const char *path, CilDiag *diag)
{
    char *msg = NULL;
    if (LLVMTargetMachineEmitToFile(tm, mod, path, LLVMObjectFile, &msg)) {
        cil_diag_set(diag, "cannot write %s: %s", path, msg);
        LLVMDisposeMessage(msg);
        return false;
    }
    return true;
}

const char *cil_tmp_dir(void)
{
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

int cil_run_command(char **argv, char *log, size_t log_size)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/ilc-cmd-XXXXXX", cil_tmp_dir());
    int fd = mkstemp(path);
    if (fd < 0) {
        snprintf(log, log_size, "cannot create a temporary file in %s: %s", cil_tmp_dir(),
                 strerror(errno));
        return -2;
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        execvp(argv[0], argv);
        dprintf(fd, "%s", strerror(errno));
        _exit(127);
    }
    int status = -1;
    if (pid > 0) waitpid(pid, &status, 0);
    ssize_t n = pread(fd, log, log_size - 1, 0);
    log[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    if (pid < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* $CC may carry its own arguments ("ccache cc", "cc -fuse-ld=lld"), as make allows. */
int cil_run_cc(const char *cc, const char *const *args, char *log, size_t log_size)
{
    char *copy = strdup(cc), *argv[64];
    int n = 0;
    for (char *w = strtok(copy, " \t"); w && n < 32; w = strtok(NULL, " \t"))
        argv[n++] = w;
    if (!n) argv[n++] = "cc";
    for (int i = 0; args[i] && n < 63; i++)
        argv[n++] = (char *)args[i];
    argv[n] = NULL;
    int code = cil_run_command(argv, log, log_size);
    free(copy);
    return code;
}

uint64_t cil_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
