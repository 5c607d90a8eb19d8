/*
 * rttype.c — runtime descriptors (RtType) for loaded types, and finding methods by name.
 *
 * cil_type_handle() turns a CilType with its layout and vtable into the RtType that
 * objects point at. Vtable entries come from the backend (CilHooks.entry_point): a JIT
 * stub before first call, compiled code after. Value types get the *unboxing* entry in
 * their vtable, because a virtual call on a boxed value passes the box, while the method
 * expects a pointer to the value (ECMA-335 II.13.3). Static constructors run through
 * RtType.run_cctor, which enters the .cctor through the same hooks.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void register_type(CilLoader *l, CilType *t)
{
    if (l->n_all_types == l->cap_all_types) {
        l->cap_all_types = l->cap_all_types ? l->cap_all_types * 2 : 256;
        l->all_types = realloc(l->all_types, l->cap_all_types * sizeof *l->all_types);
        if (!l->all_types) abort();
    }
    l->all_types[l->n_all_types++] = t;
}

/* A value type's own methods are entered through their unboxing variant from a vtable,
 * since a virtual call passes the box. Inherited ones (Object.ToString…) take the box. */
bool cil_vtable_entry_unboxes(const CilType *t, const CilMethod *m)
{
    return t->kind == TK_VALUETYPE && m->owner == t;
}

static void run_cctor(RtType *rt)
{
    CilType *t = rt->loader_data;
    void (*fn)(void) =
        (void (*)(void))t->loader->hooks.entry_point(t->loader->hooks.ctx, t->cctor, false);
    fn();
}

static uint32_t rt_flags(const CilType *t)
{
    uint32_t f = 0;
    if (t->kind == TK_VALUETYPE) f |= RT_TYPE_VALUETYPE;
    if (t->kind == TK_INTERFACE) f |= RT_TYPE_INTERFACE;
    if (t->kind == TK_ARRAY) f |= RT_TYPE_ARRAY;
    if (t->flags & TDF_ABSTRACT) f |= RT_TYPE_ABSTRACT;
    if (t == t->loader->t_string) f |= RT_TYPE_STRING;
    if (t->elem_type && t->kind == TK_VALUETYPE)
        f |= t->parent == t->loader->t_enum ? RT_TYPE_ENUM : RT_TYPE_PRIMITIVE;
    return f;
}

/* Interfaces [first, t->n_interfaces) into rt->interfaces, which has room for them. */
static bool fill_interfaces_from(CilType *t, RtType *rt, uint32_t first, CilDiag *diag)
{
    for (uint32_t i = first; i < t->n_interfaces; i++) {
        if (!(rt->interfaces[i].iface = cil_type_handle(t->interfaces[i], diag))) return false;
        /* An interface lists its base interfaces only for casts; it has no slot blocks. */
        rt->interfaces[i].vtable_offset = t->iface_offsets ? t->iface_offsets[i] : 0;
    }
    return true;
}

static bool fill_interfaces(CilType *t, RtType *rt, CilDiag *diag)
{
    rt->n_interfaces = t->n_interfaces;
    uint32_t room = t->n_interfaces + t->pending_ifaces;
    if (!room) return true;
    rt->interfaces = cil_arena_alloc(&t->loader->arena, room * sizeof(RtInterfaceEntry));
    return fill_interfaces_from(t, rt, 0, diag);
}

/* Slots [first, t->n_vtable) of rt's vtable: entry points, NULL for abstract methods. */
static void fill_slots_from(CilType *t, RtType *rt, uint32_t first)
{
    CilLoader *l = t->loader;
    for (uint32_t i = first; i < t->n_vtable; i++) {
        CilMethod *m = t->vtable[i];
        bool abstract = (m->flags & MDF_ABSTRACT) != 0;
        rt->vtable[i] =
            abstract ? NULL : l->hooks.entry_point(l->hooks.ctx, m, cil_vtable_entry_unboxes(t, m));
    }
}

static bool fill_array(CilType *t, RtType *rt, CilDiag *diag)
{
    CilType *e = t->elem;
    if (!(rt->elem = cil_type_handle(e, diag))) return false;
    if (e->kind == TK_VALUETYPE) {
        if (!cil_type_layout(e, diag)) return false;
        rt->elem_size = e->size;
        if (e->has_refs) rt->flags |= RT_TYPE_HAS_REFS;
    } else {
        rt->elem_size = 8;
        rt->flags |= RT_TYPE_HAS_REFS;
    }
    rt->rank = t->rank;
    if (!t->rank) rt->elem->array_of = rt;
    return true;
}

/* ---- generic variance ---- */

/* The variance of each of def's parameters (GenericParam flags), or NULL if all are
 * invariant, which is what nearly every generic type is. */
static uint8_t *variance_kinds(CilType *def)
{
    const CilImage *img = def->image;
    uint32_t n;
    const uint32_t *rows =
        cil_rows_with(img, CIL_KEY_GENERICPARAM_OWNER, CIL_TOKEN(CIL_TBL_TYPEDEF, def->row), &n);
    uint8_t *kinds = NULL;
    for (uint32_t i = 0; i < n; i++) {
        const CilGenericParamRow *gp = cil_genericparam(img, rows[i] + 1);
        if (!(gp->flags & 3) || gp->number >= def->n_generic_params) continue;
        if (!kinds) kinds = cil_arena_alloc(&def->loader->arena, def->n_generic_params);
        kinds[gp->number] = (uint8_t)(gp->flags & 3);
    }
    return kinds;
}

