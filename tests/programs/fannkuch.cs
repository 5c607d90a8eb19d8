// Fannkuch-redux (Computer Language Benchmarks Game) for small n.
using System;

class Fannkuch
{
    static int maxFlips;
    static int checksum;

    static void Run(int n)
    {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int r = n, permCount = 0;
        maxFlips = 0; checksum = 0;
        while (true)
        {
            while (r != 1) { count[r - 1] = r; r--; }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            int k;
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
            checksum += (permCount % 2 == 0) ? flips : -flips;
            while (true)
            {
                if (r == n) return;
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

    static void Main()
    {
        for (int n = 3; n <= 9; n++)
        {
            Run(n);
            Console.WriteLine(checksum + "\nPfannkuchen(" + n + ") = " + maxFlips);
        }
    }
}
