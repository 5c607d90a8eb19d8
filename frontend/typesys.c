/*
 * typesys.c — the type system: from metadata rows to types with layout and vtables.
 *
 *   TypeDef/TypeRef/TypeSpec token ─► CilType (created lazily, one per TypeDef)
 *        ├─ cil_type_layout:  instance field offsets, size, alignment, static storage
 *        ├─ cil_type_vtable:  virtual slots (newslot / override), interface map
 *        └─ cil_type_handle:  the runtime descriptor RtType, vtable filled with entry points
 *
 * Binding to the core library (DESIGN.md): a TypeRef whose resolution scope is an
 * assembly named mscorlib, System.Runtime, System.Console, System.Private.CoreLib,
 * netstandard or System binds by namespace and name to ilc's own corlib; a MemberRef binds
 * by name and signature, comparing resolved types. What corlib lacks is a diagnostic
 * naming the member, of a kind (CilDiagKind) that says which exception .NET would throw
 * for it, with .NET's message: the backends throw it, or warn.
 *
 * Layout follows ECMA-335 II.10.1.2 sequential layout: fields in declaration order, each
 * at its natural alignment, after an 8-byte header for reference types. Vtables follow
 * II.10.3: a derived type starts from its parent's slots; a virtual method that is not
 * newslot overrides the most derived parent slot with the same name and signature;
 * MethodImpl rows override explicitly. Interfaces get a block of slots per type, filled
 * with the implementing methods (explicit MethodImpl first, then by name and signature).
 */
#include "internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static CilType *typedef_type(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag);
static bool field_resolve(CilField *f, CilDiag *diag);
static void enum_underlying(CilType *t);

/* ---- loader ---- */

CilLoader *cil_loader_new(const CilHooks *hooks)
{
    CilLoader *l = calloc(1, sizeof *l);
    if (!l) abort();
    l->hooks = *hooks;
    return l;
}

const CilHooks *cil_loader_hooks(const CilLoader *l)
{
    return &l->hooks;
}

void cil_loader_free(CilLoader *l)
{
    if (!l) return;
    for (uint32_t i = 0; i < l->n_images; i++)
        cil_image_close(l->images[i]);
    free(l->images);
    free(l->typedefs);
    free(l->typerefs);
    free(l->all_types);
    cil_arena_free(&l->arena);
    free(l);
}

uint32_t cil_image_index(CilLoader *l, const CilImage *img)
{
    for (uint32_t i = 0; i < l->n_images; i++)
        if (l->images[i] == img) return i;
    return UINT32_MAX;
}

/* The assembly at path, or in data (copied), or in map (taken over). */
static CilImage *add_image(CilLoader *l, const char *path, const uint8_t *data, uint8_t *map,
                           size_t size, const CilVouch *vouch, CilDiag *diag)
{
    CilImage *img = map    ? cil_image_adopt_mapping(path, map, size, vouch, diag)
                    : data ? cil_image_from_memory_vouched(path, data, size, vouch, diag)
                           : cil_image_open_vouched(path, vouch, diag);
    if (!img) return NULL;
    if (!img->rows[CIL_TBL_ASSEMBLY]) {
        cil_diag_set(diag, "%s: not an assembly (no Assembly table)", img->path);
        cil_image_close(img);
        return NULL;
    }
    l->images = realloc(l->images, (l->n_images + 1) * sizeof *l->images);
    l->typedefs = realloc(l->typedefs, (l->n_images + 1) * sizeof *l->typedefs);
    l->typerefs = realloc(l->typerefs, (l->n_images + 1) * sizeof *l->typerefs);
    l->typerefs[l->n_images] =
        cil_arena_alloc(&l->arena, (img->rows[CIL_TBL_TYPEREF] + 1) * sizeof(CilType *));
    l->images[l->n_images] = img;
    l->typedefs[l->n_images] =
        cil_arena_alloc(&l->arena, (img->rows[CIL_TBL_TYPEDEF] + 1) * sizeof(CilType *));
    l->n_images++;
    return img;
}

static CilType *find_typedef(CilLoader *l, CilImage *img, const char *ns, const char *name,
                             CilDiag *diag)
{
    uint32_t row = cil_typedef_by_name(img, ns, name);
    return row ? typedef_type(l, img, row, diag) : NULL;
}

CilType *cil_corlib_type(CilLoader *l, const char *ns, const char *name)
{
    CilDiag d;
    return l->corlib ? find_typedef(l, l->corlib, ns, name, &d) : NULL;
}

static const struct {
    const char *name;
    uint8_t elem;
} primitive_names[] = {
    {"Boolean", ELEMENT_TYPE_BOOLEAN}, {"Char", ELEMENT_TYPE_CHAR},     {"SByte", ELEMENT_TYPE_I1},
    {"Byte", ELEMENT_TYPE_U1},         {"Int16", ELEMENT_TYPE_I2},      {"UInt16", ELEMENT_TYPE_U2},
    {"Int32", ELEMENT_TYPE_I4},        {"UInt32", ELEMENT_TYPE_U4},     {"Int64", ELEMENT_TYPE_I8},
    {"UInt64", ELEMENT_TYPE_U8},       {"Single", ELEMENT_TYPE_R4},     {"Double", ELEMENT_TYPE_R8},
    {"IntPtr", ELEMENT_TYPE_I},        {"UIntPtr", ELEMENT_TYPE_U},     {"Void", ELEMENT_TYPE_VOID},
    {"String", ELEMENT_TYPE_STRING},   {"Object", ELEMENT_TYPE_OBJECT},
};

static bool bind_well_known(CilLoader *l, CilDiag *diag)
{
    /* ValueType and Enum first: classify() needs them to tell structs from classes. */
    l->t_valuetype = find_typedef(l, l->corlib, "System", "ValueType", diag);
    l->t_enum = find_typedef(l, l->corlib, "System", "Enum", diag);
    if (!l->t_valuetype || !l->t_enum) {
        cil_diag_set(diag, "%s: corlib lacks System.ValueType or System.Enum", l->corlib->path);
        return false;
    }
    for (size_t i = 0; i < sizeof primitive_names / sizeof primitive_names[0]; i++) {
        CilType *t = find_typedef(l, l->corlib, "System", primitive_names[i].name, diag);
        if (!t) {
            cil_diag_set(diag, "%s: corlib lacks System.%s", l->corlib->path,
                         primitive_names[i].name);
            return false;
        }
        l->well_known[primitive_names[i].elem] = t;
    }
    l->t_object = l->well_known[ELEMENT_TYPE_OBJECT];
    l->t_string = l->well_known[ELEMENT_TYPE_STRING];
    l->t_array = cil_corlib_type(l, "System", "Array");
    l->t_delegate = cil_corlib_type(l, "System", "MulticastDelegate");
    if (!l->t_array) {
        cil_diag_set(diag, "%s: corlib lacks System.Array", l->corlib->path);
        return false;
    }
    return true;
}

/* The entry point of System.T::name with n parameters, for the runtime to call. */
static void *corlib_entry(CilLoader *l, const char *type, const char *name, uint32_t n)
{
    CilType *t = cil_corlib_type(l, "System", type);
    CilDiag d;
    CilMethod *m;
    for (uint32_t i = 0; t && (m = cil_type_method_named(t, name, &i));)
        if (cil_method_resolve_sig(m, &d) && m->sig.n_params == n)
            return l->hooks.entry_point(l->hooks.ctx, m, false);
    return NULL;
}

/* Fills rt_types, the types the runtime allocates by itself: Object and String now, the
 * rest (arrays, primitives, exceptions) when first needed (cil_fill_runtime_types) —
 * building types' vtables and interfaces is most of what loading corlib costs, and most
 * programs never make the runtime throw or allocate a char[] itself. */
static bool bind_runtime_types(CilLoader *l, CilDiag *diag)
{
    RtWellKnown *w = &rt_types;
    w->object = cil_type_handle(l->t_object, diag);
    w->string = cil_type_handle(l->t_string, diag);
    w->type_init_ctor = corlib_entry(l, "TypeInitializationException", ".ctor", 2);
    return w->object && w->string;
}

/* The entries of rt_types built on first need: a corlib type (System.NAME), a primitive
 * (by element type), or an array of one. */
static const struct {
    size_t offset;
    const char *name;
    uint8_t elem;
    bool array;
} deferred_types[] = {
    {offsetof(RtWellKnown, char_array), NULL, ELEMENT_TYPE_CHAR, true},
    {offsetof(RtWellKnown, object_array), NULL, ELEMENT_TYPE_OBJECT, true},
    {offsetof(RtWellKnown, string_array), NULL, ELEMENT_TYPE_STRING, true},
    {offsetof(RtWellKnown, int32), NULL, ELEMENT_TYPE_I4, false},
    {offsetof(RtWellKnown, int64), NULL, ELEMENT_TYPE_I8, false},
    {offsetof(RtWellKnown, uint32), NULL, ELEMENT_TYPE_U4, false},
    {offsetof(RtWellKnown, uint64), NULL, ELEMENT_TYPE_U8, false},
    {offsetof(RtWellKnown, double_), NULL, ELEMENT_TYPE_R8, false},
    {offsetof(RtWellKnown, single), NULL, ELEMENT_TYPE_R4, false},
    {offsetof(RtWellKnown, boolean), NULL, ELEMENT_TYPE_BOOLEAN, false},
    {offsetof(RtWellKnown, char_), NULL, ELEMENT_TYPE_CHAR, false},
    {offsetof(RtWellKnown, null_reference), "NullReferenceException", 0, false},
    {offsetof(RtWellKnown, index_out_of_range), "IndexOutOfRangeException", 0, false},
    {offsetof(RtWellKnown, invalid_cast), "InvalidCastException", 0, false},
    {offsetof(RtWellKnown, overflow), "OverflowException", 0, false},
    {offsetof(RtWellKnown, divide_by_zero), "DivideByZeroException", 0, false},
    {offsetof(RtWellKnown, array_type_mismatch), "ArrayTypeMismatchException", 0, false},
    {offsetof(RtWellKnown, type_initialization), "TypeInitializationException", 0, false},
    {offsetof(RtWellKnown, out_of_memory), "OutOfMemoryException", 0, false},
    {offsetof(RtWellKnown, invalid_program), "InvalidProgramException", 0, false},
    {offsetof(RtWellKnown, missing_method), "MissingMethodException", 0, false},
    {offsetof(RtWellKnown, argument_out_of_range), "ArgumentOutOfRangeException", 0, false},
    {offsetof(RtWellKnown, platform_not_supported), "PlatformNotSupportedException", 0, false},
    {offsetof(RtWellKnown, missing_field), "MissingFieldException", 0, false},
    {offsetof(RtWellKnown, type_load), "TypeLoadException", 0, false},
};

