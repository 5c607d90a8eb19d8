// char arithmetic: codes, ranges, case conversion by offsets, Caesar cipher, char comparisons.
using System;

class CharArith
{
    static string Caesar(string s, int shift)
    {
        string r = "";
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 'a' && c <= 'z') c = (char)('a' + (c - 'a' + shift + 26) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char)('A' + (c - 'A' + shift + 26) % 26);
            r += c;
        }
        return r;
    }

    static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

    static void Main()
    {
        char c = 'a';
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine('z' - 'a');
        Console.WriteLine('A' + 'B');
        Console.WriteLine("" + 'A' + 'B');
        Console.WriteLine((int)'0' + " " + (int)' ' + " " + (int)'\n' + " " + (int)'\u00e9' + " " + (int)'\uffff');
        string alphabet = "";
        for (char ch = 'A'; ch <= 'Z'; ch++) alphabet += ch;
        Console.WriteLine(alphabet);
        string lower = "";
        for (int i = 0; i < alphabet.Length; i++) lower += (char)(alphabet[i] | 0x20);
        Console.WriteLine(lower);
        string msg = "Hello, World! xyz ABC";
        string enc = Caesar(msg, 3);
        Console.WriteLine(enc);
        Console.WriteLine(Caesar(enc, -3));
        Console.WriteLine(Caesar(msg, 13) + " | " + Caesar(Caesar(msg, 13), 13));
        string mixed = "a1b22c333";
        int digitSum = 0, letters = 0;
        for (int i = 0; i < mixed.Length; i++)
        {
            if (IsDigit(mixed[i])) digitSum += mixed[i] - '0';
            else letters++;
        }
        Console.WriteLine(digitSum + " " + letters);
        Console.WriteLine(('a' < 'b') + " " + ('Z' < 'a') + " " + ('\u0100' > 'z') + " " + (c == 'd'));
        char max = char.MaxValue;
        max++;
        Console.WriteLine((int)max);
        char[] arr = new char[5];
        for (int i = 0; i < arr.Length; i++) arr[i] = (char)('v' + i);
        string fromArr = "";
        foreach (char ac in arr) fromArr += ac;
        Console.WriteLine(fromArr);
        Console.WriteLine(arr[0] + arr[1]);
        int hexVal = 0;
        string hex = "7fFa";
        for (int i = 0; i < hex.Length; i++)
        {
            char h = hex[i];
            int d = h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;
            hexVal = hexVal * 16 + d;
        }
        Console.WriteLine(hexVal);
    }
}
