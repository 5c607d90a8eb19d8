/*
 * console.c — System.Console's streams: UTF-16 text in, UTF-8 bytes out, buffered.
 *
 * Output is the hot path of test programs, so stdout collects UTF-8 in a 64 KiB
 * buffer written with write(2) when full, when input is about to be read, before
 * anything goes to stderr (so interleaving stays chronological), and at exit through
 * rt_console_flush(). When stdout is a terminal the buffer is also flushed at each
 * newline. Standard error is flushed at the end of every call, like .NET's
 * autoflushing Console.Error.
 *
 * A surrogate pair may arrive in two calls (Console.Write(char) twice); the high half
 * waits in the stream until its partner comes. Unpaired halves are written as U+FFFD,
 * as .NET's UTF-8 encoder does.
 *
 * Input decodes UTF-8 from fd 0 through its own buffer; lines end at "\n", "\r" or
 * "\r\n", and ReadLine returns null at end of input.
 */
#include "ilrt.h"
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct OutStream {
    int fd;
    bool checked_tty, line_flush;
    uint16_t pending_high;
    size_t len, cap;
    char *buf;
    pthread_mutex_t lock;
} OutStream;

static char stdout_buf[1 << 16];
static char stderr_buf[1 << 12];
static OutStream out_streams[2] = {
    {1, false, false, 0, 0, sizeof stdout_buf, stdout_buf, PTHREAD_MUTEX_INITIALIZER},
    {2, false, false, 0, 0, sizeof stderr_buf, stderr_buf, PTHREAD_MUTEX_INITIALIZER},
};

static OutStream *stream_of(int32_t stream)
{
    return &out_streams[stream == 2 ? 1 : 0];
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return; /* a closed pipe or full disk loses output, as in .NET */
        }
        p += w;
        n -= (size_t)w;
    }
}

static void flush_locked(OutStream *s)
{
    write_all(s->fd, s->buf, s->len);
    s->len = 0;
}

static void put_code_point(OutStream *s, uint32_t c)
{
    if (s->cap - s->len < 4) flush_locked(s);
    s->len += (size_t)rt_utf8_encode(c, s->buf + s->len);
    if (c == '\n' && s->line_flush) flush_locked(s);
}

/* Feeds one UTF-16 code unit, pairing surrogates across calls. */
static void put_unit(OutStream *s, uint16_t u)
{
    if (s->pending_high) {
        uint16_t high = s->pending_high;
        s->pending_high = 0;
        if (u >= 0xDC00 && u <= 0xDFFF) {
            put_code_point(s, 0x10000 + ((uint32_t)(high - 0xD800) << 10) + (u - 0xDC00));
            return;
        }
        put_code_point(s, 0xFFFD);
    }
    if (u >= 0xD800 && u <= 0xDBFF)
        s->pending_high = u;
    else if (u >= 0xDC00 && u <= 0xDFFF)
        put_code_point(s, 0xFFFD);
    else
        put_code_point(s, u);
}

static OutStream *begin_write(int32_t stream)
{
    OutStream *s = stream_of(stream);
    if (s->fd == 2) rt_console_flush_stream(1);
    pthread_mutex_lock(&s->lock);
    if (!s->checked_tty) {
        s->line_flush = isatty(s->fd) == 1;
        s->checked_tty = true;
    }
    return s;
}

static void end_write(OutStream *s)
{
    if (s->fd == 2) flush_locked(s);
    pthread_mutex_unlock(&s->lock);
}

static void write_units(int32_t stream, const uint16_t *chars, int32_t count)
{
    OutStream *s = begin_write(stream);
    for (int32_t i = 0; i < count; i++)
        put_unit(s, chars[i]);
    end_write(s);
}

void rt_console_write_string(int32_t stream, RtString *value)
{
    if (value) write_units(stream, value->chars, value->length);
}

/* Console.WriteLine(string): the text and its newline under one lock, whole. */
void rt_console_write_line(int32_t stream, RtString *value)
{
    OutStream *s = begin_write(stream);
    for (int32_t i = 0; value && i < value->length; i++)
        put_unit(s, value->chars[i]);
    put_unit(s, '\n');
    end_write(s);
}

