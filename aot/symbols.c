/*
 * symbols.c — method names for the stack traces of an AOT executable.
 *
 * The compiler names every method's function after the method (`Trace::Main()`), and the
 * linker keeps those names in the executable's symbol table, which the dynamic loader
 * never reads (they are local symbols, invisible to dladdr). So when an unhandled
 * exception is reported — and only then — the executable maps itself (/proc/self/exe),
 * reads .symtab, and names each frame by the function symbol that contains its address.
 * C functions (the runtime's, libc's) have no `::` and are left out, as in the JIT's
 * traces. Nothing here runs, or costs anything, in a program that does not fail.
 */
#include "ilrt.h"

#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv);

static struct {
    bool tried;
    const Elf64_Sym *syms;
    size_t n;
    const char *str;
    size_t str_size;
    uintptr_t bias; /* run-time address minus link-time address */
} table;

static bool inside(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

static void load_table(void)
{
    table.tried = true;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(Elf64_Ehdr)) {
        if (fd >= 0) close(fd);
        return;
    }
    const uint8_t *f = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (f == MAP_FAILED) return;
    uint64_t size = (uint64_t)st.st_size;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)f;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_shentsize != sizeof(Elf64_Shdr) ||
        !inside(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), size))
        return;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(f + eh->e_shoff);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum) continue;
        const Elf64_Shdr *str = &sh[sh[i].sh_link];
        if (!inside(sh[i].sh_offset, sh[i].sh_size, size) ||
            !inside(str->sh_offset, str->sh_size, size) || sh[i].sh_offset % 8 || !str->sh_size)
            return;
        table.syms = (const Elf64_Sym *)(f + sh[i].sh_offset);
        table.n = sh[i].sh_size / sizeof(Elf64_Sym);
        table.str = (const char *)f + str->sh_offset;
        table.str_size = str->sh_size;
    }
    /* the bias: where `main` is now, against where the symbol table says it is */
    for (size_t i = 0; i < table.n; i++)
        if (table.syms[i].st_name < table.str_size &&
            !strcmp(table.str + table.syms[i].st_name, "main")) {
            table.bias = (uintptr_t)main - table.syms[i].st_value;
            return;
        }
    table.n = 0;
}

const char *aot_name_of(void *ip)
{
    if (!table.tried) load_table();
    uintptr_t at = (uintptr_t)ip - table.bias;
    for (size_t i = 0; i < table.n; i++) {
        const Elf64_Sym *s = &table.syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || at < s->st_value ||
            at - s->st_value >= s->st_size || s->st_name >= table.str_size)
            continue;
        const char *name = table.str + s->st_name;
        /* a managed method's symbol holds "::"; the string ends inside the table */
        if (!memchr(name, 0, table.str_size - s->st_name)) return NULL;
        return strstr(name, "::") ? name : NULL;
    }
    return NULL;
}