static bool fill_variance(CilType *t, RtType *rt, CilDiag *diag)
{
    CilType *def = t->generic_def;
    uint8_t *kinds = def && def->image ? variance_kinds(def) : NULL;
    if (!kinds) return true;
    CilArena *a = &t->loader->arena;
    RtVariance *v = cil_arena_alloc(a, sizeof *v);
    RtType **args = cil_arena_alloc(a, t->n_type_args * sizeof *args);
    for (uint32_t i = 0; i < t->n_type_args; i++)
        if (!(args[i] = cil_type_handle(t->type_args[i], diag))) return false;
    const char *def_name = cil_arena_concat(a, def->image->name, ":", def->full_name, NULL);
    *v = (RtVariance){def_name, t->n_type_args, kinds, args};
    rt->variance = v;
    return true;
}

/* ---- enum names, from the Constant rows of the enum's literal fields ---- */

static uint64_t constant_value(const CilConstantRow *c)
{
    const uint8_t *p = c->value.data;
    uint64_t v = 0;
    uint32_t n = c->value.size < 8 ? c->value.size : 8;
    for (uint32_t i = 0; i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    switch (c->type) { /* sign-extend the signed kinds */
    case ELEMENT_TYPE_I1: return (uint64_t)(int64_t)(int8_t)v;
    case ELEMENT_TYPE_I2: return (uint64_t)(int64_t)(int16_t)v;
    case ELEMENT_TYPE_I4: return (uint64_t)(int64_t)(int32_t)v;
    default: return v;
    }
}

static const CilConstantRow *constant_of(const CilImage *img, uint32_t field_row)
{
    uint32_t n;
    const uint32_t *rows =
        cil_rows_with(img, CIL_KEY_CONSTANT_PARENT, CIL_TOKEN(CIL_TBL_FIELD, field_row), &n);
    return n ? cil_constant(img, rows[0] + 1) : NULL;
}

/* The name of the type whose constructor a custom attribute calls (MemberRef or MethodDef:
 * corlib's own enums name FlagsAttribute by its definition), or NULL. */
const char *cil_attribute_type_name(const CilImage *img, uint32_t ctor)
{
    if (CIL_TOKEN_TABLE(ctor) == CIL_TBL_METHODDEF) {
        uint32_t owner = cil_owner_typedef(img, CIL_TOKEN_ROW(ctor), false);
        return owner ? cil_typedef(img, owner)->name : NULL;
    }
    if (CIL_TOKEN_TABLE(ctor) != CIL_TBL_MEMBERREF) return NULL;
    uint32_t parent = cil_memberref(img, CIL_TOKEN_ROW(ctor))->parent;
    if (CIL_TOKEN_TABLE(parent) == CIL_TBL_TYPEREF)
        return cil_typeref(img, CIL_TOKEN_ROW(parent))->name;
    if (CIL_TOKEN_TABLE(parent) == CIL_TBL_TYPEDEF)
        return cil_typedef(img, CIL_TOKEN_ROW(parent))->name;
    return NULL;
}

/* Does a custom attribute of type System.FlagsAttribute sit on TypeDef row `row`? */
static bool has_flags_attribute(const CilImage *img, uint32_t row)
{
    uint32_t n;
    const uint32_t *rows =
        cil_rows_with(img, CIL_KEY_CUSTOMATTRIBUTE_PARENT, CIL_TOKEN(CIL_TBL_TYPEDEF, row), &n);
    for (uint32_t i = 0; i < n; i++) {
        const char *name =
            cil_attribute_type_name(img, cil_customattribute(img, rows[i] + 1)->type);
        if (name && !strcmp(name, "FlagsAttribute")) return true;
    }
    return false;
}

static RtEnumInfo *enum_info(CilType *t)
{
    CilArena *a = &t->loader->arena;
    RtEnumInfo *e = cil_arena_alloc(a, sizeof *e);
    cil_type_members(t);
    e->names = cil_arena_alloc(a, (t->n_fields + 1) * sizeof(char *));
    e->values = cil_arena_alloc(a, (t->n_fields + 1) * sizeof(uint64_t));
    e->flags = has_flags_attribute(t->image, t->row);
    for (uint32_t i = 0; i < t->n_fields; i++) {
        const CilConstantRow *c =
            (t->fields[i].flags & FDF_LITERAL) ? constant_of(t->image, t->fields[i].row) : NULL;
        if (!c) continue;
        uint64_t v = constant_value(c);
        uint32_t j = e->n++; /* insertion sort: enums are short */
        while (j > 0 && e->values[j - 1] > v) {
            e->values[j] = e->values[j - 1];
            e->names[j] = e->names[j - 1];
            j--;
        }
        e->values[j] = v;
        e->names[j] = t->fields[i].name;
    }
    return e;
}

/* ---- reflection names: Type.FullName and Type.ToString(), as .NET spells them ---- */

typedef struct NameBuf {
    char text[2048];
    size_t len;
} NameBuf;

static void put_name(NameBuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n >= sizeof b->text) n = sizeof b->text - 1 - b->len;
    memcpy(b->text + b->len, s, n);
    b->len += n;
    b->text[b->len] = 0;
}

/* "mscorlib, Version=4.0.0.0, ..." — the assembly part of an assembly-qualified name. ilc's
 * corlib stands for mscorlib 4.0.0.0, whose identity .NET and Mono print. */
