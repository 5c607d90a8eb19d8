/*
 * monitor.c — System.Threading.Monitor: any object can be locked (re-entrantly, by one
 * thread at a time), waited on and pulsed (ECMA-335 I.12.6.5, what `lock` compiles to),
 * without a word in the object for it.
 *
 *   object address ─hash─► stripe (mutex + list) ─► RtMonitor {owner, recursion, users,
 *                                                     free_cv, waiters: Wait's FIFO}
 *
 * A monitor exists only while it is in use: Enter makes one, the Exit that frees it with
 * nobody blocked on it (entering, or in Wait) recycles it, so a program that locks a
 * million objects one after another uses one entry, and objects never grow. Boehm does not
 * move objects, so the address is a stable key; the table is malloc memory, which the
 * collector does not scan, so it keeps nothing alive. A lock never released (its object
 * dead) would pin its entry; a new object at the same address would then find it owned,
 * which only a program that abandons a lock can see.
 *
 * Everything about one monitor happens under its stripe's mutex; a thread blocks on the
 * monitor's condition variable (to enter) or on its own (Wait, until a Pulse picks it),
 * never on the mutex for long. Owners are rt_thread_self() serials, not pthread_t, which
 * the system reuses. Timeouts count on CLOCK_MONOTONIC.
 */
#include "ilrt.h"
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

typedef struct Waiter {
    struct Waiter *next;
    pthread_cond_t cv;
    bool pulsed;
} Waiter;

typedef struct RtMonitor {
    struct RtMonitor *next; /* in its stripe's list, or the free list */
    const RtObject *obj;
    uint64_t owner; /* rt_thread_self() of the holder, 0 when free */
    uint32_t recursion;
    uint32_t users;         /* threads blocked on it (entering or in Wait): keep it */
    pthread_cond_t free_cv; /* signalled when owner becomes 0 */
    Waiter *waiters, **waiters_end;
} RtMonitor;

enum { STRIPES = 64 };

typedef struct Stripe {
    pthread_mutex_t lock;
    RtMonitor *used, *free;
} Stripe;

static Stripe stripes[STRIPES] = {[0 ... STRIPES - 1] = {PTHREAD_MUTEX_INITIALIZER, 0, 0}};

/* Condition variables that time out on CLOCK_MONOTONIC (the wall clock may jump). */
static pthread_once_t attr_once = PTHREAD_ONCE_INIT;
static pthread_condattr_t monotonic;

static void init_monotonic(void)
{
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
}

static void new_cond(pthread_cond_t *cv)
{
    pthread_once(&attr_once, init_monotonic);
    pthread_cond_init(cv, &monotonic);
}

/* Locks obj's stripe. Objects are 16-byte aligned: the low bits say nothing. */
static Stripe *lock_stripe(const RtObject *obj)
{
    uintptr_t a = (uintptr_t)obj >> 4;
    Stripe *s = &stripes[(a ^ (a >> 6) ^ (a >> 12)) % STRIPES];
    pthread_mutex_lock(&s->lock);
    return s;
}

static RtMonitor *find(Stripe *s, const RtObject *obj)
{
    for (RtMonitor *m = s->used; m; m = m->next)
        if (m->obj == obj) return m;
    return NULL;
}

static RtMonitor *find_or_make(Stripe *s, const RtObject *obj)
{
    RtMonitor *m = find(s, obj);
    if (m) return m;
    if ((m = s->free)) {
        s->free = m->next;
    } else {
        if (!(m = calloc(1, sizeof *m))) rt_fatal("out of memory for a monitor");
        new_cond(&m->free_cv);
    }
    m->obj = obj;
    m->owner = 0;
    m->recursion = 0;
    m->users = 0;
    m->waiters = NULL;
    m->waiters_end = &m->waiters;
    m->next = s->used;
    s->used = m;
    return m;
}

/* Back to the free list once nobody owns it or is blocked on it. */
static void recycle_if_unused(Stripe *s, RtMonitor *m)
{
    if (m->owner || m->users) return;
    for (RtMonitor **p = &s->used; *p; p = &(*p)->next)
        if (*p == m) {
            *p = m->next;
            break;
        }
    m->obj = NULL;
    m->next = s->free;
    s->free = m;
}

/* The absolute CLOCK_MONOTONIC time `ms` from now. */
static struct timespec deadline_after(int32_t ms)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (long)(ms % 1000) * 1000000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

/* Waits on cv (s->lock held) until signalled or the deadline (NULL: none). False when the
 * deadline passed. Spurious wake-ups return true: callers loop on their condition. */
static bool wait_on(pthread_cond_t *cv, Stripe *s, const struct timespec *deadline)
{
    if (!deadline) {
        pthread_cond_wait(cv, &s->lock);
        return true;
    }
    return pthread_cond_timedwait(cv, &s->lock, deadline) != ETIMEDOUT;
}

static void release(RtMonitor *m)
{
    m->owner = 0;
    m->recursion = 0;
    if (m->users) pthread_cond_signal(&m->free_cv);
}

