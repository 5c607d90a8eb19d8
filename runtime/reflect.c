/*
 * reflect.c — reflection over methods, fields and properties: what System.Reflection's
 * RuntimeMethodInfo, RuntimeFieldInfo and RuntimePropertyInfo ask.
 *
 *   Type.GetMethods ─► MethodCount / MethodAt ─► rt_types.methods_of (the JIT's loader
 *                      describes the type's methods when first asked; AOT: emitted tables)
 *   MethodInfo.Invoke ─► corlib checks the arguments ─► Invoke ─► the method's invoker
 *                      (RtMethodInfo.invoke: made when first needed, rt_types.method_invoker)
 *   Type.GetFields, GetProperties ─► rt_types.fields_of, properties_of (described as the
 *                      methods are); FieldInfo.GetValue/SetValue read and write in place,
 *                      PropertyInfo's go through its accessors' MethodInfo.Invoke
 *
 * A method handle is its RtMethodInfo, a field's its RtFieldInfo, a property's its
 * RtPropertyInfo, a type handle its RtType, all as longs.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static const RtMethodInfo *method(int64_t handle)
{
    return (const RtMethodInfo *)(intptr_t)handle;
}

static RtType *type(int64_t handle)
{
    return (RtType *)(intptr_t)handle;
}

int32_t rt_reflect_method_count(int64_t type_handle)
{
    uint32_t n = 0;
    if (!rt_types.methods_of || !rt_types.methods_of(type(type_handle), &n)) return -1;
    return (int32_t)n;
}

int64_t rt_reflect_method_at(int64_t type_handle, int32_t i)
{
    uint32_t n = 0;
    const RtMethodInfo *all = rt_types.methods_of(type(type_handle), &n);
    return (uint32_t)i < n ? (int64_t)(intptr_t)&all[i] : 0;
}

RtString *rt_reflect_method_name(int64_t m)
{
    return rt_string_from_utf8(method(m)->name);
}

int32_t rt_reflect_method_attributes(int64_t m)
{
    return method(m)->attrs;
}

int32_t rt_reflect_method_slot(int64_t m)
{
    return method(m)->vtable_slot;
}

int64_t rt_reflect_method_declaring(int64_t m)
{
    return (int64_t)(intptr_t)method(m)->declaring;
}

int64_t rt_reflect_method_return(int64_t m)
{
    return (int64_t)(intptr_t)method(m)->ret;
}

int32_t rt_reflect_param_count(int64_t m)
{
    return method(m)->n_params;
}

int64_t rt_reflect_param_type(int64_t m, int32_t i)
{
    return (int64_t)(intptr_t)method(m)->params[i];
}

RtString *rt_reflect_param_name(int64_t m, int32_t i)
{
    return rt_string_from_utf8(method(m)->param_names[i]);
}

/* 1: passed by reference; 2: `out`. */
int32_t rt_reflect_param_flags(int64_t m, int32_t i)
{
    const RtMethodInfo *mi = method(m);
    return (int32_t)((mi->byref_params >> i) & 1) | (int32_t)(((mi->out_params >> i) & 1) << 1);
}

/* NULL when m can be invoked (its invoker exists now), else why not. */
RtString *rt_reflect_prepare_invoke(int64_t m)
{
    const RtMethodInfo *mi = method(m);
    if (__atomic_load_n(&mi->invoke, __ATOMIC_ACQUIRE)) return NULL;
    char why[1024] = "this executable has no code to invoke it by reflection";
    if (rt_types.method_invoker && rt_types.method_invoker(mi, why, sizeof why)) return NULL;
    char msg[1200];
    snprintf(msg, sizeof msg, "%s cannot be invoked: %s", mi->name, why);
    return rt_string_from_utf8(msg);
}

/* After rt_reflect_prepare_invoke, with arguments corlib has checked (ilrt.h, RtMethodInfo).
 * An exception the method throws passes through here to corlib, which wraps it. */
RtObject *rt_reflect_invoke(int64_t m, RtObject *target, RtArray *args)
{
    RtObject *(*invoke)(RtObject *, RtObject **) = (RtObject * (*)(RtObject *, RtObject **))
        __atomic_load_n(&method(m)->invoke, __ATOMIC_ACQUIRE);
    return invoke(target, args ? (RtObject **)((char *)args + RT_ARRAY_DATA_OFFSET) : NULL);
}

/* A zeroed instance of t: a value type's default as a box, an attribute before its constructor
 * runs. */
RtObject *rt_reflect_allocate(int64_t t)
{
    return rt_new_object(type(t));
}

