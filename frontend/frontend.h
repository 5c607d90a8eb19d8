/*
 * frontend.h — ilc's CIL frontend. API prefix cil_.
 *
 *   prog.exe ─► pe/metadata (metadata.h) ─► type system (CilType, CilMethod) ─► importer ─► LLVM IR
 *
 * The frontend knows CIL and nothing about when code runs. The JIT, R2R and AOT backends
 * drive it through two things: a CilLoader (the loaded assemblies and their types) and a
 * CilPolicy (how one method is turned into LLVM IR: optimisation level, how calls and
 * runtime data are referenced). The loader asks the backend, through CilHooks, where a
 * method's code can be entered, so that vtables and static constructors work the same
 * whether the code is JIT'd, precompiled or linked.
 */
#ifndef ILC_FRONTEND_H
#define ILC_FRONTEND_H

#include "metadata.h"
#include "runtime/ilrt.h"

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>
#include <stdio.h>

typedef struct CilType CilType;
typedef struct CilMethod CilMethod;
typedef struct CilField CilField;
typedef struct CilLoader CilLoader;

/* Metadata flag bits ilc tests (ECMA-335 II.23.1: TypeAttributes, FieldAttributes,
 * MethodAttributes, MethodImplAttributes). */
enum {
    TDF_INTERFACE = 0x20,
    TDF_ABSTRACT = 0x80,
    TDF_SEALED = 0x100,
    TDF_BEFOREFIELDINIT = 0x100000,
    TDF_VISIBILITY_MASK = 0x7,
    FDF_STATIC = 0x10,
    FDF_LITERAL = 0x40,
    MDF_STATIC = 0x10,
    MDF_VIRTUAL = 0x40,
    MDF_NEWSLOT = 0x100,
    MDF_ABSTRACT = 0x400,
    MDF_RTSPECIALNAME = 0x1000,
    MDF_FINAL = 0x20,
    MDF_PINVOKEIMPL = 0x2000,
    MIF_RUNTIME = 0x0003, /* CodeTypeMask value Runtime: the runtime supplies the body */
    MIF_INTERNALCALL = 0x1000,
    MIF_SYNCHRONIZED = 0x20,
    MIF_NOINLINING = 0x0008, /* [MethodImpl(MethodImplOptions.NoInlining)] */
};

/* What a value of a type looks like on the evaluation stack (ECMA-335 III.1.1). */
typedef enum CilStackKind {
    SK_NONE, /* void */
    SK_I4,
    SK_I8,
    SK_I,  /* native int */
    SK_F4, /* float32 kept distinct from float64 so rounding matches .NET */
    SK_F8,
    SK_REF, /* object reference */
    SK_PTR, /* managed or unmanaged pointer */
    SK_VT,  /* value type other than a primitive */
} CilStackKind;

typedef enum CilTypeKind {
    TK_CLASS,
    TK_INTERFACE,
    TK_VALUETYPE, /* structs, enums and primitives */
    TK_ARRAY,     /* SZARRAY */
    TK_BYREF,
    TK_POINTER,
    TK_GENERICPARAM, /* !n or !!n in a signature not yet instantiated */
} CilTypeKind;

/* What !n and !!n stand for while resolving a signature (ECMA-335 II.9.4). Every
 * instantiation is specialised: List<int> and List<string> are separate types with
 * their own layout, vtable, statics and compiled code. */
typedef struct CilGenCtx {
    CilType **targs; /* the type's arguments (!n) */
    uint32_t n_targs;
    CilType **margs; /* the method's arguments (!!n) */
    uint32_t n_margs;
} CilGenCtx;

struct CilField {
    CilType *owner;
    uint32_t row;
    const char *name;
    uint16_t flags;
    CilTypeSig *sig;
    CilType *type;   /* resolved with the owner's layout */
    uint32_t offset; /* instance: from object start (header included); static: in statics,
                      * or for a [ThreadStatic] one in each thread's block of the type's */
    bool is_static;
    bool thread_static; /* [ThreadStatic]: one per thread (rt_thread_static_base) */
};

/* Fields in an order that leaves no padding: a program's start-up makes a CilMethod for
 * every method of every type it loads, and each page of them costs a fault. */