/* Takes m for self, waiting until the deadline (NULL: for ever). False on timeout. */
static bool acquire(Stripe *s, RtMonitor *m, uint64_t self, const struct timespec *deadline)
{
    m->users++;
    bool in_time = true;
    while (m->owner && in_time)
        in_time = wait_on(&m->free_cv, s, deadline);
    m->users--;
    if (m->owner) return false; /* timed out (a last wake-up may still find it free) */
    m->owner = self;
    return true;
}

/* Monitor.Enter / TryEnter: timeout in ms, -1 for ever, 0 just tries. */
bool rt_monitor_enter(RtObject *obj, int32_t timeout_ms)
{
    uint64_t self = rt_thread_self();
    Stripe *s = lock_stripe(obj);
    RtMonitor *m = find_or_make(s, obj);
    bool taken = true;
    if (!m->owner) {
        m->owner = self;
    } else if (m->owner != self) {
        struct timespec deadline = deadline_after(timeout_ms > 0 ? timeout_ms : 0);
        taken = timeout_ms != 0 && acquire(s, m, self, timeout_ms < 0 ? NULL : &deadline);
    }
    if (taken)
        m->recursion++;
    else
        recycle_if_unused(s, m);
    pthread_mutex_unlock(&s->lock);
    return taken;
}

/* Monitor.Exit: false when this thread does not hold obj's lock. */
bool rt_monitor_exit(RtObject *obj)
{
    uint64_t self = rt_thread_self();
    Stripe *s = lock_stripe(obj);
    RtMonitor *m = find(s, obj);
    bool held = m && m->owner == self;
    if (held && --m->recursion == 0) {
        release(m);
        recycle_if_unused(s, m);
    }
    pthread_mutex_unlock(&s->lock);
    return held;
}

/* A [MethodImpl(Synchronized)] method's entry and exits (the importer calls them around
 * its body, every ret and every exception leaving it): Monitor.Enter without timeout, and
 * Monitor.Exit, whose answer the method has no use for. A null `this` (a `call`, not
 * `callvirt`, of an instance method) is a NullReferenceException, as Monitor.Enter(null)
 * would be an ArgumentNullException: the lock's object must exist. */
void rt_sync_method_enter(RtObject *obj)
{
    if (!obj) rt_throw_null_reference();
    rt_monitor_enter(obj, -1);
}

void rt_sync_method_exit(RtObject *obj)
{
    rt_monitor_exit(obj);
}

bool rt_monitor_is_entered(RtObject *obj)
{
    Stripe *s = lock_stripe(obj);
    RtMonitor *m = find(s, obj);
    bool held = m && m->owner == rt_thread_self();
    pthread_mutex_unlock(&s->lock);
    return held;
}

static void unlink_waiter(RtMonitor *m, Waiter *w)
{
    for (Waiter **p = &m->waiters; *p; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            if (!*p) m->waiters_end = p;
            return;
        }
}

/* Monitor.Wait: releases obj's lock entirely, sleeps until a Pulse picks this thread or the
 * timeout (-1: none) passes, takes the lock back at the same depth. 1 when pulsed, 0 on
 * timeout, -1 when this thread does not hold the lock. */
int32_t rt_monitor_wait(RtObject *obj, int32_t timeout_ms)
{
    uint64_t self = rt_thread_self();
    Stripe *s = lock_stripe(obj);
    RtMonitor *m = find(s, obj);
    if (!m || m->owner != self) {
        pthread_mutex_unlock(&s->lock);
        return -1;
    }
    struct timespec deadline = deadline_after(timeout_ms > 0 ? timeout_ms : 0);
    Waiter w = {.next = NULL, .pulsed = false};
    new_cond(&w.cv);
    *m->waiters_end = &w;
    m->waiters_end = &w.next;
    uint32_t depth = m->recursion;
    m->users++; /* m stays while this thread sleeps, even freed by its owner */
    release(m);
    bool in_time = true;
    while (!w.pulsed && in_time)
        in_time = wait_on(&w.cv, s, timeout_ms < 0 ? NULL : &deadline);
    if (!w.pulsed) unlink_waiter(m, &w);
    acquire(s, m, self, NULL);
    m->users--;
    m->recursion = depth;
    pthread_mutex_unlock(&s->lock);
    pthread_cond_destroy(&w.cv);
    return w.pulsed;
}

/* Monitor.Pulse (all: PulseAll): the longest waiting thread(s) will take the lock back once
 * this one releases it. False when this thread does not hold the lock. */
bool rt_monitor_pulse(RtObject *obj, bool all)
{
    Stripe *s = lock_stripe(obj);
    RtMonitor *m = find(s, obj);
    bool held = m && m->owner == rt_thread_self();
    while (held && m->waiters) {
        Waiter *w = m->waiters;
        m->waiters = w->next;
        if (!m->waiters) m->waiters_end = &m->waiters;
        w->pulsed = true;
        pthread_cond_signal(&w->cv);
        if (!all) break;
    }
    pthread_mutex_unlock(&s->lock);
    return held;
}
