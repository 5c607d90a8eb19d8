/*
 * except.c — managed exceptions on the system unwinder (zero-cost: nothing runs until
 * something is thrown).
 *
 *   throw ─► rt_throw: wrap the object in an _Unwind_Exception, _Unwind_RaiseException
 *     phase 1 (search):  rt_personality notes each frame's return address (the stack
 *                        trace), reads its LSDA (the call-site and action tables LLVM
 *                        emits for `invoke`/`landingpad`) and asks each clause in turn
 *                        whether it takes the object: a catch by its type, a filter by
 *                        running it, now, on the frame as it is
 *     phase 2 (cleanup): frames with `cleanup` (finally/fault) get control at their landing
 *                        pad with selector 0; the handler frame with the selector phase 1
 *                        chose, kept in the wrapper (a filter is not run twice)
 *   nothing catches ─► "Unhandled exception. System.X: message", exit code 1 (as Mono)
 *
 * This is .NET's two-pass model (ECMA-335 I.12.4.2): every filter between the throw and
 * the handler runs before any finally block on the way. A catch clause's type info is the
 * address of a word holding the RtType* to catch (so that the importer can name it with an
 * ordinary global; an R2R image's words are filled on first use, by the typeinfo binder);
 * a filter clause's is an RtFilterClause, whose funclet reads the
 * handler frame's locals from its frame pointer (see the importer); a null type info is a
 * catch-all (a .cctor's guard, a funclet's own catch of whatever its filter throws).
 * Faults the compiled code detects itself (null, bounds, division, overflow, casts)
 * allocate the corlib exception and throw it the same way.
 */
#include "ilrt.h"
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

/* "ILC\0" "NET\0" */
#define ILC_EXCEPTION_CLASS 0x494C43004E455400ull

typedef struct RtUnwindException {
    struct _Unwind_Exception header;
    RtObject *object;
    /* Phase 1's answer for the handler frame (the unwinder remembers which frame that is
     * and tells phase 2 with _UA_HANDLER_FRAME): the selector of the clause that takes it. */
    intptr_t handler_selector;
    /* The object's stack trace as phase 1 builds it (NULL until the first frame), and the
     * frames of its earlier trace a rethrow keeps. */
    RtStackTrace *trace;
    uint32_t kept;
} RtUnwindException;

RtObject *rt_exception_object(void *unwind_exception)
{
    return ((RtUnwindException *)unwind_exception)->object;
}

/* ---- stack traces: the frames an exception passed through, innermost first ----
 *
 * .NET's Exception.StackTrace holds the frames from the throw up to and including the one
 * that catches. Phase 1 visits exactly those: every compiled method has rt_personality
 * (the importer gives it even to methods without landing pads, or the unwinder would skip
 * them), and the personality appends each frame's return address as the search passes it.
 * The trace is published to the exception when the handler is found, before a filter
 * runs (a filter may read it), and at the end of the stack for the unhandled report. Only
 * raw addresses are kept, in GC memory the exception points at (a field of corlib's
 * Exception, RtException: it lives and dies with the object, and a rethrow finds the frames
 * so far there); they are named when StackTrace is read. A throw costs one small
 * allocation and a few stores per frame more; naming costs nothing unless asked for. */

struct RtStackTrace {
    uint32_t n, cap;
    void *ips[];
};

/* A trace starts as a 64-byte block (7 frames) and doubles; past TRACE_MAX frames its last
 * slot takes each further frame, so that it still ends with the catching one. */
enum { TRACE_FIRST = 7, TRACE_MAX = 4096 };

static const char *(*symbolizer)(void *ip);
void rt_set_symbolizer(const char *(*fn)(void *ip))
{
    symbolizer = fn;
}

/* Only System.Exception and its subclasses have the trace field; IL may throw anything. */
static RtException *as_exception(RtObject *obj)
{
    const RtType *t = obj->type;
    while (t->depth > 1)
        t = t->parent;
    return t->depth == 1 && !strcmp(t->name, "Exception") && t->ns && !strcmp(t->ns, "System")
               ? (RtException *)obj
               : NULL;
}

