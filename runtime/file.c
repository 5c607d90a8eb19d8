/*
 * file.c — System.IO's view of the file system: descriptors for FileStream, paths for
 * File, Directory and Path, all thin wrappers over POSIX.
 *
 * Every call that can fail returns a negative errno (-ENOENT, -EISDIR, ...) instead of
 * raising: corlib (runtime/corlib/IO/NativeIO.cs) turns it into the exception Mono
 * throws, which depends on the path and the operation as much as on the errno (a
 * missing file is FileNotFoundException unless its directory is missing too). The
 * errno values it tests are the generic Linux ones, shared by every architecture.
 *
 * FileStream does its own buffering in managed code, so reads and writes here are
 * plain read(2) and write(2) calls, retried on EINTR; writes loop until every byte
 * is out. Descriptors are opened O_CLOEXEC, created files get mode 0666 (less umask),
 * directories 0777, as Mono does.
 */
#include "ilrt.h"
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h> /* rename */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* FileMode and FileAccess, as corlib numbers them */
enum { FM_CREATE_NEW = 1, FM_CREATE, FM_OPEN, FM_OPEN_OR_CREATE, FM_TRUNCATE, FM_APPEND };
enum { FA_READ = 1, FA_WRITE = 2, FA_READ_WRITE = 3 };

static int open_flags(int32_t mode, int32_t access)
{
    int flags = O_CLOEXEC;
    flags |= access == FA_READ ? O_RDONLY : access == FA_WRITE ? O_WRONLY : O_RDWR;
    switch (mode) {
    case FM_CREATE_NEW: flags |= O_CREAT | O_EXCL; break;
    case FM_CREATE: flags |= O_CREAT | O_TRUNC; break;
    case FM_OPEN_OR_CREATE:
    case FM_APPEND: flags |= O_CREAT; break;
    case FM_TRUNCATE: flags |= O_TRUNC; break;
    default: break;
    }
    return flags;
}

/* A directory opens read-only without complaint on Linux; .NET refuses it at open. */
int32_t rt_file_open(RtString *path, int32_t mode, int32_t access)
{
    int fd;
    do
        fd = open(rt_string_to_utf8(path), open_flags(mode, access), 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

int32_t rt_file_read(int32_t fd, RtArray *buffer, int32_t offset, int32_t count)
{
    uint8_t *p = (uint8_t *)rt_array_data(buffer) + offset;
    ssize_t n;
    do
        n = read(fd, p, (size_t)count);
    while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : (int32_t)n;
}

int32_t rt_file_write(int32_t fd, RtArray *buffer, int32_t offset, int32_t count)
{
    const uint8_t *p = (const uint8_t *)rt_array_data(buffer) + offset;
    size_t left = (size_t)count;
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -errno;
        p += n;
        left -= (size_t)n;
    }
    return count;
}

/* whence is SeekOrigin: 0 begin, 1 current, 2 end (SEEK_SET/CUR/END on Linux) */
int64_t rt_file_seek(int32_t fd, int64_t offset, int32_t whence)
{
    off_t r = lseek(fd, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (int64_t)r;
}

int32_t rt_file_close(int32_t fd)
{
    return close(fd) < 0 && errno != EINTR ? -errno : 0;
}

int32_t rt_file_truncate(int32_t fd, int64_t length)
{
    return ftruncate(fd, (off_t)length) < 0 ? -errno : 0;
}

int64_t rt_file_length(int32_t fd)
{
    struct stat st;
    return fstat(fd, &st) < 0 ? -errno : (int64_t)st.st_size;
}

/* 0 nothing there, 1 a file (or anything not a directory), 2 a directory */
int32_t rt_file_kind(RtString *path)
{
    struct stat st;
    if (stat(rt_string_to_utf8(path), &st) < 0) return 0;
    return S_ISDIR(st.st_mode) ? 2 : 1;
}

int64_t rt_file_size(RtString *path)
{
    struct stat st;
    return stat(rt_string_to_utf8(path), &st) < 0 ? -errno : (int64_t)st.st_size;
}

/* Seconds since 1970 of the last modification, or a negative errno. */
int64_t rt_file_mtime(RtString *path)
{
    struct stat st;
    return stat(rt_string_to_utf8(path), &st) < 0 ? -errno : (int64_t)st.st_mtime;
}

int32_t rt_file_unlink(RtString *path)
{
    return unlink(rt_string_to_utf8(path)) < 0 ? -errno : 0;
}

int32_t rt_file_rename(RtString *from, RtString *to)
{
    return rename(rt_string_to_utf8(from), rt_string_to_utf8(to)) < 0 ? -errno : 0;
}

int32_t rt_file_mkdir(RtString *path)
{
    return mkdir(rt_string_to_utf8(path), 0777) < 0 ? -errno : 0;
}

int32_t rt_file_rmdir(RtString *path)
{
    return rmdir(rt_string_to_utf8(path)) < 0 ? -errno : 0;
}

int32_t rt_file_chdir(RtString *path)
{
    return chdir(rt_string_to_utf8(path)) < 0 ? -errno : 0;
}

RtString *rt_file_error_text(int32_t err)
{
    return rt_string_from_utf8(strerror(err));
}

int32_t rt_file_getpid(void)
{
    return (int32_t)getpid();
}

static RtArray *copy_names(RtType *type, RtArray *from, int32_t n, int32_t length)
{
    RtArray *to = rt_new_array(type, length);
    memcpy(rt_array_data(to), rt_array_data(from), (size_t)n * sizeof(RtString *));
    return to;
}

/* The names in a directory other than "." and "..", in the order readdir gives them;
 * null if it cannot be opened. */
RtArray *rt_file_list(RtString *path)
{
    DIR *d = opendir(rt_string_to_utf8(path));
    if (!d) return NULL;
    RtType *type = rt_well_known(&rt_types.string_array);
    int32_t n = 0, cap = 16;
    RtArray *names = rt_new_array(type, cap);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (n == cap) names = copy_names(type, names, n, cap *= 2);
        ((RtString **)rt_array_data(names))[n++] = rt_string_from_utf8(e->d_name);
    }
    closedir(d);
    return copy_names(type, names, n, n);
}
