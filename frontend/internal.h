/*
 * internal.h — declarations shared by the files of frontend/ only.
 */
#ifndef ILC_FRONTEND_INTERNAL_H
#define ILC_FRONTEND_INTERNAL_H

#include "frontend.h"

/* ---- opcodes (opcodes.def) ---- */
typedef enum CilOpcode {
#define OP(id, name, code, opnd, pop, push, flow) CEE_##id,
#include "opcodes.def"
#undef OP
    CEE_COUNT
} CilOpcode;

typedef enum {
    OPND_NONE,
    OPND_U8,
    OPND_I8,
    OPND_U16,
    OPND_I32,
    OPND_I64,
    OPND_R4,
    OPND_R8,
    OPND_TOKEN,
    OPND_BR8,
    OPND_BR32,
    OPND_SWITCH
} CilOperandKind;
typedef enum {
    FLOW_NEXT,
    FLOW_BRANCH,
    FLOW_COND,
    FLOW_CALL,
    FLOW_RETURN,
    FLOW_THROW,
    FLOW_PREFIX
} CilFlow;

typedef struct CilOpInfo {
    const char *name;
    uint16_t code;
    uint8_t operand; /* CilOperandKind */
    int8_t pop, push;
    uint8_t flow; /* CilFlow */
} CilOpInfo;
extern const CilOpInfo cil_opinfo[CEE_COUNT];

/* One decoded instruction. */
typedef struct CilInsn {
    uint32_t offset, size;
    CilOpcode op;
    union {
        int64_t i;
        double r;
        uint32_t token;
        uint32_t target; /* branches: absolute IL offset */
    } arg;
    uint32_t n_targets; /* switch */
    uint32_t *targets;
} CilInsn;

/* Decodes the whole body; checks opcodes, operand sizes and branch targets (inside the
 * method, on an instruction boundary). */
bool cil_decode(CilMethod *m, const CilBody *body, CilArena *arena, CilInsn **out, uint32_t *n,
                CilDiag *diag);

/* ---- type system (typesys.c) ---- */
struct CilLoader {
    CilHooks hooks;
    CilArena arena;
    CilImage *corlib;
    CilImage **images;
    uint32_t n_images;
    CilType ***typedefs; /* per image index: CilType* per TypeDef row (lazily created) */
    CilType ***typerefs; /* per image index: what each TypeRef row resolved to, once it has */
    CilType **typeref_cache_storage;
    CilType *well_known[ELEMENT_TYPE_OBJECT + 1]; /* by ELEMENT_TYPE_* */
    CilType *t_object, *t_valuetype, *t_enum, *t_array, *t_string, *t_delegate;
    CilType **all_types;          /* every type with a runtime descriptor, for vtable patching */
    CilType *placeholders[2][64]; /* !n and !!n */
    uint32_t n_all_types, cap_all_types;
    uint32_t array_family_ifaces, array_family_slots; /* see add_array_interfaces */
};

uint32_t cil_image_index(CilLoader *l, const CilImage *img);
/* Token and signature resolution; ctx says what !n and !!n mean (NULL: nothing). */
CilType *cil_type_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                             CilDiag *diag);
CilType *cil_type_from_sig(CilLoader *l, CilImage *img, const CilTypeSig *sig, const CilGenCtx *ctx,
                           CilDiag *diag);
CilMethod *cil_method_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                                 CilDiag *diag);
CilField *cil_field_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                               CilDiag *diag);
bool cil_type_layout(CilType *t, CilDiag *diag);
/* f's type, resolved in its owner's context (layout resolves those it stores). */
bool cil_field_resolve(CilField *f, CilDiag *diag);
bool cil_type_vtable(CilType *t, CilDiag *diag);
/* dispatch.c: t's vtable from its image's plan, after its parent's vtable and its own
 * interfaces; false (t unchanged) when there is none that fits, and it is computed. */
bool cil_dispatch_adopt(CilType *t);
bool cil_type_add_array_interfaces(CilType *t, CilDiag *diag); /* see cil_type_complete_array */
/* "Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=…" as .NET displays an assembly
 * (in reflection names and in TypeLoadException's message); token: 8 bytes, or NULL. */
void cil_assembly_display_name(char *out, size_t size, const char *name, uint32_t major,
                               uint32_t minor, uint32_t build, uint32_t revision,
                               const char *culture, const uint8_t *token);
CilType *cil_byref_type(CilType *elem);
/* Internal calls the importer expands in place instead of calling: a string constructor
 * becomes a call to its static String.Ctor counterpart, and RuntimeHelpers.InitializeArray a
 * copy of the field's data. The AOT problem list (il.c) asks too, so that it never reports
 * them as missing from the runtime. */
CilMethod *cil_string_ctor_counterpart(CilMethod *ctor, CilDiag *diag);
bool cil_is_initialize_array(const CilMethod *m);
bool cil_is_expanded_icall(CilMethod *m);
CilType *cil_pointer_type(CilType *elem);
CilStackKind cil_stack_kind_of(const CilType *t);

/* rttype.c: the name of the type whose constructor a CustomAttribute row's Type column (a
 * MethodDef or MemberRef token) calls, or NULL. */
const char *cil_attribute_type_name(const CilImage *img, uint32_t ctor);

#endif
