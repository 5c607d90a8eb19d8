// DateTimeParse.cs — DateTime.Parse and ParseExact for the invariant culture.
//
// ParseExact reads the text against one pattern of DateTimeFormat's language ("yyyy-MM-dd",
// standard letters, quotes, escapes), strictly: "MM" wants two digits, "M" one or two.
// Parse has no pattern, so it tries the invariant culture's shapes in turn, leniently (a
// two-letter field takes one digit as well, spaces match any run of spaces). Fields a
// pattern lacks default as in .NET: no date means today, no year this year, no month or
// day the first. A trailing 'Z' or offset makes the result local time, or UTC under
// AdjustToUniversal, or keeps the text's kind under RoundtripKind.
using System.Globalization;

namespace System
{
    internal static class DateTimeParse
    {
        // What Parse tries, most specific first.
        private static readonly string[] Shapes = {
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd HH:mmK", "yyyy-MM-dd", "yyyy-MM", "yyyy/MM/dd HH:mm:ss.FFFFFFF", "yyyy/MM/dd HH:mm",
            "yyyy/MM/dd", "MM/dd/yyyy HH:mm:ss.FFFFFFF", "MM/dd/yyyy h:mm:ss tt", "MM/dd/yyyy HH:mm",
            "MM/dd/yyyy h:mm tt", "MM/dd/yyyy", "dd MMMM yyyy HH:mm:ss", "dd MMMM yyyy", "MMMM dd, yyyy HH:mm:ss",
            "MMMM dd, yyyy", "MMMM dd yyyy", "MMMM yyyy", "dddd, dd MMMM yyyy HH:mm:ss", "dddd, dd MMMM yyyy",
            "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "HH:mm:ss.FFFFFFF", "h:mm:ss tt", "HH:mm", "h:mm tt",
        };

        // The fields read so far; -1 where the text has none.
        private struct Fields
        {
            public int Year, Month, Day, Hour, Minute, Second, Pm;
            public long Fraction;   // ticks
            public long Offset;     // ticks east of UTC, when HasOffset
            public bool HasOffset, Zulu; // Zulu: the text said 'Z' (or GMT)
        }

        internal static FormatException Bad()
        {
            return new FormatException("String was not recognized as a valid DateTime.");
        }

        internal static bool TryParse(string s, DateTimeStyles styles, out DateTime result)
        {
            result = default(DateTime);
            if (s == null)
                return false;
            string text = s.Trim();
            if (text.Length == 0)
                return false;
            foreach (string shape in Shapes)
                if (TryExact(text, shape, true, styles, out result))
                    return true;
            return false;
        }

        internal static bool TryExact(string s, string format, bool lenient, DateTimeStyles styles, out DateTime result)
        {
            result = default(DateTime);
            if (s == null || string.IsNullOrEmpty(format))
                return false;
            if (format.Length == 1) {
                format = DateTimeFormat.StandardPattern(format[0]);
                if (format == null)
                    return false;
            }
            if ((styles & DateTimeStyles.AllowWhiteSpaces) != 0) {
                s = s.Trim();
                lenient = true;
            }
            Fields f = new Fields { Year = -1, Month = -1, Day = -1, Hour = -1, Minute = -1, Second = -1, Pm = -1 };
            int at = 0;
            if (!Match(s, ref at, format, lenient, ref f) || at != s.Length)
                return false;
            return Build(ref f, styles, out result);
        }

        // Reads s from at against the whole of format.
        private static bool Match(string s, ref int at, string format, bool lenient, ref Fields f)
        {
            for (int i = 0; i < format.Length;) {
                char c = format[i];
                int n = 1;
                if ("dMyhHmsfFtzgK".IndexOf(c) >= 0) {
                    while (i + n < format.Length && format[i + n] == c)
                        n++;
                    if (!Field(s, ref at, c, n, lenient, ref f))
                        return false;
                } else if (c == '\'' || c == '"') {
                    int close = format.IndexOf(c, i + 1);
                    string text = close < 0 ? null : format.Substring(i + 1, close - i - 1);
                    if (text == null || !Literal(s, ref at, text))
                        return false;
                    if (text == "GMT") { // RFC 1123's zone: UTC
                        f.HasOffset = f.Zulu = true;
                        f.Offset = 0;
                    }
                    n = close + 1 - i;
                } else if (c == '%' || c == '\\') {
                    if (i + 1 >= format.Length)
                        return false;
                    if (c == '%' ? !Match(s, ref at, format.Substring(i + 1, 1), lenient, ref f) : !Literal(s, ref at, format.Substring(i + 1, 1)))
                        return false;
                    n = 2;
                } else if (c == '.' && i + 1 < format.Length && format[i + 1] == 'F' && (at >= s.Length || s[at] != '.')) {
                    while (i + n < format.Length && format[i + n] == 'F')
                        n++; // ".FFF" with no fraction in the text: both are optional
                } else if (c == ' ' && lenient) {
                    while (at < s.Length && s[at] == ' ')
                        at++;
                } else if (at >= s.Length || s[at] != c) {
                    return false;
                } else {
                    at++;
                }
                i += n;
            }
            return true;
        }

