/*
 * ilrt.h — libilrt, the runtime that compiled CIL code calls into. API prefix rt_.
 *
 * The same library serves all three modes: AOT links it statically, the JIT and the
 * R2R host load it in-process. It knows nothing about IL or LLVM.
 *
 * Object model (ECMA-335 I.8.9, laid out as CoreCLR does on 64-bit):
 *
 *   object   +0  RtType *type      (the "method table": vtable, size, parent)
 *            +8  fields, laid out by the frontend's type system
 *   string   +0  type  +8 int32 length  +12 uint16 chars[length]  (UTF-16, no NUL needed)
 *   array    +0  type  +8 intptr length +16 elements
 *   boxed    +0  type  +8 the value, with the value type's own layout
 *
 * Memory comes from the Boehm GC (conservative, thread-aware): objects that may hold
 * references are GC_MALLOC'd, strings and primitive arrays GC_MALLOC_ATOMIC'd, and static
 * field storage is uncollectable so that it acts as a root.
 *
 * Invariant: every object's first word points at an RtType whose vtable is complete, so
 * a virtual call is two loads and an indirect call.
 */
#ifndef ILRT_H
#define ILRT_H

#include <elf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unwind.h>

typedef struct RtType RtType;

typedef struct RtObject {
    RtType *type;
} RtObject;

typedef struct RtString {
    RtType *type;
    int32_t length;
    uint16_t chars[];
} RtString;

typedef struct RtArray {
    RtType *type;
    intptr_t length;
    /* elements follow at offset 16 */
} RtArray;

#define RT_STRING_CHARS_OFFSET 12
#define RT_ARRAY_DATA_OFFSET   16 /* of a single-dimensional array */

/* RtType.flags */
enum {
    RT_TYPE_VALUETYPE = 1u << 0, /* struct, enum or primitive */
    RT_TYPE_INTERFACE = 1u << 1,
    RT_TYPE_ABSTRACT = 1u << 2,
    RT_TYPE_ARRAY = 1u << 3, /* single-dimensional, zero-based (SZARRAY) */
    RT_TYPE_STRING = 1u << 4,
    RT_TYPE_HAS_REFS = 1u << 5, /* instances may hold GC references */
    RT_TYPE_ENUM = 1u << 6,
    RT_TYPE_PRIMITIVE = 1u << 7,
    RT_TYPE_DELEGATE = 1u << 8,
    RT_TYPE_GENERIC_PARAM = 1u << 9, /* T of List<T> or of M<T>, as reflection shows it */
};

/* RtType.init_state: static constructor progress (ECMA-335 II.10.5.3.3) */
enum { RT_INIT_NONE = 0, RT_INIT_RUNNING = 1, RT_INIT_DONE = 2, RT_INIT_FAILED = 3 };

typedef struct RtInterfaceEntry {
    RtType *iface;
    uint32_t vtable_offset; /* the interface's methods sit at vtable[offset + i] */
} RtInterfaceEntry;

/* An enum's named constants, sorted by value (compared as unsigned, as .NET does). */
typedef struct RtEnumInfo {
    uint32_t n;
    bool flags; /* [Flags]: ToString names each set bit */
    const char **names;
    uint64_t *values; /* sign-extended for signed underlying types */
} RtEnumInfo;

/* A generic instance whose definition has variant parameters (ECMA-335 II.9.5,
 * `IEnumerable<out T>`, `Action<in T>`): casts and interface calls also accept an instance of
 * the same definition whose reference-type arguments differ as the variance allows. */
enum { RT_INVARIANT = 0, RT_COVARIANT = 1, RT_CONTRAVARIANT = 2 }; /* GenericParam flags & 3 */
typedef struct RtVariance {
    const char *def; /* the generic definition: "assembly:Namespace.Name`N" */
    uint32_t n;
    const uint8_t *kinds; /* per parameter: RT_INVARIANT, RT_COVARIANT or RT_CONTRAVARIANT */
    RtType *const *args;  /* the instance's type arguments */
} RtVariance;