/* A trace with room for cap frames, starting with the first n of `from` (atomic: return
 * addresses are not GC references). */
static RtStackTrace *new_trace(const RtStackTrace *from, uint32_t n, uint32_t cap)
{
    RtStackTrace *t = rt_alloc(sizeof *t + cap * sizeof(void *), false);
    t->n = n;
    t->cap = cap;
    if (n) memcpy(t->ips, from->ips, n * sizeof(void *));
    return t;
}

/* ip joins the trace *tp, which doubles when full up to TRACE_MAX frames. */
static void trace_append(RtStackTrace **tp, void *ip)
{
    RtStackTrace *t = *tp;
    if (t->n == t->cap && t->cap < TRACE_MAX) t = *tp = new_trace(t, t->n, 2 * t->cap);
    t->ips[t->n < t->cap ? t->n++ : t->n - 1] = ip;
}

/* Phase 1 passes a frame: its return address joins w's trace. */
static void trace_frame(RtUnwindException *w, struct _Unwind_Context *ctx)
{
    void *ip = (void *)rt_unwinder()->get_ip(ctx);
    if (!ip) return;
    if (!w->trace) {
        RtException *e = as_exception(w->object);
        if (!e) return;
        w->trace = new_trace(e->trace, w->kept, w->kept + TRACE_FIRST);
    }
    trace_append(&w->trace, ip);
}

/* The exception's StackTrace becomes the one w is building (a throw's starts empty, a
 * rethrow's with the frames it kept). */
static void publish_trace(RtUnwindException *w)
{
    RtException *e = w->trace ? as_exception(w->object) : NULL;
    if (e) e->trace = w->trace;
}

/* A frame's method as .NET writes it, "Ns.Type.Method(params)", or NULL for runtime C code,
 * which has no managed name. The symbolizers say "Ns.Type::Method(params)", as ilc's other
 * tools do. The text lives in buf. */
static const char *frame_name(void *ip, char *buf, size_t size)
{
    /* ip - 1: the call, not the return address */
    const char *name = symbolizer ? symbolizer((char *)ip - 1) : NULL;
    if (!name) return NULL;
    const char *colons = strstr(name, "::");
    if (!colons) return name;
    snprintf(buf, size, "%.*s.%s", (int)(colons - name), name, colons + 2);
    return buf;
}

/* .NET's text: "   at Ns.Type.Method(params)" for each frame with a managed name, lines
 * joined by '\n' (Environment.NewLine). */
static void write_trace(FILE *out, const RtStackTrace *t)
{
    const char *sep = "";
    char buf[2048];
    for (uint32_t i = 0; i < t->n; i++) {
        const char *name = frame_name(t->ips[i], buf, sizeof buf);
        if (!name) continue;
        fprintf(out, "%s   at %s", sep, name);
        sep = "\n";
    }
}

static RtString *trace_text(const RtStackTrace *t)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out) return NULL;
    write_trace(out, t);
    fclose(out);
    RtString *s = rt_string_from_utf8(text);
    free(text);
    return s;
}

/* Exception.StackTrace: NULL until the exception is thrown. */
RtString *rt_exception_get_stack_trace(RtObject *self)
{
    const RtStackTrace *t = ((RtException *)self)->trace;
    return t ? trace_text(t) : NULL;
}

static _Unwind_Reason_Code backtrace_frame(struct _Unwind_Context *ctx, void *tp)
{
    void *ip = (void *)rt_unwinder()->get_ip(ctx);
    if (ip) trace_append(tp, ip);
    return _URC_NO_REASON;
}

/* The calling thread's frames, innermost first, walked by the same unwinder (and so the
 * same frames) an exception passes through; this function and the other runtime frames
 * have no managed name and are left out when the trace is written. */
static RtStackTrace *trace_here(void)
{
    RtStackTrace *t = new_trace(NULL, 0, 4 * TRACE_FIRST);
    rt_unwinder()->backtrace(backtrace_frame, &t);
    return t;
}

/* System.Diagnostics.StackTrace's frames, innermost first: the names of those of the
 * exception's trace (none before it is thrown), or without one of the caller's frames. */
