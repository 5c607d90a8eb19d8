/*
 * aot.c — the whole program in one LLVM module, as NativeAOT's ILCompiler builds it.
 *
 *   Main, rt_types ─► worklist ─┬─ methods: cil_import under the AOT policy ──┐
 *                               ├─ types:   RtType as data (vtable, interfaces, statics)
 *                               ├─ strings: literal String objects as data    │
 *                               └─ generic virtual methods: resolvers ◄───────┘
 *                    (each answer may name new methods and types: repeat until nothing new)
 *
 * Reachability is the worklist itself. The importer, under a policy with CilSymbols, asks
 * for every type, static field block, string and callee by symbol; the first request
 * queues it. A type descriptor, once emitted, names its parent, element and interface
 * types and every method in its vtable, so virtual methods are compiled for the types
 * code can name (a type named only in a cast has no instances, so its vtable entries go to
 * a trap instead: rapid type analysis, with "constructed" meaning newobj, box, newarr,
 * or made by the runtime itself). A generic virtual call has no slot; its resolver
 * compares the receiver's type with every constructed type that overrides it, and is
 * rebuilt whenever new types appear.
 *
 * Descriptors are built by the frontend's own cil_type_handle in this process and then
 * written out field by field, so the JIT and AOT share one definition of their contents;
 * pointers between descriptors become symbol references. Methods are internal functions
 * called directly, so LLVM's inliner sees across the whole program.
 */
#include "internal.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PUSH(arr, n, cap, v)                                                                       \
    do {                                                                                           \
        if ((n) == (cap)) {                                                                        \
            (cap) = (cap) ? 2 * (cap) : 64;                                                        \
            (arr) = realloc((arr), (cap) * sizeof *(arr));                                         \
            if (!(arr)) abort();                                                                   \
        }                                                                                          \
        (arr)[(n)++] = (v);                                                                        \
    } while (0)

static LLVMValueRef sym_constructed(void *ctx, LLVMModuleRef mod, CilType *t);

static void report(Aot *aot, const char *msg)
{
    fprintf(aot->opts.errors ? aot->opts.errors : stderr, "error: %s\n", msg);
    aot->n_errors++;
}

static void warn(Aot *aot, const char *msg)
{
    fprintf(aot->opts.errors ? aot->opts.errors : stderr, "warning: %s\n", msg);
}

/* `old` (a declaration, or a body being rebuilt) gives way to `fresh` under its name. */
static void replace_global(LLVMValueRef old, LLVMValueRef fresh, bool is_function)
{
    size_t len;
    const char *name = LLVMGetValueName2(old, &len);
    char *copy = strndup(name, len);
    LLVMReplaceAllUsesWith(old, fresh);
    if (is_function)
        LLVMDeleteFunction(old);
    else
        LLVMDeleteGlobal(old);
    LLVMSetValueName2(fresh, copy, len);
    free(copy);
}

static LLVMValueRef c_string(Aot *aot, const char *s)
{
    if (!s) return LLVMConstNull(aot->t_ptr);
    LLVMValueRef init = LLVMConstStringInContext(aot->ctx, s, (unsigned)strlen(s), 0);
    LLVMValueRef g = LLVMAddGlobal(aot->mod, LLVMTypeOf(init), "str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    return g;
}

/* ---- methods ---- */

static AotMethod *method_record(Aot *aot, CilMethod *m, bool unboxing)
{
    AotMethod *am = m->backend[unboxing];
    if (!am) {
        am = calloc(1, sizeof *am);
        am->m = m;
        am->unboxing = unboxing;
        m->backend[unboxing] = am;
        PUSH(aot->records, aot->n_records, aot->cap_records, am);
    }
    return am;
}

static LLVMValueRef icall_decl(Aot *aot, CilMethod *m)
{
    LLVMValueRef f = LLVMGetNamedFunction(aot->mod, m->icall->symbol);
    return f ? f : LLVMAddFunction(aot->mod, m->icall->symbol, cil_llvm_fn_type(aot->ctx, m));
}

static LLVMValueRef declare_rt(Aot *aot, const char *name, LLVMTypeRef ft);

/* A body for fn that only calls the runtime function `trap`, which does not return, with
 * the C strings args[0..n). */
static void stub_body(Aot *aot, LLVMValueRef fn, const char *trap, const char *const *args,
                      unsigned n)
{
    LLVMTypeRef ps[2] = {aot->t_ptr, aot->t_ptr};
    LLVMValueRef vals[2];
    assert(n <= 2);
    for (unsigned i = 0; i < n; i++)
        vals[i] = c_string(aot, args[i]);
    LLVMValueRef f =
        declare_rt(aot, trap, LLVMFunctionType(LLVMVoidTypeInContext(aot->ctx), ps, n, 0));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(aot->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(aot->ctx, fn, "entry"));
    LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, vals, n, "");
    LLVMBuildUnreachable(b);
    LLVMDisposeBuilder(b);
    LLVMSetLinkage(fn, LLVMInternalLinkage);
}

static LLVMValueRef sym_method(void *ctx, LLVMModuleRef mod, CilMethod *m, bool unboxing)
{
    Aot *aot = ctx;
    CilDiag d = {0};
    if (!cil_method_resolve_sig(m, &d)) {
        report(aot, d.msg);
        return LLVMConstNull(aot->t_ptr);
    }
    if ((m->impl_flags & MIF_INTERNALCALL) && m->icall) return icall_decl(aot, m);
    AotMethod *am = method_record(aot, m, unboxing);
    if (!am->fn) {
        char name[2200];
        snprintf(name, sizeof name, "%s%s", cil_method_name(m), unboxing ? " [unbox]" : "");
        am->fn = LLVMAddFunction(mod, name, cil_llvm_fn_type(aot->ctx, m));
    }
    if (!am->queued && (m->flags & MDF_ABSTRACT)) {
        /* No code, but a delegate made by ldvirtftn names it: its address is the delegate's
         * identity (for equality), and the function traps if it is ever called. */
        am->queued = true;
        stub_body(aot, am->fn, "rt_aot_unreachable", NULL, 0);
    }
    if (!am->queued) {
        am->queued = true;
        PUSH(aot->methods, aot->n_methods, aot->cap_methods, am);
    }
    return am->fn;
}

/* What a method the importer stopped in refers to that cannot be compiled. */
typedef struct RefScan {
    Aot *aot;
    const CilDiag *first; /* where the importer stopped: what the method will throw */
    uint32_t errors, missing;
    CilMethod **callees; /* compiled had the method been compilable */
    uint32_t n_callees, cap_callees;
} RefScan;

/* "…: method void System.Console::Beep() not found in ilc's corlib; P::Rare() throws
 * System.MissingMethodException when called" (when that is what its code will do). */
static void warn_missing(Aot *aot, CilMethod *m, const char *located, const CilDiag *first)
{
    char msg[2000];
    if (first->kind == CIL_DIAG_ERROR)
        snprintf(msg, sizeof msg, "%s", located);
    else
        snprintf(msg, sizeof msg, "%s; %s throws %s when called", located, cil_method_name(m),
                 cil_diag_exception(first));
    warn(aot, msg);
}

static void on_reference(void *ctx, CilMethod *in, uint32_t il_offset, CilMethod *callee,
                         const CilDiag *problem)
{
    RefScan *rs = ctx;
    if (callee) {
        /* ... unless it has no body of its own to compile: a virtual call to an abstract
         * method reaches overrides, and delegate constructors and Invoke are expanded. */
        if ((callee->flags & MDF_ABSTRACT) || (callee->impl_flags & MIF_RUNTIME) == MIF_RUNTIME)
            return;
        PUSH(rs->callees, rs->n_callees, rs->cap_callees, callee);
        return;
    }
    char msg[1400];
    snprintf(msg, sizeof msg, "%s: %s IL_%04x: %s", in->owner->image->path, cil_method_name(in),
             il_offset, problem->msg);
    if (problem->kind == CIL_DIAG_ERROR) {
        report(rs->aot, msg);
        rs->errors++;
    } else {
        warn_missing(rs->aot, in, msg, rs->first);
        rs->missing++;
    }
}

/* A method the importer stopped in (d says where). A member ilc's corlib lacks is no fault
 * of the program's: .NET would run it until it calls this method, then throw into the
 * caller, and so does the JIT (jit/engine.c); so the AOT code does the same: a warning
 * for each such member, and a body that throws what the JIT would. Anything else is an
 * error: list every reference the method cannot compile, not only the first, and go on
 * into the methods it calls to find theirs. */