/* Generic types as reflection shows them (Type.GetGenericArguments, MakeGenericType): an
 * instance names its definition and arguments; a definition (typeof(List<>)) is its own
 * `def` and its arguments are its parameters; a parameter (RT_TYPE_GENERIC_PARAM) has
 * `n` = its position, `def` = the type that declares it (NULL for a method's) and no args. */
typedef struct RtGeneric {
    RtType *def;
    uint32_t n;
    RtType *const *args;
} RtGeneric;

/*
 * A type descriptor. Built by the frontend's type loader (JIT, R2R) or emitted as data
 * (AOT). `vtable` holds code pointers; tiering patches them when better code arrives.
 */
struct RtType {
    RtType *parent;
    const char *name;
    const char *ns;
    const char *full_name; /* Type.FullName: List`1[[System.Int32, mscorlib, ...]], Outer+Inner */
    const char *display_name; /* Type.ToString(): List`1[System.Int32] */
    uint32_t flags;
    uint32_t instance_size; /* bytes of an instance, header included (for a value type: its box) */
    RtType *elem;       /* arrays: element type; enums: the underlying primitive; Nullable<T>: T */
    uint32_t elem_size; /* arrays: bytes per element; value types: bytes of the unboxed value */
    uint32_t depth;     /* 0 for System.Object, parent->depth + 1 otherwise */
    uint32_t n_interfaces;
    RtInterfaceEntry *interfaces; /* all interfaces, inherited ones included */
    void *statics;                /* static field storage, or NULL */
    volatile int32_t init_state;
    void (*run_cctor)(RtType *); /* set by the loader; runs .cctor, then marks DONE */
    void *loader_data;           /* the frontend's CilType, for lazy work; NULL in AOT */
    RtObject **init_error;       /* FAILED: the TypeInitializationException (a GC root cell) */
    const RtEnumInfo *enum_info; /* enums: their names */
    RtType *array_of;            /* cache: the SZARRAY type whose element is this type */
    uint32_t rank;               /* multidimensional arrays: the rank; 0 for SZARRAY and the rest */
    const RtVariance *variance;  /* instances of variant generic interfaces and delegates */
    const RtGeneric *generic;    /* generic instances, definitions and parameters; else NULL */
    uint32_t n_vtable;
    void *vtable[];
};

/*
 * A multidimensional array (rank r) is laid out as
 *   +0 type  +8 intptr total length  +16 int32 lengths[r]  int32 lower_bounds[r]  data (8-aligned)
 */
static inline uint32_t rt_array_data_offset(const RtType *t)
{
    return t->rank ? (RT_ARRAY_DATA_OFFSET + 8 * t->rank + 7) & ~7u : RT_ARRAY_DATA_OFFSET;
}
#define rt_array_data(a) ((void *)((char *)(a) + rt_array_data_offset((a)->type)))
#define rt_array_bounds(a)                                                                         \
    ((int32_t *)((char *)(a) + RT_ARRAY_DATA_OFFSET)) /* lengths, then lower bounds */

/*
 * A method or constructor as reflection describes it (System.Reflection.MethodInfo): what
 * Type.GetMethods lists and MethodInfo.Invoke calls. The frontend builds them (cil_type_methods)
 * from the metadata; the JIT's loader when reflection first asks, an AOT compiler as data.
 *
 * `invoke` is the method's invoker, `RtObject *invoke(RtObject *target, RtObject **args)`:
 * args[i] is a reference for a reference-type parameter and a box of exactly the
 * parameter's type, never null, for a value type (a byref parameter's too: the invoker
 * stores the final value back as a new box); a Nullable<T> parameter takes null or a boxed
 * T. It calls the method as callvirt would and returns the boxed result, or NULL for void.
 */
typedef struct RtMethodInfo RtMethodInfo;

/* A custom attribute of a type, method, field or property (MemberInfo.GetCustomAttributes): its
 * constructor, NULL when ilc cannot make it (its type is not in ilc's corlib), and its arguments as
 * the metadata encodes them (ECMA-335 II.23.3), which corlib decodes. */
typedef struct RtCustomAttribute {
    const RtMethodInfo *ctor;
    const uint8_t *blob;
    uint32_t size;
} RtCustomAttribute;

