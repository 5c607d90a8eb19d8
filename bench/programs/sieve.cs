// bench: sieve of Eratosthenes over bool[]: array stores and bounds checks. One iteration =
// the primes up to SIZE; prints their count and a checksum of them. Twin: sieve.c.
// bench-args: full: 20 4000000 | quick: 3 100000 | startup: 1 1000
using System;

class Sieve
{
    static int Run(bool[] composite, int n)
    {
        for (int i = 0; i <= n; i++) composite[i] = false;
        int count = 0;
        for (int i = 2; i <= n; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j <= n; j += i) composite[j] = true;
        }
        return count;
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 20), n = Bench.Arg(args, 1, 4000000);
        bool[] composite = new bool[n + 1];
        int count = 0;
        long checksum = 0;
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            count = Run(composite, n);
            checksum = 0;
            for (int i = 2; i <= n; i++)
                if (!composite[i]) checksum = (checksum * 31 + i) % 1000000007;
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine("primes: " + count);
        Console.WriteLine("checksum: " + checksum);
    }
}
