// System.TimeSpan: construction, components, totals, rounding of the From* factories,
// arithmetic and its overflow checks, comparison, formatting and parsing.
using System;
using System.Collections.Generic;
using System.Diagnostics;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try {
            Console.WriteLine(label + ": " + f());
        } catch (Exception e) {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message.Replace(Environment.NewLine, " | "));
        }
    }

    static void Show(TimeSpan t)
    {
        Console.WriteLine("{0} ticks={1} d={2} h={3} m={4} s={5} ms={6}", t, t.Ticks, t.Days, t.Hours,
                          t.Minutes, t.Seconds, t.Milliseconds);
    }

    static void Constructors()
    {
        Show(new TimeSpan(0));
        Show(new TimeSpan(1));
        Show(new TimeSpan(-1));
        Show(new TimeSpan(123456789012345));
        Show(new TimeSpan(1, 2, 3));
        Show(new TimeSpan(-1, -2, -3));
        Show(new TimeSpan(25, 61, 61));
        Show(new TimeSpan(1, 2, 3, 4));
        Show(new TimeSpan(1, 2, 3, 4, 5));
        Show(new TimeSpan(-1, 2, 3, 4, 5));
        Show(new TimeSpan(0, 0, 0, 0, 1500));
        Show(new TimeSpan(10675199, 2, 48, 5, 477));
        Show(TimeSpan.Zero);
        Show(TimeSpan.MaxValue);
        Show(TimeSpan.MinValue);
        Try("ctor h,m,s overflow", () => new TimeSpan(int.MaxValue, 0, 0));
        Try("ctor d,h,m,s overflow", () => new TimeSpan(int.MaxValue, 0, 0, 0));
        Try("ctor d,h,m,s,ms overflow", () => new TimeSpan(10675199, 2, 48, 5, 478));
        Try("ctor negative overflow", () => new TimeSpan(-10675199, -2, -48, -5, -478));
        Try("ctor all max", () => new TimeSpan(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue));
        Console.WriteLine("{0} {1} {2} {3} {4}", TimeSpan.TicksPerMillisecond, TimeSpan.TicksPerSecond,
                          TimeSpan.TicksPerMinute, TimeSpan.TicksPerHour, TimeSpan.TicksPerDay);
    }

    static void Totals()
    {
        TimeSpan[] spans = { new TimeSpan(1, 2, 3, 4, 5), new TimeSpan(-3, 4, 5, 6, 7), new TimeSpan(1),
                             TimeSpan.MaxValue, TimeSpan.MinValue, new TimeSpan(0, 0, 0, 0, 1) };
        foreach (TimeSpan t in spans)
            Console.WriteLine("{0}: {1} {2} {3} {4} {5}", t, t.TotalDays, t.TotalHours, t.TotalMinutes,
                              t.TotalSeconds, t.TotalMilliseconds);
    }

    static void Factories()
    {
        double[] values = { 0, 0.5, 1.5, -0.5, -1.5, 0.0001, 0.0005, -0.0005, 0.00015, 1e-8, 123.4567,
                            1.0000001, 2.5, 1e6 };
        foreach (double v in values)
            Console.WriteLine("{0}: d={1} h={2} m={3} s={4} ms={5}", v, TimeSpan.FromDays(v).Ticks,
                              TimeSpan.FromHours(v).Ticks, TimeSpan.FromMinutes(v).Ticks,
                              TimeSpan.FromSeconds(v).Ticks, TimeSpan.FromMilliseconds(v).Ticks);
        Console.WriteLine(TimeSpan.FromTicks(12345));
        Try("FromDays(10675199.1)", () => TimeSpan.FromDays(10675199.1));
        Try("FromDays(10675200)", () => TimeSpan.FromDays(10675200));
        Try("FromDays(-10675200)", () => TimeSpan.FromDays(-10675200));
        Try("FromMilliseconds(922337203685476)", () => TimeSpan.FromMilliseconds(922337203685476.0));
        Try("FromMilliseconds(922337203685477)", () => TimeSpan.FromMilliseconds(922337203685477.0));
        Try("FromSeconds(+inf)", () => TimeSpan.FromSeconds(double.PositiveInfinity));
        Try("FromHours(-inf)", () => TimeSpan.FromHours(double.NegativeInfinity));
        Try("FromMinutes(NaN)", () => TimeSpan.FromMinutes(double.NaN));
        Try("FromDays(1e300)", () => TimeSpan.FromDays(1e300));
    }

    static void Arithmetic()
    {
        TimeSpan a = new TimeSpan(1, 12, 0, 0), b = TimeSpan.FromMinutes(90);
        Console.WriteLine("{0} {1} {2} {3} {4}", a + b, a - b, b - a, -a, +b);
        Console.WriteLine("{0} {1} {2} {3}", a.Add(b), a.Subtract(b), a.Negate(), (b - a).Duration());
        Try("Max + 1", () => TimeSpan.MaxValue + new TimeSpan(1));
        Try("Min - 1", () => TimeSpan.MinValue - new TimeSpan(1));
        Try("Max - Min", () => TimeSpan.MaxValue - TimeSpan.MinValue);
        Try("Min + Max", () => TimeSpan.MinValue + TimeSpan.MaxValue);
        Try("Max - Max", () => TimeSpan.MaxValue - TimeSpan.MaxValue);
        Try("-Min", () => -TimeSpan.MinValue);
        Try("-Max", () => -TimeSpan.MaxValue);
        Try("Min.Duration()", () => TimeSpan.MinValue.Duration());
        Try("Min.Negate()", () => TimeSpan.MinValue.Negate());
    }

    static void Comparison()
    {
        TimeSpan a = TimeSpan.FromSeconds(1), b = TimeSpan.FromMilliseconds(1000), c = TimeSpan.FromSeconds(2);
        Console.WriteLine("{0} {1} {2} {3} {4} {5}", a == b, a != b, (a < c), (a > c), a <= b, c >= a);
        Console.WriteLine("{0} {1} {2} {3}", a.CompareTo(c), c.CompareTo(a), a.CompareTo(b), a.CompareTo(null));
        Console.WriteLine("{0} {1} {2}", TimeSpan.Compare(a, c), a.Equals(b), a.Equals((object)b));
        Console.WriteLine("{0} {1} {2}", a.Equals((object)1000), TimeSpan.Equals(a, c), a.CompareTo((object)c));
        Try("CompareTo(string)", () => a.CompareTo("x"));
        Console.WriteLine("{0} {1} {2} {3}", a.GetHashCode(), new TimeSpan(1L << 32).GetHashCode(),
                          TimeSpan.MinValue.GetHashCode(), new TimeSpan(-5).GetHashCode());
        List<TimeSpan> list = new List<TimeSpan> { c, TimeSpan.Zero, -a, b, TimeSpan.MaxValue };
        list.Sort();
        Console.WriteLine(string.Join(", ", list));
        IComparable<TimeSpan> ic = a;
        IEquatable<TimeSpan> ie = a;
        Console.WriteLine("{0} {1}", ic.CompareTo(c), ie.Equals(b));
        Dictionary<TimeSpan, string> d = new Dictionary<TimeSpan, string>();
        d[a] = "one second";
        Console.WriteLine(d[b]);
    }

    static void Formatting()
    {
        TimeSpan[] spans = { TimeSpan.Zero, new TimeSpan(1), new TimeSpan(0, 1, 2, 3, 400), new TimeSpan(-1, -2, -3, -4, -5),
                             new TimeSpan(12, 0, 0, 0), new TimeSpan(0, 0, 0, 0, 120), TimeSpan.MaxValue, TimeSpan.MinValue };
        foreach (TimeSpan t in spans)
            Console.WriteLine("{0} [{1}] [{2}] [{3}] [{4}] [{5}]", t.ToString(), t.ToString("c"), t.ToString("g"),
                              t.ToString("G"), t.ToString(null), string.Format("{0:c}", t));
        Try("ToString(\"x\")", () => TimeSpan.Zero.ToString("x"));
    }

    static void Parsing()
    {
        string[] inputs = { "0", "1", "-1", " 1 ", "1:2", "1:2:3", "1.2:3", "1.2:3:4", "1.2:3:4.5", "1:2:3.1234567",
                            "1:2:3.12345678", "23:59:59", "1:60", "00:00:60", "1.24:00", "-1.02:03:04.5", "- 1", "+1",
                            "1:2:3:4", "1:2:3:4.5", "1.", "1:", "1:2:", "1.2", "1:2.3", ".5", "1:02:03.",
                            "00:00:00.0000001", "12345678", "10675199", "10675200", "\t1:2\t", "", "  ",
                            "1:2:3.1 2", "01:02:03,5", "1e3", "1:-2", "0:0:0.9999999", "1:2:3.0001",
                            "2147483648", "10675199.02:48:05.4775807", "10675199.02:48:05.4775808",
                            "-10675199.02:48:05.4775808", "-10675199.02:48:05.4775809", "1:2:3:4:5", "1.2.3" };
        foreach (string s in inputs) {
            Try("Parse(\"" + s + "\")", () => TimeSpan.Parse(s));
            TimeSpan t;
            bool ok = TimeSpan.TryParse(s, out t);
            Console.WriteLine("  TryParse: {0} {1}", ok, t);
        }
        Try("Parse(null)", () => TimeSpan.Parse(null));
        TimeSpan u;
        Console.WriteLine("TryParse(null): {0} {1}", TimeSpan.TryParse(null, out u), u);
        foreach (TimeSpan t in new TimeSpan[] { TimeSpan.MaxValue, TimeSpan.MinValue, new TimeSpan(-7, -6, -5, -4, -3) })
            Console.WriteLine("round trip {0}: {1}", t, TimeSpan.Parse(t.ToString()) == t);
    }

    static void Main()
    {
        Constructors();
        Totals();
        Factories();
        Arithmetic();
        Comparison();
        Formatting();
        Parsing();
        Stopwatch sw = Stopwatch.StartNew();
        sw.Stop();
        Console.WriteLine("Stopwatch.Elapsed: {0} {1}", sw.Elapsed >= TimeSpan.Zero, sw.Elapsed.Ticks == sw.ElapsedTicks);
        object boxed = TimeSpan.FromHours(1.5);
        Console.WriteLine("{0} {1}", boxed, boxed is IComparable);
    }
}