static void put_assembly(NameBuf *b, const CilType *t)
{
    const CilImage *img = t->image;
    if (!img || img == cil_loader_corlib(t->loader) || !img->rows[CIL_TBL_ASSEMBLY]) {
        put_name(b, "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        return;
    }
    const CilAssemblyRow *a = &img->assembly[0];
    char v[300];
    cil_assembly_display_name(v, sizeof v, a->name, a->major, a->minor, a->build, a->revision,
                              a->culture, NULL);
    put_name(b, v);
}

/* Namespace and enclosing types: My.Space.Outer+Inner (a generic nest's arguments all go
 * after the innermost name, as .NET writes them). */
static void put_definition(NameBuf *b, const CilType *def)
{
    if (def->enclosing) {
        put_definition(b, def->enclosing);
        put_name(b, "+");
    } else if (def->ns && *def->ns) {
        put_name(b, def->ns);
        put_name(b, ".");
    }
    put_name(b, def->name);
}

/* full: FullName (type arguments assembly-qualified, [[...]]); else ToString() ([...]). */
static void put_type_name(NameBuf *b, const CilType *t, bool full)
{
    if (t->kind == TK_ARRAY) {
        put_type_name(b, t->elem, full);
        if (t->rank <= 1) {
            put_name(b, t->rank ? "[*]" : "[]");
            return;
        }
        put_name(b, "[");
        for (uint32_t i = 1; i < t->rank; i++)
            put_name(b, ",");
        put_name(b, "]");
        return;
    }
    put_definition(b, t->generic_def ? t->generic_def : t);
    if (t->generic_def) {
        put_name(b, "[");
        for (uint32_t i = 0; i < t->n_type_args; i++) {
            if (i) put_name(b, ",");
            if (full) put_name(b, "[");
            put_type_name(b, t->type_args[i], full);
            if (full) {
                put_name(b, ", ");
                put_assembly(b, t->type_args[i]->kind == TK_ARRAY ? t->type_args[i]->elem
                                                                  : t->type_args[i]);
                put_name(b, "]");
            }
        }
        put_name(b, "]");
    } else if (t->n_generic_params && !full && t->image) { /* an open definition: List`1[T] */
        uint32_t n;
        const uint32_t *rows = cil_rows_with(t->image, CIL_KEY_GENERICPARAM_OWNER,
                                             CIL_TOKEN(CIL_TBL_TYPEDEF, t->row), &n);
        put_name(b, "[");
        for (uint32_t i = 0; i < n; i++) {
            if (i) put_name(b, ",");
            put_name(b, cil_genericparam(t->image, rows[i] + 1)->name);
        }
        put_name(b, "]");
    }
}

/* The top-level type t is nested in (t itself when it is not nested). */
static const CilType *outermost(const CilType *t)
{
    while (t->enclosing)
        t = t->enclosing;
    return t;
}

static void set_names(CilLoader *l, RtType *rt, const CilType *t)
{
    const CilType *top = outermost(t->generic_def ? t->generic_def : t);
    if (t->kind != TK_ARRAY && top != t) rt->ns = top->ns; /* Type.Namespace of a nested type */
    NameBuf b = {{0}, 0};
    put_type_name(&b, t, true);
    rt->full_name = cil_arena_strdup(&l->arena, b.text);
    b.len = 0;
    put_type_name(&b, t, false);
    rt->display_name = cil_arena_strdup(&l->arena, b.text);
}

/* ---- generics as reflection shows them (Type.GetGenericArguments) ---- */

/* Does t name a parameter not yet bound (!0, !!0, or List<!0>, !0[])? */
static bool is_open(const CilType *t)
{
    if (t->kind == TK_GENERICPARAM) return true;
    if (t->elem && is_open(t->elem)) return true;
    for (uint32_t i = 0; i < t->n_type_args; i++)
        if (is_open(t->type_args[i])) return true;
    return false;
}

/* The n parameters of the definition whose token is owner_token, as types with names (T,
 * TKey): made once per definition, since the loader's placeholders are shared and
 * nameless. `declaring` is the generic type that declares them, NULL for a method. */
static CilType **make_reflect_params(CilLoader *l, const CilImage *img, uint32_t owner_token,
                                     uint32_t n, CilType *declaring, const char *ns)
{
    CilType **all = cil_arena_alloc(&l->arena, (n + 1) * sizeof *all);
    for (uint32_t i = 0; i < n; i++) {
        CilType *p = cil_arena_alloc(&l->arena, sizeof *p);
        p->loader = l;
        p->kind = TK_GENERICPARAM;
        p->name = "T";
        p->ns = ns;
        p->param_index = i;
        p->method_param = !declaring;
        p->reflect_param = true;
        p->param_of = declaring;
        all[i] = p;
    }
    uint32_t k;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_GENERICPARAM_OWNER, owner_token, &k);
    for (uint32_t i = 0; i < k; i++) {
        const CilGenericParamRow *gp = cil_genericparam(img, rows[i] + 1);
        if (gp->number < n && gp->name) all[gp->number]->name = gp->name;
    }
    for (uint32_t i = 0; i < n; i++)
        all[i]->full_name = (char *)all[i]->name;
    return all;
}

static CilType **type_reflect_params(CilType *def)
{
    if (!def->reflect_params)
        def->reflect_params =
            make_reflect_params(def->loader, def->image, CIL_TOKEN(CIL_TBL_TYPEDEF, def->row),
                                def->n_generic_params, def, outermost(def)->ns);
    return def->reflect_params;
}

static CilType **method_reflect_params(CilMethod *m)
{
    if (!m->reflect_params)
        m->reflect_params = make_reflect_params(m->owner->loader, m->owner->image,
                                                CIL_TOKEN(CIL_TBL_METHODDEF, m->row),
                                                m->sig.n_generic, NULL, outermost(m->owner)->ns);
    return m->reflect_params;
}

/* Handles of types[0..n), or NULL if one has none. */
static RtType **handles(CilLoader *l, CilType **types, uint32_t n, CilDiag *diag)
{
    RtType **all = cil_arena_alloc(&l->arena, (n + 1) * sizeof *all);
    for (uint32_t i = 0; i < n; i++)
        if (!(all[i] = cil_type_handle(types[i], diag))) return NULL;
    return all;
}

