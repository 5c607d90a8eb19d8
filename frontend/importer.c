/*
 * importer.c — one method's CIL to one LLVM function, under a compile policy.
 *
 *   body ─► cil_decode ─► blocks (split at branch targets and after branches)
 *        ─► abstract interpretation of the evaluation stack, block by block (worklist)
 *        ─► LLVM IR: args and locals in allocas, stack values as SSA values
 *
 * The evaluation stack (ECMA-335 III.1.7) is modelled at compile time: each entry is an
 * LLVM value with its stack kind (int32, int64, native int, float32, float64, object
 * reference, pointer). Within a block values flow as SSA; at block boundaries they are
 * stored to one alloca per (depth, kind) and reloaded by the successor, which mem2reg
 * turns back into phis at O2. The first predecessor that reaches a block fixes its entry
 * depth and kinds; any other predecessor must agree, which is the verifier's stack rule.
 *
 * Everything the IL does that could fault is checked explicitly and raises the .NET
 * exception through a noreturn runtime call: null dereference, array bounds, division by
 * zero, overflow in checked arithmetic, invalid casts. The policy decides the rest: how a
 * callee is reached (through its entry slot, so tiering can swap code in) and how runtime
 * data is addressed.
 */
#include "internal.h"

#include <llvm-c/Core.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct StackVal {
    CilStackKind kind;
    LLVMValueRef v;
    CilType *type;         /* refs and pointers: the static type when known */
    CilField *field;       /* ldtoken of a field: the field (for InitializeArray) */
    CilMethod *method;     /* ldftn: the method (a stable identity for delegate equality) */
    LLVMValueRef identity; /* ldvirtftn: the identity of the method the receiver runs */
} StackVal;

/* A store of a predecessor's stack value into a spill slot, kept so that the slot can be
 * widened if a later predecessor brings a wider value (see widen_entry). */
typedef struct SpillStore {
    struct SpillStore *next;
    uint32_t slot;
    LLVMValueRef store;
} SpillStore;

typedef struct Block {
    uint32_t start, first, end; /* IL offset, instruction index range [first, end) */
    LLVMBasicBlockRef bb;
    bool reached, done;
    uint32_t depth;
    StackVal *entry;
    SpillStore *stores; /* the predecessors' spill stores, while the block is not imported */
} Block;

enum { THROW_NULL, THROW_RANGE, THROW_DIV0, THROW_OVERFLOW, THROW_CAST, THROW_COUNT };

/* A protected region (ECMA-335 II.19): one try range with its handlers — several catch or
 * filter clauses, or a single finally or fault. Regions are kept in clause order, which
 * ECMA requires to run from inner to outer. */
typedef struct Region {
    uint32_t try_start, try_end;
    const CilEHClause *clauses;
    uint32_t n_clauses;
    bool is_finally; /* finally or fault: runs on the way out */
    bool guard;   /* a .cctor's whole body: anything escaping becomes TypeInitializationException */
    bool sync;    /* a synchronized method's whole body: anything escaping releases its lock */
    bool swallow; /* a filter funclet's whole body: anything thrown makes the filter say no */
    int parent;   /* the next region out, -1 at the top */
    LLVMBasicBlockRef landing, dispatch, throw_bb[THROW_COUNT];
    LLVMValueRef cont_slot; /* finally: which continuation endfinally takes */
    LLVMValueRef exc_slot;  /* catch/filter: the caught object, for rethrow */
    uint32_t n_conts;
    LLVMBasicBlockRef conts[64];
    LLVMValueRef switches[16]; /* endfinally switches, which get every continuation */
    uint32_t n_switches;
    LLVMValueRef filter_fn[8], filter_desc[8]; /* per filter clause: funclet, RtFilterClause */
} Region;
static const char *throw_helpers[THROW_COUNT] = {
    "rt_throw_null_reference", "rt_throw_index_out_of_range", "rt_throw_divide_by_zero",
    "rt_throw_overflow", "rt_throw_invalid_cast"};

typedef struct Importer {
    CilMethod *m;
    CilLoader *l;
    CilImage *img;
    CilGenCtx gctx; /* what !n and !!n mean in this method's tokens */
    const CilPolicy *pol;
    CilDiag *diag;
    CilArena arena;

    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMValueRef fn;
    LLVMBasicBlockRef entry_bb;

    CilBody body;
    CilInsn *insns;
    uint32_t n_insns;
    Block *blocks;
    uint32_t n_blocks;
    uint32_t *block_at; /* IL offset -> block index + 1, 0 when no block starts there */

    uint32_t n_args, n_locals;
    CilType **arg_types, **local_types;
    LLVMValueRef *arg_slots, *local_slots;
    LLVMValueRef *spills; /* [depth * SK_VT + kind] */

    StackVal *stack;
    uint32_t sp, max_stack;
    const CilInsn *cur;
    bool terminated;
    CilType *constrained;   /* set by the constrained. prefix for the next callvirt */
    bool readonly_prefix;   /* readonly. ldelema: no exact element type check (III.2.3) */
    bool tail_prefix;       /* tail. call: the caller's frame goes before the callee runs */
    bool volatile_prefix;   /* volatile. ldfld/stfld/ldind...: ordered, never cached (III.2.6) */
    LLVMValueRef tail_call; /* the last call made under tail., and its callee */
    CilMethod *tail_callee;

    int inline_depth; /* 0 for the method being compiled, 1+ for callees copied into its module */
    LLVMValueRef sync_obj; /* [MethodImpl(Synchronized)]: the object whose lock the body holds */

    Region *regions;
    uint32_t n_regions;
    int cur_region;              /* innermost region whose try covers the current instruction */
    LLVMValueRef lp_exn, lp_sel; /* the landing pad's exception pointer and selector */
    LLVMBasicBlockRef resume_bb;
    LLVMBasicBlockRef throw_bb[THROW_COUNT];

    /* Filters. A method with filter clauses: record_slot[v] is 1 + the index in its frame
     * record of argument v (locals follow the arguments), 0 for a variable no filter names.
     * A filter funclet: its clause (NULL while importing the method itself). */
    uint32_t *record_slot, n_record;
    const CilEHClause *filter;

    LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr;
} Importer;

/* ---- errors ---- */

__attribute__((format(printf, 2, 3))) static bool fail(Importer *im, const char *fmt, ...)
{
    char what[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    if (im->cur)
        cil_diag_set(im->diag, "%s: %s IL_%04x: %s", im->img->path, cil_method_name(im->m),
                     im->cur->offset, what);
    else
        cil_diag_set(im->diag, "%s: %s: %s", im->img->path, cil_method_name(im->m), what);
    return false;
}

/* Resolution failures already carry a message and kind; add where they were met. */
static bool fail_resolve(Importer *im)
{
    char inner[1024];
    snprintf(inner, sizeof inner, "%s", im->diag->msg);
    const char *msg = inner;
    size_t plen = strlen(im->img->path);
    if (!strncmp(msg, im->img->path, plen) && msg[plen] == ':') msg += plen + 2;
    if (im->cur)
        cil_diag_reword(im->diag, "%s: %s IL_%04x: %s", im->img->path, cil_method_name(im->m),
                        im->cur->offset, msg);
    else
        cil_diag_reword(im->diag, "%s: %s: %s", im->img->path, cil_method_name(im->m), msg);
    return false;
}

/* ---- LLVM types ---- */

static LLVMTypeRef kind_type(Importer *im, CilStackKind k)
{
    switch (k) {
    case SK_I4: return im->t_i32;
    case SK_I8:
    case SK_I: return im->t_i64;
    case SK_F4: return im->t_f32;
    case SK_F8: return im->t_f64;
    case SK_REF:
    case SK_PTR:
    case SK_VT: return im->t_ptr; /* a struct: the address of its copy */
    default: return im->t_void;
    }
}

/* How a value of type t is stored (in a field, local, array element, parameter). */
static LLVMTypeRef storage_type(LLVMContextRef c, const CilType *t)
{
    if (!t) return LLVMVoidTypeInContext(c);
    if (t->kind != TK_VALUETYPE) return LLVMPointerTypeInContext(c, 0);
    switch (t->elem_type) {
    case ELEMENT_TYPE_VOID: return LLVMVoidTypeInContext(c);
    case ELEMENT_TYPE_BOOLEAN:
    case ELEMENT_TYPE_I1:
    case ELEMENT_TYPE_U1: return LLVMInt8TypeInContext(c);
    case ELEMENT_TYPE_CHAR:
    case ELEMENT_TYPE_I2:
    case ELEMENT_TYPE_U2: return LLVMInt16TypeInContext(c);
    case ELEMENT_TYPE_I4:
    case ELEMENT_TYPE_U4: return LLVMInt32TypeInContext(c);
    case ELEMENT_TYPE_I8:
    case ELEMENT_TYPE_U8:
    case ELEMENT_TYPE_I:
    case ELEMENT_TYPE_U: return LLVMInt64TypeInContext(c);
    case ELEMENT_TYPE_R4: return LLVMFloatTypeInContext(c);
    case ELEMENT_TYPE_R8: return LLVMDoubleTypeInContext(c);
    default: /* a struct: its bytes, copied with memcpy */
        return LLVMArrayType2(LLVMInt8TypeInContext(c), t->size);
    }
}

static bool is_unsigned_small(const CilType *t)
{
    uint8_t e = t->elem_type;
    return e == ELEMENT_TYPE_BOOLEAN || e == ELEMENT_TYPE_U1 || e == ELEMENT_TYPE_CHAR ||
           e == ELEMENT_TYPE_U2;
}

static bool is_small_int(const CilType *t)
{
    uint8_t e = t->kind == TK_VALUETYPE ? t->elem_type : 0;
    return e == ELEMENT_TYPE_BOOLEAN || e == ELEMENT_TYPE_I1 || e == ELEMENT_TYPE_U1 ||
           e == ELEMENT_TYPE_CHAR || e == ELEMENT_TYPE_I2 || e == ELEMENT_TYPE_U2;
}

static bool is_struct(const CilType *t)
{
    return t && t->kind == TK_VALUETYPE && (!t->elem_type || t->elem_type == ELEMENT_TYPE_VOID);
}

/* An attribute without a value (zeroext, nounwind, cold...), by name. */
static LLVMAttributeRef named_attr(LLVMContextRef c, const char *name)
{
    return LLVMCreateEnumAttribute(c, LLVMGetEnumAttributeKindForName(name, strlen(name)), 0);
}

static void add_ext_attr(LLVMContextRef c, LLVMValueRef fn_or_call, unsigned idx, const CilType *t,
                         bool call)
{
    if (!t || !is_small_int(t)) return;
    LLVMAttributeRef a = named_attr(c, is_unsigned_small(t) ? "zeroext" : "signext");
    if (call)
        LLVMAddCallSiteAttribute(fn_or_call, idx, a);
    else
        LLVMAddAttributeAtIndex(fn_or_call, idx, a);
}

static bool has_this(const CilMethod *m)
{
    return (m->sig.flags & CIL_SIG_HASTHIS) != 0;
}
static bool has_sret(const CilMethod *m)
{
    return is_struct(m->ret);
}

/* Calling convention for managed methods: a struct is returned through a hidden first
 * pointer (sret) and passed as a pointer to a copy the callee owns; `this` comes next;
 * small integers travel at their own width with signext/zeroext, as C does. */
static LLVMTypeRef abi_type(LLVMContextRef c, const CilType *t)
{
    return is_struct(t) ? LLVMPointerTypeInContext(c, 0) : storage_type(c, t);
}

LLVMTypeRef cil_llvm_fn_type(LLVMContextRef c, CilMethod *m)
{
    uint32_t n = m->sig.n_params + has_this(m) + has_sret(m), k = 0;
    LLVMTypeRef *ps = malloc((n + 1) * sizeof *ps);
    if (has_sret(m)) ps[k++] = LLVMPointerTypeInContext(c, 0);
    if (has_this(m)) ps[k++] = LLVMPointerTypeInContext(c, 0);
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        ps[k++] = abi_type(c, m->params[i]);
    LLVMTypeRef ret = has_sret(m) ? LLVMVoidTypeInContext(c) : storage_type(c, m->ret);
    LLVMTypeRef ft = LLVMFunctionType(ret, ps, n, 0);
    free(ps);
    return ft;
}

static void add_sig_attrs(Importer *im, LLVMValueRef v, CilMethod *m, bool call)
{
    unsigned base = 1 + has_this(m) + has_sret(m); /* attribute index 0 is the return value */
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        add_ext_attr(im->ctx, v, base + i, m->params[i], call);
    if (!call) add_ext_attr(im->ctx, v, 0, m->ret, call);
}

/* ---- constants and runtime references ---- */

static LLVMValueRef const_i32(Importer *im, int64_t v)
{
    return LLVMConstInt(im->t_i32, (uint64_t)v, 1);
}
static LLVMValueRef const_i64(Importer *im, int64_t v)
{
    return LLVMConstInt(im->t_i64, (uint64_t)v, 1);
}

static LLVMValueRef const_ptr(Importer *im, const void *p)
{
    return LLVMConstIntToPtr(LLVMConstInt(im->t_i64, (uint64_t)(uintptr_t)p, 0), im->t_ptr);
}

static LLVMValueRef runtime_fn(Importer *im, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                               unsigned n, LLVMTypeRef *fty)
{
    *fty = LLVMFunctionType(ret, params, n, 0);
    LLVMValueRef f = LLVMGetNamedFunction(im->mod, name);
    if (!f) f = LLVMAddFunction(im->mod, name, *fty);
    return f;
}

/* LLVM intrinsic `name`, specialised on the n types it is overloaded on. */
static LLVMValueRef intrinsic(Importer *im, const char *name, LLVMTypeRef *types, size_t n,
                              LLVMTypeRef *fty)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    *fty = LLVMIntrinsicGetType(im->ctx, id, types, n);
    return LLVMGetIntrinsicDeclaration(im->mod, id, types, n);
}

static LLVMBasicBlockRef landing_pad(Importer *im, int r);
static bool is_synchronized(const CilMethod *m);
static void sync_exit(Importer *im);

/* Every call that may throw: inside a protected region it is an `invoke` that unwinds to
 * the region's landing pad; elsewhere a plain call. */
static LLVMValueRef build_call(Importer *im, LLVMTypeRef fty, LLVMValueRef fn, LLVMValueRef *args,
                               unsigned n)
{
    if (im->cur_region < 0) return LLVMBuildCall2(im->b, fty, fn, args, n, "");
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "");
    LLVMBasicBlockRef pad = landing_pad(im, im->cur_region);
    LLVMValueRef inv = LLVMBuildInvoke2(im->b, fty, fn, args, n, cont, pad, "");
    LLVMPositionBuilderAtEnd(im->b, cont);
    return inv;
}

static LLVMValueRef call_rt(Importer *im, const char *name, LLVMTypeRef ret, LLVMTypeRef *ptypes,
                            LLVMValueRef *args, unsigned n)
{
    LLVMTypeRef fty;
    LLVMValueRef f = runtime_fn(im, name, ret, ptypes, n, &fty);
    return build_call(im, fty, f, args, n);
}

static LLVMValueRef invariant(Importer *im, LLVMValueRef load);

static void add_fn_attr(LLVMContextRef c, LLVMValueRef fn, const char *name)
{
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, named_attr(c, name));
}

static void add_string_attr(LLVMContextRef c, LLVMValueRef fn, const char *key, const char *value)
{
    LLVMAttributeRef a = LLVMCreateStringAttribute(c, key, strlen(key), value, strlen(value));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, a);
}

/* `ptr ilc.cell(ptr cell)`: the cell's value, bound on first use —
 *     v = *cell; if (v == null) v = bind_cell(cell); return v
 * One small always-inlined function per module, so the check costs the importer no new
 * blocks; LLVM inlines it and keeps the binding call out of line. */
static LLVMValueRef cell_loader(Importer *im, LLVMTypeRef *fty)
{
    *fty = LLVMFunctionType(im->t_ptr, &im->t_ptr, 1, 0);
    LLVMValueRef f = LLVMGetNamedFunction(im->mod, "ilc.cell");
    if (f) return f;
    f = LLVMAddFunction(im->mod, "ilc.cell", *fty);
    LLVMSetLinkage(f, LLVMInternalLinkage);
    add_fn_attr(im->ctx, f, "alwaysinline");
    add_fn_attr(im->ctx, f, "nounwind");
    LLVMValueRef bind = LLVMAddFunction(im->mod, im->pol->symbols->bind_cell, *fty);
    add_fn_attr(im->ctx, bind, "cold");
    add_fn_attr(im->ctx, bind, "nounwind");
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(im->ctx, f, "");
    LLVMBasicBlockRef empty = LLVMAppendBasicBlockInContext(im->ctx, f, "bind");
    LLVMBasicBlockRef full = LLVMAppendBasicBlockInContext(im->ctx, f, "bound");
    LLVMBuilderRef b = LLVMCreateBuilderInContext(im->ctx);
    LLVMPositionBuilderAtEnd(b, entry);
    LLVMValueRef cell = LLVMGetParam(f, 0);
    /* Not an invariant load: hoisted out of a loop before the cell is bound, the empty
     * value would send every iteration to bind_cell. */
    LLVMValueRef v = LLVMBuildLoad2(b, im->t_ptr, cell, "v");
    LLVMBuildCondBr(b, LLVMBuildIsNull(b, v, ""), empty, full);
    LLVMPositionBuilderAtEnd(b, empty);
    LLVMBuildRet(b, LLVMBuildCall2(b, *fty, bind, &cell, 1, ""));
    LLVMPositionBuilderAtEnd(b, full);
    LLVMBuildRet(b, v);
    LLVMDisposeBuilder(b);
    return f;
}

/* A symbol's value: the symbol itself (AOT), or what its import cell holds (R2R). */
static LLVMValueRef sym_value(Importer *im, LLVMValueRef v)
{
    const CilSymbols *sym = im->pol->symbols;
    if (!sym->indirect) return v;
    if (!sym->bind_cell) return invariant(im, LLVMBuildLoad2(im->b, im->t_ptr, v, "cell"));
    LLVMTypeRef fty;
    LLVMValueRef f = cell_loader(im, &fty);
    return LLVMBuildCall2(im->b, fty, f, &v, 1, "cell");
}

/* The RtType of t: its address (JIT) or its symbol (AOT, R2R). */
static LLVMValueRef type_handle(Importer *im, CilType *t)
{
    RtType *rt = cil_type_handle(t, im->diag);
    if (!rt) return NULL;
    const CilSymbols *sym = im->pol->symbols;
    return sym ? sym_value(im, sym->type(sym->ctx, im->mod, t)) : const_ptr(im, rt);
}

/* The RtType of a type this code allocates instances of (newobj, box): under AOT, its
 * vtable must then hold real code. */
static LLVMValueRef constructed_handle(Importer *im, CilType *t)
{
    const CilSymbols *sym = im->pol->symbols;
    if (!sym) return type_handle(im, t);
    return cil_type_handle(t, im->diag) ? sym_value(im, sym->constructed(sym->ctx, im->mod, t))
                                        : NULL;
}

/* ---- the evaluation stack ---- */

static bool push(Importer *im, CilStackKind k, LLVMValueRef v, CilType *t)
{
    if (im->sp >= im->max_stack)
        return fail(im, "stack overflow (more than max stack %u)", im->max_stack);
    im->stack[im->sp++] = (StackVal){k, v, t, NULL, NULL, NULL};
    return true;
}

static bool pop(Importer *im, StackVal *out)
{
    if (im->sp == 0) return fail(im, "stack underflow in %s", cil_opinfo[im->cur->op].name);
    *out = im->stack[--im->sp];
    return true;
}

static bool pop_n(Importer *im, StackVal *out, uint32_t n)
{
    if (im->sp < n)
        return fail(im, "stack underflow in %s (needs %u values, has %u)",
                    cil_opinfo[im->cur->op].name, n, im->sp);
    im->sp -= n;
    memcpy(out, im->stack + im->sp, n * sizeof *out);
    return true;
}

static const char *kind_name(CilStackKind k)
{
    static const char *names[] = {
        "nothing",   "int32",   "int64", "native int", "float32", "float64", "an object reference",
        "a pointer", "a struct"};
    return k <= SK_VT ? names[k] : "?";
}

static bool is_int_kind(CilStackKind k)
{
    return k == SK_I4 || k == SK_I8 || k == SK_I;
}
static bool is_float_kind(CilStackKind k)
{
    return k == SK_F4 || k == SK_F8;
}

/* A value loaded from storage of type t, widened to its stack kind. */
static LLVMValueRef widen(Importer *im, LLVMValueRef v, const CilType *t)
{
    if (is_small_int(t))
        return is_unsigned_small(t) ? LLVMBuildZExt(im->b, v, im->t_i32, "")
                                    : LLVMBuildSExt(im->b, v, im->t_i32, "");
    return v;
}

static bool push_typed(Importer *im, LLVMValueRef v, CilType *t)
{
    return push(im, cil_stack_kind_of(t), widen(im, v, t), t);
}

/* Converts a stack value to the storage type of t (ECMA-335 III.1.6 implicit conversions). */
static LLVMValueRef narrow(Importer *im, StackVal sv, const CilType *t)
{
    LLVMTypeRef st = storage_type(im->ctx, t);
    LLVMTypeRef vt = LLVMTypeOf(sv.v);
    if (st == vt) return sv.v;
    LLVMTypeKind sk = LLVMGetTypeKind(st), vk = LLVMGetTypeKind(vt);
    if (sk == LLVMIntegerTypeKind && vk == LLVMIntegerTypeKind) {
        unsigned sw = LLVMGetIntTypeWidth(st), vw = LLVMGetIntTypeWidth(vt);
        if (sw < vw) return LLVMBuildTrunc(im->b, sv.v, st, "");
        return t->elem_type == ELEMENT_TYPE_U || t->elem_type == ELEMENT_TYPE_U8
                   ? LLVMBuildZExt(im->b, sv.v, st, "")
                   : LLVMBuildSExt(im->b, sv.v, st, "");
    }
    if (sk == LLVMFloatTypeKind && vk == LLVMDoubleTypeKind)
        return LLVMBuildFPTrunc(im->b, sv.v, st, "");
    if (sk == LLVMDoubleTypeKind && vk == LLVMFloatTypeKind)
        return LLVMBuildFPExt(im->b, sv.v, st, "");
    if (sk == LLVMPointerTypeKind && vk == LLVMIntegerTypeKind)
        return LLVMBuildIntToPtr(im->b, sv.v, st, "");
    if (sk == LLVMIntegerTypeKind && vk == LLVMPointerTypeKind)
        return LLVMBuildPtrToInt(im->b, sv.v, st, "");
    return sv.v;
}

/* ---- structs: values in memory, copied whole ---- */

static LLVMValueRef entry_alloca(Importer *im, LLVMTypeRef t, const char *name);

static LLVMValueRef vt_temp(Importer *im, CilType *t)
{
    LLVMValueRef a = entry_alloca(im, storage_type(im->ctx, t), "vt");
    LLVMSetAlignment(a, 16);
    return a;
}

static void copy_vt(Importer *im, LLVMValueRef dst, LLVMValueRef src, CilType *t)
{
    LLVMBuildMemCpy(im->b, dst, t->align, src, t->align, const_i64(im, t->size));
}

static void zero_vt(Importer *im, LLVMValueRef dst, CilType *t)
{
    LLVMBuildMemSet(im->b, dst, LLVMConstInt(im->t_i8, 0, 0), const_i64(im, t->size), t->align);
}

/* Address of field f in an object or struct at obj (f->offset includes any header). */
static LLVMValueRef field_ptr(Importer *im, LLVMValueRef obj, const CilField *f)
{
    LLVMValueRef off = const_i64(im, f->offset);
    return LLVMBuildGEP2(im->b, im->t_i8, obj, &off, 1, "");
}

/* Pushes the value of type t stored at addr: a load, or for a struct a fresh copy. */
static bool push_from(Importer *im, LLVMValueRef addr, CilType *t)
{
    if (is_struct(t)) {
        LLVMValueRef tmp = vt_temp(im, t);
        copy_vt(im, tmp, addr, t);
        return push(im, SK_VT, tmp, t);
    }
    return push_typed(im, LLVMBuildLoad2(im->b, storage_type(im->ctx, t), addr, ""), t);
}

static void store_to(Importer *im, LLVMValueRef addr, StackVal v, CilType *t)
{
    if (is_struct(t))
        copy_vt(im, addr, v.v, t);
    else
        LLVMBuildStore(im->b, narrow(im, v, t), addr);
}

static bool check_storable(Importer *im, StackVal sv, const CilType *t, const char *what)
{
    CilStackKind want = cil_stack_kind_of(t);
    bool ok = want == sv.kind ||
              (is_int_kind(want) && is_int_kind(sv.kind) && (want != SK_I8 || sv.kind != SK_I4)) ||
              (is_float_kind(want) && is_float_kind(sv.kind)) ||
              (want == SK_PTR && (sv.kind == SK_I || sv.kind == SK_REF)) ||
              (want == SK_I && sv.kind == SK_PTR) || (want == SK_I8 && sv.kind == SK_I4 && false);
    if (want == SK_I8 && sv.kind == SK_I) ok = true;
    if (want == SK_VT) ok = sv.kind == SK_VT && (!sv.type || sv.type == t);
    if (!ok)
        return fail(im, "%s: stack value of kind %d cannot be stored as %s", what, sv.kind,
                    t->full_name);
    return true;
}

/* ---- throw blocks and checks ---- */

/* One block per fault kind (and per protected region, since the throw must unwind to
 * that region's handlers). */
static LLVMBasicBlockRef throw_block(Importer *im, int kind)
{
    LLVMBasicBlockRef *cache =
        im->cur_region < 0 ? &im->throw_bb[kind] : &im->regions[im->cur_region].throw_bb[kind];
    if (*cache) return *cache;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "throw");
    LLVMPositionBuilderAtEnd(im->b, bb);
    call_rt(im, throw_helpers[kind], im->t_void, NULL, NULL, 0);
    LLVMBuildUnreachable(im->b);
    LLVMPositionBuilderAtEnd(im->b, here);
    return *cache = bb;
}

static void check(Importer *im, LLVMValueRef fail_cond, int kind)
{
    LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "ok");
    LLVMBuildCondBr(im->b, fail_cond, throw_block(im, kind), ok);
    LLVMPositionBuilderAtEnd(im->b, ok);
}

static void null_check(Importer *im, LLVMValueRef ref)
{
    check(im, LLVMBuildIsNull(im->b, ref, ""), THROW_NULL);
}

/* ---- blocks and stack state at their boundaries ---- */

static LLVMValueRef entry_alloca(Importer *im, LLVMTypeRef t, const char *name)
{
    LLVMBuilderRef b = LLVMCreateBuilderInContext(im->ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(im->entry_bb);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, im->entry_bb);
    LLVMValueRef a = LLVMBuildAlloca(b, t, name);
    LLVMDisposeBuilder(b);
    return a;
}

static LLVMValueRef spill_slot(Importer *im, uint32_t depth, CilStackKind k)
{
    LLVMValueRef *s = &im->spills[depth * (SK_VT + 1) + k];
    if (!*s) *s = entry_alloca(im, kind_type(im, k), "spill");
    return *s;
}

