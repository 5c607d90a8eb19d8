/*
 * arena.c — bump allocation in blocks, and the one-message diagnostic.
 *
 * Everything the reader decodes from an assembly (row arrays, the version string) and
 * everything a compiler phase builds for one method (signatures, EH clauses) lives
 * exactly as long as its owner, so it is allocated from an arena and released in one
 * call instead of being tracked object by object.
 *
 * Algorithm: the arena is a singly linked list of blocks, newest first. An allocation
 * is carved from the newest block by bumping its `used` offset (rounded up to 16 bytes,
 * the strictest alignment any C object on x86-64/AArch64 needs). When the block is full
 * a fresh one is pushed; a request larger than a standard block gets a block of its own
 * so that big row arrays do not waste the tail of the current block. An arena's first
 * block is smaller: many arenas (a small program's image, an index or two) never fill one.
 * Pages are mapped only as they are touched: every page a process maps costs it about two
 * microseconds on the machines ilc is measured on, whether it faults in or MAP_POPULATE
 * maps it (the kernel zeroes and charges each page either way), so populating blocks ahead
 * only paid for the pages a block never reached — a quarter of an R2R hello world's.
 * Blocks come from calloc (mmap from 32 KiB, standard blocks included), so memory is zeroed
 * as the API promises without a memset per allocation. Running out of memory is not an
 * input error the caller could report, so it aborts.
 *
 * CilDiag holds the single located message a failing reader call produces. The last
 * writer wins, so every failure path in the reader writes exactly once, at the point
 * where it knows both what is wrong and where (file, table, row, column). Its kind is
 * set there too; only cil_diag_reword, which wraps a message met deeper down, keeps it.
 */
#include "metadata.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_ALIGN       16u
#define ARENA_BLOCK_SIZE  (64u * 1024u)
#define ARENA_FIRST_BLOCK (32u * 1024u)

struct CilArenaBlock {
    CilArenaBlock *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    /* Payload follows, starting at a 16-byte aligned offset. */
};

/* The header is padded so the payload starts 16-byte aligned, given calloc's alignment. */
#define BLOCK_HEADER ((sizeof(CilArenaBlock) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static _Noreturn void arena_out_of_memory(size_t size)
{
    fprintf(stderr, "ilc: out of memory (arena request of %zu bytes)\n", size);
    abort();
}

/* Blocks this big come straight from mmap: the kernel's pages are zero already,
 * where calloc would clear memory it recycles (row arrays of a large assembly are
 * megabytes). */
#define ARENA_MMAP_MIN (32u * 1024u)

static CilArenaBlock *arena_new_block(size_t payload)
{
    if (payload > SIZE_MAX - BLOCK_HEADER) arena_out_of_memory(payload);
    CilArenaBlock *b;
    if (payload >= ARENA_MMAP_MIN) {
        b = mmap(NULL, BLOCK_HEADER + payload, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
        if (b == MAP_FAILED) b = NULL;
    } else {
        b = calloc(1, BLOCK_HEADER + payload);
    }
    if (!b) arena_out_of_memory(payload);
    b->size = payload;
    return b;
}

static void arena_free_block(CilArenaBlock *b)
{
    if (b->size >= ARENA_MMAP_MIN)
        munmap(b, BLOCK_HEADER + b->size);
    else
        free(b);
}

static void *block_payload(CilArenaBlock *b)
{
    return (char *)b + BLOCK_HEADER;
}

void *cil_arena_alloc(CilArena *a, size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN) arena_out_of_memory(size);
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need == 0) need = ARENA_ALIGN; /* distinct non-NULL pointers even for empty requests */
    CilArenaBlock *b = a->head;
    if (b && b->size - b->used >= need) {
        void *p = (char *)block_payload(b) + b->used;
        b->used += need;
        return p;
    }
    if (need > ARENA_BLOCK_SIZE / 4) {
        /* A private block, linked behind the current one so its free tail stays usable. */
        CilArenaBlock *big = arena_new_block(need);
        big->used = need;
        if (b) {
            big->next = b->next;
            b->next = big;
        } else {
            a->head = big;
        }
        return block_payload(big);
    }
    CilArenaBlock *nb = arena_new_block(b ? ARENA_BLOCK_SIZE : ARENA_FIRST_BLOCK);
    nb->next = b;
    a->head = nb;
    nb->used = need;
    return block_payload(nb);
}

char *cil_arena_strdup(CilArena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = cil_arena_alloc(a, n);
    memcpy(p, s, n);
    return p;
}

char *cil_arena_concat(CilArena *a, const char *first, ...)
{
    va_list ap;
    size_t n = 1;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *))
        n += strlen(s);
    va_end(ap);
    char *p = cil_arena_alloc(a, n), *at = p;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *)) {
        size_t len = strlen(s);
        memcpy(at, s, len);
        at += len;
    }
    va_end(ap);
    *at = 0;
    return p;
}

void cil_arena_free(CilArena *a)
{
    CilArenaBlock *b = a->head;
    while (b) {
        CilArenaBlock *next = b->next;
        arena_free_block(b);
        b = next;
    }
    a->head = NULL;
}

#define FORMAT_MSG(d, fmt)                                                                         \
    do {                                                                                           \
        va_list ap;                                                                                \
        va_start(ap, fmt);                                                                         \
        vsnprintf((d)->msg, sizeof(d)->msg, fmt, ap);                                              \
        va_end(ap);                                                                                \
    } while (0)

void cil_diag_set(CilDiag *d, const char *fmt, ...)
{
    if (!d) return;
    FORMAT_MSG(d, fmt);
    d->kind = CIL_DIAG_ERROR;
    d->exception_msg[0] = 0;
}

void cil_diag_missing(CilDiag *d, CilDiagKind kind, const char *exception_msg, const char *fmt, ...)
{
    if (!d) return;
    FORMAT_MSG(d, fmt);
    d->kind = kind;
    snprintf(d->exception_msg, sizeof d->exception_msg, "%s", exception_msg);
}

void cil_diag_reword(CilDiag *d, const char *fmt, ...) /* the kind stays */
{
    if (!d) return;
    FORMAT_MSG(d, fmt);
}

const char *cil_diag_exception(const CilDiag *d)
{
    switch (d->kind) {
    case CIL_DIAG_MISSING_TYPE: return "System.TypeLoadException";
    case CIL_DIAG_MISSING_METHOD: return "System.MissingMethodException";
    case CIL_DIAG_MISSING_FIELD: return "System.MissingFieldException";
    case CIL_DIAG_ERROR: break;
    }
    return NULL;
}