        private static bool Literal(string s, ref int at, string text)
        {
            if (at + text.Length > s.Length || string.CompareOrdinal(s, at, text, 0, text.Length) != 0)
                return false;
            at += text.Length;
            return true;
        }

        // Between min and max digits; value is their number.
        private static bool Digits(string s, ref int at, int min, int max, out int value)
        {
            value = 0;
            int n = 0;
            while (n < max && at + n < s.Length && s[at + n] >= '0' && s[at + n] <= '9') {
                value = value * 10 + (s[at + n] - '0');
                n++;
            }
            if (n < min)
                return false;
            at += n;
            return true;
        }

        // One of names (case ignored), full or its first three letters; the index found.
        // Parse takes an abbreviation where the shape has a full name.
        private static bool Name(string s, ref int at, string[] names, bool full, bool lenient, out int index)
        {
            if (full && lenient && Name(s, ref at, names, true, false, out index))
                return true;
            if (lenient)
                full = false;
            for (index = 0; index < names.Length; index++) {
                string name = full ? names[index] : names[index].Substring(0, 3);
                if (at + name.Length <= s.Length && string.Compare(s, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) {
                    at += name.Length;
                    return true;
                }
            }
            return false;
        }

        // A run of n copies of the pattern letter c.
        private static bool Field(string s, ref int at, char c, int n, bool lenient, ref Fields f)
        {
            int two = lenient || n == 1 ? 1 : 2, v;
            switch (c) {
            case 'd':
                if (n <= 2)
                    return Digits(s, ref at, two, 2, out f.Day);
                return Name(s, ref at, DateTimeFormat.DayNames, n > 3, lenient, out v); // the day of the week is not checked
            case 'M':
                if (n <= 2)
                    return Digits(s, ref at, two, 2, out f.Month);
                if (!Name(s, ref at, DateTimeFormat.MonthNames, n > 3, lenient, out v))
                    return false;
                f.Month = v + 1;
                return true;
            case 'y':
                if (n <= 2) {
                    if (!Digits(s, ref at, two, 2, out v))
                        return false;
                    f.Year = v < 30 ? 2000 + v : 1900 + v; // the invariant calendar's TwoDigitYearMax, 2029
                    return true;
                }
                return Digits(s, ref at, n, Math.Max(n, 4), out f.Year);
            case 'h':
            case 'H':
                if (!Digits(s, ref at, two, 2, out f.Hour))
                    return false;
                if (c == 'h' && !lenient && (f.Hour < 1 || f.Hour > 12))
                    return false; // Parse reads "13:00 PM" as 13:00, as .NET does
                if (c == 'h' && f.Pm < 0)
                    f.Pm = 0; // a 12-hour clock without AM or PM is AM
                return true;
            case 'm':
                return Digits(s, ref at, two, 2, out f.Minute);
            case 's':
                return Digits(s, ref at, two, 2, out f.Second);
            case 'f':
            case 'F':
                return Fraction(s, ref at, c == 'f' ? n : 0, n, ref f);
            case 't':
                if (at < s.Length && (char.ToUpperInvariant(s[at]) == 'A' || char.ToUpperInvariant(s[at]) == 'P')) {
                    f.Pm = char.ToUpperInvariant(s[at]) == 'P' ? 1 : 0;
                    at++;
                    if (n > 1) {
                        if (at >= s.Length || char.ToUpperInvariant(s[at]) != 'M')
                            return false;
                        at++;
                    }
                    return true;
                }
                return false;
            case 'z':
                return Offset(s, ref at, ref f);
            case 'K':
                if (at < s.Length && s[at] == 'Z') {
                    at++;
                    f.HasOffset = f.Zulu = true;
                    f.Offset = 0;
                    return true;
                }
                return at >= s.Length || (s[at] != '+' && s[at] != '-') || Offset(s, ref at, ref f);
            case 'g':
                return Literal(s, ref at, "A.D.") || Literal(s, ref at, "AD");
            }
            return false;
        }

        // Digits after the decimal point, between min and max of them, as ticks. With 'F'
        // (min 0) a lone '.' before no digits is dropped too, as formatting drops it.
        private static bool Fraction(string s, ref int at, int min, int max, ref Fields f)
        {
            if (max > 7)
                return false;
            int start = at, v;
            if (!Digits(s, ref at, min, max, out v))
                return false;
            int n = at - start;
            if (n == 0 && min == 0 && start > 0 && s[start - 1] == '.')
                return false;
            for (int k = n; k < 7; k++)
                v *= 10;
            f.Fraction = v;
            return true;
        }

        // "+h", "+hh", "+hh:mm" or "+hhmm", either sign.
        private static bool Offset(string s, ref int at, ref Fields f)
        {
            if (at >= s.Length || (s[at] != '+' && s[at] != '-'))
                return false;
            int sign = s[at] == '-' ? -1 : 1, hours, minutes = 0;
            at++;
            if (!Digits(s, ref at, 1, 2, out hours))
                return false;
            if (at < s.Length && s[at] == ':')
                at++;
            int start = at;
            if (!Digits(s, ref at, 0, 2, out minutes) || (at != start && at - start != 2) || hours > 14 || minutes > 59)
                return false;
            f.HasOffset = true;
            f.Offset = sign * (hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute);
            return true;
        }

        private static bool Build(ref Fields f, DateTimeStyles styles, out DateTime result)
        {
            result = default(DateTime);
            DateTime today = f.Year < 0 && f.Month < 0 && f.Day < 0 ? DateTime.Today : default(DateTime);
            int year = f.Year >= 0 ? f.Year : f.Month < 0 && f.Day < 0 ? today.Year : DateTime.Now.Year;
            int month = f.Month >= 0 ? f.Month : f.Day < 0 && f.Year < 0 ? today.Month : 1;
            int day = f.Day >= 0 ? f.Day : f.Month < 0 && f.Year < 0 ? today.Day : 1;
            int hour = f.Hour < 0 ? 0 : f.Hour;
            if (f.Pm >= 0 && f.Hour <= 12)
                hour = hour % 12 + (f.Pm == 1 ? 12 : 0);
            else if (f.Pm == 0 && f.Hour > 12)
                return false;
            int minute = f.Minute < 0 ? 0 : f.Minute, second = f.Second < 0 ? 0 : f.Second;
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
                hour > 23 || minute > 59 || second > 59)
                return false;
            result = new DateTime(year, month, day, hour, minute, second).AddTicks(f.Fraction);
            if (!f.HasOffset) {
                if ((styles & DateTimeStyles.AssumeUniversal) != 0)
                    result = DateTime.SpecifyKind(result, DateTimeKind.Utc);
                else if ((styles & DateTimeStyles.AssumeLocal) != 0)
                    result = DateTime.SpecifyKind(result, DateTimeKind.Local);
                if ((styles & DateTimeStyles.AdjustToUniversal) != 0)
                    result = result.ToUniversalTime();
                return true;
            }
            DateTime utc = new DateTime(result.Ticks - f.Offset, DateTimeKind.Utc);
            if ((styles & DateTimeStyles.AdjustToUniversal) != 0)
                result = utc;
            else if ((styles & DateTimeStyles.RoundtripKind) != 0 && f.Zulu)
                result = DateTime.SpecifyKind(result, DateTimeKind.Utc);
            else
                result = utc.ToLocalTime();
            return true;
        }
    }
}

namespace System.Globalization
{
    [Flags]
    public enum DateTimeStyles
    {
        None = 0,
        AllowLeadingWhite = 1,
        AllowTrailingWhite = 2,
        AllowInnerWhite = 4,
        AllowWhiteSpaces = 7,
        NoCurrentDateDefault = 8,
        AdjustToUniversal = 16,
        AssumeLocal = 32,
        AssumeUniversal = 64,
        RoundtripKind = 128
    }
}
