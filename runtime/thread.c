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
 */
#define _GNU_SOURCE
#include "ilrt.h"
#include "internal.h"

#include <pthread.h>
#include <sched.h>
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
