/*
 * image.c — the R2R container: an ELF file of three named sections, written and read
 * with libelf (elfutils).
 *
 *   ELF header (ELFCLASS64, ET_NONE: nothing here is loaded as is), section headers
 *   .shstrtab
 *   .ilc.il        the assembly         early, so a truncated file keeps it longest
 *   .ilc.manifest  what the code needs
 *   .ilc.code      the shared object    last: the largest part; page-aligned
 *
 * Reading checks the ELF structure through libelf; the contents are validated by their
 * hashes (loader.c), never assumed.
 */
#include "internal.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char shstrtab[] = "\0.ilc.il\0.ilc.manifest\0.ilc.code\0.shstrtab";
enum { NAME_IL = 1, NAME_MANIFEST = 9, NAME_CODE = 23, NAME_SHSTRTAB = 33 };

/* Laid out by hand (ELF_F_LAYOUT): libelf would put the section headers at the end,
 * where any truncation takes them, and with them every section. Here they follow the
 * ELF header, and the parts follow in order of how much a truncated file should keep. */
bool r2r_container_write(const char *path, const R2rParts *parts, CilDiag *diag)
{
    elf_version(EV_CURRENT);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        cil_diag_set(diag, "cannot write %s: %m", path);
        return false;
    }
    Elf *e = elf_begin(fd, ELF_C_WRITE, NULL);
    GElf_Ehdr eh;
    bool ok = e && gelf_newehdr(e, ELFCLASS64) && gelf_getehdr(e, &eh);
    struct {
        uint32_t name, type;
        void *data;
        size_t size;
    } secs[4] = {{NAME_SHSTRTAB, SHT_STRTAB, (void *)shstrtab, sizeof shstrtab},
                 {NAME_IL, SHT_PROGBITS, parts->il, parts->il_size},
                 {NAME_MANIFEST, SHT_PROGBITS, parts->manifest, parts->manifest_size},
                 {NAME_CODE, SHT_PROGBITS, parts->code, parts->code_size}};
    uint64_t off = sizeof(Elf64_Ehdr) + 5 * sizeof(Elf64_Shdr); /* null section + 4 */
    for (int i = 0; ok && i < 4; i++) {
        /* the IL and the code start a page, so that they can be mapped from the file (the
         * IL in place of a copy: r2r_image_map_il; the code's segments: map.c) */
        uint64_t align = i == 1 || i == 3 ? 4096 : 16;
        off = (off + align - 1) & ~(align - 1);
        Elf_Scn *scn = elf_newscn(e);
        Elf_Data *d = scn ? elf_newdata(scn) : NULL;
        GElf_Shdr sh;
        if (!d || !gelf_getshdr(scn, &sh)) {
            ok = false;
            break;
        }
        d->d_buf = secs[i].data;
        d->d_size = secs[i].size;
        d->d_type = ELF_T_BYTE;
        d->d_align = align;
        sh.sh_name = secs[i].name;
        sh.sh_type = secs[i].type;
        sh.sh_addralign = align;
        sh.sh_offset = off;
        sh.sh_size = secs[i].size;
        ok = gelf_update_shdr(scn, &sh) != 0;
        off += secs[i].size;
    }
    if (ok && gelf_getehdr(e, &eh)) {
        eh.e_ident[EI_DATA] = ELFDATA2LSB;
        eh.e_type = ET_NONE;
        eh.e_machine = EM_X86_64;
        eh.e_version = EV_CURRENT;
        eh.e_shoff = sizeof(Elf64_Ehdr);
        eh.e_shstrndx = 1;
        elf_flagelf(e, ELF_C_SET, ELF_F_LAYOUT);
        ok = gelf_update_ehdr(e, &eh) && elf_update(e, ELF_C_WRITE) >= 0;
    }
    if (!ok) cil_diag_set(diag, "cannot write %s: libelf: %s", path, elf_errmsg(-1));
    if (e) elf_end(e);
    close(fd);
    if (!ok) unlink(path);
    return ok;
}