static Block *block_at(Importer *im, uint32_t offset)
{
    uint32_t i = offset <= im->body.code_size ? im->block_at[offset] : 0;
    return i ? &im->blocks[i - 1] : NULL;
}

static bool in_filter(const CilEHClause *c, uint32_t off);
static bool in_some_filter(const CilBody *b, uint32_t off);

/* A managed pointer and a native int may meet where paths join: mcs's `fixed` over an array
 * pushes `ldc.i4.0; conv.u` on one path and `ldelema` on the other. The code is valid though
 * unverifiable (ECMA-335 III.1.8.1.3); the value takes the kind the block was entered with. */
static void merge_address(Importer *im, StackVal *sv, CilStackKind want)
{
    if (sv->kind == SK_PTR && want == SK_I)
        sv->v = LLVMBuildPtrToInt(im->b, sv->v, im->t_i64, "");
    else if (sv->kind == SK_I && want == SK_PTR)
        sv->v = LLVMBuildIntToPtr(im->b, sv->v, im->t_ptr, "");
    else
        return;
    sv->kind = want;
    sv->type = NULL;
}

/* int32 and native int, and float32 and float64, may also meet where paths join; as in
 * CoreCLR, the slot takes the wider kind (native int, float64) and the narrower value is
 * sign-extended or extended to it. */
static LLVMValueRef widen_value(Importer *im, LLVMValueRef v, CilStackKind to)
{
    return to == SK_I ? LLVMBuildSExt(im->b, v, im->t_i64, "")
                      : LLVMBuildFPExt(im->b, v, im->t_f64, "");
}

static bool is_widening(CilStackKind narrow, CilStackKind wide)
{
    return (narrow == SK_I4 && wide == SK_I) || (narrow == SK_F4 && wide == SK_F8);
}

/* A later predecessor brings a wider value than the block was entered with: rewrite the
 * earlier predecessors' spill stores of that slot to store the widened value. Possible only
 * while the block has not been imported (a back edge to an imported block is refused). */
static bool widen_entry(Importer *im, Block *blk, uint32_t slot, CilStackKind wide)
{
    if (blk->done) return false;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    for (SpillStore *s = blk->stores; s; s = s->next) {
        if (s->slot != slot) continue;
        LLVMPositionBuilderBefore(im->b, s->store);
        LLVMValueRef v = widen_value(im, LLVMGetOperand(s->store, 0), wide);
        LLVMValueRef store = LLVMBuildStore(im->b, v, spill_slot(im, slot, wide));
        LLVMInstructionEraseFromParent(s->store);
        s->store = store;
    }
    LLVMPositionBuilderAtEnd(im->b, here);
    blk->entry[slot].kind = wide;
    blk->entry[slot].type = NULL;
    return true;
}

static bool merge_widen(Importer *im, Block *blk, uint32_t slot)
{
    StackVal *sv = &im->stack[slot];
    CilStackKind want = blk->entry[slot].kind;
    if (is_widening(sv->kind, want)) {
        sv->v = widen_value(im, sv->v, want);
        sv->kind = want;
        sv->type = NULL;
        return true;
    }
    return is_widening(want, sv->kind) && widen_entry(im, blk, slot, sv->kind);
}

/* The current stack flows into the block at `target`. A filter block is entered only by the
 * exception system and left only by endfilter (ECMA-335 II.19). */
static bool flow_to(Importer *im, uint32_t target)
{
    Block *blk = block_at(im, target);
    if (!blk) return fail(im, "branch to IL_%04x, which is not a block start", target);
    if (im->filter && !in_filter(im->filter, target))
        return fail(im, "control leaves the filter block for IL_%04x", target);
    if (!im->filter && in_some_filter(&im->body, target))
        return fail(im, "control enters the filter block at IL_%04x", target);
    if (!blk->reached) {
        blk->reached = true;
        blk->depth = im->sp;
        blk->entry = cil_arena_alloc(&im->arena, (im->sp + 1) * sizeof(StackVal));
        memcpy(blk->entry, im->stack, im->sp * sizeof(StackVal));
    } else {
        /* Reported at the join point, the instruction the paths disagree about. */
        const CilInsn *from = im->cur;
        im->cur = &im->insns[blk->first];
        if (blk->depth != im->sp)
            return fail(
                im,
                "stack depth differs where paths join: %u on the path from IL_%04x, %u on another",
                im->sp, from->offset, blk->depth);
        for (uint32_t i = 0; i < im->sp; i++) {
            merge_address(im, &im->stack[i], blk->entry[i].kind);
            if (blk->entry[i].kind != im->stack[i].kind && !merge_widen(im, blk, i))
                return fail(im,
                            "stack slot %u has mismatched types where paths join (%s from IL_%04x, "
                            "%s on another)",
                            i, kind_name(im->stack[i].kind), from->offset,
                            kind_name(blk->entry[i].kind));
            if (blk->entry[i].type != im->stack[i].type) blk->entry[i].type = NULL;
        }
        im->cur = from;
    }
    for (uint32_t i = 0; i < im->sp; i++) {
        SpillStore *s = cil_arena_alloc(&im->arena, sizeof(SpillStore));
        s->store = LLVMBuildStore(im->b, im->stack[i].v, spill_slot(im, i, im->stack[i].kind));
        s->slot = i;
        s->next = blk->stores;
        blk->stores = s;
    }
    return true;
}

static bool split_blocks(Importer *im)
{
    uint32_t size = im->body.code_size;
    uint8_t *is_start = cil_arena_alloc(&im->arena, size + 1);
    is_start[0] = 1;
    for (uint32_t i = 0; i < im->n_insns; i++) {
        const CilInsn *in = &im->insns[i];
        const CilOpInfo *info = &cil_opinfo[in->op];
        if (info->operand == OPND_BR8 || info->operand == OPND_BR32) is_start[in->arg.target] = 1;
        for (uint32_t t = 0; t < in->n_targets; t++)
            is_start[in->targets[t]] = 1;
        bool ends = info->flow == FLOW_BRANCH || info->flow == FLOW_COND ||
                    info->flow == FLOW_RETURN || info->flow == FLOW_THROW || in->op == CEE_JMP;
        if (ends && in->offset + in->size < size) is_start[in->offset + in->size] = 1;
    }
    for (uint32_t i = 0; i < im->body.n_clauses; i++) {
        const CilEHClause *c = &im->body.clauses[i];
        is_start[c->try_offset] = 1;
        is_start[c->handler_offset] = 1;
        if (c->kind == CIL_EH_FILTER && c->filter_offset < size) is_start[c->filter_offset] = 1;
        if (c->try_offset + c->try_length < size) is_start[c->try_offset + c->try_length] = 1;
        if (c->handler_offset + c->handler_length < size)
            is_start[c->handler_offset + c->handler_length] = 1;
    }
    im->blocks = cil_arena_alloc(&im->arena, (im->n_insns + 1) * sizeof(Block));
    im->block_at = cil_arena_alloc(&im->arena, (size + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < im->n_insns; i++) {
        const CilInsn *in = &im->insns[i];
        if (is_start[in->offset]) {
            if (im->n_blocks) im->blocks[im->n_blocks - 1].end = i;
            Block *blk = &im->blocks[im->n_blocks++];
            blk->start = in->offset;
            blk->first = i;
            blk->bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "");
            im->block_at[in->offset] = im->n_blocks;
        }
    }
    if (im->n_blocks) im->blocks[im->n_blocks - 1].end = im->n_insns;
    return true;
}

/* ---- arguments and locals ---- */

static CilType *arg_type(Importer *im, uint32_t i)
{
    if (has_this(im->m)) {
        if (i == 0) {
            CilType *o = im->m->owner;
            return o->kind == TK_VALUETYPE ? cil_byref_type(o) : o;
        }
        i--;
    }
    return im->m->params[i];
}

static bool setup_args_locals(Importer *im)
{
    CilMethod *m = im->m;
    im->n_args = m->sig.n_params + (has_this(m) ? 1 : 0);
    im->arg_types = cil_arena_alloc(&im->arena, (im->n_args + 1) * sizeof(CilType *));
    im->arg_slots = cil_arena_alloc(&im->arena, (im->n_args + 1) * sizeof(LLVMValueRef));
    unsigned first = has_sret(m);
    for (uint32_t i = 0; i < im->n_args; i++) {
        CilType *t = im->arg_types[i] = arg_type(im, i);
        LLVMValueRef p = LLVMGetParam(im->fn, first + i);
        if (is_struct(t)) { /* the caller passed a copy that is ours to use in place */
            if (!cil_type_layout(t, im->diag)) return fail_resolve(im);
            im->arg_slots[i] = p;
            continue;
        }
        im->arg_slots[i] = entry_alloca(im, storage_type(im->ctx, t), "arg");
        LLVMBuildStore(im->b, p, im->arg_slots[i]);
    }
    if (!im->body.local_sig_token) return true;
    const CilImage *img = im->img;
    uint32_t tok = im->body.local_sig_token;
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_STANDALONESIG || !cil_token_valid(img, tok))
        return fail(im, "bad local variable signature token 0x%08x", tok);
    CilTypeSig **sigs;
    char what[300];
    snprintf(what, sizeof what, "%s locals signature", cil_method_name(m));
    if (!cil_sig_locals(img, cil_standalonesig(img, CIL_TOKEN_ROW(tok))->sig, &im->arena,
                        &im->n_locals, &sigs, what, im->diag))
        return false;
    im->local_types = cil_arena_alloc(&im->arena, (im->n_locals + 1) * sizeof(CilType *));
    im->local_slots = cil_arena_alloc(&im->arena, (im->n_locals + 1) * sizeof(LLVMValueRef));
    for (uint32_t i = 0; i < im->n_locals; i++) {
        CilType *t = cil_type_from_sig(im->l, im->img, sigs[i], &im->gctx, im->diag);
        if (!t) return fail_resolve(im);
        if (t->kind == TK_VALUETYPE && !cil_type_layout(t, im->diag)) return fail_resolve(im);
        im->local_types[i] = t;
        LLVMTypeRef lt = storage_type(im->ctx, t);
        im->local_slots[i] = entry_alloca(im, lt, "loc");
        if (is_struct(t)) {
            LLVMSetAlignment(im->local_slots[i], 16);
            zero_vt(im, im->local_slots[i], t);
        } else {
            LLVMBuildStore(im->b, LLVMConstNull(lt), im->local_slots[i]);
        }
    }
    return true;
}

/* Argument or local i: its slot and type, or a located error when i is out of range. */
static bool variable(Importer *im, uint32_t i, bool local, LLVMValueRef *slot, CilType **type)
{
    if (local && i >= im->n_locals)
        return fail(im, "local variable index %u out of range (method has %u locals)", i,
                    im->n_locals);
    if (!local && i >= im->n_args)
        return fail(im, "argument index %u out of range (method has %u)", i, im->n_args);
    *slot = local ? im->local_slots[i] : im->arg_slots[i];
    *type = local ? im->local_types[i] : im->arg_types[i];
    if (!*slot) return fail(im, "internal: the filter funclet has no address for variable %u", i);
    return true;
}

/* The argument or local an ldarg/starg/ldarga/ldloc/stloc/ldloca names; false for any
 * other instruction. */
static bool var_operand(const CilInsn *in, uint32_t *i, bool *local)
{
    switch (in->op) {
    case CEE_LDARG_0:
    case CEE_LDARG_1:
    case CEE_LDARG_2:
    case CEE_LDARG_3: *i = in->op - CEE_LDARG_0, *local = false; return true;
    case CEE_LDLOC_0:
    case CEE_LDLOC_1:
    case CEE_LDLOC_2:
    case CEE_LDLOC_3: *i = in->op - CEE_LDLOC_0, *local = true; return true;
    case CEE_STLOC_0:
    case CEE_STLOC_1:
    case CEE_STLOC_2:
    case CEE_STLOC_3: *i = in->op - CEE_STLOC_0, *local = true; return true;
    case CEE_LDARG_S:
    case CEE_LDARG:
    case CEE_STARG_S:
    case CEE_STARG:
    case CEE_LDARGA_S:
    case CEE_LDARGA: *i = (uint32_t)in->arg.i, *local = false; return true;
    case CEE_LDLOC_S:
    case CEE_LDLOC:
    case CEE_STLOC_S:
    case CEE_STLOC:
    case CEE_LDLOCA_S:
    case CEE_LDLOCA: *i = (uint32_t)in->arg.i, *local = true; return true;
    default: return false;
    }
}

/* The current instruction's argument or local: its slot and type. */
static bool insn_variable(Importer *im, LLVMValueRef *slot, CilType **type, bool *local)
{
    uint32_t i = 0;
    var_operand(im->cur, &i, local);
    return variable(im, i, *local, slot, type);
}

static bool op_load_var(Importer *im) /* ldarg, ldloc */
{
    LLVMValueRef slot = NULL;
    CilType *t = NULL;
    bool local;
    return insn_variable(im, &slot, &t, &local) && push_from(im, slot, t);
}

static bool op_store_var(Importer *im) /* starg, stloc */
{
    LLVMValueRef slot = NULL;
    CilType *t = NULL;
    StackVal v;
    bool local;
    if (!insn_variable(im, &slot, &t, &local) || !pop(im, &v) ||
        !check_storable(im, v, t, local ? "stloc" : "starg"))
        return false;
    store_to(im, slot, v, t);
    return true;
}

static bool op_ldaddr(Importer *im) /* ldarga, ldloca */
{
    LLVMValueRef slot = NULL;
    CilType *t = NULL;
    bool local;
    return insn_variable(im, &slot, &t, &local) && push(im, SK_PTR, slot, cil_byref_type(t));
}

/* ---- arithmetic ---- */

/* Brings two numeric operands to a common kind (III.1.5, binary numeric operations). */
static bool unify(Importer *im, StackVal *a, StackVal *b, CilStackKind *k)
{
    if (a->kind == b->kind) {
        *k = a->kind;
        return true;
    }
    if ((a->kind == SK_I && b->kind == SK_I4) || (a->kind == SK_I4 && b->kind == SK_I)) {
        StackVal *s = a->kind == SK_I4 ? a : b;
        s->v = LLVMBuildSExt(im->b, s->v, im->t_i64, "");
        s->kind = SK_I;
        *k = SK_I;
        return true;
    }
    if (is_float_kind(a->kind) && is_float_kind(b->kind)) {
        StackVal *s = a->kind == SK_F4 ? a : b;
        s->v = LLVMBuildFPExt(im->b, s->v, im->t_f64, "");
        s->kind = SK_F8;
        *k = SK_F8;
        return true;
    }
    if ((a->kind == SK_I8 && b->kind == SK_I) || (a->kind == SK_I && b->kind == SK_I8)) {
        *k = SK_I8;
        return true;
    }
    return fail(im, "%s: operand kinds do not match", cil_opinfo[im->cur->op].name);
}

static LLVMValueRef shift_amount(Importer *im, StackVal amt, LLVMTypeRef t)
{
    LLVMValueRef a = amt.v;
    unsigned w = LLVMGetIntTypeWidth(t), aw = LLVMGetIntTypeWidth(LLVMTypeOf(a));
    if (aw < w)
        a = LLVMBuildZExt(im->b, a, t, "");
    else if (aw > w)
        a = LLVMBuildTrunc(im->b, a, t, "");
    /* x64 masks the count to the operand width; doing the same avoids LLVM poison. */
    return LLVMBuildAnd(im->b, a, LLVMConstInt(t, w - 1, 0), "");
}

static bool op_shift(Importer *im, CilOpcode op)
{
    StackVal v[2];
    if (!pop_n(im, v, 2)) return false;
    if (!is_int_kind(v[0].kind) || !is_int_kind(v[1].kind))
        return fail(im, "%s needs integer operands", cil_opinfo[op].name);
    LLVMTypeRef t = LLVMTypeOf(v[0].v);
    LLVMValueRef a = shift_amount(im, v[1], t), r;
    if (op == CEE_SHL)
        r = LLVMBuildShl(im->b, v[0].v, a, "");
    else if (op == CEE_SHR)
        r = LLVMBuildAShr(im->b, v[0].v, a, "");
    else
        r = LLVMBuildLShr(im->b, v[0].v, a, "");
    return push(im, v[0].kind, r, NULL);
}

static void check_division(Importer *im, LLVMValueRef a, LLVMValueRef d, bool is_signed)
{
    LLVMTypeRef t = LLVMTypeOf(d);
    check(im, LLVMBuildICmp(im->b, LLVMIntEQ, d, LLVMConstNull(t), ""), THROW_DIV0);
    if (!is_signed) return;
    unsigned w = LLVMGetIntTypeWidth(t);
    LLVMValueRef min = LLVMConstInt(t, 1ull << (w - 1), 0);
    LLVMValueRef ovf =
        LLVMBuildAnd(im->b, LLVMBuildICmp(im->b, LLVMIntEQ, a, min, ""),
                     LLVMBuildICmp(im->b, LLVMIntEQ, d, LLVMConstAllOnes(t), ""), "");
    check(im, ovf, THROW_OVERFLOW);
}

static LLVMValueRef overflow_op(Importer *im, const char *intr, LLVMValueRef a, LLVMValueRef b)
{
    LLVMTypeRef t = LLVMTypeOf(a), fty;
    LLVMValueRef f = intrinsic(im, intr, &t, 1, &fty);
    LLVMValueRef args[2] = {a, b};
    LLVMValueRef pair = LLVMBuildCall2(im->b, fty, f, args, 2, "");
    check(im, LLVMBuildExtractValue(im->b, pair, 1, ""), THROW_OVERFLOW);
    return LLVMBuildExtractValue(im->b, pair, 0, "");
}

static bool op_binary(Importer *im, CilOpcode op)
{
    StackVal v[2];
    CilStackKind k;
    if (!pop_n(im, v, 2)) return false;
    /* Pointer arithmetic: byref +/- integer stays a pointer (III.1.5 table 2). */
    if ((op == CEE_ADD || op == CEE_SUB) && v[0].kind == SK_PTR && is_int_kind(v[1].kind)) {
        LLVMValueRef off =
            v[1].kind == SK_I4 ? LLVMBuildSExt(im->b, v[1].v, im->t_i64, "") : v[1].v;
        if (op == CEE_SUB) off = LLVMBuildNeg(im->b, off, "");
        return push(im, SK_PTR, LLVMBuildGEP2(im->b, im->t_i8, v[0].v, &off, 1, ""), v[0].type);
    }
    if (op == CEE_SUB && v[0].kind == SK_PTR && v[1].kind == SK_PTR) {
        LLVMValueRef a = LLVMBuildPtrToInt(im->b, v[0].v, im->t_i64, "");
        LLVMValueRef b = LLVMBuildPtrToInt(im->b, v[1].v, im->t_i64, "");
        return push(im, SK_I, LLVMBuildSub(im->b, a, b, ""), NULL);
    }
    if (!unify(im, &v[0], &v[1], &k)) return false;
    LLVMValueRef a = v[0].v, b = v[1].v, r = NULL;
    bool fl = is_float_kind(k);
    if (!fl && !is_int_kind(k)) return fail(im, "%s needs numeric operands", cil_opinfo[op].name);
    bool int_only = op == CEE_AND || op == CEE_OR || op == CEE_XOR || op == CEE_DIV_UN ||
                    op == CEE_REM_UN || op >= CEE_ADD_OVF;
    if (fl && int_only && op != CEE_ADD_OVF && op != CEE_MUL_OVF && op != CEE_SUB_OVF)
        return fail(im, "%s needs integer operands", cil_opinfo[op].name);
    switch (op) {
    case CEE_ADD: r = fl ? LLVMBuildFAdd(im->b, a, b, "") : LLVMBuildAdd(im->b, a, b, ""); break;
    case CEE_SUB: r = fl ? LLVMBuildFSub(im->b, a, b, "") : LLVMBuildSub(im->b, a, b, ""); break;
    case CEE_MUL: r = fl ? LLVMBuildFMul(im->b, a, b, "") : LLVMBuildMul(im->b, a, b, ""); break;
    case CEE_DIV:
        if (fl) {
            r = LLVMBuildFDiv(im->b, a, b, "");
            break;
        }
        check_division(im, a, b, true);
        r = LLVMBuildSDiv(im->b, a, b, "");
        break;
    case CEE_DIV_UN:
        check_division(im, a, b, false);
        r = LLVMBuildUDiv(im->b, a, b, "");
        break;
    case CEE_REM:
        if (fl) {
            r = LLVMBuildFRem(im->b, a, b, "");
            break;
        }
        check_division(im, a, b, true);
        r = LLVMBuildSRem(im->b, a, b, "");
        break;
    case CEE_REM_UN:
        check_division(im, a, b, false);
        r = LLVMBuildURem(im->b, a, b, "");
        break;
    case CEE_AND: r = LLVMBuildAnd(im->b, a, b, ""); break;
    case CEE_OR: r = LLVMBuildOr(im->b, a, b, ""); break;
    case CEE_XOR: r = LLVMBuildXor(im->b, a, b, ""); break;
    case CEE_ADD_OVF:
        r = fl ? LLVMBuildFAdd(im->b, a, b, "") : overflow_op(im, "llvm.sadd.with.overflow", a, b);
        break;
    case CEE_ADD_OVF_UN: r = overflow_op(im, "llvm.uadd.with.overflow", a, b); break;
    case CEE_SUB_OVF:
        r = fl ? LLVMBuildFSub(im->b, a, b, "") : overflow_op(im, "llvm.ssub.with.overflow", a, b);
        break;
    case CEE_SUB_OVF_UN: r = overflow_op(im, "llvm.usub.with.overflow", a, b); break;
    case CEE_MUL_OVF:
        r = fl ? LLVMBuildFMul(im->b, a, b, "") : overflow_op(im, "llvm.smul.with.overflow", a, b);
        break;
    case CEE_MUL_OVF_UN: r = overflow_op(im, "llvm.umul.with.overflow", a, b); break;
    default: return fail(im, "internal: not a binary op");
    }
    return push(im, k, r, NULL);
}

static bool op_unary(Importer *im, CilOpcode op)
{
    StackVal v;
    if (!pop(im, &v)) return false;
    if (op == CEE_NEG) {
        if (is_float_kind(v.kind)) return push(im, v.kind, LLVMBuildFNeg(im->b, v.v, ""), NULL);
        if (is_int_kind(v.kind)) return push(im, v.kind, LLVMBuildNeg(im->b, v.v, ""), NULL);
        return fail(im, "neg needs a numeric operand");
    }
    if (!is_int_kind(v.kind)) return fail(im, "not needs an integer operand");
    return push(im, v.kind, LLVMBuildNot(im->b, v.v, ""), NULL);
}

/* ---- comparisons and branches ---- */

typedef enum {
    CMP_EQ,
    CMP_NE_UN,
    CMP_GE,
    CMP_GT,
    CMP_LE,
    CMP_LT,
    CMP_GE_UN,
    CMP_GT_UN,
    CMP_LE_UN,
    CMP_LT_UN
} Cmp;

static bool compare(Importer *im, Cmp c, LLVMValueRef *out)
{
    static const LLVMIntPredicate ip[] = {LLVMIntEQ,  LLVMIntNE,  LLVMIntSGE, LLVMIntSGT,
                                          LLVMIntSLE, LLVMIntSLT, LLVMIntUGE, LLVMIntUGT,
                                          LLVMIntULE, LLVMIntULT};
    static const LLVMRealPredicate fp[] = {LLVMRealOEQ, LLVMRealUNE, LLVMRealOGE, LLVMRealOGT,
                                           LLVMRealOLE, LLVMRealOLT, LLVMRealUGE, LLVMRealUGT,
                                           LLVMRealULE, LLVMRealULT};
    StackVal v[2];
    CilStackKind k;
    if (!pop_n(im, v, 2)) return false;
    bool refs = (v[0].kind == SK_REF || v[0].kind == SK_PTR) &&
                (v[1].kind == SK_REF || v[1].kind == SK_PTR);
    if (refs) {
        *out = LLVMBuildICmp(im->b, ip[c], v[0].v, v[1].v, "");
        return true;
    }
    if ((v[0].kind == SK_PTR && v[1].kind == SK_I) || (v[0].kind == SK_I && v[1].kind == SK_PTR)) {
        for (int i = 0; i < 2; i++)
            if (v[i].kind == SK_PTR) v[i].v = LLVMBuildPtrToInt(im->b, v[i].v, im->t_i64, "");
        *out = LLVMBuildICmp(im->b, ip[c], v[0].v, v[1].v, "");
        return true;
    }
    if (!unify(im, &v[0], &v[1], &k)) return false;
    if (is_float_kind(k))
        *out = LLVMBuildFCmp(im->b, fp[c], v[0].v, v[1].v, "");
    else if (is_int_kind(k))
        *out = LLVMBuildICmp(im->b, ip[c], v[0].v, v[1].v, "");
    else
        return fail(im, "%s: operands cannot be compared", cil_opinfo[im->cur->op].name);
    return true;
}

static bool op_compare(Importer *im, Cmp c)
{
    LLVMValueRef r;
    return compare(im, c, &r) && push(im, SK_I4, LLVMBuildZExt(im->b, r, im->t_i32, ""), NULL);
}

static uint32_t next_offset(Importer *im)
{
    return im->cur->offset + im->cur->size;
}

static bool cond_branch(Importer *im, LLVMValueRef cond, uint32_t target)
{
    uint32_t fall = next_offset(im);
    if (fall >= im->body.code_size)
        return fail(im, "conditional branch falls through the end of the method");
    if (!flow_to(im, target) || !flow_to(im, fall)) return false;
    LLVMBuildCondBr(im->b, cond, block_at(im, target)->bb, block_at(im, fall)->bb);
    im->terminated = true;
    return true;
}

static bool op_branch_cmp(Importer *im, Cmp c)
{
    LLVMValueRef cond;
    return compare(im, c, &cond) && cond_branch(im, cond, im->cur->arg.target);
}

static bool op_brtrue(Importer *im, bool when_true)
{
    StackVal v;
    if (!pop(im, &v)) return false;
    if (is_float_kind(v.kind) || v.kind == SK_NONE || v.kind == SK_VT)
        return fail(im, "brtrue/brfalse needs an integer or reference operand");
    LLVMValueRef z = LLVMConstNull(LLVMTypeOf(v.v));
    LLVMValueRef cond = LLVMBuildICmp(im->b, when_true ? LLVMIntNE : LLVMIntEQ, v.v, z, "");
    return cond_branch(im, cond, im->cur->arg.target);
}

static bool op_br(Importer *im, uint32_t target)
{
    if (!flow_to(im, target)) return false;
    LLVMBuildBr(im->b, block_at(im, target)->bb);
    im->terminated = true;
    return true;
}

static bool op_switch(Importer *im)
{
    StackVal v;
    if (!pop(im, &v)) return false;
    if (v.kind != SK_I4 && v.kind != SK_I) return fail(im, "switch needs an integer operand");
    uint32_t fall = next_offset(im);
    if (fall >= im->body.code_size) return fail(im, "switch falls through the end of the method");
    if (!flow_to(im, fall)) return false;
    LLVMValueRef sw = LLVMBuildSwitch(im->b, v.v, block_at(im, fall)->bb, im->cur->n_targets);
    for (uint32_t i = 0; i < im->cur->n_targets; i++) {
        if (!flow_to(im, im->cur->targets[i])) return false;
        LLVMAddCase(sw, LLVMConstInt(LLVMTypeOf(v.v), i, 0), block_at(im, im->cur->targets[i])->bb);
    }
    im->terminated = true;
    return true;
}

