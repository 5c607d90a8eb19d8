/*
 * pe.c — from a file on disk to the CLI metadata root (ECMA-335 II.25).
 *
 * A managed assembly is an ordinary PE/COFF image whose 15th data directory points at a
 * CLI header; the CLI header in turn points at the metadata (II.24), which metadata.c
 * decodes. This file walks that chain and nothing more:
 *
 *     file bytes
 *       └─ DOS header ("MZ", e_lfanew at 0x3c)                       II.25.2.1
 *           └─ "PE\0\0", COFF file header (20 bytes)                  II.25.2.2
 *               ├─ optional header, PE32 (0x10b) or PE32+ (0x20b)     II.25.2.3
 *               │    └─ data directory 14: CLI header RVA, size
 *               └─ section table (40 bytes per section)               II.25.3
 *                    maps RVAs to file offsets
 *     CLI header (cb, runtime version, MetaData RVA/size, flags,      II.25.3.3
 *                 entry point token)
 *       └─ metadata root ──► cil_metadata_load (metadata.c)
 *
 * Every step reads from the one buffer the image owns, and every offset is computed in
 * 64 bits and compared with the file size before any byte is touched, so a truncated or
 * hostile file yields one located message instead of an out-of-bounds read. RVAs are
 * resolved against the raw data of a section only: the zero-filled tail of a section
 * (VirtualSize > SizeOfRawData) holds nothing a reader could need.
 */
#include "metadata.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PE_DIR_CLI_HEADER          14
#define CLI_HEADER_MIN             24 /* through EntryPointToken; all that is read */
#define CLI_FLAG_NATIVE_ENTRYPOINT 0x10
#define MAX_FILE_SIZE              (1u << 30)

static uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* True when [off, off + len) lies inside the file. */
static bool in_file(const CilImage *img, uint64_t off, uint64_t len)
{
    return off <= img->size && len <= img->size - off;
}

/* ---- lifecycle ---- */

static CilImage *image_new(const char *path)
{
    CilImage *img = calloc(1, sizeof *img);
    if (!img) abort();
    img->path = strdup(path);
    if (!img->path) abort();
    const char *slash = strrchr(img->path, '/');
    img->name = slash ? slash + 1 : img->path;
    return img;
}

void cil_image_close(CilImage *img)
{
    if (!img) return;
    cil_arena_free(&img->arena);
    cil_arena_free(&img->chunk_arena);
    if (img->mapped)
        munmap(img->data, img->size); /* mapped only when not empty */
    else
        free(img->data);
    free(img->path);
    free(img);
}

/* ---- PE/COFF headers ---- */

/* II.25.2.1: the MS-DOS stub carries only the offset of the PE signature. */
static bool pe_find_signature(const CilImage *img, uint32_t *pe_off, CilDiag *diag)
{
    if (img->size < 2 || img->data[0] != 'M' || img->data[1] != 'Z') {
        cil_diag_set(diag, "%s: not a PE file (no MZ signature)", img->path);
        return false;
    }
    if (img->size < 0x40) {
        cil_diag_set(diag, "%s: truncated file (DOS header runs past end of file)", img->path);
        return false;
    }
    uint32_t off = rd32(img->data + 0x3c);
    if (!in_file(img, off, 24)) {
        cil_diag_set(diag, "%s: truncated file (PE header at 0x%x runs past end of file)",
                     img->path, off);
        return false;
    }
    if (memcmp(img->data + off, "PE\0\0", 4) != 0) {
        cil_diag_set(diag, "%s: not a PE file (no PE signature)", img->path);
        return false;
    }
    *pe_off = off;
    return true;
}

/* II.25.2.3: the CLI header is data directory 14; its place depends on PE32 vs PE32+. */
static bool pe_cli_directory(const CilImage *img, uint64_t opt, uint32_t opt_size, uint32_t *rva,
                             CilDiag *diag)
{
    if (opt_size < 2) {
        cil_diag_set(diag, "%s: not a CLI assembly (no optional header)", img->path);
        return false;
    }
    uint16_t magic = rd16(img->data + opt);
    uint32_t count_off, dirs_off;
    if (magic == 0x10b) {
        count_off = 92, dirs_off = 96;
    } else if (magic == 0x20b) {
        count_off = 108, dirs_off = 112;
    } else {
        cil_diag_set(diag, "%s: not a PE file (unknown optional header magic 0x%x)", img->path,
                     magic);
        return false;
    }
    uint32_t dir_end = dirs_off + (PE_DIR_CLI_HEADER + 1) * 8;
    if (opt_size < dir_end || rd32(img->data + opt + count_off) <= PE_DIR_CLI_HEADER ||
        rd32(img->data + opt + dirs_off + PE_DIR_CLI_HEADER * 8) == 0) {
        cil_diag_set(diag, "%s: not a CLI assembly (no CLI header)", img->path);
        return false;
    }
    *rva = rd32(img->data + opt + dirs_off + PE_DIR_CLI_HEADER * 8);
    return true;
}