/* The file is mapped (ELF_C_READ_MMAP), and byte sections are read where they lie. */
bool r2r_container_read(const char *path, R2rParts *parts, CilDiag *diag)
{
    memset(parts, 0, sizeof *parts);
    parts->fd = -1;
    elf_version(EV_CURRENT);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        cil_diag_set(diag, "%s: %m", path);
        return false;
    }
    Elf *e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
    GElf_Ehdr eh;
    size_t shstrndx;
    if (!cil_fd_stamp(fd, &parts->stamp)) memset(&parts->stamp, 0, sizeof parts->stamp);
    bool ok = e && elf_kind(e) == ELF_K_ELF && gelf_getehdr(e, &eh) &&
              eh.e_ident[EI_CLASS] == ELFCLASS64 && elf_getshdrstrndx(e, &shstrndx) == 0;
    if (!ok) cil_diag_set(diag, "%s: not an ilc R2R image (not a readable ELF file)", path);
    for (Elf_Scn *scn = NULL; ok && (scn = elf_nextscn(e, scn));) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh)) continue;
        const char *name = elf_strptr(e, shstrndx, sh.sh_name);
        Elf_Data *d = name ? elf_rawdata(scn, NULL) : NULL;
        if (!d || (!d->d_buf && d->d_size)) continue; /* cut off by truncation: absent */
        uint8_t **part = NULL;
        size_t *size = NULL;
        if (!strcmp(name, ".ilc.il"))
            part = &parts->il, size = &parts->il_size;
        else if (!strcmp(name, ".ilc.manifest"))
            part = &parts->manifest, size = &parts->manifest_size;
        else if (!strcmp(name, ".ilc.code"))
            part = &parts->code, size = &parts->code_size;
        if (part && !*part) {
            *part = d->d_size ? d->d_buf : (uint8_t *)"";
            *size = d->d_size;
            if (part == &parts->code) parts->code_offset = sh.sh_offset;
            if (part == &parts->il) parts->il_offset = sh.sh_offset;
        }
    }
    if (ok && !parts->il) {
        cil_diag_set(diag, "%s: not an ilc R2R image (no .ilc.il section)", path);
        ok = false;
    }
    parts->elf = e;
    parts->fd = fd;
    if (!ok) r2r_container_close(parts);
    return ok;
}

void r2r_container_close(R2rParts *parts)
{
    if (parts->elf) elf_end(parts->elf);
    if (parts->fd >= 0) close(parts->fd);
    memset(parts, 0, sizeof *parts);
    parts->fd = -1;
}

/* ---- the stamp file ----
 *
 * An image is hashed when it is opened: its manifest, the code outside its methods (about
 * 450 KiB for corlib's) and its IL, then each method's code at its first call — start-up
 * work that grows with the image, not with what the program runs. Its writer leaves
 * path.stamp beside it: the image file's stamp (device, inode, size, mtime and ctime) just after it
 * was written and closed. While the image keeps that stamp it holds the bytes its writer wrote,
 * which were checked as they were made (any write moves ctime, which no unprivileged program can
 * set back; a copy or a replacement has another inode), so the loader takes its hashes as checked,
 * as it takes mscorlib.dll's (the manifest's corlib stamp). A missing, unreadable or different
 * stamp file costs nothing but the hashing. */

static const char stamp_magic[8] = "ILCSTMP1";

static void stamp_path(const char *path, char *out, size_t size)
{
    snprintf(out, size, "%s.stamp", path);
}

bool r2r_stamp_write(const char *path)
{
    char sp[PATH_MAX];
    stamp_path(path, sp, sizeof sp);
    unlink(sp);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    CilFileStamp st;
    bool ok = fd >= 0 && cil_fd_stamp(fd, &st);
    if (fd >= 0) close(fd);
    uint8_t rec[sizeof stamp_magic + sizeof st];
    memcpy(rec, stamp_magic, sizeof stamp_magic);
    memcpy(rec + sizeof stamp_magic, &st, sizeof st);
    int out = ok ? open(sp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
    ok = out >= 0 && write(out, rec, sizeof rec) == (ssize_t)sizeof rec;
    if (out >= 0 && close(out) != 0) ok = false;
    if (!ok) unlink(sp);
    return ok;
}

bool r2r_stamp_matches(const char *path, const CilFileStamp *now)
{
    char sp[PATH_MAX];
    stamp_path(path, sp, sizeof sp);
    int fd = open(sp, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    uint8_t rec[sizeof stamp_magic + sizeof *now + 1];
    ssize_t n = read(fd, rec, sizeof rec);
    close(fd);
    return n == (ssize_t)(sizeof rec - 1) && !memcmp(rec, stamp_magic, sizeof stamp_magic) &&
           !memcmp(rec + sizeof stamp_magic, now, sizeof *now) && now->ino;
}