static bool same_extension(const CilType *a, const CilType *b)
{
    bool sa = a && is_small_int(a), sb = b && is_small_int(b);
    return sa == sb && (!sa || is_unsigned_small(a) == is_unsigned_small(b));
}

/* Whether m and the method being compiled pass arguments and results alike, the same
 * LLVM types and the same sign or zero extension of small integers. */
static bool same_abi(Importer *im, CilMethod *m)
{
    CilMethod *self = im->m;
    if (cil_llvm_fn_type(im->ctx, m) != cil_llvm_fn_type(im->ctx, self) ||
        !same_extension(m->ret, self->ret))
        return false;
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        if (!same_extension(m->params[i], self->params[i])) return false;
    return true;
}

/* The value a tail. call's result returns as: a small integer widened on the evaluation
 * stack and narrowed again for ret is the call's own result. */
static LLVMValueRef tail_result(Importer *im, LLVMValueRef r)
{
    LLVMValueRef call = im->tail_call;
    if (!call || !LLVMIsATruncInst(r) || LLVMTypeOf(r) != LLVMTypeOf(call)) return r;
    LLVMValueRef wide = LLVMGetOperand(r, 0);
    if ((LLVMIsAZExtInst(wide) || LLVMIsASExtInst(wide)) && LLVMGetOperand(wide, 0) == call) {
        LLVMInstructionEraseFromParent(r);
        if (!LLVMGetFirstUse(wide)) LLVMInstructionEraseFromParent(wide);
        return call;
    }
    return r;
}

/* A tail. call that returns straight away (its result, if any, unchanged) to a callee of
 * the same signature becomes musttail: the jump is then guaranteed, and optimisations that
 * would leave something to do after the call (a result known to be constant, say) keep
 * away from it. */
static void must_tail(Importer *im, LLVMValueRef result)
{
    LLVMValueRef call = im->tail_call;
    if (!call || LLVMGetLastInstruction(LLVMGetInsertBlock(im->b)) != call) return;
    CilMethod *m = im->tail_callee;
    if ((result && result != call) || (m->impl_flags & MIF_INTERNALCALL) || !same_abi(im, m))
        return;
    add_ext_attr(im->ctx, call, 0, m->ret, true); /* as m's definition promises */
    LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
}

static bool op_ret(Importer *im)
{
    if (im->filter) return fail(im, "ret inside a filter block");
    CilType *rt = im->m->ret;
    if (rt) {
        StackVal v;
        if (!pop(im, &v) || !check_storable(im, v, rt, "ret")) return false;
        if (im->sp)
            return fail(im, "stack must hold only the return value at ret (has %u more)", im->sp);
        if (has_sret(im->m)) {
            copy_vt(im, LLVMGetParam(im->fn, 0), v.v, rt);
            sync_exit(im);
            LLVMBuildRetVoid(im->b);
        } else {
            LLVMValueRef r = tail_result(im, narrow(im, v, rt));
            sync_exit(im); /* before must_tail: a call it follows is no tail call */
            must_tail(im, r);
            LLVMBuildRet(im->b, r);
        }
    } else {
        if (im->sp)
            return fail(im, "stack must be empty at ret in a method returning void (has %u)",
                        im->sp);
        sync_exit(im);
        must_tail(im, NULL);
        LLVMBuildRetVoid(im->b);
    }
    im->terminated = true;
    return true;
}

/* ---- conversions ---- */

typedef struct ConvInfo {
    uint8_t elem; /* target: ELEMENT_TYPE_* */
    bool ovf, un; /* checked; source treated as unsigned */
} ConvInfo;

static bool conv_info(CilOpcode op, ConvInfo *ci)
{
    static const struct {
        CilOpcode op;
        uint8_t elem;
        bool ovf, un;
    } table[] = {
        {CEE_CONV_I1, ELEMENT_TYPE_I1, 0, 0},        {CEE_CONV_I2, ELEMENT_TYPE_I2, 0, 0},
        {CEE_CONV_I4, ELEMENT_TYPE_I4, 0, 0},        {CEE_CONV_I8, ELEMENT_TYPE_I8, 0, 0},
        {CEE_CONV_R4, ELEMENT_TYPE_R4, 0, 0},        {CEE_CONV_R8, ELEMENT_TYPE_R8, 0, 0},
        {CEE_CONV_U4, ELEMENT_TYPE_U4, 0, 0},        {CEE_CONV_U8, ELEMENT_TYPE_U8, 0, 0},
        {CEE_CONV_U2, ELEMENT_TYPE_U2, 0, 0},        {CEE_CONV_U1, ELEMENT_TYPE_U1, 0, 0},
        {CEE_CONV_I, ELEMENT_TYPE_I, 0, 0},          {CEE_CONV_U, ELEMENT_TYPE_U, 0, 0},
        {CEE_CONV_R_UN, ELEMENT_TYPE_R8, 0, 1},      {CEE_CONV_OVF_I1, ELEMENT_TYPE_I1, 1, 0},
        {CEE_CONV_OVF_U1, ELEMENT_TYPE_U1, 1, 0},    {CEE_CONV_OVF_I2, ELEMENT_TYPE_I2, 1, 0},
        {CEE_CONV_OVF_U2, ELEMENT_TYPE_U2, 1, 0},    {CEE_CONV_OVF_I4, ELEMENT_TYPE_I4, 1, 0},
        {CEE_CONV_OVF_U4, ELEMENT_TYPE_U4, 1, 0},    {CEE_CONV_OVF_I8, ELEMENT_TYPE_I8, 1, 0},
        {CEE_CONV_OVF_U8, ELEMENT_TYPE_U8, 1, 0},    {CEE_CONV_OVF_I, ELEMENT_TYPE_I, 1, 0},
        {CEE_CONV_OVF_U, ELEMENT_TYPE_U, 1, 0},      {CEE_CONV_OVF_I1_UN, ELEMENT_TYPE_I1, 1, 1},
        {CEE_CONV_OVF_I2_UN, ELEMENT_TYPE_I2, 1, 1}, {CEE_CONV_OVF_I4_UN, ELEMENT_TYPE_I4, 1, 1},
        {CEE_CONV_OVF_I8_UN, ELEMENT_TYPE_I8, 1, 1}, {CEE_CONV_OVF_U1_UN, ELEMENT_TYPE_U1, 1, 1},
        {CEE_CONV_OVF_U2_UN, ELEMENT_TYPE_U2, 1, 1}, {CEE_CONV_OVF_U4_UN, ELEMENT_TYPE_U4, 1, 1},
        {CEE_CONV_OVF_U8_UN, ELEMENT_TYPE_U8, 1, 1}, {CEE_CONV_OVF_I_UN, ELEMENT_TYPE_I, 1, 1},
        {CEE_CONV_OVF_U_UN, ELEMENT_TYPE_U, 1, 1},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].op == op) {
            *ci = (ConvInfo){table[i].elem, table[i].ovf, table[i].un};
            return true;
        }
    return false;
}

static void target_range(uint8_t e, unsigned *bits, bool *is_signed)
{
    switch (e) {
    case ELEMENT_TYPE_I1:
        *bits = 8;
        *is_signed = true;
        break;
    case ELEMENT_TYPE_U1:
        *bits = 8;
        *is_signed = false;
        break;
    case ELEMENT_TYPE_I2:
        *bits = 16;
        *is_signed = true;
        break;
    case ELEMENT_TYPE_U2:
        *bits = 16;
        *is_signed = false;
        break;
    case ELEMENT_TYPE_I4:
        *bits = 32;
        *is_signed = true;
        break;
    case ELEMENT_TYPE_U4:
        *bits = 32;
        *is_signed = false;
        break;
    case ELEMENT_TYPE_I8:
    case ELEMENT_TYPE_I:
        *bits = 64;
        *is_signed = true;
        break;
    default:
        *bits = 64;
        *is_signed = false;
        break;
    }
}

static LLVMValueRef sat_intrinsic(Importer *im, const char *name, LLVMValueRef v, LLVMTypeRef to)
{
    LLVMTypeRef tys[2] = {to, LLVMTypeOf(v)}, fty;
    LLVMValueRef f = intrinsic(im, name, tys, 2, &fty);
    return LLVMBuildCall2(im->b, fty, f, &v, 1, "");
}

/* Unchecked float to int32 or int64 as x64's cvttsd2si does it, which Mono follows (and
 * CoreCLR did before .NET 9 made them saturate): out of range and NaN give the "integer
 * indefinite" value, the type's minimum. ECMA-335 leaves the result unspecified. */
static LLVMValueRef cvtt(Importer *im, LLVMValueRef x, unsigned bits)
{
    LLVMTypeRef to = LLVMIntTypeInContext(im->ctx, bits);
    double lim = ldexp(1.0, (int)bits - 1);
    LLVMValueRef in = LLVMBuildAnd(
        im->b, LLVMBuildFCmp(im->b, LLVMRealOGE, x, LLVMConstReal(im->t_f64, -lim), ""),
        LLVMBuildFCmp(im->b, LLVMRealOLT, x, LLVMConstReal(im->t_f64, lim), ""), "");
    LLVMValueRef v = sat_intrinsic(im, "llvm.fptosi.sat", x, to);
    return LLVMBuildSelect(im->b, in, v, LLVMConstInt(to, 1ull << (bits - 1), 0), "");
}

/* Float to integer: checked conversions test the range first (NaN fails every test). */
static LLVMValueRef conv_from_float(Importer *im, StackVal v, ConvInfo ci, unsigned bits, bool sgn)
{
    LLVMTypeRef to = LLVMIntTypeInContext(im->ctx, bits);
    LLVMValueRef x = v.kind == SK_F4 ? LLVMBuildFPExt(im->b, v.v, im->t_f64, "") : v.v;
    if (ci.ovf) {
        double lo = sgn ? -ldexp(1.0, (int)bits - 1) - 1.0 : -1.0;
        double hi = sgn ? ldexp(1.0, (int)bits - 1) : ldexp(1.0, (int)bits);
        LLVMValueRef in = LLVMBuildAnd(
            im->b, LLVMBuildFCmp(im->b, LLVMRealOGT, x, LLVMConstReal(im->t_f64, lo), ""),
            LLVMBuildFCmp(im->b, LLVMRealOLT, x, LLVMConstReal(im->t_f64, hi), ""), "");
        check(im, LLVMBuildNot(im->b, in, ""), THROW_OVERFLOW);
    }
    if (bits == 64 && !sgn) { /* from 2^63 up: convert x - 2^63 and set the top bit back */
        LLVMValueRef lo = cvtt(im, x, 64);
        LLVMValueRef two63 = LLVMConstReal(im->t_f64, ldexp(1.0, 63));
        LLVMValueRef hi = LLVMBuildXor(im->b, cvtt(im, LLVMBuildFSub(im->b, x, two63, ""), 64),
                                       LLVMConstInt(im->t_i64, 1ull << 63, 0), "");
        return LLVMBuildSelect(im->b, LLVMBuildFCmp(im->b, LLVMRealOLT, x, two63, ""), lo, hi, "");
    }
    /* uint32 keeps the low half of the 64-bit conversion; int16 and the like of the 32-bit
     * one: (uint)-2.0 is 0xFFFFFFFE, (byte)300.0 is 44. */
    LLVMValueRef r = cvtt(im, x, bits == 64 || (bits == 32 && !sgn) ? 64 : 32);
    return LLVMTypeOf(r) == to ? r : LLVMBuildTrunc(im->b, r, to, "");
}

/* Integer to integer with an optional range check against the target. */
static LLVMValueRef conv_int(Importer *im, StackVal v, ConvInfo ci, unsigned bits, bool sgn)
{
    LLVMValueRef x = v.v;
    unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(x));
    /* Widening an int32: checked forms read the source as signed unless .un; unchecked
     * ones extend by the target's signedness (conv.u8 zero-extends, conv.i8 sign-extends). */
    bool zext = ci.ovf ? ci.un : !sgn;
    if (w < 64)
        x = zext ? LLVMBuildZExt(im->b, x, im->t_i64, "") : LLVMBuildSExt(im->b, x, im->t_i64, "");
    if (ci.ovf) {
        LLVMValueRef bad;
        if (sgn) {
            int64_t hi = bits == 64 ? INT64_MAX : (int64_t)((1ull << (bits - 1)) - 1);
            int64_t lo = bits == 64 ? INT64_MIN : -(int64_t)(1ull << (bits - 1));
            bad =
                ci.un
                    ? LLVMBuildICmp(im->b, LLVMIntUGT, x, const_i64(im, hi), "")
                    : LLVMBuildOr(im->b, LLVMBuildICmp(im->b, LLVMIntSGT, x, const_i64(im, hi), ""),
                                  LLVMBuildICmp(im->b, LLVMIntSLT, x, const_i64(im, lo), ""), "");
        } else {
            uint64_t hi = bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
            bad = ci.un ? LLVMBuildICmp(im->b, LLVMIntUGT, x, LLVMConstInt(im->t_i64, hi, 0), "")
                        : LLVMBuildOr(im->b,
                                      LLVMBuildICmp(im->b, LLVMIntSLT, x, const_i64(im, 0), ""),
                                      bits == 64 ? LLVMConstInt(im->t_i1, 0, 0)
                                                 : LLVMBuildICmp(im->b, LLVMIntSGT, x,
                                                                 const_i64(im, (int64_t)hi), ""),
                                      "");
        }
        check(im, bad, THROW_OVERFLOW);
    }
    return bits < 64 ? LLVMBuildTrunc(im->b, x, LLVMIntTypeInContext(im->ctx, bits), "") : x;
}

static bool op_conv(Importer *im, CilOpcode op)
{
    ConvInfo ci;
    StackVal v;
    if (!conv_info(op, &ci) || !pop(im, &v)) return false;
    if (v.kind == SK_REF || v.kind == SK_PTR) { /* conv.i/u of a pointer: GC-unsafe but legal */
        v.v = LLVMBuildPtrToInt(im->b, v.v, im->t_i64, "");
        v.kind = SK_I;
    }
    if (!is_int_kind(v.kind) && !is_float_kind(v.kind))
        return fail(im, "%s needs a numeric operand", cil_opinfo[op].name);
    if (ci.elem == ELEMENT_TYPE_R4 || ci.elem == ELEMENT_TYPE_R8) {
        LLVMTypeRef to = ci.elem == ELEMENT_TYPE_R4 ? im->t_f32 : im->t_f64;
        LLVMValueRef r;
        if (is_float_kind(v.kind))
            r = v.kind == SK_F4 && to == im->t_f64   ? LLVMBuildFPExt(im->b, v.v, to, "")
                : v.kind == SK_F8 && to == im->t_f32 ? LLVMBuildFPTrunc(im->b, v.v, to, "")
                                                     : v.v;
        else if (ci.un) {
            LLVMValueRef x = v.kind == SK_I4 ? LLVMBuildZExt(im->b, v.v, im->t_i64, "") : v.v;
            r = LLVMBuildUIToFP(im->b, x, to, "");
        } else
            r = LLVMBuildSIToFP(im->b, v.v, to, "");
        return push(im, ci.elem == ELEMENT_TYPE_R4 ? SK_F4 : SK_F8, r, NULL);
    }
    unsigned bits;
    bool sgn;
    target_range(ci.elem, &bits, &sgn);
    LLVMValueRef r = is_float_kind(v.kind) ? conv_from_float(im, v, ci, bits, sgn)
                                           : conv_int(im, v, ci, bits, sgn);
    if (bits < 32)
        r = sgn ? LLVMBuildSExt(im->b, r, im->t_i32, "") : LLVMBuildZExt(im->b, r, im->t_i32, "");
    CilStackKind k = bits <= 32                                                 ? SK_I4
                     : (ci.elem == ELEMENT_TYPE_I || ci.elem == ELEMENT_TYPE_U) ? SK_I
                                                                                : SK_I8;
    return push(im, k, r, NULL);
}

/* ---- indirect loads and stores ---- */

static CilType *prim(Importer *im, uint8_t e)
{
    return im->l->well_known[e];
}

static bool load_indirect(Importer *im, CilType *t)
{
    StackVal p;
    if (!pop(im, &p)) return false;
    if (p.kind != SK_PTR && p.kind != SK_I)
        return fail(im, "%s needs a pointer operand", cil_opinfo[im->cur->op].name);
    LLVMValueRef addr = p.kind == SK_I ? LLVMBuildIntToPtr(im->b, p.v, im->t_ptr, "") : p.v;
    null_check(im, addr);
    return push_typed(im, LLVMBuildLoad2(im->b, storage_type(im->ctx, t), addr, ""), t);
}

static bool store_indirect(Importer *im, CilType *t)
{
    StackVal v[2];
    if (!pop_n(im, v, 2)) return false;
    if (v[0].kind != SK_PTR && v[0].kind != SK_I)
        return fail(im, "%s needs a pointer operand", cil_opinfo[im->cur->op].name);
    LLVMValueRef addr =
        v[0].kind == SK_I ? LLVMBuildIntToPtr(im->b, v[0].v, im->t_ptr, "") : v[0].v;
    null_check(im, addr);
    LLVMBuildStore(im->b, narrow(im, v[1], t), addr);
    return true;
}

static uint8_t ldind_elem(CilOpcode op)
{
    switch (op) {
    case CEE_LDIND_I1:
    case CEE_STIND_I1:
    case CEE_LDELEM_I1:
    case CEE_STELEM_I1: return ELEMENT_TYPE_I1;
    case CEE_LDIND_U1:
    case CEE_LDELEM_U1: return ELEMENT_TYPE_U1;
    case CEE_LDIND_I2:
    case CEE_STIND_I2:
    case CEE_LDELEM_I2:
    case CEE_STELEM_I2: return ELEMENT_TYPE_I2;
    case CEE_LDIND_U2:
    case CEE_LDELEM_U2: return ELEMENT_TYPE_U2;
    case CEE_LDIND_I4:
    case CEE_STIND_I4:
    case CEE_LDELEM_I4:
    case CEE_STELEM_I4: return ELEMENT_TYPE_I4;
    case CEE_LDIND_U4:
    case CEE_LDELEM_U4: return ELEMENT_TYPE_U4;
    case CEE_LDIND_I8:
    case CEE_STIND_I8:
    case CEE_LDELEM_I8:
    case CEE_STELEM_I8: return ELEMENT_TYPE_I8;
    case CEE_LDIND_I:
    case CEE_STIND_I:
    case CEE_LDELEM_I:
    case CEE_STELEM_I: return ELEMENT_TYPE_I;
    case CEE_LDIND_R4:
    case CEE_STIND_R4:
    case CEE_LDELEM_R4:
    case CEE_STELEM_R4: return ELEMENT_TYPE_R4;
    case CEE_LDIND_R8:
    case CEE_STIND_R8:
    case CEE_LDELEM_R8:
    case CEE_STELEM_R8: return ELEMENT_TYPE_R8;
    default: return ELEMENT_TYPE_OBJECT; /* *.ref */
    }
}

/* ---- fields ---- */

static CilField *resolve_field(Importer *im, bool want_static)
{
    CilField *f = cil_field_from_token(im->l, im->img, im->cur->arg.token, &im->gctx, im->diag);
    if (!f) {
        fail_resolve(im);
        return NULL;
    }
    if (f->is_static != want_static) {
        fail(im, "%s used on %s field %s::%s", cil_opinfo[im->cur->op].name,
             f->is_static ? "static" : "instance", f->owner->full_name, f->name);
        return NULL;
    }
    if (f->type->kind == TK_VALUETYPE && !cil_type_layout(f->type, im->diag)) {
        fail_resolve(im);
        return NULL;
    }
    return f;
}

/* Address of an instance field, from an object reference or a pointer to a value type. */
static bool field_address(Importer *im, CilField *f, LLVMValueRef *addr)
{
    StackVal obj;
    if (!pop(im, &obj)) return false;
    if (obj.kind != SK_REF && obj.kind != SK_PTR && obj.kind != SK_I && obj.kind != SK_VT)
        return fail(im, "%s needs an object, pointer or struct operand",
                    cil_opinfo[im->cur->op].name);
    if (obj.kind == SK_VT && im->cur->op != CEE_LDFLD)
        return fail(im, "%s needs the address of the struct, not its value",
                    cil_opinfo[im->cur->op].name);
    LLVMValueRef base = obj.kind == SK_I ? LLVMBuildIntToPtr(im->b, obj.v, im->t_ptr, "") : obj.v;
    /* The address of a field through an unmanaged pointer is arithmetic, as in C and on
     * .NET (&p->f of a null p does not throw); a load or store through it is checked. */
    bool unmanaged = obj.kind == SK_I || (obj.type && obj.type->kind == TK_POINTER);
    if (obj.kind != SK_VT && !(unmanaged && im->cur->op == CEE_LDFLDA)) null_check(im, base);
    uint32_t off = f->offset;
    if (f->owner->kind == TK_VALUETYPE && obj.kind == SK_REF) off += 8; /* a boxed value type */
    LLVMValueRef idx = const_i64(im, off);
    *addr = LLVMBuildGEP2(im->b, im->t_i8, base, &idx, 1, "");
    return true;
}

/* Has t's .cctor finished? Another thread may be running it while this one compiles. */
static bool init_done(const CilType *t)
{
    return t->rt && __atomic_load_n(&t->rt->init_state, __ATOMIC_ACQUIRE) == RT_INIT_DONE;
}

static bool needs_init_check(Importer *im, CilType *t)
{
    if (!cil_type_cctor(t)) return false;
    if (init_done(t) && !im->pol->symbols)
        return false; /* already ran: the check can never fire again */
    bool beforefieldinit = (t->flags & TDF_BEFOREFIELDINIT) != 0;
    return !(t == im->m->owner && !beforefieldinit);
}

static void class_init_check(Importer *im, CilType *t)
{
    LLVMValueRef rtv = type_handle(im, t);
    LLVMValueRef idx = const_i64(im, offsetof(RtType, init_state));
    LLVMValueRef state =
        LLVMBuildLoad2(im->b, im->t_i32, LLVMBuildGEP2(im->b, im->t_i8, rtv, &idx, 1, ""), "");
    LLVMSetOrdering(state, LLVMAtomicOrderingAcquire);
    LLVMValueRef done = LLVMBuildICmp(im->b, LLVMIntEQ, state, const_i32(im, RT_INIT_DONE), "");
    LLVMBasicBlockRef init = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "cctor");
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "inited");
    LLVMBuildCondBr(im->b, done, cont, init);
    LLVMPositionBuilderAtEnd(im->b, init);
    LLVMTypeRef pt = im->t_ptr;
    call_rt(im, "rt_run_class_init", im->t_void, &pt, &rtv, 1);
    LLVMBuildBr(im->b, cont);
    LLVMPositionBuilderAtEnd(im->b, cont);
}

/* A [ThreadStatic] field: in this thread's block of the type's, which the runtime finds. */
static bool thread_static_address(Importer *im, CilField *f, LLVMValueRef *addr)
{
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_i32};
    LLVMValueRef args[2] = {type_handle(im, f->owner),
                            const_i32(im, (int32_t)f->owner->thread_statics_size)};
    LLVMValueRef base = call_rt(im, "rt_thread_static_base", im->t_ptr, pts, args, 2);
    LLVMValueRef idx = const_i64(im, f->offset);
    *addr = LLVMBuildGEP2(im->b, im->t_i8, base, &idx, 1, "");
    return true;
}

static bool static_address(Importer *im, CilField *f, LLVMValueRef *addr)
{
    RtType *rt = cil_type_handle(f->owner, im->diag);
    if (!rt) return fail_resolve(im);
    if (needs_init_check(im, f->owner)) class_init_check(im, f->owner);
    if (f->thread_static) return thread_static_address(im, f, addr);
    const CilSymbols *sym = im->pol->symbols;
    if (!sym) {
        *addr = const_ptr(im, (char *)rt->statics + f->offset);
        return true;
    }
    LLVMValueRef idx = const_i64(im, f->offset);
    *addr = LLVMBuildGEP2(im->b, im->t_i8, sym_value(im, sym->statics(sym->ctx, im->mod, f->owner)),
                          &idx, 1, "");
    return true;
}

static bool op_field(Importer *im, CilOpcode op)
{
    bool is_static = op == CEE_LDSFLD || op == CEE_STSFLD || op == CEE_LDSFLDA;
    CilField *f = resolve_field(im, is_static);
    if (!f) return false;
    StackVal v = {0};
    if (op == CEE_STFLD || op == CEE_STSFLD) {
        if (!pop(im, &v) || !check_storable(im, v, f->type, cil_opinfo[op].name)) return false;
    }
    LLVMValueRef addr = NULL;
    if (!(is_static ? static_address(im, f, &addr) : field_address(im, f, &addr))) return false;
    switch (op) {
    case CEE_LDFLD:
    case CEE_LDSFLD: return push_from(im, addr, f->type);
    case CEE_LDFLDA:
    case CEE_LDSFLDA: return push(im, SK_PTR, addr, cil_byref_type(f->type));
    default: store_to(im, addr, v, f->type); return true;
    }
}

/* ---- arrays ---- */

/* A word that never changes once the object exists (an array's length, an object's
 * type): LLVM may then keep it in a register across stores into the object. */
static LLVMValueRef invariant(Importer *im, LLVMValueRef load)
{
    unsigned kind = LLVMGetMDKindIDInContext(im->ctx, "invariant.load", 14);
    LLVMSetMetadata(load, kind,
                    LLVMMetadataAsValue(im->ctx, LLVMMDNodeInContext2(im->ctx, NULL, 0)));
    return load;
}

static LLVMValueRef array_length(Importer *im, LLVMValueRef arr)
{
    LLVMValueRef idx = const_i64(im, offsetof(RtArray, length));
    LLVMValueRef len =
        LLVMBuildLoad2(im->b, im->t_i64, LLVMBuildGEP2(im->b, im->t_i8, arr, &idx, 1, ""), "len");
    return invariant(im, len);
}

/* Address of element `index` after null and bounds checks. */
static bool element_address(Importer *im, StackVal arr, StackVal index, uint32_t elem_size,
                            LLVMValueRef *out)
{
    if (arr.kind != SK_REF)
        return fail(im, "%s needs an array operand", cil_opinfo[im->cur->op].name);
    if (index.kind != SK_I4 && index.kind != SK_I)
        return fail(im, "%s needs an integer index", cil_opinfo[im->cur->op].name);
    null_check(im, arr.v);
    LLVMValueRef i = index.kind == SK_I4 ? LLVMBuildSExt(im->b, index.v, im->t_i64, "") : index.v;
    check(im, LLVMBuildICmp(im->b, LLVMIntUGE, i, array_length(im, arr.v), ""), THROW_RANGE);
    LLVMValueRef off = LLVMBuildAdd(im->b, LLVMBuildMul(im->b, i, const_i64(im, elem_size), ""),
                                    const_i64(im, RT_ARRAY_DATA_OFFSET), "");
    *out = LLVMBuildGEP2(im->b, im->t_i8, arr.v, &off, 1, "");
    return true;
}

static uint32_t elem_size_of(CilType *t)
{
    CilDiag d;
    if (t->kind != TK_VALUETYPE) return 8;
    return cil_type_layout(t, &d) ? t->size : 0; /* a struct's layout was checked when resolved */
}

