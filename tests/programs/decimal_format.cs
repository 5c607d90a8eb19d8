// decimal formatting and parsing, invariant culture as Mono prints it: ToString keeps
// the scale ("1.10"), the standard formats G F N E P C (D, X and R are invalid), custom
// patterns, string.Format and interpolation with alignment, Console.Write(decimal), and
// Parse/TryParse with NumberStyles, rounding past 28-29 digits and overflow.
using System;
using System.Globalization;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message);
        }
    }

    static string Bits(decimal d)
    {
        int[] b = decimal.GetBits(d);
        return d + " {" + b[0] + ", " + b[1] + ", " + b[2] + ", 0x" + b[3].ToString("X8") + "}";
    }

    static void Main()
    {
        decimal[] values = { 0m, 0.00m, -0.0m, 1m, 1.10m, -1234567.891m, 0.0001234m, 1e-28m, 79228162514264337593543950335m, 1m / 3m, 2.5m, 100m, 0.5m, -0.005m };
        string[] formats = { null, "G", "G0", "G3", "G28", "F", "F0", "F2", "F10", "N", "N0", "N3", "E", "E0", "e3", "E30", "P", "P0", "C", "C0", "#,##0.00", "0.###E+0", "0;(0);zero", "#.##", "000.000", "0.00%" };
        foreach (decimal v in values)
        {
            Console.Write(v);
            Console.Write(':');
            foreach (string f in formats)
            {
                Console.Write(' ');
                Console.Write(v.ToString(f));
            }
            Console.WriteLine();
        }
        foreach (string f in new[] { "D", "X", "R", "Z2" })
        {
            string g = f;
            Try("1.5m.ToString(\"" + g + "\")", () => 1.5m.ToString(g));
        }

        decimal price = 1234.5m, rate = 0.0725m;
        Console.WriteLine(string.Format("[{0}] [{0,10}] [{0,-10}|] [{0:F3}] [{1:P1}] [{0,12:N2}] [{1:E2}]", price, rate));
        Console.WriteLine($"total {price * (1 + rate):F2}, tax {price * rate,8:N2}, raw {price * rate}");
        Console.WriteLine(price);
        Console.Out.WriteLine(-price);
        Console.WriteLine("concat " + price + ' ' + rate + " " + string.Concat(price, rate));

        string[] inputs = { "1.10", "  -0.0 ", "-0", "0.000", "1,234.5", "(12)", "12-", "¤12.00", ".5", "5.", "1e5", "1.5E+3", "1.5e-30",
            "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335.4", "7922816251426433759354395033.56",
            "0.00000000000000000000000000015", "0.00000000000000000000000000025", "0.000000000000000000000000000250001",
            "1.2345678901234567890123456789012345", "12345678901234567890123456789.5", "123456789012345678901234567890", "", " ", "abc", "1.2.3", "--1" };
        foreach (string s in inputs)
        {
            string t = s;
            Try("Parse(\"" + t + "\")", () => Bits(decimal.Parse(t)));
            Try("Parse(\"" + t + "\", Any)", () => Bits(decimal.Parse(t, NumberStyles.Any)));
            decimal r;
            bool ok = decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out r);
            Console.WriteLine("TryParse(\"" + t + "\", Float) = " + ok + " " + r);
        }
        Try("Parse(null)", () => decimal.Parse(null));
        Try("Parse hex", () => decimal.Parse("1F", NumberStyles.HexNumber));
        decimal rt = 1m / 7m;
        Console.WriteLine("round trip: " + (decimal.Parse(rt.ToString()) == rt) + " " + decimal.Parse((-rt).ToString("E27"), NumberStyles.Float));
    }
}
