// Nullable<T>: HasValue, Value, GetValueOrDefault, ??, lifted arithmetic and comparisons
// with nulls, nullable structs and enums, InvalidOperationException on .Value of null.
using System;

struct P { public int X; public P(int x) { X = x; } }
enum E { One = 1, Two = 2 }

class Program
{
    static string Show(int? v) { return v.HasValue ? v.Value.ToString() : "null"; }
    static int? Parse(string s)
    {
        int r = 0;
        if (s.Length == 0) return null;
        foreach (char c in s) { if (c < '0' || c > '9') return null; r = r * 10 + (c - '0'); }
        return r;
    }

    static void Main()
    {
        int? a = 5, b = null, c = 7;
        Console.WriteLine("a=" + Show(a) + " b=" + Show(b) + " HasValue " + a.HasValue + "/" + b.HasValue);
        Console.WriteLine("a+c=" + Show(a + c) + " a+b=" + Show(a + b) + " a*c=" + Show(a * c) + " -a=" + Show(-a));
        Console.WriteLine("b ?? 42 = " + (b ?? 42) + ", a ?? 42 = " + (a ?? 42));
        Console.WriteLine("b ?? a ?? 0 = " + (b ?? a ?? 0));
        Console.WriteLine("GetValueOrDefault: " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(9) + " " + a.GetValueOrDefault(9));

        Console.WriteLine("a < c: " + (a < c) + ", a < b: " + (a < b) + ", a > b: " + (a > b) + ", b == null: " + (b == null));
        Console.WriteLine("a == 5: " + (a == 5) + ", b != 5: " + (b != 5) + ", b == b: " + (b == b));
        int? b2 = null;
        Console.WriteLine("null == null: " + (b == b2));

        bool? t = true, f = false, u = null;
        Console.WriteLine("t&u=" + Str(t & u) + " f&u=" + Str(f & u) + " t|u=" + Str(t | u) + " f|u=" + Str(f | u));

        string[] inputs = { "12", "", "x1", "007" };
        int total = 0;
        foreach (string s in inputs)
        {
            int? v = Parse(s);
            Console.WriteLine("Parse(\"" + s + "\") = " + Show(v));
            total += v ?? 0;
        }
        Console.WriteLine("total=" + total);

        try { int x = b.Value; Console.WriteLine(x); }
        catch (InvalidOperationException e) { Console.WriteLine("b.Value -> " + e.GetType().Name); }

        P? pp = new P(3);
        P? pn = null;
        Console.WriteLine("pp.X=" + pp.Value.X + " pn.HasValue=" + pn.HasValue + " (pn ?? new P(8)).X=" + (pn ?? new P(8)).X);

        E? en = E.Two;
        Console.WriteLine("enum nullable: " + en + " " + (en == E.Two));

        long? la = a;     // lifted conversion
        double? dd = a / 2.0;
        Console.WriteLine("la=" + la + " dd=" + dd);
        int? inc = a;
        inc++;
        Console.WriteLine("inc=" + inc + " a=" + a);
        int? bn = b;
        bn++;
        Console.WriteLine("null++ HasValue=" + bn.HasValue);
        Console.WriteLine("ToString of null: [" + b.ToString() + "] equals null: " + b.Equals(null));
    }

    static string Str(bool? b) { return b.HasValue ? b.Value.ToString() : "null"; }
}
