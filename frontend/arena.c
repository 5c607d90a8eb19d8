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
 * The two standard block sizes are carved back to back from one large reservation of
 * address space shared by every arena (a slab), and a freed one is cleared and kept for the
 * next arena: a process used to map each block apart, a system call and a partly used last
 * page for every one of the dozen arenas a start makes, and a compilation's arena faulted
 * fresh pages in for every method the JIT compiled. Other private blocks come from calloc,
 * or mmap from 32 KiB. Either way memory is zeroed as the API promises without a memset per
 * allocation. Running out of memory is not an input error the caller could report, so it
 * aborts.
 *
 * CilDiag holds the single located message a failing reader call produces. The last
 * writer wins, so every failure path in the reader writes exactly once, at the point
 * where it knows both what is wrong and where (file, table, row, column). Its kind is
 * set there too; only cil_diag_reword, which wraps a message met deeper down, keeps it.
 */
#include "metadata.h"

#include <pthread.h>
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

static void *block_payload(CilArenaBlock *b)
{
    return (char *)b + BLOCK_HEADER;
}

static _Noreturn void arena_out_of_memory(size_t size)
{
    fprintf(stderr, "ilc: out of memory (arena request of %zu bytes)\n", size);
    abort();
}

/* Private blocks this big come straight from mmap: the kernel's pages are zero already,
 * where calloc would clear memory it recycles (row arrays of a large assembly are
 * megabytes). */
#define ARENA_MMAP_MIN (32u * 1024u)

/* The slab: address space reserved (not yet backed: a page costs when first touched) and
 * handed out in order; when it runs out another is reserved. Freed standard blocks wait in
 * a list per size, cleared. Arenas of several threads (the JIT's background compiler)
 * share it, under a lock. */
#define SLAB_BYTES (64u << 20)
static pthread_mutex_t slab_lock = PTHREAD_MUTEX_INITIALIZER;
static char *slab_next, *slab_end;
static CilArenaBlock *spare[2]; /* freed blocks: [0] first-block size, [1] standard size */

static bool is_standard(size_t payload)
{
    return payload == ARENA_FIRST_BLOCK || payload == ARENA_BLOCK_SIZE;
}

static CilArenaBlock *slab_block(size_t payload)
{
    CilArenaBlock **list = &spare[payload == ARENA_BLOCK_SIZE];
    size_t bytes = (BLOCK_HEADER + payload + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    pthread_mutex_lock(&slab_lock);
    CilArenaBlock *b = *list;
    if (b) {
        *list = b->next;
        b->next = NULL;
    } else {
        if ((size_t)(slab_end - slab_next) < bytes) {
            void *p = mmap(NULL, SLAB_BYTES, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (p != MAP_FAILED) slab_next = p, slab_end = (char *)p + SLAB_BYTES;
        }
        if ((size_t)(slab_end - slab_next) >= bytes) {
            b = (CilArenaBlock *)slab_next;
            slab_next += bytes;
        }
    }
    pthread_mutex_unlock(&slab_lock);
    return b;
}

static CilArenaBlock *arena_new_block(size_t payload)
{
    if (payload > SIZE_MAX - BLOCK_HEADER) arena_out_of_memory(payload);
    CilArenaBlock *b = is_standard(payload) ? slab_block(payload) : NULL;
    if (b) {
        b->used = 0;
    } else if (payload >= ARENA_MMAP_MIN) {
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

/* A standard block goes back to its list, what was used of it cleared (the rest never was
 * written); where the slab could not be had it came from mmap, and is kept all the same. */
static void arena_free_block(CilArenaBlock *b)
{
    if (is_standard(b->size)) {
        memset(block_payload(b), 0, b->used);
        pthread_mutex_lock(&slab_lock);
        b->next = spare[b->size == ARENA_BLOCK_SIZE];
        spare[b->size == ARENA_BLOCK_SIZE] = b;
        pthread_mutex_unlock(&slab_lock);
    } else if (b->size >= ARENA_MMAP_MIN) {
        munmap(b, BLOCK_HEADER + b->size);
    } else {
        free(b);
    }
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
