/* bench: C twin of fannkuch_redux.cs. */
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

static int run(int n, int *checksum)
{
    int *perm = calloc(n, sizeof(int)), *perm1 = calloc(n, sizeof(int));
    int *count = calloc(n, sizeof(int));
    int max_flips = 0, perm_count = 0, r = n;
    *checksum = 0;
    for (int i = 0; i < n; i++)
        perm1[i] = i;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++)
            perm[i] = perm1[i];
        int flips = 0, k;
        while ((k = perm[0]) != 0) {
            int k2 = (k + 1) >> 1;
            for (int i = 0; i < k2; i++) {
                int t = perm[i];
                perm[i] = perm[k - i];
                perm[k - i] = t;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        *checksum += perm_count % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) {
                free(perm);
                free(perm1);
                free(count);
                return max_flips;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
}

int main(int argc, char **argv)
{
    int iterations = bench_arg(argc, argv, 0, 25), n = bench_arg(argc, argv, 1, 9);
    int checksum = 0, max_flips = 0;
    for (int it = 0; it < iterations; it++) {
        double start = bench_start();
        max_flips = run(n, &checksum);
        bench_lap(it, start);
    }
    printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
    return 0;
}