struct RtMethodInfo {
    const char *name;
    RtType *declaring;
    RtType *ret;                    /* NULL: void */
    RtType *const *params;          /* a byref parameter's is its element type */
    const char *const *param_names; /* "" when the metadata has none */
    uint64_t byref_params;          /* bit i: parameter i is `ref` or `out` */
    uint64_t out_params;            /* bit i: parameter i is `out` ([Out] without [In]) */
    uint16_t attrs;                 /* MethodAttributes (ECMA-335 II.23.1.10) */
    uint16_t n_params;              /* at most 64 */
    int32_t vtable_slot;            /* of a virtual method (overrides share it); else -1 */
    void *invoke;                   /* NULL until the loader makes it (rt_types.method_invoker) */
    void *loader_data;              /* the frontend's CilMethod; NULL in AOT */
    const RtCustomAttribute *custom;
    uint32_t n_custom;
    /* generic methods: a definition is its own generic_def and its generic_args are its
     * parameters; an instance (MakeGenericMethod) names its definition and arguments */
    uint32_t n_generic;
    RtType *const *generic_args;
    const RtMethodInfo *generic_def;
};

/*
 * A field as reflection describes it (System.Reflection.FieldInfo). `offset` is an instance
 * field's from the start of the object, header included (a value type's: of its box); a
 * static field's in declaring->statics. A literal (const) field has no storage: its value
 * is `constant`, as the Constant table encodes it (ECMA-335 II.22.9).
 */
#define RT_FIELD_THREAD_STATIC 0xFFFFFFFFu /* offset of a [ThreadStatic] field: not reflected */
typedef struct RtFieldInfo {
    const char *name;
    RtType *declaring;
    RtType *type;
    uint16_t attrs;        /* FieldAttributes (ECMA-335 II.23.1.5) */
    uint8_t constant_type; /* a literal's ELEMENT_TYPE_*; 0 when it has none */
    uint32_t offset;
    const uint8_t *constant;
    uint32_t constant_size;
    const RtCustomAttribute *custom;
    uint32_t n_custom;
} RtFieldInfo;

/* A property (System.Reflection.PropertyInfo): its accessors are entries of the declaring
 * type's methods_of list (NULL when it has none reflection can describe); its type is the
 * getter's return type or the setter's last parameter's. */
typedef struct RtPropertyInfo {
    const char *name;
    RtType *type;
    uint16_t attrs; /* PropertyAttributes (ECMA-335 II.23.1.14) */
    const RtMethodInfo *get, *set;
    const RtCustomAttribute *custom;
    uint32_t n_custom;
} RtPropertyInfo;

