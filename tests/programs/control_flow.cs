// Loops and jumps: for, while, do-while, foreach over arrays, nested loops with break/continue,
// goto forward and backward, labelled exits from nested loops, ?: chains.
using System;

class ControlFlow
{
    static int Collatz(long n)
    {
        int steps = 0;
    top:
        if (n == 1) goto done;
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
        steps++;
        goto top;
    done:
        return steps;
    }

    static string Sign(int x) { return x < 0 ? "neg" : x == 0 ? "zero" : x < 10 ? "small" : "big"; }

    static void Main()
    {
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += i;
        Console.WriteLine("for " + sum);
        int j = 0;
        while (j < 100) { j += 7; if (j % 5 == 0) continue; sum += j; }
        Console.WriteLine("while " + sum + " " + j);
        int k = 1000;
        do { k /= 3; } while (k > 5);
        Console.WriteLine("do " + k);
        do { k = -1; } while (false);
        Console.WriteLine("do once " + k);
        for (int a = 0, b = 10; a < b; a += 2, b--) Console.Write(a + ":" + b + " ");
        Console.WriteLine();
        int found = -1;
        for (int x = 1; x < 50 && found < 0; x++)
            for (int y = x; y < 50; y++)
            {
                if (x * x + y * y == 25 * 25) { found = x * 100 + y; break; }
                if (y > 40) break;
            }
        Console.WriteLine("pythagoras " + found);
        int row = 0, col = 0;
        for (row = 0; row < 10; row++)
            for (col = 0; col < 10; col++)
                if (row * col == 42) goto exit;
        exit:
        Console.WriteLine("goto exit at " + row + "," + col);
        int primes = 0;
        for (int n = 2; n < 500; n++)
        {
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) goto notPrime;
            primes++;
        notPrime:;
        }
        Console.WriteLine("primes " + primes);
        int[] steps = new int[12];
        for (int n = 1; n <= 12; n++) steps[n - 1] = Collatz(n);
        foreach (int s in steps) Console.Write(s + " ");
        Console.WriteLine();
        Console.WriteLine("collatz(837799) = " + Collatz(837799));
        int[] vals = { -5, 0, 3, 42 };
        foreach (int v in vals) Console.Write(Sign(v) + " ");
        Console.WriteLine();
        int count = 0;
        for (; ; )
        {
            count++;
            if (count > 5) break;
        }
        while (true) { if (++count >= 10) break; }
        Console.WriteLine("infinite loops exited at " + count);
        int nested = 0;
        for (int a = 0; a < 20; a++)
        {
            if (a % 2 == 1) continue;
            int b = 0;
            while (true)
            {
                b++;
                if (b % 3 == 0) continue;
                if (b > a) break;
                nested += b;
            }
        }
        Console.WriteLine("nested " + nested);
        long total = 0;
        for (int i = 0; i < 3000000; i++) total += i % 3 == 0 ? i : -1;
        Console.WriteLine("total " + total);
    }
}