static void import_failed(Aot *aot, AotMethod *am, const CilDiag *d)
{
    RefScan rs = {aot, d, 0, 0, NULL, 0, 0};
    CilDiag scan = {0};
    cil_method_references(am->m, on_reference, &rs, &scan);
    if (d->kind == CIL_DIAG_ERROR || rs.errors) {
        if (!rs.errors) report(aot, d->msg);
        for (uint32_t i = 0; i < rs.n_callees; i++) {
            CilMethod *callee = rs.callees[i];
            sym_method(aot, aot->mod, callee, false);
            if (!strcmp(callee->name, ".ctor")) /* perhaps a newobj: its vtable may be reached */
                sym_constructed(aot, aot->mod, callee->owner);
        }
    } else {
        if (!rs.missing) warn_missing(aot, am->m, d->msg, d); /* not in the IL's tokens */
        const char *args[2] = {cil_diag_exception(d), d->exception_msg};
        stub_body(aot, am->fn, "rt_throw_named", args, 2);
    }
    free(rs.callees);
}

static void compile_method(Aot *aot, AotMethod *am)
{
    CilDiag d = {0};
    if (!cil_type_handle(am->m->owner, &d)) {
        if (d.kind == CIL_DIAG_ERROR)
            report(aot, d.msg);
        else
            import_failed(aot, am, &d);
        return;
    }
    if (cil_generic_nesting(am->m) > CIL_MAX_GENERIC_NESTING) { /* a generic cycle */
        stub_body(aot, am->fn, "rt_aot_generic_cycle", NULL, 0);
        return;
    }
    LLVMValueRef fn = cil_import(am->m, &aot->policy, aot->mod, "aot.new", am->unboxing, &d);
    if (!fn) {
        import_failed(aot, am, &d);
        return;
    }
    replace_global(am->fn, fn, true);
    am->fn = fn;
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    aot->stats.methods++;
}

/* ---- types ---- */

static AotType *type_record(Aot *aot, CilType *t)
{
    AotType *at = t->backend;
    if (!at) {
        at = calloc(1, sizeof *at);
        at->t = t;
        t->backend = at;
        PUSH(aot->type_records, aot->n_type_records, aot->cap_type_records, at);
    }
    if (!at->queued) {
        at->queued = true;
        PUSH(aot->types, aot->n_types, aot->cap_types, at);
    }
    return at;
}

static LLVMValueRef sym_type(void *ctx, LLVMModuleRef mod, CilType *t)
{
    Aot *aot = ctx;
    AotType *at = type_record(aot, t);
    if (!at->g) {
        char name[1100];
        snprintf(name, sizeof name, "type:%s", t->full_name);
        at->g = LLVMAddGlobal(mod, aot->t_i8, name);
    }
    return at->g;
}

static LLVMValueRef rt_ref(Aot *aot, const RtType *rt)
{
    return rt ? sym_type(aot, aot->mod, rt->loader_data) : LLVMConstNull(aot->t_ptr);
}

static LLVMValueRef sym_statics(void *ctx, LLVMModuleRef mod, CilType *t)
{
    Aot *aot = ctx;
    AotType *at = type_record(aot, t);
    if (!at->statics) {
        LLVMTypeRef ty = LLVMArrayType2(aot->t_i8, t->statics_size ? t->statics_size : 1);
        char name[1100];
        snprintf(name, sizeof name, "statics:%s", t->full_name);
        at->statics = LLVMAddGlobal(mod, ty, name);
        LLVMSetInitializer(at->statics, LLVMConstNull(ty));
        LLVMSetLinkage(at->statics, LLVMInternalLinkage);
        LLVMSetAlignment(at->statics, 16);
    }
    return at->statics;
}

/* A type whose instances exist at run time: its vtable must hold real code. */
static void mark_constructed(Aot *aot, CilType *t)
{
    AotType *at = type_record(aot, t);
    if (at->constructed) return;
    at->constructed = true;
    if (at->defined) /* emitted with traps in its vtable: emit it again */
        PUSH(aot->types, aot->n_types, aot->cap_types, at);
}

static LLVMValueRef const_i32(Aot *aot, uint32_t v)
{
    return LLVMConstInt(aot->t_i32, v, 0);
}