RtType *cil_fill_runtime_types(CilLoader *l, RtType **entry)
{
    RtType *found = NULL;
    for (size_t i = 0; i < sizeof deferred_types / sizeof deferred_types[0]; i++) {
        RtType **e = (RtType **)((char *)&rt_types + deferred_types[i].offset);
        if (entry && e != entry) continue;
        CilDiag d;
        CilType *t = deferred_types[i].name ? cil_corlib_type(l, "System", deferred_types[i].name)
                                            : l->well_known[deferred_types[i].elem];
        if (t && deferred_types[i].array) t = cil_array_type(t);
        RtType *rt = *e ? *e : t ? cil_type_handle(t, &d) : NULL;
        if (rt) __atomic_store_n(e, rt, __ATOMIC_RELEASE);
        found = rt;
    }
    return found;
}

bool cil_loader_load_corlib(CilLoader *l, const char *path, CilDiag *diag)
{
    return cil_loader_load_corlib_vouched(l, path, NULL, diag);
}

bool cil_loader_load_corlib_vouched(CilLoader *l, const char *path, const CilVouch *vouch,
                                    CilDiag *diag)
{
    CilImage *img = add_image(l, path, NULL, NULL, 0, vouch, diag);
    if (!img) return false;
    l->corlib = img;
    if (img->vouched && vouch->array_family[0]) {
        l->array_family_ifaces = vouch->array_family[0];
        l->array_family_slots = vouch->array_family[1];
    }
    return bind_well_known(l, diag) && bind_runtime_types(l, diag);
}

CilImage *cil_loader_load(CilLoader *l, const char *path, CilDiag *diag)
{
    return add_image(l, path, NULL, NULL, 0, NULL, diag);
}

CilImage *cil_loader_load_memory(CilLoader *l, const char *path, const uint8_t *data, size_t size,
                                 const CilVouch *vouch, CilDiag *diag)
{
    return add_image(l, path, data, NULL, size, vouch, diag);
}

CilImage *cil_loader_load_mapping(CilLoader *l, const char *path, uint8_t *map, size_t size,
                                  const CilVouch *vouch, CilDiag *diag)
{
    return add_image(l, path, NULL, map, size, vouch, diag);
}

/* ---- types from metadata ---- */

static uint32_t enclosing_row(const CilImage *img, uint32_t row)
{
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_NESTED_NESTED, row, &n);
    return n ? cil_nestedclass(img, rows[0] + 1)->enclosing_row : 0;
}

static char *make_full_name(CilArena *a, CilType *t)
{
    if (t->enclosing) return cil_arena_concat(a, t->enclosing->full_name, "/", t->name, NULL);
    return cil_arena_concat(a, t->ns, *t->ns ? "." : "", t->name, NULL);
}

/* A type's fields and methods are made from its metadata when first asked for: most of the
 * types a program's signatures name (Decimal in a TextWriter overload, the primitives) are
 * never asked, and making them was a tenth of an R2R hello world's start-up. Its methods
 * are then only slots, each descriptor made when that method is first asked for
 * (cil_type_method), and its class constructor is looked for when asked (cil_type_cctor):
 * a program calls few of the methods of the types it uses, and a descriptor for each was a
 * fault per 24 of them. The caller holds the loader as for any other lazily filled part of
 * a type; readers without it see members_ready, stored last. */
void cil_type_members(CilType *t)
{
    if (__atomic_load_n(&t->members_ready, __ATOMIC_ACQUIRE) || !t->image) return;
    CilLoader *l = t->loader;
    const CilTypeDefRow *td = cil_typedef(t->image, t->row);
    t->n_fields = td->field_end - td->field_first;
    t->fields = cil_arena_alloc(&l->arena, (t->n_fields + 1) * sizeof(CilField));
    for (uint32_t i = 0; i < t->n_fields; i++) {
        const CilFieldRow *fr = cil_field(t->image, td->field_first + i);
        CilField *f = &t->fields[i];
        f->owner = t;
        f->row = td->field_first + i;
        f->name = fr->name;
        f->flags = fr->flags;
        f->is_static = (fr->flags & FDF_STATIC) != 0;
    }
    t->method_first = td->method_first;
    t->n_methods = td->method_end - td->method_first;
    t->methods_ = cil_arena_alloc(&l->arena, (t->n_methods + 1) * sizeof(CilMethod *));
    __atomic_store_n(&t->members_ready, true, __ATOMIC_RELEASE);
}

/* Looked for when first asked: a program calls static methods of many types whose class
 * constructors nothing needs to know about. */
CilMethod *cil_type_cctor(CilType *t)
{
    if (t->cctor_known) return t->cctor;
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_methods && !t->cctor; i++) {
        uint16_t flags = cil_type_method_flags(t, i);
        if ((flags & MDF_STATIC) && (flags & MDF_RTSPECIALNAME) &&
            !strcmp(cil_type_method_name(t, i), ".cctor"))
            t->cctor = cil_type_method(t, i);
    }
    t->cctor_known = true;
    return t->cctor;
}

CilMethod *cil_type_method(CilType *t, uint32_t i)
{
    CilMethod *m = __atomic_load_n(&t->methods_[i], __ATOMIC_ACQUIRE);
    if (m) return m;
    const CilMethodDefRow *mr = cil_methoddef(t->image, t->method_first + i);
    m = cil_arena_alloc(&t->loader->arena, sizeof *m);
    m->owner = t;
    m->row = t->method_first + i;
    m->name = mr->name;
    m->flags = mr->flags;
    m->impl_flags = mr->impl_flags;
    m->vtable_slot = -1;
    __atomic_store_n(&t->methods_[i], m, __ATOMIC_RELEASE);
    return m;
}

const char *cil_type_method_name(const CilType *t, uint32_t i)
{
    return cil_methoddef(t->image, t->method_first + i)->name;
}

CilMethod *cil_type_method_named(CilType *t, const char *name, uint32_t *i)
{
    cil_type_members(t);
    for (; *i < t->n_methods; (*i)++)
        if (!strcmp(cil_type_method_name(t, *i), name)) return cil_type_method(t, (*i)++);
    return NULL;
}

uint16_t cil_type_method_flags(const CilType *t, uint32_t i)
{
    return cil_methoddef_flags(t->image, t->method_first + i);
}

uint32_t cil_method_index(const CilMethod *m)
{
    return m->row - m->owner->method_first;
}

/* By name: classify runs for System.Enum before l->t_enum is set. */
static bool is_system_enum(const CilLoader *l, const CilType *t)
{
    return t == l->t_enum ||
           (t->image == l->corlib && !strcmp(t->ns, "System") && !strcmp(t->name, "Enum"));
}

static void classify(CilLoader *l, CilType *t)
{
    if (t->flags & TDF_INTERFACE)
        t->kind = TK_INTERFACE;
    else if (t->parent && (t->parent == l->t_valuetype || t->parent == l->t_enum) &&
             !is_system_enum(l, t)) /* Enum itself is a class, though its parent is ValueType */
        t->kind = TK_VALUETYPE;
    else
        t->kind = TK_CLASS;
    if (t->kind == TK_VALUETYPE && t->image == l->corlib && !strcmp(t->ns, "System"))
        for (size_t i = 0; i < sizeof primitive_names / sizeof primitive_names[0]; i++)
            if (!strcmp(t->name, primitive_names[i].name)) t->elem_type = primitive_names[i].elem;
}

static uint32_t count_generic_params(const CilImage *img, uint32_t owner_token)
{
    uint32_t n;
    cil_rows_with(img, CIL_KEY_GENERICPARAM_OWNER, owner_token, &n);
    return n;
}

/* The shared placeholder types !0..!n-1 (or !!0..), standing for open parameters. */
static CilType **placeholders(CilLoader *l, uint32_t n, bool method)
{
    if (n > 64) n = 64;
    for (uint32_t i = 0; i < n; i++) {
        CilType **slot = &l->placeholders[method][i];
        if (*slot) continue;
        CilType *t = cil_arena_alloc(&l->arena, sizeof *t);
        char name[16];
        snprintf(name, sizeof name, "%s%u", method ? "!!" : "!", i);
        t->loader = l;
        t->kind = TK_GENERICPARAM;
        t->name = t->full_name = cil_arena_strdup(&l->arena, name);
        t->ns = "";
        t->param_index = i;
        t->method_param = method;
        *slot = t;
    }
    return l->placeholders[method];
}

/* Whether the base chain from p reaches t (or an instantiation of it). A type met again
 * while its own base is being resolved is returned unfinished, its parent not yet set, so
 * the walk ends: in `class A : B`, `class B : A`, B's parent is the unfinished A, and A then
 * finds itself above B. Naming t as a type argument of its base is no cycle. */
static bool derives_from_self(const CilType *p, const CilType *t)
{
    for (; p; p = p->parent)
        if (p == t || p->generic_def == t) return true;
    return false;
}

static CilType *typedef_type(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag)
{
    uint32_t ii = cil_image_index(l, img);
    CilType *t = l->typedefs[ii][row];
    if (t) return t; /* perhaps still creating: `class S : Base<S>` names S in its own base */
    const CilTypeDefRow *td = cil_typedef(img, row);
    t = cil_arena_alloc(&l->arena, sizeof *t);
    t->loader = l;
    t->image = img;
    t->row = row;
    t->name = td->name;
    t->ns = td->ns;
    t->flags = td->flags;
    uint32_t enc = enclosing_row(img, row);
    l->typedefs[ii][row] = t;
    if (enc && enc != row && !(t->enclosing = typedef_type(l, img, enc, diag))) return NULL;
    t->full_name = make_full_name(&l->arena, t);
    t->n_generic_params = count_generic_params(img, CIL_TOKEN(CIL_TBL_TYPEDEF, row));
    if (td->extends) {
        /* A generic definition's base is read with its own parameters as placeholders. */
        CilGenCtx typical = {placeholders(l, t->n_generic_params, false), t->n_generic_params, NULL,
                             0};
        CilType *p = cil_type_from_token(l, img, td->extends, &typical, diag);
        if (!p) return NULL;
        if (derives_from_self(p, t)) {
            cil_diag_set(diag, "%s: metadata table TypeDef row %u: inheritance cycle through %s",
                         img->path, row, t->full_name);
            return NULL;
        }
        t->parent = p;
    }
    classify(l, t);
    t->stack_kind = cil_stack_kind_of(t);
    if (t->kind == TK_VALUETYPE && t->parent == l->t_enum) {
        /* An enum is its underlying integer everywhere, so know it from the start. */
        cil_type_members(t);
        for (uint32_t i = 0; i < t->n_fields; i++)
            if (!t->fields[i].is_static && !field_resolve(&t->fields[i], diag)) return NULL;
        enum_underlying(t);
    }
    return t;
}

