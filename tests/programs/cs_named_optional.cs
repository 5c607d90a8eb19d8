// Named and optional arguments: defaults of several types (int, string, bool, null, enum,
// double, default(struct)), skipping middle parameters with names, reordering named
// arguments (evaluation order stays left-to-right as written), optional params on
// constructors and instance methods, and overload resolution against optional params.
using System;

enum Mode { Fast, Safe }
struct Opt { public int V; }

class Logger
{
    string prefix;
    public Logger(string prefix = "[log]", bool upper = false) { this.prefix = upper ? prefix.ToUpper() : prefix; }
    public string Line(string msg, int level = 1, string suffix = "") { return prefix + new string('>', level) + " " + msg + suffix; }
}

class Program
{
    static string Make(int a, int b = 10, string c = "c", bool d = true, string e = null, Mode m = Mode.Safe, double f = 1.5, Opt o = default(Opt))
    {
        return "a=" + a + " b=" + b + " c=" + c + " d=" + d + " e=" + (e ?? "null") + " m=" + m + " f=" + f + " o=" + o.V;
    }

    static string Which(int x) { return "Which(int)"; }
    static string Which(int x, int y = 0) { return "Which(int, int=0)"; }
    static string Which(long x) { return "Which(long)"; }

    static int Trace(string label, int v) { Console.WriteLine("  eval " + label); return v; }
    static string Pair(int first, int second) { return first + "," + second; }

    static void Main()
    {
        Console.WriteLine(Make(1));
        Console.WriteLine(Make(1, 2));
        Console.WriteLine(Make(1, 2, "x", false));
        Console.WriteLine(Make(1, e: "E"));
        Console.WriteLine(Make(a: 5, m: Mode.Fast, c: "named"));
        Console.WriteLine(Make(7, f: -2.25, o: new Opt { V = 9 }));
        Console.WriteLine(Make(b: 3, a: 4));

        Console.WriteLine("reordered named args:");
        Console.WriteLine(Pair(second: Trace("second", 2), first: Trace("first", 1)));

        Logger l1 = new Logger();
        Logger l2 = new Logger("[app]", upper: true);
        Logger l3 = new Logger(upper: true);
        Console.WriteLine(l1.Line("hello"));
        Console.WriteLine(l2.Line("warn", 3));
        Console.WriteLine(l3.Line("done", suffix: "!"));
        Console.WriteLine(l1.Line(level: 0, msg: "zero"));

        Console.WriteLine(Which(1) + " " + Which(1, 2) + " " + Which(1L));
    }
}
