// System.Numerics.BigInteger to text and back: ToString with the standard formats (D and
// X with precisions, two's complement hex of negatives, N F E C P), composite formatting,
// custom patterns for values a decimal can hold, Parse/TryParse with NumberStyles (white
// space, signs, parentheses, thousands, zero fractions, exponents, hex as two's
// complement), round trips of large values, and FormatException.
using System;
using System.Globalization;
using System.Numerics;

class BigIntText
{
    static void Main()
    {
        BigInteger a = BigInteger.Parse("123456789012345678901234567890");
        BigInteger[] values = { 0, 1, -1, 127, 128, -128, 255, -255, 12345, -12345, 99999, 995, a, -a,
                                BigInteger.Pow(10, 40) - 1 };
        string[] formats = { "", "D", "d7", "D40", "G", "G5", "R", "X", "x", "X2", "X40", "N", "N0", "n3", "F",
                             "F0", "E", "E0", "e2", "E10", "C", "C0", "P", "P1" };
        foreach (string f in formats) {
            Console.Write("[" + f + "]");
            foreach (BigInteger v in values)
                Console.Write(" " + v.ToString(f));
            Console.WriteLine();
        }
        Console.WriteLine(string.Format("{0} {0:X} {0:N0} [{0,12}] [{0,-12}] {1:D3}", (BigInteger)1234567, (BigInteger)(-5)));
        Console.WriteLine("{0:#,##0} {1:0.00} {2:00000}", (BigInteger)(-1234567), (BigInteger)42, (BigInteger)(-77));
        try {
            Console.WriteLine(a.ToString("Z"));
        } catch (FormatException e) {
            Console.WriteLine("Z: " + e.Message);
        }

        // Round trips through decimal and hex text.
        BigInteger x = BigInteger.One;
        for (int i = 1; i <= 60; i++) {
            x = x * 3 + i;
            BigInteger y = i % 2 == 0 ? x : -x;
            if (BigInteger.Parse(y.ToString()) != y || BigInteger.Parse(y.ToString("X"), NumberStyles.HexNumber) != y)
                Console.WriteLine("round trip failed at " + i + ": " + y);
        }
        Console.WriteLine("3^60-ish: " + x + " = 0x" + x.ToString("x"));
        string longDigits = BigInteger.Pow(7, 500).ToString();
        Console.WriteLine("7^500 has " + longDigits.Length + " digits, parses back: " + (BigInteger.Parse(longDigits) == BigInteger.Pow(7, 500)));

        string[] inputs = { "0", "-0", "+42", "  -00123  ", "\t7\n", "- 1", "+-1", "1 000", "12a", "", " ", "0x10",
                            "1e3", "1.0", "(5)", "5-", "1,234", "99999999999999999999999999999999999999999" };
        foreach (string s in inputs) {
            BigInteger r;
            bool ok = BigInteger.TryParse(s, out r);
            Console.WriteLine("TryParse [{0}]: {1} {2}", s.Replace("\t", "\\t").Replace("\n", "\\n"), ok, r);
        }
        string[] hex = { "ff", "FF", "7f", "80", "080", "0", "000", "F", "8", "ffffffffffffffffffff", "7fffffffffffffffffff",
                         " a ", "-1", "0x1", "g" };
        foreach (string s in hex) {
            BigInteger r;
            bool ok = BigInteger.TryParse(s, NumberStyles.HexNumber, null, out r);
            Console.WriteLine("hex [{0}]: {1} {2}", s, ok, r);
        }
        Console.WriteLine(BigInteger.Parse("1,234.00", NumberStyles.Number));
        Console.WriteLine(BigInteger.Parse("(1,234)", NumberStyles.Number | NumberStyles.AllowParentheses));
        Console.WriteLine(BigInteger.Parse("15-", NumberStyles.Number));
        Console.WriteLine(BigInteger.Parse("1.5e3", NumberStyles.Float));
        BigInteger fraction;
        Console.WriteLine(BigInteger.TryParse("25e-1", NumberStyles.Float, null, out fraction));
        Console.WriteLine(BigInteger.Parse("12300e-2", NumberStyles.Float));
        Console.WriteLine(BigInteger.Parse("-7", CultureInfo.InvariantCulture));
        string[] bad = { "1,234.50", "abc", "", "--5" };
        foreach (string s in bad) {
            try {
                Console.WriteLine(BigInteger.Parse(s, NumberStyles.Number));
            } catch (FormatException e) {
                Console.WriteLine("Parse [" + s + "]: " + e.Message);
            }
        }
        try {
            BigInteger.Parse(null);
        } catch (ArgumentNullException e) {
            Console.WriteLine("Parse(null): " + e.GetType().Name);
        }
    }
}