/* ---- generic instantiation ---- */

static bool same_args(CilType **a, CilType **b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

/* "base<arg,arg>", sized first and copied once (every instantiation is named). */
static char *instance_name(CilArena *a, const char *base, CilType **args, uint32_t n)
{
    size_t len = strlen(base) + 2 + n;
    for (uint32_t i = 0; i < n; i++)
        len += strlen(args[i]->full_name);
    char *name = cil_arena_alloc(a, len), *at = name;
    at = stpcpy(at, base);
    *at++ = '<';
    for (uint32_t i = 0; i < n; i++) {
        if (i) *at++ = ',';
        at = stpcpy(at, args[i]->full_name);
    }
    strcpy(at, ">");
    return name;
}

/* def<args>: one CilType per distinct argument list, with its own members. */
CilType *cil_type_instantiate(CilType *def, CilType **args, uint32_t n, CilDiag *diag)
{
    CilLoader *l = def->loader;
    if (n != def->n_generic_params) {
        cil_diag_set(diag, "%s: %s takes %u type arguments, not %u", def->image->path,
                     def->full_name, def->n_generic_params, n);
        return NULL;
    }
    for (CilType *i = def->instances; i; i = i->next_instance)
        if (same_args(i->type_args, args, n)) return i;
    CilType *t = cil_arena_alloc(&l->arena, sizeof *t);
    t->loader = l;
    t->image = def->image;
    t->row = def->row;
    t->name = def->name;
    t->ns = def->ns;
    t->flags = def->flags;
    t->enclosing = def->enclosing;
    t->generic_def = def;
    t->n_type_args = n;
    t->type_args = cil_arena_alloc(&l->arena, (n + 1) * sizeof(CilType *));
    memcpy(t->type_args, args, n * sizeof(CilType *));
    t->full_name = instance_name(&l->arena, def->full_name, args, n);
    t->next_instance = def->instances;
    def->instances = t; /* before resolving the base, which may mention t itself */
    const CilTypeDefRow *td = cil_typedef(def->image, def->row);
    if (td->extends) {
        CilGenCtx ctx = {t->type_args, n, NULL, 0};
        if (!(t->parent = cil_type_from_token(l, t->image, td->extends, &ctx, diag))) return NULL;
    }
    classify(l, t);
    t->stack_kind = cil_stack_kind_of(t);
    return t;
}

static CilGenCtx type_context(const CilType *t)
{
    return (CilGenCtx){t->type_args, t->n_type_args, NULL, 0};
}

CilGenCtx cil_method_context(const CilMethod *m)
{
    CilGenCtx c = type_context(m->owner);
    if (m->method_args) {
        c.margs = m->method_args;
        c.n_margs = m->n_method_args;
    } else if (m->sig.n_generic) {
        c.margs = placeholders(m->owner->loader, m->sig.n_generic, true);
        c.n_margs = m->sig.n_generic;
    }
    return c;
}

/* A TypeDef named inside generic code stands for its instantiation over the current
 * type arguments (the way C# compilers refer to a generic type's own members). */
static CilType *contextual(CilType *t, const CilGenCtx *ctx, CilDiag *diag)
{
    if (!t || !t->n_generic_params || !ctx || ctx->n_targs != t->n_generic_params) return t;
    return cil_type_instantiate(t, ctx->targs, ctx->n_targs, diag);
}

static bool is_corlib_alias(const char *name)
{
    static const char *aliases[] = {"mscorlib",
                                    "System.Runtime",
                                    "System.Console",
                                    "System.Private.CoreLib",
                                    "netstandard",
                                    "System",
                                    "System.Core",
                                    "System.Collections",
                                    "System.Runtime.Extensions",
                                    "System.Numerics"};
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(name, aliases[i])) return true;
    return false;
}

static CilImage *image_for_assemblyref(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag)
{
    const char *name = img->assemblyref[row - 1].name;
    if (is_corlib_alias(name)) return l->corlib;
    for (uint32_t i = 0; i < l->n_images; i++)
        if (l->images[i]->rows[CIL_TBL_ASSEMBLY] && !strcmp(l->images[i]->assembly[0].name, name))
            return l->images[i];
    cil_diag_set(diag, "%s: referenced assembly '%s' is not available (only corlib is bound)",
                 img->path, name);
    return NULL;
}

static CilType *find_nested(CilLoader *l, CilType *outer, const char *name, CilDiag *diag)
{
    const CilImage *img = outer->image;
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_NESTED_ENCLOSING, outer->row, &n);
    for (uint32_t i = 0; i < n; i++) {
        const CilNestedClassRow *nc = cil_nestedclass(img, rows[i] + 1);
        if (!strcmp(cil_typedef(img, nc->nested_row)->name, name))
            return typedef_type(l, outer->image, nc->nested_row, diag);
    }
    return NULL;
}

/* ---- what corlib lacks, as .NET words it ----
 * The exception messages follow CoreCLR's formats ("Could not load type 'X' from assembly
 * 'Y'.", "Method not found: 'Void X.M()'.", "Field not found: 'X.F'."), approximately:
 * type names are ilc's (generic arguments spelt in full, where .NET shortens primitives
 * inside them too). */

/* '/' (ECMA-335's nesting separator) as '+' (reflection's). */
static void dotnet_nesting(char *name)
{
    for (char *c = name; *c; c++)
        if (*c == '/') *c = '+';
}

/* Appends to buf[size] at *len, truncating quietly. */
__attribute__((format(printf, 4, 5))) static void append(char *buf, size_t size, size_t *len,
                                                         const char *fmt, ...)
{
    if (*len >= size - 1) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + *len, size - *len, fmt, ap);
    va_end(ap);
    *len = n < 0 ? size - 1 : *len + (size_t)n < size ? *len + (size_t)n : size - 1;
}

void cil_assembly_display_name(char *out, size_t size, const char *name, uint32_t major,
                               uint32_t minor, uint32_t build, uint32_t revision,
                               const char *culture, const uint8_t *token)
{
    size_t len = 0;
    out[0] = 0;
    append(out, size, &len, "%s, Version=%u.%u.%u.%u, Culture=%s, PublicKeyToken=", name, major,
           minor, build, revision, *culture ? culture : "neutral");
    if (!token) append(out, size, &len, "null");
    for (uint32_t i = 0; token && i < 8; i++)
        append(out, size, &len, "%02x", token[i]);
}

/* The assembly the reference names (an AssemblyRef scope), else the name of the one it
 * was looked up in. */
static void assembly_display(const CilImage *img, uint32_t scope, const CilImage *target, char *out,
                             size_t size)
{
    if (CIL_TOKEN_TABLE(scope) != CIL_TBL_ASSEMBLYREF) {
        snprintf(out, size, "%s", target->name);
        return;
    }
    const CilAssemblyRefRow *ar = &img->assemblyref[CIL_TOKEN_ROW(scope) - 1];
    /* no key, or a full one (.NET would hash it): the token is said to be null */
    cil_assembly_display_name(out, size, ar->name, ar->major, ar->minor, ar->build, ar->revision,
                              ar->culture, ar->public_key.size == 8 ? ar->public_key.data : NULL);
}

__attribute__((format(printf, 4, 5))) static void
missing_type(CilDiag *diag, const char *full, const char *assembly, const char *fmt, ...)
{
    char name[600], what[1024], exception[1024];
    snprintf(name, sizeof name, "%s", full);
    dotnet_nesting(name);
    snprintf(exception, sizeof exception, "Could not load type '%s' from assembly '%s'.", name,
             assembly);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    cil_diag_missing(diag, CIL_DIAG_MISSING_TYPE, exception, "%s", what);
}

static CilType *find_typeref(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag);

/* TypeRef row `row` of img, looked up once: every class of a program names System.Object
 * through the same row, and each lookup went through the assembly reference and a search
 * by name. */
static CilType *resolve_typeref(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag)
{
    uint32_t ii = cil_image_index(l, img);
    CilType **cached = ii != UINT32_MAX ? &l->typerefs[ii][row] : NULL;
    if (cached && *cached) return *cached;
    CilType *t = find_typeref(l, img, row, diag);
    if (cached) *cached = t;
    return t;
}

static CilType *find_typeref(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag)
{
    const CilTypeRefRow *tr = cil_typeref(img, row);
    uint32_t scope = tr->scope;
    CilType *t = NULL;
    if (CIL_TOKEN_TABLE(scope) == CIL_TBL_TYPEREF) {
        if (CIL_TOKEN_ROW(scope) == row) {
            cil_diag_set(diag, "%s: metadata table TypeRef row %u: scope refers to itself",
                         img->path, row);
            return NULL;
        }
        CilType *outer = resolve_typeref(l, img, CIL_TOKEN_ROW(scope), diag);
        if (!outer) return NULL;
        t = find_nested(l, outer, tr->name, diag);
        if (!t) {
            char full[600];
            snprintf(full, sizeof full, "%s/%s", outer->full_name, tr->name);
            missing_type(diag, full, outer->image ? outer->image->name : img->name,
                         "%s: type %s not found", img->path, full);
        }
        return t;
    }
    CilImage *target = img;
    if (CIL_TOKEN_TABLE(scope) == CIL_TBL_ASSEMBLYREF &&
        !(target = image_for_assemblyref(l, img, CIL_TOKEN_ROW(scope), diag)))
        return NULL;
    t = find_typedef(l, target, tr->ns, tr->name, diag);
    if (!t) {
        char full[600];
        snprintf(full, sizeof full, "%s%s%s", tr->ns, *tr->ns ? "." : "", tr->name);
        char assembly[300];
        assembly_display(img, scope, target, assembly, sizeof assembly);
        missing_type(diag, full, assembly, "%s: type %s not found in %s", img->path, full,
                     target == l->corlib ? "ilc's corlib" : target->name);
    }
    return t;
}

CilType *cil_type_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                             CilDiag *diag)
{
    if (!cil_token_valid(img, token)) {
        cil_diag_set(diag, "%s: invalid type token 0x%08x", img->path, token);
        return NULL;
    }
    uint32_t row = CIL_TOKEN_ROW(token);
    switch (CIL_TOKEN_TABLE(token)) {
    case CIL_TBL_TYPEDEF: return contextual(typedef_type(l, img, row, diag), ctx, diag);
    case CIL_TBL_TYPEREF: return resolve_typeref(l, img, row, diag);
    case CIL_TBL_TYPESPEC: {
        CilTypeSig *sig;
        if (!cil_sig_typespec(img, cil_typespec(img, row)->sig, &l->arena, &sig, "TypeSpec",
                              diag)) {
            /* Parsed again to name the row: formatting it for every TypeSpec resolved cost
             * more than the parse. */
            char what[64];
            snprintf(what, sizeof what, "TypeSpec row %u", row);
            cil_sig_typespec(img, cil_typespec(img, row)->sig, &l->arena, &sig, what, diag);
            return NULL;
        }
        return cil_type_from_sig(l, img, sig, ctx, diag);
    }
    default: cil_diag_set(diag, "%s: token 0x%08x is not a type", img->path, token); return NULL;
    }
}

