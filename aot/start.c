/*
 * start.c — the C entry point of every AOT executable (libilc_aot_start.a).
 *
 * The compiled object exports a few symbols (aot.c, export_main / export_well_known /
 * export_strings): Main's code, how Main is called, the type whose precise .cctor must run
 * first, the table of descriptors the runtime allocates by itself, and the string literals
 * (interned on the first string.Intern, not at start-up). Everything else was resolved at
 * compile time, so start-up is the runtime's own set-up and a call.
 */
#include "ilrt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

extern void *const ilc_aot_main;
extern const int32_t ilc_aot_main_flags; /* 1: returns int; 2: takes string[] */
extern RtType *const ilc_aot_main_owner;
extern void *const ilc_aot_well_known[sizeof(RtWellKnown) / sizeof(void *)];
const char *aot_name_of(void *ip); /* symbols.c: stack traces */
extern RtString *const ilc_aot_strings[];
extern const int32_t ilc_aot_n_strings;
extern RtType *const ilc_aot_array_types[];
extern const int32_t ilc_aot_n_array_types;

/* rt_types.array_type: the executable has every array type it can make (aot.c). */
static RtType *array_type(RtType *elem, uint32_t rank)
{
    for (int32_t i = 0; i < ilc_aot_n_array_types; i++) {
        RtType *t = ilc_aot_array_types[i];
        if (t->elem == elem && t->rank == rank) return t;
    }
    return NULL;
}

/* rt_types.methods_of: the methods the compiler kept for reflection (aot.c). */
typedef struct AotMethodTable {
    RtType *type;
    const RtMethodInfo *methods;
    int32_t n;
    const RtCustomAttribute *attributes; /* the type's own */
    int32_t n_attributes;
    const RtFieldInfo *fields;
    int32_t n_fields;
    const RtPropertyInfo *properties;
    int32_t n_properties;
} AotMethodTable;
extern const AotMethodTable ilc_aot_method_tables[];
extern const int32_t ilc_aot_n_method_tables;

/* t's entry of the reflection tables, or NULL: the compiler kept none for it. */
static const AotMethodTable *table_of(RtType *t)
{
    for (int32_t i = 0; i < ilc_aot_n_method_tables; i++)
        if (ilc_aot_method_tables[i].type == t) return &ilc_aot_method_tables[i];
    return NULL;
}

static const RtMethodInfo *methods_of(RtType *t, uint32_t *n)
{
    const AotMethodTable *e = table_of(t);
    if (!e) return NULL;
    *n = (uint32_t)e->n;
    return e->methods;
}

/* rt_types.attributes_of, fields_of and properties_of: kept with the methods. */
static bool attributes_of(RtType *t, const RtCustomAttribute **all, uint32_t *n)
{
    const AotMethodTable *e = table_of(t);
    if (!e) return false;
    *all = e->attributes;
    *n = (uint32_t)e->n_attributes;
    return true;
}

static bool fields_of(RtType *t, const RtFieldInfo **all, uint32_t *n)
{
    const AotMethodTable *e = table_of(t);
    if (!e) return false;
    *all = e->fields;
    *n = (uint32_t)e->n_fields;
    return true;
}

static bool properties_of(RtType *t, const RtPropertyInfo **all, uint32_t *n)
{
    const AotMethodTable *e = table_of(t);
    if (!e) return false;
    *all = e->properties;
    *n = (uint32_t)e->n_properties;
    return true;
}

/* rt_types.generic_instance: only the instances the compiler emitted (aot.c lists them when
 * the code can make generic types). */
extern RtType *const ilc_aot_generic_types[];
extern const int32_t ilc_aot_n_generic_types;

static RtType *generic_instance(RtType *def, RtType *const *args, uint32_t n, char *error,
                                size_t error_size)
{
    for (int32_t i = 0; i < ilc_aot_n_generic_types; i++) {
        const RtGeneric *g = ilc_aot_generic_types[i]->generic;
        if (g->def != def || g->n != n) continue;
        uint32_t k = 0;
        while (k < n && g->args[k] == args[k])
            k++;
        if (k == n) return ilc_aot_generic_types[i];
    }
    snprintf(error, error_size,
             "this AOT executable was compiled without that instance (it has only those its "
             "code names)");
    return NULL;
}

/* rt_types.type_by_name: the types the executable has, the program's first (aot.c). */
extern RtType *const ilc_aot_named_types[];
extern const int32_t ilc_aot_n_named_types;
extern const int32_t ilc_aot_n_program_types;
extern const char *const ilc_aot_program_assembly;

static RtType *type_by_name(const char *name, int32_t scope, bool ignore_case)
{
    int32_t from = scope == 2 ? ilc_aot_n_program_types : 0;
    int32_t to = scope == 1 ? ilc_aot_n_program_types : ilc_aot_n_named_types;
    for (int32_t i = from; i < to; i++) {
        const char *full = ilc_aot_named_types[i]->full_name;
        if (!(ignore_case ? strcasecmp(full, name) : strcmp(full, name)))
            return ilc_aot_named_types[i];
    }
    return NULL;
}

static const char *program_assembly(void)
{
    return ilc_aot_program_assembly;
}

void __register_frame(void *begin); /* libgcc's, for FDEs outside any loaded object */

/* libgcc's unwinder, linked in (-static-libgcc): exceptions never load a library. */
const RtUnwinder rt_static_unwinder = {
    .raise = _Unwind_RaiseException,
    .forced = _Unwind_ForcedUnwind,
    .resume = _Unwind_Resume,
    .get_ip = _Unwind_GetIP,
    .get_ip_info = _Unwind_GetIPInfo,
    .get_gr = _Unwind_GetGR,
    .set_gr = _Unwind_SetGR,
    .set_ip = _Unwind_SetIP,
    .get_lsda = _Unwind_GetLanguageSpecificData,
    .get_region_start = _Unwind_GetRegionStart,
    .register_frame = __register_frame,
    .backtrace = _Unwind_Backtrace,
};

int main(int argc, char **argv)
{
    rt_init();
    memcpy(&rt_types, ilc_aot_well_known, sizeof rt_types);
    rt_types.array_type = array_type;
    rt_types.methods_of = methods_of;
    rt_types.attributes_of = attributes_of;
    rt_types.fields_of = fields_of;
    rt_types.properties_of = properties_of;
    rt_types.generic_instance = generic_instance;
    rt_types.type_by_name = type_by_name;
    rt_types.program_assembly = program_assembly;
    rt_set_symbolizer(aot_name_of);
    rt_intern_literals(ilc_aot_strings, (size_t)ilc_aot_n_strings);
    /* Environment.GetCommandLineArgs(): the program's path first, as .NET reports it */
    static char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) argv[0] = self; /* the rest of the buffer is zero: a NUL-terminated path */
    rt_set_args(argc, argv);
    if (ilc_aot_main_owner) rt_run_class_init(ilc_aot_main_owner);
    int code = rt_run_main(ilc_aot_main, ilc_aot_main_flags & 1, (ilc_aot_main_flags & 2) != 0,
                           argc - 1, argv + 1);
    rt_exit(code);
}
