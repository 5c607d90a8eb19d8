/*
 * test_fuzz_reader.c — the reader on hostile input (DESIGN.md: "it is fuzzed").
 *
 * Deterministic, seeded mutations of the fixture assembly: random files, every kind of
 * truncation, thousands of single- and multi-byte corruptions, spread over the whole
 * file and concentrated on the metadata. Each input must either load or fail with a
 * non-empty message naming the file; when it loads, every method body, signature, type
 * name and user string is decoded too, which must not crash either (they may fail).
 * Run under -fsanitize=address,undefined to turn silent overreads into failures.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "metadata.h"

#define FIXTURE ILC_BUILD_DIR "/tests/unit/small.exe"

/* splitmix64: tiny, seedable, good enough to pick offsets and bytes. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint8_t *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    cr_assert(fread(buf, 1, (size_t)n, f) == (size_t)n);
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* ---- decode everything a loaded image offers ---- */

static void exercise_signatures(const CilImage *img, CilArena *a)
{
    CilDiag d;
    CilTypeSig *t, **list;
    CilMethodSig m;
    uint32_t n;
    char name[256];
    for (uint32_t r = 0; r < img->rows[CIL_TBL_FIELD]; r++)
        if (cil_sig_field(img, cil_field(img, r + 1)->sig, a, &t, "Field", &d))
            cil_sig_type_name(img, t, name, sizeof name);
    for (uint32_t r = 0; r < img->rows[CIL_TBL_TYPESPEC]; r++)
        if (cil_sig_typespec(img, cil_typespec(img, r + 1)->sig, a, &t, "TypeSpec", &d))
            cil_sig_type_name(img, t, name, sizeof name);
    for (uint32_t r = 0; r < img->rows[CIL_TBL_MEMBERREF]; r++) {
        cil_sig_method(img, cil_memberref(img, r + 1)->sig, a, &m, "MemberRef", &d);
        cil_sig_field(img, cil_memberref(img, r + 1)->sig, a, &t, "MemberRef", &d);
    }
    for (uint32_t r = 0; r < img->rows[CIL_TBL_METHODSPEC]; r++)
        if (cil_sig_methodspec(img, cil_methodspec(img, r + 1)->instantiation, a, &n, &list,
                               "MethodSpec", &d))
            for (uint32_t i = 0; i < n; i++)
                cil_sig_type_name(img, list[i], name, sizeof name);
    for (uint32_t r = 0; r < img->rows[CIL_TBL_STANDALONESIG]; r++)
        if (cil_sig_locals(img, cil_standalonesig(img, r + 1)->sig, a, &n, &list, "StandAloneSig",
                           &d))
            for (uint32_t i = 0; i < n; i++)
                cil_sig_type_name(img, list[i], name, sizeof name);
    for (uint32_t r = 0; img->property && r < img->rows[CIL_TBL_PROPERTY]; r++)
        cil_sig_method(img, img->property[r].type, a, &m, "Property", &d);
}

/* The tables decoded on request must fail cleanly too, with a message naming the file. */
static void exercise_deferred_tables(CilImage *img)
{
    for (uint32_t t = 0; t < CIL_TBL_COUNT; t++) {
        CilDiag d = {0};
        if (!cil_image_table(img, t, &d))
            cr_assert(!strncmp(d.msg, "fuzz.exe: ", 10) && d.msg[10], "bad message: '%s'", d.msg);
    }
}

static void exercise_bodies(const CilImage *img, CilArena *a)
{
    CilDiag d;
    for (uint32_t r = 1; r <= img->rows[CIL_TBL_METHODDEF]; r++) {
        CilMethodSig m;
        if (cil_sig_method(img, cil_methoddef(img, r)->sig, a, &m, "MethodDef", &d) && m.ret) {
            char name[128];
            cil_sig_type_name(img, m.ret, name, sizeof name);
        }
        CilBody body;
        if (!cil_method_body(img, r, a, &body, &d)) {
            cr_assert(d.msg[0]);
            continue;
        }
        volatile uint8_t sink = 0;
        for (uint32_t i = 0; i < body.code_size; i++)
            sink ^= body.code[i]; /* the code bytes must all be readable */
        (void)sink;
    }
}

static void exercise_user_strings(const CilImage *img)
{
    for (uint32_t off = 0; off < img->us_size && off < 4096; off++) {
        const uint16_t *chars;
        uint32_t len;
        if (cil_user_string(img, CIL_TOKEN(CIL_TBL_USERSTRING, off), &chars, &len)) {
            volatile uint8_t sink = 0;
            for (uint32_t i = 0; i < len * 2; i++)
                sink ^= ((const uint8_t *)chars)[i];
            (void)sink;
        }
    }
}