/* rt->generic of a definition, an instance or a reflection parameter; left NULL (reflection
 * then sees a non-generic type) if a part has no descriptor. */
static void fill_generic(CilType *t, RtType *rt)
{
    CilLoader *l = t->loader;
    CilDiag ignored = {0};
    RtGeneric g = {0};
    if (t->reflect_param) {
        g.n = t->param_index;
        if (t->param_of && !(g.def = cil_type_handle(t->param_of, &ignored))) return;
    } else if (t->generic_def) {
        g.n = t->n_type_args;
        if (!(g.def = cil_type_handle(t->generic_def, &ignored)) ||
            !(g.args = handles(l, t->type_args, g.n, &ignored)))
            return;
    } else if (t->n_generic_params && t->image) {
        g.def = rt;
        g.n = t->n_generic_params;
        if (!(g.args = handles(l, type_reflect_params(t), g.n, &ignored))) return;
    } else {
        return;
    }
    RtGeneric *copy = cil_arena_alloc(&l->arena, sizeof *copy);
    *copy = g;
    rt->generic = copy;
}

/* A descriptor that only names a type for reflection: a generic definition or parameter. */
static RtType *name_only_handle(CilType *t)
{
    CilLoader *l = t->loader;
    RtType *rt = cil_arena_alloc(&l->arena, sizeof(RtType));
    rt->name = t->name;
    rt->ns = t->ns;
    if (t->reflect_param) { /* FullName is null; ToString() and Name are the name */
        rt->display_name = t->name;
        rt->flags = RT_TYPE_GENERIC_PARAM;
    } else {
        set_names(l, rt, t);
        rt->flags = rt_flags(t) | RT_TYPE_ABSTRACT;
    }
    rt->init_state = RT_INIT_DONE;
    rt->loader_data = t;
    t->rt = rt;
    /* BaseType: Object for a parameter, a definition's base when it is a closed type */
    CilType *parent = t->reflect_param ? l->t_object : t->parent;
    CilDiag ignored = {0};
    if (parent && !is_open(parent) && (rt->parent = cil_type_handle(parent, &ignored)))
        rt->depth = rt->parent->depth + 1;
    fill_generic(t, rt);
    return rt;
}

RtType *cil_type_handle(CilType *t, CilDiag *diag)
{
    if (t->rt) return t->rt;
    if (t->kind == TK_BYREF || t->kind == TK_POINTER) {
        cil_diag_set(diag, "type %s has no runtime descriptor", t->full_name);
        return NULL;
    }
    CilLoader *l = t->loader;
    /* typeof(List<>), and its T: a name to show, nothing to instantiate */
    if (t->n_generic_params || t->reflect_param) return name_only_handle(t);
    /* Every type has its own vtable; an array's is System.Array's slots, then its interfaces. */
    if (!cil_type_layout(t, diag) || !cil_type_vtable(t, diag)) return NULL;
    RtType *parent = NULL;
    if (t->parent && !(parent = cil_type_handle(t->parent, diag))) return NULL;
    if (t->rt) /* built while building the parent */
        return t->rt;
    uint32_t n = t->n_vtable;
    RtType *rt =
        cil_arena_alloc(&l->arena, sizeof(RtType) + (n + t->pending_slots) * sizeof(void *));
    rt->parent = parent;
    rt->name = t->name;
    rt->ns = t->ns;
    set_names(l, rt, t);
    rt->flags = rt_flags(t);
    rt->instance_size = t->kind == TK_VALUETYPE ? 8 + t->size : t->size;
    if (t->kind == TK_VALUETYPE && rt->instance_size < 16) rt->instance_size = 16;
    if (t->kind == TK_VALUETYPE) rt->elem_size = t->size;
    if (t->has_refs) rt->flags |= RT_TYPE_HAS_REFS;
    rt->depth = parent ? parent->depth + 1 : 0;
    rt->loader_data = t;
    rt->n_vtable = n;
    t->rt = rt; /* before recursing into element and interface types */
    if (t->kind == TK_ARRAY && !fill_array(t, rt, diag)) return t->rt = NULL;
    if ((rt->flags & RT_TYPE_ENUM) &&
        !(rt->elem = cil_type_handle(l->well_known[t->elem_type], diag)))
        return t->rt = NULL; /* an enum's elem is its underlying primitive */
    if (rt->flags & RT_TYPE_ENUM) rt->enum_info = enum_info(t);
    if (t->generic_def && !strcmp(t->generic_def->full_name, "System.Nullable`1") &&
        !(rt->elem = cil_type_handle(t->type_args[0], diag)))
        return t->rt = NULL; /* Nullable<T>'s elem is T */
    if (!fill_interfaces(t, rt, diag) || !fill_variance(t, rt, diag)) return t->rt = NULL;
    fill_generic(t, rt);
    if (t->statics_size) rt->statics = rt_alloc_statics(t->statics_size);
    rt->init_state = cil_type_cctor(t) ? RT_INIT_NONE : RT_INIT_DONE; /* run_cctor reads it */
    rt->run_cctor = run_cctor;
    fill_slots_from(t, rt, 0);
    register_type(l, t);
    return rt;
}

bool cil_type_complete_array(CilType *t, CilDiag *diag)
{
    if (!t->array_interfaces_pending || !t->rt) return true;
    uint32_t ifaces = t->n_interfaces, slots = t->n_vtable;
    if (!cil_type_add_array_interfaces(t, diag)) return false;
    if (t->n_interfaces > ifaces + t->pending_ifaces || t->n_vtable > slots + t->pending_slots) {
        cil_diag_set(diag, "%s: more covariant interfaces than the room counted for them",
                     t->full_name);
        return false;
    }
    if (!fill_interfaces_from(t, t->rt, ifaces, diag)) return false;
    fill_slots_from(t, t->rt, slots);
    t->rt->n_vtable = t->n_vtable;
    __atomic_store_n(&t->rt->n_interfaces, t->n_interfaces, __ATOMIC_RELEASE);
    return true;
}