static CilType *derived_type(CilType *elem, CilTypeKind kind, CilType **cache, const char *suffix)
{
    if (*cache) return *cache;
    CilLoader *l = elem->loader;
    CilType *t = cil_arena_alloc(&l->arena, sizeof *t);
    t->loader = l;
    t->kind = kind;
    t->elem = elem;
    /* As .NET names them: Name "String[]", Namespace "System", FullName "System.String[]". */
    t->full_name = cil_arena_concat(&l->arena, elem->full_name, suffix, NULL);
    t->name = cil_arena_concat(&l->arena, elem->name, suffix, NULL);
    t->ns = elem->ns;
    if (kind == TK_ARRAY) {
        t->parent = l->t_array;
        t->flags = TDF_SEALED;
    }
    t->stack_kind = cil_stack_kind_of(t);
    *cache = t;
    return t;
}

CilType *cil_array_type(CilType *elem)
{
    return derived_type(elem, TK_ARRAY, &elem->array_of, "[]");
}

/* Multidimensional array types are chained on the SZARRAY type's instance list. */
CilType *cil_mdarray_type(CilType *elem, uint32_t rank)
{
    CilType *sz = cil_array_type(elem);
    for (CilType *t = sz->next_instance; t; t = t->next_instance)
        if (t->rank == rank) return t;
    char suffix[80] = "[*]";
    if (rank > 1) {
        uint32_t n = rank < 32 ? rank : 32, k = 0;
        suffix[k++] = '[';
        for (uint32_t i = 1; i < n; i++)
            suffix[k++] = ',';
        suffix[k++] = ']';
        suffix[k] = 0;
    }
    CilType *t = NULL;
    derived_type(elem, TK_ARRAY, &t, suffix);
    t->rank = rank;
    t->next_instance = sz->next_instance;
    sz->next_instance = t;
    return t;
}
CilType *cil_byref_type(CilType *elem)
{
    return derived_type(elem, TK_BYREF, &elem->byref_of, "&");
}
CilType *cil_pointer_type(CilType *elem)
{
    return derived_type(elem, TK_POINTER, &elem->pointer_of, "*");
}

static CilType *generic_inst(CilLoader *l, CilImage *img, const CilTypeSig *sig,
                             const CilGenCtx *ctx, CilDiag *diag)
{
    CilType *def = cil_type_from_token(l, img, sig->elem->token, NULL, diag);
    if (!def) return NULL;
    CilType *args[64];
    if (sig->n_args > 64) {
        cil_diag_set(diag, "%s: generic instantiation with %u arguments", img->path, sig->n_args);
        return NULL;
    }
    for (uint32_t i = 0; i < sig->n_args; i++)
        if (!(args[i] = cil_type_from_sig(l, img, sig->args[i], ctx, diag))) return NULL;
    return cil_type_instantiate(def, args, sig->n_args, diag);
}

static CilType *generic_param(CilLoader *l, CilImage *img, const CilTypeSig *sig,
                              const CilGenCtx *ctx, CilDiag *diag)
{
    bool method = sig->kind == ELEMENT_TYPE_MVAR;
    CilType **args = method ? (ctx ? ctx->margs : NULL) : (ctx ? ctx->targs : NULL);
    uint32_t n = method ? (ctx ? ctx->n_margs : 0) : (ctx ? ctx->n_targs : 0);
    if (sig->index >= n) {
        cil_diag_set(diag, "%s: generic parameter %s%u used outside a generic context", img->path,
                     method ? "!!" : "!", sig->index);
        return NULL;
    }
    return args[sig->index];
}

CilType *cil_type_from_sig(CilLoader *l, CilImage *img, const CilTypeSig *sig, const CilGenCtx *ctx,
                           CilDiag *diag)
{
    CilType *e;
    switch (sig->kind) {
    case ELEMENT_TYPE_VOID:
    case ELEMENT_TYPE_BOOLEAN:
    case ELEMENT_TYPE_CHAR:
    case ELEMENT_TYPE_I1:
    case ELEMENT_TYPE_U1:
    case ELEMENT_TYPE_I2:
    case ELEMENT_TYPE_U2:
    case ELEMENT_TYPE_I4:
    case ELEMENT_TYPE_U4:
    case ELEMENT_TYPE_I8:
    case ELEMENT_TYPE_U8:
    case ELEMENT_TYPE_R4:
    case ELEMENT_TYPE_R8:
    case ELEMENT_TYPE_I:
    case ELEMENT_TYPE_U:
    case ELEMENT_TYPE_STRING:
    case ELEMENT_TYPE_OBJECT: return l->well_known[sig->kind];
    case ELEMENT_TYPE_CLASS:
    case ELEMENT_TYPE_VALUETYPE: return cil_type_from_token(l, img, sig->token, NULL, diag);
    case ELEMENT_TYPE_SZARRAY:
        return (e = cil_type_from_sig(l, img, sig->elem, ctx, diag)) ? cil_array_type(e) : NULL;
    case ELEMENT_TYPE_ARRAY:
        if (!sig->rank || sig->rank > 32) {
            cil_diag_set(diag, "%s: array of rank %u is not supported", img->path, sig->rank);
            return NULL;
        }
        return (e = cil_type_from_sig(l, img, sig->elem, ctx, diag))
                   ? cil_mdarray_type(e, sig->rank)
                   : NULL;
    case ELEMENT_TYPE_BYREF:
        return (e = cil_type_from_sig(l, img, sig->elem, ctx, diag)) ? cil_byref_type(e) : NULL;
    case ELEMENT_TYPE_PTR:
        return (e = cil_type_from_sig(l, img, sig->elem, ctx, diag)) ? cil_pointer_type(e) : NULL;
    case ELEMENT_TYPE_GENERICINST: return generic_inst(l, img, sig, ctx, diag);
    case ELEMENT_TYPE_FNPTR:
        /* A method pointer (what ldftn pushes and calli calls) is a native int to the
         * stack, to field layout and to signatures, as in CoreCLR. */
        return l->well_known[ELEMENT_TYPE_I];
    case ELEMENT_TYPE_TYPEDBYREF:
        if (!(e = cil_corlib_type(l, "System", "TypedReference")))
            cil_diag_set(diag, "%s: corlib lacks System.TypedReference", img->path);
        return e;
    case ELEMENT_TYPE_VAR:
    case ELEMENT_TYPE_MVAR: return generic_param(l, img, sig, ctx, diag);
    default: {
        char name[256];
        cil_sig_type_name(img, sig, name, sizeof name);
        cil_diag_set(diag, "%s: type %s is not supported yet", img->path, name);
        return NULL;
    }
    }
}

/* ---- predicates ---- */

bool cil_method_is_static(const CilMethod *m)
{
    return (m->flags & MDF_STATIC) != 0;
}
bool cil_method_is_virtual(const CilMethod *m)
{
    return (m->flags & MDF_VIRTUAL) != 0;
}

CilStackKind cil_stack_kind_of(const CilType *t)
{
    if (!t) return SK_NONE;
    switch (t->kind) {
    case TK_BYREF:
    case TK_POINTER: return SK_PTR;
    case TK_CLASS:
    case TK_INTERFACE:
    case TK_ARRAY: return SK_REF;
    case TK_GENERICPARAM:
        return SK_NONE; /* never reaches code: every instantiation is specialised */
    case TK_VALUETYPE: break;
    }
    switch (t->elem_type) {
    case ELEMENT_TYPE_VOID: return SK_NONE;
    case ELEMENT_TYPE_BOOLEAN:
    case ELEMENT_TYPE_CHAR:
    case ELEMENT_TYPE_I1:
    case ELEMENT_TYPE_U1:
    case ELEMENT_TYPE_I2:
    case ELEMENT_TYPE_U2:
    case ELEMENT_TYPE_I4:
    case ELEMENT_TYPE_U4: return SK_I4;
    case ELEMENT_TYPE_I8:
    case ELEMENT_TYPE_U8: return SK_I8;
    case ELEMENT_TYPE_I:
    case ELEMENT_TYPE_U: return SK_I;
    case ELEMENT_TYPE_R4: return SK_F4;
    case ELEMENT_TYPE_R8: return SK_F8;
    default: return SK_VT;
    }
}

/* ---- members ---- */

/* A signature error ("path: signature: what") told with the member it belongs to. */
static bool sig_context(CilDiag *diag, const CilImage *img, const char *table, uint32_t row,
                        const char *owner, const char *name)
{
    char inner[sizeof diag->msg];
    snprintf(inner, sizeof inner, "%s", diag->msg);
    const char *rest = strstr(inner, ": signature: ");
    cil_diag_reword(diag, "%s: %s row %u (%s::%s) signature: %s", img->path, table, row, owner,
                    name, rest ? rest + 13 : inner);
    return false;
}

/* "Ns.Type::Name(param types)", and "<method args>" after it for a generic instance. */
static char *method_full_name(CilMethod *m)
{
    char buf[2048];
    int n = snprintf(buf, sizeof buf, "%s::%s(", m->owner->full_name, m->name);
    for (uint32_t i = 0; m->sig_resolved && i < m->sig.n_params && n < (int)sizeof buf - 64; i++)
        n += snprintf(buf + n, sizeof buf - n, "%s%s", i ? ", " : "", m->params[i]->full_name);
    snprintf(buf + n, sizeof buf - n, ")");
    CilArena *a = &m->owner->loader->arena;
    return m->method_args ? instance_name(a, buf, m->method_args, m->n_method_args)
                          : cil_arena_strdup(a, buf);
}

/* Made on first use (messages, dumps, symbols): resolving a signature does not pay for it.
 * The signature is resolved for it (a vtable adopted from a plan leaves most unresolved, and
 * a stack trace names its frames' methods with their parameters in every mode); a name made
 * when that failed lacks the parameters, and is made again once they are known. */
const char *cil_method_name(CilMethod *m)
{
    CilDiag ignored = {0};
    if (!m->sig_resolved) cil_method_resolve_sig(m, &ignored);
    if (!m->full_name || (m->sig_resolved && !m->full_name_has_params)) {
        m->full_name = method_full_name(m);
        m->full_name_has_params = m->sig_resolved;
    }
    return m->full_name;
}