static void exercise(CilImage *img)
{
    CilArena a = {0};
    exercise_deferred_tables(img);
    exercise_bodies(img, &a);
    exercise_signatures(img, &a);
    exercise_user_strings(img);
    cil_arena_free(&a);
}

/* Loads the input; it must succeed, or fail with one message that names the file. */
static bool try_input(const uint8_t *data, size_t size)
{
    CilDiag d;
    d.msg[0] = 0;
    CilImage *img = cil_image_from_memory("fuzz.exe", data, size, &d);
    if (!img) {
        cr_assert(!strncmp(d.msg, "fuzz.exe: ", 10) && d.msg[10],
                  "bad message for a %zu-byte input: '%s'", size, d.msg);
        return false;
    }
    exercise(img);
    cil_image_close(img);
    return true;
}

/* ---- inputs ---- */

Test(fuzz_reader, zero_length_file)
{
    cr_assert_not(try_input((const uint8_t *)"", 0));
    char path[] = "/tmp/ilc-empty-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    CilDiag d = {0};
    cr_assert_null(cil_image_open(path, &d));
    cr_assert(strstr(d.msg, ": not a PE file (no MZ signature)"), "%s", d.msg);
    unlink(path);
}

Test(fuzz_reader, random_bytes)
{
    uint64_t seed = 1;
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    uint8_t *buf = malloc(16384);
    for (int i = 0; i < 300; i++) {
        size_t n = next_random(&seed) % 16384;
        for (size_t j = 0; j < n; j++)
            buf[j] = (uint8_t)next_random(&seed);
        cr_assert_not(try_input(buf, n), "random bytes do not form an assembly");
        /* Keep a real header so the random part reaches the deeper parsers. */
        size_t keep = next_random(&seed) % size;
        memcpy(buf, fixture, keep < n ? keep : n);
        try_input(buf, n);
    }
    free(buf);
    free(fixture);
}

Test(fuzz_reader, truncations)
{
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    cr_assert(try_input(fixture, size), "the fixture itself loads");
    for (size_t k = 0; k < 200; k++) {
        size_t len = size * k / 200;
        uint8_t *copy = malloc(len ? len : 1); /* exactly len bytes: ASan sees overreads */
        memcpy(copy, fixture, len);
        try_input(copy, len);
        free(copy);
    }
    /* Every length that cuts into the metadata. */
    const uint8_t *root = memmem(fixture, size, "BSJB", 4);
    cr_assert(root);
    for (size_t len = (size_t)(root - fixture); len < size; len += 3)
        try_input(fixture, len);
    free(fixture);
}

static void corrupt_and_try(const uint8_t *fixture, size_t size, size_t lo, size_t hi, int rounds,
                            int max_bytes, uint64_t seed)
{
    uint8_t *buf = malloc(size);
    int loaded = 0;
    for (int i = 0; i < rounds; i++) {
        memcpy(buf, fixture, size);
        int n = 1 + (int)(next_random(&seed) % (uint64_t)max_bytes);
        for (int j = 0; j < n; j++) {
            size_t off = lo + next_random(&seed) % (hi - lo);
            uint8_t v = (uint8_t)next_random(&seed);
            buf[off] = (next_random(&seed) & 1) ? v : buf[off] ^ (uint8_t)(1u << (v & 7));
        }
        loaded += try_input(buf, size);
    }
    cr_log_info("%d of %d corrupted inputs loaded", loaded, rounds);
    free(buf);
}

Test(fuzz_reader, single_byte_corruptions_anywhere)
{
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    corrupt_and_try(fixture, size, 0, size, 2000, 1, 42);
    free(fixture);
}

Test(fuzz_reader, single_byte_corruptions_in_metadata)
{
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    const uint8_t *root = memmem(fixture, size, "BSJB", 4);
    cr_assert(root);
    corrupt_and_try(fixture, size, (size_t)(root - fixture), size, 3000, 1, 7);
    free(fixture);
}

Test(fuzz_reader, multi_byte_corruptions)
{
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    const uint8_t *root = memmem(fixture, size, "BSJB", 4);
    corrupt_and_try(fixture, size, 0, size, 1000, 8, 99);
    corrupt_and_try(fixture, size, (size_t)(root - fixture), size, 1000, 8, 123);
    free(fixture);
}

Test(fuzz_reader, headers_only_corruptions)
{
    /* The first 512 bytes hold DOS, PE, optional headers and the section table. */
    size_t size;
    uint8_t *fixture = slurp(FIXTURE, &size);
    corrupt_and_try(fixture, size, 0, 512, 2000, 2, 2024);
    free(fixture);
}