static CilType *token_type(Importer *im)
{
    CilType *t = cil_type_from_token(im->l, im->img, im->cur->arg.token, &im->gctx, im->diag);
    /* a generic struct's definition (typeof(S<>)) has no layout, nor needs one */
    if (!t || (t->kind == TK_VALUETYPE && !t->n_generic_params && !cil_type_layout(t, im->diag))) {
        fail_resolve(im);
        return NULL;
    }
    return t;
}

static bool op_ldelem(Importer *im, CilType *t)
{
    StackVal v[2];
    LLVMValueRef addr;
    if (!t || !pop_n(im, v, 2)) return false;
    if (!element_address(im, v[0], v[1], elem_size_of(t), &addr)) return false;
    if (t == im->l->t_object && v[0].type && v[0].type->kind == TK_ARRAY)
        t = v[0].type->elem; /* keep the static element type for later calls */
    return push_from(im, addr, t);
}

static bool op_stelem(Importer *im, CilType *t)
{
    StackVal v[3];
    LLVMValueRef addr;
    if (!t || !pop_n(im, v, 3)) return false;
    if (!element_address(im, v[0], v[1], elem_size_of(t), &addr)) return false;
    if (t->kind !=
        TK_VALUETYPE) { /* covariance: the stored object must fit the real element type */
        if (v[2].kind != SK_REF) return fail(im, "stelem.ref needs an object reference");
        LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
        LLVMValueRef args[2] = {v[0].v, v[2].v};
        /* A sealed element class admits nothing else, unless it is a generic instance: a
         * variant delegate's array may hold a compatible instantiation (Func<string>[] is a
         * Func<object>[]). */
        const CilType *elem = v[0].type && v[0].type->kind == TK_ARRAY ? v[0].type->elem : NULL;
        bool exact =
            elem && (elem->flags & TDF_SEALED) && elem->kind == TK_CLASS && !elem->generic_def;
        if (!exact) call_rt(im, "rt_array_store_check", im->t_void, pts, args, 2);
    }
    store_to(im, addr, v[2], t);
    return true;
}

/* ldelema of a reference type checks that the array's element type is exactly the one
 * named (III.4.9): through covariance a string[] is an object[], and a writable object&
 * into it would let any object in. A sealed class has no covariant arrays; readonly. asks
 * for no check (the address is only read through, as generic code on T[] does). */
static bool op_ldelema(Importer *im)
{
    CilType *t = token_type(im);
    bool readonly = im->readonly_prefix;
    im->readonly_prefix = false;
    StackVal v[2];
    LLVMValueRef addr;
    if (!t || !pop_n(im, v, 2) || !element_address(im, v[0], v[1], elem_size_of(t), &addr))
        return false;
    bool exact = t->kind == TK_VALUETYPE ||
                 ((t->flags & TDF_SEALED) && t->kind == TK_CLASS && !t->generic_def);
    if (!readonly && !exact) {
        LLVMValueRef h = type_handle(im, t);
        if (!h) return fail_resolve(im);
        LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
        LLVMValueRef args[2] = {v[0].v, h};
        call_rt(im, "rt_array_address_check", im->t_void, pts, args, 2);
    }
    return push(im, SK_PTR, addr, cil_byref_type(t));
}

static bool op_newarr(Importer *im)
{
    CilType *t = token_type(im);
    StackVal n;
    if (!t || !pop(im, &n)) return false;
    if (n.kind != SK_I4 && n.kind != SK_I) return fail(im, "newarr needs an integer length");
    CilType *at = cil_array_type(t);
    LLVMValueRef h = type_handle(im, at);
    if (!h) return fail_resolve(im);
    LLVMValueRef len = n.kind == SK_I4 ? LLVMBuildSExt(im->b, n.v, im->t_i64, "") : n.v;
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_i64};
    LLVMValueRef args[2] = {h, len};
    return push(im, SK_REF, call_rt(im, "rt_new_array", im->t_ptr, pts, args, 2), at);
}

static bool op_ldlen(Importer *im)
{
    StackVal a;
    if (!pop(im, &a)) return false;
    if (a.kind != SK_REF) return fail(im, "ldlen needs an array operand");
    null_check(im, a.v);
    return push(im, SK_I, array_length(im, a.v), NULL);
}

/* ---- multidimensional arrays (ECMA-335 II.14.2): .ctor, Get, Set and Address are
 * provided by the runtime, so the importer expands them: bounds are checked per
 * dimension against the lengths and lower bounds stored after the total length. ---- */

static LLVMValueRef md_element_address(Importer *im, CilType *t, LLVMValueRef arr, StackVal *idx)
{
    null_check(im, arr);
    LLVMValueRef flat = const_i64(im, 0);
    for (uint32_t d = 0; d < t->rank; d++) {
        LLVMValueRef off_len = const_i64(im, RT_ARRAY_DATA_OFFSET + 4 * d);
        LLVMValueRef off_lo = const_i64(im, RT_ARRAY_DATA_OFFSET + 4 * (t->rank + d));
        LLVMValueRef len = LLVMBuildLoad2(im->b, im->t_i32,
                                          LLVMBuildGEP2(im->b, im->t_i8, arr, &off_len, 1, ""), "");
        LLVMValueRef lo = LLVMBuildLoad2(im->b, im->t_i32,
                                         LLVMBuildGEP2(im->b, im->t_i8, arr, &off_lo, 1, ""), "");
        LLVMValueRef i =
            idx[d].kind == SK_I4 ? idx[d].v : LLVMBuildTrunc(im->b, idx[d].v, im->t_i32, "");
        LLVMValueRef rel = LLVMBuildSub(im->b, i, lo, "");
        check(im, LLVMBuildICmp(im->b, LLVMIntUGE, rel, len, ""), THROW_RANGE);
        flat = LLVMBuildAdd(im->b,
                            LLVMBuildMul(im->b, flat, LLVMBuildZExt(im->b, len, im->t_i64, ""), ""),
                            LLVMBuildZExt(im->b, rel, im->t_i64, ""), "");
    }
    uint32_t data = (RT_ARRAY_DATA_OFFSET + 8 * t->rank + 7) & ~7u;
    LLVMValueRef off =
        LLVMBuildAdd(im->b, LLVMBuildMul(im->b, flat, const_i64(im, elem_size_of(t->elem)), ""),
                     const_i64(im, data), "");
    return LLVMBuildGEP2(im->b, im->t_i8, arr, &off, 1, "");
}

static bool md_new(Importer *im, CilType *t, uint32_t n)
{
    StackVal *args = cil_arena_alloc(&im->arena, (n + 1) * sizeof *args);
    if (n != t->rank && n != 2 * t->rank)
        return fail(im, "%s constructor with %u arguments", t->full_name, n);
    if (!pop_n(im, args, n)) return false;
    LLVMValueRef bounds = entry_alloca(im, LLVMArrayType2(im->t_i32, 2 * t->rank), "bounds");
    for (uint32_t d = 0; d < t->rank; d++) { /* (lengths) or (lower bound, length) pairs */
        StackVal len = n == t->rank ? args[d] : args[2 * d + 1];
        LLVMValueRef lo = n == t->rank ? const_i32(im, 0) : args[2 * d].v;
        if (!is_int_kind(len.kind)) return fail(im, "array bounds must be integers");
        LLVMValueRef i_len = const_i64(im, 4 * d), i_lo = const_i64(im, 4 * (t->rank + d));
        LLVMValueRef l32 = len.kind == SK_I4 ? len.v : LLVMBuildTrunc(im->b, len.v, im->t_i32, "");
        LLVMBuildStore(im->b, l32, LLVMBuildGEP2(im->b, im->t_i8, bounds, &i_len, 1, ""));
        LLVMBuildStore(im->b, lo, LLVMBuildGEP2(im->b, im->t_i8, bounds, &i_lo, 1, ""));
    }
    LLVMValueRef h = type_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef cargs[2] = {h, bounds};
    return push(im, SK_REF, call_rt(im, "rt_new_mdarray", im->t_ptr, pts, cargs, 2), t);
}

static bool md_access(Importer *im, CilType *t, const char *name, uint32_t n)
{
    bool set = !strcmp(name, "Set"), addr = !strcmp(name, "Address");
    if ((!set && !addr && strcmp(name, "Get")) || n != t->rank + set)
        return fail(im, "unknown array method %s::%s with %u arguments", t->full_name, name, n);
    StackVal *args = cil_arena_alloc(&im->arena, (n + 2) * sizeof *args);
    if (!pop_n(im, args, n + 1)) return false;
    if (args[0].kind != SK_REF) return fail(im, "%s::%s needs an array", t->full_name, name);
    for (uint32_t d = 0; d < t->rank; d++)
        if (args[1 + d].kind != SK_I4 && args[1 + d].kind != SK_I)
            return fail(im, "%s::%s needs integer indices", t->full_name, name);
    LLVMValueRef p = md_element_address(im, t, args[0].v, args + 1);
    if (addr) return push(im, SK_PTR, p, cil_byref_type(t->elem));
    if (!set) return push_from(im, p, t->elem);
    StackVal v = args[1 + t->rank];
    if (!check_storable(im, v, t->elem, "array Set")) return false;
    if (t->elem->kind != TK_VALUETYPE) {
        LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
        LLVMValueRef cargs[2] = {args[0].v, v.v};
        call_rt(im, "rt_array_store_check", im->t_void, pts, cargs, 2);
    }
    store_to(im, p, v, t->elem);
    return true;
}

/* A MemberRef on T[,]: handled here (true with *handled set), or not an array member. */
static bool try_mdarray_member(Importer *im, bool newobj, bool *handled)
{
    uint32_t tok = im->cur->arg.token;
    *handled = false;
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_MEMBERREF || !cil_token_valid(im->img, tok)) return true;
    const CilMemberRefRow *mr = cil_memberref(im->img, CIL_TOKEN_ROW(tok));
    if (CIL_TOKEN_TABLE(mr->parent) != CIL_TBL_TYPESPEC) return true;
    CilType *t = cil_type_from_token(im->l, im->img, mr->parent, &im->gctx, im->diag);
    if (!t) return fail_resolve(im);
    if (t->kind != TK_ARRAY || !t->rank) return true;
    *handled = true;
    CilMethodSig sig;
    if (!cil_sig_method(im->img, mr->sig, &im->arena, &sig, "array method signature", im->diag))
        return fail_resolve(im);
    if (t->elem->kind == TK_VALUETYPE && !cil_type_layout(t->elem, im->diag))
        return fail_resolve(im);
    if (newobj)
        return !strcmp(mr->name, ".ctor") ? md_new(im, t, sig.n_params)
                                          : fail(im, "newobj of %s::%s", t->full_name, mr->name);
    return md_access(im, t, mr->name, sig.n_params);
}

/* ---- objects ---- */

static bool op_ldstr(Importer *im)
{
    const uint16_t *chars;
    uint32_t len;
    if (!cil_user_string(im->img, im->cur->arg.token, &chars, &len))
        return fail(im, "ldstr: bad user string token 0x%08x", im->cur->arg.token);
    const CilSymbols *sym = im->pol->symbols;
    if (sym)
        return push(im, SK_REF, sym_value(im, sym->string(sym->ctx, im->mod, chars, len)),
                    im->l->t_string);
    uint16_t *copy = malloc((len + 1) * sizeof *copy);
    memcpy(copy, chars, len * sizeof *copy);
    RtString *s = rt_string_literal(copy, (int32_t)len);
    free(copy);
    return push(im, SK_REF, const_ptr(im, s), im->l->t_string);
}

static CilField *nullable_field(CilType *t, const char *name);

static bool op_cast(Importer *im, bool is_isinst)
{
    CilType *t = token_type(im);
    StackVal v;
    if (!t || !pop(im, &v)) return false;
    if (v.kind != SK_REF)
        return fail(im, "%s needs an object reference", is_isinst ? "isinst" : "castclass");
    if (nullable_field(t, "hasValue")) /* a boxed T is what a boxed T? looks like */
        t = t->type_args[0];
    LLVMValueRef h = type_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef args[2] = {v.v, h};
    LLVMValueRef r = call_rt(im, is_isinst ? "rt_isinst" : "rt_castclass", im->t_ptr, pts, args, 2);
    return push(im, SK_REF, r, t->kind == TK_VALUETYPE ? im->l->t_object : t);
}

/* ---- Nullable<T> (ECMA-335 III.4.1): boxes as null or as a boxed T ---- */

static CilField *nullable_field(CilType *t, const char *name)
{
    if (!t->generic_def || strcmp(t->generic_def->full_name, "System.Nullable`1")) return NULL;
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_fields; i++)
        if (!t->fields[i].is_static && !strcmp(t->fields[i].name, name)) return &t->fields[i];
    return NULL;
}

static bool box_nullable(Importer *im, CilType *t, StackVal v)
{
    CilField *has = nullable_field(t, "hasValue"), *val = nullable_field(t, "value");
    if (!has || !val) return fail(im, "corlib's %s lacks hasValue or value", t->full_name);
    CilType *inner = t->type_args[0];
    LLVMValueRef result = entry_alloca(im, im->t_ptr, "boxed");
    LLVMBuildStore(im->b, LLVMConstNull(im->t_ptr), result);
    LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "hasvalue");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "boxed");
    LLVMValueRef hv = LLVMBuildLoad2(im->b, im->t_i8, field_ptr(im, v.v, has), "");
    LLVMBuildCondBr(im->b, LLVMBuildICmp(im->b, LLVMIntNE, hv, LLVMConstInt(im->t_i8, 0, 0), ""),
                    yes, done);
    LLVMPositionBuilderAtEnd(im->b, yes);
    LLVMValueRef h = constructed_handle(im, inner);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef obj = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    LLVMValueRef off = const_i64(im, 8);
    LLVMValueRef dst = LLVMBuildGEP2(im->b, im->t_i8, obj, &off, 1, "");
    if (is_struct(inner))
        copy_vt(im, dst, field_ptr(im, v.v, val), inner);
    else
        LLVMBuildStore(
            im->b, LLVMBuildLoad2(im->b, storage_type(im->ctx, inner), field_ptr(im, v.v, val), ""),
            dst);
    LLVMBuildStore(im->b, obj, result);
    LLVMBuildBr(im->b, done);
    LLVMPositionBuilderAtEnd(im->b, done);
    return push(im, SK_REF, LLVMBuildLoad2(im->b, im->t_ptr, result, ""), inner);
}

static bool unbox_nullable(Importer *im, CilType *t, StackVal obj)
{
    CilField *has = nullable_field(t, "hasValue"), *val = nullable_field(t, "value");
    if (!has || !val) return fail(im, "corlib's %s lacks hasValue or value", t->full_name);
    CilType *inner = t->type_args[0];
    LLVMValueRef tmp = vt_temp(im, t);
    zero_vt(im, tmp, t);
    LLVMBasicBlockRef some = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "some");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "unboxed");
    LLVMBuildCondBr(im->b, LLVMBuildIsNull(im->b, obj.v, ""), done, some);
    LLVMPositionBuilderAtEnd(im->b, some);
    LLVMValueRef h = type_handle(im, inner);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef args[2] = {obj.v, h};
    LLVMValueRef p = call_rt(im, "rt_unbox_nullable", im->t_ptr, pts, args, 2);
    LLVMBuildStore(im->b, LLVMConstInt(im->t_i8, 1, 0), field_ptr(im, tmp, has));
    if (is_struct(inner))
        copy_vt(im, field_ptr(im, tmp, val), p, inner);
    else
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, storage_type(im->ctx, inner), p, ""),
                       field_ptr(im, tmp, val));
    LLVMBuildBr(im->b, done);
    LLVMPositionBuilderAtEnd(im->b, done);
    return push_from(im, tmp, t);
}

/* Is the box about to be compared with null and dropped (`x == null` for a generic T that
 * is a value type)? Then it need not exist: a box is never null. */
static bool box_only_tested_for_null(Importer *im)
{
    const CilInsn *end = im->insns + im->n_insns, *n = im->cur + 1;
    if (n >= end || block_at(im, n->offset)) return false;
    switch (n->op) {
    case CEE_BRTRUE:
    case CEE_BRTRUE_S:
    case CEE_BRFALSE:
    case CEE_BRFALSE_S: return true;
    case CEE_LDNULL:
        if (n + 1 >= end || block_at(im, n[1].offset)) return false;
        switch (n[1].op) {
        case CEE_CEQ:
        case CEE_CGT_UN:
        case CEE_BEQ:
        case CEE_BEQ_S:
        case CEE_BNE_UN:
        case CEE_BNE_UN_S: return true;
        default: return false;
        }
    default: return false;
    }
}

static bool box_value(Importer *im, CilType *t, StackVal v);

static bool op_box(Importer *im)
{
    CilType *t = token_type(im);
    StackVal v;
    if (!t || !pop(im, &v)) return false;
    if (t->kind == TK_VALUETYPE && !nullable_field(t, "hasValue") && box_only_tested_for_null(im))
        return push(im, SK_REF, const_ptr(im, (void *)16), t); /* any non-null address will do */
    return box_value(im, t, v);
}

/* Pushes v (of type t) boxed. */
static bool box_value(Importer *im, CilType *t, StackVal v)
{
    if (t->kind != TK_VALUETYPE) /* box of a reference type is a no-op */
        return push(im, v.kind, v.v, t);
    if (nullable_field(t, "hasValue")) return box_nullable(im, t, v);
    LLVMValueRef h = constructed_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef obj = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    LLVMValueRef idx = const_i64(im, 8);
    store_to(im, LLVMBuildGEP2(im->b, im->t_i8, obj, &idx, 1, ""), v, t);
    return push(im, SK_REF, obj, t);
}

static bool op_unbox(Importer *im, bool any)
{
    CilType *t = token_type(im);
    StackVal v;
    if (!t || !pop(im, &v)) return false;
    if (v.kind != SK_REF) return fail(im, "unbox needs an object reference");
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef h = type_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMValueRef args[2] = {v.v, h};
    if (t->kind != TK_VALUETYPE) {
        if (!any) return fail(im, "unbox of reference type %s", t->full_name);
        return push(im, SK_REF, call_rt(im, "rt_castclass", im->t_ptr, pts, args, 2), t);
    }
    if (any && nullable_field(t, "hasValue")) return unbox_nullable(im, t, v);
    LLVMValueRef p = call_rt(im, "rt_unbox", im->t_ptr, pts, args, 2);
    if (!any) return push(im, SK_PTR, p, cil_byref_type(t));
    return push_from(im, p, t);
}

static bool op_throw(Importer *im)
{
    StackVal v;
    if (!pop(im, &v)) return false;
    if (v.kind != SK_REF) return fail(im, "throw needs an object reference");
    LLVMTypeRef pt = im->t_ptr;
    call_rt(im, "rt_throw", im->t_void, &pt, &v.v, 1);
    LLVMBuildUnreachable(im->b);
    im->terminated = true;
    return true;
}

/* ---- calls ---- */

static LLVMValueRef callee_pointer(Importer *im, CilMethod *m, bool unboxing)
{
    const CilSymbols *sym = im->pol->symbols;
    if (sym && !sym->indirect) return sym->method(sym->ctx, im->mod, m, unboxing);
    if (sym) /* the cell holds the slot's address; the slot holds the code */
        return LLVMBuildLoad2(im->b, im->t_ptr,
                              sym_value(im, sym->method(sym->ctx, im->mod, m, unboxing)), "");
    void **slot = im->pol->entry_slot(im->pol->ctx, m, unboxing);
    LLVMValueRef load = LLVMBuildLoad2(im->b, im->t_ptr, const_ptr(im, slot), "");
    return load;
}

static LLVMValueRef icall_function(Importer *im, CilMethod *m)
{
    LLVMValueRef f = LLVMGetNamedFunction(im->mod, m->icall->symbol);
    if (!f) {
        f = LLVMAddFunction(im->mod, m->icall->symbol, cil_llvm_fn_type(im->ctx, m));
        add_sig_attrs(im, f, m, false);
    }
    return f;
}

/* vtable[index] of an object's type. */
static LLVMValueRef vtable_entry(Importer *im, LLVMValueRef type, LLVMValueRef index)
{
    LLVMValueRef off = LLVMBuildAdd(im->b, LLVMBuildMul(im->b, index, const_i64(im, 8), ""),
                                    const_i64(im, offsetof(RtType, vtable)), "");
    return LLVMBuildLoad2(im->b, im->t_ptr, LLVMBuildGEP2(im->b, im->t_i8, type, &off, 1, ""),
                          "vfn");
}

/* An interface call site remembers the last receiver type and where that type keeps the
 * interface's slots, packed in one word: (type << 16) | vtable offset. A hit costs a
 * compare; a miss asks the runtime and updates the word. The target is still read from
 * the vtable, so code that tiering patches in is picked up. */
static LLVMValueRef interface_target(Importer *im, CilMethod *m, LLVMValueRef obj)
{
    LLVMValueRef cell = LLVMAddGlobal(im->mod, im->t_i64, "ic"); /* per call site */
    LLVMSetInitializer(cell, const_i64(im, 0));
    LLVMSetLinkage(cell, LLVMPrivateLinkage);
    LLVMValueRef type = invariant(im, LLVMBuildLoad2(im->b, im->t_ptr, obj, "type"));
    LLVMValueRef word = LLVMBuildLoad2(im->b, im->t_i64, cell, "ic");
    LLVMSetOrdering(word, LLVMAtomicOrderingMonotonic);
    LLVMValueRef key = LLVMBuildPtrToInt(im->b, type, im->t_i64, "");
    LLVMValueRef hit =
        LLVMBuildICmp(im->b, LLVMIntEQ, LLVMBuildLShr(im->b, word, const_i64(im, 16), ""), key, "");
    LLVMValueRef cached = LLVMBuildAnd(im->b, word, const_i64(im, 0xFFFF), "");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    LLVMBasicBlockRef miss = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "ic.miss");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "ic.done");
    LLVMBuildCondBr(im->b, hit, done, miss);
    LLVMPositionBuilderAtEnd(im->b, miss);
    LLVMValueRef h = type_handle(im, m->owner);
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef args[2] = {obj, h};
    LLVMValueRef found = LLVMBuildZExt(
        im->b, call_rt(im, "rt_interface_offset", im->t_i32, pts, args, 2), im->t_i64, "");
    LLVMValueRef fresh =
        LLVMBuildOr(im->b, LLVMBuildShl(im->b, key, const_i64(im, 16), ""), found, "");
    LLVMValueRef st = LLVMBuildStore(im->b, fresh, cell);
    LLVMSetOrdering(st, LLVMAtomicOrderingMonotonic);
    LLVMBasicBlockRef miss_end = LLVMGetInsertBlock(im->b);
    LLVMBuildBr(im->b, done);
    LLVMPositionBuilderAtEnd(im->b, done);
    LLVMValueRef offset = LLVMBuildPhi(im->b, im->t_i64, "ic.off");
    LLVMValueRef vals[2] = {cached, found};
    LLVMBasicBlockRef from[2] = {here, miss_end};
    LLVMAddIncoming(offset, vals, from, 2);
    return vtable_entry(im, type, LLVMBuildAdd(im->b, offset, const_i64(im, m->vtable_slot), ""));
}

/* The code a virtual or interface call reaches: the entry loaded from the receiver's
 * vtable. A whole-program backend hears of the load, and may later replace it by the one
 * method every possible receiver type has there. */
static LLVMValueRef virtual_target(Importer *im, CilMethod *m, LLVMValueRef obj)
{
    LLVMValueRef fn;
    if (m->owner->kind == TK_INTERFACE) {
        fn = interface_target(im, m, obj);
    } else {
        LLVMValueRef type = invariant(im, LLVMBuildLoad2(im->b, im->t_ptr, obj, "type"));
        fn = vtable_entry(im, type, const_i64(im, m->vtable_slot));
    }
    const CilSymbols *sym = im->pol->symbols;
    if (sym && sym->virtual_call) sym->virtual_call(sym->ctx, fn, m);
    return fn;
}

static bool is_final(CilMethod *m)
{
    return (m->flags & MDF_FINAL) || (m->owner->flags & TDF_SEALED) ||
           m->owner->kind == TK_VALUETYPE;
}

/* System.Math methods that are one LLVM intrinsic (and usually one instruction). */
static const struct {
    const char *method, *intrinsic;
} math_intrinsics[] = {
    {"Sqrt", "llvm.sqrt"},    {"Abs", "llvm.fabs"},       {"Floor", "llvm.floor"},
    {"Ceiling", "llvm.ceil"}, {"Truncate", "llvm.trunc"},
};

static bool try_math_intrinsic(Importer *im, CilMethod *m, StackVal *args, bool *done)
{
    if (strcmp(m->owner->full_name, "System.Math") || m->sig.n_params != 1 || !m->ret ||
        !is_float_kind(cil_stack_kind_of(m->ret)) || m->ret != m->params[0])
        return true;
    for (size_t i = 0; i < sizeof math_intrinsics / sizeof math_intrinsics[0]; i++) {
        if (strcmp(m->name, math_intrinsics[i].method)) continue;
        LLVMValueRef x = narrow(im, args[0], m->params[0]);
        LLVMTypeRef t = LLVMTypeOf(x), fty;
        LLVMValueRef f = intrinsic(im, math_intrinsics[i].intrinsic, &t, 1, &fty);
        LLVMValueRef r = LLVMBuildCall2(im->b, fty, f, &x, 1, "");
        *done = true;
        return push_typed(im, r, m->ret);
    }
    return true;
}

static bool direct_target(Importer *im, CilMethod *m, LLVMValueRef *target);
static bool emit_call(Importer *im, CilMethod *m, LLVMValueRef target, StackVal *args, uint32_t n);

/* new T() for a known T: a zeroed value, or an object built by its parameterless .ctor. */
static bool construct_default(Importer *im, CilType *t)
{
    if (t->kind == TK_VALUETYPE) {
        if (!cil_type_layout(t, im->diag)) return fail_resolve(im);
        LLVMValueRef tmp = vt_temp(im, t);
        if (is_struct(t))
            zero_vt(im, tmp, t);
        else
            LLVMBuildStore(im->b, LLVMConstNull(storage_type(im->ctx, t)), tmp);
        return push_from(im, tmp, t);
    }
    CilMethod *ctor = NULL, *m;
    for (uint32_t i = 0; !ctor && (m = cil_type_method_named(t, ".ctor", &i));)
        if (cil_method_resolve_sig(m, im->diag) && !m->sig.n_params) ctor = m;
    LLVMValueRef h = constructed_handle(im, t), target;
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    if (!ctor || (t->flags & TDF_ABSTRACT)) { /* Activator.CreateInstance<T>(): thrown if reached */
        call_rt(im, "rt_throw_no_default_ctor", im->t_void, &pt, &h, 1);
        LLVMBuildUnreachable(im->b);
        LLVMPositionBuilderAtEnd(im->b, LLVMAppendBasicBlockInContext(im->ctx, im->fn, "dead"));
        return push(im, SK_REF, LLVMConstNull(im->t_ptr), t);
    }
    LLVMValueRef obj = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    StackVal self = {.kind = SK_REF, .v = obj, .type = t};
    return direct_target(im, ctor, &target) && emit_call(im, ctor, target, &self, 1) &&
           push(im, SK_REF, obj, t);
}

