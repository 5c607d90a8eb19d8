// Console.Write and Console.WriteLine overloads: every primitive type, string, object, null,
// char[], format strings with 1, 2, 3 and params arguments, empty WriteLine, embedded newlines.
using System;

class Thing { public override string ToString() { return "a thing"; } }

class ConsoleWrite
{
    static void Main()
    {
        Console.WriteLine();
        Console.WriteLine(true);
        Console.WriteLine('c');
        Console.WriteLine(new char[] { 'a', 'r', 'r' });
        Console.WriteLine(1.5);
        Console.WriteLine(-2.25f);
        Console.WriteLine(-12);
        Console.WriteLine(4000000000u);
        Console.WriteLine(-9000000000L);
        Console.WriteLine(18000000000000000000ul);
        Console.WriteLine(new Thing());
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine("string");
        Console.WriteLine("{0}", 1);
        Console.WriteLine("{0} {1}", 1, "b");
        Console.WriteLine("{0} {1} {2}", 1, 'b', 3.5);
        Console.WriteLine("{0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
        Console.Write(false);
        Console.Write('-');
        Console.Write(3.25);
        Console.Write(' ');
        Console.Write(0.5f);
        Console.Write(' ');
        Console.Write(7);
        Console.Write(' ');
        Console.Write(8u);
        Console.Write(' ');
        Console.Write(9L);
        Console.Write(' ');
        Console.Write(10ul);
        Console.Write(' ');
        Console.Write(new Thing());
        Console.Write(' ');
        Console.Write("str");
        Console.Write(new char[] { '!', '?' });
        Console.Write("\n");
        Console.Write("{0}|{1}\n", "x", 'y');
        Console.Write("{0}+{1}={2}\n", 1, 1, 2);
        Console.Write("line1\nline2\r\nline3\ttabbed\n");
        Console.WriteLine("unicode: \u00e9\u00e8 \u4e2d\u6587 \u03bb");
        Console.WriteLine("quote \" backslash \\ apostrophe '");
        byte b = 255; short sh = -300; sbyte sb = -1; ushort us = 65535;
        Console.WriteLine(b);
        Console.WriteLine(sh);
        Console.WriteLine(sb);
        Console.WriteLine(us);
        for (int i = 0; i < 3; i++) { Console.Write(i); Console.Write(i < 2 ? "," : "\n"); }
        Console.Write("no newline at end");
    }
}