CilMethod *cil_dispatch_target(CilType *t, CilMethod *m)
{
    if (m->owner->kind != TK_INTERFACE) return t->vtable[m->vtable_slot];
    const RtInterfaceEntry *e = m->owner->rt ? rt_find_interface(t->rt, m->owner->rt) : NULL;
    return e ? t->vtable[e->vtable_offset + (uint32_t)m->vtable_slot] : NULL;
}

void cil_patch_vtables(CilLoader *l, CilMethod *m, bool unboxing, void *code)
{
    for (uint32_t i = 0; i < l->n_all_types; i++) {
        CilType *t = l->all_types[i];
        for (uint32_t s = 0; s < t->n_vtable; s++)
            if (t->vtable[s] == m && cil_vtable_entry_unboxes(t, m) == unboxing)
                __atomic_store_n(&t->rt->vtable[s], code, __ATOMIC_RELEASE);
    }
}

CilMethod *cil_entry_point(CilLoader *l, CilImage *img, CilDiag *diag)
{
    uint32_t tok = img->entry_point_token;
    if (!tok) {
        cil_diag_set(diag, "%s: no entry point (is it a library?)", img->path);
        return NULL;
    }
    if (CIL_TOKEN_TABLE(tok) != CIL_TBL_METHODDEF) {
        cil_diag_set(diag, "%s: entry point token 0x%08x is not a MethodDef", img->path, tok);
        return NULL;
    }
    CilMethod *m = cil_method_from_token(l, img, tok, NULL, diag);
    if (!m) return NULL;
    bool ok_ret = !m->ret || m->ret == l->well_known[ELEMENT_TYPE_I4];
    bool ok_args = m->sig.n_params == 0 ||
                   (m->sig.n_params == 1 && m->params[0] == cil_array_type(l->t_string));
    if (!cil_method_is_static(m) || !ok_ret || !ok_args) {
        cil_diag_set(diag,
                     "%s: entry point %s must be static, take no arguments or string[], "
                     "and return void or int",
                     img->path, cil_method_name(m));
        return NULL;
    }
    return m;
}

CilMethod *cil_find_method(CilLoader *l, CilImage *img, const char *spec, CilDiag *diag)
{
    const char *sep = strstr(spec, "::");
    if (!sep) {
        cil_diag_set(diag, "method '%s': expected Type::Method", spec);
        return NULL;
    }
    size_t tlen = (size_t)(sep - spec);
    const char *mname = sep + 2;
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_TYPEDEF]; r++) {
        CilType *t = cil_type_from_token(l, img, CIL_TOKEN(CIL_TBL_TYPEDEF, r), NULL, diag);
        if (!t) return NULL;
        bool match = (strlen(t->full_name) == tlen && !strncmp(t->full_name, spec, tlen)) ||
                     (strlen(t->name) == tlen && !strncmp(t->name, spec, tlen));
        uint32_t i = 0;
        CilMethod *m = match ? cil_type_method_named(t, mname, &i) : NULL;
        if (m) return cil_method_resolve_sig(m, diag) ? m : NULL;
    }
    cil_diag_set(diag, "%s: no method %s", img->path, spec);
    return NULL;
}

CilImage *cil_loader_corlib(const CilLoader *l)
{
    return l->corlib;
}

CilType *cil_type_from_typedef(CilLoader *l, CilImage *img, uint32_t row, CilDiag *diag)
{
    if (row == 0 || row > img->rows[CIL_TBL_TYPEDEF]) {
        cil_diag_set(diag, "%s: no TypeDef row %u", img->path, row);
        return NULL;
    }
    return cil_type_from_token(l, img, CIL_TOKEN(CIL_TBL_TYPEDEF, row), NULL, diag);
}

/* The Param row of parameter `seq` (1-based) of methoddef row, or NULL (it has none). */
static const CilParamRow *param_row(const CilImage *img, const CilMethodDefRow *row, uint32_t seq)
{
    for (uint32_t r = row->param_first; r < row->param_end && r <= img->rows[CIL_TBL_PARAM]; r++)
        if (img->param[r - 1].seq == seq) return &img->param[r - 1];
    return NULL;
}

/* A parameter or return type as reflection shows it: a generic method definition's own
 * parameter (!!0) is its named T; NULL for a type built from parameters (List<T>, T[]),
 * which ilc does not describe. */
static CilType *shown_type(CilMethod *m, CilType *t)
{
    bool definition = m->sig.n_generic && !m->method_args;
    if (definition && t->kind == TK_GENERICPARAM && t->method_param && !t->reflect_param &&
        t->param_index < m->sig.n_generic)
        return method_reflect_params(m)[t->param_index];
    return is_open(t) ? NULL : t;
}

static bool is_describable(const CilType *t)
{
    return t->kind == TK_VALUETYPE || t->kind == TK_CLASS || t->kind == TK_INTERFACE ||
           t->kind == TK_ARRAY || t->reflect_param;
}

/* A generic method's arguments: an instance's types, a definition's named parameters. */
static bool describe_generic(CilMethod *m, RtMethodInfo *r, RtMethodInfo *out, CilDiag *diag)
{
    if (!m->sig.n_generic) return true;
    CilLoader *l = m->owner->loader;
    r->n_generic = m->sig.n_generic;
    if (m->method_args) return (r->generic_args = handles(l, m->method_args, r->n_generic, diag));
    r->generic_def = out;
    return (r->generic_args = handles(l, method_reflect_params(m), r->n_generic, diag));
}

