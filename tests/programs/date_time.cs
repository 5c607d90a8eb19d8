// System.DateTime: the calendar (leap years, month ends, day of week), construction and
// its range checks, arithmetic, comparison, custom and standard formats, and the clock
// (checked against bounds, never printed, so that the output is deterministic).
using System;
using System.Collections.Generic;

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

    static void Show(DateTime d)
    {
        Console.WriteLine("{0} y={1} m={2} d={3} h={4} mi={5} s={6} ms={7} {8} doy={9} ticks={10} {11}", d, d.Year,
                          d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Millisecond, d.DayOfWeek, d.DayOfYear,
                          d.Ticks, d.Kind);
    }

    static void Calendar()
    {
        foreach (int y in new int[] { 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9996, 9999 })
            Console.WriteLine("{0}: leap={1} feb={2}", y, DateTime.IsLeapYear(y), DateTime.DaysInMonth(y, 2));
        for (int m = 1; m <= 12; m++)
            Console.Write(DateTime.DaysInMonth(2023, m) + (m < 12 ? " " : "\n"));
        Try("IsLeapYear(0)", () => DateTime.IsLeapYear(0));
        Try("IsLeapYear(10000)", () => DateTime.IsLeapYear(10000));
        Try("DaysInMonth(2023, 13)", () => DateTime.DaysInMonth(2023, 13));
        Try("DaysInMonth(0, 0)", () => DateTime.DaysInMonth(0, 0));
        Try("DaysInMonth(0, 1)", () => DateTime.DaysInMonth(0, 1));
        // Every day boundary of a 400-year cycle and the years around it round-trips.
        int bad = 0;
        DateTime d = new DateTime(1999, 12, 25);
        for (int i = 0; i < 146097 + 800; i++, d = d.AddDays(1)) {
            DateTime e = new DateTime(d.Year, d.Month, d.Day);
            if (e != d || d.Day > DateTime.DaysInMonth(d.Year, d.Month) || (int)d.DayOfWeek != (i + 6) % 7)
                bad++;
        }
        Console.WriteLine("round trip through {0}: {1} bad", d.ToString("yyyy-MM-dd"), bad);
    }

    static void Construction()
    {
        Show(new DateTime(2024, 2, 29));
        Show(new DateTime(2024, 2, 29, 13, 5, 9));
        Show(new DateTime(2024, 12, 31, 23, 59, 59, 999));
        Show(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Show(new DateTime(2000, 1, 1, 0, 0, 0, 1, DateTimeKind.Local));
        Show(new DateTime(630822816000000000));
        Show(new DateTime(630822816000000000, DateTimeKind.Utc));
        Show(DateTime.MinValue);
        Show(DateTime.MaxValue);
        Show(new DateTime(1970, 1, 1));
        Show(DateTime.SpecifyKind(new DateTime(1970, 1, 1), DateTimeKind.Utc));
        Try("2023-02-29", () => new DateTime(2023, 2, 29));
        Try("1900-02-29", () => new DateTime(1900, 2, 29));
        Try("2023-04-31", () => new DateTime(2023, 4, 31));
        Try("0000-01-01", () => new DateTime(0, 1, 1));
        Try("10000-01-01", () => new DateTime(10000, 1, 1));
        Try("month 13", () => new DateTime(2023, 13, 1));
        Try("day 0", () => new DateTime(2023, 1, 0));
        Try("hour 24", () => new DateTime(2023, 1, 1, 24, 0, 0));
        Try("minute -1", () => new DateTime(2023, 1, 1, 0, -1, 0));
        Try("second 60", () => new DateTime(2023, 1, 1, 0, 0, 60));
        Try("millisecond 1000", () => new DateTime(2023, 1, 1, 0, 0, 0, 1000));
        Try("ticks -1", () => new DateTime(-1L));
        Try("ticks max+1", () => new DateTime(DateTime.MaxValue.Ticks + 1));
        Try("kind 5", () => new DateTime(2023, 1, 1, 0, 0, 0, (DateTimeKind)5));
        Try("ticks kind 3", () => new DateTime(0L, (DateTimeKind)3));
    }

    static void Parts()
    {
        DateTime d = new DateTime(2024, 2, 29, 13, 5, 9, 250, DateTimeKind.Utc);
        Console.WriteLine("{0} {1} {2} {3}", d.Date, d.Date.Kind, d.TimeOfDay, d.TimeOfDay.Ticks);
        Console.WriteLine("{0} {1}", DateTime.MaxValue.TimeOfDay, DateTime.MaxValue.Date);
    }

    static void Arithmetic()
    {
        DateTime d = new DateTime(2024, 1, 31, 10, 30, 0);
        Show(d.AddMonths(1));
        Show(d.AddMonths(-1));
        Show(d.AddMonths(13));
        Show(d.AddMonths(-25));
        Show(new DateTime(2024, 3, 31).AddMonths(-1));
        Show(new DateTime(2024, 2, 29).AddYears(1));
        Show(new DateTime(2024, 2, 29).AddYears(4));
        Show(new DateTime(2024, 2, 29).AddYears(-100));
        Show(d.AddDays(0.5));
        Show(d.AddDays(-366));
        Show(d.AddHours(36.25));
        Show(d.AddMinutes(-90));
        Show(d.AddSeconds(3661.5));
        Show(d.AddMilliseconds(1.5));
        Show(d.AddTicks(1));
        Show(d.Add(new TimeSpan(1, 2, 3, 4)));
        Show(d.Subtract(new TimeSpan(31, 0, 0, 0)));
        Show(d + TimeSpan.FromHours(14));
        Show(d - TimeSpan.FromHours(11));
        Console.WriteLine("{0} {1}", new DateTime(2024, 1, 1).AddMilliseconds(0.6).Ticks,
                          new DateTime(2024, 1, 1).AddMilliseconds(-0.6).Ticks);
        Console.WriteLine("{0} {1}", new DateTime(2024, 1, 1).AddMilliseconds(2.5).Ticks,
                          new DateTime(2024, 1, 1).AddSeconds(0.00015).Ticks);
        DateTime a = new DateTime(2000, 1, 1), b = new DateTime(2024, 2, 29, 12, 0, 0);
        Console.WriteLine("{0} {1} {2} {3}", b - a, a - b, b.Subtract(a).TotalDays, DateTime.MaxValue - DateTime.MinValue);
        DateTime u = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Console.WriteLine("{0} {1} {2} {3}", (u + TimeSpan.FromHours(1)).Kind, u.AddDays(1).Kind, u.AddMonths(1).Kind,
                          u.Date.Kind);
        Try("MaxValue.AddDays(1)", () => DateTime.MaxValue.AddDays(1));
        Try("MaxValue.AddTicks(1)", () => DateTime.MaxValue.AddTicks(1));
        Try("MinValue.AddTicks(-1)", () => DateTime.MinValue.AddTicks(-1));
        Try("MaxValue.AddMonths(1)", () => DateTime.MaxValue.AddMonths(1));
        Try("MinValue.AddMonths(-1)", () => DateTime.MinValue.AddMonths(-1));
        Try("MinValue.AddMonths(120001)", () => DateTime.MinValue.AddMonths(120001));
        Try("MinValue.AddMonths(119988)", () => DateTime.MinValue.AddMonths(119988));
        Try("MinValue.AddMonths(119987)", () => DateTime.MinValue.AddMonths(119987));
        Try("MinValue.AddYears(10000)", () => DateTime.MinValue.AddYears(10000));
        Try("MinValue.AddYears(10001)", () => DateTime.MinValue.AddYears(10001));
        Try("MaxValue.AddYears(-9998)", () => DateTime.MaxValue.AddYears(-9998));
        Try("MaxValue + 1 day", () => DateTime.MaxValue + TimeSpan.FromDays(1));
        Try("MinValue - 1 day", () => DateTime.MinValue - TimeSpan.FromDays(1));
        Try("MinValue.Subtract(1 day)", () => DateTime.MinValue.Subtract(TimeSpan.FromDays(1)));
        Try("MinValue.Add(-1 day)", () => DateTime.MinValue.Add(TimeSpan.FromDays(-1)));
        Try("MinValue + MinValue span", () => DateTime.MinValue + TimeSpan.MinValue);
        Try("MaxValue - MinValue span", () => DateTime.MaxValue - TimeSpan.MinValue);
        Try("AddDays(NaN)", () => DateTime.MinValue.AddDays(double.NaN));
        Try("AddDays(1e300)", () => DateTime.MinValue.AddDays(1e300));
        Try("AddHours(-inf)", () => DateTime.MaxValue.AddHours(double.NegativeInfinity));
        Try("AddDays(3652059)", () => DateTime.MinValue.AddDays(3652059));
        Try("AddDays(3652058.9)", () => DateTime.MinValue.AddDays(3652058.9));
    }

    static void Comparison()
    {
        DateTime a = new DateTime(2024, 1, 1), b = new DateTime(2024, 1, 2);
        DateTime au = DateTime.SpecifyKind(a, DateTimeKind.Utc);
        Console.WriteLine("{0} {1} {2} {3} {4} {5}", a == au, a != b, (a < b), (a > b), a <= au, b >= a);
        Console.WriteLine("{0} {1} {2} {3}", a.CompareTo(b), b.CompareTo(a), a.CompareTo(au), a.CompareTo(null));
        Console.WriteLine("{0} {1} {2} {3}", DateTime.Compare(a, b), a.Equals(au), a.Equals((object)au), a.Equals((object)1));
        Console.WriteLine("{0} {1}", DateTime.Equals(a, b), a.CompareTo((object)b));
        Try("CompareTo(string)", () => a.CompareTo("x"));
        Console.WriteLine("{0} {1} {2}", a.GetHashCode(), au.GetHashCode(), DateTime.MaxValue.GetHashCode());
        List<DateTime> list = new List<DateTime> { b, DateTime.MaxValue, a, DateTime.MinValue };
        list.Sort();
        Console.WriteLine(string.Join(", ", list));
        Dictionary<DateTime, int> seen = new Dictionary<DateTime, int>();
        seen[a] = 1;
        Console.WriteLine(seen.ContainsKey(au));
    }

    static void Formatting()
    {
        DateTime d = new DateTime(2024, 2, 29, 13, 5, 9, 72);
        DateTime[] dates = { d, new DateTime(2005, 7, 4, 0, 30, 0), new DateTime(1, 1, 1), DateTime.MaxValue,
                             new DateTime(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc) };
        string[] formats = { "yyyy-MM-dd HH:mm:ss", "d", "D", "f", "F", "g", "G", "M", "m", "Y", "y", "t", "T", "s", "u",
                             "R", "r", "dd/MM/yy", "d/M/y", "yyy yyyyy", "hh:mm tt", "h:m:s t", "H:mm", "fff", "f ff ffff fffffff",
                             "ss.FFF", "ss.FFFFFFF", "ss,FF", "ddd dddd MMM MMMM", "'Day' d 'of' MMMM", "\"quoted\" yyyy",
                             "\\y\\e\\a\\r yyyy", "%d", "%M", "%y", "%h", "yyyyMMddTHHmmss", "HH 'o''clock'", "g gg",
                             "[yyyy]", "d-MMM-yyyy hh:mm:ss.fff tt" };
        foreach (DateTime x in dates) {
            Console.WriteLine("{0} [{1}] [{2}]", x, x.ToString(), x.ToString((IFormatProvider)null));
            foreach (string f in formats)
                Console.WriteLine("  {0,-24} {1}", f, x.ToString(f));
            Console.WriteLine("  {0} | {1} | {2} | {3}", x.ToShortDateString(), x.ToLongDateString(),
                              x.ToShortTimeString(), x.ToLongTimeString());
            Console.WriteLine("  {0:yyyy/MM/dd} {1:o}", x, x);
        }
        Console.WriteLine(new DateTime(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(new DateTime(2024, 2, 29, 13, 5, 9, 123).AddTicks(4567).ToString("O"));
        Console.WriteLine(new DateTime(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc).ToString("K zzz zz z"));
        Try("format \"q\"", () => d.ToString("q"));
        Try("format \"%\"", () => d.ToString("%"));
        Try("format \"ffffffff\"", () => d.ToString("ffffffff"));
        Try("format \"'open\"", () => d.ToString("'open"));
        Try("format \"\\\\\"", () => d.ToString("\\"));
    }

    static void Clock()
    {
        DateTime before = DateTime.UtcNow;
        DateTime now = DateTime.Now, today = DateTime.Today;
        DateTime after = DateTime.UtcNow;
        TimeSpan slack = TimeSpan.FromHours(15);
        Console.WriteLine("UtcNow kind {0}, ordered {1}", before.Kind, before <= after);
        Console.WriteLine("UtcNow after 2024: {0}", before.Year >= 2024);
        Console.WriteLine("Now kind {0}, within a time zone of UtcNow {1}", now.Kind,
                          now >= before - slack && now <= after + slack);
        // Exact except within an hour of a daylight-saving change, where the offset of the
        // local time read as UTC may differ from the one in force.
        TimeSpan hour = TimeSpan.FromHours(1);
        Console.WriteLine("Now round trip {0}", now.ToUniversalTime() >= before - hour && now.ToUniversalTime() <= after + hour);
        Console.WriteLine("Today kind {0}, midnight {1}, within a day of Now {2}", today.Kind, today.TimeOfDay == TimeSpan.Zero,
                          now - today < TimeSpan.FromDays(1) && now >= today);
        Console.WriteLine("UTC ToUniversalTime unchanged {0}", before.ToUniversalTime() == before);
    }

    static void Main()
    {
        Calendar();
        Construction();
        Parts();
        Arithmetic();
        Comparison();
        Formatting();
        Clock();
        object boxed = new DateTime(2001, 9, 9, 1, 46, 40);
        Console.WriteLine("{0} {1} {2}", boxed, boxed is IComparable, boxed is IFormattable);
        Console.WriteLine("{0} {1}", DayOfWeek.Saturday, DateTimeKind.Local);
    }
}
