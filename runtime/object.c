/*
 * object.c — allocation of objects and arrays, and the type tests compiled code asks for.
 *
 * Type tests follow ECMA-335 I.8.7 (assignment compatibility) for what ilc supports:
 * a class is compatible with its ancestors (walk `parent`), with every interface in its
 * flattened interface list, and an SZARRAY of references is compatible with an SZARRAY of
 * a compatible element type (array covariance), one of value types with the same element
 * type once enums and signedness are set aside, and every type is compatible with
 * System.Object, interfaces included. Interface dispatch scans the same list
 * for the interface's vtable offset: a linear scan is short for real programs and is what
 * guarded devirtualization later takes off the hot path.
 */
#include "ilrt.h"
#include "internal.h"

#include <pthread.h>

#include <string.h>

RtObject *rt_new_object(RtType *type)
{
    RtObject *obj = rt_alloc(type->instance_size, (type->flags & RT_TYPE_HAS_REFS) != 0);
    obj->type = type;
    return obj;
}

/* .NET's Array.MaxLength: no array, of any element type or rank, holds more elements. */
#define RT_ARRAY_MAX_LENGTH 0x7FFFFFC7

RtArray *rt_new_array(RtType *array_type, intptr_t length)
{
    if (length < 0) rt_throw_overflow();
    if (length > INT32_MAX) /* a native int length: .NET's message, on an OverflowException */
        rt_throw_named("System.OverflowException", "Array dimensions exceeded supported range.");
    size_t bytes = RT_ARRAY_DATA_OFFSET + (size_t)length * array_type->elem_size;
    if (length > RT_ARRAY_MAX_LENGTH)
        rt_throw_named("System.OutOfMemoryException", "Array dimensions exceeded supported range.");
    RtArray *a = rt_alloc(bytes, (array_type->flags & RT_TYPE_HAS_REFS) != 0);
    a->type = array_type;
    a->length = length;
    return a;
}

RtArray *rt_new_mdarray(RtType *t, const int32_t *bounds)
{
    size_t total = 1;
    bool over = false; /* the product, not a partial one, is what must fit: [n, 0] is empty */
    for (uint32_t d = 0; d < t->rank; d++) {
        if (bounds[d] < 0) rt_throw_overflow();
        total *= (size_t)bounds[d];
        if (total > RT_ARRAY_MAX_LENGTH) {
            over = true;
            total = 1;
        }
        if (!bounds[d]) {
            over = false;
            total = 0;
        }
    }
    if (over)
        rt_throw_named("System.OutOfMemoryException", "Array dimensions exceeded supported range.");
    RtArray *a = rt_alloc(rt_array_data_offset(t) + total * t->elem_size,
                          (t->flags & RT_TYPE_HAS_REFS) != 0);
    a->type = t;
    a->length = (intptr_t)total;
    memcpy(rt_array_bounds(a), bounds, 2 * t->rank * sizeof(int32_t));
    return a;
}

void *rt_virtual_identity(RtObject *obj, void *declared)
{
    return rt_types.virtual_identity ? rt_types.virtual_identity(obj, declared) : declared;
}

RtType *rt_array_type_of(RtType *elem, uint32_t rank)
{
    RtType *t = rank ? NULL : __atomic_load_n(&elem->array_of, __ATOMIC_ACQUIRE);
    return t || !rt_types.array_type ? t : rt_types.array_type(elem, rank);
}

/* RuntimeHelpers.InitializeArray: the literal's bytes, at most the array's size. */
void rt_array_init(RtArray *a, const void *data, int64_t size)
{
    size_t room = (size_t)a->length * a->type->elem_size;
    memcpy(rt_array_data(a), data, (size_t)size < room ? (size_t)size : room);
}

/* Is `have` an instance of the same variant definition as `want`, with arguments the
 * variance accepts (ECMA-335 II.9.5: only reference-type arguments may differ)? */
static bool variant_compatible(const RtType *have, const RtType *want)
{
    const RtVariance *h = have->variance, *w = want->variance;
    if (!h || !w || h->n != w->n || strcmp(h->def, w->def)) return false;
    for (uint32_t i = 0; i < w->n; i++) {
        const RtType *a = h->args[i], *b = w->args[i];
        if (a == b) continue;
        if (w->kinds[i] == RT_INVARIANT || (a->flags & RT_TYPE_VALUETYPE) ||
            (b->flags & RT_TYPE_VALUETYPE))
            return false;
        if (!(w->kinds[i] == RT_COVARIANT ? rt_is_subtype(a, b) : rt_is_subtype(b, a)))
            return false;
    }
    return true;
}

