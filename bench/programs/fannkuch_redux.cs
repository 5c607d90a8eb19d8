// bench: fannkuch-redux (Computer Language Benchmarks Game): small int[] permutations, tight
// integer loops with data-dependent branches. One iteration = every permutation of SIZE
// elements; prints the checksum and the maximum number of flips. Twin: fannkuch_redux.c.
// bench-args: full: 25 9 | quick: 3 7 | startup: 1 4
using System;

class FannkuchRedux
{
    // Run(n, out checksum): the maximum flip count over all permutations of 0..n-1.
    static int Run(int n, out int checksum)
    {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        int maxFlips = 0, permCount = 0, r = n;
        checksum = 0;
        for (int i = 0; i < n; i++) perm1[i] = i;
        while (true)
        {
            while (r != 1) { count[r - 1] = r; r--; }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0, k;
            while ((k = perm[0]) != 0)
            {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++)
                {
                    int t = perm[i]; perm[i] = perm[k - i]; perm[k - i] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += permCount % 2 == 0 ? flips : -flips;
            while (true)
            {
                if (r == n) return maxFlips;
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 25), n = Bench.Arg(args, 1, 9);
        int checksum = 0, maxFlips = 0;
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            maxFlips = Run(n, out checksum);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine(checksum);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
    }
}