RtArray *rt_stack_trace_frames(RtObject *exception)
{
    const RtStackTrace *t = exception ? ((RtException *)exception)->trace : trace_here();
    uint32_t n = 0, count = 0;
    char buf[2048];
    for (uint32_t i = 0; t && i < t->n; i++)
        count += frame_name(t->ips[i], buf, sizeof buf) != NULL;
    RtArray *a = rt_new_array(rt_well_known(&rt_types.string_array), count);
    RtString **items = rt_array_data(a);
    for (uint32_t i = 0; t && i < t->n && n < count; i++) {
        const char *name = frame_name(t->ips[i], buf, sizeof buf);
        if (name) items[n++] = rt_string_from_utf8(name);
    }
    return a;
}

/* Environment.StackTrace: the caller's frames as Exception.StackTrace writes them, its own
 * (System.Environment.get_StackTrace, which corlib keeps out of line) first, as on Mono
 * and .NET. */
RtString *rt_env_get_stack_trace(void)
{
    return trace_text(trace_here());
}

/* ---- unhandled exceptions ---- */

static void type_full_name(const RtType *t, char *buf, size_t size)
{
    if (t->display_name)
        snprintf(buf, size, "%s", t->display_name);
    else
        snprintf(buf, size, "%s%s%s", t->ns ? t->ns : "", t->ns && *t->ns ? "." : "", t->name);
}

static void write_header(const char *type_name, const char *message)
{
    if (message && *message)
        fprintf(stderr, "%s: %s", type_name, message);
    else
        fprintf(stderr, "%s", type_name);
}

/* An exception's inner exceptions, innermost last, as .NET prints them:
 * " ---> Inner: message", its trace, "   --- End of inner exception stack trace ---". */
static void write_exception(RtObject *exception, int depth)
{
    char name[512];
    type_full_name(exception->type, name, sizeof name);
    RtException *e = as_exception(exception);
    write_header(name, e && e->message ? rt_string_to_utf8(e->message) : NULL);
    if (e && e->inner && depth < 16) {
        fputs("\n ---> ", stderr);
        write_exception(e->inner, depth + 1);
        fputs("\n   --- End of inner exception stack trace ---", stderr);
    }
    if (e && e->trace && e->trace->n) {
        fputc('\n', stderr);
        write_trace(stderr, e->trace);
    }
}

/* The program's output first, then the report on stderr, then exit code 1 (as Mono). */
_Noreturn static void die_unhandled(const char *type_name, const char *message)
{
    rt_finish();
    fflush(stdout);
    fputs("Unhandled exception. ", stderr);
    write_header(type_name, message);
    fputc('\n', stderr);
    rt_exit(1);
}

_Noreturn static void unhandled(RtObject *exception)
{
    rt_finish();
    fflush(stdout);
    fputs("Unhandled exception. ", stderr);
    write_exception(exception, 0);
    fputc('\n', stderr);
    rt_exit(1);
}

/* ---- throwing ---- */

static void cleanup(_Unwind_Reason_Code reason, struct _Unwind_Exception *e)
{
    (void)reason;
    (void)e; /* the wrapper is GC memory */
}

/* Forced unwinding of an unhandled exception stops here, past the last frame. */
static _Unwind_Reason_Code stop_at_end(int version, _Unwind_Action actions, uint64_t cls,
                                       struct _Unwind_Exception *ue, struct _Unwind_Context *ctx,
                                       void *param)
{
    (void)version, (void)cls, (void)ue, (void)ctx;
    if (actions & _UA_END_OF_STACK) unhandled(param);
    return _URC_NO_REASON;
}

/* Throws exception, whose trace will start with `kept` frames of the one it has. Inlined:
 * each frame between the throw and the handler costs the unwinder two steps. */