bool cil_method_resolve_sig(CilMethod *m, CilDiag *diag)
{
    if (m->sig_resolved) return true;
    CilLoader *l = m->owner->loader;
    CilImage *img = m->owner->image;
    if (!cil_sig_method(img, cil_methoddef(img, m->row)->sig, &l->arena, &m->sig, "signature",
                        diag)) /* say which only now: formatting it for every method costs */
        return sig_context(diag, img, "MethodDef", m->row, m->owner->full_name, m->name);
    CilGenCtx ctx = cil_method_context(m);
    m->params = cil_arena_alloc(&l->arena, (m->sig.n_params + 1) * sizeof(CilType *));
    for (uint32_t i = 0; i < m->sig.n_params; i++)
        if (!(m->params[i] = cil_type_from_sig(l, img, m->sig.params[i], &ctx, diag))) return false;
    if (m->sig.ret->kind != ELEMENT_TYPE_VOID &&
        !(m->ret = cil_type_from_sig(l, img, m->sig.ret, &ctx, diag)))
        return false;
    m->sig_resolved = true;
    if (m->impl_flags & MIF_INTERNALCALL) m->icall = rt_icall_lookup(m->owner->full_name, m->name);
    return true;
}

static bool field_resolve(CilField *f, CilDiag *diag)
{
    if (f->type) return true;
    CilLoader *l = f->owner->loader;
    CilImage *img = f->owner->image;
    if (!cil_sig_field(img, cil_field(img, f->row)->sig, &l->arena, &f->sig, "signature", diag))
        return sig_context(diag, img, "Field", f->row, f->owner->full_name, f->name);
    /* A primitive's own m_value field has the primitive's type: no recursion needed. */
    CilGenCtx ctx = type_context(f->owner);
    f->type = cil_type_from_sig(l, img, f->sig, &ctx, diag);
    return f->type != NULL;
}

bool cil_field_resolve(CilField *f, CilDiag *diag)
{
    return field_resolve(f, diag);
}

static CilMethod *method_from_def(CilLoader *l, CilImage *img, uint32_t row, const CilGenCtx *ctx,
                                  CilDiag *diag)
{
    uint32_t owner = cil_owner_typedef(img, row, false);
    if (!owner) {
        cil_diag_set(diag, "%s: MethodDef row %u belongs to no type", img->path, row);
        return NULL;
    }
    CilType *t = contextual(typedef_type(l, img, owner, diag), ctx, diag);
    if (!t) return NULL;
    cil_type_members(t);
    CilMethod *m = cil_type_method(t, row - t->method_first);
    return cil_method_resolve_sig(m, diag) ? m : NULL;
}

static bool same_method_sig(const CilMethod *m, bool has_this, CilType *ret, uint32_t n,
                            CilType **params)
{
    if (((m->sig.flags & CIL_SIG_HASTHIS) != 0) != has_this || m->sig.n_params != n ||
        m->ret != ret)
        return false;
    for (uint32_t i = 0; i < n; i++)
        if (m->params[i] != params[i]) return false;
    return true;
}

static const char *describe_sig(CilArena *a, CilType *owner, const char *name, CilType *ret,
                                uint32_t n, CilType **params)
{
    char buf[2048];
    int len = snprintf(buf, sizeof buf, "%s %s::%s(", ret ? ret->full_name : "void",
                       owner->full_name, name);
    for (uint32_t i = 0; i < n && len < (int)sizeof buf - 64; i++)
        len += snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "", params[i]->full_name);
    snprintf(buf + len, sizeof buf - len, ")");
    return cil_arena_strdup(a, buf);
}

/* A type as CoreCLR's messages spell it: primitives by their short name ("Int32"). */
static void append_dotnet_type(char *buf, size_t size, size_t *len, const CilType *t)
{
    if (!t) {
        append(buf, size, len, "Void");
    } else if (t->kind == TK_ARRAY && !t->rank) {
        append_dotnet_type(buf, size, len, t->elem);
        append(buf, size, len, "[]");
    } else {
        bool primitive = t->elem_type && t->kind == TK_VALUETYPE && t->ns &&
                         !strcmp(t->ns, "System") && t->parent &&
                         !strcmp(t->parent->name, "ValueType");
        size_t from = *len;
        append(buf, size, len, "%s", primitive ? t->name : t->full_name);
        dotnet_nesting(buf + from);
    }
}

/* "Void System.Console.Beep()", "Boolean System.String.Contains(Char)". */
static void dotnet_sig(char *buf, size_t size, CilType *owner, const char *name, CilType *ret,
                       uint32_t n, CilType **params)
{
    size_t len = 0;
    buf[0] = 0;
    append_dotnet_type(buf, size, &len, ret);
    append(buf, size, &len, " ");
    append_dotnet_type(buf, size, &len, owner);
    append(buf, size, &len, ".%s(", name);
    for (uint32_t i = 0; i < n; i++) {
        if (i) append(buf, size, &len, ", ");
        append_dotnet_type(buf, size, &len, params[i]);
    }
    append(buf, size, &len, ")");
}

/* Finds `name` with the given signature in t or, for inherited members, its ancestors. */
static CilMethod *find_method(CilType *t, const char *name, bool has_this, CilType *ret, uint32_t n,
                              CilType **params, CilDiag *diag)
{
    for (CilType *c = t; c; c = c->parent) {
        CilMethod *m;
        for (uint32_t i = 0; (m = cil_type_method_named(c, name, &i));) {
            if (!cil_method_resolve_sig(m, diag)) return NULL;
            if (same_method_sig(m, has_this, ret, n, params)) return m;
        }
        if (c->kind == TK_INTERFACE) break;
    }
    return NULL;
}

/* A MemberRef's signature speaks of its parent's parameters (!n) and of the method's own
 * (!!n, kept as placeholders), so it compares equal to the candidate's resolved one. */
static CilMethod *resolve_memberref_method(CilLoader *l, CilImage *img, uint32_t row,
                                           CilType *parent, CilMethodSig *sig, CilDiag *diag)
{
    const CilMemberRefRow *mr = cil_memberref(img, row);
    CilType *ret = NULL;
    CilGenCtx ctx = type_context(parent);
    ctx.margs = placeholders(l, sig->n_generic, true);
    ctx.n_margs = sig->n_generic;
    CilType **params = cil_arena_alloc(&l->arena, (sig->n_params + 1) * sizeof(CilType *));
    if (sig->ret->kind != ELEMENT_TYPE_VOID &&
        !(ret = cil_type_from_sig(l, img, sig->ret, &ctx, diag)))
        return NULL;
    for (uint32_t i = 0; i < sig->n_params; i++)
        if (!(params[i] = cil_type_from_sig(l, img, sig->params[i], &ctx, diag))) return NULL;
    bool has_this = (sig->flags & CIL_SIG_HASTHIS) != 0;
    CilDiag inner = {0};
    CilMethod *m = find_method(parent, mr->name, has_this, ret, sig->n_params, params, &inner);
    if (m) return m;
    if (inner.msg[0]) {
        *diag = inner;
        return NULL;
    }
    char dotnet[400], exception[512];
    dotnet_sig(dotnet, sizeof dotnet, parent, mr->name, ret, sig->n_params, params);
    snprintf(exception, sizeof exception, "Method not found: '%s'.", dotnet);
    cil_diag_missing(diag, CIL_DIAG_MISSING_METHOD, exception, "%s: method %s not found in %s",
                     img->path,
                     describe_sig(&l->arena, parent, mr->name, ret, sig->n_params, params),
                     parent->image == l->corlib ? "ilc's corlib"
                     : parent->image            ? parent->image->name
                                                : "its type");
    return NULL;
}

/* m<args>: one CilMethod per distinct argument list. */
static uint32_t type_nesting(const CilType *t)
{
    if (!t) return 0;
    if (t->kind == TK_ARRAY || t->kind == TK_BYREF || t->kind == TK_POINTER)
        return type_nesting(t->elem);
    uint32_t n = 0;
    for (uint32_t i = 0; i < t->n_type_args; i++) {
        uint32_t k = type_nesting(t->type_args[i]) + 1;
        if (k > n) n = k;
    }
    return n;
}

uint32_t cil_type_generic_nesting(const CilType *t)
{
    return type_nesting(t);
}

uint32_t cil_generic_nesting(const CilMethod *m)
{
    uint32_t n = type_nesting(m->owner);
    for (uint32_t i = 0; i < m->n_method_args; i++) {
        uint32_t k = type_nesting(m->method_args[i]) + 1;
        if (k > n) n = k;
    }
    return n;
}

CilMethod *cil_method_instantiate(CilMethod *m, CilType **args, uint32_t n, CilDiag *diag)
{
    CilLoader *l = m->owner->loader;
    if (n != m->sig.n_generic) {
        cil_diag_set(diag, "%s: %s takes %u type arguments, not %u", m->owner->image->path,
                     cil_method_name(m), m->sig.n_generic, n);
        return NULL;
    }
    for (CilMethod *i = m->instances; i; i = i->next_instance)
        if (same_args(i->method_args, args, n)) return i;
    CilMethod *mi = cil_arena_alloc(&l->arena, sizeof *mi);
    mi->owner = m->owner;
    mi->row = m->row;
    mi->name = m->name;
    mi->flags = m->flags;
    mi->impl_flags = m->impl_flags;
    mi->vtable_slot = m->vtable_slot;
    mi->generic_def = m;
    mi->n_method_args = n;
    mi->method_args = cil_arena_alloc(&l->arena, (n + 1) * sizeof(CilType *));
    memcpy(mi->method_args, args, n * sizeof(CilType *));
    mi->next_instance = m->instances;
    m->instances = mi;
    return cil_method_resolve_sig(mi, diag) ? mi : NULL;
}

CilMethod *cil_method_instantiate(CilMethod *m, CilType **args, uint32_t n, CilDiag *diag);

static CilMethod *resolve_methodspec(CilLoader *l, CilImage *img, uint32_t row,
                                     const CilGenCtx *ctx, CilDiag *diag)
{
    const CilMethodSpecRow *ms = cil_methodspec(img, row);
    CilMethod *m = cil_method_from_token(l, img, ms->method, ctx, diag);
    if (!m) return NULL;
    uint32_t n;
    CilTypeSig **sigs;
    char what[64];
    snprintf(what, sizeof what, "MethodSpec row %u", row);
    if (!cil_sig_methodspec(img, ms->instantiation, &l->arena, &n, &sigs, what, diag)) return NULL;
    CilType *args[64];
    if (n > 64) {
        cil_diag_set(diag, "%s: %s has %u type arguments", img->path, what, n);
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        if (!(args[i] = cil_type_from_sig(l, img, sigs[i], ctx, diag))) return NULL;
    return cil_method_instantiate(m, args, n, diag);
}

CilMethod *cil_method_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                                 CilDiag *diag)
{
    if (!cil_token_valid(img, token)) {
        cil_diag_set(diag, "%s: invalid method token 0x%08x", img->path, token);
        return NULL;
    }
    uint32_t row = CIL_TOKEN_ROW(token);
    switch (CIL_TOKEN_TABLE(token)) {
    case CIL_TBL_METHODDEF: return method_from_def(l, img, row, ctx, diag);
    case CIL_TBL_MEMBERREF: {
        const CilMemberRefRow *mr = cil_memberref(img, row);
        if (CIL_TOKEN_TABLE(mr->parent) == CIL_TBL_METHODDEF)
            return method_from_def(l, img, CIL_TOKEN_ROW(mr->parent), ctx, diag);
        CilType *parent = cil_type_from_token(l, img, mr->parent, ctx, diag);
        if (!parent) return NULL;
        CilMethodSig sig;
        char what[300];
        snprintf(what, sizeof what, "MemberRef row %u (%s) signature", row, mr->name);
        if (!cil_sig_method(img, mr->sig, &l->arena, &sig, what, diag)) return NULL;
        return resolve_memberref_method(l, img, row, parent, &sig, diag);
    }
    case CIL_TBL_METHODSPEC: return resolve_methodspec(l, img, row, ctx, diag);
    default: cil_diag_set(diag, "%s: token 0x%08x is not a method", img->path, token); return NULL;
    }
}