static LLVMValueRef private_constant(Aot *aot, LLVMValueRef init, const char *name)
{
    LLVMValueRef g = LLVMAddGlobal(aot->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

static LLVMValueRef interfaces_data(Aot *aot, const RtType *rt)
{
    if (!rt->n_interfaces) return LLVMConstNull(aot->t_ptr);
    LLVMTypeRef et_fields[2] = {aot->t_ptr, aot->t_i32};
    LLVMTypeRef et = LLVMStructTypeInContext(aot->ctx, et_fields, 2, 0);
    LLVMValueRef *es = malloc(rt->n_interfaces * sizeof *es);
    for (uint32_t i = 0; i < rt->n_interfaces; i++) {
        LLVMValueRef f[2] = {rt_ref(aot, rt->interfaces[i].iface),
                             const_i32(aot, rt->interfaces[i].vtable_offset)};
        es[i] = LLVMConstStructInContext(aot->ctx, f, 2, 0);
    }
    LLVMValueRef init = LLVMConstArray2(et, es, rt->n_interfaces);
    free(es);
    return private_constant(aot, init, "interfaces");
}

static LLVMValueRef enum_data(Aot *aot, const RtEnumInfo *e)
{
    if (!e) return LLVMConstNull(aot->t_ptr);
    LLVMValueRef *names = malloc((e->n + 1) * sizeof *names);
    LLVMValueRef *values = malloc((e->n + 1) * sizeof *values);
    for (uint32_t i = 0; i < e->n; i++) {
        names[i] = c_string(aot, e->names[i]);
        values[i] = LLVMConstInt(aot->t_i64, e->values[i], 0);
    }
    LLVMValueRef arrays[2] = {LLVMConstArray2(aot->t_ptr, names, e->n),
                              LLVMConstArray2(aot->t_i64, values, e->n)};
    free(names);
    free(values);
    LLVMValueRef gs[2] = {private_constant(aot, arrays[0], "enum"),
                          private_constant(aot, arrays[1], "enum")};
    LLVMValueRef f[4] = {const_i32(aot, e->n),
                         LLVMConstInt(LLVMInt8TypeInContext(aot->ctx), e->flags, 0), gs[0], gs[1]};
    return private_constant(aot, LLVMConstStructInContext(aot->ctx, f, 4, 0), "enum_info");
}

static LLVMValueRef declare_rt(Aot *aot, const char *name, LLVMTypeRef ft);

static LLVMValueRef runtime_trap(Aot *aot, const char *name)
{
    return declare_rt(aot, name, LLVMFunctionType(LLVMVoidTypeInContext(aot->ctx), NULL, 0, 0));
}

static LLVMValueRef vtable_entry(Aot *aot, AotType *at, CilMethod *m)
{
    if (m->flags & MDF_ABSTRACT) return LLVMConstNull(aot->t_ptr);
    /* a generic virtual method's slot is never called: its calls go through a resolver (a
     * signature that does not resolve is reported by sym_method) */
    CilDiag d = {0};
    if (cil_method_resolve_sig(m, &d) && m->sig.n_generic && !m->method_args)
        return runtime_trap(aot, "rt_aot_unreachable");
    /* no instance can reach it: a loud trap, never a silent NULL */
    if (!at->constructed) return runtime_trap(aot, "rt_aot_unreachable");
    return sym_method(aot, aot->mod, m, cil_vtable_entry_unboxes(at->t, m));
}

static LLVMValueRef variance_data(Aot *aot, const RtVariance *v)
{
    if (!v) return LLVMConstNull(aot->t_ptr);
    LLVMTypeRef i8 = LLVMInt8TypeInContext(aot->ctx);
    LLVMValueRef *kinds = malloc(v->n * sizeof *kinds), *args = malloc(v->n * sizeof *args);
    for (uint32_t i = 0; i < v->n; i++) {
        kinds[i] = LLVMConstInt(i8, v->kinds[i], 0);
        args[i] = rt_ref(aot, v->args[i]);
    }
    LLVMValueRef f[4] = {
        c_string(aot, v->def), const_i32(aot, v->n),
        private_constant(aot, LLVMConstArray2(i8, kinds, v->n), "variance"),
        private_constant(aot, LLVMConstArray2(aot->t_ptr, args, v->n), "variance")};
    free(kinds);
    free(args);
    return private_constant(aot, LLVMConstStructInContext(aot->ctx, f, 4, 0), "variance");
}

static LLVMValueRef generic_data(Aot *aot, const RtGeneric *g)
{
    if (!g) return LLVMConstNull(aot->t_ptr);
    LLVMValueRef args = LLVMConstNull(aot->t_ptr);
    if (g->args) {
        LLVMValueRef *all = malloc((g->n + 1) * sizeof *all);
        for (uint32_t i = 0; i < g->n; i++)
            all[i] = rt_ref(aot, g->args[i]);
        args = private_constant(aot, LLVMConstArray2(aot->t_ptr, all, g->n), "generic");
        free(all);
    }
    LLVMValueRef f[3] = {rt_ref(aot, g->def), const_i32(aot, g->n), args};
    return private_constant(aot, LLVMConstStructInContext(aot->ctx, f, 3, 0), "generic");
}

/* RtType's fields as LLVM sees them (natural alignment gives C's layout; checked below). */
enum { RTT_VTABLE = 23 };

static LLVMTypeRef rttype_struct(Aot *aot, uint32_t n_vtable)
{
    static const char kinds[RTT_VTABLE + 1] = "pppppiipiiippipppppippi"; /* ptr or i32 */
    LLVMTypeRef fields[RTT_VTABLE + 1];
    for (unsigned f = 0; f < RTT_VTABLE; f++)
        fields[f] = kinds[f] == 'p' ? aot->t_ptr : aot->t_i32;
    fields[RTT_VTABLE] = LLVMArrayType2(aot->t_ptr, n_vtable);
    return LLVMStructTypeInContext(aot->ctx, fields, RTT_VTABLE + 1, 0);
}

static void check_rttype_layout(Aot *aot)
{
    static const size_t offsets[RTT_VTABLE + 1] = {offsetof(RtType, parent),
                                                   offsetof(RtType, name),
                                                   offsetof(RtType, ns),
                                                   offsetof(RtType, full_name),
                                                   offsetof(RtType, display_name),
                                                   offsetof(RtType, flags),
                                                   offsetof(RtType, instance_size),
                                                   offsetof(RtType, elem),
                                                   offsetof(RtType, elem_size),
                                                   offsetof(RtType, depth),
                                                   offsetof(RtType, n_interfaces),
                                                   offsetof(RtType, interfaces),
                                                   offsetof(RtType, statics),
                                                   offsetof(RtType, init_state),
                                                   offsetof(RtType, run_cctor),
                                                   offsetof(RtType, loader_data),
                                                   offsetof(RtType, init_error),
                                                   offsetof(RtType, enum_info),
                                                   offsetof(RtType, array_of),
                                                   offsetof(RtType, rank),
                                                   offsetof(RtType, variance),
                                                   offsetof(RtType, generic),
                                                   offsetof(RtType, n_vtable),
                                                   offsetof(RtType, vtable)};
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(aot->tm);
    LLVMTypeRef st = rttype_struct(aot, 0);
    for (unsigned i = 0; i <= RTT_VTABLE; i++)
        if (LLVMOffsetOfElement(td, st, i) != offsets[i]) {
            fprintf(stderr, "%s:%d: RtType field %u at %llu in LLVM, %zu in C\n", __FILE__,
                    __LINE__, i, LLVMOffsetOfElement(td, st, i), offsets[i]);
            abort();
        }
    LLVMDisposeTargetData(td);
}

static void define_type(Aot *aot, AotType *at)
{
    CilType *t = at->t;
    CilDiag d = {0};
    const RtType *rt = cil_type_handle(t, &d);
    if (!rt) {
        report(aot, d.msg);
        return;
    }
    uint32_t n = rt->n_vtable;
    LLVMValueRef *vt = malloc((n + 1) * sizeof *vt);
    for (uint32_t i = 0; i < n; i++)
        vt[i] = vtable_entry(aot, at, t->vtable[i]);
    /* a generic definition or parameter only names a type: nothing of it runs */
    CilMethod *cctor = t->n_generic_params || t->reflect_param ? NULL : cil_type_cctor(t);
    LLVMValueRef v[RTT_VTABLE + 1] = {
        rt_ref(aot, rt->parent),
        c_string(aot, rt->name),
        c_string(aot, rt->ns),
        c_string(aot, rt->full_name),
        c_string(aot, rt->display_name),
        const_i32(aot, rt->flags),
        const_i32(aot, rt->instance_size),
        rt_ref(aot, rt->elem),
        const_i32(aot, rt->elem_size),
        const_i32(aot, rt->depth),
        const_i32(aot, rt->n_interfaces),
        interfaces_data(aot, rt),
        rt->statics ? sym_statics(aot, aot->mod, t) : LLVMConstNull(aot->t_ptr),
        const_i32(aot, cctor ? RT_INIT_NONE : RT_INIT_DONE),
        cctor ? sym_method(aot, aot->mod, cctor, false) : LLVMConstNull(aot->t_ptr),
        LLVMConstNull(aot->t_ptr), /* loader_data: no loader at run time */
        LLVMConstNull(aot->t_ptr), /* init_error */
        enum_data(aot, rt->enum_info),
        LLVMConstNull(aot->t_ptr), /* array_of: a cache */
        const_i32(aot, rt->rank),
        variance_data(aot, rt->variance),
        generic_data(aot, rt->generic),
        const_i32(aot, n),
        LLVMConstArray2(aot->t_ptr, vt, n)};
    free(vt);
    LLVMValueRef init = LLVMConstStructInContext(aot->ctx, v, RTT_VTABLE + 1, 0);
    LLVMValueRef g = LLVMAddGlobal(aot->mod, LLVMTypeOf(init), "type.new");
    LLVMSetInitializer(g, init);
    LLVMSetLinkage(g, LLVMInternalLinkage);
    LLVMSetAlignment(g, 16);
    sym_type(aot, aot->mod, t);
    replace_global(at->g, g, false);
    at->g = g;
    if (!at->defined) aot->stats.types++;
    at->defined = true;
}

/* ---- string literals: String objects as constant data ---- */

static uint32_t hash_chars(const uint16_t *c, uint32_t n)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ c[i]) * 16777619u;
    return h;
}

static LLVMValueRef sym_string(void *ctx, LLVMModuleRef mod, const uint16_t *chars, uint32_t len)
{
    Aot *aot = ctx;
    if (2 * (aot->n_strings + 1) > aot->cap_strings) { /* grow and rehash */
        uint32_t cap = aot->cap_strings ? 2 * aot->cap_strings : 256;
        AotString *fresh = calloc(cap, sizeof *fresh);
        for (uint32_t i = 0; i < aot->cap_strings; i++) {
            AotString *s = &aot->strings[i];
            if (!s->g) continue;
            uint32_t j = hash_chars(s->chars, s->len) & (cap - 1);
            while (fresh[j].g)
                j = (j + 1) & (cap - 1);
            fresh[j] = *s;
        }
        free(aot->strings);
        aot->strings = fresh;
        aot->cap_strings = cap;
    }
    uint32_t j = hash_chars(chars, len) & (aot->cap_strings - 1);
    for (; aot->strings[j].g; j = (j + 1) & (aot->cap_strings - 1)) {
        AotString *s = &aot->strings[j];
        if (s->len == len && !memcmp(s->chars, chars, len * sizeof *chars)) return s->g;
    }
    LLVMTypeRef t_i16 = LLVMInt16TypeInContext(aot->ctx);
    LLVMValueRef *cs = malloc((len + 1) * sizeof *cs);
    for (uint32_t i = 0; i < len; i++)
        cs[i] = LLVMConstInt(t_i16, chars[i], 0);
    LLVMValueRef f[3] = {sym_type(aot, mod, cil_corlib_type(aot->policy.ctx, "System", "String")),
                         const_i32(aot, len), LLVMConstArray2(t_i16, cs, len)};
    free(cs);
    LLVMValueRef init = LLVMConstStructInContext(aot->ctx, f, 3, 0);
    LLVMValueRef g = LLVMAddGlobal(mod, LLVMTypeOf(init), "string");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    aot->strings[j] = (AotString){chars, len, g};
    aot->n_strings++;
    aot->stats.strings++;
    return g;
}

/* ---- generic virtual methods ---- */