/* A section name for messages: the 8 raw bytes may hold anything. */
static void printable_name(const char *name, char out[9])
{
    size_t i = 0;
    for (; name[i] && i < 8; i++)
        out[i] = (name[i] >= 0x20 && name[i] < 0x7f) ? name[i] : '?';
    out[i] = 0;
}

/* II.25.3: the section table, which is all cil_image_rva needs. */
static bool pe_read_sections(CilImage *img, uint64_t off, uint32_t n, CilDiag *diag)
{
    if (!in_file(img, off, (uint64_t)n * 40)) {
        cil_diag_set(diag, "%s: truncated file (section table runs past end of file)", img->path);
        return false;
    }
    img->sections = cil_arena_alloc(&img->arena, (size_t)n * sizeof(CilSection));
    img->n_sections = n;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *h = img->data + off + (uint64_t)i * 40;
        CilSection *s = &img->sections[i];
        memcpy(s->name, h, 8);
        s->virtual_size = rd32(h + 8);
        s->virtual_address = rd32(h + 12);
        s->raw_size = rd32(h + 16);
        s->raw_offset = rd32(h + 20);
        if (!in_file(img, s->raw_offset, s->raw_size)) {
            char name[9];
            printable_name(s->name, name);
            cil_diag_set(diag, "%s: truncated file (section %s runs past end of file)", img->path,
                         name);
            return false;
        }
    }
    return true;
}

/* II.25.2.2 and II.25.2.3: COFF header, optional header, section table. */
static bool pe_read_headers(CilImage *img, uint32_t *cli_rva, CilDiag *diag)
{
    uint32_t pe_off;
    if (!pe_find_signature(img, &pe_off, diag)) return false;
    const uint8_t *coff = img->data + pe_off + 4;
    uint32_t n_sections = rd16(coff + 2);
    uint32_t opt_size = rd16(coff + 16);
    uint64_t opt = (uint64_t)pe_off + 24;
    if (!in_file(img, opt, opt_size)) {
        cil_diag_set(diag, "%s: truncated file (optional header runs past end of file)", img->path);
        return false;
    }
    if (!pe_cli_directory(img, opt, opt_size, cli_rva, diag)) return false;
    return pe_read_sections(img, opt + opt_size, n_sections, diag);
}

const uint8_t *cil_image_rva(const CilImage *img, uint32_t rva, uint32_t size)
{
    for (uint32_t i = 0; i < img->n_sections; i++) {
        const CilSection *s = &img->sections[i];
        if (rva < s->virtual_address) continue;
        uint64_t off = (uint64_t)rva - s->virtual_address;
        if (off < s->raw_size && (uint64_t)size <= s->raw_size - off)
            return img->data + s->raw_offset + off;
    }
    return NULL;
}

/* ---- CLI header (II.25.3.3) ---- */

static bool cli_read_header(CilImage *img, uint32_t cli_rva, CilDiag *diag)
{
    const uint8_t *h = cil_image_rva(img, cli_rva, CLI_HEADER_MIN);
    if (!h) {
        cil_diag_set(diag, "%s: truncated file (CLI header at RVA 0x%x lies outside every section)",
                     img->path, cli_rva);
        return false;
    }
    uint32_t md_rva = rd32(h + 8), md_size = rd32(h + 12);
    img->cli_flags = rd32(h + 16);
    uint32_t entry = rd32(h + 20);
    if (md_rva == 0 || md_size == 0) {
        cil_diag_set(diag, "%s: not a CLI assembly (no metadata)", img->path);
        return false;
    }
    const uint8_t *root = cil_image_rva(img, md_rva, md_size);
    if (!root) {
        cil_diag_set(
            diag, "%s: truncated file (metadata at RVA 0x%x, %u bytes, lies outside every section)",
            img->path, md_rva, md_size);
        return false;
    }
    if (!cil_metadata_load(img, root, md_size, diag)) return false;
    /* A native entry point is an RVA, not a token; ilc has no use for it. */
    if (img->cli_flags & CLI_FLAG_NATIVE_ENTRYPOINT) entry = 0;
    if (entry && (CIL_TOKEN_TABLE(entry) != CIL_TBL_METHODDEF || !cil_token_valid(img, entry))) {
        cil_diag_set(diag, "%s: CLI header: entry point token 0x%08x is not a MethodDef in range",
                     img->path, entry);
        return false;
    }
    img->entry_point_token = entry;
    return true;
}