bool rt_reflect_is_instance(int64_t t, RtObject *obj)
{
    return obj && rt_isinst(obj, type(t));
}

bool rt_reflect_is_subtype(int64_t t, int64_t target)
{
    return rt_is_subtype(type(t), type(target));
}

int32_t rt_reflect_attribute_count(int64_t m)
{
    return (int32_t)method(m)->n_custom;
}

/* m's attribute i, as the handle of its RtCustomAttribute. */
int64_t rt_reflect_attribute_at(int64_t m, int32_t i)
{
    return (int64_t)(intptr_t)&method(m)->custom[i];
}

/* How many custom attributes type t has; -1: this mode has no record of them. */
int32_t rt_reflect_type_attribute_count(int64_t t)
{
    const RtCustomAttribute *all;
    uint32_t n = 0;
    if (!rt_types.attributes_of || !rt_types.attributes_of(type(t), &all, &n)) return -1;
    return (int32_t)n;
}

int64_t rt_reflect_type_attribute_at(int64_t t, int32_t i)
{
    const RtCustomAttribute *all = NULL;
    uint32_t n = 0;
    rt_types.attributes_of(type(t), &all, &n);
    return (uint32_t)i < n ? (int64_t)(intptr_t)&all[i] : 0;
}

static const RtCustomAttribute *attribute(int64_t a)
{
    return (const RtCustomAttribute *)(intptr_t)a;
}

/* The constructor of attribute a, or 0 when ilc cannot make that attribute. */
int64_t rt_reflect_attribute_ctor(int64_t a)
{
    return (int64_t)(intptr_t)attribute(a)->ctor;
}

int32_t rt_reflect_attribute_size(int64_t a)
{
    return (int32_t)attribute(a)->size;
}

/* Copies attribute a's encoded arguments into dst, a byte[] of rt_reflect_attribute_size. */
void rt_reflect_attribute_blob(int64_t a, RtArray *dst)
{
    memcpy((char *)dst + RT_ARRAY_DATA_OFFSET, attribute(a)->blob, attribute(a)->size);
}

/* ---- generics: Type.GetGenericArguments, MakeGenericType, MakeGenericMethod ---- */

/* The generic definition of t (itself for a definition; for a parameter, the type that
 * declares it), or 0. */
int64_t rt_reflect_generic_def(int64_t t)
{
    const RtGeneric *g = type(t)->generic;
    return g ? (int64_t)(intptr_t)g->def : 0;
}

/* t's type arguments (a definition's parameters); -1 when t is not generic; a generic
 * parameter's position. */
int32_t rt_reflect_generic_count(int64_t t)
{
    const RtGeneric *g = type(t)->generic;
    return g ? (int32_t)g->n : -1;
}

int64_t rt_reflect_generic_arg(int64_t t, int32_t i)
{
    const RtGeneric *g = type(t)->generic;
    return g && g->args && (uint32_t)i < g->n ? (int64_t)(intptr_t)g->args[i] : 0;
}

/* The handles in a long[] as RtType pointers (the same bits on x86-64). */
static RtType *const *handles_in(RtArray *a)
{
    return (RtType *const *)((char *)a + RT_ARRAY_DATA_OFFSET);
}

static RtString *no_instance(const char *what, const char *why)
{
    char msg[1400];
    snprintf(msg, sizeof msg, "%s: %s", what, why);
    return rt_string_from_utf8(msg);
}

/* def<args> into result[0]; NULL, or why there is none. */
RtString *rt_reflect_make_generic_type(int64_t def, RtArray *args, RtArray *result)
{
    char why[1024] = "this executable cannot make generic types at run time";
    RtType *t = rt_types.generic_instance
                    ? rt_types.generic_instance(type(def), handles_in(args), (uint32_t)args->length,
                                                why, sizeof why)
                    : NULL;
    if (!t) return no_instance(type(def)->display_name, why);
    ((int64_t *)((char *)result + RT_ARRAY_DATA_OFFSET))[0] = (int64_t)(intptr_t)t;
    return NULL;
}

RtString *rt_reflect_make_generic_method(int64_t m, RtArray *args, RtArray *result)
{
    char why[1024] = "this executable cannot make generic methods at run time";
    const RtMethodInfo *mi = rt_types.method_instance
                                 ? rt_types.method_instance(method(m), handles_in(args),
                                                            (uint32_t)args->length, why, sizeof why)
                                 : NULL;
    if (!mi) return no_instance(method(m)->name, why);
    ((int64_t *)((char *)result + RT_ARRAY_DATA_OFFSET))[0] = (int64_t)(intptr_t)mi;
    return NULL;
}