/* One method as reflection describes it (into *out); false (and nothing described) for a
 * method reflection cannot show: one whose body the runtime provides, platform invoke, a
 * generic definition whose signature builds types from its parameters (List<T>), or a
 * parameter that is a pointer, a TypedReference or beyond the 64th. */
static bool describe_method(CilMethod *m, RtMethodInfo *out, CilDiag *diag)
{
    CilLoader *l = m->owner->loader;
    /* a delegate's constructor and Invoke are the runtime's, and platform invoke is not
     * supported: nothing reflection could call */
    if ((m->impl_flags & MIF_RUNTIME) == MIF_RUNTIME || (m->flags & MDF_PINVOKEIMPL)) return false;
    if (!cil_method_resolve_sig(m, diag)) return false;
    if (m->sig.n_params > 64) return false;
    RtMethodInfo r = {.name = m->name,
                      .attrs = m->flags,
                      .n_params = (uint16_t)m->sig.n_params,
                      .vtable_slot = cil_method_is_virtual(m) ? m->vtable_slot : -1,
                      .loader_data = m};
    if (!(r.declaring = cil_type_handle(m->owner, diag))) return false;
    CilType *ret = m->ret ? shown_type(m, m->ret) : NULL;
    if (m->ret && (!ret || !is_describable(ret) || !(r.ret = cil_type_handle(ret, diag))))
        return false;
    RtType **params = cil_arena_alloc(&l->arena, (m->sig.n_params + 1) * sizeof *params);
    const char **names = cil_arena_alloc(&l->arena, (m->sig.n_params + 1) * sizeof *names);
    CilImage *img = m->owner->image;
    CilDiag ignored; /* a Param table that does not decode leaves the names empty */
    bool have_params = img && m->row && cil_image_table(img, CIL_TBL_PARAM, &ignored);
    const CilMethodDefRow *row = have_params ? cil_methoddef(img, m->row) : NULL;
    for (uint32_t i = 0; i < m->sig.n_params; i++) {
        CilType *p = m->params[i];
        const CilParamRow *pr = row ? param_row(img, row, i + 1) : NULL;
        if (p->kind == TK_BYREF) {
            r.byref_params |= 1ull << i;
            /* ParamAttributes: Out (0x2) without In (0x1) */
            if (pr && (pr->flags & 0x3) == 0x2) r.out_params |= 1ull << i;
            p = p->elem;
        }
        if (!(p = shown_type(m, p)) || p->kind == TK_POINTER || p->kind == TK_BYREF ||
            !(params[i] = cil_type_handle(p, diag)))
            return false;
        if (p->elem_type == ELEMENT_TYPE_TYPEDBYREF) return false;
        names[i] = pr && pr->name ? pr->name : "";
    }
    r.params = params;
    r.param_names = names;
    if (!describe_generic(m, &r, out, diag)) return false;
    *out = r;
    return true;
}

/* The description of constructor or method m (of its owner's list), or NULL. */
static const RtMethodInfo *described(CilMethod *m)
{
    if (m->owner->n_generic_params) return NULL;
    uint32_t n;
    const RtMethodInfo *all = cil_type_methods(m->owner, &n);
    for (uint32_t i = 0; i < n; i++)
        if (all[i].loader_data == m) return &all[i];
    return NULL;
}

int32_t cil_method_reflect_index(CilMethod *m)
{
    const RtMethodInfo *mi = m->method_args ? NULL : described(m);
    if (!mi) return -1;
    uint32_t n;
    return (int32_t)(mi - cil_type_methods(m->owner, &n));
}

/* The custom attributes whose parent is `token` of img (ECMA-335 II.22.10), each with its
 * constructor's description (NULL when ilc's corlib lacks the attribute's type). */
static RtCustomAttribute *attributes_of(CilLoader *l, CilImage *img, uint32_t token, uint32_t *n)
{
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_CUSTOMATTRIBUTE_PARENT, token, n);
    if (!*n) return NULL;
    RtCustomAttribute *all = cil_arena_alloc(&l->arena, *n * sizeof *all);
    for (uint32_t k = 0; k < *n; k++) {
        const CilCustomAttributeRow *ca = cil_customattribute(img, rows[k] + 1);
        CilDiag d = {0};
        CilMethod *ctor = cil_method_from_token(l, img, ca->type, NULL, &d);
        all[k] = (RtCustomAttribute){
            .ctor = ctor ? described(ctor) : NULL, .blob = ca->value.data, .size = ca->value.size};
    }
    return all;
}

static void describe_attributes(CilType *t, RtMethodInfo *mi)
{
    CilMethod *m = mi->loader_data;
    mi->custom =
        attributes_of(t->loader, t->image, CIL_TOKEN(CIL_TBL_METHODDEF, m->row), &mi->n_custom);
}

const RtCustomAttribute *cil_type_attributes(CilType *t, uint32_t *n)
{
    if (!t->custom_ready && t->image && t->row) {
        uint32_t k;
        t->custom = attributes_of(t->loader, t->image, CIL_TOKEN(CIL_TBL_TYPEDEF, t->row), &k);
        t->n_custom = k;
        __atomic_store_n(&t->custom_ready, true, __ATOMIC_RELEASE);
    }
    *n = t->n_custom;
    return t->custom;
}