CilField *cil_field_from_token(CilLoader *l, CilImage *img, uint32_t token, const CilGenCtx *ctx,
                               CilDiag *diag)
{
    if (!cil_token_valid(img, token)) {
        cil_diag_set(diag, "%s: invalid field token 0x%08x", img->path, token);
        return NULL;
    }
    uint32_t row = CIL_TOKEN_ROW(token);
    CilField *f = NULL;
    if (CIL_TOKEN_TABLE(token) == CIL_TBL_FIELD) {
        uint32_t owner = cil_owner_typedef(img, row, true);
        CilType *t = owner ? contextual(typedef_type(l, img, owner, diag), ctx, diag) : NULL;
        if (!t) {
            if (!owner) cil_diag_set(diag, "%s: Field row %u belongs to no type", img->path, row);
            return NULL;
        }
        cil_type_members(t);
        f = &t->fields[row - cil_typedef(img, owner)->field_first];
    } else if (CIL_TOKEN_TABLE(token) == CIL_TBL_MEMBERREF) {
        const CilMemberRefRow *mr = cil_memberref(img, row);
        CilType *parent = cil_type_from_token(l, img, mr->parent, ctx, diag);
        if (!parent) return NULL;
        for (CilType *c = parent; c && !f; c = c->parent) {
            cil_type_members(c);
            for (uint32_t i = 0; i < c->n_fields && !f; i++)
                if (!strcmp(c->fields[i].name, mr->name)) f = &c->fields[i];
        }
        if (!f) {
            char exception[512];
            snprintf(exception, sizeof exception, "Field not found: '%s.%s'.", parent->full_name,
                     mr->name);
            dotnet_nesting(exception);
            cil_diag_missing(diag, CIL_DIAG_MISSING_FIELD, exception,
                             "%s: field %s::%s not found in %s", img->path, parent->full_name,
                             mr->name, parent->image == l->corlib ? "ilc's corlib" : "its type");
            return NULL;
        }
    } else {
        cil_diag_set(diag, "%s: token 0x%08x is not a field", img->path, token);
        return NULL;
    }
    if (!field_resolve(f, diag) || !cil_type_layout(f->owner, diag)) return NULL;
    return f;
}

/* ---- layout ---- */

static uint32_t primitive_size(uint8_t elem)
{
    switch (elem) {
    case ELEMENT_TYPE_BOOLEAN:
    case ELEMENT_TYPE_I1:
    case ELEMENT_TYPE_U1: return 1;
    case ELEMENT_TYPE_CHAR:
    case ELEMENT_TYPE_I2:
    case ELEMENT_TYPE_U2: return 2;
    case ELEMENT_TYPE_I4:
    case ELEMENT_TYPE_U4:
    case ELEMENT_TYPE_R4: return 4;
    default: return 8;
    }
}

/* Size and alignment of a value of type t stored in a field, local or array element. */
static bool storage_of(CilType *t, uint32_t *size, uint32_t *align, bool *refs, CilDiag *diag)
{
    *refs = false;
    if (t->kind != TK_VALUETYPE) {
        *size = *align = 8;
        *refs = t->kind != TK_POINTER;
        return true;
    }
    if (t->elem_type && t->elem_type != ELEMENT_TYPE_VOID) {
        *size = *align = primitive_size(t->elem_type);
        return true;
    }
    if (!(t->layout_busy && t->size_known) && !cil_type_layout(t, diag))
        return false; /* a type whose statics are being placed already knows its size */
    *size = t->size;
    *align = t->align;
    *refs = t->has_refs;
    return true;
}

static uint32_t align_up(uint32_t v, uint32_t a)
{
    return (v + a - 1) & ~(a - 1);
}

/* ClassLayout (II.22.8): an explicit total size, as for the blobs behind array literals. */
static uint32_t class_size(const CilType *t)
{
    const CilImage *img = t->image;
    for (uint32_t i = 0; img && i < img->rows[CIL_TBL_CLASSLAYOUT]; i++)
        if (img->classlayout[i].parent_row == t->row) return img->classlayout[i].size;
    return 0;
}

/* FieldLayout (II.22.16): the offset of a field of an explicit-layout type, or -1. */
static int64_t explicit_offset(const CilField *f)
{
    const CilImage *img = f->owner->image;
    for (uint32_t i = 0; img && i < img->rows[CIL_TBL_FIELDLAYOUT]; i++)
        if (img->fieldlayout[i].field_row == f->row) return img->fieldlayout[i].offset;
    return -1;
}

/* Size, alignment and reference-ness of field f's storage. */
static bool field_storage(CilType *t, CilField *f, uint32_t *size, uint32_t *a, bool *refs,
                          CilDiag *diag)
{
    if (!field_resolve(f, diag)) return false;
    if (f->type == t && t->elem_type) { /* a primitive's m_value */
        *size = *a = primitive_size(t->elem_type);
        *refs = false;
        return true;
    }
    if (f->type == t && !f->is_static && t->kind == TK_VALUETYPE) {
        cil_diag_set(diag, "%s: value type %s contains itself (field %s)", t->image->path,
                     t->full_name, f->name);
        return false;
    }
    return storage_of(f->type, size, a, refs, diag);
}

/* Instance fields: sequential at natural alignment, or at FieldLayout offsets. */
static bool layout_instance(CilType *t, CilDiag *diag)
{
    uint32_t base = t->kind == TK_VALUETYPE ? 0 : (t->parent ? t->parent->size : 8);
    uint32_t off = base, align = t->kind == TK_VALUETYPE ? 1 : 8;
    bool explicit_layout = (t->flags & 0x18) == 0x10;
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_fields; i++) {
        CilField *f = &t->fields[i];
        uint32_t size, a;
        bool refs;
        if (f->is_static || (f->flags & FDF_LITERAL)) continue;
        if (!field_storage(t, f, &size, &a, &refs, diag)) return false;
        int64_t fixed = explicit_layout ? explicit_offset(f) : -1;
        if (fixed >= 0) {
            f->offset = base + (uint32_t)fixed;
            if (f->offset + size > off) off = f->offset + size;
        } else {
            off = align_up(off, a);
            f->offset = off;
            off += size;
        }
        if (a > align) align = a;
        t->has_refs |= refs;
    }
    if (t->elem_type) { /* primitives and enums take the underlying size */
        t->size = t->align = t->elem_type == ELEMENT_TYPE_VOID ? 1 : primitive_size(t->elem_type);
        t->has_refs = false;
    } else {
        t->size = off ? align_up(off, align) : (t->kind == TK_VALUETYPE ? 1 : 8);
        t->align = align;
        uint32_t explicit_size = class_size(t);
        if (t->kind == TK_VALUETYPE && explicit_size > t->size) t->size = explicit_size;
    }
    t->size_known = true;
    return true;
}

/* Is System.ThreadStaticAttribute on the field? */
static bool is_thread_static(const CilField *f)
{
    const CilImage *img = f->owner->image;
    uint32_t n = 0;
    const uint32_t *rows = img ? cil_rows_with(img, CIL_KEY_CUSTOMATTRIBUTE_PARENT,
                                               CIL_TOKEN(CIL_TBL_FIELD, f->row), &n)
                               : NULL;
    for (uint32_t i = 0; i < n; i++) {
        const char *name =
            cil_attribute_type_name(img, cil_customattribute(img, rows[i] + 1)->type);
        if (name && !strcmp(name, "ThreadStaticAttribute")) return true;
    }
    return false;
}

/* Statics, after the instance layout: a struct may have a static of its own type.
 * [ThreadStatic] fields are laid out apart, in the block each thread gets of them. */
static bool layout_statics(CilType *t, CilDiag *diag)
{
    uint32_t soff = 0, toff = 0;
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_fields; i++) {
        CilField *f = &t->fields[i];
        uint32_t size, a;
        bool refs;
        if (!f->is_static || (f->flags & FDF_LITERAL)) continue;
        if (!field_storage(t, f, &size, &a, &refs, diag)) return false;
        uint32_t *off = (f->thread_static = is_thread_static(f)) ? &toff : &soff;
        *off = align_up(*off, a < 8 ? 8 : a);
        f->offset = *off;
        *off += size < 8 ? 8 : size;
        if (!f->thread_static) t->statics_have_refs |= refs;
    }
    t->statics_size = soff;
    t->thread_statics_size = toff;
    return true;
}

static void enum_underlying(CilType *t)
{
    if (t->kind != TK_VALUETYPE || t->parent != t->loader->t_enum) return;
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_fields; i++)
        if (!t->fields[i].is_static && t->fields[i].type && t->fields[i].type->elem_type)
            t->elem_type = t->fields[i].type->elem_type;
    t->stack_kind = cil_stack_kind_of(t);
}

bool cil_type_layout(CilType *t, CilDiag *diag)
{
    if (t->layout_done) return true;
    if (t->kind == TK_ARRAY || t->kind == TK_BYREF || t->kind == TK_POINTER) {
        t->size = t->align = 8;
        t->has_refs = true;
        t->layout_done = true;
        return true;
    }
    if (t->layout_busy) {
        cil_diag_set(diag, "%s: type %s: recursive layout", t->image->path, t->full_name);
        return false;
    }
    t->layout_busy = true;
    bool ok = (!t->parent || cil_type_layout(t->parent, diag));
    if (ok && t->parent) t->has_refs = t->parent->has_refs;
    cil_type_members(t);
    for (uint32_t i = 0; ok && i < t->n_fields; i++)
        if (!t->fields[i].is_static && !(t->fields[i].flags & FDF_LITERAL))
            ok = field_resolve(&t->fields[i], diag);
    if (ok) enum_underlying(t);
    ok = ok && layout_instance(t, diag) && layout_statics(t, diag);
    t->layout_busy = false;
    t->layout_done = ok;
    return ok;
}

