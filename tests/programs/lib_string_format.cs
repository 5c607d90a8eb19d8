// string.Format / ToString formats: alignment (positive, negative), standard numeric formats
// D, X, x, N, F, E, G, P, C-free, custom formats (0.00, #,##0, 000, #.##), repeated and
// reordered placeholders, escaped braces, and formatting of null and bool.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("[{0}] [{0,5}] [{0,-5}] [{1,8:F2}] [{1,-8:F1}]", 42, 3.14159));
        Console.WriteLine(string.Format("{1} {0} {1} {2}", "a", "b", "c"));
        Console.WriteLine(string.Format("{{escaped}} {0}{{{1}}}", 1, 2));
        Console.WriteLine(string.Format("null=[{0}] bool={1} char={2}", null, false, 'q'));

        int n = 255, neg = -42;
        long big = 1234567890123;
        Console.WriteLine(n.ToString("D") + " " + n.ToString("D6") + " " + neg.ToString("D5") + " " + n.ToString("X") + " " + n.ToString("x8") + " " + neg.ToString("X"));
        Console.WriteLine(big.ToString("N0") + " " + big.ToString("N2") + " " + neg.ToString("N0") + " " + big.ToString("X"));
        double d = 1234.5678, small = 0.000123, negd = -9876.54321;
        Console.WriteLine(d.ToString("F0") + " " + d.ToString("F1") + " " + d.ToString("F3") + " " + negd.ToString("F2") + " " + small.ToString("F5"));
        Console.WriteLine(d.ToString("E") + " " + d.ToString("E2") + " " + small.ToString("e3") + " " + negd.ToString("E0"));
        Console.WriteLine(d.ToString("G") + " " + d.ToString("G3") + " " + small.ToString("G") + " " + (1e20).ToString("G") + " " + d.ToString("G10"));
        Console.WriteLine(d.ToString("N") + " " + negd.ToString("N1") + " " + (0.5).ToString("P") + " " + (0.12345).ToString("P2") + " " + (-0.05).ToString("P0"));
        Console.WriteLine(d.ToString("0.00") + " " + d.ToString("#,##0.0") + " " + (7).ToString("000") + " " + (3.1).ToString("#.##") + " " + (0.5).ToString("#.##") + " " + (1234567).ToString("#,##0"));
        Console.WriteLine(string.Format("{0:0.000} {1:00.0} {2:#,#}", Math.PI, 5.25, 9876543));

        string[] names = { "apple", "kiwi", "watermelon" };
        double[] prices = { 1.2, 0.45, 12 };
        int[] qty = { 10, 250, 1 };
        Console.WriteLine(string.Format("{0,-12}{1,8}{2,6}", "item", "price", "qty"));
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine(string.Format("{0,-12}{1,8:F2}{2,6:D}", names[i], prices[i], qty[i]));

        Console.WriteLine(string.Format("{0:X4}|{0:x}|{1:X2}{2:X2}{3:X2}", 48879, 255, 16, 1));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4}", (byte)1, (short)-2, 3u, 4UL, 5.5f));
        Console.WriteLine(12.5f.ToString("F3") + " " + (1f / 3).ToString("F4") + " " + (2.5e-3f).ToString("E1"));
        Console.WriteLine(string.Format("{0,10:N2}|{1,-10:P1}|", 1234567.891, 0.4567));
        Console.WriteLine(string.Format("{0}", new object[] { "only" }));
        Console.WriteLine(string.Format("{0}+{1}={2}", 2, 3, 2 + 3));
        try { string.Format("{2}", 1); }
        catch (FormatException e) { Console.WriteLine("bad index -> " + e.GetType().Name); }
    }
}