struct CilMethod {
    CilType *owner;
    const char *name;
    CilMethodSig sig;
    CilType *ret;     /* NULL for void */
    CilType **params; /* declared parameters, `this` excluded */
    const RtIcall *icall;
    char *full_name;  /* "System.Console::WriteLine(string)": cil_method_name */
    void *backend[2]; /* the backend's descriptor: [0] normal entry, [1] unboxing entry */
    /* generic methods: a definition has open arguments (placeholders); an instantiation
     * has its generic_def and real method_args */
    CilMethod *generic_def;
    CilType **method_args;
    CilMethod *instances, *next_instance;
    CilType **reflect_params; /* a definition's parameters as reflection shows them */
    RtMethodInfo *reflected;  /* an instance's description (cil_method_instance_info) */
    uint32_t row;             /* MethodDef row in owner->image */
    uint16_t flags, impl_flags;
    int32_t vtable_slot; /* -1 when not virtual; interface methods: index in the interface */
    uint32_t il_size;    /* bytes of IL, with il_size_known (cil_method_il_size) */
    uint32_t n_method_args;
    bool sig_resolved;
    bool full_name_has_params;
    bool il_size_known;
};

struct CilType {
    CilLoader *loader;
    CilImage *image; /* NULL for synthesized types (arrays, byrefs, pointers) */
    uint32_t row;    /* TypeDef row, 0 when synthesized */
    const char *name, *ns;
    char *full_name; /* "System.String", "Outer/Inner", "int32[]" */
    uint32_t flags;  /* TypeDef flags */
    CilTypeKind kind;
    uint8_t elem_type; /* primitives: ELEMENT_TYPE_*; enums: the underlying one; else 0 */
    CilStackKind stack_kind;
    CilType *parent;
    CilType *elem; /* arrays, byrefs, pointers */
    uint32_t rank; /* multidimensional arrays; 0 for SZARRAY (T[]) */
    CilType *enclosing;

    /* members: cil_type_members before reading these */
    bool members_ready;
    uint32_t n_fields, n_methods;
    CilField *fields;
    CilMethod **methods_;  /* each made when first asked for: read through cil_type_method */
    uint32_t method_first; /* its first MethodDef row */
    CilMethod *cctor;      /* read through cil_type_cctor */
    bool cctor_known;

    /* layout (cil_type_layout) */
    bool layout_done, layout_busy, size_known;
    uint32_t size, align; /* instance size (header included for classes), alignment */
    bool has_refs;
    uint32_t statics_size;
    uint32_t thread_statics_size; /* bytes of each thread's block of [ThreadStatic] fields */
    bool statics_have_refs;

    /* dispatch (cil_type_vtable) */
    bool vtable_done, vtable_busy;
    uint32_t n_vtable;
    uint32_t
        n_class_slots; /* vtable[0..n_class_slots) are class virtuals, interface blocks follow */
    CilMethod **vtable;
    CilMethod **impl_decls; /* what its MethodImpl rows override, resolved once */
    uint32_t n_interfaces;
    CilType **interfaces;        /* flattened, inherited included */
    uint32_t *iface_offsets;     /* vtable offset of each interface's methods */
    uint32_t n_inherited_ifaces; /* interfaces[0..n) are the parent's, in its order */
    bool *iface_declared;        /* ... and which of those t's InterfaceImpls name again */
    /* A vector whose generic interfaces (IList<T> and its family, and the IList<U>s of
     * covariance) wait until the runtime asks for one (CilHooks.defer_array_interfaces):
     * how many there will be at most. */
    bool array_interfaces_pending;
    uint32_t pending_ifaces, pending_slots;

    RtType *rt;              /* runtime descriptor (cil_type_handle) */
    RtMethodInfo *reflected; /* what reflection lists of its methods (cil_type_methods) */
    uint32_t n_reflected;
    bool reflected_ready;            /* ... with their attributes bound: set last */
    RtFieldInfo *reflected_fields;   /* cil_type_fields */
    RtPropertyInfo *reflected_props; /* cil_type_properties */
    uint32_t n_reflected_fields, n_reflected_props;
    bool fields_ready, props_ready;
    void *backend; /* the backend's own record of the type (AOT: its emitted descriptor) */
    CilType *array_of, *byref_of, *pointer_of;

