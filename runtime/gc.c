/*
 * gc.c — memory for managed objects, from the Boehm-Demers-Weiser collector.
 *
 * Boehm is conservative: it scans stacks, registers and roots for anything that looks
 * like a pointer, so compiled code needs no stack maps and JIT frames are found like C
 * frames. Objects that can hold references are allocated scanned (GC_MALLOC); strings and
 * primitive arrays are allocated atomic (never scanned), which keeps marking cheap.
 * Static fields live in uncollectable memory, which Boehm treats as a root. Weak
 * references are Boehm's disappearing links (below).
 *
 * Build option ILC_GC_STRESS runs a full collection at every allocation (STYLE.md 9).
 */
#include "ilrt.h"
#include "internal.h"

#define GC_THREADS 1
#include <gc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

RtWellKnown rt_types;
int rt_exit_code;

extern void *__libc_stack_end; /* glibc: the main thread's stack top at process start */

void rt_init(void)
{
    /* Tell Boehm where the main stack starts, or GC_init finds it by parsing
     * /proc/self/maps — half of an AOT program's start-up time. */
    struct GC_stack_base sb = {.mem_base = __libc_stack_end};
    GC_set_stackbottom(NULL, &sb);
    /* One marker: a parallel-marking helper thread costs a third of a hello world's
     * start-up and bought nothing measurable on binary_trees (2 cores). GC_MARKERS=N in
     * the environment still wins. */
    GC_set_markers_count(1);
    /* No collection inside GC_init: nothing is allocated yet, so it only scans the roots
     * (0.1-0.2 ms, more in ilc, whose data segments are larger than a program's). */
    GC_set_dont_precollect(1);
    GC_INIT();
    GC_allow_register_threads();
    rt_signals_init();
}

void rt_finish(void)
{
    rt_console_flush();
}

/* The one way out of the process (Main returning, Environment.Exit, an unhandled
 * exception, a fatal error): output first, then the host's hook — the JIT stops its
 * background compiler there, before exit() runs library destructors under it. */
static void (*exit_hook)(void);

void rt_set_exit_hook(void (*fn)(void))
{
    exit_hook = fn;
}

_Noreturn void rt_exit(int code)
{
    rt_finish();
    void (*hook)(void) = exit_hook;
    exit_hook = NULL; /* once, even if the hook itself ends up here */
    if (hook) hook();
    if (rt_threads_running()) { /* exit()'s destructors would run under them */
        fflush(NULL);
        _exit(code);
    }
    exit(code);
}

/* Main: static, () or (string[]), void or int (ECMA-335 II.15.4.1.2). Its string[] holds
 * the arguments after the program; a void Main exits with Environment.ExitCode. The
 * process ends when Main returns and every foreground thread has ended. */
int rt_run_main(void *entry, bool returns_int, bool takes_args, int argc, char **argv)
{
    RtArray *args = NULL;
    if (takes_args) {
        args = rt_new_array(rt_well_known(&rt_types.string_array), argc);
        RtString **elems = rt_array_data(args);
        for (int i = 0; i < argc; i++)
            elems[i] = rt_string_from_utf8(argv[i]);
    }
    int32_t code = rt_exit_code;
    if (returns_int)
        code = takes_args ? ((int32_t(*)(RtArray *))entry)(args) : ((int32_t(*)(void))entry)();
    else if (takes_args)
        ((void (*)(RtArray *))entry)(args);
    else
        ((void (*)(void))entry)();
    rt_threads_wait_foreground();
    return returns_int ? code : rt_exit_code;
}

void *rt_alloc(size_t size, bool has_refs)
{
#ifdef ILC_GC_STRESS
    GC_gcollect();
#endif
    void *p = has_refs ? GC_MALLOC(size) : GC_MALLOC_ATOMIC(size);
    if (!p)
        rt_throw_named("System.OutOfMemoryException",
                       "Insufficient memory to continue the execution of the program.");
    if (!has_refs) __builtin_memset(p, 0, size); /* atomic memory is not cleared by Boehm */
    return p;
}

/* A thread the collector knows (its stack is scanned), e.g. the background JIT. With
 * GC_THREADS defined, gc.h routes pthread_create through GC_pthread_create. */
int rt_thread_start(pthread_t *thread, void *(*fn)(void *), void *arg)
{
    return pthread_create(thread, NULL, fn, arg);
}

/* The same for a thread nobody joins (a managed Thread: Join waits on its monitor). */
int rt_thread_start_detached(void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    int err = pthread_create(&thread, &attr, fn, arg);
    pthread_attr_destroy(&attr);
    return err;
}

void *rt_alloc_uncollectable(size_t size)
{
    void *p = GC_MALLOC_UNCOLLECTABLE(size);
    if (!p) rt_fatal("out of memory allocating %zu bytes of static storage", size);
    return p;
}

/* Types' static blocks, which live as long as the process: carved in order from pages the
 * collector keeps uncollectable (so they are roots). Asking it for each block apart started
 * a page of its own for every size of block, and a free list over it. */
static pthread_mutex_t statics_lock = PTHREAD_MUTEX_INITIALIZER;
static char *statics_next, *statics_end;

void *rt_alloc_statics(size_t size)
{
    enum { CHUNK = 4096, ALIGN = 16 };
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size > CHUNK / 4) return rt_alloc_uncollectable(size);
    pthread_mutex_lock(&statics_lock);
    if ((size_t)(statics_end - statics_next) < size) {
        statics_next = rt_alloc_uncollectable(CHUNK);
        statics_end = statics_next + CHUNK;
    }
    void *p = statics_next;
    statics_next += size;
    pthread_mutex_unlock(&statics_lock);
    return p;
}

/* ---- weak references ----
 *
 * A WeakReference keeps its target in one word of its own (the `link`), written as
 * GC_HIDE_POINTER(target) so that the conservative mark never takes it for a reference,
 * and registered with Boehm as a disappearing link: when a collection finds the target
 * otherwise unreachable it writes 0 there before the memory can be reused. When the
 * WeakReference itself dies, Boehm drops the registration with it (a link inside a
 * collected object is unregistered by the collector).
 *
 * Reading races with a collection that has judged the target dead but not yet cleared the
 * link, so the read happens under the collector's lock; once read, the target is on the
 * reader's stack and stays alive. Objects outside the collected heap (AOT's static
 * objects) never die and are kept without a registration. */

static void *read_weak_link(void *link)
{
    GC_word hidden = *(GC_word *)link;
    return hidden ? GC_REVEAL_POINTER(hidden) : NULL;
}

RtObject *rt_weak_get(intptr_t *link)
{
    return GC_call_with_alloc_lock(read_weak_link, link);
}

void rt_weak_set(intptr_t *link, RtObject *target)
{
    if (*link) GC_unregister_disappearing_link((void **)link);
    *link = target ? (intptr_t)GC_HIDE_POINTER(target) : 0;
    if (target && GC_base(target) == (void *)target)
        GC_general_register_disappearing_link((void **)link, target);
}