int32_t rt_reflect_method_generic_count(int64_t m)
{
    return (int32_t)method(m)->n_generic;
}

int64_t rt_reflect_method_generic_arg(int64_t m, int32_t i)
{
    return (int64_t)(intptr_t)method(m)->generic_args[i];
}

int64_t rt_reflect_method_generic_def(int64_t m)
{
    return (int64_t)(intptr_t)method(m)->generic_def;
}

/* The instance method named `name` that t or a base type declares, or 0 (an attribute's
 * property setter). */
int64_t rt_reflect_find_method(int64_t t, RtString *name)
{
    char *want = rt_string_to_utf8(name);
    int64_t found = 0;
    for (RtType *c = type(t); c && !found; c = c->parent) {
        uint32_t n = 0;
        const RtMethodInfo *all = rt_types.methods_of ? rt_types.methods_of(c, &n) : NULL;
        for (uint32_t i = 0; all && i < n && !found; i++)
            if (!(all[i].attrs & 0x10) && !strcmp(all[i].name, want))
                found = (int64_t)(intptr_t)&all[i];
    }
    return found;
}

/* ---- fields and properties: Type.GetFields, GetProperties ---- */

static const RtFieldInfo *field(int64_t handle)
{
    return (const RtFieldInfo *)(intptr_t)handle;
}

static const RtPropertyInfo *property(int64_t handle)
{
    return (const RtPropertyInfo *)(intptr_t)handle;
}

/* How many fields type t declares that reflection shows; -1: this mode has no record. */
int32_t rt_reflect_field_count(int64_t t)
{
    const RtFieldInfo *all;
    uint32_t n = 0;
    if (!rt_types.fields_of || !rt_types.fields_of(type(t), &all, &n)) return -1;
    return (int32_t)n;
}

int64_t rt_reflect_field_at(int64_t t, int32_t i)
{
    const RtFieldInfo *all = NULL;
    uint32_t n = 0;
    rt_types.fields_of(type(t), &all, &n);
    return (uint32_t)i < n ? (int64_t)(intptr_t)&all[i] : 0;
}

RtString *rt_reflect_field_name(int64_t f)
{
    return rt_string_from_utf8(field(f)->name);
}

int32_t rt_reflect_field_attributes(int64_t f)
{
    return field(f)->attrs;
}

int64_t rt_reflect_field_declaring(int64_t f)
{
    return (int64_t)(intptr_t)field(f)->declaring;
}

int64_t rt_reflect_field_type(int64_t f)
{
    return (int64_t)(intptr_t)field(f)->type;
}

/* Where field f of obj lives; a static field's type is initialised first, as the first
 * access from code would. */
static char *field_address(const RtFieldInfo *f, RtObject *obj)
{
    if (!(f->attrs & 0x10)) return (char *)obj + f->offset; /* FieldAttributes.Static */
    if (f->offset == RT_FIELD_THREAD_STATIC)
        rt_throw_named("System.PlatformNotSupportedException",
                       "Reflection over [ThreadStatic] fields is not supported by ilc.");
    rt_run_class_init(f->declaring);
    return (char *)f->declaring->statics + f->offset;
}

/* Nullable<T>: the one value type besides enums whose descriptor names an elem (T). Its
 * hasValue comes first, then the value, which ends the struct (sizes are multiples of
 * alignments). */
static bool is_nullable(const RtType *t)
{
    return (t->flags & RT_TYPE_VALUETYPE) && !(t->flags & RT_TYPE_ENUM) && t->elem;
}

static uint32_t nullable_value_offset(const RtType *t)
{
    return t->elem_size - t->elem->elem_size;
}

/* The value of type t at p, boxed as box does it: a value type's copy, a Nullable's null or
 * boxed T. */
static RtObject *load_boxed(RtType *t, const void *p)
{
    if (!(t->flags & RT_TYPE_VALUETYPE)) return *(RtObject *const *)p;
    if (is_nullable(t))
        return *(const bool *)p ? load_boxed(t->elem, (const char *)p + nullable_value_offset(t))
                                : NULL;
    RtObject *box = rt_new_object(t);
    memcpy((char *)box + sizeof(RtObject), p, t->elem_size);
    return box;
}