    /* generics: a definition counts its parameters; an instantiation names its
     * definition and arguments; a placeholder knows which parameter it is */
    uint32_t n_generic_params;
    CilType *generic_def;
    CilType **type_args;
    uint32_t n_type_args;
    CilType *instances, *next_instance;
    uint32_t param_index;
    bool method_param;
    /* Reflection's view: a definition's parameters as types with names (T, TKey), made
     * per definition (the placeholders above are shared, nameless); `reflect_param` marks
     * one, whose param_of is the type declaring it (NULL: a method's). */
    CilType **reflect_params;
    bool reflect_param;
    CilType *param_of;
    /* Its custom attributes (cil_type_attributes); custom_ready is set last. */
    RtCustomAttribute *custom;
    uint32_t n_custom;
    bool custom_ready;
};

/* Makes t's fields, methods and class constructor (CilType.members_ready) from its metadata
 * when they are first needed; nothing for synthesized types, which have none. */
void cil_type_members(CilType *t);
/* t's i-th method (i < n_methods, after cil_type_members), its descriptor made when first
 * asked for. A search by name or flags reads them without making descriptors. */
CilMethod *cil_type_method(CilType *t, uint32_t i);
const char *cil_type_method_name(const CilType *t, uint32_t i);
/* The next of t's methods from *i on named `name` (its descriptor made), *i moved past it;
 * NULL when none is left: `for (uint32_t i = 0; (m = cil_type_method_named(t, n, &i));)`. */
CilMethod *cil_type_method_named(CilType *t, const char *name, uint32_t *i);
uint16_t cil_type_method_flags(const CilType *t, uint32_t i);
/* t's class constructor, or NULL (its members made first). */
CilMethod *cil_type_cctor(CilType *t);
/* Where m (a method of a TypeDef, or an instantiation of one) is among its owner's. */
uint32_t cil_method_index(const CilMethod *m);

/* How the backend provides code. */
typedef struct CilHooks {
    void *ctx;
    /* Address at which `m` can be called (a stub until compiled); unboxing: the variant
     * whose `this` is a boxed value type, for vtables of value types. */
    void *(*entry_point)(void *ctx, CilMethod *m, bool unboxing);
    /* A backend that runs code as it loads types may leave T[]'s generic interfaces
     * (IList<T>, the IList<U>s of covariance, and their bases) until the runtime first
     * looks for one of them (cil_type_complete_array); one that emits types as data needs
     * them all at once. */
    bool defer_array_interfaces;
} CilHooks;

/* Code whose runtime data does not exist yet at compile time (AOT, R2R) names it by
 * symbol: the backend answers each question with a value of the module being built.
 * Every callback may be asked the same thing many times.
 *
 * Direct (AOT): the answer is the thing itself — a descriptor, a static block, a string
 * object, a function to call — emitted later as data or code of the same module.
 * Indirect (R2R): the answer is an import cell, a word the image loader fills before the
 * code runs; the importer loads it. A callee's cell holds the address of its entry slot,
 * so calls keep going through slots and tiering still replaces the code. */
typedef struct CilSymbols {
    void *ctx;
    bool indirect;
    LLVMValueRef (*type)(void *ctx, LLVMModuleRef mod, CilType *t); /* its RtType */
    /* The same, for a type whose instances the code allocates (newobj, box). */
    LLVMValueRef (*constructed)(void *ctx, LLVMModuleRef mod, CilType *t);
    /* Optional, whole program: code makes a System.Type of t (ldtoken), from which
     * reflection may make instances the code never names (t's array type). */
    void (*type_object)(void *ctx, LLVMModuleRef mod, CilType *t);
    LLVMValueRef (*statics)(void *ctx, LLVMModuleRef mod, CilType *t); /* its static fields */
    LLVMValueRef (*string)(void *ctx, LLVMModuleRef mod, const uint16_t *chars, uint32_t len);
    /* Direct: a function to call, also the method's identity for delegate equality.
     * Indirect: the cell of its entry slot (the slot's address is the identity). */
    LLVMValueRef (*method)(void *ctx, LLVMModuleRef mod, CilMethod *m, bool unboxing);
    /* Direct: `ptr fn(ptr unused, ptr obj)`, the code generic virtual method m reaches on
     * obj. Indirect: a cell holding m's CilMethod, for the policy's gvm_resolver. */
    LLVMValueRef (*gvm_resolver)(void *ctx, LLVMModuleRef mod, CilMethod *m);
    /* Optional, whole program: `load` fetches the code of virtual or interface method m
     * from a receiver's vtable; the backend may replace it once it knows every type that
     * can be a receiver (devirtualization by class hierarchy analysis). */
    void (*virtual_call)(void *ctx, LLVMValueRef load, CilMethod *m);
    /* Indirect, with call counting: a cell holding the address of m's call counter. */
    LLVMValueRef (*counter)(void *ctx, LLVMModuleRef mod, CilMethod *m);
    /* Indirect: the cell of t's RtType that exception tables name (they read the cell
     * itself, not through code), so it is bound before the code runs. */
    LLVMValueRef (*typeinfo)(void *ctx, LLVMModuleRef mod, CilType *t);
    /* Indirect: the runtime function `ptr f(ptr cell)` that binds an empty cell and returns
     * its value; code checks each cell it loads and calls it on the first use, so an image
     * binds only what runs. NULL: every cell is bound before the code runs. */
    const char *bind_cell;
} CilSymbols;