static LLVMValueRef sym_gvm_resolver(void *ctx, LLVMModuleRef mod, CilMethod *m)
{
    Aot *aot = ctx;
    for (uint32_t i = 0; i < aot->n_gvms; i++)
        if (aot->gvms[i].m == m) return aot->gvms[i].fn;
    LLVMTypeRef ps[2] = {aot->t_ptr, aot->t_ptr};
    char name[2200];
    snprintf(name, sizeof name, "gvm:%s", cil_method_name(m));
    AotGvm g = {m, LLVMAddFunction(mod, name, LLVMFunctionType(aot->t_ptr, ps, 2, 0)), 0};
    PUSH(aot->gvms, aot->n_gvms, aot->cap_gvms, g);
    aot->stats.gvm_sites++;
    return g.fn;
}

static LLVMValueRef declare_rt(Aot *aot, const char *name, LLVMTypeRef ft)
{
    LLVMValueRef f = LLVMGetNamedFunction(aot->mod, name);
    return f ? f : LLVMAddFunction(aot->mod, name, ft);
}

/* resolver(_, obj): obj->type == T1 ? code1 : obj->type == T2 ? code2 : … */
static void build_gvm_resolver(Aot *aot, AotGvm *g)
{
    LLVMTypeRef ps[2] = {aot->t_ptr, aot->t_ptr}, t_void = LLVMVoidTypeInContext(aot->ctx);
    LLVMValueRef fn = LLVMAddFunction(aot->mod, "gvm.new", LLVMFunctionType(aot->t_ptr, ps, 2, 0));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(aot->ctx);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(aot->ctx, fn, "entry");
    LLVMBasicBlockRef null_bb = LLVMAppendBasicBlockInContext(aot->ctx, fn, "null");
    LLVMBasicBlockRef test = LLVMAppendBasicBlockInContext(aot->ctx, fn, "test");
    LLVMPositionBuilderAtEnd(b, entry);
    LLVMValueRef obj = LLVMGetParam(fn, 1);
    LLVMBuildCondBr(b, LLVMBuildIsNull(b, obj, ""), null_bb, test);
    LLVMPositionBuilderAtEnd(b, null_bb);
    LLVMTypeRef ft0 = LLVMFunctionType(t_void, NULL, 0, 0);
    LLVMBuildCall2(b, ft0, declare_rt(aot, "rt_throw_null_reference", ft0), NULL, 0, "");
    LLVMBuildUnreachable(b);
    LLVMPositionBuilderAtEnd(b, test);
    LLVMValueRef type = LLVMBuildLoad2(b, aot->t_ptr, obj, "type");
    uint32_t n_types = aot->n_types; /* the loop may add types: they wait for the next build */
    CilType *owner = g->m->owner;
    uint32_t stamp = ++aot->stamp;
    for (uint32_t i = 0; i < n_types; i++) {
        CilType *t = aot->types[i]->t;
        CilDiag d = {0};
        if (aot->types[i]->stamp == stamp) continue; /* listed twice: emitted again */
        aot->types[i]->stamp = stamp;
        if (!aot->types[i]->constructed || t->kind == TK_INTERFACE || t->n_generic_params ||
            !t->rt || !owner->rt || !rt_is_subtype(t->rt, owner->rt))
            continue;
        CilMethod *target = cil_resolve_gvm(t, g->m, &d);
        if (!target) continue;
        LLVMValueRef code = sym_method(aot, aot->mod, target, cil_vtable_entry_unboxes(t, target));
        LLVMBasicBlockRef hit = LLVMAppendBasicBlockInContext(aot->ctx, fn, "hit");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(aot->ctx, fn, "next");
        LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, type, sym_type(aot, aot->mod, t), ""), hit,
                        next);
        LLVMPositionBuilderAtEnd(b, hit);
        LLVMBuildRet(b, code);
        LLVMPositionBuilderAtEnd(b, next);
    }
    LLVMBuildCall2(b, ft0, declare_rt(aot, "rt_aot_unreachable", ft0), NULL, 0, "");
    LLVMBuildUnreachable(b);
    LLVMDisposeBuilder(b);
    replace_global(g->fn, fn, true);
    g->fn = fn;
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    g->built_at = n_types;
}

/* ---- devirtualization: a call site whose every possible receiver has one target ---- */

typedef struct AotSite {
    LLVMValueRef load; /* the vtable load the importer made */
    CilMethod *m;
} AotSite;

/* A call of MemberInfo.GetCustomAttributes or IsDefined: the program asks for the custom
 * attributes of some type or method. Every program that makes a Type reaches RuntimeType's
 * overrides (its vtable), so the call sites, not the overrides, say who asks. */
static bool asks_attributes(const CilMethod *m)
{
    const char *owner = m->owner->full_name;
    return (!strcmp(m->name, "GetCustomAttributes") || !strcmp(m->name, "IsDefined")) &&
           (!strcmp(owner, "System.Reflection.MemberInfo") || !strcmp(owner, "System.Type") ||
            !strcmp(owner, "System.Reflection.TypeInfo"));
}

static void sym_virtual_call(void *ctx, LLVMValueRef load, CilMethod *m)
{
    Aot *aot = ctx;
    if (asks_attributes(m)) aot->asks_attributes = true;
    PUSH(aot->sites, aot->n_sites, aot->cap_sites, ((AotSite){load, m}));
    aot->stats.virtual_sites++;
}

/* What a receiver of type t runs for m; NULL when t cannot be a receiver. */
static CilMethod *target_in(CilType *t, CilMethod *m)
{
    CilType *owner = m->owner;
    if (!t->rt || !owner->rt || !rt_is_subtype(t->rt, owner->rt) || t->kind == TK_INTERFACE ||
        t->n_generic_params || t->reflect_param) /* a name for reflection: no instances */
        return NULL;
    return cil_dispatch_target(t, m);
}

/* Once every constructed type is known (rapid type analysis), a site where they all run
 * the same code calls it directly, which LLVM may then inline. */
static void devirtualize(Aot *aot)
{
    for (uint32_t s = 0; s < aot->n_sites; s++) {
        AotSite *site = &aot->sites[s];
        CilMethod *only = NULL;
        bool only_unboxes = false, several = false;
        for (uint32_t i = 0; i < aot->n_type_records && !several; i++) {
            AotType *at = aot->type_records[i];
            CilMethod *impl = at->constructed ? target_in(at->t, site->m) : NULL;
            if (!impl) continue;
            bool unboxes = cil_vtable_entry_unboxes(at->t, impl);
            several =
                (only && (impl != only || unboxes != only_unboxes)) || (impl->flags & MDF_ABSTRACT);
            only = impl;
            only_unboxes = unboxes;
        }
        if (!only || several) continue;
        LLVMValueRef fn = sym_method(aot, aot->mod, only, only_unboxes);
        LLVMReplaceAllUsesWith(site->load, fn);
        LLVMInstructionEraseFromParent(site->load);
        aot->stats.devirtualized++;
    }
}

/* ---- the program's entry: what start.c reads ---- */