/* MethodBase.GetCurrentMethod(): the method this code was imported from is known here,
 * whatever inlining later does, so the call becomes MethodBase.CurrentMethod(type, index)
 * with the owner's handle and the method's place in its reflection list, which every mode
 * builds alike (frontend/rttype.c). */
static bool is_get_current_method(const CilMethod *m)
{
    return !strcmp(m->name, "GetCurrentMethod") && !m->sig.n_params &&
           !strcmp(m->owner->full_name, "System.Reflection.MethodBase");
}

static bool current_method(Importer *im, CilMethod *get)
{
    uint32_t i = 0;
    CilMethod *helper = cil_type_method_named(get->owner, "CurrentMethod", &i);
    if (!helper || !cil_method_resolve_sig(helper, im->diag))
        return fail(im, "corlib lacks MethodBase.CurrentMethod");
    LLVMValueRef owner = type_handle(im, im->m->owner), target;
    if (!owner) return fail_resolve(im);
    StackVal args[2] = {
        {SK_I8, LLVMBuildPtrToInt(im->b, owner, im->t_i64, ""), NULL, NULL, NULL, NULL},
        {SK_I4, const_i32(im, cil_method_reflect_index(im->m)), NULL, NULL, NULL, NULL}};
    return direct_target(im, helper, &target) && emit_call(im, helper, target, args, 2);
}

/* Intrinsics: corlib methods the importer expands inline. */
static bool try_intrinsic(Importer *im, CilMethod *m, StackVal *args, bool *done)
{
    *done = false;
    if (!try_math_intrinsic(im, m, args, done)) return false;
    if (*done) return true;
    if (is_get_current_method(m)) {
        *done = true;
        return current_method(im, m);
    }
    if (m->owner == im->l->t_string && !strcmp(m->name, "get_Length") && m->sig.n_params == 0) {
        null_check(im, args[0].v);
        LLVMValueRef idx = const_i64(im, offsetof(RtString, length));
        *done = true;
        return push(im, SK_I4,
                    LLVMBuildLoad2(im->b, im->t_i32,
                                   LLVMBuildGEP2(im->b, im->t_i8, args[0].v, &idx, 1, ""), ""),
                    NULL);
    }
    if (m->owner == im->l->t_string && !strcmp(m->name, "get_Chars") && m->sig.n_params == 1) {
        null_check(im, args[0].v);
        LLVMValueRef lidx = const_i64(im, offsetof(RtString, length));
        LLVMValueRef len = LLVMBuildLoad2(
            im->b, im->t_i32, LLVMBuildGEP2(im->b, im->t_i8, args[0].v, &lidx, 1, ""), "");
        check(im, LLVMBuildICmp(im->b, LLVMIntUGE, args[1].v, len, ""), THROW_RANGE);
        LLVMValueRef off =
            LLVMBuildAdd(im->b,
                         LLVMBuildShl(im->b, LLVMBuildZExt(im->b, args[1].v, im->t_i64, ""),
                                      const_i64(im, 1), ""),
                         const_i64(im, RT_STRING_CHARS_OFFSET), "");
        LLVMValueRef c = LLVMBuildLoad2(im->b, im->t_i16,
                                        LLVMBuildGEP2(im->b, im->t_i8, args[0].v, &off, 1, ""), "");
        *done = true;
        return push(im, SK_I4, LLVMBuildZExt(im->b, c, im->t_i32, ""), NULL);
    }
    if (m->generic_def && !strcmp(m->name, "CreateInstance") &&
        !strcmp(m->owner->full_name, "System.Activator") && m->n_method_args == 1) {
        *done = true;
        return construct_default(im, m->method_args[0]);
    }
    if (cil_is_initialize_array(m)) {
        CilField *f = args[1].field;
        if (!f) return fail(im, "InitializeArray needs a field handle from ldtoken");
        const CilImage *img = f->owner->image;
        uint32_t rva = 0;
        for (uint32_t i = 0; i < img->rows[CIL_TBL_FIELDRVA]; i++)
            if (img->fieldrva[i].field_row == f->row) rva = img->fieldrva[i].rva;
        if (!cil_type_layout(f->type, im->diag)) return fail_resolve(im);
        const uint8_t *data = rva ? cil_image_rva(img, rva, f->type->size) : NULL;
        if (!data) return fail(im, "InitializeArray: field %s has no initial data", f->name);
        LLVMValueRef init = LLVMConstStringInContext(im->ctx, (const char *)data, f->type->size, 1);
        LLVMValueRef g = LLVMAddGlobal(im->mod, LLVMTypeOf(init), "arrayinit");
        LLVMSetInitializer(g, init);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        null_check(im, args[0].v);
        LLVMTypeRef pts[3] = {im->t_ptr, im->t_ptr, im->t_i64};
        LLVMValueRef cargs[3] = {args[0].v, g, const_i64(im, f->type->size)};
        call_rt(im, "rt_array_init", im->t_void, pts, cargs,
                3); /* knows where any rank's data starts */
        *done = true;
        return true;
    }
    return true;
}

/* Emits the call once the target is known (args[0] is `this` when present) and pushes
 * the result. Struct arguments are passed as fresh copies the callee may modify; a struct
 * result arrives in a temporary passed as the hidden first argument. */
/* Whether a tail. call to m may leave the caller's frame before the callee runs (III.2.4):
 * outside protected regions, and with no argument in that frame (struct copies, a struct
 * return slot) or possibly pointing into it (a managed pointer). LLVM then makes it a jump
 * wherever the callee's stack arguments fit in the caller's, so that recursion through
 * tail. calls runs in constant stack, as on CoreCLR and Mono. */
static bool frameless_arguments(Importer *im, CilMethod *m, LLVMValueRef sret)
{
    if (im->cur_region >= 0 || sret) return false;
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        if (is_struct(m->params[i]) || m->params[i]->kind == TK_BYREF) return false;
    return true;
}

static bool emit_call(Importer *im, CilMethod *m, LLVMValueRef target, StackVal *args, uint32_t n)
{
    LLVMValueRef *vals = malloc((n + 2) * sizeof *vals);
    uint32_t base = has_this(m) ? 1 : 0, k = 0;
    LLVMValueRef sret = has_sret(m) ? vt_temp(im, m->ret) : NULL;
    if (sret) vals[k++] = sret;
    for (uint32_t i = 0; i < n; i++) {
        CilType *pt = i < base ? NULL : m->params[i - base];
        if (pt && is_struct(pt)) {
            LLVMValueRef copy = vt_temp(im, pt);
            copy_vt(im, copy, args[i].v, pt);
            vals[k++] = copy;
        } else {
            vals[k++] = pt ? narrow(im, args[i], pt) : args[i].v;
        }
    }
    LLVMValueRef call = build_call(im, cil_llvm_fn_type(im->ctx, m), target, vals, k);
    add_sig_attrs(im, call, m, true);
    if (im->tail_prefix && frameless_arguments(im, m, sret)) {
        LLVMSetTailCall(call, 1);
        im->tail_call = call;
        im->tail_callee = m;
    }
    free(vals);
    if (sret) return push(im, SK_VT, sret, m->ret);
    return !m->ret || push_typed(im, call, m->ret);
}

static bool check_args(Importer *im, CilMethod *m, StackVal *args)
{
    uint32_t base = has_this(m) ? 1 : 0;
    if (base && args[0].kind != SK_REF && args[0].kind != SK_PTR)
        return fail(im, "call to %s: `this` is not an object or pointer", cil_method_name(m));
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        if (!check_storable(im, args[base + i], m->params[i], cil_method_name(m))) return false;
    return true;
}

/* The layout of every value type m's signature passes (a call copies them). */
static bool signature_laid_out(CilMethod *m, CilDiag *diag)
{
    bool ok = !m->ret || m->ret->kind != TK_VALUETYPE || cil_type_layout(m->ret, diag);
    for (uint32_t i = 0; ok && i < m->sig.n_params; i++)
        ok = m->params[i]->kind != TK_VALUETYPE || cil_type_layout(m->params[i], diag);
    return ok;
}

/* A method of a generic definition, or a generic method without type arguments. */
static bool is_open_generic(const CilMethod *m)
{
    return m->owner->n_generic_params || (m->sig.n_generic && !m->method_args);
}

static CilMethod *resolve_method(Importer *im)
{
    CilMethod *m = cil_method_from_token(im->l, im->img, im->cur->arg.token, &im->gctx, im->diag);
    if (!m) {
        fail_resolve(im);
        return NULL;
    }
    if (!signature_laid_out(m, im->diag)) {
        fail_resolve(im);
        return NULL;
    }
    if ((m->impl_flags & MIF_INTERNALCALL) && has_sret(m)) {
        fail(im, "internal call %s cannot return a struct", cil_method_name(m));
        return NULL;
    }
    return m;
}

static LLVMValueRef import_method(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                                  const char *symbol, bool unboxing, int depth, CilDiag *diag);

/* A method that keeps its own frame: one that asks ([MethodImpl(NoInlining)]), and, as on
 * Mono and the .NET Framework (whose proxies stand in for such objects), every method of a
 * MarshalByRefObject. Stack traces, and programs that measure or name their callers, rely
 * on it: Mono's regression suite names methods of a MarshalByRefObject in a StackTrace. */
static bool keeps_own_frame(const CilMethod *m)
{
    if (m->impl_flags & MIF_NOINLINING) return true;
    for (const CilType *t = m->owner; t; t = t->parent)
        if (!strcmp(t->name, "MarshalByRefObject") && t->ns && !strcmp(t->ns, "System") &&
            t->image == cil_loader_corlib(t->loader))
            return true;
    return false;
}

/* Cross-method inlining (the optimising policies): a small callee with a body is imported
 * again into this module as an internal function, so that LLVM's inliner can see it. The
 * real method keeps its own slot and code; a callee that fails to import here is simply
 * called through its slot, where its real compilation reports any error. */
static LLVMValueRef inline_copy(Importer *im, CilMethod *m)
{
    if (!im->pol->inline_il_limit || im->inline_depth >= 3 || m == im->m ||
        m == cil_type_cctor(m->owner) ||
        (im->pol->inline_same_image_only && m->owner->image != im->m->owner->image) || !im->img ||
        !cil_methoddef(m->owner->image, m->row)->rva || (m->impl_flags & MIF_SYNCHRONIZED) ||
        keeps_own_frame(m))
        return NULL;
    uint32_t il = cil_method_il_size(m);
    if (!il || il > im->pol->inline_il_limit) return NULL;
    CilDiag d = {0};
    char symbol[2200];
    /* The display name omits the return type, so overloads on it (op_Explicit) would
     * collide: the descriptor's address makes the symbol unique. */
    snprintf(symbol, sizeof symbol, "inline:%s@%p", cil_method_name(m), (void *)m);
    LLVMValueRef fn = LLVMGetNamedFunction(im->mod, symbol);
    if (!fn && (fn = import_method(m, im->pol, im->mod, symbol, false, im->inline_depth + 1, &d)))
        LLVMSetLinkage(fn, LLVMInternalLinkage);
    return fn;
}

static bool direct_target(Importer *im, CilMethod *m, LLVMValueRef *target)
{
    if (m->impl_flags & MIF_INTERNALCALL) {
        if (!m->icall)
            return fail(im, "internal call %s has no implementation in the runtime",
                        cil_method_name(m));
        *target = icall_function(im, m);
        return true;
    }
    if (m->flags & MDF_ABSTRACT)
        return fail(im, "non-virtual call to abstract method %s", cil_method_name(m));
    if (m->flags & MDF_PINVOKEIMPL)
        return fail(im, "platform invoke (%s) is not supported", cil_method_name(m));
    if (!cil_type_handle(m->owner, im->diag)) return fail_resolve(im);
    if ((*target = inline_copy(im, m))) return true;
    *target = callee_pointer(im, m, false);
    return true;
}

/* The implementation of virtual m that value type t itself provides, or NULL. */
static CilMethod *own_implementation(Importer *im, CilType *t, CilMethod *m)
{
    if (!cil_type_vtable(t, im->diag)) return NULL;
    CilMethod *impl = NULL;
    if (m->owner->kind == TK_INTERFACE) {
        for (uint32_t i = 0; i < t->n_interfaces; i++)
            if (t->interfaces[i] == m->owner)
                impl = t->vtable[t->iface_offsets[i] + (uint32_t)m->vtable_slot];
    } else if (m->vtable_slot >= 0 && (uint32_t)m->vtable_slot < t->n_vtable) {
        impl = t->vtable[m->vtable_slot];
    }
    return impl && impl->owner == t ? impl : NULL;
}

static bool virtual_call(Importer *im, CilMethod *m, StackVal *args, uint32_t n);

/* constrained. T callvirt M (III.2.1): `this` is the address of a T. A value type that
 * implements M itself is called directly with that address; otherwise the value is boxed
 * (value types) or the reference loaded (reference types) and M is called virtually. */
static bool constrained_call(Importer *im, CilType *t, CilMethod *m, StackVal *args, uint32_t n)
{
    if (args[0].kind != SK_PTR) return fail(im, "constrained. callvirt needs an address as `this`");
    if (t->kind != TK_VALUETYPE) {
        args[0] = (StackVal){
            .kind = SK_REF, .v = LLVMBuildLoad2(im->b, im->t_ptr, args[0].v, ""), .type = t};
        return virtual_call(im, m, args, n);
    }
    CilMethod *impl = own_implementation(im, t, m);
    if (impl) {
        LLVMValueRef target;
        return cil_method_resolve_sig(impl, im->diag) && direct_target(im, impl, &target) &&
               emit_call(im, impl, target, args, n);
    }
    if (im->diag->msg[0]) return fail_resolve(im);
    LLVMValueRef h = constructed_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef box = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    LLVMValueRef off = const_i64(im, 8);
    LLVMValueRef dst = LLVMBuildGEP2(im->b, im->t_i8, box, &off, 1, "");
    if (is_struct(t))
        copy_vt(im, dst, args[0].v, t);
    else
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, storage_type(im->ctx, t), args[0].v, ""), dst);
    args[0] = (StackVal){.kind = SK_REF, .v = box, .type = t};
    return virtual_call(im, m, args, n);
}

static bool is_generic_virtual(CilMethod *m)
{
    return cil_method_is_virtual(m) && !is_final(m) && m->generic_def;
}

/* The code of generic virtual method m for obj: the backend resolves (object type,
 * instantiation), for a call or for ldvirtftn. */
static bool gvm_target(Importer *im, CilMethod *m, LLVMValueRef obj, LLVMValueRef *target)
{
    const CilSymbols *sym = im->pol->symbols;
    if (!im->pol->gvm_resolver && !sym)
        return fail(im, "generic virtual method %s cannot be called under this policy",
                    cil_method_name(m));
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef cargs[2] = {const_ptr(im, m), obj};
    if (sym && sym->indirect) /* the cell names m; the policy's resolver does the rest */
        cargs[0] = sym_value(im, sym->gvm_resolver(sym->ctx, im->mod, m));
    if (sym && !sym->indirect) {
        cargs[0] = LLVMConstNull(im->t_ptr);
        *target = build_call(im, LLVMFunctionType(im->t_ptr, pts, 2, 0),
                             sym->gvm_resolver(sym->ctx, im->mod, m), cargs, 2);
    } else {
        *target = call_rt(im, im->pol->gvm_resolver, im->t_ptr, pts, cargs, 2);
    }
    return true;
}

static bool virtual_call(Importer *im, CilMethod *m, StackVal *args, uint32_t n)
{
    LLVMValueRef target;
    null_check(im, args[0].v);
    if (is_generic_virtual(m))
        return gvm_target(im, m, args[0].v, &target) && emit_call(im, m, target, args, n);
    if (cil_method_is_virtual(m) && !is_final(m)) {
        if (!cil_type_vtable(m->owner, im->diag) || !cil_type_handle(m->owner, im->diag))
            return fail_resolve(im);
        target = virtual_target(im, m, args[0].v);
    } else if (!direct_target(im, m, &target)) {
        return false;
    }
    return emit_call(im, m, target, args, n);
}

static bool op_call(Importer *im, bool virt)
{
    bool handled;
    if (!try_mdarray_member(im, false, &handled)) return false;
    if (handled) return true;
    CilMethod *m = resolve_method(im);
    if (!m) return false;
    /* Variable-argument methods (ECMA-335 II.15.3: arglist, ArgIterator) are not compiled;
     * the call site's extra arguments would otherwise be left on the stack. */
    if ((m->sig.flags & 0x0F) == CIL_SIG_VARARG)
        return fail(im, "call to the vararg method %s is not supported", cil_method_name(m));
    uint32_t n = m->sig.n_params + (has_this(m) ? 1 : 0);
    StackVal *args = cil_arena_alloc(&im->arena, (n + 1) * sizeof *args);
    if (!pop_n(im, args, n) || !check_args(im, m, args)) return false;
    CilType *ct = im->constrained;
    im->constrained = NULL;
    if (ct && virt) return constrained_call(im, ct, m, args, n);
    bool done;
    if (!try_intrinsic(im, m, args, &done)) return false;
    if (done) return true;
    LLVMValueRef target;
    if (virt && !has_this(m)) return fail(im, "callvirt to static method %s", cil_method_name(m));
    if (virt) return virtual_call(im, m, args, n);
    return direct_target(im, m, &target) && emit_call(im, m, target, args, n);
}

/* calli: a call through a pointer that ldftn or ldvirtftn produced, so the callee has the
 * managed calling convention; the StandAloneSig token gives the signature. The call is
 * emitted as one to a nameless method with that signature. Unmanaged and vararg calling
 * conventions would need the platform's ABI, which ilc does not speak. */
static bool op_calli(Importer *im)
{
    uint32_t tok = im->cur->arg.token;
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_STANDALONESIG || !cil_token_valid(im->img, tok))
        return fail(im, "calli: token 0x%08x is not a StandAloneSig", tok);
    CilMethod *m = cil_arena_alloc(&im->arena, sizeof *m);
    memset(m, 0, sizeof *m);
    m->owner = im->m->owner;
    m->name = m->full_name = "calli";
    m->full_name_has_params = m->sig_resolved = true;
    if (!cil_sig_method(im->img, cil_standalonesig(im->img, CIL_TOKEN_ROW(tok))->sig, &im->arena,
                        &m->sig, "calli signature", im->diag))
        return false;
    uint8_t conv = m->sig.flags & 0x0f;
    if (conv != 0 || (m->sig.flags & CIL_SIG_EXPLICITTHIS))
        return fail(im, "calli with calling convention 0x%02x is not supported (only managed)",
                    m->sig.flags);
    m->params = cil_arena_alloc(&im->arena, (m->sig.n_params + 1) * sizeof(CilType *));
    for (uint32_t i = 0; i < m->sig.n_params; i++) {
        m->params[i] = cil_type_from_sig(im->l, im->img, m->sig.params[i], &im->gctx, im->diag);
        if (!m->params[i] ||
            (m->params[i]->kind == TK_VALUETYPE && !cil_type_layout(m->params[i], im->diag)))
            return fail_resolve(im);
    }
    if (m->sig.ret->kind != ELEMENT_TYPE_VOID &&
        (!(m->ret = cil_type_from_sig(im->l, im->img, m->sig.ret, &im->gctx, im->diag)) ||
         (m->ret->kind == TK_VALUETYPE && !cil_type_layout(m->ret, im->diag))))
        return fail_resolve(im);
    StackVal fn;
    if (!pop(im, &fn)) return false;
    if (fn.kind != SK_I && fn.kind != SK_PTR)
        return fail(im, "calli needs a function pointer on top of the stack");
    uint32_t n = m->sig.n_params + (has_this(m) ? 1 : 0);
    StackVal *args = cil_arena_alloc(&im->arena, (n + 1) * sizeof *args);
    if (!pop_n(im, args, n) || !check_args(im, m, args)) return false;
    LLVMValueRef target = fn.kind == SK_I ? LLVMBuildIntToPtr(im->b, fn.v, im->t_ptr, "") : fn.v;
    return emit_call(im, m, target, args, n);
}

static bool op_newobj_string(Importer *im, CilMethod *ctor, StackVal *args)
{
    CilMethod *c = cil_string_ctor_counterpart(ctor, im->diag);
    LLVMValueRef target;
    if (c)
        return direct_target(im, c, &target) && emit_call(im, c, target, args + 1, c->sig.n_params);
    return fail(im, "string constructor %s has no String.Ctor counterpart in corlib",
                cil_method_name(ctor));
}

static bool is_delegate(const CilType *t);
static bool op_newobj_delegate(Importer *im, CilMethod *ctor, StackVal *args);

/* newobj of a struct: construct in a zeroed temporary, then push its value. */
static bool op_newobj_struct(Importer *im, CilMethod *ctor, StackVal *args)
{
    CilType *t = ctor->owner;
    if (!cil_type_layout(t, im->diag)) return fail_resolve(im);
    LLVMValueRef tmp = vt_temp(im, t);
    if (is_struct(t))
        zero_vt(im, tmp, t);
    else
        LLVMBuildStore(im->b, LLVMConstNull(storage_type(im->ctx, t)), tmp);
    args[0] = (StackVal){.kind = SK_PTR, .v = tmp, .type = cil_byref_type(t)};
    for (uint32_t i = 0; i < ctor->sig.n_params; i++)
        if (!check_storable(im, args[1 + i], ctor->params[i], cil_method_name(ctor))) return false;
    LLVMValueRef target;
    if (!direct_target(im, ctor, &target) ||
        !emit_call(im, ctor, target, args, ctor->sig.n_params + 1))
        return false;
    return push_from(im, tmp, t);
}

static bool op_newobj(Importer *im)
{
    bool handled;
    if (!try_mdarray_member(im, true, &handled)) return false;
    if (handled) return true;
    CilMethod *ctor = resolve_method(im);
    if (!ctor) return false;
    CilType *t = ctor->owner;
    uint32_t n = ctor->sig.n_params;
    StackVal *args = cil_arena_alloc(&im->arena, (n + 2) * sizeof *args);
    if (!pop_n(im, args + 1, n)) return false;
    if (t == im->l->t_string) return op_newobj_string(im, ctor, args);
    if (is_delegate(t)) return op_newobj_delegate(im, ctor, args);
    if (t->kind == TK_VALUETYPE) return op_newobj_struct(im, ctor, args);
    if (t->kind == TK_ARRAY) return fail(im, "multi-dimensional arrays are not supported yet");
    if (t->flags & TDF_ABSTRACT) return fail(im, "newobj of abstract type %s", t->full_name);
    LLVMValueRef h = constructed_handle(im, t);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef obj = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    args[0] = (StackVal){.kind = SK_REF, .v = obj, .type = t};
    for (uint32_t i = 0; i < n; i++)
        if (!check_storable(im, args[1 + i], ctor->params[i], cil_method_name(ctor))) return false;
    LLVMValueRef target;
    if (!direct_target(im, ctor, &target) || !emit_call(im, ctor, target, args, n + 1))
        return false;
    return push(im, SK_REF, obj, t);
}

/* ---- value-type memory operations (III.4) ---- */

static bool pop_address(Importer *im, StackVal *p)
{
    if (!pop(im, p)) return false;
    if (p->kind == SK_I)
        p->v = LLVMBuildIntToPtr(im->b, p->v, im->t_ptr, "");
    else if (p->kind != SK_PTR)
        return fail(im, "%s needs an address", cil_opinfo[im->cur->op].name);
    return true;
}

/* The byte count of cpblk and initblk: an unsigned int32, or a native int. */
static bool pop_block_size(Importer *im, LLVMValueRef *size)
{
    StackVal n = {0};
    if (!pop(im, &n)) return false;
    if (n.kind == SK_I4)
        *size = LLVMBuildZExt(im->b, n.v, im->t_i64, "");
    else if (n.kind == SK_I)
        *size = n.v;
    else
        return fail(im, "%s needs an int32 or native int size", cil_opinfo[im->cur->op].name);
    return true;
}

/* ckfinite (ECMA-335 III.3.20): an ArithmeticException for a NaN or an infinity, else the
 * value stays on the stack. CoreCLR and Mono throw its subclass OverflowException, and so
 * does ilc. |x| == +inf holds for both infinities and, unordered, for NaN. */
static bool op_ckfinite(Importer *im)
{
    StackVal v;
    if (!pop(im, &v)) return false;
    if (v.kind != SK_F4 && v.kind != SK_F8)
        return fail(im, "ckfinite needs a floating-point value");
    LLVMTypeRef t = LLVMTypeOf(v.v), fty;
    LLVMValueRef fabs = intrinsic(im, "llvm.fabs", &t, 1, &fty);
    LLVMValueRef mag = LLVMBuildCall2(im->b, fty, fabs, &v.v, 1, "");
    LLVMValueRef inf = LLVMConstReal(t, __builtin_inf());
    check(im, LLVMBuildFCmp(im->b, LLVMRealUEQ, mag, inf, ""), THROW_OVERFLOW);
    return push(im, v.kind, v.v, NULL);
}

/* cpblk and initblk (ECMA-335 III.3.30, III.3.36): byte copies and fills with no alignment
 * assumed, since the unaligned. prefix may precede them; cpblk copies as memmove does. */
static bool op_cpblk(Importer *im)
{
    LLVMValueRef size;
    StackVal src, dst;
    if (!pop_block_size(im, &size) || !pop_address(im, &src) || !pop_address(im, &dst))
        return false;
    LLVMBuildMemMove(im->b, dst.v, 1, src.v, 1, size);
    return true;
}

static bool op_initblk(Importer *im)
{
    LLVMValueRef size;
    StackVal val, dst;
    if (!pop_block_size(im, &size) || !pop(im, &val) || !pop_address(im, &dst)) return false;
    if (val.kind != SK_I4) return fail(im, "initblk needs an int32 value");
    LLVMBuildMemSet(im->b, dst.v, LLVMBuildTrunc(im->b, val.v, im->t_i8, ""), size, 1);
    return true;
}

static bool op_initobj(Importer *im)
{
    CilType *t = token_type(im);
    StackVal p;
    if (!t || !pop_address(im, &p)) return false;
    if (is_struct(t))
        zero_vt(im, p.v, t);
    else
        LLVMBuildStore(im->b, LLVMConstNull(storage_type(im->ctx, t)), p.v);
    return true;
}

static bool op_ldobj(Importer *im)
{
    CilType *t = token_type(im);
    StackVal p;
    if (!t || !pop_address(im, &p)) return false;
    null_check(im, p.v);
    return push_from(im, p.v, t);
}

static bool op_stobj(Importer *im)
{
    CilType *t = token_type(im);
    StackVal v, p;
    if (!t || !pop(im, &v) || !pop_address(im, &p) || !check_storable(im, v, t, "stobj"))
        return false;
    null_check(im, p.v);
    store_to(im, p.v, v, t);
    return true;
}

static bool op_cpobj(Importer *im)
{
    CilType *t = token_type(im);
    StackVal src, dst;
    if (!t || !pop_address(im, &src) || !pop_address(im, &dst)) return false;
    if (is_struct(t))
        copy_vt(im, dst.v, src.v, t);
    else
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, storage_type(im->ctx, t), src.v, ""), dst.v);
    return true;
}