/* The importer's compile policy (DESIGN.md "One frontend, three policies"). */
typedef struct CilPolicy {
    const char *name; /* "jit-O0", "jit-O2" … (for dumps) */
    int opt_level;    /* 0: Tier0-like, no IR optimisation; 2: full */
    /* NULL (JIT, R2R at run time): runtime data (types, statics, strings, entry slots) is
     * already allocated, so its address is embedded as a constant and callees are called
     * through their entry slots. Set (AOT): everything is a symbol of the module. */
    const CilSymbols *symbols;
    /* Callees with at most this many bytes of IL are copied into the caller's module so
     * that LLVM can inline them (0: never; the Tier0-like policy). */
    uint32_t inline_il_limit;
    /* R2R's version bubble: only callees of the caller's own assembly are copied. */
    bool inline_same_image_only;
    /* Symbol of `void *fn(CilMethod *m, RtObject *obj)` giving the code a generic virtual
     * call reaches (NULL: not supported under this policy). */
    const char *gvm_resolver;
    /* Call counting (Tier0): the prologue decrements *call_counter(m) and, when it reaches
     * zero, calls counter_fn(counter) — which queues the method for the next tier. */
    int32_t *(*call_counter)(void *ctx, CilMethod *m, bool unboxing);
    const char *counter_fn;
    /* Entry slot of a callee: the address of the word callers load the target from. */
    void **(*entry_slot)(void *ctx, CilMethod *m, bool unboxing);
    void *ctx;
} CilPolicy;

/* ---- loader (typesys.c) ---- */
CilLoader *cil_loader_new(const CilHooks *hooks);
const CilHooks *cil_loader_hooks(const CilLoader *l);
void cil_loader_free(CilLoader *l);
bool cil_loader_load_corlib(CilLoader *l, const char *path, CilDiag *diag);
/* The same, with metadata someone vouches for decoded without per-cell checks (CilVouch). */
bool cil_loader_load_corlib_vouched(CilLoader *l, const char *path, const CilVouch *vouch,
                                    CilDiag *diag);
CilImage *cil_loader_load(CilLoader *l, const char *path, CilDiag *diag);
/* An assembly's bytes already in memory (an R2R image's IL); path names it in messages;
 * vouch as above, or NULL. */
CilImage *cil_loader_load_memory(CilLoader *l, const char *path, const uint8_t *data, size_t size,
                                 const CilVouch *vouch, CilDiag *diag);
/* The same from a private writable mapping the image takes over (cil_image_adopt_mapping). */
CilImage *cil_loader_load_mapping(CilLoader *l, const char *path, uint8_t *map, size_t size,
                                  const CilVouch *vouch, CilDiag *diag);
CilMethod *cil_entry_point(CilLoader *l, CilImage *img, CilDiag *diag);
/* "Type::Method" or "Namespace.Type::Method"; first match among the image's methods. */
CilMethod *cil_find_method(CilLoader *l, CilImage *img, const char *spec, CilDiag *diag);
bool cil_method_resolve_sig(CilMethod *m, CilDiag *diag);
CilMethod *cil_method_instantiate(CilMethod *m, CilType **args, uint32_t n, CilDiag *diag);
/* How deeply generic instances nest in m's owner and type arguments (List<int>::Add: 1).
 * f<T> calling f<Wrap<T>> reaches ever deeper instantiations: the ahead-of-time backends
 * compile none deeper than CIL_MAX_GENERIC_NESTING (AOT throws there, R2R leaves them to
 * the JIT), as NativeAOT cuts off its generic cycles. */
