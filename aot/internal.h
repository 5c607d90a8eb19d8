/*
 * internal.h — shared between the files of aot/ only.
 */
#ifndef ILC_AOT_INTERNAL_H
#define ILC_AOT_INTERNAL_H

#include "aot.h"

#include <llvm-c/TargetMachine.h>

typedef struct AotMethod {
    CilMethod *m;
    bool unboxing;
    LLVMValueRef fn; /* a declaration until its body is imported */
    bool queued;
} AotMethod;

typedef struct AotType {
    CilType *t;
    LLVMValueRef g; /* the RtType; a placeholder declaration until defined */
    LLVMValueRef statics;
    bool queued, constructed, defined;
    bool typeof_listed;     /* in Aot.type_objects */
    bool reflected;         /* its methods are in the reflection tables... */
    uint32_t reflect_index; /* ... at this index of Aot.reflected */
    uint32_t stamp;         /* a resolver build has seen it */
} AotType;

typedef struct AotString {
    const uint16_t *chars;
    uint32_t len;
    LLVMValueRef g;
} AotString;

typedef struct AotGvm {
    CilMethod *m;      /* the instantiated generic virtual method called */
    LLVMValueRef fn;   /* its resolver: ptr (ptr unused, ptr obj) */
    uint32_t built_at; /* number of types known when its body was last built */
} AotGvm;

struct Aot {
    AotOptions opts;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMTargetMachineRef tm;
    LLVMTypeRef t_ptr, t_i8, t_i32, t_i64;
    CilPolicy policy;
    CilSymbols symbols;

    /* the worklist: records in the order they were first needed */
    AotMethod **methods;
    uint32_t n_methods, cap_methods, next_method;
    AotMethod **records; /* every method record, queued or not (aot_free) */
    uint32_t n_records, cap_records;
    AotType **types; /* a type emitted again (now constructed) is listed twice */
    uint32_t n_types, cap_types, next_type;
    AotType **type_records; /* each type record once (aot_free) */
    uint32_t n_type_records, cap_type_records;
    AotString *strings; /* open addressing, cap a power of two */
    uint32_t n_strings, cap_strings;
    AotGvm *gvms;
    uint32_t n_gvms, cap_gvms;
    struct AotSite *sites; /* virtual call sites, for devirtualization */
    uint32_t n_sites, cap_sites;

    /* reflection over methods: the program can list them (it reaches the runtime's
     * method list), so its own types and their bases keep theirs, with invokers */
    CilImage *program;
    bool reflection_rooted;
    bool asks_attributes; /* code calls MemberInfo.GetCustomAttributes or IsDefined */
    bool names_rooted;    /* code looks types up by name: the program's types are emitted */
    AotType **reflected;
    uint32_t n_reflected, cap_reflected;
    LLVMValueRef *invokers; /* their methods' invokers, type after type (NULL: none) */
    uint32_t n_invokers, cap_invokers;

    /* the types code makes a System.Type of (typeof): reflection may make their arrays;
     * those of rank 1 with lower bounds (T[*]) once the code can (Array.CreateInstance) */
    CilType **type_objects;
    uint32_t n_type_objects, cap_type_objects, next_bounded_array;

    uint32_t n_errors, stamp;
    AotStats stats;
    char obj_path[4096];
};

/* link.c */
bool aot_link_executable(Aot *aot, const char *object, CilDiag *diag);
bool aot_output_writable(const char *output, CilDiag *diag); /* before any work is done */

#endif
