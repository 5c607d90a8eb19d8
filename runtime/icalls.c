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

#include <pthread.h>
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
    {"_Unwind_Resume", (void *)rt_unwind_resume}, /* code ilc loads resumes through it */
    /* What LLVM lowers llvm.floor, llvm.ceil and llvm.trunc to where the CPU has no rounding
     * instruction (the x86-64 baseline of R2R images): computed here, so that binding an
     * image's calls does not load libm (mathlib.c) */
    {"floor", (void *)rt_floor},
    {"ceil", (void *)rt_ceil},
    {"trunc", (void *)rt_trunc},
    {"floorf", (void *)rt_floorf},
    {"ceilf", (void *)rt_ceilf},
    {"truncf", (void *)rt_truncf},
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

/* ---- by name: an open-addressing table over `symbols`, built on first use ---- */

enum { N_SYMBOLS = sizeof symbols / sizeof symbols[0], TABLE_SIZE = 1024 };
_Static_assert(2 * N_SYMBOLS <= TABLE_SIZE, "the symbol table must stay at most half full");
static uint16_t by_name[TABLE_SIZE]; /* index + 1 into symbols; 0: empty */
static pthread_once_t by_name_once = PTHREAD_ONCE_INIT;

static uint32_t name_hash(const char *s)
{
    return rt_fnv1a(s, strlen(s));
}

static void build_by_name(void)
{
    for (uint32_t i = 0; i < N_SYMBOLS; i++) {
        uint32_t at = name_hash(symbols[i].name) & (TABLE_SIZE - 1);
        while (by_name[at])
            at = (at + 1) & (TABLE_SIZE - 1);
        by_name[at] = (uint16_t)(i + 1);
    }
}

int32_t rt_symbol_index(const char *name)
{
    pthread_once(&by_name_once, build_by_name);
    for (uint32_t at = name_hash(name) & (TABLE_SIZE - 1); by_name[at];
         at = (at + 1) & (TABLE_SIZE - 1))
        if (!strcmp(symbols[by_name[at] - 1].name, name)) return by_name[at] - 1;
    return -1;
}

void *rt_symbol_address(const char *name)
{
    int32_t i = rt_symbol_index(name);
    return i < 0 ? NULL : symbols[i].address;
}