/* Well-known types the runtime itself must allocate. Filled by the type loader. */
typedef struct RtWellKnown {
    RtType *object, *string, *char_array, *object_array, *string_array;
    RtType *int32, *int64, *double_, *single, *boolean, *char_, *uint32, *uint64;
    RtType *null_reference, *index_out_of_range, *invalid_cast, *overflow, *divide_by_zero;
    RtType *array_type_mismatch, *type_initialization, *out_of_memory, *invalid_program;
    RtType *missing_method, *argument_out_of_range, *platform_not_supported;
    RtType *missing_field, *type_load; /* with missing_method: what ilc's corlib lacks */
    /* corlib code the runtime calls: entry points the loader fills in */
    void (*type_init_ctor)(RtObject *self, RtString *type_name, RtObject *inner);
    /* Entries other than object and string may be NULL until first needed: this builds
     * one then (the JIT's loader). AOT fills every entry and leaves it NULL. */
    RtType *(*resolve)(RtType **entry);
    /* A vector whose generic interfaces (IList<T>, and IList<U> by covariance) are not in
     * its list yet: adds them and returns true, else false (the JIT's loader; AOT lists
     * them all). */
    bool (*complete_array)(RtType *array_type);
    /* The array type of elem (rank 0: SZARRAY, else T[,]...) that reflection asks for
     * (Array.CreateInstance, Enum.GetValues), or NULL if there is none: the JIT's loader
     * builds it; an AOT executable has only those its compiler emitted. */
    RtType *(*array_type)(RtType *elem, uint32_t rank);
    /* The identity (for delegate equality) of the method obj runs for the virtual or
     * interface method whose identity is `declared` (the JIT: entry slots); NULL where
     * code is the identity (AOT). */
    void *(*virtual_identity)(RtObject *obj, void *declared);
    /* The methods t declares that reflection can describe, in metadata order (*n of them),
     * or NULL when this mode has no record of them (an AOT executable keeps them for the
     * program's own types and their base types, when its code reflects over methods). */
    const RtMethodInfo *(*methods_of)(RtType *t, uint32_t *n);
    /* m's invoker, made when first needed (the JIT compiles it and sets m->invoke), or
     * NULL with the reason in error. */
    void *(*method_invoker)(const RtMethodInfo *m, char *error, size_t error_size);
    /* The custom attributes of type t (*all, *n of them), or false when this mode has no
     * record of them (as methods_of). */
    bool (*attributes_of)(RtType *t, const RtCustomAttribute **all, uint32_t *n);
    /* The fields and properties t declares that reflection can describe (*all, *n of them,
     * in metadata order), or false when this mode has no record of them (as methods_of). */
    bool (*fields_of)(RtType *t, const RtFieldInfo **all, uint32_t *n);
    bool (*properties_of)(RtType *t, const RtPropertyInfo **all, uint32_t *n);
    /* def<args> (Type.MakeGenericType), def a generic definition taking n arguments, or
     * NULL with the reason in error: the JIT's loader builds any; an AOT executable has
     * only the instances its compiler emitted. */
    RtType *(*generic_instance)(RtType *def, RtType *const *args, uint32_t n, char *error,
                                size_t error_size);
    /* The same for a generic method definition (MethodInfo.MakeGenericMethod). */
    const RtMethodInfo *(*method_instance)(const RtMethodInfo *def, RtType *const *args, uint32_t n,
                                           char *error, size_t error_size);
    /* Type.GetType: the type whose FullName is `name` without type arguments (Ns.Outer+Inner,
     * List`1) in `scope` (0: the program's assemblies, then corlib; 1: the program's; 2:
     * corlib), or NULL: the JIT's loader finds any; an AOT executable those it emitted. */
    RtType *(*type_by_name)(const char *name, int32_t scope, bool ignore_case);
    /* The program's assembly as .NET displays it, for TypeLoadException's message. */
    const char *(*program_assembly)(void);
} RtWellKnown;
extern RtWellKnown rt_types;
/* An entry of rt_types, built when first needed: use this, not the field. */
RtType *rt_well_known(RtType **entry);

/* ---- ELF symbol tables in memory (elfsyms.c): R2R code mapping, AOT stack traces ---- */
typedef struct RtElfSymbols {
    const Elf64_Sym *syms;
    size_t n;
    const char *str; /* ends in NUL */
    size_t str_size;
} RtElfSymbols;
/* The first section of `type` (SHT_SYMTAB, SHT_DYNSYM) and its strings; false if the file
 * has none or any part lies outside the buffer. */
bool rt_elf_symbols(const uint8_t *elf, size_t size, uint32_t type, RtElfSymbols *out);
const char *rt_elf_symbol_name(const RtElfSymbols *s, const Elf64_Sym *sym); /* NULL: bad */
/* The running executable's build ID, folded to 64 bits (0 if it was linked without one). */
uint64_t rt_build_id(void);

/* ---- lifecycle (gc.c) ---- */
void rt_init(void);
void rt_finish(void);                    /* flushes Console output */
_Noreturn void rt_exit(int code);        /* flush, run the exit hook, exit */
void rt_set_exit_hook(void (*fn)(void)); /* e.g. the JIT stopping its background thread */
/* Names compiled code for stack traces: the method containing `ip`, or NULL. */
void rt_set_symbolizer(const char *(*fn)(void *ip));
/* Calls Main's code with argv[0..argc) as its string[] when it takes one; the exit code. */
int rt_run_main(void *entry, bool returns_int, bool takes_args, int argc, char **argv);
/* AOT: a vtable entry of a type the compiler proved is never instantiated. */
_Noreturn void rt_aot_unreachable(void);
_Noreturn void rt_aot_generic_cycle(void);
_Noreturn void rt_throw_platform_not_supported(void);        /* e.g. Delegate.BeginInvoke */
_Noreturn void rt_throw_no_default_ctor(const RtType *type); /* Activator.CreateInstance<T> */
typedef unsigned long rt_thread_t;                           /* pthread_t */
int rt_thread_start(rt_thread_t *thread, void *(*fn)(void *), void *arg); /* GC-registered */

