/*
 * signals.c — hardware faults that compiled code does not check for itself.
 *
 * Null references, bounds, division and overflow are tested explicitly by compiled code,
 * so the only fault expected here is running out of stack: deep recursion touches the
 * guard page below a thread's stack. The handler runs on the thread's alternate signal
 * stack (the normal one is exhausted; each managed thread sets up its own), flushes what the
 * program printed, says "Stack overflow." as .NET does, and exits with code 1 — it cannot be
 * caught, as in .NET. Any other SIGSEGV/SIGBUS/SIGILL is an internal error, also reported, never
 * silent.
 */
#define _GNU_SOURCE
#include "ilrt.h"
#include "internal.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static __thread uintptr_t stack_low, stack_high; /* this thread's stack */

static void say(const char *s)
{
    (void)!write(2, s, strlen(s));
}

static void on_fault(int sig, siginfo_t *info, void *uctx)
{
    (void)uctx;
    uintptr_t addr = (uintptr_t)info->si_addr;
    rt_console_flush();
    if (sig == SIGSEGV && addr + 1024 * 1024 >= stack_low && addr < stack_high) {
        say("Stack overflow.\n");
        _exit(1);
    }
    say(sig == SIGSEGV  ? "ilc: internal error: segmentation fault\n"
        : sig == SIGBUS ? "ilc: internal error: bus error\n"
                        : "ilc: internal error: illegal instruction\n");
    _exit(70);
}

enum { ALT_STACK_SIZE = 64 * 1024 };

extern void *__libc_stack_end; /* glibc: the main thread's stack top at process start */

/* The main stack spans at most RLIMIT_STACK below its top (pthread_getattr_np would
 * parse /proc/self/maps to say the same, which costs more than an AOT program's Main). */
void rt_signals_init(void)
{
    struct rlimit rl;
    stack_high = (uintptr_t)__libc_stack_end;
    size_t size = 8u << 20;
    if (!getrlimit(RLIMIT_STACK, &rl) && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
    stack_low = stack_high > size ? stack_high - size : 0;
    static char alt[ALT_STACK_SIZE];
    stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
}

/* A thread of the program's (thread.c): its stack's bounds, and an alternate stack of its
 * own for the handler. The main thread's pthread_getattr_np would read /proc/self/maps;
 * another thread's is a lookup. */
static __thread void *alt_stack;

void rt_signals_thread_init(void)
{
    pthread_attr_t attr;
    void *base;
    size_t size;
    if (!pthread_getattr_np(pthread_self(), &attr)) {
        if (!pthread_attr_getstack(&attr, &base, &size)) {
            stack_low = (uintptr_t)base;
            stack_high = (uintptr_t)base + size;
        }
        pthread_attr_destroy(&attr);
    }
    if (!(alt_stack = malloc(ALT_STACK_SIZE))) return;
    stack_t ss = {.ss_sp = alt_stack, .ss_size = ALT_STACK_SIZE};
    sigaltstack(&ss, NULL);
}

void rt_signals_thread_finish(void)
{
    if (!alt_stack) return;
    stack_t ss = {.ss_flags = SS_DISABLE};
    sigaltstack(&ss, NULL);
    free(alt_stack);
    alt_stack = NULL;
}