/* localloc (stackalloc): a dynamic alloca at the point of use, zeroed as initlocals asks. */
static bool op_localloc(Importer *im)
{
    StackVal n;
    if (!pop(im, &n)) return false;
    if (n.kind != SK_I4 && n.kind != SK_I) return fail(im, "localloc needs an integer size");
    if (im->sp) return fail(im, "localloc needs an otherwise empty stack");
    LLVMValueRef size = n.kind == SK_I4 ? LLVMBuildZExt(im->b, n.v, im->t_i64, "") : n.v;
    /* Rounded up to 16 bytes, as CoreCLR and Mono round it (to their stack alignment): IL
     * that stores a native int into `localloc 1` then stays inside the block, where LLVM
     * would otherwise see an out-of-bounds store and fold it away at -O3. */
    size = LLVMBuildAnd(im->b, LLVMBuildAdd(im->b, size, const_i64(im, 15), ""),
                        const_i64(im, ~(uint64_t)15), "");
    LLVMValueRef p = LLVMBuildArrayAlloca(im->b, im->t_i8, size, "stackalloc");
    LLVMSetAlignment(p, 16);
    LLVMBuildMemSet(im->b, p, LLVMConstInt(im->t_i8, 0, 0), size, 16);
    return push(im, SK_PTR, p, NULL);
}

static bool op_sizeof(Importer *im)
{
    CilType *t = token_type(im);
    return t && push(im, SK_I4, const_i32(im, t->kind == TK_VALUETYPE ? t->size : 8), NULL);
}

static LLVMValueRef method_identity(Importer *im, CilMethod *m);

/* A MemberRef token naming a method, not a field (its signature's first byte is not FIELD,
 * ECMA-335 II.23.2.4). */
static bool is_method_memberref(Importer *im, uint32_t tok)
{
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_MEMBERREF || !cil_token_valid(im->img, tok)) return false;
    CilBlob sig = cil_memberref(im->img, CIL_TOKEN_ROW(tok))->sig;
    return sig.size > 0 && (sig.data[0] & 0x0F) != 0x06;
}

/* ldtoken of a method: a RuntimeMethodHandle holding what identifies the method (its entry
 * slot, or its function under AOT), as delegates compare methods. */
/* A RuntimeTypeHandle or RuntimeMethodHandle (corlib's struct System.`name`) whose first
 * word is `word`, pushed. */
static bool push_handle(Importer *im, const char *name, LLVMValueRef word)
{
    CilType *h = cil_corlib_type(im->l, "System", name);
    if (!h || !cil_type_layout(h, im->diag) || !is_struct(h))
        return fail(im, "corlib lacks the struct System.%s", name);
    LLVMValueRef tmp = vt_temp(im, h);
    zero_vt(im, tmp, h);
    LLVMBuildStore(im->b, word, tmp);
    return push(im, SK_VT, tmp, h);
}

static bool ldtoken_method(Importer *im)
{
    CilMethod *m = resolve_method(im);
    if (!m) return false;
    if (!cil_type_handle(m->owner, im->diag)) return fail_resolve(im);
    if (!push_handle(im, "RuntimeMethodHandle", method_identity(im, m))) return false;
    im->stack[im->sp - 1].method = m;
    return true;
}

static bool op_ldtoken(Importer *im)
{
    uint32_t tok = im->cur->arg.token;
    if (CIL_TOKEN_TABLE(tok) == CIL_TBL_METHODDEF || CIL_TOKEN_TABLE(tok) == CIL_TBL_METHODSPEC ||
        is_method_memberref(im, tok))
        return ldtoken_method(im);
    if (CIL_TOKEN_TABLE(tok) == CIL_TBL_FIELD || CIL_TOKEN_TABLE(tok) == CIL_TBL_MEMBERREF) {
        CilField *f = cil_field_from_token(im->l, im->img, tok, &im->gctx, im->diag);
        if (!f) return fail_resolve(im);
        /* A RuntimeFieldHandle value; the field itself rides along for InitializeArray. */
        CilType *h = cil_corlib_type(im->l, "System", "RuntimeFieldHandle");
        if (!h || !cil_type_layout(h, im->diag))
            return fail(im, "corlib lacks System.RuntimeFieldHandle");
        LLVMValueRef tmp = vt_temp(im, h);
        zero_vt(im, tmp, h);
        if (!push(im, is_struct(h) ? SK_VT : SK_I, is_struct(h) ? tmp : const_i64(im, 0), h))
            return false;
        im->stack[im->sp - 1].field = f;
        return true;
    }
    if (CIL_TOKEN_TABLE(tok) == CIL_TBL_TYPEDEF || CIL_TOKEN_TABLE(tok) == CIL_TBL_TYPEREF ||
        CIL_TOKEN_TABLE(tok) == CIL_TBL_TYPESPEC) {
        /* typeof(T): a RuntimeTypeHandle whose one field holds the RtType*. */
        CilType *t = token_type(im);
        if (!t) return false;
        LLVMValueRef rt = type_handle(im, t);
        if (!rt) return fail_resolve(im);
        const CilSymbols *sym = im->pol->symbols;
        if (sym && sym->type_object) sym->type_object(sym->ctx, im->mod, t);
        return push_handle(im, "RuntimeTypeHandle", rt);
    }
    return fail(im, "ldtoken: token 0x%08x names no type, field or method", tok);
}

/* ---- typed references (ECMA-335 III.4.19, III.4.23, III.4.24) ----
 *
 * A typedref is corlib's System.TypedReference: the managed pointer, then the RtType of the
 * type it points at. It lives only on the stack and in locals and arguments, where the
 * conservative collector sees the pointer. */

static CilType *typedref_type(Importer *im)
{
    CilType *t = cil_corlib_type(im->l, "System", "TypedReference");
    if (!t || !cil_type_layout(t, im->diag) || !is_struct(t) || t->size < 16) {
        fail(im, "corlib lacks the struct System.TypedReference");
        return NULL;
    }
    return t;
}

static LLVMValueRef typedref_field(Importer *im, LLVMValueRef tr, unsigned index)
{
    LLVMValueRef off = const_i64(im, index * 8);
    LLVMValueRef at = LLVMBuildGEP2(im->b, im->t_i8, tr, &off, 1, "");
    return LLVMBuildLoad2(im->b, im->t_ptr, at, "");
}

static bool op_mkrefany(Importer *im)
{
    CilType *t = token_type(im), *tr = typedref_type(im);
    StackVal p;
    if (!t || !tr || !pop(im, &p)) return false;
    /* CoreCLR and Mono take an int32 too (unverifiable; CoreCLR's refanytype1 does it). */
    if (p.kind == SK_I4)
        p = (StackVal){.kind = SK_I, .v = LLVMBuildSExt(im->b, p.v, im->t_i64, "")};
    if (p.kind != SK_PTR && p.kind != SK_I)
        return fail(im, "mkrefany needs a pointer, not %s", kind_name(p.kind));
    LLVMValueRef rt = type_handle(im, t);
    if (!rt) return fail_resolve(im);
    const CilSymbols *sym = im->pol->symbols;
    if (sym && sym->type_object) sym->type_object(sym->ctx, im->mod, t);
    LLVMValueRef ptr = p.kind == SK_I ? LLVMBuildIntToPtr(im->b, p.v, im->t_ptr, "") : p.v;
    LLVMValueRef tmp = vt_temp(im, tr), eight = const_i64(im, 8);
    zero_vt(im, tmp, tr);
    LLVMBuildStore(im->b, ptr, tmp);
    LLVMBuildStore(im->b, rt, LLVMBuildGEP2(im->b, im->t_i8, tmp, &eight, 1, ""));
    return push(im, SK_VT, tmp, tr);
}

static bool pop_typedref(Importer *im, StackVal *v)
{
    if (!pop(im, v)) return false;
    CilType *tr = typedref_type(im);
    if (!tr) return false;
    if (v->kind != SK_VT || v->type != tr)
        return fail(im, "%s needs a typedref", cil_opinfo[im->cur->op].name);
    return true;
}

/* The type of a typed reference, as a RuntimeTypeHandle (what __reftype passes to
 * Type.GetTypeFromHandle). */
static bool op_refanytype(Importer *im)
{
    StackVal v;
    if (!pop_typedref(im, &v)) return false;
    CilType *h = cil_corlib_type(im->l, "System", "RuntimeTypeHandle");
    if (!h || !cil_type_layout(h, im->diag) || !is_struct(h))
        return fail(im, "corlib lacks the struct System.RuntimeTypeHandle");
    LLVMValueRef tmp = vt_temp(im, h);
    zero_vt(im, tmp, h);
    LLVMBuildStore(im->b, typedref_field(im, v.v, 1), tmp);
    return push(im, SK_VT, tmp, h);
}

/* The address a typed reference holds, when it refers to exactly the token's type;
 * InvalidCastException otherwise. */
static bool op_refanyval(Importer *im)
{
    CilType *t = token_type(im);
    StackVal v;
    if (!t || !pop_typedref(im, &v)) return false;
    LLVMValueRef rt = type_handle(im, t);
    if (!rt) return fail_resolve(im);
    check(im, LLVMBuildICmp(im->b, LLVMIntNE, typedref_field(im, v.v, 1), rt, ""), THROW_CAST);
    return push(im, SK_PTR, typedref_field(im, v.v, 0), cil_byref_type(t));
}

/* ---- delegates (ECMA-335 II.14.6) ----
 *
 * A delegate object holds a target (null for a static method) and a code pointer, in
 * System.Delegate's fields _target and _methodPtr; a combined delegate also has
 * MulticastDelegate._invocationList. The constructor and Invoke have no IL: the importer
 * writes them. ldftn yields the method's current entry, read from its slot.
 */

static CilField *delegate_field(Importer *im, const char *name)
{
    for (CilType *c = im->l->t_delegate; c; c = c->parent) {
        cil_type_members(c);
        for (uint32_t i = 0; i < c->n_fields; i++)
            if (!c->fields[i].is_static && !strcmp(c->fields[i].name, name)) {
                CilDiag d = {0};
                return cil_type_layout(c, &d) ? &c->fields[i] : NULL;
            }
    }
    return NULL;
}

static bool is_delegate(const CilType *t)
{
    for (const CilType *c = t; c; c = c->parent)
        if (c == t->loader->t_delegate) return true;
    return false;
}

static LLVMValueRef method_identity(Importer *im, CilMethod *m);

/* ldvirtftn's delegate is equal to one made for the method the receiver runs (bound
 * through an interface, a base class or the class itself): a direct policy's code is its
 * identity; elsewhere the runtime finds the implementation's from the declared method's. */
static LLVMValueRef virtual_identity(Importer *im, CilMethod *m, LLVMValueRef obj, LLVMValueRef fn)
{
    const CilSymbols *sym = im->pol->symbols;
    if (sym && !sym->indirect) return fn;
    LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr};
    LLVMValueRef args[2] = {obj, method_identity(im, m)};
    return call_rt(im, "rt_virtual_identity", im->t_ptr, pts, args, 2);
}

static bool op_ldftn(Importer *im, bool virt)
{
    CilMethod *m = resolve_method(im);
    if (!m) return false;
    LLVMValueRef fn, identity = NULL;
    if (virt) {
        StackVal obj;
        if (!pop(im, &obj)) return false;
        if (obj.kind != SK_REF) return fail(im, "ldvirtftn needs an object reference");
        null_check(im, obj.v);
        if (!cil_method_is_virtual(m) || is_final(m))
            virt = false;
        else if (is_generic_virtual(m)) {
            if (!gvm_target(im, m, obj.v, &fn)) return false;
        } else if (!cil_type_vtable(m->owner, im->diag) || !cil_type_handle(m->owner, im->diag))
            return fail_resolve(im);
        else {
            fn = virtual_target(im, m, obj.v);
            identity = virtual_identity(im, m, obj.v, fn);
        }
    }
    if (!virt) {
        if (!cil_type_handle(m->owner, im->diag)) return fail_resolve(im);
        /* A struct's instance method bound to a delegate receives the boxed value; an
         * internal call has no IL to compile, so its C function is the pointer. */
        bool unbox = m->owner->kind == TK_VALUETYPE && !cil_method_is_static(m);
        if ((m->impl_flags & MIF_INTERNALCALL) && m->icall)
            fn = icall_function(im, m);
        else
            fn = callee_pointer(im, m, unbox);
    }
    if (!push(im, SK_I, LLVMBuildPtrToInt(im->b, fn, im->t_i64, ""), NULL)) return false;
    im->stack[im->sp - 1].method = m;
    im->stack[im->sp - 1].identity = identity;
    return true;
}

/* What stays the same for a method while its code changes: its entry slot (JIT), or its
 * one function (AOT). Delegate equality compares this. */
static LLVMValueRef method_identity(Importer *im, CilMethod *m)
{
    const CilSymbols *sym = im->pol->symbols;
    if (sym) return sym_value(im, sym->method(sym->ctx, im->mod, m, false));
    return const_ptr(im, im->pol->entry_slot(im->pol->ctx, m, false));
}

static bool op_newobj_delegate(Importer *im, CilMethod *ctor, StackVal *args)
{
    CilField *target = delegate_field(im, "_target"), *code = delegate_field(im, "_methodPtr");
    if (!target || !code) return fail(im, "corlib's System.Delegate lacks _target or _methodPtr");
    if (ctor->sig.n_params != 2 || args[1].kind != SK_REF ||
        (args[2].kind != SK_I && args[2].kind != SK_I8))
        return fail(im, "delegate constructor %s expects (object, native int)",
                    cil_method_name(ctor));
    LLVMValueRef h = constructed_handle(im, ctor->owner);
    if (!h) return fail_resolve(im);
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef obj = call_rt(im, "rt_new_object", im->t_ptr, &pt, &h, 1);
    LLVMBuildStore(im->b, args[1].v, field_ptr(im, obj, target));
    LLVMBuildStore(im->b, args[2].v, field_ptr(im, obj, code));
    /* The code pointer changes when the method is compiled or rejitted; the address of
     * its entry slot does not, so equality (and -=) compares that. */
    CilField *ident = delegate_field(im, "_method");
    LLVMValueRef id = args[2].identity ? args[2].identity
                      : args[2].method ? method_identity(im, args[2].method)
                                       : NULL;
    if (ident && id)
        LLVMBuildStore(im->b, LLVMBuildPtrToInt(im->b, id, im->t_i64, ""),
                       field_ptr(im, obj, ident));
    return push(im, SK_REF, obj, ctor->owner);
}

/* A body that only throws: a runtime-provided method ilc does not implement, such as a
 * delegate's BeginInvoke and EndInvoke (asynchronous calls: .NET Core throws
 * PlatformNotSupportedException for them too), so that calling it fails as .NET's would. */
static LLVMValueRef import_throwing_body(Importer *im, const char *symbol, const char *thrower)
{
    im->fn = LLVMAddFunction(im->mod, symbol, cil_llvm_fn_type(im->ctx, im->m));
    add_sig_attrs(im, im->fn, im->m, false);
    im->entry_bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "entry");
    LLVMPositionBuilderAtEnd(im->b, im->entry_bb);
    call_rt(im, thrower, im->t_void, NULL, NULL, 0);
    LLVMBuildUnreachable(im->b);
    return im->fn;
}

/* The body of D::Invoke: call every delegate of the invocation list in turn, or the one
 * target, as a static call when the target is null. */
static bool import_delegate_invoke(Importer *im, const char *symbol)
{
    CilMethod *m = im->m;
    CilField *target = delegate_field(im, "_target"), *code = delegate_field(im, "_methodPtr");
    CilField *list = delegate_field(im, "_invocationList");
    if (!target || !code) return fail(im, "corlib's System.Delegate lacks _target or _methodPtr");
    LLVMTypeRef ft = cil_llvm_fn_type(im->ctx, m);
    im->fn = LLVMAddFunction(im->mod, symbol, ft);
    add_sig_attrs(im, im->fn, m, false);
    im->entry_bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "entry");
    LLVMPositionBuilderAtEnd(im->b, im->entry_bb);
    unsigned n = LLVMCountParams(im->fn), self = has_sret(m);
    LLVMValueRef *params = malloc((n + 1) * sizeof *params);
    for (unsigned i = 0; i < n; i++)
        params[i] = LLVMGetParam(im->fn, i);
    LLVMValueRef this_ = params[self];
    LLVMValueRef result = NULL;
    if (list) { /* multicast: for (i = 0; i < list.Length; i++) r = list[i].Invoke(...) */
        LLVMBasicBlockRef multi = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "multi");
        LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "loop");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "done");
        LLVMBasicBlockRef single = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "single");
        LLVMValueRef arr = LLVMBuildLoad2(im->b, im->t_ptr, field_ptr(im, this_, list), "list");
        LLVMBuildCondBr(im->b, LLVMBuildIsNull(im->b, arr, ""), single, multi);
        LLVMPositionBuilderAtEnd(im->b, multi);
        LLVMValueRef len = array_length(im, arr);
        LLVMValueRef last =
            m->ret && !self ? entry_alloca(im, storage_type(im->ctx, m->ret), "last") : NULL;
        LLVMValueRef idx = entry_alloca(im, im->t_i64, "i");
        LLVMBuildStore(im->b, const_i64(im, 0), idx);
        LLVMBuildBr(im->b, loop);
        LLVMPositionBuilderAtEnd(im->b, loop);
        LLVMValueRef i = LLVMBuildLoad2(im->b, im->t_i64, idx, "");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "body");
        LLVMBuildCondBr(im->b, LLVMBuildICmp(im->b, LLVMIntULT, i, len, ""), body, done);
        LLVMPositionBuilderAtEnd(im->b, body);
        LLVMValueRef off = LLVMBuildAdd(im->b, LLVMBuildMul(im->b, i, const_i64(im, 8), ""),
                                        const_i64(im, RT_ARRAY_DATA_OFFSET), "");
        params[self] =
            LLVMBuildLoad2(im->b, im->t_ptr, LLVMBuildGEP2(im->b, im->t_i8, arr, &off, 1, ""), "");
        LLVMValueRef r = LLVMBuildCall2(im->b, ft, im->fn, params, n, "");
        add_sig_attrs(im, r, m, true);
        if (last) LLVMBuildStore(im->b, r, last);
        LLVMBuildStore(im->b, LLVMBuildAdd(im->b, i, const_i64(im, 1), ""), idx);
        LLVMBuildBr(im->b, loop);
        LLVMPositionBuilderAtEnd(im->b, done);
        if (last)
            LLVMBuildRet(im->b, LLVMBuildLoad2(im->b, storage_type(im->ctx, m->ret), last, ""));
        else
            LLVMBuildRetVoid(im->b);
        params[self] = this_;
        LLVMPositionBuilderAtEnd(im->b, single);
    }
    LLVMValueRef tgt = LLVMBuildLoad2(im->b, im->t_ptr, field_ptr(im, this_, target), "target");
    LLVMValueRef fn = LLVMBuildIntToPtr(
        im->b, LLVMBuildLoad2(im->b, im->t_i64, field_ptr(im, this_, code), ""), im->t_ptr, "fn");
    LLVMBasicBlockRef stat = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "static");
    LLVMBasicBlockRef inst = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "instance");
    LLVMBuildCondBr(im->b, LLVMBuildIsNull(im->b, tgt, ""), stat, inst);
    for (int k = 0; k < 2; k++) { /* k = 0: static target (no `this`), k = 1: instance */
        LLVMPositionBuilderAtEnd(im->b, k ? inst : stat);
        LLVMTypeRef *pts = malloc((n + 1) * sizeof *pts);
        LLVMValueRef *vals = malloc((n + 1) * sizeof *vals);
        unsigned c = 0;
        for (unsigned j = 0; j < n; j++) {
            if (j == self && !k) continue;
            vals[c] = j == self ? tgt : params[j];
            pts[c] = LLVMTypeOf(vals[c]);
            c++;
        }
        LLVMTypeRef cft = LLVMFunctionType(LLVMGetReturnType(ft), pts, c, 0);
        result = LLVMBuildCall2(im->b, cft, fn, vals, c, "");
        if (m->ret && !self)
            LLVMBuildRet(im->b, result);
        else
            LLVMBuildRetVoid(im->b);
        free(pts);
        free(vals);
    }
    free(params);
    return true;
}

/* ---- exception handling: regions, landing pads, dispatch, finally continuations ----
 *
 * A call inside a try is an `invoke` to the landing pad of the innermost region covering
 * it. The landing pad lists the clauses of that region and of every enclosing one in this
 * method (a catch by its type info, a filter by its RtFilterClause; finally and fault make
 * it a cleanup), so the personality finds a handler anywhere in the method — running the
 * filters itself, in the first pass (see "filters" below). Control then walks a dispatch
 * chain from the inner region outwards: a finally runs and continues the walk, the clause
 * whose type id equals the selector takes the exception. Off the end of the chain (a
 * landing for cleanups only, selector 0) the exception resumes unwinding.
 *
 * A finally is entered from every `leave` that crosses it and from dispatch; which way
 * out its `endfinally` takes is a small integer stored before entering (a continuation).
 */

static bool in_try(const Region *r, uint32_t off)
{
    return off >= r->try_start && off < r->try_end;
}

static int region_at(Importer *im, uint32_t off)
{
    for (uint32_t r = 0; r < im->n_regions; r++)
        if (in_try(&im->regions[r], off)) return (int)r;
    return -1;
}

static bool in_handler(const CilEHClause *c, uint32_t off)
{
    return off >= c->handler_offset && off < c->handler_offset + c->handler_length;
}

static bool in_filter(const CilEHClause *c, uint32_t off)
{
    return c->kind == CIL_EH_FILTER && off >= c->filter_offset && off < c->handler_offset;
}

/* The region and clause whose handler contains `off`, innermost first. */
static int handler_at(Importer *im, uint32_t off, uint32_t *clause)
{
    for (uint32_t r = 0; r < im->n_regions; r++)
        for (uint32_t i = 0; i < im->regions[r].n_clauses; i++) {
            const CilEHClause *c = &im->regions[r].clauses[i];
            if (in_handler(c, off)) {
                *clause = i;
                return (int)r;
            }
        }
    return -1;
}

static bool build_regions(Importer *im)
{
    const CilBody *b = &im->body;
    im->regions = cil_arena_alloc(&im->arena, (b->n_clauses + 2) * sizeof(Region));
    for (uint32_t i = 0; i < b->n_clauses; i++) {
        const CilEHClause *c = &b->clauses[i];
        bool fin = c->kind == CIL_EH_FINALLY || c->kind == CIL_EH_FAULT;
        Region *prev = im->n_regions ? &im->regions[im->n_regions - 1] : NULL;
        if (!fin && prev && !prev->is_finally && prev->try_start == c->try_offset &&
            prev->try_end == c->try_offset + c->try_length && prev->n_clauses < 8) {
            prev->n_clauses++;
            continue;
        }
        if (c->kind != CIL_EH_CATCH && c->kind != CIL_EH_FILTER && !fin)
            return fail(im, "exception clause %u has unknown kind %u", i, c->kind);
        Region *r = &im->regions[im->n_regions++];
        *r = (Region){.try_start = c->try_offset,
                      .try_end = c->try_offset + c->try_length,
                      .clauses = c,
                      .n_clauses = 1,
                      .is_finally = fin,
                      .parent = -1};
    }
    if (is_synchronized(im->m)) /* around every clause */
        im->regions[im->n_regions++] =
            (Region){.try_start = 0, .try_end = im->body.code_size, .sync = true, .parent = -1};
    if (im->m == cil_type_cctor(im->m->owner)) /* outermost, so every other region's ancestor */
        im->regions[im->n_regions++] =
            (Region){.try_start = 0, .try_end = im->body.code_size, .guard = true, .parent = -1};
    for (uint32_t r = 0; r < im->n_regions; r++) {
        Region *R = &im->regions[r];
        for (uint32_t q = r + 1; q < im->n_regions && R->parent < 0; q++)
            if (im->regions[q].try_start <= R->try_start && R->try_end <= im->regions[q].try_end)
                R->parent = (int)q;
        for (uint32_t i = 0; i < R->n_clauses; i++) {
            const CilEHClause *c = &R->clauses[i];
            if (!block_at(im, c->handler_offset) ||
                (c->kind == CIL_EH_FILTER && !block_at(im, c->filter_offset)))
                return fail(im, "exception clause handler IL_%04x is not on an instruction",
                            c->handler_offset);
            if (c->kind == CIL_EH_FILTER && c->filter_offset >= c->handler_offset)
                return fail(im, "filter block IL_%04x does not come before its handler IL_%04x",
                            c->filter_offset, c->handler_offset);
        }
        /* A funclet has one region of its own (import_funclet); C# never nests a try there. */
        if (!R->guard && !R->sync && in_some_filter(&im->body, R->try_start))
            return fail(im, "a try block inside a filter block (IL_%04x) is not supported",
                        R->try_start);
    }
    return true;
}

/* The block at a handler's first instruction, entered from dispatch or leave. */
static LLVMBasicBlockRef enter_handler(Importer *im, uint32_t off, uint32_t depth, CilType *type)
{
    Block *blk = block_at(im, off);
    if (!blk->reached) {
        blk->reached = true;
        blk->depth = depth;
        blk->entry = cil_arena_alloc(&im->arena, 2 * sizeof(StackVal));
        blk->entry[0] = (StackVal){.kind = SK_REF, .type = type};
    }
    return blk->bb;
}

static LLVMValueRef typeinfo(Importer *im, CilType *t)
{
    const CilSymbols *sym = im->pol->symbols;
    if (sym && sym->indirect) /* the cell holds the RtType, as a typeinfo does */
        return cil_type_handle(t, im->diag) ? sym->typeinfo(sym->ctx, im->mod, t) : NULL;
    char name[64];
    snprintf(name, sizeof name, "typeinfo.%p", (void *)t);
    LLVMValueRef g = LLVMGetNamedGlobal(im->mod, name);
    if (!g) {
        g = LLVMAddGlobal(im->mod, im->t_ptr, name);
        LLVMSetInitializer(g, type_handle(im, t));
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
    }
    return g;
}

static CilType *catch_type(Importer *im, const CilEHClause *c)
{
    CilType *t = cil_type_from_token(im->l, im->img, c->class_token, &im->gctx, im->diag);
    if (!t || !cil_type_handle(t, im->diag)) return NULL;
    return t;
}

/* Off the end of the dispatch chain: a landing for cleanups only (the personality chose no
 * clause of this frame, selector 0) resumes unwinding. */
static LLVMBasicBlockRef resume_block(Importer *im)
{
    if (im->resume_bb) return im->resume_bb;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    im->resume_bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "resume");
    LLVMPositionBuilderAtEnd(im->b, im->resume_bb);
    LLVMTypeRef fields[2] = {im->t_ptr, im->t_i32};
    LLVMTypeRef lpt = LLVMStructTypeInContext(im->ctx, fields, 2, 0);
    LLVMValueRef agg = LLVMGetUndef(lpt);
    agg = LLVMBuildInsertValue(im->b, agg, LLVMBuildLoad2(im->b, im->t_ptr, im->lp_exn, ""), 0, "");
    agg = LLVMBuildInsertValue(im->b, agg, LLVMBuildLoad2(im->b, im->t_i32, im->lp_sel, ""), 1, "");
    LLVMBuildResume(im->b, agg);
    LLVMPositionBuilderAtEnd(im->b, here);
    return im->resume_bb;
}

