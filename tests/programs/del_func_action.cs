// Func<> and Action<> of several arities (0..6 parameters), Predicate<T>, Comparison<T>,
// Converter<TIn,TOut>, and generic delegates over value and reference types.
using System;

class Program
{
    static string log = "";

    static void Main()
    {
        Func<int> f0 = () => 1;
        Func<int, int> f1 = a => a + 1;
        Func<int, int, int> f2 = (a, b) => a * b;
        Func<int, int, int, int> f3 = (a, b, c) => a + b + c;
        Func<int, long, double, string> f3m = (a, b, c) => a + "|" + b + "|" + c;
        Func<int, int, int, int, int> f4 = (a, b, c, d) => a * 1000 + b * 100 + c * 10 + d;
        Func<string, string, string, string, string, string> f5 = (a, b, c, d, e) => a + b + c + d + e;
        Func<int, int, int, int, int, int, int> f6 = (a, b, c, d, e, g) => a - b + c - d + e - g;
        Console.WriteLine(f0() + " " + f1(1) + " " + f2(3, 4) + " " + f3(1, 2, 3) + " " + f3m(1, 2L, 3.5));
        Console.WriteLine(f4(1, 2, 3, 4) + " " + f5("a", "b", "c", "d", "e") + " " + f6(10, 1, 10, 1, 10, 1));

        Action a0 = () => log += "a0 ";
        Action<int> a1 = x => log += "a1:" + x + " ";
        Action<int, string> a2 = (x, s) => log += "a2:" + x + s + " ";
        Action<int, int, int> a3 = (x, y, z) => log += "a3:" + (x + y + z) + " ";
        Action<char, char, char, char> a4 = (p, q, r, s) => log += "a4:" + p + q + r + s + " ";
        a0(); a1(5); a2(6, "x"); a3(1, 2, 3); a4('w', 'x', 'y', 'z');
        Console.WriteLine(log);

        Predicate<string> isLong = s => s.Length > 3;
        Console.WriteLine("isLong: " + isLong("ab") + " " + isLong("abcd"));
        Comparison<int> desc = (x, y) => y.CompareTo(x);
        int[] arr = { 3, 1, 2 };
        Array.Sort(arr, desc);
        Console.WriteLine("desc: " + arr[0] + arr[1] + arr[2]);
        Converter<int, string> hex = x => x.ToString("X");
        string[] hx = Array.ConvertAll(new[] { 10, 255, 4096 }, hex);
        Console.WriteLine("hex: " + string.Join(" ", hx));

        Func<double, double, double> hyp = (x, y) => Math.Sqrt(x * x + y * y);
        Func<bool, bool> not = b => !b;
        Func<long, long> dbl = l => l * 2;
        Func<char, int> code = ch => ch;
        Console.WriteLine(hyp(3, 4) + " " + not(true) + " " + dbl(1L << 40) + " " + code('A'));

        Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (g, h) => x => h(g(x));
        Func<int, int> incThenSq = compose(x => x + 1, x => x * x);
        Console.WriteLine("compose: " + incThenSq(4));

        Func<int, bool> isEven = x => x % 2 == 0;
        Func<object, string> describe = o => o == null ? "null" : o.GetType().Name;
        Console.WriteLine(isEven(10) + " " + describe(1.5) + " " + describe(null) + " " + describe("s"));
    }
}
