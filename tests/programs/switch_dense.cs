// Dense switch statements (compiled to the CIL switch opcode): on int, on char, with
// default, fall-through via goto case, negative bases and enum-like constants.
using System;

class SwitchDense
{
    static string DayName(int d)
    {
        switch (d)
        {
            case 0: return "Sun";
            case 1: return "Mon";
            case 2: return "Tue";
            case 3: return "Wed";
            case 4: return "Thu";
            case 5: return "Fri";
            case 6: return "Sat";
            default: return "???";
        }
    }

    static int Offset(int x)
    {
        int r = 0;
        switch (x)
        {
            case -3: r = 30; break;
            case -2: r = 20; break;
            case -1: r = 10; break;
            case 0: r = 1; break;
            case 1: r = -10; break;
            case 2:
            case 3: r = -23; break;
            case 4: r = 4; goto case 1;
            case 5: r = 5; goto default;
            default: r += 1000; break;
        }
        return r;
    }

    static int Vowel(char c)
    {
        switch (c)
        {
            case 'a': return 1;
            case 'b': return 0;
            case 'c': return 0;
            case 'd': return 0;
            case 'e': return 2;
            case 'f': return 0;
            case 'g': return 0;
            case 'h': return 0;
            case 'i': return 3;
            default: return -1;
        }
    }

    static long Eval(int op, long a, long b)
    {
        switch (op)
        {
            case 10: return a + b;
            case 11: return a - b;
            case 12: return a * b;
            case 13: return b != 0 ? a / b : 0;
            case 14: return b != 0 ? a % b : 0;
            case 15: return a & b;
            case 16: return a | b;
            case 17: return a ^ b;
            case 18: return a << (int)(b & 63);
            case 19: return a >> (int)(b & 63);
        }
        return -1;
    }

    static void Main()
    {
        for (int d = -1; d <= 7; d++) Console.Write(DayName(d) + " ");
        Console.WriteLine();
        for (int x = -5; x <= 7; x++) Console.Write(Offset(x) + " ");
        Console.WriteLine();
        string word = "abcdefghijz";
        for (int i = 0; i < word.Length; i++) Console.Write(Vowel(word[i]));
        Console.WriteLine();
        for (int op = 9; op <= 20; op++) Console.Write(Eval(op, 100, 7) + " ");
        Console.WriteLine();
        long acc = 0;
        for (int i = 0; i < 300000; i++) acc += Eval(10 + i % 10, i, i % 13 + 1);
        Console.WriteLine("acc = " + acc);
        int sw = 0;
        for (int i = 0; i < 20; i++)
        {
            switch (i % 4)
            {
                case 0: sw += 1; break;
                case 1: sw *= 2; break;
                case 2: continue;
                case 3: sw -= 3; break;
            }
            sw += 100;
        }
        Console.WriteLine("sw = " + sw);
    }
}