/* ---- vtables ---- */

static bool same_sig(const CilMethod *a, const CilMethod *b)
{
    return !strcmp(a->name, b->name) && same_method_sig(a, (b->sig.flags & CIL_SIG_HASTHIS) != 0,
                                                        b->ret, b->sig.n_params, b->params);
}

static bool add_interface(CilType *t, CilType *itf, uint32_t *cap, CilDiag *diag)
{
    for (uint32_t i = 0; i < t->n_interfaces; i++)
        if (t->interfaces[i] == itf) return true;
    if (!cil_type_vtable(itf, diag)) return false;
    if (t->n_interfaces == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        CilType **n = cil_arena_alloc(&t->loader->arena, *cap * sizeof *n);
        memcpy(n, t->interfaces, t->n_interfaces * sizeof *n);
        t->interfaces = n;
    }
    t->interfaces[t->n_interfaces++] = itf;
    for (uint32_t i = 0; i < itf->n_interfaces; i++)
        if (!add_interface(t, itf->interfaces[i], cap, diag)) return false;
    return true;
}

/* T[] implements IList<T>, IReadOnlyList<T> and what they extend (ECMA-335 II.14.7),
 * with bodies from corlib's SZArrayHelper<T>, whose static methods take the array first. */
static const char *array_interfaces[] = {"IList`1", "IReadOnlyList`1"};

static bool add_array_interfaces_over(CilType *t, CilType *u, uint32_t *cap, CilDiag *diag)
{
    for (size_t i = 0; i < sizeof array_interfaces / sizeof array_interfaces[0]; i++) {
        CilType *def = find_typedef(t->loader, t->loader->corlib, "System.Collections.Generic",
                                    array_interfaces[i], diag);
        CilType *itf = def ? cil_type_instantiate(def, &u, 1, diag) : NULL;
        if (def && (!itf || !add_interface(t, itf, cap, diag))) return false;
    }
    return true;
}

/* With array covariance (ECMA-335 I.8.7.1) an array of a reference type T is also an
 * IList<U> for every base class and interface U of T. */
static bool add_covariant_interfaces(CilType *t, uint32_t *cap, CilDiag *diag)
{
    CilType *e = t->elem;
    for (CilType *u = e->parent; u; u = u->parent)
        if (!add_array_interfaces_over(t, u, cap, diag)) return false;
    for (uint32_t i = 0; i < e->n_interfaces; i++)
        if (!add_array_interfaces_over(t, e->interfaces[i], cap, diag)) return false;
    return true;
}

/* T[]'s generic interfaces: IList<T> and its family, and with covariance the same for
 * each base and interface U of a reference type T. */
static bool add_generic_array_interfaces(CilType *t, uint32_t *cap, CilDiag *diag)
{
    CilType *e = t->elem;
    if (!add_array_interfaces_over(t, e, cap, diag)) return false;
    if (e->kind == TK_VALUETYPE || e->kind == TK_POINTER || e->kind == TK_BYREF ||
        e->kind == TK_GENERICPARAM)
        return true;
    if (!cil_type_vtable(e, diag)) return false;
    /* An array element (int[] of int[][]) lists its own IList<int> family only once it is
     * complete; covariance needs the whole list. */
    if (e->kind == TK_ARRAY && e->array_interfaces_pending &&
        !(e->rt ? cil_type_complete_array(e, diag) : cil_type_add_array_interfaces(e, diag)))
        return false;
    return add_covariant_interfaces(t, cap, diag);
}

/* How many interfaces, and how many slots, one IList<U> family adds to an array beyond
 * what System.Array gives it (every U adds at most as many): counted once, on object[]'s,
 * unless corlib's image gave them (CilVouch.array_family). */
static bool array_family_size(CilLoader *l, CilDiag *diag)
{
    if (l->array_family_ifaces) return true;
    CilType probe = {.kind = TK_ARRAY, .loader = l, .elem = l->t_object, .parent = l->t_array};
    uint32_t cap = 0;
    if (!cil_type_vtable(l->t_array, diag)) return false;
    for (uint32_t i = 0; i < l->t_array->n_interfaces; i++)
        if (!add_interface(&probe, l->t_array->interfaces[i], &cap, diag)) return false;
    uint32_t first = probe.n_interfaces;
    if (!add_array_interfaces_over(&probe, l->t_object, &cap, diag)) return false;
    for (uint32_t i = first; i < probe.n_interfaces; i++) {
        l->array_family_ifaces++;
        l->array_family_slots += probe.interfaces[i]->n_vtable;
    }
    return true;
}

bool cil_loader_array_family(CilLoader *l, uint32_t *ifaces, uint32_t *slots)
{
    CilDiag d = {0};
    if (!array_family_size(l, &d)) return false;
    *ifaces = l->array_family_ifaces;
    *slots = l->array_family_slots;
    return true;
}

/* Most of an array type's interfaces are its generic ones (a string[] has a dozen Us, five
 * interfaces each), and few programs use one. So a backend that runs code may have them
 * added when the runtime first looks for one (cil_type_complete_array); the vtable room
 * they will take is counted now. */
static bool add_array_interfaces(CilType *t, uint32_t *cap, CilDiag *diag)
{
    if (!t->loader->hooks.defer_array_interfaces) return add_generic_array_interfaces(t, cap, diag);
    CilType *e = t->elem;
    uint32_t families = 1;
    if (e->kind != TK_VALUETYPE && e->kind != TK_POINTER && e->kind != TK_BYREF &&
        e->kind != TK_GENERICPARAM) {
        if (!cil_type_vtable(e, diag)) return false;
        /* an element that is itself an array may gain its own generic interfaces first */
        families += e->n_interfaces + (e->array_interfaces_pending ? e->pending_ifaces : 0);
        for (CilType *u = e->parent; u; u = u->parent)
            families++;
    }
    if (!array_family_size(t->loader, diag)) return false;
    t->array_interfaces_pending = true;
    t->pending_ifaces = families * t->loader->array_family_ifaces;
    t->pending_slots = families * t->loader->array_family_slots;
    return true;
}

/* The SZArrayHelper<U> method behind decl, an IList<U>-family method; for a covariant U
 * its first parameter is U[], which the array is. */
static CilMethod *array_helper_for(CilType *t, CilMethod *decl, CilDiag *diag)
{
    CilType *u = decl->owner->n_type_args ? decl->owner->type_args[0] : t->elem;
    CilType *def = find_typedef(t->loader, t->loader->corlib, "System.Collections.Generic",
                                "SZArrayHelper`1", diag);
    CilType *h = def ? cil_type_instantiate(def, &u, 1, diag) : NULL;
    CilType *as = cil_array_type(u);
    CilMethod *m;
    for (uint32_t i = 0; h && (m = cil_type_method_named(h, decl->name, &i));) {
        if (!cil_method_resolve_sig(m, diag) || m->sig.n_params != decl->sig.n_params + 1 ||
            m->params[0] != as || m->ret != decl->ret)
            continue;
        bool same = true;
        for (uint32_t p = 0; p < decl->sig.n_params; p++)
            same &= m->params[p + 1] == decl->params[p];
        if (same) return m;
    }
    return NULL;
}

/* An interface the parent implements that t names again (or names one extending it) is
 * implemented anew; one it does not keeps the parent's implementation (ECMA-335 II.12.2:
 * a derived class's new method of the same name does not take it over). */
static void mark_declared(CilType *t, CilType *itf)
{
    for (uint32_t i = 0; i < t->n_inherited_ifaces; i++)
        for (uint32_t k = 0; k <= itf->n_interfaces; k++)
            if (t->interfaces[i] == (k < itf->n_interfaces ? itf->interfaces[k] : itf)) {
                if (!t->iface_declared)
                    t->iface_declared = cil_arena_alloc(&t->loader->arena, t->n_inherited_ifaces);
                t->iface_declared[i] = true;
            }
}

static bool collect_interfaces(CilType *t, CilDiag *diag)
{
    uint32_t cap = 0;
    if (t->parent)
        for (uint32_t i = 0; i < t->parent->n_interfaces; i++)
            if (!add_interface(t, t->parent->interfaces[i], &cap, diag)) return false;
    t->n_inherited_ifaces = t->n_interfaces;
    if (t->kind == TK_ARRAY && !t->rank && !add_array_interfaces(t, &cap, diag)) return false;
    if (!t->image) return true;
    const CilImage *img = t->image;
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_INTERFACEIMPL_CLASS, t->row, &n);
    for (uint32_t i = 0; i < n; i++) {
        CilGenCtx ctx = type_context(t);
        CilType *itf = cil_type_from_token(t->loader, t->image,
                                           cil_interfaceimpl(img, rows[i] + 1)->iface, &ctx, diag);
        if (!itf) return false;
        if (itf->kind != TK_INTERFACE) {
            cil_diag_set(diag, "%s: type %s implements %s, which is not an interface", img->path,
                         t->full_name, itf->full_name);
            return false;
        }
        if (!add_interface(t, itf, &cap, diag)) return false;
        mark_declared(t, itf);
    }
    return true;
}

static void push_slot(CilType *t, CilMethod *m, uint32_t *cap)
{
    if (t->n_vtable == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        CilMethod **n = cil_arena_alloc(&t->loader->arena, *cap * sizeof *n);
        memcpy(n, t->vtable, t->n_vtable * sizeof *n);
        t->vtable = n;
    }
    t->vtable[t->n_vtable++] = m;
}

/* t's MethodImpl rows (*rows, *n) and the methods they override, each Decl resolved once
 * per type (NULL: it does not resolve): an interface's every method asks for them, and
 * resolving them again each time was a tenth of an R2R hello world's start-up. */
static CilMethod **explicit_decls(CilType *t, const uint32_t **rows, uint32_t *n, CilDiag *diag)
{
    *n = 0;
    *rows = t->image ? cil_rows_with(t->image, CIL_KEY_METHODIMPL_CLASS, t->row, n) : NULL;
    if (!t->impl_decls) {
        CilMethod **decls = cil_arena_alloc(&t->loader->arena, (*n + 1) * sizeof *decls);
        CilGenCtx ctx = type_context(t);
        for (uint32_t i = 0; i < *n; i++)
            decls[i] = cil_method_from_token(
                t->loader, t->image, cil_methodimpl(t->image, (*rows)[i] + 1)->decl, &ctx, diag);
        t->impl_decls = decls;
    }
    return t->impl_decls;
}

/* The body of t's MethodImpl row i. */
static CilMethod *explicit_body(CilType *t, const uint32_t *rows, uint32_t i, CilDiag *diag)
{
    CilGenCtx ctx = type_context(t);
    return cil_method_from_token(t->loader, t->image, cil_methodimpl(t->image, rows[i] + 1)->body,
                                 &ctx, diag);
}

