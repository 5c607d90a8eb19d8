/*
 * icalls.c — the one registry that binds names to runtime code.
 *
 * Two X-macro lists feed it: icalls.def (corlib's [MethodImpl(InternalCall)] methods,
 * keyed by managed type and method name) and helpers.def (runtime entry points that the
 * importer calls by symbol name). The frontend asks rt_icall_lookup() which symbol an
 * internal call binds to and emits a call to that symbol; the JIT resolves every symbol
 * through rt_symbols(), and an AOT link resolves the same names statically.
 */
#include "ilrt.h"
#include "internal.h"

#include <string.h>

static const RtIcall icalls[] = {
#define ICALL(type, method, fn) {type, method, #fn},
#include "icalls.def"
#undef ICALL
};

static const RtSymbol symbols[] = {
#define ICALL(type, method, fn) {#fn, (void *)fn},
#include "icalls.def"
#undef ICALL
#define HELPER(fn) {#fn, (void *)fn},
#include "helpers.def"
#undef HELPER
};

const RtIcall *rt_icall_lookup(const char *type_name, const char *method)
{
    size_t n = sizeof icalls / sizeof icalls[0];
    for (size_t i = 0; i < n; i++)
        if (!strcmp(icalls[i].type_name, type_name) && !strcmp(icalls[i].method, method))
            return &icalls[i];
    return NULL;
}

const RtSymbol *rt_symbols(size_t *count)
{
    *count = sizeof symbols / sizeof symbols[0];
    return symbols;
}
