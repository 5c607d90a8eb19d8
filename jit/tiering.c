/*
 * tiering.c — which tier a method gets, and when it moves up (DESIGN.md, tiering).
 *
 *   first call ─► Tier0 (quick)          ... methods with loops ─► Tier1 at once
 *   Tier0 prologue counts calls ─► at the threshold: jit_tier_up
 *       inside the call-counting delay (a Tier0 compile in the last N ms): count again
 *       after it: queue, starting the background thread on the first method
 *   background thread: wait out the delay again (new Tier0 compiles extend it),
 *                      compile at Tier1, patch the slot and vtables, next
 *
 * This is .NET's scheme without OSR: a method with a backward branch may spend its
 * whole life in one call (Main's loop), so it starts at Tier1 (QuickJitForLoops=0).
 * The delay keeps the background thread out of the way while start-up is still
 * compiling many methods at Tier0; the worker holds the one compilation lock only
 * while it compiles, so first calls on the main thread wait at most one compile.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Does m's IL branch backwards (a loop)? Read once from the body. */
static bool has_loop(CilMethod *m)
{
    CilArena a = {0};
    CilBody body;
    CilDiag d;
    bool loop = false;
    if (m->owner->image && cil_methoddef(m->owner->image, m->row)->rva &&
        cil_method_body(m->owner->image, m->row, &a, &body, &d))
        loop = cil_has_backward_branch(m, &body, &a);
    cil_arena_free(&a);
    return loop;
}

int jit_initial_tier(Jit *jit, JitMethod *jm)
{
    if (!jit->opts.tiered) return jit->opts.opt_level ? TIER1 : TIER0;
    if (jm->unboxing) /* a thunk: nothing to optimise, nothing to count */
        return TIER0;
    return !jit->opts.quick_jit_for_loops && has_loop(jm->method) ? TIER1 : TIER0;
}

int32_t *jit_call_counter(void *ctx, CilMethod *m, bool unboxing)
{
    JitMethod *jm = m->backend[unboxing];
    return (int32_t *)&jm->calls_left;
}

static void *worker(void *arg);

int32_t jit_call_threshold(const Jit *jit)
{
    return jit->opts.call_threshold > 0 ? jit->opts.call_threshold : 30;
}

/* The call-counting delay ends this long after the latest Tier0 compile (or start-up). */
static uint64_t quiet_at(const Jit *jit)
{
    uint64_t delay = (uint64_t)(jit->opts.delay_ms > 0 ? jit->opts.delay_ms : 0) * 1000000u;
    return jit->last_tier0_ns + delay;
}

static void start_worker(Jit *jit)
{
    if (jit->worker_started) return;
    jit->worker_started = rt_thread_start(&jit->worker, worker, jit) == 0;
}

void jit_tier_up(int32_t *counter)
{
    JitMethod *jm = (JitMethod *)((char *)counter - offsetof(JitMethod, calls_left));
    Jit *jit = jm->jit;
    if (!jit->opts.tiered) return; /* R2R code counts too; without tiering it stays */
    pthread_mutex_lock(&jit->lock);
    if (jit_now_ns() < quiet_at(jit)) {
        /* Still inside the call-counting delay: start the count over, as .NET only counts
         * after it. Short programs thus never start the background thread. */
        jm->calls_left = jit_call_threshold(jit);
        pthread_mutex_unlock(&jit->lock);
        return;
    }
    if (!jm->queued && (jm->tier == TIER0 || jm->tier == JIT_TIER_R2R) && !jit->stopping) {
        jm->queued = true;
        if (jit->n_queue == jit->cap_queue) {
            jit->cap_queue = jit->cap_queue ? 2 * jit->cap_queue : 64;
            jit->queue = realloc(jit->queue, jit->cap_queue * sizeof *jit->queue);
        }
        jit->queue[jit->n_queue++] = jm;
        jit->stats.queued++;
        start_worker(jit);
        pthread_cond_signal(&jit->wake);
    }
    pthread_mutex_unlock(&jit->lock);
}

/* Waits (lock held) until no Tier0 compilation happened for the delay, or stopping. */
static void wait_for_quiet(Jit *jit)
{
    while (!jit->stopping) {
        uint64_t now = jit_now_ns(), quiet = quiet_at(jit);
        if (now >= quiet) return;
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        uint64_t ns = (uint64_t)until.tv_nsec + (quiet - now);
        until.tv_sec += (time_t)(ns / 1000000000u);
        until.tv_nsec = (long)(ns % 1000000000u);
        pthread_cond_timedwait(&jit->wake, &jit->lock, &until);
    }
}

static void promote(Jit *jit, JitMethod *jm)
{
    CilDiag diag = {0};
    uint64_t start = jit_now_ns();
    void *code = jit_compile_at(jit, jm, TIER1, &diag);
    jit->stats.background_ns += jit_now_ns() - start;
    if (!code) /* Tier0 compiled the same IL, so this is an internal error: keep Tier0 */
        return;
    jit_install(jit, jm, code, TIER1);
    jit->stats.promoted++;
}

static void *worker(void *arg)
{
    Jit *jit = arg;
    pthread_mutex_lock(&jit->lock);
    while (!jit->stopping) {
        if (!jit->n_queue) {
            pthread_cond_wait(&jit->wake, &jit->lock);
            continue;
        }
        wait_for_quiet(jit);
        if (jit->stopping || !jit->n_queue) continue;
        JitMethod *jm = jit->queue[0];
        jit->n_queue--;
        memmove(jit->queue, jit->queue + 1, jit->n_queue * sizeof *jit->queue);
        jit->worker_busy = true;
        promote(jit, jm);
        jit->worker_busy = false;
    }
    pthread_mutex_unlock(&jit->lock);
    return NULL;
}

/* Called at exit: LLVM must not be torn down under a compilation in progress. */
void jit_tiering_stop(Jit *jit)
{
    pthread_mutex_lock(&jit->lock);
    bool started = jit->worker_started;
    jit->stopping = true;
    pthread_cond_broadcast(&jit->wake);
    pthread_mutex_unlock(&jit->lock);
    if (started) pthread_join((pthread_t)jit->worker, NULL);
    jit->worker_started = false;
}