static const RtInterfaceEntry *find_listed_interface(const RtType *t, const RtType *iface)
{
    uint32_t n = __atomic_load_n(&t->n_interfaces, __ATOMIC_ACQUIRE); /* may grow: below */
    for (uint32_t i = 0; i < n; i++)
        if (t->interfaces[i].iface == iface) return &t->interfaces[i];
    if (iface->variance)
        for (uint32_t i = 0; i < n; i++)
            if (variant_compatible(t->interfaces[i].iface, iface)) return &t->interfaces[i];
    return NULL;
}

/* Where t keeps iface's slots: the exact interface first, then a variant-compatible one
 * (a List<string> called through IEnumerable<object> uses its IEnumerable<string> slots).
 * A vector may not list its generic interfaces (IList<T>, and the IList<U>s of covariance)
 * yet; they are added the first time one is looked for. */
const RtInterfaceEntry *rt_find_interface(const RtType *t, const RtType *iface)
{
    const RtInterfaceEntry *e = find_listed_interface(t, iface);
    if (!e && (t->flags & RT_TYPE_ARRAY) && !t->rank && rt_types.complete_array &&
        rt_types.complete_array((RtType *)t))
        e = find_listed_interface(t, iface);
    return e;
}

/* Value-type array elements are compatible when their reduced types match (ECMA-335
 * I.8.7.1): an enum is its underlying type, and signed and unsigned integers of one size are
 * one type, so an int[] is a uint[] and a DayOfWeek[] is an int[]. */
static int reduced_element(const RtType *t)
{
    static const char *const names[] = {"SByte",  "Byte",  "Int16",  "UInt16", "Int32",
                                        "UInt32", "Int64", "UInt64", "IntPtr", "UIntPtr"};
    if (t->flags & RT_TYPE_ENUM) t = t->elem;
    if (!(t->flags & RT_TYPE_PRIMITIVE) || !t->ns || strcmp(t->ns, "System")) return -1;
    for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
        if (!strcmp(t->name, names[i])) return i / 2;
    return -1;
}

static bool same_reduced_element(const RtType *a, const RtType *b)
{
    if (a == b) return true;
    int ra = reduced_element(a);
    return ra >= 0 && ra == reduced_element(b);
}

bool rt_is_subtype(const RtType *t, const RtType *target)
{
    if (t == target || target == rt_types.object) return true;
    if (target->flags & RT_TYPE_INTERFACE)
        return rt_find_interface(t, target) || variant_compatible(t, target);
    if (target->variance && variant_compatible(t, target)) /* Func<string> is a Func<object> */
        return true;
    if ((t->flags & RT_TYPE_ARRAY) && (target->flags & RT_TYPE_ARRAY)) {
        const RtType *te = t->elem, *ue = target->elem;
        if (t->rank != target->rank) return false;
        if ((te->flags & RT_TYPE_VALUETYPE) || (ue->flags & RT_TYPE_VALUETYPE))
            return same_reduced_element(te, ue);
        return rt_is_subtype(te, ue);
    }
    for (const RtType *p = t->parent; p; p = p->parent)
        if (p == target) return true;
    return false;
}

RtObject *rt_isinst(RtObject *obj, RtType *target)
{
    return obj && rt_is_subtype(obj->type, target) ? obj : NULL;
}

RtObject *rt_castclass(RtObject *obj, RtType *target)
{
    if (obj && !rt_is_subtype(obj->type, target)) rt_throw_invalid_cast();
    return obj;
}

/* Where obj's type keeps iface's slots in its vtable (for call-site caches). Vtables of
 * more than 65,535 slots do not exist: the cache packs the offset in 16 bits. */
int32_t rt_interface_offset(RtObject *obj, RtType *iface)
{
    if (!obj) rt_throw_null_reference();
    const RtInterfaceEntry *e = rt_find_interface(obj->type, iface);
    if (!e || e->vtable_offset > 0xFFFF) rt_throw_invalid_cast();
    return (int32_t)e->vtable_offset;
}

/* Unboxing looks through enums to their underlying type (ECMA-335 III.4.32): a boxed
 * int unboxes as an enum over int and the other way round. */
static const RtType *unbox_identity(const RtType *t)
{
    return (t->flags & RT_TYPE_ENUM) ? t->elem : t;
}

void *rt_unbox(RtObject *obj, RtType *type)
{
    if (!obj) rt_throw_null_reference();
    if (obj->type != type && unbox_identity(obj->type) != unbox_identity(type))
        rt_throw_invalid_cast();
    return (char *)obj + sizeof(RtObject);
}

/* unbox.any Nullable<T> of a non-null box: only a boxed T will do, not an enum's underlying
 * type or an enum of it (as CoreCLR's Nullable::UnBox and Mono). */
void *rt_unbox_nullable(RtObject *obj, RtType *type)
{
    if (obj->type != type) rt_throw_invalid_cast();
    return (char *)obj + sizeof(RtObject);
}

