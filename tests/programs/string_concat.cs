// Building strings by repeated concatenation with +, string.Concat and mixed operand types.
using System;

class StringConcat
{
    static string Repeat(string s, int n)
    {
        string r = "";
        for (int i = 0; i < n; i++) r += s;
        return r;
    }

    static string Triangle(int n)
    {
        string r = "";
        for (int i = 1; i <= n; i++)
            r = r + Repeat("*", i) + "\n";
        return r;
    }

    static void Main()
    {
        string a = "foo", b = "bar";
        string c = a + b;
        Console.WriteLine(c);
        Console.WriteLine(a + " " + b + " " + c + " " + c.Length);
        Console.WriteLine("int " + 42 + ", long " + 1234567890123L + ", neg " + (-7));
        Console.WriteLine("bool " + true + " " + false + ", char " + 'x' + ", double " + 2.5 + ", float " + 0.25f);
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine("null:[" + null + "]");
        string n = null;
        Console.WriteLine("null var:[" + n + "]" + (n + n).Length);
        Console.WriteLine(string.Concat("a", "b", "c") + string.Concat("d", "e") + string.Concat("f", "g", "h", "i"));
        Console.Write(Triangle(5));
        string big = Repeat("ab", 5000);
        Console.WriteLine(big.Length + " " + big[0] + big[9999]);
        string digits = "";
        for (int i = 0; i < 30; i++) digits += i % 10;
        Console.WriteLine(digits);
        string chars = "";
        for (char ch = 'a'; ch <= 'z'; ch++) chars = ch + chars;
        Console.WriteLine(chars);
        string s = "x";
        s += 1;
        s += 'y';
        s += 2.5;
        s += true;
        Console.WriteLine(s);
        Console.WriteLine("" == string.Empty);
        Console.WriteLine((a + b) == "foobar");
        Console.WriteLine((object)(a + b) == (object)"foobar");
    }
}
