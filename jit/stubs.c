/*
 * stubs.c — per-method stubs in executable memory.
 *
 * A stub is 23 bytes of x86-64, padded to 32:
 *     49 BA imm64   mov r10, <JitMethod*>
 *     49 BB imm64   mov r11, <jit_prestub>
 *     41 FF E3      jmp r11
 * Stubs are carved from 64 KiB chunks mapped read-write-execute and never freed (a
 * method's stub must stay valid for as long as any vtable or caller may hold it).
 */
#include "internal.h"

#include <string.h>
#include <sys/mman.h>

#define STUB_SIZE  32
#define CHUNK_SIZE (64 * 1024)

extern void jit_prestub(void);

void *jit_stub_new(JitStubs *s, JitMethod *jm)
{
    if (!s->chunk || s->used + STUB_SIZE > CHUNK_SIZE) {
        void *p = mmap(NULL, CHUNK_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) return NULL;
        s->chunk = p;
        s->used = 0;
    }
    uint8_t *code = s->chunk + s->used;
    s->used += STUB_SIZE;
    uint64_t desc = (uint64_t)(uintptr_t)jm, pre = (uint64_t)(uintptr_t)jit_prestub;
    code[0] = 0x49, code[1] = 0xBA;
    memcpy(code + 2, &desc, 8);
    code[10] = 0x49, code[11] = 0xBB;
    memcpy(code + 12, &pre, 8);
    code[20] = 0x41, code[21] = 0xFF, code[22] = 0xE3;
    memset(code + 23, 0xCC, STUB_SIZE - 23);
    return code;
}
