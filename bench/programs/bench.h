/* bench: the timing protocol of Bench.cs for the C twins: `ITERATIONS SIZE` as arguments,
 * the checksum on stdout, one `iter I MS` line on stderr per iteration. */
#ifndef BENCH_H
#define BENCH_H
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int bench_arg(int argc, char **argv, int i, int fallback)
{
    return argc > i + 1 ? atoi(argv[i + 1]) : fallback;
}

static double bench_start(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void bench_lap(int iteration, double start)
{
    fprintf(stderr, "iter %d %.3f\n", iteration, bench_start() - start);
}
#endif
