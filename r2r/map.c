/*
 * map.c — an image's code mapped straight from the container, without dlopen.
 *
 * The code is a shared object that `cc -shared` linked, stored page-aligned in the image
 * (image.c). dlopen cannot take an object at an offset inside another file, so the loader
 * used to copy it into a memfd first — 600 KB for corlib on every start — and then paid
 * for ld.so. The object needs little of ld.so: it has no TLS, no constructors it relies
 * on, no text relocations, and only three kinds of relocation (RELATIVE, GLOB_DAT and
 * JUMP_SLOT, against ilc's exported runtime functions, and R_X86_64_64). So this maps its
 * PT_LOAD segments from the image file where they lie (shared, clean pages: nothing is
 * copied), applies those relocations, protects the RELRO range and registers .eh_frame
 * with the unwinder, as .NET maps its ReadyToRun images itself rather than through the
 * system loader. Anything it does not expect — another relocation type, a segment out of
 * place, a missing symbol — returns false, and loader.c falls back to dlopen.
 */
#include "internal.h"

#include <dlfcn.h>
#include <elf.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096u

typedef struct Mapping {
    const uint8_t *so; /* the object's bytes, as read (for headers and symbols) */
    size_t so_size;
    uint8_t *base; /* where its vaddr 0 is mapped */
    size_t span;
    RtElfSymbols dynsym;
    const uint32_t *imports; /* R2rCode.imports */
    uint32_t n_imports;
    const Elf64_Phdr *writable[4]; /* the writable PT_LOADs: where relocations may write */
    uint32_t n_writable;
} Mapping;

static bool inside(size_t off, size_t len, size_t size)
{
    return off <= size && len <= size - off;
}

static bool in_writable(const Mapping *m, uint64_t off, size_t len)
{
    for (uint32_t i = 0; i < m->n_writable; i++)
        if (off >= m->writable[i]->p_vaddr &&
            inside(off - m->writable[i]->p_vaddr, len, m->writable[i]->p_memsz))
            return true;
    return false;
}

static uintptr_t page_down(uintptr_t v)
{
    return v & ~(uintptr_t)(PAGE - 1);
}

static uintptr_t page_up(uintptr_t v)
{
    return (v + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
}

static int prot_of(uint32_t flags)
{
    return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
           (flags & PF_X ? PROT_EXEC : 0);
}

/* The section headers name .dynsym (the dynamic section gives no symbol count). */
static bool find_dynsym(Mapping *m)
{
    return rt_elf_symbols(m->so, m->so_size, SHT_DYNSYM, &m->dynsym);
}

/* The runtime function symbol i names, or NULL: the one the image's imports say (its
 * writer found none: NULL), checked by name; without imports, looked up by name. */
static void *runtime_function(const Mapping *m, uint32_t i, const char *name)
{
    if (i >= m->n_imports) return rt_symbol_address(name);
    size_t n;
    const RtSymbol *all = rt_symbols(&n);
    uint32_t k = m->imports[i];
    if (!k) return NULL;
    return k <= n && !strcmp(all[k - 1].name, name) ? all[k - 1].address : rt_symbol_address(name);
}

/* What symbol i stands for: the object's own definition, else ilc's (weak: may be NULL).
 * The weak references cc's start files make (the TM clone table, gmon, __cxa_finalize) are
 * read only by the object's constructors and destructors, which mapping never runs: they
 * are left NULL, where asking the dynamic linker for a missing name costs a formatted
 * error each time. */
static bool symbol_value(const Mapping *m, uint32_t i, uintptr_t *value)
{
    const Elf64_Sym *s = i < m->dynsym.n ? &m->dynsym.syms[i] : NULL;
    const char *name = s ? rt_elf_symbol_name(&m->dynsym, s) : NULL;
    if (!name) return false;
    if (s->st_shndx != SHN_UNDEF) {
        *value = (uintptr_t)m->base + s->st_value;
        return s->st_value < m->span;
    }
    void *rt = runtime_function(m, i, name);
    bool weak = ELF64_ST_BIND(s->st_info) == STB_WEAK;
    if (!rt && !weak) rt = dlsym(RTLD_DEFAULT, name); /* libc's, ilc's */
    if (!rt && !weak) rt = rt_libm_symbol(name);      /* libm is loaded when first needed */
    *value = (uintptr_t)rt;
    return *value || weak;
}

static bool relocate(const Mapping *m, const Elf64_Rela *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t type = (uint32_t)ELF64_R_TYPE(r[i].r_info);
        if (type == R_X86_64_NONE) continue;
        if (!in_writable(m, r[i].r_offset, 8)) return false;
        uintptr_t *where = (uintptr_t *)(m->base + r[i].r_offset), v;
        switch (type) {
        case R_X86_64_RELATIVE: *where = (uintptr_t)m->base + (uintptr_t)r[i].r_addend; break;
        case R_X86_64_GLOB_DAT:
        case R_X86_64_JUMP_SLOT:
            if (!symbol_value(m, (uint32_t)ELF64_R_SYM(r[i].r_info), &v)) return false;
            *where = v;
            break;
        case R_X86_64_64:
            if (!symbol_value(m, (uint32_t)ELF64_R_SYM(r[i].r_info), &v)) return false;
            *where = v + (uintptr_t)r[i].r_addend;
            break;
        default: return false;
        }
    }
    return true;
}

