// int.Parse, long.Parse, double.Parse on well-formed input (signs, whitespace, exponents),
// plus a hand-written integer parser compared against them.
using System;

class Parsing
{
    static long MyParse(string s)
    {
        int i = 0;
        bool neg = false;
        if (s[0] == '-') { neg = true; i++; }
        else if (s[0] == '+') i++;
        long v = 0;
        for (; i < s.Length; i++) v = v * 10 + (s[i] - '0');
        return neg ? -v : v;
    }

    static void Main()
    {
        string[] ints = { "0", "1", "-1", "+17", "2147483647", "-2147483648", "  42  ", "007", "-0" };
        foreach (string s in ints)
        {
            int v = int.Parse(s);
            Console.WriteLine("[" + s + "] -> " + v + " (" + (v == (int)MyParse(s.Trim())) + ")");
        }
        string[] longs = { "9223372036854775807", "-9223372036854775808", "1234567890123", "-5" };
        foreach (string s in longs)
        {
            long v = long.Parse(s);
            Console.WriteLine("[" + s + "] -> " + v + " (" + (v == MyParse(s)) + ")");
        }
        string[] doubles = { "0", "1.5", "-2.25", "3.14159", "1e10", "1E-5", "-0.0", "123456789.125", "  6.02e23 ", ".5", "5.", "1e308", "4.9e-324" };
        foreach (string s in doubles)
        {
            double v = double.Parse(s);
            Console.WriteLine("[" + s + "] -> " + v + " F4=" + v.ToString("F4"));
        }
        double roundTrip = double.Parse((0.1).ToString());
        Console.WriteLine(roundTrip == 0.1);
        string csv = "10,20,-30,40,50";
        string[] parts = csv.Split(',');
        int total = 0;
        foreach (string p in parts) total += int.Parse(p);
        Console.WriteLine("csv total " + total);
        string expr = "3.5 * 2 + 1.25";
        string[] tok = expr.Split(' ');
        double result = double.Parse(tok[0]) * double.Parse(tok[2]) + double.Parse(tok[4]);
        Console.WriteLine(expr + " = " + result);
        long acc = 0;
        for (int i = 0; i < 20000; i++) acc += int.Parse((i * 37).ToString()) - long.Parse((-i).ToString());
        Console.WriteLine("acc " + acc);
    }
}
