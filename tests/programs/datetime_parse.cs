// DateTime.Parse, TryParse, ParseExact and TryParseExact in the invariant culture: the ISO
// shapes (with and without time, fraction, 'T'), US month/day/year with 12- and 24-hour
// clocks, month names full and abbreviated, RFC 1123, one-digit fields; strict patterns
// ("MM" wants two digits, "M" takes one), two-digit years, a list of patterns, standard
// letters; invalid dates and times refused; zones read under AdjustToUniversal and
// RoundtripKind (so the machine's time zone does not matter). Dates without a time, or
// times without a date, are not printed where they would depend on today.
using System;
using System.Globalization;

class DateTimeParsing
{
    static string Show(DateTime d)
    {
        return d.ToString("yyyy-MM-dd HH:mm:ss.fffffff") + " " + d.Kind;
    }

    static void Main()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        string[] inputs = {
            "2020-03-04", "2020-03-04T05:06:07", "2020-03-04T05:06:07.1234567", "2020-03-04 05:06", "2020-3-4",
            "03/04/2020", "3/4/2020 5:06:07 PM", "3/4/2020 12:30:00 AM", "3/4/2020 17:06", "2020/03/04", "04 March 2020",
            "4 Mar 2020", "March 4, 2020", "Wednesday, 04 March 2020", " 2020-03-04 ", "Mar 2020", "2020-03",
            "2020-02-30", "2020-02-29", "2019-02-29", "hello", "", "13/01/2020", "2020-03-04 25:00", "3/4/2020 13:00:00 PM",
        };
        foreach (string s in inputs) {
            DateTime d;
            bool ok = DateTime.TryParse(s, inv, DateTimeStyles.None, out d);
            Console.WriteLine("[" + s + "] " + ok + (ok ? " " + Show(d) : ""));
        }

        string[][] exact = {
            new[] { "20200304", "yyyyMMdd" }, new[] { "04/03/2020 13:45", "dd/MM/yyyy HH:mm" }, new[] { "4/3/20", "d/M/yy" },
            new[] { "4/3/49", "d/M/yy" }, new[] { "4/3/50", "d/M/yy" }, new[] { "Mar 4 2020", "MMM d yyyy" },
            new[] { "2020-3-4", "yyyy-MM-dd" }, new[] { "2020-03-04", "yyyy-M-d" }, new[] { "12 2020", "dd yyyy" },
            new[] { "2020-03-04", "s" }, new[] { "2020-03-04T05:06:07", "s" }, new[] { "03/04/2020", "d" },
            new[] { "2020-03-04T05:06:07.1234567", "o" }, new[] { "05.06.2020 07h08", "dd.MM.yyyy HH'h'mm" },
            new[] { "2020-03-04 05:06:07.25", "yyyy-MM-dd HH:mm:ss.FFF" }, new[] { "2020-03-04 05:06:07", "yyyy-MM-dd HH:mm:ss.FFF" },
            new[] { "2020-03-04 05:06:07.250", "yyyy-MM-dd HH:mm:ss.ff" }, new[] { "Thursday 2020-03-05", "dddd yyyy-MM-dd" },
            new[] { "2020-03-04 ", "yyyy-MM-dd" }, new[] { "2020-03-04x", "yyyy-MM-dd" },
        };
        foreach (string[] p in exact) {
            DateTime d;
            bool ok = DateTime.TryParseExact(p[0], p[1], inv, DateTimeStyles.None, out d);
            Console.WriteLine("[" + p[0] + "|" + p[1] + "] " + ok + (ok ? " " + Show(d) : ""));
        }

        Console.WriteLine(Show(DateTime.Parse("2020-03-04T05:06:07Z", inv, DateTimeStyles.RoundtripKind)));
        Console.WriteLine(Show(DateTime.Parse("2020-03-04T05:06:07Z", inv, DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine(Show(DateTime.Parse("2020-03-04T05:06:07+02:00", inv, DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine(Show(DateTime.Parse("2020-03-04T05:06:07-05:30", inv, DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine(Show(DateTime.Parse("Wed, 04 Mar 2020 05:06:07 GMT", inv, DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine(Show(DateTime.ParseExact("2020-03-04 05:06", "yyyy-MM-dd HH:mm", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine(Show(DateTime.ParseExact("  2020-03-04  ", "yyyy-MM-dd", inv, DateTimeStyles.AllowWhiteSpaces)));
        Console.WriteLine(DateTime.ParseExact("2020-03-04 05:06:07", new[] { "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" }, inv, DateTimeStyles.None));

        DateTime when = new DateTime(2021, 12, 31, 23, 59, 58).AddTicks(1234567);
        foreach (string f in new[] { "o", "s", "yyyy-MM-dd HH:mm:ss.fffffff", "MM/dd/yyyy hh:mm:ss tt", "dddd, dd MMMM yyyy HH:mm:ss" }) {
            string text = when.ToString(f, inv);
            Console.WriteLine(f + " -> " + text + " -> " + Show(DateTime.ParseExact(text, f, inv)));
        }
        Console.WriteLine(DateTime.Parse(when.ToString()) == new DateTime(2021, 12, 31, 23, 59, 58));

        try { DateTime.ParseExact("2020", "yyyy-MM", inv); }
        catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        try { DateTime.Parse(null); }
        catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException " + e.ParamName); }
        DateTime none;
        Console.WriteLine(DateTime.TryParse(null, out none) + " " + Show(none));
    }
}