/* The relocation tables the dynamic section names, checked to lie inside the mapping. */
static bool apply_dynamic(Mapping *m, const Elf64_Phdr *dyn)
{
    if (!inside(dyn->p_vaddr, dyn->p_memsz, m->span)) return false;
    const Elf64_Dyn *d = (const Elf64_Dyn *)(m->base + dyn->p_vaddr);
    size_t n = dyn->p_memsz / sizeof *d;
    uint64_t rela = 0, relasz = 0, jmprel = 0, pltrelsz = 0, pltrel = DT_RELA, flags = 0;
    for (size_t i = 0; i < n && d[i].d_tag != DT_NULL; i++) {
        switch (d[i].d_tag) {
        case DT_RELA: rela = d[i].d_un.d_ptr; break;
        case DT_RELASZ: relasz = d[i].d_un.d_val; break;
        case DT_JMPREL: jmprel = d[i].d_un.d_ptr; break;
        case DT_PLTRELSZ: pltrelsz = d[i].d_un.d_val; break;
        case DT_PLTREL: pltrel = d[i].d_un.d_val; break;
        case DT_FLAGS: flags = d[i].d_un.d_val; break;
        case DT_TEXTREL:
        case DT_REL: return false; /* nothing ilc links has these */
        default: break;
        }
    }
    if ((flags & DF_TEXTREL) || pltrel != DT_RELA || !inside(rela, relasz, m->span) ||
        !inside(jmprel, pltrelsz, m->span) || rela % 8 || jmprel % 8)
        return false;
    return relocate(m, (const Elf64_Rela *)(m->base + rela), relasz / sizeof(Elf64_Rela)) &&
           relocate(m, (const Elf64_Rela *)(m->base + jmprel), pltrelsz / sizeof(Elf64_Rela));
}

/* Maps one PT_LOAD: the file's pages, then zeroes for the rest of memsz (.bss). A writable
 * one is where relocations go (the code has no text relocations: apply_dynamic refuses
 * them), so the others get their final protection now and need no mprotect later: each
 * system call that splits a mapping costs a process some microseconds of its start. */
static bool map_segment(Mapping *m, const Elf64_Phdr *ph, int fd, uint64_t file_off)
{
    if (ph->p_filesz > ph->p_memsz || ph->p_offset % PAGE != ph->p_vaddr % PAGE ||
        !inside(ph->p_vaddr, ph->p_memsz, m->span) ||
        !inside(ph->p_offset, ph->p_filesz, m->so_size))
        return false;
    uintptr_t start = page_down((uintptr_t)m->base + ph->p_vaddr);
    uintptr_t file_end = (uintptr_t)m->base + ph->p_vaddr + ph->p_filesz;
    uintptr_t mem_end = (uintptr_t)m->base + ph->p_vaddr + ph->p_memsz;
    int prot = prot_of(ph->p_flags);
    if (ph->p_filesz &&
        mmap((void *)start, page_up(file_end) - start, prot, MAP_PRIVATE | MAP_FIXED, fd,
             (off_t)(file_off + page_down(ph->p_offset))) == MAP_FAILED)
        return false;
    if (mem_end > file_end) {
        if (!(prot & PROT_WRITE)) return false; /* zeroes to write: only .bss has them */
        uintptr_t zero_end = page_up(file_end);
        if (ph->p_filesz)
            memset((void *)file_end, 0, (zero_end < mem_end ? zero_end : mem_end) - file_end);
        if (page_up(mem_end) > zero_end &&
            mmap((void *)zero_end, page_up(mem_end) - zero_end, prot,
                 MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0) == MAP_FAILED)
            return false;
    }
    return true;
}