/* A literal's value: a string, null, or the bytes of a primitive or enum. */
static RtObject *constant_boxed(const RtFieldInfo *f)
{
    if (f->constant_type == 0x0e) { /* ELEMENT_TYPE_STRING: UTF-16, perhaps unaligned */
        int32_t n = (int32_t)(f->constant_size / 2);
        uint16_t *chars = rt_alloc((size_t)n * 2 + 2, false);
        memcpy(chars, f->constant, (size_t)n * 2);
        return (RtObject *)rt_string_from_utf16(chars, n);
    }
    if (!(f->type->flags & RT_TYPE_VALUETYPE)) return NULL; /* ELEMENT_TYPE_CLASS: null */
    uint8_t bytes[16] = {0};
    memcpy(bytes, f->constant, f->constant_size < sizeof bytes ? f->constant_size : sizeof bytes);
    return load_boxed(f->type, bytes);
}

/* FieldInfo.GetValue, after corlib checked obj (an instance field's target). */
RtObject *rt_reflect_field_get(int64_t f, RtObject *obj)
{
    const RtFieldInfo *fi = field(f);
    if (fi->attrs & 0x40) return fi->constant ? constant_boxed(fi) : NULL; /* Literal */
    return load_boxed(fi->type, field_address(fi, obj));
}

/* FieldInfo.SetValue, after corlib checked obj and made value exactly of the field's type
 * (a box of it for a value type; for a Nullable<T>, null or a boxed T). */
void rt_reflect_field_set(int64_t f, RtObject *obj, RtObject *value)
{
    const RtFieldInfo *fi = field(f);
    char *p = field_address(fi, obj);
    RtType *t = fi->type;
    if (is_nullable(t)) {
        memset(p, 0, t->elem_size);
        if (value)
            memcpy(p + nullable_value_offset(t), (char *)value + sizeof(RtObject),
                   t->elem->elem_size);
        *(bool *)p = value != NULL;
    } else if (t->flags & RT_TYPE_VALUETYPE)
        memcpy(p, (char *)value + sizeof(RtObject), t->elem_size);
    else
        *(RtObject **)p = value;
}

int32_t rt_reflect_property_count(int64_t t)
{
    const RtPropertyInfo *all;
    uint32_t n = 0;
    if (!rt_types.properties_of || !rt_types.properties_of(type(t), &all, &n)) return -1;
    return (int32_t)n;
}

int64_t rt_reflect_property_at(int64_t t, int32_t i)
{
    const RtPropertyInfo *all = NULL;
    uint32_t n = 0;
    rt_types.properties_of(type(t), &all, &n);
    return (uint32_t)i < n ? (int64_t)(intptr_t)&all[i] : 0;
}

RtString *rt_reflect_property_name(int64_t p)
{
    return rt_string_from_utf8(property(p)->name);
}

int32_t rt_reflect_property_attributes(int64_t p)
{
    return property(p)->attrs;
}

int64_t rt_reflect_property_type(int64_t p)
{
    return (int64_t)(intptr_t)property(p)->type;
}

/* The accessors' method handles, or 0. */
int64_t rt_reflect_property_getter(int64_t p)
{
    return (int64_t)(intptr_t)property(p)->get;
}

int64_t rt_reflect_property_setter(int64_t p)
{
    return (int64_t)(intptr_t)property(p)->set;
}

/* The custom attributes of field f and property p (the records AttributeReader makes). */
int32_t rt_reflect_field_attribute_count(int64_t f)
{
    return (int32_t)field(f)->n_custom;
}

int64_t rt_reflect_field_attribute_at(int64_t f, int32_t i)
{
    return (int64_t)(intptr_t)&field(f)->custom[i];
}

int32_t rt_reflect_property_attribute_count(int64_t p)
{
    return (int32_t)property(p)->n_custom;
}

int64_t rt_reflect_property_attribute_at(int64_t p, int32_t i)
{
    return (int64_t)(intptr_t)&property(p)->custom[i];
}

/* ---- types by name: Type.GetType ---- */

/* The handle of the type whose FullName (without type arguments) is name, in scope
 * (ilrt.h, rt_types.type_by_name), or 0. */
int64_t rt_reflect_type_by_name(RtString *name, int32_t scope, bool ignore_case)
{
    if (!rt_types.type_by_name) return 0;
    char *utf8 = rt_string_to_utf8(name);
    return (int64_t)(intptr_t)rt_types.type_by_name(utf8, scope, ignore_case);
}

RtString *rt_reflect_program_assembly(void)
{
    const char *name = rt_types.program_assembly ? rt_types.program_assembly() : NULL;
    return rt_string_from_utf8(name ? name : "");
}
