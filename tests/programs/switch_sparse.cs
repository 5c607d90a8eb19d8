// Sparse switches (compiled to compare-and-branch chains or binary search), mixed dense runs,
// large constants, long and char switches, nested switches.
using System;

class SwitchSparse
{
    static string Http(int code)
    {
        switch (code)
        {
            case 200: return "OK";
            case 201: return "Created";
            case 204: return "No Content";
            case 301: return "Moved";
            case 404: return "Not Found";
            case 500: return "Server Error";
            case 1000000: return "million";
            case -1000000: return "minus million";
            case int.MaxValue: return "max";
            case int.MinValue: return "min";
        }
        return "unknown " + code;
    }

    static int LongSwitch(long v)
    {
        switch (v)
        {
            case 1L: return 1;
            case 1000000000000L: return 2;
            case -5L: return 3;
            case long.MaxValue: return 4;
            default: return 0;
        }
    }

    static string Classify(char c)
    {
        switch (c)
        {
            case ' ': case '\t': case '\n': return "space";
            case '+': case '-': case '*': case '/': return "op";
            case '(': case ')': return "paren";
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9': return "digit";
            case '\u00e9': return "e-acute";
            case 'x': return "x";
            default: return "other";
        }
    }

    static int Nested(int a, int b)
    {
        switch (a)
        {
            case 1:
                switch (b) { case 10: return 110; case 20: return 120; default: return 100; }
            case 100:
                switch (b) { case 1: return 1001; case 2: return 1002; case 3: return 1003; case 4: return 1004; case 5: return 1005; }
                return 1000;
            case 7777:
                return 7777;
            default:
                return -1;
        }
    }

    static void Main()
    {
        int[] codes = { 200, 201, 202, 204, 301, 404, 500, 1000000, -1000000, int.MaxValue, int.MinValue, 0 };
        foreach (int c in codes) Console.WriteLine(c + " => " + Http(c));
        long[] lv = { 1L, 2L, 1000000000000L, -5L, long.MaxValue, long.MinValue };
        foreach (long v in lv) Console.Write(LongSwitch(v) + " ");
        Console.WriteLine();
        string text = "x = (3 + 41) * 7\t/ y\u00e9";
        for (int i = 0; i < text.Length; i++) Console.Write(Classify(text[i])[0]);
        Console.WriteLine();
        Console.WriteLine(Nested(1, 10) + " " + Nested(1, 99) + " " + Nested(100, 3) + " " + Nested(100, 6) + " " + Nested(7777, 0) + " " + Nested(5, 5));
        int hits = 0;
        for (int i = -100; i < 2000; i++)
        {
            switch (i * 7 % 1000)
            {
                case 7: case 49: case 343: case 401: case 807: case 999: case -7: case -700: hits += i; break;
            }
        }
        Console.WriteLine("hits = " + hits);
    }
}
