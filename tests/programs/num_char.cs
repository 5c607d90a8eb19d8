// char arithmetic and conversions: char + int is int, (char)(c + 1), char comparisons,
// ++ on char, char in switch, digits to values, Caesar shift, char to/from ushort and int,
// non-ASCII code points, and char.ToString / string from chars.
using System;

class Program
{
    static string Caesar(string s, int k)
    {
        char[] r = new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 'a' && c <= 'z') r[i] = (char)('a' + (c - 'a' + k + 26) % 26);
            else if (c >= 'A' && c <= 'Z') r[i] = (char)('A' + (c - 'A' + k + 26) % 26);
            else r[i] = c;
        }
        return new string(r);
    }

    static string Kind(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return "digit";
            default: return c < 128 ? "other" : "non-ascii";
        }
    }

    static void Main()
    {
        char a = 'a';
        int sum = a + 1;
        char next = (char)(a + 1);
        Console.WriteLine("a+1 = " + sum + ", (char)(a+1) = " + next + ", 'z'-'a' = " + ('z' - 'a'));
        a++;
        a += (char)2;
        Console.WriteLine("after ++ and += 2: " + a);
        Console.WriteLine("compare: " + ('A' < 'a') + " " + ('Z' > 'a') + " " + (a == 'd'));

        string digits = "90210";
        int value = 0;
        foreach (char d in digits) value = value * 10 + (d - '0');
        Console.WriteLine("parsed " + value + " plus one " + (value + 1));

        Console.WriteLine(Caesar("Hello, World!", 3) + " / " + Caesar(Caesar("Hello, World!", 3), -3));
        foreach (char c in "ai 7x\u00e9") Console.Write(Kind(c) + " ");
        Console.WriteLine();

        char maxc = char.MaxValue;
        ushort us = maxc;
        int asInt = maxc;
        Console.WriteLine("char max as ushort " + us + " as int " + asInt + " (char)65 " + (char)65 + " (char)0x263A " + (int)(char)0x263A);
        int big = 0x1F600;
        Console.WriteLine("(char)0x1F600 truncates to " + (int)(char)big);

        char[] letters = new char[26];
        for (char c = 'a'; c <= 'z'; c++) letters[c - 'a'] = (char)(c - 32);
        Console.WriteLine(new string(letters));

        string s = "" + 'x' + 'y' + 1 + 'z';
        Console.WriteLine(s + " | " + ('x' + 'y') + " | " + 'q'.ToString() + 'r' + " | " + new string('-', 5));
        char hex = "0123456789ABCDEF"[11];
        Console.WriteLine("hex digit " + hex + " value " + (hex >= 'A' ? hex - 'A' + 10 : hex - '0'));
        Console.WriteLine("char.ToString of bytes: " + (char)72 + (char)105);
        int[] counts = new int[128];
        foreach (char c in "mississippi") counts[c]++;
        for (char c = 'a'; c <= 'z'; c++) if (counts[c] > 0) Console.Write(c + "=" + counts[c] + " ");
        Console.WriteLine();
        char cc = 'A';
        cc = (char)(cc * 2);
        Console.WriteLine("'A'*2 as char code " + (int)cc + " char.Equals " + 'x'.Equals('x') + " CompareTo " + 'a'.CompareTo('b'));
    }
}