bool r2r_map_code(int fd, uint64_t file_off, const uint8_t *so, size_t so_size, R2rCode *out)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)so;
    if (file_off % PAGE || so_size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
        eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_type != ET_DYN || eh->e_machine != EM_X86_64 ||
        eh->e_phentsize != sizeof(Elf64_Phdr) ||
        !inside(eh->e_phoff, (size_t)eh->e_phnum * sizeof(Elf64_Phdr), so_size))
        return false;
    const Elf64_Phdr *ph = (const Elf64_Phdr *)(so + eh->e_phoff);
    Mapping m = {
        .so = so, .so_size = so_size, .imports = out->imports, .n_imports = out->n_imports};
    const Elf64_Phdr *dyn = NULL, *relro = NULL, *eh_hdr = NULL;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > m.span)
            m.span = page_up(ph[i].p_vaddr + ph[i].p_memsz);
        if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_W)) {
            if (m.n_writable == 4) return false;
            m.writable[m.n_writable++] = &ph[i];
        }
        if (ph[i].p_type == PT_DYNAMIC) dyn = &ph[i];
        if (ph[i].p_type == PT_GNU_RELRO) relro = &ph[i];
        if (ph[i].p_type == PT_GNU_EH_FRAME) eh_hdr = &ph[i];
        if (ph[i].p_type == PT_TLS || ph[i].p_type == PT_INTERP) return false;
    }
    if (!m.span || !dyn || !eh_hdr || !find_dynsym(&m)) return false;
    void *base = mmap(NULL, m.span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return false;
    m.base = base;
    bool ok = true;
    for (unsigned i = 0; ok && i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD) ok = map_segment(&m, &ph[i], fd, file_off);
    ok = ok && apply_dynamic(&m, dyn);
    /* final protections: the segments have their own already; RELRO becomes read-only */
    if (ok && relro && inside(relro->p_vaddr, relro->p_memsz, m.span)) {
        uintptr_t start = page_down((uintptr_t)m.base + relro->p_vaddr);
        uintptr_t end = page_down((uintptr_t)m.base + relro->p_vaddr + relro->p_memsz);
        if (end > start) ok = mprotect((void *)start, end - start, PROT_READ) == 0;
    }
    /* .eh_frame: the header's second word is its pc-relative address (DW_EH_PE_pcrel|sdata4) */
    const uint8_t *hdr = m.base + eh_hdr->p_vaddr;
    ok = ok && inside(eh_hdr->p_vaddr, 8, m.span) && hdr[0] == 1 && hdr[1] == 0x1b;
    uintptr_t cells = 0, methods = 0;
    for (size_t i = 0; ok && i < m.dynsym.n; i++) {
        const Elf64_Sym *s = &m.dynsym.syms[i];
        const char *name = rt_elf_symbol_name(&m.dynsym, s);
        if (s->st_shndx == SHN_UNDEF || !name) continue;
        if (!strcmp(name, "ilc_r2r_cells")) {
            cells = (uintptr_t)m.base + s->st_value;
            out->cells_size = s->st_size;
        } else if (!strcmp(name, "ilc_r2r_methods")) {
            methods = (uintptr_t)m.base + s->st_value;
            out->methods_size = s->st_size;
        }
    }
    if (!ok || !cells || !methods) {
        munmap(base, m.span);
        return false;
    }
    int32_t rel;
    memcpy(&rel, hdr + 4, 4);
    rt_register_frames((void *)(hdr + 4 + rel)); /* FDEs outside any loaded object */
    out->cells = (void **)cells;
    out->methods = (const int64_t *)methods;
    return true;
}