void rt_array_store_check(RtArray *array, RtObject *value)
{
    if (value && !rt_is_subtype(value->type, array->type->elem))
        rt_throw_named("System.ArrayTypeMismatchException",
                       "Attempted to access an element as a type incompatible with the array.");
}

void rt_array_address_check(RtArray *array, RtType *type)
{
    if (array->type->elem != type)
        rt_throw_named("System.ArrayTypeMismatchException",
                       "Attempted to access an element as a type incompatible with the array.");
}

/* ---- class constructors (ECMA-335 II.10.5.3.3) ----
 *
 * A type's .cctor runs exactly once, on the first thread that needs it; another thread
 * needing the type meanwhile waits until it is done (or failed). The thread running it
 * proceeds when it needs the type again (a .cctor touching its own statics), and so does a
 * thread whose wait would close a cycle (A's .cctor waits for B's, which waits for A's):
 * it sees the type not yet initialised, as the standard allows, rather than deadlock.
 *
 * The fast path, in compiled code, is one acquire load of init_state; everything else
 * happens under one mutex, with a record per running .cctor and per waiting thread on the
 * stacks of rt_run_class_init's callers: who runs which type, who waits for which. */
typedef struct InitRecord {
    RtType *type;
    uint64_t thread;
    struct InitRecord *next;
} InitRecord;

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t init_changed = PTHREAD_COND_INITIALIZER;
static InitRecord *running, *waiting;

static void push_record(InitRecord **list, InitRecord *r)
{
    r->next = *list;
    *list = r;
}

static void drop_record(InitRecord **list, RtType *type, uint64_t thread)
{
    for (InitRecord **p = list; *p; p = &(*p)->next)
        if ((*p)->type == type && (*p)->thread == thread) {
            *p = (*p)->next;
            return;
        }
}

static uint64_t runner_of(const RtType *type)
{
    for (InitRecord *r = running; r; r = r->next)
        if (r->type == type) return r->thread;
    return 0;
}

static RtType *awaited_by(uint64_t thread)
{
    for (InitRecord *r = waiting; r; r = r->next)
        if (r->thread == thread) return r->type;
    return NULL;
}

/* Would this thread waiting for type (RUNNING) never end? It runs the .cctor itself, or its
 * runner waits, through a chain of runners, for a type this thread runs. */
static bool would_deadlock(RtType *type, uint64_t self)
{
    for (int hops = 0; type && hops < 1024; hops++) {
        uint64_t runner = runner_of(type);
        if (!runner || runner == self) return runner == self;
        type = awaited_by(runner);
    }
    return false;
}

/* Under init_lock: until type is initialised, failed, free to run here (true), or running
 * where waiting would deadlock. */
static bool claim_or_wait(RtType *type, uint64_t self)
{
    InitRecord me = {type, self, NULL};
    for (;;) {
        int32_t state = __atomic_load_n(&type->init_state, __ATOMIC_RELAXED);
        if (state == RT_INIT_NONE) return true;
        if (state != RT_INIT_RUNNING || would_deadlock(type, self)) return false;
        push_record(&waiting, &me);
        pthread_cond_wait(&init_changed, &init_lock);
        drop_record(&waiting, type, self);
    }
}

void rt_run_class_init(RtType *type)
{
    int32_t state = __atomic_load_n(&type->init_state, __ATOMIC_ACQUIRE);
    if (state == RT_INIT_DONE) return;
    uint64_t self = rt_thread_self();
    pthread_mutex_lock(&init_lock);
    bool mine = claim_or_wait(type, self);
    InitRecord record = {type, self, NULL};
    if (mine) {
        __atomic_store_n(&type->init_state, RT_INIT_RUNNING, __ATOMIC_RELAXED);
        push_record(&running, &record);
    }
    pthread_mutex_unlock(&init_lock);
    if (!mine) {
        if (__atomic_load_n(&type->init_state, __ATOMIC_ACQUIRE) == RT_INIT_FAILED)
            rt_throw(*type->init_error); /* every later access fails the same way */
        return;
    }
    if (type->run_cctor) type->run_cctor(type); /* a throw ends in rt_class_init_abandoned */
    pthread_mutex_lock(&init_lock);
    drop_record(&running, type, self);
    __atomic_store_n(&type->init_state, RT_INIT_DONE, __ATOMIC_RELEASE);
    pthread_cond_broadcast(&init_changed);
    pthread_mutex_unlock(&init_lock);
}

/* The .cctor threw (its state is FAILED now): its record goes, its waiters wake and throw. */
void rt_class_init_abandoned(RtType *type)
{
    pthread_mutex_lock(&init_lock);
    drop_record(&running, type, rt_thread_self());
    pthread_cond_broadcast(&init_changed);
    pthread_mutex_unlock(&init_lock);
}
