/*
 * elfsyms.c — the symbol table of an ELF file in memory, found and bounds-checked once for
 * its two readers: the R2R loader mapping an image's code (r2r/map.c, .dynsym) and an AOT
 * executable naming its frames in a stack trace (aot/symbols.c, .symtab). Everything is
 * checked against the buffer's size; the string table must end in NUL, so every name in
 * it is terminated. Also the build ID of the running executable, which R2R images record:
 * their code knows the runtime's structure layouts and helpers, so it only fits the ilc
 * that compiled it.
 */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "ilrt.h"

#include <link.h>
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

/* dl_iterate_phdr visits the executable first; its PT_NOTE segments hold the linker's
 * NT_GNU_BUILD_ID note (name "GNU"). */
static int find_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    uint64_t *id = arg;
    for (unsigned i = 0; i < info->dlpi_phnum; i++) {
        const Elf64_Phdr *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
        const uint8_t *end = p + ph->p_memsz;
        while (p + sizeof(Elf64_Nhdr) <= end) {
            const Elf64_Nhdr *n = (const Elf64_Nhdr *)p;
            const uint8_t *name = p + sizeof *n;
            const uint8_t *desc = name + ((n->n_namesz + 3) & ~3u);
            if (desc + n->n_descsz > end) break;
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4)) {
                uint64_t h = 14695981039346656037ull; /* FNV-1a of the ID's bytes */
                for (uint32_t j = 0; j < n->n_descsz; j++)
                    h = (h ^ desc[j]) * 1099511628211ull;
                *id = h;
                return 1;
            }
            p = desc + ((n->n_descsz + 3) & ~3u);
        }
    }
    return 1; /* only the executable */
}

uint64_t rt_build_id(void)
{
    static uint64_t id;
    if (!id) dl_iterate_phdr(find_build_id, &id);
    return id;
}
