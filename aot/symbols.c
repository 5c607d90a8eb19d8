/*
 * symbols.c — method names for the stack traces of an AOT executable.
 *
 * The compiler names every method's function after the method (`Trace::Main()`), and the
 * linker keeps those names in the executable's symbol table, which the dynamic loader
 * never reads (they are local symbols, invisible to dladdr). So when an unhandled
 * exception is reported — and only then — the executable maps itself (/proc/self/exe),
 * reads .symtab, and names each frame by the function symbol that contains its address.
 * C functions (the runtime's, libc's) have no `::` and are left out, as in the JIT's
 * traces. Nothing here runs, or costs anything, in a program that neither fails nor reads
 * an Exception.StackTrace.
 */
#include "ilrt.h"

#include <elf.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv);

static struct {
    pthread_once_t once; /* Exception.StackTrace may be read on several threads at once */
    RtElfSymbols symtab;
    uintptr_t bias; /* run-time address minus link-time address */
} table = {.once = PTHREAD_ONCE_INIT};

static void load_table(void)
{
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || st.st_size <= 0) {
        if (fd >= 0) close(fd);
        return;
    }
    const uint8_t *f = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (f == MAP_FAILED || !rt_elf_symbols(f, (size_t)st.st_size, SHT_SYMTAB, &table.symtab))
        return;
    /* the bias: where `main` is now, against where the symbol table says it is */
    for (size_t i = 0; i < table.symtab.n; i++) {
        const char *name = rt_elf_symbol_name(&table.symtab, &table.symtab.syms[i]);
        if (name && !strcmp(name, "main")) {
            table.bias = (uintptr_t)main - table.symtab.syms[i].st_value;
            return;
        }
    }
    table.symtab.n = 0;
}

const char *aot_name_of(void *ip)
{
    pthread_once(&table.once, load_table);
    uintptr_t at = (uintptr_t)ip - table.bias;
    for (size_t i = 0; i < table.symtab.n; i++) {
        const Elf64_Sym *s = &table.symtab.syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || at < s->st_value ||
            at - s->st_value >= s->st_size)
            continue;
        const char *name = rt_elf_symbol_name(&table.symtab, s);
        return name && strstr(name, "::") ? name : NULL; /* a managed method's holds "::" */
    }
    return NULL;
}