_Noreturn static inline __attribute__((always_inline)) void raise_exception(RtObject *exception,
                                                                            uint32_t kept)
{
    if (!exception) rt_throw_null_reference();
    RtUnwindException *w = rt_alloc(sizeof *w, true);
    w->header.exception_class = ILC_EXCEPTION_CLASS;
    w->header.exception_cleanup = cleanup;
    w->object = exception;
    w->kept = kept;
    const RtUnwinder *u = rt_unwinder();
    u->raise(&w->header);
    publish_trace(w); /* phase 1 went through every frame: the report prints them */
    /* Nothing catches it. Like Mono, run the finally blocks on the way out (no catch can
     * match, or phase 1 would have found it), then report at the end of the stack. */
    u->forced(&w->header, stop_at_end, exception);
    unhandled(exception);
}

/* `throw e`: a new trace, as on .NET. */
_Noreturn void rt_throw(RtObject *exception)
{
    raise_exception(exception, 0);
}

/* `throw;` keeps the trace so far, but its last frame, the catching one: the trace goes on
 * from the same frame, where the rethrow is. */
_Noreturn void rt_rethrow(RtObject *exception)
{
    RtException *e = exception ? as_exception(exception) : NULL;
    raise_exception(exception, e && e->trace && e->trace->n ? e->trace->n - 1 : 0);
}

/* A corlib exception built without running its constructor. */
static RtObject *new_exception(RtType *type, const char *message, RtObject *inner)
{
    RtException *e = (RtException *)rt_new_object(type);
    e->message = rt_string_from_utf8(message);
    e->inner = inner;
    return &e->header;
}

RtType *rt_well_known(RtType **entry)
{
    RtType *t = __atomic_load_n(entry, __ATOMIC_ACQUIRE);
    return t || !rt_types.resolve ? t : rt_types.resolve(entry);
}

_Noreturn static void throw_new(RtType **entry, const char *fallback_name, const char *message)
{
    RtType *type = rt_well_known(entry);
    if (!type) die_unhandled(fallback_name, message);
    rt_throw(new_exception(type, message, NULL));
}