static void export_global(Aot *aot, const char *name, LLVMValueRef init)
{
    LLVMValueRef g = LLVMAddGlobal(aot->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
}

/* rt_types as the compiler's loader filled it: descriptors become symbols, and the
 * corlib constructor the runtime calls is a method record (aot_hooks). */
static void export_well_known(Aot *aot, CilLoader *l)
{
    cil_fill_runtime_types(l, NULL); /* an executable has them all from the start */
    void **words = (void **)&rt_types;
    size_t n = sizeof rt_types / sizeof(void *);
    /* descriptors come first, then the constructor; the loader's hooks after it stay NULL */
    size_t ctor = offsetof(RtWellKnown, type_init_ctor) / sizeof(void *);
    LLVMValueRef *vals = malloc(n * sizeof *vals);
    for (size_t i = 0; i < n; i++) {
        if (i == ctor && words[i]) {
            AotMethod *am = words[i];
            vals[i] = sym_method(aot, aot->mod, am->m, am->unboxing);
        } else if (i < ctor && words[i]) {
            RtType *rt = words[i];
            vals[i] = rt_ref(aot, rt);
            mark_constructed(aot, rt->loader_data);
        } else {
            vals[i] = LLVMConstNull(aot->t_ptr);
        }
    }
    export_global(aot, "ilc_aot_well_known", LLVMConstArray2(aot->t_ptr, vals, n));
    free(vals);
}

/* Every string literal the code uses, for the runtime's intern table: string.Intern must
 * return the literal itself, as it does when the JIT interns literals as it runs. */
static void export_strings(Aot *aot)
{
    LLVMValueRef *all = malloc((aot->n_strings + 1) * sizeof *all);
    uint32_t n = 0;
    for (uint32_t i = 0; i < aot->cap_strings; i++)
        if (aot->strings[i].g) all[n++] = aot->strings[i].g;
    export_global(aot, "ilc_aot_strings", LLVMConstArray2(aot->t_ptr, all, n));
    export_global(aot, "ilc_aot_n_strings", const_i32(aot, n));
    free(all);
}

/* Every array type with instances, for the array types reflection asks for at run time
 * (start.c: Array.CreateInstance, Enum.GetValues): an executable can make no others. */
static void export_array_types(Aot *aot)
{
    LLVMValueRef *all = malloc((aot->n_type_records + 1) * sizeof *all);
    uint32_t n = 0;
    for (uint32_t i = 0; i < aot->n_type_records; i++) {
        AotType *at = aot->type_records[i];
        if (at->t->kind == TK_ARRAY && at->constructed && at->defined) all[n++] = at->g;
    }
    export_global(aot, "ilc_aot_array_types", LLVMConstArray2(aot->t_ptr, all, n));
    export_global(aot, "ilc_aot_n_array_types", const_i32(aot, n));
    free(all);
}

/* Every generic instance emitted, when the code can make generic types at run time
 * (start.c: Type.MakeGenericType finds its answer among them). */
static void export_generic_types(Aot *aot)
{
    bool wanted = LLVMGetNamedFunction(aot->mod, "rt_reflect_make_generic_type") != NULL;
    LLVMValueRef *all = malloc((aot->n_type_records + 1) * sizeof *all);
    uint32_t n = 0;
    for (uint32_t i = 0; wanted && i < aot->n_type_records; i++) {
        AotType *at = aot->type_records[i];
        if (at->t->generic_def && at->defined && at->t->rt && at->t->rt->generic) all[n++] = at->g;
    }
    export_global(aot, "ilc_aot_generic_types", LLVMConstArray2(aot->t_ptr, all, n));
    export_global(aot, "ilc_aot_n_generic_types", const_i32(aot, n));
    free(all);
}

static void export_main(Aot *aot, CilMethod *main)
{
    export_global(aot, "ilc_aot_main", sym_method(aot, aot->mod, main, false));
    uint32_t flags = (main->ret ? 1 : 0) | (main->sig.n_params == 1 ? 2 : 0);
    export_global(aot, "ilc_aot_main_flags", const_i32(aot, flags));
    bool precise = cil_type_cctor(main->owner) && !(main->owner->flags & TDF_BEFOREFIELDINIT);
    export_global(aot, "ilc_aot_main_owner",
                  precise ? sym_type(aot, aot->mod, main->owner) : LLVMConstNull(aot->t_ptr));
}

/* ---- types by name (Type.GetType) ----
 * Code that looks types up by name can name any type, so the program's own types are all
 * emitted (roots_names); the table lists every type the executable has under its name —
 * those and the corlib types the code names — the program's first (start.c: scopes). A
 * generic instance or array is found from its definition or element, as MakeGenericType
 * and MakeArrayType find them. */

static bool looks_up_names(Aot *aot)
{
    return LLVMGetNamedFunction(aot->mod, "rt_reflect_type_by_name") != NULL;
}

static void root_names(Aot *aot)
{
    aot->names_rooted = true;
    CilLoader *l = aot->policy.ctx;
    for (uint32_t r = 1; r <= aot->program->rows[CIL_TBL_TYPEDEF]; r++) {
        CilDiag d = {0};
        CilType *t = cil_type_from_typedef(l, aot->program, r, &d);
        if (t && cil_type_handle(t, &d)) sym_type(aot, aot->mod, t);
    }
}

/* A type Type.GetType can name directly: not an instance, array or parameter. */
static bool is_named_type(const AotType *at)
{
    const CilType *t = at->t;
    return at->defined && !t->generic_def && !t->reflect_param &&
           (t->kind == TK_CLASS || t->kind == TK_VALUETYPE || t->kind == TK_INTERFACE);
}

static void export_named_types(Aot *aot)
{
    LLVMValueRef *all = malloc((aot->n_type_records + 1) * sizeof *all);
    uint32_t n = 0, n_program = 0;
    for (int program = 1; program >= 0 && looks_up_names(aot); program--)
        for (uint32_t i = 0; i < aot->n_type_records; i++) {
            AotType *at = aot->type_records[i];
            if (!is_named_type(at) || (at->t->image == aot->program) != program) continue;
            all[n++] = at->g;
            n_program += program;
        }
    export_global(aot, "ilc_aot_named_types", LLVMConstArray2(aot->t_ptr, all, n));
    export_global(aot, "ilc_aot_n_named_types", const_i32(aot, n));
    export_global(aot, "ilc_aot_n_program_types", const_i32(aot, n_program));
    char name[600] = "";
    CilLoader *l = aot->policy.ctx;
    cil_program_assembly(l, name, sizeof name);
    export_global(aot, "ilc_aot_program_assembly", c_string(aot, name));
    free(all);
}

/* ---- reflection over methods (Type.GetMethods, MethodInfo.Invoke) ----
 * A program that can list methods keeps, for each of its own types and their base types,
 * the methods reflection describes, each with an invoker; start.c gives the runtime these
 * tables. Types of other assemblies only get there as bases, as NativeAOT keeps only what
 * the program roots for reflection. */

static void reflect_type(Aot *aot, CilType *t);

/* Attributes are made by their constructors: their types are reflected over too. */
static void reflect_attribute_types(Aot *aot, const RtCustomAttribute *custom, uint32_t n)
{
    for (uint32_t a = 0; a < n; a++)
        if (custom[a].ctor) reflect_type(aot, ((CilMethod *)custom[a].ctor->loader_data)->owner);
}

/* The tables name the types of t's fields and properties; FieldInfo.GetValue boxes a
 * value-type field's value (a Nullable's as its T). */
static void reflect_members(Aot *aot, CilType *t)
{
    uint32_t n;
    const RtFieldInfo *fields = cil_type_fields(t, &n);
    for (uint32_t i = 0; i < n; i++) {
        RtType *ft = fields[i].type;
        rt_ref(aot, ft);
        if (ft->flags & RT_TYPE_VALUETYPE) mark_constructed(aot, ft->loader_data);
        if ((ft->flags & RT_TYPE_VALUETYPE) && ft->elem && !(ft->flags & RT_TYPE_ENUM))
            mark_constructed(aot, ft->elem->loader_data);
    }
    for (uint32_t i = 0; i < n; i++)
        reflect_attribute_types(aot, fields[i].custom, fields[i].n_custom);
    const RtPropertyInfo *props = cil_type_properties(t, &n);
    for (uint32_t i = 0; i < n; i++) {
        rt_ref(aot, props[i].type);
        reflect_attribute_types(aot, props[i].custom, props[i].n_custom);
    }
}

static void reflect_type(Aot *aot, CilType *t)
{
    for (; t && !t->n_generic_params; t = t->parent) {
        CilDiag d = {0};
        if (!cil_type_handle(t, &d)) return;
        AotType *at = type_record(aot, t);
        if (at->reflected) return;
        at->reflected = true;
        at->reflect_index = aot->n_reflected;
        PUSH(aot->reflected, aot->n_reflected, aot->cap_reflected, at);
        sym_type(aot, aot->mod, t);
        uint32_t n;
        const RtMethodInfo *all = cil_type_methods(t, &n);
        /* reflection can make one (Activator, attributes): a struct, or a class with a
         * constructor */
        bool makeable = t->kind == TK_VALUETYPE;
        for (uint32_t i = 0; i < n && !makeable; i++)
            makeable =
                t->kind == TK_CLASS && !(t->flags & TDF_ABSTRACT) && !strcmp(all[i].name, ".ctor");
        if (makeable) mark_constructed(aot, t);
        for (uint32_t i = 0; i < n; i++) {
            CilMethod *m = all[i].loader_data;
            rt_ref(aot, all[i].ret); /* the tables name these types: they must be emitted */
            for (uint32_t p = 0; p < all[i].n_params; p++)
                rt_ref(aot, all[i].params[p]);
            /* a generic definition cannot be invoked, nor an instance past the nesting the
             * compiler stops at (a generic cycle) */
            if (all[i].generic_def == &all[i] || !m ||
                cil_generic_nesting(m) > CIL_MAX_GENERIC_NESTING) {
                PUSH(aot->invokers, aot->n_invokers, aot->cap_invokers, NULL);
                continue;
            }
            char name[2200];
            snprintf(name, sizeof name, "%s [invoke]", cil_method_name(m));
            LLVMValueRef fn = cil_import_invoker(m, &aot->policy, aot->mod, name, &d);
            if (fn) LLVMSetLinkage(fn, LLVMInternalLinkage);
            PUSH(aot->invokers, aot->n_invokers, aot->cap_invokers, fn);
        }
        for (uint32_t i = 0; i < n; i++)
            reflect_attribute_types(aot, all[i].custom, all[i].n_custom);
        for (uint32_t i = 0; i < n; i++) /* a generic definition's parameters are named */
            for (uint32_t g = 0; g < all[i].n_generic; g++)
                rt_ref(aot, all[i].generic_args[g]);
        uint32_t n_attrs;
        const RtCustomAttribute *attrs = cil_type_attributes(t, &n_attrs);
        reflect_attribute_types(aot, attrs, n_attrs);
        reflect_members(aot, t);
    }
}

/* The program's generic types are reflected over as the instances its code emits. */
static void reflect_instance(Aot *aot, CilType *t)
{
    if (t->generic_def && t->image == aot->program &&
        cil_type_generic_nesting(t) <= CIL_MAX_GENERIC_NESTING) /* not a generic cycle's */
        reflect_type(aot, t);
}

static void root_reflection(Aot *aot)
{
    aot->reflection_rooted = true;
    CilLoader *l = aot->policy.ctx;
    for (uint32_t r = 1; r <= aot->program->rows[CIL_TBL_TYPEDEF]; r++) {
        CilDiag d = {0};
        CilType *t = cil_type_from_typedef(l, aot->program, r, &d);
        if (t) reflect_type(aot, t);
    }
    for (uint32_t i = 0; i < aot->n_types; i++)
        reflect_instance(aot, aot->types[i]->t);
}

enum { MI_FIELDS = 17 };

/* RtMethodInfo as LLVM sees it; its layout is checked against C's. */
static LLVMTypeRef method_info_type(Aot *aot)
{
    LLVMTypeRef p = aot->t_ptr, i16 = LLVMInt16TypeInContext(aot->ctx);
    LLVMTypeRef f[MI_FIELDS] = {p,          p, p, p, p,          aot->t_i64, aot->t_i64, i16, i16,
                                aot->t_i32, p, p, p, aot->t_i32, aot->t_i32, p,          p};
    LLVMTypeRef st = LLVMStructTypeInContext(aot->ctx, f, MI_FIELDS, 0);
    static const size_t offsets[MI_FIELDS] = {
        offsetof(RtMethodInfo, name),        offsetof(RtMethodInfo, declaring),
        offsetof(RtMethodInfo, ret),         offsetof(RtMethodInfo, params),
        offsetof(RtMethodInfo, param_names), offsetof(RtMethodInfo, byref_params),
        offsetof(RtMethodInfo, out_params),  offsetof(RtMethodInfo, attrs),
        offsetof(RtMethodInfo, n_params),    offsetof(RtMethodInfo, vtable_slot),
        offsetof(RtMethodInfo, invoke),      offsetof(RtMethodInfo, loader_data),
        offsetof(RtMethodInfo, custom),      offsetof(RtMethodInfo, n_custom),
        offsetof(RtMethodInfo, n_generic),   offsetof(RtMethodInfo, generic_args),
        offsetof(RtMethodInfo, generic_def)};
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(aot->tm);
    for (unsigned i = 0; i < MI_FIELDS; i++)
        if (LLVMOffsetOfElement(td, st, i) != offsets[i]) {
            fprintf(stderr, "%s:%d: RtMethodInfo field %u at %llu in LLVM, %zu in C\n", __FILE__,
                    __LINE__, i, LLVMOffsetOfElement(td, st, i), offsets[i]);
            abort();
        }
    LLVMDisposeTargetData(td);
    return st;
}

/* The address of the emitted description of mi, a method of a reflected type; or null. */
static LLVMValueRef method_info_ref(Aot *aot, const RtMethodInfo *mi, LLVMValueRef *tables)
{
    CilType *owner = mi ? ((CilMethod *)mi->loader_data)->owner : NULL;
    AotType *at = owner ? owner->backend : NULL;
    if (!at || !at->reflected) return LLVMConstNull(aot->t_ptr);
    uint32_t n;
    const RtMethodInfo *all = cil_type_methods(owner, &n);
    LLVMValueRef idx[2] = {LLVMConstInt(aot->t_i64, 0, 0),
                           LLVMConstInt(aot->t_i64, (uint64_t)(mi - all), 0)};
    LLVMValueRef g = tables[at->reflect_index];
    return LLVMConstInBoundsGEP2(LLVMGlobalGetValueType(g), g, idx, 2);
}

static LLVMValueRef custom_data(Aot *aot, const RtCustomAttribute *custom, uint32_t n_custom,
                                LLVMValueRef *tables)
{
    if (!n_custom) return LLVMConstNull(aot->t_ptr);
    LLVMTypeRef f[3] = {aot->t_ptr, aot->t_ptr, aot->t_i32};
    LLVMTypeRef st = LLVMStructTypeInContext(aot->ctx, f, 3, 0);
    LLVMValueRef *all = malloc(n_custom * sizeof *all);
    for (uint32_t i = 0; i < n_custom; i++) {
        const RtCustomAttribute *a = &custom[i];
        LLVMValueRef blob = LLVMConstStringInContext(aot->ctx, (const char *)a->blob, a->size, 1);
        LLVMValueRef v[3] = {method_info_ref(aot, a->ctor, tables),
                             private_constant(aot, blob, "attribute"), const_i32(aot, a->size)};
        all[i] = LLVMConstNamedStruct(st, v, 3);
    }
    LLVMValueRef g = private_constant(aot, LLVMConstArray2(st, all, n_custom), "attributes");
    free(all);
    return g;
}

static LLVMValueRef generic_args_data(Aot *aot, const RtMethodInfo *mi)
{
    if (!mi->n_generic) return LLVMConstNull(aot->t_ptr);
    LLVMValueRef *all = malloc(mi->n_generic * sizeof *all);
    for (uint32_t i = 0; i < mi->n_generic; i++)
        all[i] = rt_ref(aot, mi->generic_args[i]);
    LLVMValueRef g =
        private_constant(aot, LLVMConstArray2(aot->t_ptr, all, mi->n_generic), "generic_args");
    free(all);
    return g;
}

/* One RtMethodInfo as data. */
static LLVMValueRef method_info_data(Aot *aot, LLVMTypeRef st, const RtMethodInfo *mi,
                                     LLVMValueRef invoke, LLVMValueRef *tables)
{
    LLVMTypeRef t_i16 = LLVMInt16TypeInContext(aot->ctx);
    LLVMValueRef *params = malloc((mi->n_params + 1) * sizeof *params);
    LLVMValueRef *names = malloc((mi->n_params + 1) * sizeof *names);
    for (uint32_t i = 0; i < mi->n_params; i++) {
        params[i] = rt_ref(aot, mi->params[i]);
        names[i] = c_string(aot, mi->param_names[i]);
    }
    LLVMValueRef f[MI_FIELDS] = {
        c_string(aot, mi->name),
        rt_ref(aot, mi->declaring),
        rt_ref(aot, mi->ret),
        private_constant(aot, LLVMConstArray2(aot->t_ptr, params, mi->n_params), "params"),
        private_constant(aot, LLVMConstArray2(aot->t_ptr, names, mi->n_params), "param_names"),
        LLVMConstInt(aot->t_i64, mi->byref_params, 0),
        LLVMConstInt(aot->t_i64, mi->out_params, 0),
        LLVMConstInt(t_i16, mi->attrs, 0),
        LLVMConstInt(t_i16, mi->n_params, 0),
        LLVMConstInt(aot->t_i32, (uint32_t)mi->vtable_slot, 1),
        invoke ? invoke : LLVMConstNull(aot->t_ptr),
        LLVMConstNull(aot->t_ptr),
        custom_data(aot, mi->custom, mi->n_custom, tables),
        const_i32(aot, mi->n_custom),
        const_i32(aot, mi->n_generic),
        generic_args_data(aot, mi),
        method_info_ref(aot, mi->generic_def, tables),
    };
    free(params);
    free(names);
    return LLVMConstNamedStruct(st, f, MI_FIELDS);
}

/* RtFieldInfo and RtPropertyInfo as LLVM sees them; layouts checked against C's. */
static LLVMTypeRef checked_struct(Aot *aot, const char *what, LLVMTypeRef *f, unsigned n,
                                  const size_t *offsets)
{
    LLVMTypeRef st = LLVMStructTypeInContext(aot->ctx, f, n, 0);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(aot->tm);
    for (unsigned i = 0; i < n; i++)
        if (LLVMOffsetOfElement(td, st, i) != offsets[i]) {
            fprintf(stderr, "%s:%d: %s field %u at %llu in LLVM, %zu in C\n", __FILE__, __LINE__,
                    what, i, LLVMOffsetOfElement(td, st, i), offsets[i]);
            abort();
        }
    LLVMDisposeTargetData(td);
    return st;
}

static LLVMTypeRef field_info_type(Aot *aot)
{
    LLVMTypeRef p = aot->t_ptr;
    LLVMTypeRef f[10] = {p,         p,          p, LLVMInt16TypeInContext(aot->ctx),
                         aot->t_i8, aot->t_i32, p, aot->t_i32,
                         p,         aot->t_i32};
    static const size_t offsets[10] = {
        offsetof(RtFieldInfo, name),          offsetof(RtFieldInfo, declaring),
        offsetof(RtFieldInfo, type),          offsetof(RtFieldInfo, attrs),
        offsetof(RtFieldInfo, constant_type), offsetof(RtFieldInfo, offset),
        offsetof(RtFieldInfo, constant),      offsetof(RtFieldInfo, constant_size),
        offsetof(RtFieldInfo, custom),        offsetof(RtFieldInfo, n_custom)};
    return checked_struct(aot, "RtFieldInfo", f, 10, offsets);
}

static LLVMTypeRef property_info_type(Aot *aot)
{
    LLVMTypeRef p = aot->t_ptr;
    LLVMTypeRef f[7] = {p, p, LLVMInt16TypeInContext(aot->ctx), p, p, p, aot->t_i32};
    static const size_t offsets[7] = {
        offsetof(RtPropertyInfo, name),    offsetof(RtPropertyInfo, type),
        offsetof(RtPropertyInfo, attrs),   offsetof(RtPropertyInfo, get),
        offsetof(RtPropertyInfo, set),     offsetof(RtPropertyInfo, custom),
        offsetof(RtPropertyInfo, n_custom)};
    return checked_struct(aot, "RtPropertyInfo", f, 7, offsets);
}

/* t's fields as data (null when it has none), their attributes' constructors pointing into
 * the method tables. */
static LLVMValueRef field_table(Aot *aot, CilType *t, uint32_t *n, LLVMValueRef *tables)
{
    const RtFieldInfo *all = cil_type_fields(t, n);
    if (!*n) return LLVMConstNull(aot->t_ptr);
    LLVMTypeRef st = field_info_type(aot);
    LLVMValueRef *infos = malloc(*n * sizeof *infos);
    for (uint32_t i = 0; i < *n; i++) {
        const RtFieldInfo *f = &all[i];
        LLVMValueRef constant =
            f->constant
                ? private_constant(aot,
                                   LLVMConstStringInContext(aot->ctx, (const char *)f->constant,
                                                            f->constant_size, 1),
                                   "constant")
                : LLVMConstNull(aot->t_ptr);
        LLVMValueRef v[10] = {c_string(aot, f->name),
                              rt_ref(aot, f->declaring),
                              rt_ref(aot, f->type),
                              LLVMConstInt(LLVMInt16TypeInContext(aot->ctx), f->attrs, 0),
                              LLVMConstInt(aot->t_i8, f->constant_type, 0),
                              const_i32(aot, f->offset),
                              constant,
                              const_i32(aot, f->constant_size),
                              custom_data(aot, f->custom, f->n_custom, tables),
                              const_i32(aot, f->n_custom)};
        infos[i] = LLVMConstNamedStruct(st, v, 10);
    }
    LLVMValueRef g = private_constant(aot, LLVMConstArray2(st, infos, *n), "fields");
    free(infos);
    return g;
}

/* t's properties as data, their accessors pointing into the method tables. */
static LLVMValueRef property_table(Aot *aot, CilType *t, uint32_t *n, LLVMValueRef *tables)
{
    const RtPropertyInfo *all = cil_type_properties(t, n);
    if (!*n) return LLVMConstNull(aot->t_ptr);
    LLVMTypeRef st = property_info_type(aot);
    LLVMValueRef *infos = malloc(*n * sizeof *infos);
    for (uint32_t i = 0; i < *n; i++) {
        const RtPropertyInfo *p = &all[i];
        LLVMValueRef v[7] = {c_string(aot, p->name),
                             rt_ref(aot, p->type),
                             LLVMConstInt(LLVMInt16TypeInContext(aot->ctx), p->attrs, 0),
                             method_info_ref(aot, p->get, tables),
                             method_info_ref(aot, p->set, tables),
                             custom_data(aot, p->custom, p->n_custom, tables),
                             const_i32(aot, p->n_custom)};
        infos[i] = LLVMConstNamedStruct(st, v, 7);
    }
    LLVMValueRef g = private_constant(aot, LLVMConstArray2(st, infos, *n), "properties");
    free(infos);
    return g;
}

/* ilc_aot_method_tables: {RtType *type, RtMethodInfo *methods, int32 n, RtCustomAttribute
 * *attributes, int32 n_attributes, RtFieldInfo *fields, int32 n_fields, RtPropertyInfo
 * *properties, int32 n_properties} per reflected type.
 * The tables exist before they are filled: attributes point into other types' tables. */
static void export_method_tables(Aot *aot)
{
    LLVMTypeRef st = method_info_type(aot);
    LLVMTypeRef entry_fields[9] = {aot->t_ptr, aot->t_ptr, aot->t_i32, aot->t_ptr, aot->t_i32,
                                   aot->t_ptr, aot->t_i32, aot->t_ptr, aot->t_i32};
    LLVMTypeRef entry = LLVMStructTypeInContext(aot->ctx, entry_fields, 9, 0);
    LLVMValueRef *entries = malloc((aot->n_reflected + 1) * sizeof *entries);
    LLVMValueRef *tables = malloc((aot->n_reflected + 1) * sizeof *tables);
    for (uint32_t i = 0; i < aot->n_reflected; i++) {
        uint32_t n;
        cil_type_methods(aot->reflected[i]->t, &n);
        tables[i] = LLVMAddGlobal(aot->mod, LLVMArrayType2(st, n), "methods");
        LLVMSetGlobalConstant(tables[i], 1);
        LLVMSetLinkage(tables[i], LLVMPrivateLinkage);
    }
    for (uint32_t i = 0; i < aot->n_reflected; i++) {
        CilType *t = aot->reflected[i]->t;
        uint32_t n, n_attrs, n_fields, n_props;
        cil_type_methods(t, &n);
        const RtCustomAttribute *attrs = cil_type_attributes(t, &n_attrs);
        LLVMValueRef fields = field_table(aot, t, &n_fields, tables);
        LLVMValueRef props = property_table(aot, t, &n_props, tables);
        LLVMValueRef e[9] = {aot->reflected[i]->g,     tables[i],
                             const_i32(aot, n),        custom_data(aot, attrs, n_attrs, tables),
                             const_i32(aot, n_attrs),  fields,
                             const_i32(aot, n_fields), props,
                             const_i32(aot, n_props)};
        entries[i] = LLVMConstNamedStruct(entry, e, 9);
    }
    for (uint32_t i = 0, next = 0; i < aot->n_reflected; i++) {
        uint32_t n;
        const RtMethodInfo *all = cil_type_methods(aot->reflected[i]->t, &n);
        LLVMValueRef *infos = malloc((n + 1) * sizeof *infos);
        for (uint32_t k = 0; k < n; k++)
            infos[k] = method_info_data(aot, st, &all[k], aot->invokers[next++], tables);
        LLVMSetInitializer(tables[i], LLVMConstArray2(st, infos, n));
        free(infos);
    }
    export_global(aot, "ilc_aot_method_tables", LLVMConstArray2(entry, entries, aot->n_reflected));
    export_global(aot, "ilc_aot_n_method_tables", const_i32(aot, aot->n_reflected));
    free(entries);
    free(tables);
}

/* ---- the loader's view: entry points are method records until the code exists ---- */

static void *hook_entry_point(void *ctx, CilMethod *m, bool unboxing)
{
    return method_record(ctx, m, unboxing);
}

CilHooks aot_hooks(Aot *aot)
{
    return (CilHooks){.ctx = aot, .entry_point = hook_entry_point};
}

/* The importer tells which types it allocates through the symbols it asks for: newobj,
 * box and newarr name the type with sym_type; to keep the interface small, anything the
 * code names that can have instances counts as constructed, except classes, which only
 * newobj (and the runtime) make. The importer marks those through this wrapper. */
static LLVMValueRef sym_type_any(void *ctx, LLVMModuleRef mod, CilType *t)
{
    if (t->kind == TK_VALUETYPE || t->kind == TK_ARRAY) mark_constructed(ctx, t);
    return sym_type(ctx, mod, t);
}

static LLVMValueRef sym_constructed(void *ctx, LLVMModuleRef mod, CilType *t)
{
    mark_constructed(ctx, t);
    return sym_type(ctx, mod, t);
}

/* typeof(T): reflection may make T's array from the Type (Enum.GetValues(typeof(E)),
 * Array.CreateInstance(typeof(T), n)), so T[] has instances. */
static void sym_type_object(void *ctx, LLVMModuleRef mod, CilType *t)
{
    bool can_have_arrays = t->kind == TK_CLASS || t->kind == TK_INTERFACE ||
                           t->kind == TK_VALUETYPE || t->kind == TK_ARRAY;
    if (can_have_arrays && !t->n_generic_params && t->elem_type != ELEMENT_TYPE_VOID) {
        Aot *aot = ctx;
        AotType *at = type_record(aot, t);
        sym_constructed(ctx, mod, cil_array_type(t));
        if (!at->typeof_listed) {
            at->typeof_listed = true;
            PUSH(aot->type_objects, aot->n_type_objects, aot->cap_type_objects, t);
        }
    }
}

Aot *aot_new(const AotOptions *opts)
{
    Aot *aot = calloc(1, sizeof *aot);
    aot->opts = *opts;
    aot->ctx = LLVMContextCreate();
    aot->t_ptr = LLVMPointerTypeInContext(aot->ctx, 0);
    aot->t_i8 = LLVMInt8TypeInContext(aot->ctx);
    aot->t_i32 = LLVMInt32TypeInContext(aot->ctx);
    aot->t_i64 = LLVMInt64TypeInContext(aot->ctx);
    aot->symbols = (CilSymbols){.ctx = aot,
                                .type = sym_type_any,
                                .constructed = sym_constructed,
                                .type_object = sym_type_object,
                                .statics = sym_statics,
                                .string = sym_string,
                                .method = sym_method,
                                .gvm_resolver = sym_gvm_resolver,
                                .virtual_call = sym_virtual_call};
    aot->policy =
        (CilPolicy){.name = "aot", .opt_level = opts->opt_level, .symbols = &aot->symbols};
    return aot;
}

void aot_free(Aot *aot)
{
    if (!aot) return;
    for (uint32_t i = 0; i < aot->n_records; i++) {
        aot->records[i]->m->backend[aot->records[i]->unboxing] = NULL;
        free(aot->records[i]);
    }
    for (uint32_t i = 0; i < aot->n_type_records; i++) {
        aot->type_records[i]->t->backend = NULL;
        free(aot->type_records[i]);
    }
    free(aot->records);
    free(aot->type_records);
    free(aot->sites);
    if (aot->mod) LLVMDisposeModule(aot->mod);
    if (aot->tm) LLVMDisposeTargetMachine(aot->tm);
    LLVMContextDispose(aot->ctx);
    free(aot->methods);
    free(aot->types);
    free(aot->strings);
    free(aot->gvms);
    free(aot->reflected);
    free(aot->type_objects);
    free(aot->invokers);
    free(aot);
}

const AotStats *aot_stats(const Aot *aot)
{
    return &aot->stats;
}

bool aot_method_emitted(const Aot *aot, CilMethod *m)
{
    AotMethod *am = m->backend[0];
    return am && am->fn && LLVMCountBasicBlocks(am->fn) > 0;
}

/* Drain the worklist until methods, types and resolvers name nothing new. */
static void reach_everything(Aot *aot)
{
    for (;;) {
        bool progress = false;
        while (aot->next_method < aot->n_methods) {
            compile_method(aot, aot->methods[aot->next_method++]);
            progress = true;
        }
        while (aot->next_type < aot->n_types && aot->next_method == aot->n_methods) {
            AotType *at = aot->types[aot->next_type++];
            define_type(aot, at);
            if (aot->reflection_rooted) reflect_instance(aot, at->t);
            progress = true;
        }
        if (aot->next_method < aot->n_methods || aot->next_type < aot->n_types) continue;
        for (uint32_t i = 0; i < aot->n_gvms; i++)
            if (aot->gvms[i].built_at != aot->n_types) {
                build_gvm_resolver(aot, &aot->gvms[i]);
                progress = true;
            }
        /* code that makes arrays by reflection may ask for lower bounds: T[*] */
        if (aot->next_bounded_array < aot->n_type_objects &&
            LLVMGetNamedFunction(aot->mod, "rt_array_new_instance")) {
            while (aot->next_bounded_array < aot->n_type_objects)
                mark_constructed(aot,
                                 cil_mdarray_type(aot->type_objects[aot->next_bounded_array++], 1));
            progress = true;
        }
        if (!aot->names_rooted && looks_up_names(aot)) {
            root_names(aot);
            progress = true;
        }
        /* code that lists methods calls the runtime for them; attributes need the tables too */
        if (!aot->reflection_rooted &&
            (aot->asks_attributes || LLVMGetNamedFunction(aot->mod, "rt_reflect_method_count") ||
             LLVMGetNamedFunction(aot->mod, "rt_reflect_field_count") ||
             LLVMGetNamedFunction(aot->mod, "rt_reflect_property_count"))) {
            root_reflection(aot);
            progress = true;
        }
        if (!progress) return;
    }
}

bool aot_compile(Aot *aot, CilMethod *main, CilDiag *diag)
{
    uint64_t start = cil_now_ns();
    if (!aot_output_writable(aot->opts.output, diag)) return false;
    if (!(aot->tm = cil_target_machine(aot->opts.native_cpu, aot->opts.opt_level, diag)))
        return false;
    check_rttype_layout(aot);
    aot->policy.ctx = main->owner->loader;
    aot->program = main->owner->image;
    aot->mod = cil_module_for(aot->ctx, main->owner->image->path, aot->tm);

    export_main(aot, main);
    export_well_known(aot, main->owner->loader);
    reach_everything(aot);
    if (!aot->n_errors) devirtualize(aot);
    export_strings(aot);
    export_array_types(aot);
    export_generic_types(aot);
    export_named_types(aot);
    export_method_tables(aot);
    aot->stats.import_ns = cil_now_ns() - start;
    if (aot->n_errors) {
        cil_diag_set(diag, "%s: %u problem%s (listed above); no code generated",
                     main->owner->image->path, aot->n_errors, aot->n_errors == 1 ? "" : "s");
        return false;
    }
    return true;
}

static bool write_ir(Aot *aot, CilDiag *diag)
{
    char path[4200], *msg = NULL;
    snprintf(path, sizeof path, "%s.ll", aot->opts.output);
    if (LLVMPrintModuleToFile(aot->mod, path, &msg)) {
        cil_diag_set(diag, "cannot write %s: %s", path, msg);
        LLVMDisposeMessage(msg);
        return false;
    }
    return true;
}

bool aot_emit(Aot *aot, CilDiag *diag)
{
    uint64_t start = cil_now_ns();
    if (!cil_optimise_module(aot->mod, aot->tm, aot->opts.opt_level, aot->opts.verify, diag))
        return false;
    aot->stats.optimise_ns = cil_now_ns() - start;
    if (aot->opts.emit_llvm && !write_ir(aot, diag)) return false;
    start = cil_now_ns();
    if (aot->opts.emit_obj) {
        snprintf(aot->obj_path, sizeof aot->obj_path, "%s.o", aot->opts.output);
    } else {
        snprintf(aot->obj_path, sizeof aot->obj_path, "%s/ilc-aot-XXXXXX.o", cil_tmp_dir());
        int fd = mkstemps(aot->obj_path, 2);
        if (fd < 0) {
            cil_diag_set(diag, "cannot create a temporary object file in %s", cil_tmp_dir());
            return false;
        }
        close(fd);
    }
    if (!cil_emit_object(aot->tm, aot->mod, aot->obj_path, diag)) return false;
    aot->stats.codegen_ns = cil_now_ns() - start;
    return true;
}

bool aot_link(Aot *aot, CilDiag *diag)
{
    bool ok = aot_link_executable(aot, aot->obj_path, diag);
    if (!aot->opts.emit_obj) unlink(aot->obj_path);
    return ok;
}
