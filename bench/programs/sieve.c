/* bench: C twin of sieve.cs. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

static int run(bool *composite, int n)
{
    for (int i = 0; i <= n; i++)
        composite[i] = false;
    int count = 0;
    for (int i = 2; i <= n; i++) {
        if (composite[i]) continue;
        count++;
        for (long j = (long)i * i; j <= n; j += i)
            composite[j] = true;
    }
    return count;
}

int main(int argc, char **argv)
{
    int iterations = bench_arg(argc, argv, 0, 20), n = bench_arg(argc, argv, 1, 4000000);
    bool *composite = calloc(n + 1, sizeof(bool));
    int count = 0;
    long checksum = 0;
    for (int it = 0; it < iterations; it++) {
        double start = bench_start();
        count = run(composite, n);
        checksum = 0;
        for (int i = 2; i <= n; i++)
            if (!composite[i]) checksum = (checksum * 31 + i) % 1000000007;
        bench_lap(it, start);
    }
    printf("primes: %d\n", count);
    printf("checksum: %ld\n", checksum);
    free(composite);
    return 0;
}