/* ---- allocation (object.c, array.c, string.c) ---- */
void *rt_alloc(size_t size, bool has_refs);
void *rt_alloc_uncollectable(size_t size);
void *rt_alloc_statics(size_t size); /* a type's static fields: zeroed, a root, never freed */
RtObject *rt_new_object(RtType *type);
RtArray *rt_new_array(RtType *array_type, intptr_t length);
/* bounds: lengths[rank] then lower bounds[rank] */
RtArray *rt_new_mdarray(RtType *array_type, const int32_t *bounds);
/* elem[] (rank 0) or an elem array of that rank; NULL when the mode cannot make it. */
RtType *rt_array_type_of(RtType *elem, uint32_t rank);
void rt_array_init(RtArray *a, const void *data, int64_t size);
RtString *rt_string_alloc(int32_t length);
RtString *rt_string_from_utf16(const uint16_t *chars, int32_t length);
RtString *rt_string_from_utf8(const char *s);
RtString *rt_string_literal(const uint16_t *chars, int32_t length); /* interned */
/* Literals that exist already (an AOT executable's, in its read-only data): they join the
 * intern table when it is first used, so string.Intern finds them. */
void rt_intern_literals(RtString *const *literals, size_t n);
char *rt_string_to_utf8(const RtString *s); /* GC memory, NUL-terminated */

/* ---- type tests (object.c) ---- */
bool rt_is_subtype(const RtType *t, const RtType *target);
/* Where t keeps iface's slots: the exact interface, else a variant-compatible one; NULL if
 * t does not implement it. */
const RtInterfaceEntry *rt_find_interface(const RtType *t, const RtType *iface);
RtObject *rt_isinst(RtObject *obj, RtType *target);
RtObject *rt_castclass(RtObject *obj, RtType *target);
int32_t rt_interface_offset(RtObject *obj, RtType *iface);
/* ldvirtftn for a delegate: the identity of the method obj runs (rt_types.virtual_identity). */
void *rt_virtual_identity(RtObject *obj, void *declared);
void rt_run_class_init(RtType *type);
/* This thread's block of type's [ThreadStatic] fields (size bytes, zeroed at first use). */
void *rt_thread_static_base(RtType *type, uint32_t size);
void *rt_unbox(RtObject *obj, RtType *type);
void *rt_unbox_nullable(RtObject *obj, RtType *type);

/* ---- exceptions (except.c) ----
 * Thrown through the system unwinder; compiled code catches them in landing pads whose
 * personality is rt_personality. Uncaught, they print .NET's "Unhandled exception." line
 * and end the process with exit code 1 (what Mono does). None of these return. */
_Noreturn void rt_throw(RtObject *exception);
_Noreturn void rt_rethrow(RtObject *exception);
RtObject *rt_exception_object(void *unwind_exception); /* in a landing pad */
_Noreturn void rt_throw_null_reference(void);
_Noreturn void rt_throw_index_out_of_range(void);
_Noreturn void rt_throw_invalid_cast(void);
_Noreturn void rt_throw_overflow(void);
_Noreturn void rt_throw_divide_by_zero(void);
_Noreturn void rt_throw_named(const char *type_name, const char *message);
/* A .cctor's guard landing pad: wrap in TypeInitializationException, remember, throw. */
_Noreturn void rt_type_init_failed(RtType *type, void *unwind_exception);

/* ---- [MethodImpl(Synchronized)] (monitor.c): the lock of `this` or of the static method's
 * Type object, taken on entry and released on every way out ---- */
void rt_sync_method_enter(RtObject *obj);
void rt_sync_method_exit(RtObject *obj);