const RtMethodInfo *cil_method_instance_info(const RtMethodInfo *def, CilType **args, uint32_t n,
                                             CilDiag *diag)
{
    CilMethod *m = cil_method_instantiate(def->loader_data, args, n, diag);
    if (!m) return NULL;
    if (m->reflected) return m->reflected;
    RtMethodInfo *mi = cil_arena_alloc(&m->owner->loader->arena, sizeof *mi);
    if (!describe_method(m, mi, diag)) {
        if (!diag->msg[0]) cil_diag_set(diag, "reflection cannot describe %s", cil_method_name(m));
        return NULL;
    }
    mi->custom = def->custom;
    mi->n_custom = def->n_custom;
    mi->generic_def = def;
    return m->reflected = mi;
}

const RtMethodInfo *cil_type_methods(CilType *t, uint32_t *n)
{
    if (t->reflected) {
        *n = t->n_reflected;
        return t->reflected;
    }
    CilLoader *l = t->loader;
    cil_type_members(t);
    RtMethodInfo *all = cil_arena_alloc(&l->arena, (t->n_methods + 1) * sizeof *all);
    uint32_t k = 0;
    for (uint32_t i = 0; i < t->n_methods; i++) {
        CilMethod *m = cil_type_method(t, i);
        CilDiag d = {0}; /* a method reflection cannot describe is left out, not an error */
        if (m == cil_type_cctor(t)) continue;
        if (describe_method(m, &all[k], &d)) k++;
    }
    /* Listed before its attributes are bound: an attribute's constructor may be t's own. */
    t->n_reflected = k;
    t->reflected = all;
    if (t->image)
        for (uint32_t i = 0; i < k; i++)
            describe_attributes(t, &all[i]);
    __atomic_store_n(&t->reflected_ready, true, __ATOMIC_RELEASE);
    *n = k;
    return all;
}

/* ---- fields and properties (Type.GetFields, GetProperties) ---- */

/* One field as reflection describes it; false for one it cannot show (its type is open or
 * a pointer). */
static bool describe_field(CilField *f, RtFieldInfo *out, CilDiag *diag)
{
    CilType *t = f->owner;
    if (!cil_field_resolve(f, diag) || is_open(f->type) || f->type->kind == TK_POINTER ||
        f->type->kind == TK_BYREF)
        return false;
    RtFieldInfo r = {.name = f->name,
                     .attrs = f->flags,
                     .offset = f->thread_static ? RT_FIELD_THREAD_STATIC : f->offset};
    if (!f->is_static && t->kind == TK_VALUETYPE)
        r.offset += sizeof(RtObject); /* the box's header */
    if (!(r.declaring = cil_type_handle(t, diag)) || !(r.type = cil_type_handle(f->type, diag)))
        return false;
    const CilConstantRow *c =
        (f->flags & FDF_LITERAL) && t->image ? constant_of(t->image, f->row) : NULL;
    if (c) {
        r.constant_type = c->type;
        r.constant = c->value.data;
        r.constant_size = c->value.size;
    }
    if (t->image)
        r.custom =
            attributes_of(t->loader, t->image, CIL_TOKEN(CIL_TBL_FIELD, f->row), &r.n_custom);
    *out = r;
    return true;
}

const RtFieldInfo *cil_type_fields(CilType *t, uint32_t *n)
{
    if (!t->fields_ready) {
        CilDiag d = {0}; /* a field reflection cannot describe is left out, not an error */
        cil_type_members(t);
        RtFieldInfo *all = cil_arena_alloc(&t->loader->arena, (t->n_fields + 1) * sizeof *all);
        uint32_t k = 0;
        if (!t->n_generic_params && cil_type_layout(t, &d))
            for (uint32_t i = 0; i < t->n_fields; i++)
                if (describe_field(&t->fields[i], &all[k], &d)) k++;
        t->reflected_fields = all;
        t->n_reflected_fields = k;
        __atomic_store_n(&t->fields_ready, true, __ATOMIC_RELEASE);
    }
    *n = t->n_reflected_fields;
    return t->reflected_fields;
}

/* The entry of t's method list for MethodDef row `row`, or NULL. */
static const RtMethodInfo *method_by_row(CilType *t, uint32_t row)
{
    uint32_t n;
    const RtMethodInfo *all = cil_type_methods(t, &n);
    for (uint32_t i = 0; i < n; i++)
        if (((CilMethod *)all[i].loader_data)->row == row) return &all[i];
    return NULL;
}

/* Property row p's accessors, from the MethodSemantics rows naming it (II.22.28). */
static void describe_property(CilType *t, uint32_t p, RtPropertyInfo *out)
{
    CilImage *img = t->image;
    const CilPropertyRow *row = &img->property[p - 1];
    *out = (RtPropertyInfo){.name = row->name, .attrs = row->flags};
    uint32_t n;
    const uint32_t *rows =
        cil_rows_with(img, CIL_KEY_SEMANTICS_ASSOCIATION, CIL_TOKEN(CIL_TBL_PROPERTY, p), &n);
    for (uint32_t i = 0; i < n; i++) {
        const CilMethodSemanticsRow *s = &img->methodsemantics[rows[i]];
        if (s->semantics & 0x2) out->get = method_by_row(t, s->method_row);
        if (s->semantics & 0x1) out->set = method_by_row(t, s->method_row);
    }
    out->custom = attributes_of(t->loader, img, CIL_TOKEN(CIL_TBL_PROPERTY, p), &out->n_custom);
    if (out->get)
        out->type = out->get->ret;
    else if (out->set && out->set->n_params)
        out->type = out->set->params[out->set->n_params - 1];
}