/* The explicit override (MethodImpl row) of `decl` in t, if any. */
static CilMethod *method_impl_for(CilType *t, CilMethod *decl, CilDiag *diag)
{
    const uint32_t *rows;
    uint32_t n;
    CilMethod **decls = explicit_decls(t, &rows, &n, diag);
    for (uint32_t i = 0; i < n; i++)
        if (decls[i] == decl) return explicit_body(t, rows, i, diag);
    return NULL;
}

/* Explicit overrides of class methods (MethodImpl whose decl is a class virtual): a slot
 * takes the body of the first row that names its method. */
static void override_explicitly(CilType *t, CilDiag *diag)
{
    const uint32_t *rows;
    uint32_t n;
    CilMethod **decls = explicit_decls(t, &rows, &n, diag);
    for (uint32_t s = 0; s < t->n_vtable && n; s++)
        for (uint32_t i = 0; i < n; i++) {
            if (decls[i] != t->vtable[s]) continue;
            CilMethod *impl = explicit_body(t, rows, i, diag);
            if (impl) t->vtable[s] = impl;
            break;
        }
}

static bool place_virtuals(CilType *t, uint32_t *cap, CilDiag *diag)
{
    cil_type_members(t);
    for (uint32_t i = 0; i < t->n_methods; i++) {
        if (!(cil_type_method_flags(t, i) & MDF_VIRTUAL)) continue;
        CilMethod *m = cil_type_method(t, i);
        if (t->kind == TK_INTERFACE) { /* signatures resolved when an implementation is sought */
            m->vtable_slot = (int32_t)t->n_vtable;
            push_slot(t, m, cap);
            continue;
        }
        if (!cil_method_resolve_sig(m, diag)) return false;
        int32_t slot = -1;
        /* a slot's method may come from a parent whose vtable was adopted from a plan, its
         * signature not resolved yet: resolved here where the name matches */
        for (int32_t s = (int32_t)t->n_vtable - 1; !(m->flags & MDF_NEWSLOT) && s >= 0 && slot < 0;
             s--) {
            CilMethod *p = t->vtable[s];
            if (strcmp(p->name, m->name)) continue;
            if (!cil_method_resolve_sig(p, diag)) return false;
            if (same_sig(p, m)) slot = s;
        }
        if (slot < 0) {
            m->vtable_slot = (int32_t)t->n_vtable;
            push_slot(t, m, cap);
        } else {
            m->vtable_slot = slot;
            t->vtable[slot] = m;
        }
    }
    override_explicitly(t, diag);
    return true;
}

static CilMethod *find_implementation(CilType *t, CilMethod *decl, CilDiag *diag)
{
    if (!cil_method_resolve_sig(decl, diag)) return NULL;
    if (t->kind == TK_ARRAY && decl->owner->generic_def) return array_helper_for(t, decl, diag);
    for (CilType *c = t; c; c = c->parent) {
        CilMethod *impl = method_impl_for(c, decl, diag);
        if (impl) return impl;
        /* Implicit: the most derived public virtual with the same name and signature. Flags
         * first: they are read raw, where a name decodes its row. */
        cil_type_members(c);
        for (uint32_t i = 0; i < c->n_methods; i++) {
            uint16_t flags = cil_type_method_flags(c, i);
            if (!(flags & MDF_VIRTUAL) || (flags & 0x7) != 0x6 ||
                strcmp(cil_type_method_name(c, i), decl->name))
                continue;
            CilMethod *m = cil_type_method(c, i);
            if (cil_method_resolve_sig(m, diag) && same_sig(m, decl))
                return t->vtable && m->vtable_slot >= 0 && (uint32_t)m->vtable_slot < t->n_vtable
                           ? t->vtable[m->vtable_slot]
                           : m;
        }
    }
    return NULL;
}

/* Whether t has a MethodImpl row for a method of itf. */
static bool overrides_explicitly(CilType *t, const CilType *itf, CilDiag *diag)
{
    const uint32_t *rows;
    uint32_t n;
    CilMethod **decls = explicit_decls(t, &rows, &n, diag);
    for (uint32_t i = 0; i < n; i++)
        if (decls[i] && decls[i]->owner == itf) return true;
    return false;
}

/* What the parent's interface slot holding p becomes in t: a class virtual, whatever t's
 * own slot for it holds now (an override); NULL for an interface method the parent left
 * unimplemented (an abstract class), which t looks for itself. */
static CilMethod *inherited_impl(const CilType *t, CilMethod *p)
{
    if (p->owner->kind == TK_INTERFACE) return NULL;
    if (p->vtable_slot >= 0 && (uint32_t)p->vtable_slot < t->n_class_slots)
        return t->vtable[p->vtable_slot];
    return p;
}

/* The slots of interfaces [first, n_interfaces): their offsets, then their methods. */
static bool place_interfaces(CilType *t, uint32_t first, uint32_t *cap, CilDiag *diag)
{
    uint32_t *offsets =
        cil_arena_alloc(&t->loader->arena, (t->n_interfaces + 1) * sizeof(uint32_t));
    if (first) memcpy(offsets, t->iface_offsets, first * sizeof *offsets);
    t->iface_offsets = offsets;
    for (uint32_t i = first; i < t->n_interfaces; i++) {
        CilType *itf = t->interfaces[i];
        t->iface_offsets[i] = t->n_vtable;
        const CilType *p = t->parent;
        bool inherited = i < t->n_inherited_ifaces &&
                         !(t->iface_declared && t->iface_declared[i]) &&
                         !overrides_explicitly(t, itf, diag);
        for (uint32_t j = 0; j < itf->n_vtable; j++) {
            CilMethod *decl = itf->vtable[j];
            CilMethod *impl =
                inherited ? inherited_impl(t, p->vtable[p->iface_offsets[i] + j]) : NULL;
            if (!impl) impl = find_implementation(t, decl, diag);
            if (!impl && !(t->flags & TDF_ABSTRACT)) {
                cil_diag_set(diag, "%s: type %s does not implement %s",
                             t->image ? t->image->path : "?", t->full_name, cil_method_name(decl));
                return false;
            }
            push_slot(t, impl ? impl : decl, cap);
        }
    }
    return true;
}

bool cil_type_vtable(CilType *t, CilDiag *diag)
{
    if (t->vtable_done) return true;
    if (t->kind == TK_BYREF || t->kind == TK_POINTER) {
        t->vtable_done = true;
        return true;
    }
    if (t->vtable_busy) {
        cil_diag_set(diag, "%s: type %s: cyclic interface or inheritance",
                     t->image ? t->image->path : "?", t->full_name);
        return false;
    }
    t->vtable_busy = true;
    uint32_t cap = 0;
    bool inherits = t->parent && t->kind != TK_INTERFACE;
    bool ok = (!inherits || cil_type_vtable(t->parent, diag)) && collect_interfaces(t, diag);
    if (ok && !cil_dispatch_adopt(t)) { /* no plan from its image: matched here */
        for (uint32_t i = 0; inherits && i < t->parent->n_class_slots; i++)
            push_slot(t, t->parent->vtable[i], &cap);
        if (t->image) ok = place_virtuals(t, &cap, diag);
        t->n_class_slots = t->n_vtable;
        if (ok && t->kind != TK_INTERFACE) ok = place_interfaces(t, 0, &cap, diag);
    }
    t->vtable_busy = false;
    t->vtable_done = ok;
    return ok;
}

bool cil_type_add_array_interfaces(CilType *t, CilDiag *diag)
{
    if (!t->array_interfaces_pending) return true;
    uint32_t first = t->n_interfaces, icap = t->n_interfaces, vcap = t->n_vtable;
    if (!add_generic_array_interfaces(t, &icap, diag) || !place_interfaces(t, first, &vcap, diag))
        return false;
    __atomic_store_n(&t->array_interfaces_pending, false, __ATOMIC_RELEASE); /* read unlocked */
    return true;
}

/* ---- generic virtual methods ----
 * A call to a generic virtual method depends on the object's type and on the method's
 * type arguments, so it is resolved when it runs: the override in the most derived class
 * (or the interface method's implementation, explicit MethodImpl first), instantiated
 * with the call's arguments. */

static CilMethod *gvm_override_in(CilType *c, CilMethod *decl, CilDiag *diag)
{
    if (!cil_method_resolve_sig(decl, diag)) return NULL;
    CilMethod *explicit = method_impl_for(c, decl, diag);
    if (explicit) return explicit;
    cil_type_members(c);
    for (uint32_t i = 0; i < c->n_methods; i++) {
        if (!(cil_type_method_flags(c, i) & MDF_VIRTUAL) ||
            strcmp(cil_type_method_name(c, i), decl->name))
            continue;
        CilMethod *m = cil_type_method(c, i);
        if (!cil_method_resolve_sig(m, diag)) continue;
        if (m->sig.n_generic == decl->sig.n_generic && same_sig(m, decl)) return m;
    }
    return NULL;
}

CilMethod *cil_resolve_gvm(CilType *c, CilMethod *m, CilDiag *diag)
{
    CilMethod *decl = m->generic_def;
    for (CilType *t = c; t; t = t->parent) {
        CilMethod *impl = gvm_override_in(t, decl, diag);
        if (impl) return cil_method_instantiate(impl, m->method_args, m->n_method_args, diag);
    }
    cil_diag_set(diag, "no implementation of %s in %s", cil_method_name(m), c->full_name);
    return NULL;
}

/* ---- internal calls the importer expands in place ---- */

bool cil_is_initialize_array(const CilMethod *m)
{
    return !strcmp(m->name, "InitializeArray") &&
           !strcmp(m->owner->full_name, "System.Runtime.CompilerServices.RuntimeHelpers");
}

CilMethod *cil_string_ctor_counterpart(CilMethod *ctor, CilDiag *diag)
{
    CilType *s = ctor->owner->loader->t_string;
    CilMethod *c;
    for (uint32_t i = 0; (c = cil_type_method_named(s, "Ctor", &i));) {
        if (!cil_method_resolve_sig(c, diag) || c->sig.n_params != ctor->sig.n_params) continue;
        bool same = true;
        for (uint32_t p = 0; p < c->sig.n_params; p++)
            same &= c->params[p] == ctor->params[p];
        if (same) return c;
    }
    return NULL;
}

bool cil_is_expanded_icall(CilMethod *m)
{
    CilDiag d = {0};
    if (cil_is_initialize_array(m)) return true;
    return m->owner == m->owner->loader->t_string && !strcmp(m->name, ".ctor") &&
           cil_method_resolve_sig(m, &d) && cil_string_ctor_counterpart(m, &d);
}
