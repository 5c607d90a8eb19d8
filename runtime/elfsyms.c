/*
 * elfsyms.c — the symbol table of an ELF file in memory, found and bounds-checked once for
 * its two readers: the R2R loader mapping an image's code (r2r/map.c, .dynsym) and an AOT
 * executable naming its frames in a stack trace (aot/symbols.c, .symtab). Everything is
 * checked against the buffer's size; the string table must end in NUL, so every name in
 * it is terminated.
 */
#include "ilrt.h"

#include <string.h>

static bool inside(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

bool rt_elf_symbols(const uint8_t *elf, size_t size, uint32_t type, RtElfSymbols *out)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)elf;
    if (size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
        eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_shentsize != sizeof(Elf64_Shdr) ||
        !inside(eh->e_shoff, (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr), size))
        return false;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(elf + eh->e_shoff);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != type || sh[i].sh_link >= eh->e_shnum) continue;
        const Elf64_Shdr *str = &sh[sh[i].sh_link];
        if (!inside(sh[i].sh_offset, sh[i].sh_size, size) ||
            !inside(str->sh_offset, str->sh_size, size) || sh[i].sh_offset % 8 || !str->sh_size ||
            elf[str->sh_offset + str->sh_size - 1] != 0)
            return false;
        out->syms = (const Elf64_Sym *)(elf + sh[i].sh_offset);
        out->n = sh[i].sh_size / sizeof(Elf64_Sym);
        out->str = (const char *)elf + str->sh_offset;
        out->str_size = str->sh_size;
        return true;
    }
    return false;
}

const char *rt_elf_symbol_name(const RtElfSymbols *s, const Elf64_Sym *sym)
{
    return sym->st_name < s->str_size ? s->str + sym->st_name : NULL;
}