enum { CIL_MAX_GENERIC_NESTING = 12 };
uint32_t cil_generic_nesting(const CilMethod *m);
uint32_t cil_type_generic_nesting(const CilType *t); /* the same, of a type */
/* The method a call to generic virtual method m (instantiated) reaches on an object of type c. */
CilMethod *cil_resolve_gvm(CilType *c, CilMethod *m, CilDiag *diag);
CilGenCtx cil_method_context(const CilMethod *m); /* the context m's own body is read in */
RtType *cil_type_handle(CilType *t, CilDiag *diag);
/* Adds the generic interfaces an array type's descriptor was built without
 * (CilHooks.defer_array_interfaces), slots filled, then publishes them with a release
 * store of n_interfaces (nothing to do: true). Call it under the lock that serialises
 * type loading. */
bool cil_type_complete_array(CilType *t, CilDiag *diag);
/* The methods and constructors of t that reflection lists (Type.GetMethods), in metadata
 * order, made once: those it can describe, with their custom attributes. Their `invoke` is
 * left to the backend. Call it under the lock that serialises type loading. */
const RtMethodInfo *cil_type_methods(CilType *t, uint32_t *n);
/* The custom attributes of t (a TypeDef), made once, as cil_type_methods' are. */
const RtCustomAttribute *cil_type_attributes(CilType *t, uint32_t *n);
/* Where m is in its owner's cil_type_methods list (MethodBase.GetCurrentMethod), or -1:
 * reflection cannot describe it (a generic method's instance, among others). */
int32_t cil_method_reflect_index(CilMethod *m);
/* The fields and the properties of t that reflection lists (Type.GetFields, GetProperties),
 * in metadata order, made once as cil_type_methods' are (a property's accessors are
 * entries of that list). */
const RtFieldInfo *cil_type_fields(CilType *t, uint32_t *n);
const RtPropertyInfo *cil_type_properties(CilType *t, uint32_t *n);
/* def<args>, def a method of cil_type_methods that is a generic definition, described (and
 * remembered) as reflection shows it; NULL with diag. Under the type-loading lock. */
const RtMethodInfo *cil_method_instance_info(const RtMethodInfo *def, CilType **args, uint32_t n,
                                             CilDiag *diag);
CilType *cil_corlib_type(CilLoader *l, const char *ns, const char *name);
/* Where Type.GetType looks: the program's assemblies then corlib, or only one of them. */
typedef enum CilTypeScope { CIL_SCOPE_ANY, CIL_SCOPE_PROGRAM, CIL_SCOPE_CORLIB } CilTypeScope;
/* The type whose Type.FullName is `full` without type arguments (Ns.Outer+Inner, List`1),
 * or NULL. Under the type-loading lock. */
CilType *cil_type_by_name(CilLoader *l, const char *full, CilTypeScope scope, bool ignore_case);
/* The program's assembly as .NET displays it ("prog, Version=0.0.0.0, Culture=neutral,
 * PublicKeyToken=null"); false when only corlib is loaded. */
bool cil_program_assembly(const CilLoader *l, char *out, size_t size);
/* The entries of rt_types that loading corlib leaves for later (all but Object and
 * String): entry's, or every one still missing when entry is NULL. Returns the last type
 * filled. */
RtType *cil_fill_runtime_types(CilLoader *l, RtType **entry);
CilImage *cil_loader_corlib(const CilLoader *l);
/* The type of TypeDef row `row` of img (rows count from 1); def<args> (R2R image keys). */
CilType *cil_type_from_typedef(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag);
/* Every non-generic class of img's vtable as a plan a vouched load adopts (dispatch.c;
 * CilVouch.dispatch): *words u32 words, malloc'd. */
uint32_t *cil_dispatch_plans(CilLoader *l, CilImage *img, size_t *words);
/* How many interfaces and vtable slots one IList<U> family adds to an array type (counted on
 * object[] once per process, or given by corlib's voucher: CilVouch.array_family). */