static CilImage *image_load(CilImage *img, const CilVouch *vouch, CilDiag *diag)
{
    uint32_t cli_rva;
    if (pe_read_headers(img, &cli_rva, diag) && cli_read_header(img, cli_rva, diag)) {
        if (img->vouched && vouch->indexes)
            cil_adopt_indexes(img, vouch->indexes, vouch->indexes_as_written);
        if (img->vouched) {
            img->dispatch = vouch->dispatch;
            img->dispatch_words = vouch->dispatch_words;
        }
        return img;
    }
    cil_image_close(img);
    return NULL;
}

CilImage *cil_image_from_memory(const char *path, const uint8_t *data, size_t size, CilDiag *diag)
{
    return cil_image_from_memory_vouched(path, data, size, NULL, diag);
}

CilImage *cil_image_from_memory_vouched(const char *path, const uint8_t *data, size_t size,
                                        const CilVouch *vouch, CilDiag *diag)
{
    CilImage *img = image_new(path);
    if (size > MAX_FILE_SIZE) {
        cil_diag_set(diag, "%s: file too large (%zu bytes)", path, size);
        cil_image_close(img);
        return NULL;
    }
    img->data = malloc(size ? size : 1);
    if (!img->data) abort();
    if (size) memcpy(img->data, data, size);
    img->size = size;
    img->vouched = vouch && vouch->check(vouch->ctx, img->data, size, NULL); /* the copy, kept */
    return image_load(img, vouch, diag);
}

CilImage *cil_image_adopt_mapping(const char *path, uint8_t *map, size_t size,
                                  const CilVouch *vouch, CilDiag *diag)
{
    CilImage *img = image_new(path);
    img->data = map;
    img->size = size;
    img->mapped = true;
    img->vouched = vouch && vouch->check(vouch->ctx, map, size, NULL);
    return image_load(img, vouch, diag);
}

/* Reads the whole file; sets *size. NULL (and diag) if it cannot. */
static uint8_t *read_whole_file(const char *path, size_t *size, CilDiag *diag)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cil_diag_set(diag, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    uint8_t *buf = NULL;
    long len = -1;
    errno = 0;
    if (fseek(f, 0, SEEK_END) == 0) len = ftell(f);
    if (len < 0 || fseek(f, 0, SEEK_SET) != 0) {
        cil_diag_set(diag, "%s: cannot read: %s", path, strerror(errno ? errno : EIO));
    } else if ((unsigned long)len > MAX_FILE_SIZE) {
        cil_diag_set(diag, "%s: file too large (%ld bytes)", path, len);
    } else if (!(buf = malloc(len ? (size_t)len : 1))) {
        abort();
    } else if (fread(buf, 1, (size_t)len, f) != (size_t)len) {
        cil_diag_set(diag, "%s: cannot read: %s", path,
                     ferror(f) ? strerror(errno) : "file shrank while reading");
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *size = (size_t)(len < 0 ? 0 : len);
    return buf;
}

static void stamp_of(const struct stat *st, CilFileStamp *stamp)
{
    *stamp = (CilFileStamp){.dev = st->st_dev,
                            .ino = st->st_ino,
                            .size = (uint64_t)st->st_size,
                            .mtime_ns = st->st_mtim.tv_sec * 1000000000ll + st->st_mtim.tv_nsec,
                            .ctime_ns = st->st_ctim.tv_sec * 1000000000ll + st->st_ctim.tv_nsec};
}

bool cil_fd_stamp(int fd, CilFileStamp *stamp)
{
    struct stat st;
    if (fstat(fd, &st) != 0) return false;
    stamp_of(&st, stamp);
    return true;
}

/* A regular file is mapped (pages are read as the reader touches them, and shared with
 * every other process using the same assembly; private and writable like the buffer it
 * replaces, copied only if written); anything else is read. The stamp
 * is the file's as it was mapped. */
static uint8_t *map_file(const char *path, size_t *size, CilFileStamp *stamp)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    void *p = MAP_FAILED;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (uint64_t)st.st_size <= MAX_FILE_SIZE)
        p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (fd >= 0) close(fd);
    if (p == MAP_FAILED) return NULL;
    *size = (size_t)st.st_size;
    stamp_of(&st, stamp);
    return p;
}

CilImage *cil_image_open(const char *path, CilDiag *diag)
{
    return cil_image_open_vouched(path, NULL, diag);
}

CilImage *cil_image_open_vouched(const char *path, const CilVouch *vouch, CilDiag *diag)
{
    size_t size;
    CilFileStamp stamp = {0};
    uint8_t *buf = map_file(path, &size, &stamp);
    bool mapped = buf != NULL;
    if (!buf && !(buf = read_whole_file(path, &size, diag))) return NULL;
    CilImage *img = image_new(path);
    img->data = buf;
    img->size = size;
    img->mapped = mapped;
    img->stamp = stamp;
    img->vouched = vouch && vouch->check(vouch->ctx, buf, size, mapped ? &img->stamp : NULL);
    return image_load(img, vouch, diag);
}
