// bench: sieve of Eratosthenes over bool[], repeated; prints the prime count and a checksum
// of the primes found. Twin: sieve.c.
using System;

class Sieve
{
    const int Limit = 20000000;
    const int Rounds = 10;

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

    static void Main()
    {
        bool[] composite = new bool[Limit + 1];
        int count = 0;
        for (int r = 0; r < Rounds; r++) count = Run(composite, Limit - r);
        long checksum = 0;
        for (int i = 2; i <= Limit - Rounds + 1; i++)
            if (!composite[i]) checksum = (checksum * 31 + i) % 1000000007;
        Console.WriteLine("primes: " + count);
        Console.WriteLine("checksum: " + checksum);
    }
}