_Noreturn void rt_throw_named(const char *type_name, const char *message)
{
    static const struct {
        const char *name;
        size_t offset;
    } known[] = {
        {"System.ArrayTypeMismatchException", offsetof(RtWellKnown, array_type_mismatch)},
        {"System.OutOfMemoryException", offsetof(RtWellKnown, out_of_memory)},
        {"System.OverflowException", offsetof(RtWellKnown, overflow)},
        {"System.InvalidProgramException", offsetof(RtWellKnown, invalid_program)},
        {"System.MissingMethodException", offsetof(RtWellKnown, missing_method)},
        {"System.ArgumentOutOfRangeException", offsetof(RtWellKnown, argument_out_of_range)},
        {"System.PlatformNotSupportedException", offsetof(RtWellKnown, platform_not_supported)},
        {"System.MissingFieldException", offsetof(RtWellKnown, missing_field)},
        {"System.TypeLoadException", offsetof(RtWellKnown, type_load)},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (!strcmp(known[i].name, type_name))
            throw_new((RtType **)((char *)&rt_types + known[i].offset), type_name, message);
    die_unhandled(type_name, message);
}

_Noreturn void rt_type_init_failed(RtType *type, void *unwind_exception)
{
    char name[512], msg[600];
    type_full_name(type, name, sizeof name);
    snprintf(msg, sizeof msg, "The type initializer for '%s' threw an exception.", name);
    RtObject *inner = rt_exception_object(unwind_exception);
    RtType *tie_type = rt_well_known(&rt_types.type_initialization);
    if (!tie_type) unhandled(inner);
    RtObject *tie;
    if (rt_types.type_init_ctor) { /* corlib's own constructor sets TypeName too */
        tie = rt_new_object(tie_type);
        rt_types.type_init_ctor(tie, rt_string_from_utf8(name), inner);
    } else {
        tie = new_exception(tie_type, msg, inner);
    }
    if (!type->init_error) type->init_error = rt_alloc_uncollectable(sizeof(RtObject *));
    *type->init_error = tie;
    __atomic_store_n(&type->init_state, RT_INIT_FAILED, __ATOMIC_RELEASE);
    rt_class_init_abandoned(type);
    rt_throw(tie);
}

_Noreturn void rt_throw_null_reference(void)
{
    /* Mono's runtime-raised message has no final period (the constructor's default has). */
    throw_new(&rt_types.null_reference, "System.NullReferenceException",
              "Object reference not set to an instance of an object");
}

_Noreturn void rt_throw_index_out_of_range(void)
{
    throw_new(&rt_types.index_out_of_range, "System.IndexOutOfRangeException",
              "Index was outside the bounds of the array.");
}

_Noreturn void rt_throw_invalid_cast(void)
{
    throw_new(&rt_types.invalid_cast, "System.InvalidCastException",
              "Specified cast is not valid.");
}

_Noreturn void rt_throw_overflow(void)
{
    throw_new(&rt_types.overflow, "System.OverflowException",
              "Arithmetic operation resulted in an overflow.");
}

_Noreturn void rt_throw_divide_by_zero(void)
{
    throw_new(&rt_types.divide_by_zero, "System.DivideByZeroException",
              "Attempted to divide by zero.");
}

_Noreturn void rt_fatal(const char *fmt, ...)
{
    rt_finish();
    va_list ap;
    va_start(ap, fmt);
    fputs("ilc: fatal: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    /* Not rt_exit: a fatal error may come from under the JIT's lock, which the exit hook
     * takes to stop the background compiler; _exit runs no destructors for it to race. */
    fflush(stderr);
    _exit(1);
}

/* Activator.CreateInstance<T>() of a T without a public parameterless constructor (or an
 * abstract one), in Mono's words. */
_Noreturn void rt_throw_no_default_ctor(const RtType *type)
{
    char name[512], message[600];
    type_full_name(type, name, sizeof name);
    snprintf(message, sizeof message, "Default constructor not found for type %s", name);
    rt_throw_named("System.MissingMethodException", message);
}

_Noreturn void rt_throw_platform_not_supported(void)
{
    rt_throw_named("System.PlatformNotSupportedException",
                   "Operation is not supported on this platform.");
}

_Noreturn void rt_aot_unreachable(void)
{
    rt_fatal("internal error: code of a type the AOT compiler found never instantiated was "
             "called (please report this program)");
}

/* AOT code past the generic nesting it compiles (CIL_MAX_GENERIC_NESTING). A
 * NotSupportedException, as for the other things this platform does not do. */
_Noreturn void rt_aot_generic_cycle(void)
{
    rt_throw_named("System.PlatformNotSupportedException",
                   "A generic instantiation nested too deeply to be compiled ahead of time "
                   "was called.");
}

/* ---- the LSDA (DWARF exception tables, as in .gcc_except_table) ---- */

enum {
    DW_EH_PE_absptr = 0x00,
    DW_EH_PE_uleb128 = 0x01,
    DW_EH_PE_udata2 = 0x02,
    DW_EH_PE_udata4 = 0x03,
    DW_EH_PE_udata8 = 0x04,
    DW_EH_PE_sleb128 = 0x09,
    DW_EH_PE_sdata2 = 0x0A,
    DW_EH_PE_sdata4 = 0x0B,
    DW_EH_PE_sdata8 = 0x0C,
    DW_EH_PE_pcrel = 0x10,
    DW_EH_PE_indirect = 0x80,
    DW_EH_PE_omit = 0xFF,
};

static uintptr_t read_uleb(const uint8_t **p)
{
    uintptr_t r = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        r |= (uintptr_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return r;
}

static intptr_t read_sleb(const uint8_t **p)
{
    uintptr_t r = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        r |= (uintptr_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 8 * sizeof r && (b & 0x40)) r |= ~(uintptr_t)0 << shift;
    return (intptr_t)r;
}

static uintptr_t read_encoded(const uint8_t **p, uint8_t enc)
{
    const uint8_t *start = *p;
    uintptr_t v = 0;
    switch (enc & 0x0F) {
    case DW_EH_PE_absptr:
        memcpy(&v, *p, sizeof v);
        *p += sizeof v;
        break;
    case DW_EH_PE_uleb128: v = read_uleb(p); break;
    case DW_EH_PE_sleb128: v = (uintptr_t)read_sleb(p); break;
    case DW_EH_PE_udata2: {
        uint16_t x;
        memcpy(&x, *p, 2);
        *p += 2;
        v = x;
        break;
    }
    case DW_EH_PE_udata4: {
        uint32_t x;
        memcpy(&x, *p, 4);
        *p += 4;
        v = x;
        break;
    }
    case DW_EH_PE_udata8: {
        uint64_t x;
        memcpy(&x, *p, 8);
        *p += 8;
        v = x;
        break;
    }
    case DW_EH_PE_sdata2: {
        int16_t x;
        memcpy(&x, *p, 2);
        *p += 2;
        v = (uintptr_t)(intptr_t)x;
        break;
    }
    case DW_EH_PE_sdata4: {
        int32_t x;
        memcpy(&x, *p, 4);
        *p += 4;
        v = (uintptr_t)(intptr_t)x;
        break;
    }
    case DW_EH_PE_sdata8: {
        int64_t x;
        memcpy(&x, *p, 8);
        *p += 8;
        v = (uintptr_t)x;
        break;
    }
    default: abort();
    }
    if (v && (enc & 0x70) == DW_EH_PE_pcrel) v += (uintptr_t)start;
    if (v && (enc & DW_EH_PE_indirect)) v = *(uintptr_t *)v;
    return v;
}

static size_t encoded_size(uint8_t enc)
{
    switch (enc & 0x07) {
    case DW_EH_PE_udata2: return 2;
    case DW_EH_PE_udata4: return 4;
    case DW_EH_PE_udata8: return 8;
    default: return sizeof(uintptr_t);
    }
}

typedef struct Lsda {
    uintptr_t lp_start;
    uint8_t ttype_enc, cs_enc;
    const uint8_t *ttype_base; /* type infos are indexed backwards from here */
    const uint8_t *cs, *cs_end, *actions;
} Lsda;

static void parse_lsda(const uint8_t *p, uintptr_t func_start, Lsda *l)
{
    uint8_t lp_enc = *p++;
    l->lp_start = lp_enc == DW_EH_PE_omit ? func_start : read_encoded(&p, lp_enc);
    l->ttype_enc = *p++;
    l->ttype_base = NULL;
    if (l->ttype_enc != DW_EH_PE_omit) {
        uintptr_t off = read_uleb(&p);
        l->ttype_base = p + off;
    }
    l->cs_enc = *p++;
    uintptr_t cs_len = read_uleb(&p);
    l->cs = p;
    l->cs_end = p + cs_len;
    l->actions = l->cs_end;
}

/* The frame pointer of the frame an unwind context describes: what the offsets a filter
 * funclet gets from llvm.localrecover are relative to. */
#if defined(__x86_64__)
#define DWARF_FRAME_POINTER 6 /* rbp */
#else
#error "rt_personality: the frame pointer's DWARF register number for this CPU"
#endif

/* The type info of the clause whose index in the type table is `filter`. */
static const void *clause_typeinfo(const Lsda *l, intptr_t filter)
{
    const uint8_t *p = l->ttype_base - (size_t)filter * encoded_size(l->ttype_enc);
    return (const void *)read_encoded(&p, l->ttype_enc);
}

static RtType *(*typeinfo_binder)(RtType **word);

void rt_set_typeinfo_binder(RtType *(*bind)(RtType **word))
{
    typeinfo_binder = bind;
}

/* Does the clause take w's object? A filter runs here, in the first pass, on the frame ctx
 * describes, and may read the trace so far; w is NULL for an exception that is not managed
 * (only a catch-all takes it). */
static bool clause_takes(const Lsda *l, intptr_t filter, RtUnwindException *w,
                         struct _Unwind_Context *ctx)
{
    const void *ti = clause_typeinfo(l, filter);
    if (!ti) return true;
    if (!w) return false;
    RtObject *obj = w->object;
    const RtFilterClause *f = ti;
    if (f->tag == RT_FILTER_TAG) {
        publish_trace(w);
        return f->run((void *)rt_unwinder()->get_gr(ctx, DWARF_FRAME_POINTER), obj) != 0;
    }
    RtType *t = __atomic_load_n((RtType *const *)ti, __ATOMIC_ACQUIRE);
    if (!t && typeinfo_binder) t = typeinfo_binder((RtType **)ti);
    return t && rt_is_subtype(obj->type, t);
}

/* One record of a call site's action chain (the landing pad's clauses, innermost first):
 * its type filter (> 0: a clause, 0: cleanup), and the next record, NULL at the end. */
static const uint8_t *next_action(const uint8_t *p, intptr_t *filter)
{
    *filter = read_sleb(&p);
    const uint8_t *at = p;
    intptr_t next = read_sleb(&p);
    return next ? at + next : NULL;
}

/* Phase 1: the selector of the first clause on the chain that takes w's object, 0 when
 * none does (action 0: a landing pad with nothing but cleanups). */
static intptr_t search(const Lsda *l, uintptr_t action, RtUnwindException *w,
                       struct _Unwind_Context *ctx)
{
    for (const uint8_t *p = action ? l->actions + action - 1 : NULL; p;) {
        intptr_t filter;
        p = next_action(p, &filter);
        if (filter > 0 && clause_takes(l, filter, w, ctx)) return filter;
    }
    return 0;
}

/* Phase 2 outside the handler frame: has the landing pad a cleanup (finally, fault) to run? */
static bool has_cleanup(const Lsda *l, uintptr_t action)
{
    if (!action) return true; /* a landing pad with nothing but cleanups */
    for (const uint8_t *p = l->actions + action - 1; p;) {
        intptr_t filter;
        p = next_action(p, &filter);
        if (filter == 0) return true;
    }
    return false;
}

/* The call-site record covering ip: its landing pad (0: none) and action. False when none. */
static bool find_call_site(const Lsda *l, uintptr_t func, uintptr_t ip, uintptr_t *lp,
                           uintptr_t *action)
{
    for (const uint8_t *p = l->cs; p < l->cs_end;) {
        uintptr_t start = read_encoded(&p, l->cs_enc), len = read_encoded(&p, l->cs_enc);
        *lp = read_encoded(&p, l->cs_enc);
        *action = read_uleb(&p);
        if (ip < func + start) return false; /* the table is sorted: no entry covers ip */
        if (ip < func + start + len) return true;
    }
    return false;
}

_Unwind_Reason_Code rt_personality(int version, _Unwind_Action actions, uint64_t exception_class,
                                   struct _Unwind_Exception *ue, struct _Unwind_Context *ctx)
{
    if (version != 1) return _URC_FATAL_PHASE1_ERROR;
    RtUnwindException *w = exception_class == ILC_EXCEPTION_CLASS ? (RtUnwindException *)ue : NULL;
    if (w && (actions & _UA_SEARCH_PHASE)) trace_frame(w, ctx);
    const RtUnwinder *u = rt_unwinder();
    const uint8_t *lsda = u->get_lsda(ctx);
    if (!lsda) return _URC_CONTINUE_UNWIND;
    int before = 0;
    uintptr_t ip = u->get_ip_info(ctx, &before);
    if (!before) ip--;
    uintptr_t func = u->get_region_start(ctx), lp, action;
    Lsda l;
    parse_lsda(lsda, func, &l);
    if (!find_call_site(&l, func, ip, &lp, &action) || !lp) return _URC_CONTINUE_UNWIND;
    intptr_t sel = 0;
    if (actions & _UA_SEARCH_PHASE) {
        sel = search(&l, action, w, ctx);
        if (!sel) return _URC_CONTINUE_UNWIND;
        if (w) {
            w->handler_selector = sel;
            publish_trace(w);
        }
        return _URC_HANDLER_FOUND;
    }
    if (actions & _UA_HANDLER_FRAME)
        sel = w ? w->handler_selector : search(&l, action, NULL, ctx);
    else if (!has_cleanup(&l, action))
        return _URC_CONTINUE_UNWIND;
    u->set_gr(ctx, __builtin_eh_return_data_regno(0), (uintptr_t)ue);
    u->set_gr(ctx, __builtin_eh_return_data_regno(1), (uintptr_t)sel);
    u->set_ip(ctx, l.lp_start + lp);
    return _URC_INSTALL_CONTEXT;
}