void rt_console_write_char(int32_t stream, uint16_t value)
{
    write_units(stream, &value, 1);
}

void rt_console_write_chars(int32_t stream, RtArray *buffer, int32_t index, int32_t count)
{
    write_units(stream, (const uint16_t *)rt_array_data(buffer) + index, count);
}

void rt_console_flush_stream(int32_t stream)
{
    OutStream *s = stream_of(stream);
    pthread_mutex_lock(&s->lock);
    flush_locked(s);
    pthread_mutex_unlock(&s->lock);
}

/* At exit: a high surrogate still waiting for its pair is written as U+FFFD. */
void rt_console_flush(void)
{
    for (int i = 0; i < 2; i++) {
        OutStream *s = &out_streams[i];
        pthread_mutex_lock(&s->lock);
        if (s->pending_high) {
            s->pending_high = 0;
            put_code_point(s, 0xFFFD);
        }
        flush_locked(s);
        pthread_mutex_unlock(&s->lock);
    }
}

/* ---- input ---- */

static struct {
    pthread_mutex_t lock;
    unsigned char buf[1 << 16];
    size_t pos, len;
    bool eof;
    int32_t pending_low; /* second half of a decoded surrogate pair, or -1 */
} in = {PTHREAD_MUTEX_INITIALIZER, {0}, 0, 0, false, -1};

/* Makes at least `want` bytes available unless the input ends first. */
static void fill(size_t want)
{
    if (in.len - in.pos >= want || in.eof) return;
    memmove(in.buf, in.buf + in.pos, in.len - in.pos);
    in.len -= in.pos;
    in.pos = 0;
    while (in.len < want && !in.eof) {
        ssize_t r = read(0, in.buf + in.len, sizeof in.buf - in.len);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0)
            in.eof = true;
        else
            in.len += (size_t)r;
    }
}

/* Length of the UTF-8 sequence starting with byte b (1 for invalid leads). */
static size_t utf8_length(unsigned char b)
{
    return b < 0xC2 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 1;
}

/* Next UTF-16 code unit of stdin, or -1 at end of input; `consume` false peeks. */
static int32_t next_unit(bool consume)
{
    if (in.pending_low >= 0) {
        int32_t u = in.pending_low;
        if (consume) in.pending_low = -1;
        return u;
    }
    fill(1);
    if (in.pos >= in.len) return -1;
    size_t need = utf8_length(in.buf[in.pos]);
    fill(need);
    size_t avail = in.len - in.pos;
    uint16_t units[2];
    int32_t n = rt_utf8_to_utf16((const char *)in.buf + in.pos, need < avail ? need : avail, units);
    if (n <= 0) return -1;
    if (!consume) return units[0];
    in.pos += need < avail ? need : avail;
    if (n == 2) in.pending_low = units[1];
    return units[0];
}

int32_t rt_console_read(bool peek)
{
    rt_console_flush_stream(1);
    pthread_mutex_lock(&in.lock);
    int32_t u = next_unit(!peek);
    pthread_mutex_unlock(&in.lock);
    return u;
}

RtString *rt_console_read_line(void)
{
    rt_console_flush_stream(1);
    pthread_mutex_lock(&in.lock);
    size_t len = 0, cap = 128;
    uint16_t *line = malloc(cap * sizeof *line);
    int32_t u = -1;
    while (line && (u = next_unit(true)) >= 0 && u != '\n' && u != '\r') {
        if (len == cap) line = realloc(line, (cap *= 2) * sizeof *line);
        if (line) line[len++] = (uint16_t)u;
    }
    if (u == '\r' && next_unit(false) == '\n') next_unit(true);
    pthread_mutex_unlock(&in.lock);
    if (!line) rt_fatal("out of memory reading a line");
    RtString *s = (u < 0 && len == 0) ? NULL : rt_string_from_utf16(line, (int32_t)len);
    free(line);
    return s;
}
