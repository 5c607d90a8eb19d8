/*
 * reflect.c — reflection over methods: what System.Reflection's RuntimeMethodInfo asks.
 *
 *   Type.GetMethods ─► MethodCount / MethodAt ─► rt_types.methods_of (the JIT's loader
 *                      describes the type's methods when first asked; AOT: emitted tables)
 *   MethodInfo.Invoke ─► corlib checks the arguments ─► Invoke ─► the method's invoker
 *                      (RtMethodInfo.invoke: made when first needed, rt_types.method_invoker)
 *
 * A method handle is its RtMethodInfo, a type handle its RtType, both as longs.
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

/* The constructor of m's attribute i, or 0 when ilc cannot make that attribute. */
int64_t rt_reflect_attribute_ctor(int64_t m, int32_t i)
{
    return (int64_t)(intptr_t)method(m)->custom[i].ctor;
}

int32_t rt_reflect_attribute_size(int64_t m, int32_t i)
{
    return (int32_t)method(m)->custom[i].size;
}

/* Copies attribute i's encoded arguments into dst, a byte[] of rt_reflect_attribute_size. */
void rt_reflect_attribute_blob(int64_t m, int32_t i, RtArray *dst)
{
    const RtCustomAttribute *a = &method(m)->custom[i];
    memcpy((char *)dst + RT_ARRAY_DATA_OFFSET, a->blob, a->size);
}
