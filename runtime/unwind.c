/*
 * unwind.c — the unwinder that exceptions go through, reached through one table.
 *
 * An AOT executable links libgcc's unwinder statically (-static-libgcc) and names it in
 * rt_static_unwinder (aot/start.c). ilc itself does not link libgcc_s.so: loading it runs a
 * constructor that asks the CPU for its features with cpuid, a trap to the hypervisor on a
 * virtual machine, 0.1 ms of every `ilc --run` — as much as some whole AOT programs take.
 * So ilc opens libgcc_s the first time something unwinds, and until then keeps the frame
 * tables that R2R code registers (rt_register_frames) to hand over then. The JIT's LLVM
 * loads libgcc_s for itself; dlopen gives the same copy, so JIT frames, which LLVM
 * registers there, are seen by the same unwinder.
 *
 * Code compiled as a shared object calls _Unwind_Resume at the end of its cleanup blocks;
 * in ilc that name is rt_unwind_resume, which jumps to the loaded one (a cleanup only runs
 * while something unwinds, so it is loaded by then).
 */
#include "ilrt.h"
#include "internal.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

static RtUnwinder loaded;
static const RtUnwinder *current;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void **pending; /* frame tables registered before the unwinder was loaded */
static size_t n_pending;

/* Where rt_unwind_resume jumps: read only from the assembly below. */
__attribute__((used)) static void (*resume_target)(struct _Unwind_Exception *);

__asm__(".text\n"
        ".globl rt_unwind_resume\n"
        ".type rt_unwind_resume, @function\n"
        "rt_unwind_resume:\n"
        "\tjmp *resume_target(%rip)\n"
        ".size rt_unwind_resume, .-rt_unwind_resume\n");

static void *need(void *lib, const char *name)
{
    void *fn = dlsym(lib, name);
    if (!fn) rt_fatal("cannot use the unwinder: libgcc_s.so.1 has no %s", name);
    return fn;
}

static const RtUnwinder *load(void)
{
    void *lib = dlopen("libgcc_s.so.1", RTLD_NOW | RTLD_GLOBAL);
    if (!lib) rt_fatal("cannot load the unwinder: %s", dlerror());
    loaded = (RtUnwinder){
        .raise = need(lib, "_Unwind_RaiseException"),
        .forced = need(lib, "_Unwind_ForcedUnwind"),
        .resume = need(lib, "_Unwind_Resume"),
        .get_ip = need(lib, "_Unwind_GetIP"),
        .get_ip_info = need(lib, "_Unwind_GetIPInfo"),
        .get_gr = need(lib, "_Unwind_GetGR"),
        .set_gr = need(lib, "_Unwind_SetGR"),
        .set_ip = need(lib, "_Unwind_SetIP"),
        .get_lsda = need(lib, "_Unwind_GetLanguageSpecificData"),
        .get_region_start = need(lib, "_Unwind_GetRegionStart"),
        .register_frame = need(lib, "__register_frame"),
        .backtrace = need(lib, "_Unwind_Backtrace"),
    };
    for (size_t i = 0; i < n_pending; i++)
        loaded.register_frame(pending[i]);
    free(pending);
    pending = NULL;
    n_pending = 0;
    return &loaded;
}

const RtUnwinder *rt_unwinder(void)
{
    const RtUnwinder *u = __atomic_load_n(&current, __ATOMIC_ACQUIRE);
    if (u) return u;
    pthread_mutex_lock(&lock);
    if (!(u = current)) {
        u = &rt_static_unwinder ? &rt_static_unwinder : load();
        resume_target = u->resume;
        __atomic_store_n(&current, u, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&lock);
    return u;
}

void rt_register_frames(void *eh_frame)
{
    pthread_mutex_lock(&lock);
    if (current) {
        current->register_frame(eh_frame);
    } else {
        void **grown = realloc(pending, (n_pending + 1) * sizeof *pending);
        if (!grown) rt_fatal("out of memory registering unwind tables");
        pending = grown;
        pending[n_pending++] = eh_frame;
    }
    pthread_mutex_unlock(&lock);
}
