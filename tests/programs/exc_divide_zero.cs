// DivideByZeroException from int and long division and remainder; floating-point division
// by zero gives infinities/NaN without throwing; int.MinValue / -1 raises OverflowException.
using System;

class Program
{
    static int IDiv(int a, int b) { return a / b; }
    static int IRem(int a, int b) { return a % b; }
    static long LDiv(long a, long b) { return a / b; }
    static long LRem(long a, long b) { return a % b; }
    static uint UDiv(uint a, uint b) { return a / b; }
    static ulong ULDiv(ulong a, ulong b) { return a / b; }

    static void Run(string label, Func<string> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (DivideByZeroException e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
        catch (ArithmeticException e) { Console.WriteLine(label + " -> " + e.GetType().Name + " (arith)"); }
    }

    static void Main()
    {
        int zero = 0;
        long lzero = 0;
        Run("7 / 2", () => IDiv(7, 2).ToString());
        Run("7 / 0", () => IDiv(7, zero).ToString());
        Run("7 % 0", () => IRem(7, zero).ToString());
        Run("7L / 0L", () => LDiv(7, lzero).ToString());
        Run("7L % 0L", () => LRem(7, lzero).ToString());
        Run("7u / 0u", () => UDiv(7, 0).ToString());
        Run("7ul / 0ul", () => ULDiv(7, 0).ToString());
        Run("int.MinValue / -1", () => IDiv(int.MinValue, -1).ToString());
        Run("long.MinValue / -1", () => LDiv(long.MinValue, -1).ToString());
        Run("int.MinValue % -1", () => IRem(int.MinValue, -1).ToString());

        double dz = 0.0;
        Console.WriteLine("1.0/0 = " + (1.0 / dz));
        Console.WriteLine("-1.0/0 = " + (-1.0 / dz));
        Console.WriteLine("0.0/0 = " + (0.0 / dz));
        Console.WriteLine("5.0%0 = " + (5.0 % dz));
        float fz = 0f;
        Console.WriteLine("1f/0 = " + (1f / fz));
        Console.WriteLine("isInf=" + double.IsPositiveInfinity(1.0 / dz) + " isNaN=" + double.IsNaN(dz / dz));

        // A division in a loop, caught per iteration
        int caught = 0, total = 0;
        for (int d = -3; d <= 3; d++)
        {
            try { total += 60 / d; }
            catch (DivideByZeroException) { caught++; }
        }
        Console.WriteLine("total=" + total + " caught=" + caught);
    }
}