static uint32_t add_continuation(Importer *im, Region *R, LLVMBasicBlockRef dest)
{
    if (!R->cont_slot) R->cont_slot = entry_alloca(im, im->t_i32, "finally.cont");
    uint32_t id = R->n_conts++;
    R->conts[id] = dest;
    for (uint32_t i = 0; i < R->n_switches; i++)
        LLVMAddCase(R->switches[i], const_i32(im, id), dest);
    return id;
}

static LLVMBasicBlockRef dispatch_block(Importer *im, int r);

static LLVMBasicBlockRef next_dispatch(Importer *im, int r)
{
    int p = im->regions[r].parent;
    return p >= 0 ? dispatch_block(im, p) : resume_block(im);
}

/* `sel == llvm.eh.typeid.for(typeinfo)`: did the personality choose this clause? */
static LLVMValueRef selects(Importer *im, LLVMValueRef sel, LLVMValueRef typeinfo)
{
    LLVMTypeRef pt = im->t_ptr, fty;
    LLVMValueRef f = intrinsic(im, "llvm.eh.typeid.for", &pt, 1, &fty);
    LLVMValueRef type_id = LLVMBuildCall2(im->b, fty, f, &typeinfo, 1, "");
    return LLVMBuildICmp(im->b, LLVMIntEQ, sel, type_id, "");
}

static void dispatch_clauses(Importer *im, int r)
{
    Region *R = &im->regions[r];
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef exn = LLVMBuildLoad2(im->b, im->t_ptr, im->lp_exn, "");
    LLVMValueRef sel = LLVMBuildLoad2(im->b, im->t_i32, im->lp_sel, "");
    LLVMTypeRef fty;
    LLVMValueRef f = runtime_fn(im, "rt_exception_object", im->t_ptr, &pt, 1, &fty);
    LLVMValueRef obj = LLVMBuildCall2(im->b, fty, f, &exn, 1, "exc");
    if (!R->exc_slot) R->exc_slot = entry_alloca(im, im->t_ptr, "caught");
    LLVMBuildStore(im->b, obj, R->exc_slot);
    for (uint32_t i = 0; i < R->n_clauses; i++) {
        const CilEHClause *c = &R->clauses[i];
        LLVMBasicBlockRef next = i + 1 < R->n_clauses
                                     ? LLVMAppendBasicBlockInContext(im->ctx, im->fn, "dispatch")
                                     : next_dispatch(im, r);
        bool filter = c->kind == CIL_EH_FILTER;
        CilType *t = filter ? im->l->t_object : catch_type(im, c);
        LLVMBuildStore(im->b, obj, spill_slot(im, 0, SK_REF));
        LLVMValueRef hit = selects(im, sel, filter ? R->filter_desc[i] : typeinfo(im, t));
        LLVMBuildCondBr(im->b, hit, enter_handler(im, c->handler_offset, 1, t), next);
        if (i + 1 < R->n_clauses) LLVMPositionBuilderAtEnd(im->b, next);
    }
}

static LLVMBasicBlockRef dispatch_block(Importer *im, int r)
{
    Region *R = &im->regions[r];
    if (R->dispatch) return R->dispatch;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    R->dispatch = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "dispatch");
    LLVMPositionBuilderAtEnd(im->b, R->dispatch);
    if (R->swallow) { /* what the filter threw: it said no */
        LLVMBuildRet(im->b, const_i32(im, 0));
    } else if (R->guard) {
        LLVMTypeRef pts[2] = {im->t_ptr, im->t_ptr}, fty;
        LLVMValueRef args[2] = {type_handle(im, im->m->owner),
                                LLVMBuildLoad2(im->b, im->t_ptr, im->lp_exn, "")};
        LLVMValueRef f = runtime_fn(im, "rt_type_init_failed", im->t_void, pts, 2, &fty);
        LLVMBuildCall2(im->b, fty, f, args, 2, "");
        LLVMBuildUnreachable(im->b);
    } else if (R->sync) { /* the exception is caught further out, or by nobody */
        sync_exit(im);
        LLVMBuildBr(im->b, next_dispatch(im, r));
    } else if (R->is_finally) {
        /* The handler may itself throw and catch, which reuses the landing-pad slots:
         * keep the exception in flight aside and put it back before dispatch goes on. */
        LLVMValueRef exn = entry_alloca(im, im->t_ptr, "inflight.exn"),
                     sel = entry_alloca(im, im->t_i32, "inflight.sel");
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, im->t_ptr, im->lp_exn, ""), exn);
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, im->t_i32, im->lp_sel, ""), sel);
        LLVMBasicBlockRef here_d = LLVMGetInsertBlock(im->b);
        LLVMBasicBlockRef restore = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "restore");
        LLVMPositionBuilderAtEnd(im->b, restore);
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, im->t_ptr, exn, ""), im->lp_exn);
        LLVMBuildStore(im->b, LLVMBuildLoad2(im->b, im->t_i32, sel, ""), im->lp_sel);
        LLVMBuildBr(im->b, next_dispatch(im, r));
        LLVMPositionBuilderAtEnd(im->b, here_d);
        uint32_t id = add_continuation(im, R, restore);
        LLVMBuildStore(im->b, const_i32(im, id), R->cont_slot);
        LLVMBuildBr(im->b, enter_handler(im, R->clauses[0].handler_offset, 0, NULL));
    } else {
        dispatch_clauses(im, r);
    }
    LLVMPositionBuilderAtEnd(im->b, here);
    return R->dispatch;
}

/* Catch types are resolved up front, so that building a landing pad cannot fail. */
static bool check_catch_types(Importer *im)
{
    for (uint32_t r = 0; r < im->n_regions; r++)
        for (uint32_t i = 0; i < im->regions[r].n_clauses; i++)
            if (im->regions[r].clauses[i].kind == CIL_EH_CATCH &&
                !catch_type(im, &im->regions[r].clauses[i]))
                return fail_resolve(im);
    return true;
}

/* rt_personality, for the landing pads. Every method has it, with landing pads or not: the
 * unwinder calls a frame's personality only when the frame has one, and the personality
 * records each frame an exception passes through for its stack trace (runtime/except.c).
 * LLVM keeps a personality it does not know even where nothing is invoked, at the price of
 * an LSDA without landing pads (a few bytes); the code itself does not change. */
static void set_personality(Importer *im)
{
    if (LLVMHasPersonalityFn(im->fn)) return;
    LLVMTypeRef pty = LLVMFunctionType(im->t_i32, NULL, 0, 1);
    LLVMValueRef pers = LLVMGetNamedFunction(im->mod, "rt_personality");
    LLVMSetPersonalityFn(im->fn, pers ? pers : LLVMAddFunction(im->mod, "rt_personality", pty));
}

static LLVMBasicBlockRef landing_pad(Importer *im, int r)
{
    Region *R = &im->regions[r];
    if (R->landing) return R->landing;
    LLVMBasicBlockRef here = LLVMGetInsertBlock(im->b);
    R->landing = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "lpad");
    LLVMPositionBuilderAtEnd(im->b, R->landing);
    set_personality(im);
    if (!im->lp_exn) {
        im->lp_exn = entry_alloca(im, im->t_ptr, "exn");
        im->lp_sel = entry_alloca(im, im->t_i32, "sel");
    }
    LLVMTypeRef fields[2] = {im->t_ptr, im->t_i32};
    LLVMValueRef lp =
        LLVMBuildLandingPad(im->b, LLVMStructTypeInContext(im->ctx, fields, 2, 0), NULL, 0, "lp");
    bool cleanup = false;
    for (int q = r; q >= 0; q = im->regions[q].parent) {
        const Region *Q = &im->regions[q];
        cleanup |= Q->is_finally || Q->sync;
        if (Q->guard || Q->swallow) LLVMAddClause(lp, LLVMConstNull(im->t_ptr));
        for (uint32_t i = 0; !Q->is_finally && i < Q->n_clauses; i++)
            LLVMAddClause(lp, Q->clauses[i].kind == CIL_EH_FILTER
                                  ? Q->filter_desc[i]
                                  : typeinfo(im, catch_type(im, &Q->clauses[i])));
    }
    LLVMSetCleanup(lp, cleanup);
    LLVMBuildStore(im->b, LLVMBuildExtractValue(im->b, lp, 0, ""), im->lp_exn);
    LLVMBuildStore(im->b, LLVMBuildExtractValue(im->b, lp, 1, ""), im->lp_sel);
    LLVMBuildBr(im->b, dispatch_block(im, r));
    LLVMPositionBuilderAtEnd(im->b, here);
    return R->landing;
}

/* leave: empty the stack, run every finally between here and the target, go there. */
static bool op_leave(Importer *im)
{
    uint32_t target = im->cur->arg.target, here = im->cur->offset;
    im->sp = 0;
    if (!flow_to(im, target)) return false;
    LLVMBasicBlockRef dest = block_at(im, target)->bb;
    LLVMBasicBlockRef at = LLVMGetInsertBlock(im->b);
    for (int r = (int)im->n_regions - 1; r >= 0;
         r--) { /* outermost first: build the chain backwards */
        Region *R = &im->regions[r];
        if (!R->is_finally || R->clauses[0].kind != CIL_EH_FINALLY || !in_try(R, here) ||
            in_try(R, target))
            continue;
        uint32_t id = add_continuation(im, R, dest);
        LLVMBasicBlockRef step = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "leave");
        LLVMPositionBuilderAtEnd(im->b, step);
        LLVMBuildStore(im->b, const_i32(im, id), R->cont_slot);
        LLVMBuildBr(im->b, enter_handler(im, R->clauses[0].handler_offset, 0, NULL));
        dest = step;
    }
    LLVMPositionBuilderAtEnd(im->b, at);
    LLVMBuildBr(im->b, dest);
    im->terminated = true;
    return true;
}

static bool op_endfinally(Importer *im)
{
    uint32_t clause;
    int r = handler_at(im, im->cur->offset, &clause);
    if (r < 0 || !im->regions[r].is_finally)
        return fail(im, "endfinally outside a finally or fault handler");
    Region *R = &im->regions[r];
    if (R->n_switches == 16) return fail(im, "too many endfinally instructions in one handler");
    if (!R->cont_slot) R->cont_slot = entry_alloca(im, im->t_i32, "finally.cont");
    LLVMBasicBlockRef none = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "nowhere");
    LLVMValueRef sw = LLVMBuildSwitch(im->b, LLVMBuildLoad2(im->b, im->t_i32, R->cont_slot, ""),
                                      none, R->n_conts);
    for (uint32_t i = 0; i < R->n_conts; i++)
        LLVMAddCase(sw, const_i32(im, i), R->conts[i]);
    R->switches[R->n_switches++] = sw;
    LLVMPositionBuilderAtEnd(im->b, none);
    LLVMBuildUnreachable(im->b);
    im->sp = 0;
    im->terminated = true;
    return true;
}

/* The funclet's answer to the personality: non-zero takes the exception. The method's own
 * code never reaches a filter block (only its funclet runs it). */
static bool op_endfilter(Importer *im)
{
    StackVal v;
    if (!im->filter) return fail(im, "endfilter reached from outside its filter block");
    if (!pop(im, &v)) return false;
    if (v.kind != SK_I4) return fail(im, "endfilter needs an int32");
    LLVMBuildRet(im->b, v.v);
    im->terminated = true;
    return true;
}

/* jmp (ECMA-335 III.3.37): leave this method for another of the same signature, which gets
 * the current arguments; as a call of it with them and a return of its result. */
static bool op_jmp(Importer *im)
{
    if (im->sp != 0) return fail(im, "jmp needs an empty evaluation stack");
    /* A synchronized method's lock is held for the call, released by the ret. */
    if (im->cur_region >= 0 && !im->regions[im->cur_region].sync)
        return fail(im, "jmp out of a protected region");
    for (uint32_t i = 0; i < im->n_args; i++) {
        LLVMValueRef slot = NULL;
        CilType *t = NULL;
        if (!variable(im, i, false, &slot, &t) || !push_from(im, slot, t)) return false;
    }
    return op_call(im, false) && op_ret(im);
}

static bool op_rethrow(Importer *im)
{
    uint32_t clause;
    int r = handler_at(im, im->cur->offset, &clause);
    if (r < 0 || im->regions[r].is_finally || !im->regions[r].exc_slot)
        return fail(im, "rethrow outside a catch handler");
    LLVMTypeRef pt = im->t_ptr;
    LLVMValueRef obj = LLVMBuildLoad2(im->b, im->t_ptr, im->regions[r].exc_slot, "");
    call_rt(im, "rt_rethrow", im->t_void, &pt, &obj, 1);
    LLVMBuildUnreachable(im->b);
    im->terminated = true;
    return true;
}

/* ---- synchronized methods (ECMA-335 II.23.1.11: MethodImplAttributes.Synchronized) ----
 *
 * The body runs holding the lock of `this`, or for a static method of the type's Type
 * object — the very object typeof(C) gives, so that `lock (typeof(C))` elsewhere excludes
 * the method, as on Mono and .NET. Entry takes the lock after the prologue (call counting,
 * the class constructor trigger); the exits release it. Every ret does, and a synthetic
 * region around the whole body (build_regions: outside every clause of the method)
 * catches nothing but makes each landing pad a cleanup whose dispatch releases the lock
 * before the exception goes on outwards, as a try/finally around the body would. Handlers
 * of the body see their exceptions first and keep the lock. A class constructor marked
 * synchronized takes no lock, as on Mono: the runtime already runs it once, and holding
 * typeof(C) there would deadlock with a thread that waits for it inside lock (typeof(C)).
 *
 * The region also keeps calls from being tail calls (frameless_arguments), which would
 * leave the method before the unlock; inline_copy never copies such a method into a caller
 * (LLVM's own inliner may: the lock calls go with the body). The lock's object is an SSA
 * value of the entry block, so every exit sees it whatever the body does with arg 0.
 */

static bool is_synchronized(const CilMethod *m)
{
    return (m->impl_flags & MIF_SYNCHRONIZED) && m != cil_type_cctor(m->owner);
}

/* Type.GetTypeFromHandle, what typeof(C) calls. */
static CilMethod *type_from_handle(Importer *im)
{
    CilType *t = cil_corlib_type(im->l, "System", "Type");
    CilMethod *m;
    for (uint32_t i = 0; t && (m = cil_type_method_named(t, "GetTypeFromHandle", &i));)
        if (cil_method_is_static(m) && cil_method_resolve_sig(m, im->diag) && m->sig.n_params == 1)
            return m;
    return NULL;
}

/* A static method's lock: typeof(owner), as ldtoken and Type.GetTypeFromHandle make it. */
static bool type_object(Importer *im, CilType *t, LLVMValueRef *obj)
{
    CilMethod *get = type_from_handle(im);
    if (!get) return fail(im, "corlib lacks System.Type::GetTypeFromHandle");
    LLVMValueRef rt = type_handle(im, t), target;
    if (!rt) return fail_resolve(im);
    const CilSymbols *sym = im->pol->symbols;
    if (sym && sym->type_object) sym->type_object(sym->ctx, im->mod, t);
    StackVal handle, result;
    if (!push_handle(im, "RuntimeTypeHandle", rt) || !pop(im, &handle) ||
        !direct_target(im, get, &target) || !emit_call(im, get, target, &handle, 1) ||
        !pop(im, &result))
        return false;
    *obj = result.v;
    return true;
}

/* In the entry block, before the body's first block: take the lock. A value type's method
 * cannot be synchronized (there is no object to lock): as Mono refuses to load such a type,
 * calling it raises TypeLoadException. */
static bool sync_enter(Importer *im)
{
    CilMethod *m = im->m;
    if (!is_synchronized(m)) return true;
    if (has_this(m) && m->owner->kind == TK_VALUETYPE) {
        char assembly[300] = "", exception[1024];
        if (im->img->rows[CIL_TBL_ASSEMBLY]) {
            const CilAssemblyRow *a = &im->img->assembly[0];
            cil_assembly_display_name(assembly, sizeof assembly, a->name, a->major, a->minor,
                                      a->build, a->revision, a->culture, NULL);
        }
        snprintf(exception, sizeof exception, "Could not load type '%s' from assembly '%s'.",
                 m->owner->full_name, assembly);
        cil_diag_missing(im->diag, CIL_DIAG_MISSING_TYPE, exception,
                         "%s: %s: a value type's method cannot be synchronized", im->img->path,
                         cil_method_name(m));
        return false;
    }
    LLVMValueRef obj = has_this(m) ? LLVMGetParam(im->fn, has_sret(m)) : NULL;
    if (!obj && !type_object(im, m->owner, &obj)) return false;
    LLVMTypeRef pt = im->t_ptr, fty;
    LLVMValueRef f = runtime_fn(im, "rt_sync_method_enter", im->t_void, &pt, 1, &fty);
    LLVMBuildCall2(im->b, fty, f, &obj, 1, "");
    im->sync_obj = obj;
    return true;
}

/* Before a ret, and in the synthetic region's dispatch: release it. */
static void sync_exit(Importer *im)
{
    if (!im->sync_obj) return;
    LLVMTypeRef pt = im->t_ptr, fty;
    LLVMValueRef f = runtime_fn(im, "rt_sync_method_exit", im->t_void, &pt, 1, &fty);
    LLVMBuildCall2(im->b, fty, f, &im->sync_obj, 1, "");
}

/* ---- filters: funclets the personality runs in the first pass ----
 *
 * .NET runs a filter (`catch … when`, an IL `filter` block: ECMA-335 I.12.4.2, II.19)
 * while it searches for a handler, before the finally blocks of the frames the exception
 * will leave. Here that search is the unwinder's phase 1, which calls rt_personality for
 * each frame but runs none of the frame's code. So each filter's IL, from filter_offset to
 * its handler, becomes a function of its own, a funclet the personality calls with the
 * frame pointer of the method's frame, still intact during phase 1:
 *
 *   M (frame pointer kept, noinline)              M filter IL_xxxx (ptr frame, ptr exception)
 *     entry:  rec = [&arg1, &loc3]                  rec = llvm.localrecover(M, frame, 0)
 *             llvm.localescape(rec)                 ldloc.3 ─► load (load rec[1])
 *     lpad:   catch @clause ─┐                      endfilter ─► ret i32
 *     dispatch: sel == typeid.for(@clause) ─► handler
 *                            └─► @clause = { RT_FILTER_TAG, funclet }   (RtFilterClause)
 *
 * The arguments and locals a filter names already live in allocas; the method stores their
 * addresses in one record, which llvm.localescape exposes at a fixed offset from the frame
 * pointer and llvm.localrecover finds again — LLVM's mechanism for Windows SEH filters,
 * valid on a frame with a frame pointer and no stack realignment (M asks for both), so at
 * every tier, in an R2R image (the offset is an assembler constant, no relocation) and
 * AOT, whatever the CPU. The offset belongs to one compilation of M:
 * M is never inlined (noinline; nor copied into a caller's module for inlining) nor cloned
 * (the escape is `noduplicate`), and each tier's code has its own funclets. Whatever a
 * filter throws is caught by the funclet, which returns 0: the filter said no, as on .NET.
 * The personality remembers the clause it chose, so phase 2 reaches the handler through
 * the ordinary dispatch chain without running the filter again.
 */

static bool has_filters(const CilBody *b)
{
    for (uint32_t i = 0; i < b->n_clauses; i++)
        if (b->clauses[i].kind == CIL_EH_FILTER) return true;
    return false;
}

static bool in_some_filter(const CilBody *b, uint32_t off)
{
    for (uint32_t i = 0; i < b->n_clauses; i++)
        if (in_filter(&b->clauses[i], off)) return true;
    return false;
}

/* Variable v, arguments first and then locals: where its slot is kept. */
static LLVMValueRef *var_slot(Importer *im, uint32_t v)
{
    return v < im->n_args ? &im->arg_slots[v] : &im->local_slots[v - im->n_args];
}

/* The record's entry for variable v (record: the escaped array of their addresses). */
static LLVMValueRef record_entry(Importer *im, LLVMValueRef record, uint32_t v)
{
    LLVMValueRef at = const_i64(im, im->record_slot[v] - 1);
    return LLVMBuildGEP2(im->b, im->t_ptr, record, &at, 1, "");
}

/* A method with filters, in its entry block: the record of the variables its filters name,
 * escaped; and the method's promises that keep the record's offset valid (see above). */
static void escape_frame(Importer *im)
{
    uint32_t n_vars = im->n_args + im->n_locals;
    im->record_slot = cil_arena_alloc(&im->arena, (n_vars + 1) * sizeof *im->record_slot);
    for (uint32_t k = 0; k < im->n_insns; k++) {
        uint32_t i;
        bool local;
        if (!in_some_filter(&im->body, im->insns[k].offset) ||
            !var_operand(&im->insns[k], &i, &local) || i >= (local ? im->n_locals : im->n_args))
            continue; /* an index out of range is reported when the funclet is imported */
        uint32_t v = local ? im->n_args + i : i;
        if (!im->record_slot[v]) im->record_slot[v] = ++im->n_record;
    }
    LLVMTypeRef record_type = LLVMArrayType2(im->t_ptr, im->n_record + 1); /* never empty */
    LLVMValueRef record = entry_alloca(im, record_type, "filter.frame");
    for (uint32_t v = 0; v < n_vars; v++)
        if (im->record_slot[v])
            LLVMBuildStore(im->b, *var_slot(im, v), record_entry(im, record, v));
    LLVMTypeRef fty;
    LLVMValueRef escape = intrinsic(im, "llvm.localescape", NULL, 0, &fty);
    LLVMValueRef call = LLVMBuildCall2(im->b, fty, escape, &record, 1, "");
    LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, named_attr(im->ctx, "noduplicate"));
    add_fn_attr(im->ctx, im->fn, "noinline");
    add_string_attr(im->ctx, im->fn, "frame-pointer", "all");
    add_string_attr(im->ctx, im->fn, "no-realign-stack", ""); /* wide vector spills unaligned */
}

/* The funclet of clause i of R, `i32 (ptr frame, ptr exception)`, and its RtFilterClause,
 * which the landing pads name. The funclet's first instruction recovers the record
 * (cil_delete_function finds a method's funclets by that use); its body comes later. */
static void declare_funclet(Importer *im, Region *R, uint32_t i)
{
    LLVMTypeRef ps[2] = {im->t_ptr, im->t_ptr}, fty;
    char name[2200];
    snprintf(name, sizeof name, "%s filter IL_%04x", cil_method_name(im->m),
             R->clauses[i].filter_offset);
    LLVMValueRef fn = LLVMAddFunction(im->mod, name, LLVMFunctionType(im->t_i32, ps, 2, 0));
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(im->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(im->ctx, fn, "entry"));
    LLVMValueRef recover = intrinsic(im, "llvm.localrecover", NULL, 0, &fty);
    LLVMValueRef args[3] = {im->fn, LLVMGetParam(fn, 0), const_i32(im, 0)};
    LLVMBuildCall2(b, fty, recover, args, 3, "record");
    LLVMDisposeBuilder(b);
    LLVMTypeRef fields[2] = {im->t_i64, im->t_ptr};
    LLVMValueRef values[2] = {LLVMConstInt(im->t_i64, RT_FILTER_TAG, 0), fn};
    LLVMValueRef clause =
        LLVMAddGlobal(im->mod, LLVMStructTypeInContext(im->ctx, fields, 2, 0), "filter.clause");
    LLVMSetInitializer(clause, LLVMConstStructInContext(im->ctx, values, 2, 0));
    LLVMSetGlobalConstant(clause, 1);
    LLVMSetLinkage(clause, LLVMPrivateLinkage);
    R->filter_fn[i] = fn;
    R->filter_desc[i] = clause;
}

static void declare_funclets(Importer *im)
{
    for (uint32_t r = 0; r < im->n_regions; r++)
        for (uint32_t i = 0; i < im->regions[r].n_clauses; i++)
            if (im->regions[r].clauses[i].kind == CIL_EH_FILTER)
                declare_funclet(im, &im->regions[r], i);
}

/* In a funclet's entry: the address of each variable its filter names, from the record. */
static void recover_variables(Importer *f)
{
    LLVMValueRef record = LLVMGetFirstInstruction(f->entry_bb); /* declare_funclet's */
    f->arg_slots = cil_arena_alloc(&f->arena, (f->n_args + 1) * sizeof(LLVMValueRef));
    f->local_slots = cil_arena_alloc(&f->arena, (f->n_locals + 1) * sizeof(LLVMValueRef));
    for (uint32_t v = 0; v < f->n_args + f->n_locals; v++)
        if (f->record_slot[v])
            *var_slot(f, v) = LLVMBuildLoad2(f->b, f->t_ptr, record_entry(f, record, v), "var");
}

static bool import_blocks(Importer *im);

/* Filter clause c's IL into its funclet: the method's body again, with a function, blocks,
 * stack and regions of its own. One region covers everything: its landing pad catches all
 * and returns 0. Control cannot leave the filter's blocks (flow_to) but through endfilter. */
static bool import_funclet(Importer *im, const CilEHClause *c, LLVMValueRef fn)
{
    Importer f = *im;
    f.filter = c;
    f.fn = fn;
    f.entry_bb = LLVMGetEntryBasicBlock(fn);
    f.cur = NULL;
    f.cur_region = -1;
    f.sync_obj = NULL; /* the filter runs under its method's lock, if any: not its to release */
    f.lp_exn = f.lp_sel = NULL;
    f.resume_bb = NULL;
    memset(f.throw_bb, 0, sizeof f.throw_bb);
    f.stack = cil_arena_alloc(&f.arena, (f.max_stack + 1) * sizeof(StackVal));
    f.spills = cil_arena_alloc(&f.arena, (f.max_stack + 1) * (SK_VT + 1) * sizeof(LLVMValueRef));
    f.regions = cil_arena_alloc(&f.arena, sizeof(Region));
    f.regions[0] = (Region){.try_end = f.body.code_size, .swallow = true, .parent = -1};
    f.n_regions = 1;
    f.blocks = cil_arena_alloc(&f.arena, (f.n_blocks + 1) * sizeof(Block));
    for (uint32_t i = 0; i < f.n_blocks; i++) {
        const Block *from = &im->blocks[i];
        f.blocks[i] = (Block){.start = from->start, .first = from->first, .end = from->end};
        if (in_filter(c, from->start))
            f.blocks[i].bb = LLVMAppendBasicBlockInContext(f.ctx, fn, "");
    }
    LLVMPositionBuilderAtEnd(f.b, f.entry_bb);
    recover_variables(&f);
    LLVMBuildStore(f.b, LLVMGetParam(fn, 1), spill_slot(&f, 0, SK_REF));
    LLVMBuildBr(f.b, enter_handler(&f, c->filter_offset, 1, f.l->t_object));
    bool ok = import_blocks(&f);
    im->arena = f.arena; /* what the funclet allocated lives as long as the method's */
    return ok;
}

static bool import_funclets(Importer *im)
{
    for (uint32_t r = 0; r < im->n_regions; r++) {
        const Region *R = &im->regions[r];
        for (uint32_t i = 0; i < R->n_clauses; i++)
            if (R->clauses[i].kind == CIL_EH_FILTER &&
                !import_funclet(im, &R->clauses[i], R->filter_fn[i]))
                return false;
    }
    return true;
}

static bool calls_intrinsic(LLVMValueRef v, const char *name)
{
    return LLVMIsACallInst(v) &&
           LLVMGetIntrinsicID(LLVMGetCalledValue(v)) == LLVMLookupIntrinsicID(name, strlen(name));
}

