/*
 * link.c — the object and the runtime become an executable: the system C compiler drives
 * the linker, as for any C program.
 *
 *   cc -o OUTPUT prog.o LIBDIR/libilc_aot_start.a LIBDIR/libilrt.a libgc.a -lm -lpthread
 *      -static-libgcc
 *
 * The runtime, the collector (Debian's libgc.a, when libgc-dev ships it; else -lgc) and
 * the unwinder are linked statically: the executable loads libc and libm only (no LLVM,
 * no ilc), which is a third of a hello world's start-up saved. The C compiler is $CC when
 * set, else `cc`; its failures are reported with what it printed.
 */
#include "internal.h"

#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef ILC_LIBGC_STATIC
#define ILC_LIBGC_STATIC "/usr/lib/x86_64-linux-gnu/libgc.a"
#endif

static bool output_dir_writable(const char *output, CilDiag *diag)
{
    char *copy = strdup(output);
    const char *dir = dirname(copy);
    bool ok = access(dir, W_OK) == 0;
    if (!ok) cil_diag_set(diag, "cannot write %s: %s", output, strerror(errno));
    free(copy);
    return ok;
}

static bool library_present(const char *path, CilDiag *diag)
{
    if (access(path, R_OK) == 0) return true;
    cil_diag_set(diag, "runtime library %s is missing (build ilc first, or set ILC_LIBDIR)", path);
    return false;
}

bool aot_output_writable(const char *output, CilDiag *diag)
{
    return output_dir_writable(output, diag);
}

bool aot_link_executable(Aot *aot, const char *object, CilDiag *diag)
{
    const char *out = aot->opts.output;
    if (!output_dir_writable(out, diag)) return false;
    char start_lib[4200], rt_lib[4200];
    snprintf(start_lib, sizeof start_lib, "%s/libilc_aot_start.a", aot->opts.libdir);
    snprintf(rt_lib, sizeof rt_lib, "%s/libilrt.a", aot->opts.libdir);
    if (!library_present(start_lib, diag) || !library_present(rt_lib, diag)) return false;
    const char *gc = access(ILC_LIBGC_STATIC, R_OK) == 0 ? ILC_LIBGC_STATIC : "-lgc";
    const char *args[] = {"-o", out,   object,      start_lib,        rt_lib,
                          gc,   "-lm", "-lpthread", "-static-libgcc", NULL};
    char log[4096];
    uint64_t start = cil_now_ns();
    int code = cil_run_cc(aot->opts.cc, args, log, sizeof log);
    aot->stats.link_ns = cil_now_ns() - start;
    bool ok = false;
    if (code == -2)
        cil_diag_set(diag, "linking %s: %s", out, log);
    else if (code == 127 || code < 0)
        cil_diag_set(diag, "cannot run the C compiler '%s' to link (set CC): %s", aot->opts.cc,
                     log);
    else if (code != 0)
        cil_diag_set(diag, "linking %s with '%s' failed:\n%s", out, aot->opts.cc, log);
    else
        ok = true;
    if (!ok) return false;
    struct stat st;
    if (stat(object, &st) == 0) aot->stats.object_bytes = (uint64_t)st.st_size;
    if (stat(out, &st) == 0) aot->stats.exe_bytes = (uint64_t)st.st_size;
    return true;
}
