/* bench: C twin of word_count.cs: the same text and lookups, with words kept as slices of
 * one buffer (no per-word allocation) in a chained hash table of the same shape. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define VOCABULARY 4096

typedef struct {
    const char *s;
    int len;
} Str;

typedef struct {
    Str *keys;
    int *counts, *next, *buckets;
    int count, size;
} Table;

static uint32_t seed;

static int next_random(void)
{
    seed = seed * 1664525u + 1013904223u;
    return (int)(seed >> 8);
}

/* hash: FNV-1a, as WordTable.Hash. */
static int hash(const char *s, int len)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return (int)(h & 0x7fffffff);
}

static void table_alloc(Table *t, int size)
{
    t->size = size;
    t->keys = realloc(t->keys, size * sizeof(Str));
    t->counts = realloc(t->counts, size * sizeof(int));
    t->next = realloc(t->next, size * sizeof(int));
    t->buckets = realloc(t->buckets, size * sizeof(int));
    for (int i = 0; i < size; i++)
        t->buckets[i] = -1;
}

static int table_find(const Table *t, const char *s, int len)
{
    for (int e = t->buckets[hash(s, len) & (t->size - 1)]; e >= 0; e = t->next[e])
        if (t->keys[e].len == len && memcmp(t->keys[e].s, s, len) == 0) return e;
    return -1;
}

static void table_increment(Table *t, const char *s, int len)
{
    int e = table_find(t, s, len);
    if (e >= 0) {
        t->counts[e]++;
        return;
    }
    if (t->count == t->size) {
        table_alloc(t, t->size * 2);
        for (int i = 0; i < t->count; i++) {
            int b = hash(t->keys[i].s, t->keys[i].len) & (t->size - 1);
            t->next[i] = t->buckets[b];
            t->buckets[b] = i;
        }
    }
    int b = hash(s, len) & (t->size - 1);
    t->keys[t->count] = (Str){s, len};
    t->counts[t->count] = 1;
    t->next[t->count] = t->buckets[b];
    t->buckets[b] = t->count;
    t->count++;
}

/* run: result = { distinct words, most frequent count, probe hits, checksum }. */
static void run(int n, long *result)
{
    static char vocab[VOCABULARY][11];
    static int vocab_len[VOCABULARY];
    seed = 12345;
    for (int v = 0; v < VOCABULARY; v++) {
        int len = 3 + next_random() % 8;
        for (int j = 0; j < len; j++)
            vocab[v][j] = (char)('a' + next_random() % 26);
        vocab_len[v] = len;
    }
    char *text = malloc((size_t)n * 11 + 1);
    size_t text_len = 0;
    for (int i = 0; i < n; i++) {
        int a = next_random() % VOCABULARY, b = next_random() % VOCABULARY;
        int w = a < b ? a : b;
        if (i > 0) text[text_len++] = ' ';
        memcpy(text + text_len, vocab[w], vocab_len[w]);
        text_len += vocab_len[w];
    }

    Table t = {0};
    table_alloc(&t, 16);
    size_t start = 0;
    for (size_t pos = 0; pos <= text_len; pos++) {
        if (pos < text_len && text[pos] != ' ') continue;
        table_increment(&t, text + start, (int)(pos - start));
        start = pos + 1;
    }

    long hits = 0;
    char probe[12];
    for (int i = 0; i < n / 4; i++) {
        int w = next_random() % VOCABULARY;
        memcpy(probe, vocab[w] + 1, vocab_len[w] - 1);
        probe[vocab_len[w] - 1] = 's';
        if (table_find(&t, probe, vocab_len[w]) >= 0) hits++;
    }

    long max = 0, checksum = 0;
    for (int e = 0; e < t.count; e++) {
        int c = t.counts[e];
        if (c > max) max = c;
        checksum += (long)c * (hash(t.keys[e].s, t.keys[e].len) % 1000003);
    }
    result[0] = t.count;
    result[1] = max;
    result[2] = hits;
    result[3] = checksum;
    free(t.keys);
    free(t.counts);
    free(t.next);
    free(t.buckets);
    free(text);
}

int main(int argc, char **argv)
{
    int iterations = bench_arg(argc, argv, 0, 15), n = bench_arg(argc, argv, 1, 500000);
    long result[4] = {0};
    for (int it = 0; it < iterations; it++) {
        double start = bench_start();
        run(n, result);
        bench_lap(it, start);
    }
    printf("words: %d\ndistinct: %ld\nmost frequent: %ld\nprobe hits: %ld\nchecksum: %ld\n", n,
           result[0], result[1], result[2], result[3]);
    return 0;
}
