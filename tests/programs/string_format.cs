// string.Format and string interpolation ($"..." lowered by mcs to string.Format): positional
// arguments, repeated and reordered indices, alignment, F/N/D/X formats inside holes, escaping braces.
using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class StringFormat
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0}", 1));
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 5));
        Console.WriteLine(string.Format("{1} {0} {1} {0}", "a", "b"));
        Console.WriteLine(string.Format("[{0,5}] [{0,-5}] [{1,8}] [{1,-8}]", 42, "hi"));
        Console.WriteLine(string.Format("{0:F2} {0:F0} {0:N2} {1:D6} {1:X} {1:x}", 1234.5678, 48879));
        Console.WriteLine(string.Format("{{literal}} {0} {{{0}}}", 7));
        Console.WriteLine(string.Format("{0} and {1}", new Point(1, 2), null));
        Console.WriteLine(string.Format("{0,10:F3}|{1,-10:N0}|", -3.14159, 1234567));
        Console.WriteLine("{0} {1} {2} {3}", 'c', true, 2.5f, -7L);
        Console.WriteLine("{0}", "just one");
        int x = 10, y = 3;
        double ratio = (double)x / y;
        string name = "ilc";
        Console.WriteLine($"x={x} y={y} sum={x + y}");
        Console.WriteLine($"ratio={ratio:F3} padded=[{x,6}] left=[{name,-6}]");
        Console.WriteLine($"{name} has {name.Length} chars; point {new Point(x, y)}; hex {255:X4}");
        Console.WriteLine($"{{braces}} {x}{y}");
        Console.WriteLine($"nested: {(x > y ? "bigger" : "smaller")}");
        string table = "";
        for (int i = 1; i <= 4; i++) table += string.Format("|{0,3}|{1,6:F2}|{2,-4}|\n", i, 1.0 / i, new string[] { "a", "bb", "ccc", "dddd" }[i - 1]);
        Console.Write(table);
        object[] many = { 1, "two", 3.0, '4', 5L, 6u, (short)7 };
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}{5}{6}", many));
        Console.WriteLine(string.Format("{0:D3}-{1:D3}-{2:D4}", 5, 42, 1234));
        Console.WriteLine(string.Format("{0:N0} {1:N2} {2:F1}", 1000000, -0.5, 0.05));
    }
}