/* What a filter clause's type info points at, where a catch clause's points at a word
 * holding the RtType* to catch (the tag is never a valid RtType*). The personality calls
 * `run` in the first pass of unwinding, with the frame pointer of the frame whose clause it
 * is and the exception: a funclet the importer makes of the filter's IL, non-zero when the
 * handler takes the exception. It never throws (what the filter throws means "no"). */
#define RT_FILTER_TAG ((uintptr_t)1)
/* A catch clause's type word may still be empty: an R2R image binds the words its
 * exception tables name when an exception first asks (a program that never throws never
 * builds those types). The personality then calls `bind`, which fills the word and
 * returns the type, or NULL for a word nobody owns. */
void rt_set_typeinfo_binder(RtType *(*bind)(RtType **word));
typedef struct RtFilterClause {
    uintptr_t tag;
    int32_t (*run)(void *frame_pointer, RtObject *exception);
} RtFilterClause;
_Noreturn void rt_fatal(const char *fmt, ...);

/* The unwinder (unwind.c): libgcc's, linked into AOT executables (which define
 * rt_static_unwinder, aot/start.c) and opened by ilc the first time something unwinds.
 * Frame tables of code mapped without the system loader (R2R images) are handed over by
 * rt_register_frames, kept until then. rt_unwind_resume is _Unwind_Resume for code that
 * ilc loads. */
typedef struct RtUnwinder {
    _Unwind_Reason_Code (*raise)(struct _Unwind_Exception *e);
    _Unwind_Reason_Code (*forced)(struct _Unwind_Exception *e, _Unwind_Stop_Fn stop, void *arg);
    void (*resume)(struct _Unwind_Exception *e);
    _Unwind_Ptr (*get_ip)(struct _Unwind_Context *ctx);
    _Unwind_Ptr (*get_ip_info)(struct _Unwind_Context *ctx, int *before);
    _Unwind_Word (*get_gr)(struct _Unwind_Context *ctx, int reg);
    void (*set_gr)(struct _Unwind_Context *ctx, int reg, _Unwind_Word value);
    void (*set_ip)(struct _Unwind_Context *ctx, _Unwind_Ptr ip);
    void *(*get_lsda)(struct _Unwind_Context *ctx);
    _Unwind_Ptr (*get_region_start)(struct _Unwind_Context *ctx);
    void (*register_frame)(void *eh_frame);
    _Unwind_Reason_Code (*backtrace)(_Unwind_Trace_Fn fn, void *arg); /* Environment.StackTrace */
} RtUnwinder;
extern const RtUnwinder rt_static_unwinder __attribute__((weak));
const RtUnwinder *rt_unwinder(void);
void rt_register_frames(void *eh_frame);
void rt_unwind_resume(struct _Unwind_Exception *e);

/* ---- process ---- */
extern int rt_exit_code;
void rt_set_args(int argc, char **argv); /* for Environment.GetCommandLineArgs */

/* ---- internal calls: corlib methods implemented in C ----
 * A method of corlib marked [MethodImpl(MethodImplOptions.InternalCall)] binds by
 * (type, method name) to a C function listed in icalls.def. Internal-call names are not
 * overloaded within a type. Runtime helpers that compiled code calls are in helpers.def.
 * Both lists feed rt_symbols, which the JIT uses to resolve symbols by name. */
typedef struct RtSymbol {
    const char *name;
    void *address;
} RtSymbol;

typedef struct RtIcall {
    const char *type_name; /* "System.Console" */
    const char *method;    /* "WriteString" */
    const char *symbol;    /* "rt_console_write_string" */
} RtIcall;

const RtIcall *rt_icall_lookup(const char *type_name, const char *method);
const RtSymbol *rt_symbols(size_t *count);
/* One of rt_symbols by name, or NULL: R2R images bind their runtime imports here, since
 * asking the dynamic linker (dlsym) for each of a hundred names costs ten times more. */
void *rt_symbol_address(const char *name);
/* Its index in rt_symbols, or -1: what an image records so that binding needs no lookup. */
int32_t rt_symbol_index(const char *name);
/* A function of libm, which ilc loads only when first asked (mathlib.c), or NULL. */
void *rt_libm_symbol(const char *name);

#endif
