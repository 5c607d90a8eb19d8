/*
 * thread.c — managed threads (System.Threading.Thread) on POSIX threads.
 *
 *   Thread.Start ─► rt_thread_start_managed(run, background)
 *                     counts it (foreground threads keep the process alive), then
 *                     GC_pthread_create ─► thread_main: signal stack, run(), uncount
 *   Main returns ─► rt_run_main waits for the foreground threads (as .NET does)
 *   rt_exit with threads still running ─► _exit, not exit: no library destructor (LLVM's,
 *                     in the JIT) may run under a background thread still using it
 *
 * corlib's Thread does the rest in C# (Threading.cs): state, Join (Monitor.Wait on the
 * thread's own lock), names and ids. What it hands over is `run`, a Func<int> bound to the
 * thread's Run method (a single-cast delegate with a target: RtDelegate), whose result says
 * whether the thread was still a foreground thread when it ended. An exception escaping it
 * reaches the end of the thread's stack and is reported as unhandled (except.c), which ends
 * the process, as on .NET.
 *
 * Each thread has a serial (rt_thread_self), never reused, which owns monitors and class
 * constructors; the main thread gets one when it first asks.
 *
 * [ThreadStatic] fields: the frontend lays a type's out apart from its other statics, and
 * compiled code asks rt_thread_static_base for this thread's block of them, made (zeroed)
 * on first use: uncollectable memory, a root as other static storage is, found through a
 * small hash table of the thread's own and freed when the thread ends.
 */
#define _GNU_SOURCE
#include "ilrt.h"
#include "internal.h"

#include <gc.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t foreground_done = PTHREAD_COND_INITIALIZER;
static int32_t n_running;    /* threads started and not ended */
static int32_t n_foreground; /* those of them that are not background threads */

static uint64_t last_serial;
static __thread uint64_t self_serial;
/* The Thread object of this thread: also referenced from its stack (run's target) or, for
 * the main thread, from a static field, so the collector need not see this variable. */
static __thread RtObject *current;

uint64_t rt_thread_self(void)
{
    if (!self_serial) self_serial = __atomic_add_fetch(&last_serial, 1, __ATOMIC_RELAXED);
    return self_serial;
}

RtObject *rt_thread_get_current(void)
{
    return current;
}

void rt_thread_set_current(RtObject *thread)
{
    current = thread;
}

/* ---- [ThreadStatic] blocks ---- */

typedef struct ThreadStatics {
    RtType **types; /* open addressing; cap a power of two, at most half full */
    void **blocks;
    uint32_t n, cap;
} ThreadStatics;

static __thread ThreadStatics statics;

static uint32_t slot_of(const ThreadStatics *ts, const RtType *type)
{
    uint32_t i = (uint32_t)((uintptr_t)type >> 4) & (ts->cap - 1);
    while (ts->types[i] && ts->types[i] != type)
        i = (i + 1) & (ts->cap - 1);
    return i;
}

static void grow_statics(ThreadStatics *ts)
{
    ThreadStatics bigger = {calloc(ts->cap ? 2 * ts->cap : 16, sizeof(RtType *)),
                            calloc(ts->cap ? 2 * ts->cap : 16, sizeof(void *)), ts->n,
                            ts->cap ? 2 * ts->cap : 16};
    if (!bigger.types || !bigger.blocks) rt_fatal("out of memory for thread-static fields");
    for (uint32_t i = 0; i < ts->cap; i++)
        if (ts->types[i]) {
            uint32_t j = slot_of(&bigger, ts->types[i]);
            bigger.types[j] = ts->types[i];
            bigger.blocks[j] = ts->blocks[i];
        }
    free(ts->types);
    free(ts->blocks);
    *ts = bigger;
}

void *rt_thread_static_base(RtType *type, uint32_t size)
{
    ThreadStatics *ts = &statics;
    if (ts->cap) {
        uint32_t i = slot_of(ts, type);
        if (ts->types[i]) return ts->blocks[i];
    }
    if (2 * (ts->n + 1) > ts->cap) grow_statics(ts);
    uint32_t i = slot_of(ts, type);
    ts->types[i] = type;
    ts->blocks[i] = rt_alloc_uncollectable(size ? size : 1);
    ts->n++;
    return ts->blocks[i];
}

static void free_thread_statics(void)
{
    ThreadStatics *ts = &statics;
    for (uint32_t i = 0; i < ts->cap; i++)
        if (ts->types[i]) GC_FREE(ts->blocks[i]);
    free(ts->types);
    free(ts->blocks);
    *ts = (ThreadStatics){0};
}

/* ---- threads ---- */

static void thread_ended(bool foreground)
{
    pthread_mutex_lock(&lock);
    n_running--;
    if (foreground && --n_foreground == 0) pthread_cond_broadcast(&foreground_done);
    pthread_mutex_unlock(&lock);
}

static void *thread_main(void *arg)
{
    RtDelegate *run = arg;
    rt_signals_thread_init();
    int32_t (*body)(RtObject *) = (int32_t(*)(RtObject *))(intptr_t)run->method_ptr;
    bool foreground = body(run->target) != 0;
    current = NULL;
    free_thread_statics();
    rt_signals_thread_finish();
    thread_ended(foreground);
    return NULL;
}

/* Thread.Start: 0, or the error pthread_create gave. Counted before it exists, so that Main
 * returning at once still waits for a foreground thread. */
int32_t rt_thread_start_managed(RtObject *run, bool background)
{
    pthread_mutex_lock(&lock);
    n_running++;
    n_foreground += !background;
    pthread_mutex_unlock(&lock);
    int err = rt_thread_start_detached(thread_main, run);
    if (err) thread_ended(!background);
    return err;
}

/* Thread.IsBackground changed on a running thread: +1 became foreground, -1 background. */
void rt_thread_adjust_foreground(int32_t delta)
{
    pthread_mutex_lock(&lock);
    n_foreground += delta;
    if (!n_foreground) pthread_cond_broadcast(&foreground_done);
    pthread_mutex_unlock(&lock);
}

void rt_threads_wait_foreground(void)
{
    pthread_mutex_lock(&lock);
    while (n_foreground > 0)
        pthread_cond_wait(&foreground_done, &lock);
    pthread_mutex_unlock(&lock);
}

bool rt_threads_running(void)
{
    pthread_mutex_lock(&lock);
    bool any = n_running > 0;
    pthread_mutex_unlock(&lock);
    return any;
}

bool rt_thread_yield(void)
{
    return sched_yield() == 0;
}

/* Thread.SpinWait: a busy wait that tells the CPU so (pause). */
void rt_thread_spin_wait(int32_t iterations)
{
    for (int32_t i = 0; i < iterations; i++)
        __builtin_ia32_pause();
}

/* Milliseconds on the monotonic clock: what Join and Wait count their timeouts on. */
int64_t rt_thread_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void rt_thread_memory_barrier(void)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
}