const RtPropertyInfo *cil_type_properties(CilType *t, uint32_t *n)
{
    if (!t->props_ready) {
        CilImage *img = t->image;
        CilDiag d = {0}; /* metadata that does not decode leaves the list empty */
        RtPropertyInfo *all = NULL;
        uint32_t k = 0;
        if (img && t->row && cil_image_table(img, CIL_TBL_PROPERTYMAP, &d) &&
            cil_image_table(img, CIL_TBL_PROPERTY, &d) &&
            cil_image_table(img, CIL_TBL_METHODSEMANTICS, &d))
            for (uint32_t m = 0; m < img->rows[CIL_TBL_PROPERTYMAP] && !all; m++) {
                const CilPropertyMapRow *map = &img->propertymap[m];
                if (map->parent_row != t->row) continue;
                all = cil_arena_alloc(&t->loader->arena,
                                      (map->property_end - map->property_first + 1) * sizeof *all);
                for (uint32_t p = map->property_first; p < map->property_end; p++) {
                    describe_property(t, p, &all[k]);
                    if (all[k].type) k++;
                }
            }
        t->reflected_props = all;
        t->n_reflected_props = k;
        __atomic_store_n(&t->props_ready, true, __ATOMIC_RELEASE);
    }
    *n = t->n_reflected_props;
    return t->reflected_props;
}

/* ---- types by name (Type.GetType) ---- */

/* Is TypeDef row `row` of img nested in another type? */
static bool is_nested_row(const CilImage *img, uint32_t row)
{
    uint32_t n;
    cil_rows_with(img, CIL_KEY_NESTED_NESTED, row, &n);
    return n > 0;
}

static bool same_name(const char *a, const char *b, size_t blen, bool ignore_case)
{
    return strlen(a) == blen && !(ignore_case ? strncasecmp(a, b, blen) : strncmp(a, b, blen));
}

/* The top-level TypeDef row of img named ns.name (the name is `len` bytes), or 0. The index
 * answers the exact question; ignoring case scans the table. */
static uint32_t top_level_row(const CilImage *img, const char *ns, const char *name, size_t len,
                              bool ignore_case)
{
    if (!ignore_case) {
        char exact[1024];
        if (len >= sizeof exact) return 0;
        memcpy(exact, name, len);
        exact[len] = 0;
        return cil_typedef_by_name(img, ns, exact);
    }
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_TYPEDEF]; r++) {
        const CilTypeDefRow *td = cil_typedef(img, r);
        if (same_name(td->name, name, len, true) && !strcasecmp(td->ns, ns) &&
            !is_nested_row(img, r))
            return r;
    }
    return 0;
}

/* The row of the type nested in `outer` (a TypeDef row) named name (len bytes), or 0. */
static uint32_t nested_row(const CilImage *img, uint32_t outer, const char *name, size_t len,
                           bool ignore_case)
{
    uint32_t n;
    const uint32_t *rows = cil_rows_with(img, CIL_KEY_NESTED_ENCLOSING, outer, &n);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t r = cil_nestedclass(img, rows[i] + 1)->nested_row;
        if (r && r <= img->rows[CIL_TBL_TYPEDEF] &&
            same_name(cil_typedef(img, r)->name, name, len, ignore_case))
            return r;
    }
    return 0;
}

/* The TypeDef row of img that `full` names: Namespace.Outer+Inner+Deep, as Type.FullName
 * spells a nested type (ECMA-335 keeps the namespace on the outermost type only). */
static uint32_t row_named(CilImage *img, const char *full, bool ignore_case)
{
    CilDiag d;
    if (!cil_image_table(img, CIL_TBL_TYPEDEF, &d) ||
        !cil_image_table(img, CIL_TBL_NESTEDCLASS, &d))
        return 0;
    const char *plus = strchr(full, '+');
    size_t top_len = plus ? (size_t)(plus - full) : strlen(full);
    const char *dot = NULL;
    for (const char *p = full; p < full + top_len; p++)
        if (*p == '.') dot = p;
    char ns[1024] = "";
    if (dot) {
        if ((size_t)(dot - full) >= sizeof ns) return 0;
        memcpy(ns, full, (size_t)(dot - full));
        ns[dot - full] = 0;
    }
    const char *name = dot ? dot + 1 : full;
    uint32_t row = top_level_row(img, ns, name, (size_t)(full + top_len - name), ignore_case);
    while (row && plus) {
        const char *next = strchr(plus + 1, '+');
        size_t len = next ? (size_t)(next - plus - 1) : strlen(plus + 1);
        row = nested_row(img, row, plus + 1, len, ignore_case);
        plus = next;
    }
    return row;
}

CilType *cil_type_by_name(CilLoader *l, const char *full, CilTypeScope scope, bool ignore_case)
{
    for (uint32_t pass = 0; pass < 2; pass++) {
        bool want_corlib = pass == 1;
        if ((scope == CIL_SCOPE_PROGRAM && want_corlib) ||
            (scope == CIL_SCOPE_CORLIB && !want_corlib))
            continue;
        for (uint32_t i = 0; i < l->n_images; i++) {
            CilImage *img = l->images[i];
            if ((img == l->corlib) != want_corlib) continue;
            uint32_t row = row_named(img, full, ignore_case);
            CilDiag d = {0};
            CilType *t = row ? cil_type_from_typedef(l, img, row, &d) : NULL;
            if (t) return t;
        }
    }
    return NULL;
}

bool cil_program_assembly(const CilLoader *l, char *out, size_t size)
{
    for (uint32_t i = 0; i < l->n_images; i++) {
        const CilImage *img = l->images[i];
        if (img == l->corlib || !img->rows[CIL_TBL_ASSEMBLY]) continue;
        const CilAssemblyRow *a = &img->assembly[0];
        cil_assembly_display_name(out, size, a->name, a->major, a->minor, a->build, a->revision,
                                  a->culture, NULL);
        return true;
    }
    return false;
}