bool cil_loader_array_family(CilLoader *l, uint32_t *ifaces, uint32_t *slots);
CilType *cil_type_instantiate(CilType *def, CilType **args, uint32_t n, CilDiag *diag);
CilType *cil_array_type(CilType *elem);
CilType *cil_mdarray_type(CilType *elem, uint32_t rank); /* T[,] … */
const char *cil_method_name(CilMethod *m);               /* "Ns.Type::Name(param types)" */
bool cil_method_is_virtual(const CilMethod *m);
bool cil_method_is_static(const CilMethod *m);
/* Bytes of IL in m's body, read once; 0 for a method without one. */
uint32_t cil_method_il_size(CilMethod *m);
/* A value type's own methods enter its vtable through their unboxing variant. */
bool cil_vtable_entry_unboxes(const CilType *t, const CilMethod *m);
/* What a receiver of type t (built: it has a descriptor) runs for virtual method m, as the
 * runtime dispatches: m's slot, or for an interface method t's block for that interface,
 * exact or variant-compatible. NULL when t has no such block. */
CilMethod *cil_dispatch_target(CilType *t, CilMethod *m);
/* New code for m (or its unboxing variant): store it in every vtable slot that holds it. */
void cil_patch_vtables(CilLoader *l, CilMethod *m, bool unboxing, void *code);

/* ---- importer (importer.c) ---- */
/* Turns m's IL into a function in `mod` named `symbol`. False with a located diag on
 * invalid IL or an unresolvable reference. */
LLVMValueRef cil_import(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                        const char *symbol, bool unboxing, CilDiag *diag);
LLVMTypeRef cil_llvm_fn_type(LLVMContextRef ctx, CilMethod *m);
/* m's reflection invoker (RtMethodInfo.invoke), `ptr fn(ptr target, ptr args)`, as a
 * function in `mod` named `symbol`; NULL with diag when m cannot be called that way. */
LLVMValueRef cil_import_invoker(CilMethod *m, const CilPolicy *policy, LLVMModuleRef mod,
                                const char *symbol, CilDiag *diag);
/* Deletes a function cil_import made, with the filter funclets that read its frame. */
void cil_delete_function(LLVMValueRef fn);

/* ---- objects on disk (emit.c), for AOT and R2R ---- */
/* The host's CPU and features, or the portable x86-64 baseline; position-independent. */
LLVMTargetMachineRef cil_target_machine(bool native_cpu, int opt_level, CilDiag *diag);
LLVMModuleRef cil_module_for(LLVMContextRef ctx, const char *name, LLVMTargetMachineRef tm);
bool cil_optimise_module(LLVMModuleRef mod, LLVMTargetMachineRef tm, int opt_level, bool verify,
                         CilDiag *diag);
bool cil_emit_object(LLVMTargetMachineRef tm, LLVMModuleRef mod, const char *path, CilDiag *diag);
/* Runs argv, its stdout and stderr into log: the exit code; 127 when it cannot start. */
int cil_run_command(char **argv, char *log, size_t log_size);
/* Runs the C compiler `cc` ($CC: words, its own arguments allowed) with args (NULL-ended). */
int cil_run_cc(const char *cc, const char *const *args, char *log, size_t log_size);
uint64_t cil_now_ns(void);     /* a monotonic clock, for --stats */
const char *cil_tmp_dir(void); /* $TMPDIR, else /tmp */

/* ---- IL listing (il.c) ---- */
bool cil_dump_il(CilMethod *m, FILE *out, CilDiag *diag);
bool cil_has_backward_branch(CilMethod *m, const CilBody *body, CilArena *arena);
/* Every method, field and type m's IL (and its catch clauses) names, resolved: visit
 * gets each method it calls (problem NULL), and each reference that does not resolve or
 * cannot be compiled (callee NULL, problem says why, without the assembly's path, and of
 * which kind). False with diag when the body itself cannot be decoded. */
typedef void (*CilRefVisit)(void *ctx, CilMethod *in, uint32_t il_offset, CilMethod *callee,
                            const CilDiag *problem);
bool cil_method_references(CilMethod *m, CilRefVisit visit, void *ctx, CilDiag *diag);

#endif
