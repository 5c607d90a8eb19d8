// Recursion: fib, ackermann, towers of hanoi, gcd, fast power, mutual recursion.
using System;

class Recursion
{
    static int Fib(int n)
    {
        return n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    }

    static long FibL(int n)
    {
        if (n < 2) return n;
        return FibL(n - 1) + FibL(n - 2);
    }

    static int Ack(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ack(m - 1, 1);
        return Ack(m - 1, Ack(m, n - 1));
    }

    static int moves;

    static void Hanoi(int n, char from, char to, char via, bool print)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, print);
        moves++;
        if (print)
            Console.WriteLine("move disk " + n + " from " + from + " to " + to);
        Hanoi(n - 1, via, to, from, print);
    }

    static int Gcd(int a, int b)
    {
        return b == 0 ? a : Gcd(b, a % b);
    }

    static long Pow(long b, int e)
    {
        if (e == 0) return 1;
        long half = Pow(b, e / 2);
        return (e % 2 == 0) ? half * half : half * half * b;
    }

    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }

    static int SumDigits(int n) { return n < 10 ? n : n % 10 + SumDigits(n / 10); }

    static void Main()
    {
        for (int i = 0; i <= 20; i++)
            Console.Write(Fib(i) + (i < 20 ? " " : "\n"));
        Console.WriteLine("fib(27) = " + Fib(27));
        Console.WriteLine("fibL(30) = " + FibL(30));
        for (int m = 0; m <= 3; m++)
        {
            for (int n = 0; n <= 4; n++)
                Console.Write(Ack(m, n) + " ");
            Console.WriteLine();
        }
        Console.WriteLine("ack(2, 100) = " + Ack(2, 100));
        Hanoi(3, 'A', 'C', 'B', true);
        Console.WriteLine("moves for 3: " + moves);
        moves = 0;
        Hanoi(16, 'A', 'C', 'B', false);
        Console.WriteLine("moves for 16: " + moves);
        Console.WriteLine("gcd(1071, 462) = " + Gcd(1071, 462));
        Console.WriteLine("gcd(17, 5) = " + Gcd(17, 5));
        Console.WriteLine("3^39 = " + Pow(3, 39));
        Console.WriteLine("2^62 = " + Pow(2, 62));
        Console.WriteLine("IsEven(1000) = " + IsEven(1000) + ", IsOdd(777) = " + IsOdd(777));
        Console.WriteLine("SumDigits(987654321) = " + SumDigits(987654321));
    }
}
