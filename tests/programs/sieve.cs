// Sieve of Eratosthenes with bool[] and a bit-packed uint[] variant.
using System;

class Sieve
{
    static int CountPrimes(int n)
    {
        bool[] composite = new bool[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j <= n; j += i)
                composite[j] = true;
        }
        return count;
    }

    static int CountPrimesBits(int n)
    {
        uint[] bits = new uint[(n >> 5) + 1];
        int count = 0;
        for (int i = 2; i <= n; i++)
        {
            if ((bits[i >> 5] & (1u << (i & 31))) != 0) continue;
            count++;
            for (int j = i + i; j <= n; j += i)
                bits[j >> 5] |= 1u << (j & 31);
        }
        return count;
    }

    static void Main()
    {
        int[] limits = { 10, 100, 1000, 10000, 100000, 1000000 };
        foreach (int n in limits)
            Console.WriteLine("primes <= " + n + ": " + CountPrimes(n) + " / " + CountPrimesBits(n));

        bool[] c = new bool[200];
        for (int i = 2; i < 200; i++)
            if (!c[i])
                for (int j = i * i; j < 200; j += i) c[j] = true;
        string line = "";
        for (int i = 2; i < 200; i++)
            if (!c[i]) line += i + " ";
        Console.WriteLine(line.Trim());
    }
}
