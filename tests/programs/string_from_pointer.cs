// new string(char*), new string(char*, start, length), new string(sbyte*) and
// new string(sbyte*, start, length): NUL-terminated and counted runs, UTF-8 bytes (two-,
// three- and four-byte sequences), a malformed byte, a null pointer, and a bad length.
using System;

unsafe class StringFromPointer
{
    static void Show(string s)
    {
        Console.Write(s.Length + ":");
        foreach (char c in s)
            Console.Write(" " + ((int)c).ToString("X4"));
        Console.WriteLine();
    }

    static void Main()
    {
        char[] chars = { 'h', 'e', 'l', 'l', 'o', '\0', 'x' };
        fixed (char* p = chars)
        {
            Console.WriteLine(new string(p));
            Console.WriteLine(new string(p, 1, 3));
            Console.WriteLine(new string(p, 0, 7).Length);
        }

        byte[] utf8 = { 0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x42, 0 };
        fixed (byte* b = utf8)
        {
            Show(new string((sbyte*)b));
            Show(new string((sbyte*)b, 1, 2));
            Show(new string((sbyte*)b, 10, 1));
        }

        byte[] bad = { 0x41, 0xFF, 0x42, 0xC3, 0x43, 0xE2, 0x82, 0 };
        fixed (byte* b = bad)
            Show(new string((sbyte*)b));

        byte[] ascii = { (byte)'a', (byte)'b', (byte)'c', 0 };
        fixed (byte* b = ascii)
            Console.WriteLine(new string((sbyte*)b) + "|" + new string((sbyte*)b, 0, 0) + "|");

        Console.WriteLine(new string((char*)null) == "");
        Console.WriteLine(new string((sbyte*)null) == "");
        try
        {
            fixed (char* p = chars)
                Console.WriteLine(new string(p, 0, -1));
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("ArgumentOutOfRangeException");
        }
    }
}