/* A method's funclets are the functions whose llvm.localrecover names it. Each goes first
 * (it uses the method); its RtFilterClause, which only the method's landing pads named,
 * is left holding null. */
void cil_delete_function(LLVMValueRef fn)
{
    LLVMValueRef *funclets = NULL;
    size_t n = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (!calls_intrinsic(user, "llvm.localrecover")) continue;
        funclets = realloc(funclets, (n + 1) * sizeof *funclets);
        funclets[n++] = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
    }
    for (size_t i = 0; i < n; i++) {
        LLVMReplaceAllUsesWith(funclets[i], LLVMConstNull(LLVMTypeOf(funclets[i])));
        LLVMDeleteFunction(funclets[i]);
    }
    free(funclets);
    LLVMDeleteFunction(fn);
}

/* ---- the dispatcher ---- */

static bool import_insn(Importer *im, const CilInsn *in)
{
    CilOpcode op = in->op;
    switch (op) {
    case CEE_VOLATILE: return (im->volatile_prefix = true);
    case CEE_NOP:
    case CEE_BREAK:
    case CEE_UNALIGNED:
    case CEE_NO: return true; /* the checks it lets code skip are still made */
    case CEE_TAIL: return (im->tail_prefix = true);
    case CEE_READONLY: return (im->readonly_prefix = true);
    case CEE_LDARG_0:
    case CEE_LDARG_1:
    case CEE_LDARG_2:
    case CEE_LDARG_3:
    case CEE_LDARG_S:
    case CEE_LDARG:
    case CEE_LDLOC_0:
    case CEE_LDLOC_1:
    case CEE_LDLOC_2:
    case CEE_LDLOC_3:
    case CEE_LDLOC_S:
    case CEE_LDLOC: return op_load_var(im);
    case CEE_STARG_S:
    case CEE_STARG:
    case CEE_STLOC_0:
    case CEE_STLOC_1:
    case CEE_STLOC_2:
    case CEE_STLOC_3:
    case CEE_STLOC_S:
    case CEE_STLOC: return op_store_var(im);
    case CEE_LDARGA_S:
    case CEE_LDARGA:
    case CEE_LDLOCA_S:
    case CEE_LDLOCA: return op_ldaddr(im);
    case CEE_LDNULL: return push(im, SK_REF, LLVMConstNull(im->t_ptr), NULL);
    case CEE_LDC_I4_M1:
    case CEE_LDC_I4_0:
    case CEE_LDC_I4_1:
    case CEE_LDC_I4_2:
    case CEE_LDC_I4_3:
    case CEE_LDC_I4_4:
    case CEE_LDC_I4_5:
    case CEE_LDC_I4_6:
    case CEE_LDC_I4_7:
    case CEE_LDC_I4_8: return push(im, SK_I4, const_i32(im, (int)op - CEE_LDC_I4_0), NULL);
    case CEE_LDC_I4_S:
    case CEE_LDC_I4: return push(im, SK_I4, const_i32(im, in->arg.i), NULL);
    case CEE_LDC_I8: return push(im, SK_I8, const_i64(im, in->arg.i), NULL);
    case CEE_LDC_R4: return push(im, SK_F4, LLVMConstReal(im->t_f32, in->arg.r), NULL);
    case CEE_LDC_R8: return push(im, SK_F8, LLVMConstReal(im->t_f64, in->arg.r), NULL);
    case CEE_DUP: {
        StackVal v;
        return pop(im, &v) && push(im, v.kind, v.v, v.type) && push(im, v.kind, v.v, v.type) &&
               ((im->stack[im->sp - 1].field = im->stack[im->sp - 2].field = v.field), true);
    }
    case CEE_POP: {
        StackVal v;
        return pop(im, &v);
    }
    case CEE_CALL: return op_call(im, false);
    case CEE_CALLVIRT: return op_call(im, true);
    case CEE_NEWOBJ: return op_newobj(im);
    case CEE_RET: return op_ret(im);
    case CEE_JMP: return op_jmp(im);
    case CEE_BR_S:
    case CEE_BR: return op_br(im, in->arg.target);
    case CEE_BRFALSE_S:
    case CEE_BRFALSE: return op_brtrue(im, false);
    case CEE_BRTRUE_S:
    case CEE_BRTRUE: return op_brtrue(im, true);
    case CEE_BEQ_S:
    case CEE_BEQ: return op_branch_cmp(im, CMP_EQ);
    case CEE_BGE_S:
    case CEE_BGE: return op_branch_cmp(im, CMP_GE);
    case CEE_BGT_S:
    case CEE_BGT: return op_branch_cmp(im, CMP_GT);
    case CEE_BLE_S:
    case CEE_BLE: return op_branch_cmp(im, CMP_LE);
    case CEE_BLT_S:
    case CEE_BLT: return op_branch_cmp(im, CMP_LT);
    case CEE_BNE_UN_S:
    case CEE_BNE_UN: return op_branch_cmp(im, CMP_NE_UN);
    case CEE_BGE_UN_S:
    case CEE_BGE_UN: return op_branch_cmp(im, CMP_GE_UN);
    case CEE_BGT_UN_S:
    case CEE_BGT_UN: return op_branch_cmp(im, CMP_GT_UN);
    case CEE_BLE_UN_S:
    case CEE_BLE_UN: return op_branch_cmp(im, CMP_LE_UN);
    case CEE_BLT_UN_S:
    case CEE_BLT_UN: return op_branch_cmp(im, CMP_LT_UN);
    case CEE_SWITCH: return op_switch(im);
    case CEE_CEQ: return op_compare(im, CMP_EQ);
    case CEE_CGT: return op_compare(im, CMP_GT);
    case CEE_CGT_UN: return op_compare(im, CMP_GT_UN);
    case CEE_CLT: return op_compare(im, CMP_LT);
    case CEE_CLT_UN: return op_compare(im, CMP_LT_UN);
    case CEE_ADD:
    case CEE_SUB:
    case CEE_MUL:
    case CEE_DIV:
    case CEE_DIV_UN:
    case CEE_REM:
    case CEE_REM_UN:
    case CEE_AND:
    case CEE_OR:
    case CEE_XOR:
    case CEE_ADD_OVF:
    case CEE_ADD_OVF_UN:
    case CEE_SUB_OVF:
    case CEE_SUB_OVF_UN:
    case CEE_MUL_OVF:
    case CEE_MUL_OVF_UN: return op_binary(im, op);
    case CEE_SHL:
    case CEE_SHR:
    case CEE_SHR_UN: return op_shift(im, op);
    case CEE_NEG:
    case CEE_NOT: return op_unary(im, op);
    case CEE_LDIND_I1:
    case CEE_LDIND_U1:
    case CEE_LDIND_I2:
    case CEE_LDIND_U2:
    case CEE_LDIND_I4:
    case CEE_LDIND_U4:
    case CEE_LDIND_I8:
    case CEE_LDIND_I:
    case CEE_LDIND_R4:
    case CEE_LDIND_R8:
    case CEE_LDIND_REF: return load_indirect(im, prim(im, ldind_elem(op)));
    case CEE_STIND_REF:
    case CEE_STIND_I1:
    case CEE_STIND_I2:
    case CEE_STIND_I4:
    case CEE_STIND_I8:
    case CEE_STIND_R4:
    case CEE_STIND_R8:
    case CEE_STIND_I: return store_indirect(im, prim(im, ldind_elem(op)));
    case CEE_LDFLD:
    case CEE_LDFLDA:
    case CEE_STFLD:
    case CEE_LDSFLD:
    case CEE_LDSFLDA:
    case CEE_STSFLD: return op_field(im, op);
    case CEE_LDSTR: return op_ldstr(im);
    case CEE_CASTCLASS: return op_cast(im, false);
    case CEE_ISINST: return op_cast(im, true);
    case CEE_MKREFANY: return op_mkrefany(im);
    case CEE_REFANYTYPE: return op_refanytype(im);
    case CEE_REFANYVAL: return op_refanyval(im);
    case CEE_BOX: return op_box(im);
    case CEE_UNBOX: return op_unbox(im, false);
    case CEE_UNBOX_ANY: return op_unbox(im, true);
    case CEE_THROW: return op_throw(im);
    case CEE_NEWARR: return op_newarr(im);
    case CEE_LDLEN: return op_ldlen(im);
    case CEE_LDELEMA: return op_ldelema(im);
    case CEE_LDELEM_I1:
    case CEE_LDELEM_U1:
    case CEE_LDELEM_I2:
    case CEE_LDELEM_U2:
    case CEE_LDELEM_I4:
    case CEE_LDELEM_U4:
    case CEE_LDELEM_I8:
    case CEE_LDELEM_I:
    case CEE_LDELEM_R4:
    case CEE_LDELEM_R8:
    case CEE_LDELEM_REF: return op_ldelem(im, prim(im, ldind_elem(op)));
    case CEE_STELEM_I:
    case CEE_STELEM_I1:
    case CEE_STELEM_I2:
    case CEE_STELEM_I4:
    case CEE_STELEM_I8:
    case CEE_STELEM_R4:
    case CEE_STELEM_R8:
    case CEE_STELEM_REF: return op_stelem(im, prim(im, ldind_elem(op)));
    case CEE_LDELEM: return op_ldelem(im, token_type(im));
    case CEE_STELEM: return op_stelem(im, token_type(im));
    case CEE_LDTOKEN: return op_ldtoken(im);
    case CEE_INITOBJ: return op_initobj(im);
    case CEE_LDOBJ: return op_ldobj(im);
    case CEE_STOBJ: return op_stobj(im);
    case CEE_CPOBJ: return op_cpobj(im);
    case CEE_SIZEOF: return op_sizeof(im);
    case CEE_LOCALLOC: return op_localloc(im);
    case CEE_CPBLK: return op_cpblk(im);
    case CEE_CKFINITE: return op_ckfinite(im);
    case CEE_INITBLK: return op_initblk(im);
    case CEE_CONSTRAINED: return (im->constrained = token_type(im)) != NULL;
    case CEE_LEAVE:
    case CEE_LEAVE_S: return op_leave(im);
    case CEE_CALLI: return op_calli(im);
    case CEE_LDFTN: return op_ldftn(im, false);
    case CEE_LDVIRTFTN: return op_ldftn(im, true);
    case CEE_ENDFINALLY: return op_endfinally(im);
    case CEE_ENDFILTER: return op_endfilter(im);
    case CEE_RETHROW: return op_rethrow(im);
    default: {
        ConvInfo ci;
        if (conv_info(op, &ci)) return op_conv(im, op);
        return fail(im, "opcode %s is not supported yet", cil_opinfo[op].name);
    }
    }
}

/* A volatile. access (ECMA-335 I.12.6.7): a volatile read has acquire semantics, a volatile
 * write release semantics. Fences around the access say so, and keep LLVM from keeping the
 * location in a register across a loop (`while (!stop)` on a volatile field); on x86-64
 * they cost no instruction. */
static void volatile_fence(Importer *im, CilOpcode op, bool before)
{
    bool store = op == CEE_STFLD || op == CEE_STSFLD || op == CEE_STOBJ || op == CEE_CPBLK ||
                 op == CEE_INITBLK || (op >= CEE_STIND_REF && op <= CEE_STIND_R8) ||
                 op == CEE_STIND_I;
    if (im->terminated || before != store) return;
    LLVMBuildFence(im->b, store ? LLVMAtomicOrderingRelease : LLVMAtomicOrderingAcquire, false, "");
}

static bool import_block(Importer *im, Block *blk)
{
    LLVMPositionBuilderAtEnd(im->b, blk->bb);
    im->sp = blk->depth;
    for (uint32_t i = 0; i < blk->depth; i++) {
        StackVal e = blk->entry[i];
        e.v = LLVMBuildLoad2(im->b, kind_type(im, e.kind), spill_slot(im, i, e.kind), "");
        im->stack[i] = e;
    }
    im->terminated = false;
    for (uint32_t i = blk->first; i < blk->end; i++) {
        im->cur = &im->insns[i];
        im->cur_region = region_at(im, im->cur->offset);
        bool tail = im->tail_prefix, vol = im->volatile_prefix;
        if (vol) volatile_fence(im, im->cur->op, true);
        if (!import_insn(im, im->cur)) return false;
        if (vol) {
            im->volatile_prefix = false;
            volatile_fence(im, im->cur->op, false);
        }
        if (tail) {
            im->tail_prefix = false; /* it applied to this instruction only */
            /* The ret a tail. call precedes (III.2.4) may start a block of its own, other
             * paths branching to it: return here too, so that the call is in tail position
             * even without LLVM merging blocks (Tier0). */
            if (!im->terminated && i + 1 == blk->end && i + 1 < im->n_insns &&
                im->insns[i + 1].op == CEE_RET) {
                im->cur = &im->insns[i + 1];
                if (!op_ret(im)) return false;
            }
        }
        if (im->terminated && i + 1 < blk->end)
            return fail(im, "internal: block continues after a terminator");
    }
    if (!im->terminated) {
        uint32_t next = im->insns[blk->end - 1].offset + im->insns[blk->end - 1].size;
        if (next >= im->body.code_size)
            return fail(im, "control falls through the end of the method");
        if (!op_br(im, next)) return false;
    }
    return true;
}

/* Imports every block reached so far, and those they reach. */
static bool import_blocks(Importer *im)
{
    for (bool progress = true; progress;) {
        progress = false;
        for (uint32_t i = 0; i < im->n_blocks; i++) {
            Block *blk = &im->blocks[i];
            if (!blk->reached || blk->done) continue;
            blk->done = progress = true;
            if (!import_block(im, blk)) return false;
        }
    }
    for (uint32_t i = 0; i < im->n_blocks; i++) /* dead code: give LLVM a terminator */
        if (!im->blocks[i].reached && im->blocks[i].bb) {
            LLVMPositionBuilderAtEnd(im->b, im->blocks[i].bb);
            LLVMBuildUnreachable(im->b);
        }
    return true;
}

static void init_types(Importer *im)
{
    LLVMContextRef c = im->ctx;
    im->t_void = LLVMVoidTypeInContext(c);
    im->t_i1 = LLVMInt1TypeInContext(c);
    im->t_i8 = LLVMInt8TypeInContext(c);
    im->t_i16 = LLVMInt16TypeInContext(c);
    im->t_i32 = LLVMInt32TypeInContext(c);
    im->t_i64 = LLVMInt64TypeInContext(c);
    im->t_f32 = LLVMFloatTypeInContext(c);
    im->t_f64 = LLVMDoubleTypeInContext(c);
    im->t_ptr = LLVMPointerTypeInContext(c, 0);
}

/* Tier0 call counting: --*counter, and at zero one call that asks for a better tier. */
static void count_call(Importer *im)
{
    const CilSymbols *sym = im->pol->symbols;
    LLVMValueRef counter = sym ? sym_value(im, sym->counter(sym->ctx, im->mod, im->m))
                               : const_ptr(im, im->pol->call_counter(im->pol->ctx, im->m, false));
    LLVMValueRef n =
        LLVMBuildSub(im->b, LLVMBuildLoad2(im->b, im->t_i32, counter, ""), const_i32(im, 1), "");
    LLVMBuildStore(im->b, n, counter); /* racy on purpose: a lost count only delays promotion */
    LLVMBasicBlockRef hot = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "tierup");
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "counted");
    LLVMBuildCondBr(im->b, LLVMBuildICmp(im->b, LLVMIntEQ, n, const_i32(im, 0), ""), hot, cont);
    LLVMPositionBuilderAtEnd(im->b, hot);
    LLVMTypeRef pt = im->t_ptr, fty;
    LLVMValueRef f = runtime_fn(im, im->pol->counter_fn, im->t_void, &pt, 1, &fty);
    LLVMBuildCall2(im->b, fty, f, &counter, 1, "");
    LLVMBuildBr(im->b, cont);
    LLVMPositionBuilderAtEnd(im->b, cont);
}

/* Static methods and constructors of a type with precise (not beforefieldinit) static
 * initialisation trigger its .cctor on entry (ECMA-335 II.10.5.3.1). */
static void prologue(Importer *im)
{
    CilMethod *m = im->m;
    CilType *t = m->owner;
    const CilSymbols *sym = im->pol->symbols;
    bool counting = sym ? sym->counter != NULL : im->pol->call_counter != NULL;
    if (counting && im->inline_depth == 0) count_call(im);
    CilMethod *cctor = cil_type_cctor(t);
    bool precise = cctor && !(t->flags & TDF_BEFOREFIELDINIT) && m != cctor;
    bool trigger = cil_method_is_static(m) || !strcmp(m->name, ".ctor");
    if (precise && trigger && t->rt && !init_done(t)) class_init_check(im, t);
}

/* The unboxing variant: `this` is a box; the method wants a pointer to the value. */
static LLVMValueRef import_unboxing_thunk(Importer *im, const char *symbol)
{
    LLVMTypeRef ft = cil_llvm_fn_type(im->ctx, im->m);
    im->fn = LLVMAddFunction(im->mod, symbol, ft);
    add_sig_attrs(im, im->fn, im->m, false);
    LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "entry");
    LLVMPositionBuilderAtEnd(im->b, bb);
    unsigned n = LLVMCountParams(im->fn);
    LLVMValueRef *args = malloc(n * sizeof *args);
    for (unsigned i = 0; i < n; i++)
        args[i] = LLVMGetParam(im->fn, i);
    LLVMValueRef off = const_i64(im, 8);
    unsigned self = has_sret(im->m);
    args[self] = LLVMBuildGEP2(im->b, im->t_i8, args[self], &off, 1, "");
    LLVMValueRef target = callee_pointer(im, im->m, false);
    LLVMValueRef call = LLVMBuildCall2(im->b, ft, target, args, n, "");
    add_sig_attrs(im, call, im->m, true);
    if (im->m->ret && !self)
        LLVMBuildRet(im->b, call);
    else
        LLVMBuildRetVoid(im->b);
    free(args);
    return im->fn;
}

/* The value of parameter type t (not byref) from an invoker's argument: a reference as it
 * is, a value type from its box (never null; a Nullable<T> from null or a boxed T). */
static bool push_argument(Importer *im, CilType *t, LLVMValueRef obj)
{
    if (t->kind != TK_VALUETYPE) return push(im, SK_REF, obj, t);
    if (nullable_field(t, "hasValue"))
        return unbox_nullable(im, t, (StackVal){.kind = SK_REF, .v = obj});
    LLVMValueRef off = const_i64(im, 8);
    return push_from(im, LLVMBuildGEP2(im->b, im->t_i8, obj, &off, 1, ""), t);
}

/* MethodInfo.Invoke's way into m (RtMethodInfo.invoke in ilrt.h says what the runtime
 * has checked): `ptr invoke(ptr target, ptr args)`. A byref parameter gets a temporary
 * that starts as args[i]'s value and is boxed back into args[i] after the call. */
static LLVMValueRef import_invoker(Importer *im, const char *symbol)
{
    CilMethod *m = im->m;
    LLVMTypeRef ps[2] = {im->t_ptr, im->t_ptr};
    im->fn = LLVMAddFunction(im->mod, symbol, LLVMFunctionType(im->t_ptr, ps, 2, 0));
    im->entry_bb = LLVMAppendBasicBlockInContext(im->ctx, im->fn, "entry");
    LLVMPositionBuilderAtEnd(im->b, im->entry_bb);
    uint32_t base = has_this(m) ? 1 : 0, n = m->sig.n_params + base;
    im->max_stack = n + 2;
    im->stack = cil_arena_alloc(&im->arena, im->max_stack * sizeof(StackVal));
    StackVal *args = cil_arena_alloc(&im->arena, (n + 1) * sizeof *args);
    LLVMValueRef *cells = cil_arena_alloc(&im->arena, (n + 1) * sizeof *cells);
    LLVMValueRef target = LLVMGetParam(im->fn, 0), argv = LLVMGetParam(im->fn, 1);
    bool valuetype_this = base && m->owner->kind == TK_VALUETYPE;
    if (valuetype_this) {
        LLVMValueRef off = const_i64(im, 8);
        args[0] = (StackVal){.kind = SK_PTR,
                             .v = LLVMBuildGEP2(im->b, im->t_i8, target, &off, 1, ""),
                             .type = cil_byref_type(m->owner)};
    } else if (base) {
        args[0] = (StackVal){.kind = SK_REF, .v = target, .type = m->owner};
    }
    for (uint32_t i = 0; i < m->sig.n_params; i++) {
        CilType *t = m->params[i];
        LLVMValueRef idx = const_i64(im, i);
        cells[i] = LLVMBuildGEP2(im->b, im->t_ptr, argv, &idx, 1, "");
        LLVMValueRef obj = LLVMBuildLoad2(im->b, im->t_ptr, cells[i], "");
        if (t->kind == TK_BYREF) {
            CilType *e = t->elem;
            if (e->kind == TK_VALUETYPE && !cil_type_layout(e, im->diag)) return NULL;
            LLVMValueRef tmp =
                e->kind == TK_VALUETYPE ? vt_temp(im, e) : entry_alloca(im, im->t_ptr, "ref");
            StackVal v;
            if (!push_argument(im, e, obj) || !pop(im, &v)) return NULL;
            store_to(im, tmp, v, e);
            args[base + i] = (StackVal){.kind = SK_PTR, .v = tmp, .type = t};
        } else if (!push_argument(im, t, obj) || !pop(im, &args[base + i])) {
            return NULL;
        }
    }
    bool virt = base && !valuetype_this && cil_method_is_virtual(m) && !is_final(m);
    LLVMValueRef callee;
    if (virt ? !virtual_call(im, m, args, n)
             : !direct_target(im, m, &callee) || !emit_call(im, m, callee, args, n))
        return NULL;
    StackVal result = {0};
    if (m->ret && !pop(im, &result)) return NULL;
    for (uint32_t i = 0; i < m->sig.n_params; i++) {
        CilType *t = m->params[i];
        if (t->kind != TK_BYREF) continue;
        StackVal boxed;
        if (!push_from(im, args[base + i].v, t->elem) || !pop(im, &boxed) ||
            !box_value(im, t->elem, boxed) || !pop(im, &boxed))
            return NULL;
        LLVMBuildStore(im->b, boxed.v, cells[i]);
    }
    if (!m->ret) {
        LLVMBuildRet(im->b, LLVMConstNull(im->t_ptr));
        return im->fn;
    }
    if (!box_value(im, m->ret, result) || !pop(im, &result)) return NULL;
    LLVMBuildRet(im->b, result.v);
    return im->fn;
}

/* An importer for m at inlining depth `depth`, with its own builder. */
static void importer_init(Importer *im, CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                          int depth, CilDiag *diag)
{
    *im = (Importer){.m = m,
                     .l = m->owner->loader,
                     .img = m->owner->image,
                     .pol = policy,
                     .diag = diag,
                     .mod = mod,
                     .cur_region = -1,
                     .inline_depth = depth};
    im->ctx = LLVMGetModuleContext(mod);
    init_types(im);
    im->b = LLVMCreateBuilderInContext(im->ctx);
}

LLVMValueRef cil_import_invoker(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                                const char *symbol, CilDiag *diag)
{
    Importer im;
    importer_init(&im, m, policy, mod, 0, diag);
    LLVMValueRef fn = NULL;
    bool ok = cil_method_resolve_sig(m, diag) && !is_open_generic(m) && signature_laid_out(m, diag);
    if (ok) {
        im.gctx = cil_method_context(m);
        fn = import_invoker(&im, symbol);
        if (!fn && im.fn) LLVMDeleteFunction(im.fn);
    } else if (!diag->msg[0]) {
        fail(&im, "an open generic method cannot be invoked");
    }
    LLVMDisposeBuilder(im.b);
    cil_arena_free(&im.arena);
    return fn;
}

LLVMValueRef cil_import(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                        const char *symbol, bool unboxing, CilDiag *diag)
{
    return import_method(m, policy, mod, symbol, unboxing, 0, diag);
}

static LLVMValueRef import_method(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                                  const char *symbol, bool unboxing, int depth, CilDiag *diag)
{
    Importer im;
    importer_init(&im, m, policy, mod, depth, diag);
    LLVMValueRef result = NULL;
    if (!cil_method_resolve_sig(m, diag)) goto out;
    if (is_open_generic(m)) {
        fail(&im, "cannot compile an open generic method (no type arguments)");
        goto out;
    }
    im.gctx = cil_method_context(m);
    if (unboxing) {
        result = import_unboxing_thunk(&im, symbol);
        goto out;
    }
    if ((m->impl_flags & MIF_RUNTIME) == MIF_RUNTIME && is_delegate(m->owner) &&
        !strcmp(m->name, "Invoke")) {
        result = import_delegate_invoke(&im, symbol) ? im.fn : NULL;
        goto out;
    }
    if ((m->impl_flags & MIF_RUNTIME) == MIF_RUNTIME && is_delegate(m->owner) &&
        (!strcmp(m->name, "BeginInvoke") || !strcmp(m->name, "EndInvoke"))) {
        result = import_throwing_body(&im, symbol, "rt_throw_platform_not_supported");
        goto out;
    }
    if (!cil_method_body(im.img, m->row, &im.arena, &im.body, diag)) {
        fail_resolve(&im); /* name the method whose body is broken */
        goto out;
    }
    if (!cil_decode(m, &im.body, &im.arena, &im.insns, &im.n_insns, diag)) goto out;
    if ((m->ret && m->ret->kind == TK_VALUETYPE && !cil_type_layout(m->ret, diag))) goto out;
    if (depth && has_filters(&im.body)) { /* its funclets need a frame of its own */
        fail(&im, "not copied for inlining: it has filters");
        goto out;
    }
    im.max_stack = im.body.max_stack;
    im.stack = cil_arena_alloc(&im.arena, (im.max_stack + 1) * sizeof(StackVal));
    im.spills = cil_arena_alloc(&im.arena, (im.max_stack + 1) * (SK_VT + 1) * sizeof(LLVMValueRef));
    im.fn = LLVMAddFunction(mod, symbol, cil_llvm_fn_type(im.ctx, m));
    add_sig_attrs(&im, im.fn, m, false);
    /* LLVM's inliner, in an AOT module, keeps such a frame too. */
    if (keeps_own_frame(m)) add_fn_attr(im.ctx, im.fn, "noinline");
    set_personality(&im);
    im.entry_bb = LLVMAppendBasicBlockInContext(im.ctx, im.fn, "entry");
    LLVMPositionBuilderAtEnd(im.b, im.entry_bb);
    if (!setup_args_locals(&im)) goto fail;
    if (has_filters(&im.body)) escape_frame(&im);
    prologue(&im);
    if (!split_blocks(&im) || !im.n_blocks) {
        fail(&im, "empty method body");
        goto fail;
    }
    if (!build_regions(&im) || !check_catch_types(&im) || !sync_enter(&im)) goto fail;
    declare_funclets(&im);
    LLVMBuildBr(im.b, im.blocks[0].bb);
    im.blocks[0].reached = true;
    if (!import_blocks(&im) || !import_funclets(&im)) goto fail;
    result = im.fn;
    goto out;
fail:
    cil_delete_function(im.fn);
out:
    LLVMDisposeBuilder(im.b);
    cil_arena_free(&im.arena);
    return result;
}
