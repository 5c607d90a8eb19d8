// DateTimeFormat.cs — DateTime.ToString for the one culture ilc has, the
// invariant one (what Mono uses under the C/POSIX locale).
//
// A one-letter format is a standard format and stands for a custom pattern
// ("G", the default, is "MM/dd/yyyy HH:mm:ss"); every other format is a custom
// pattern, read left to right as runs of one pattern letter ("yyyy", "MM",
// "fff"), quoted literals ('...' or "..."), backslash escapes, '%' before a lone
// letter, and any other character copied as it is.
using System.Text;

namespace System
{
    internal static class DateTimeFormat
    {
        internal static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        internal static string Format(DateTime dt, string format)
        {
            if (format == null || format.Length == 0)
                format = "G";
            if (format.Length == 1)
                format = Standard(format[0]);
            StringBuilder sb = new StringBuilder();
            AppendCustom(sb, dt, format);
            return sb.ToString();
        }

        private static string Standard(char c)
        {
            string pattern = StandardPattern(c);
            if (pattern == null)
                throw BadFormat();
            return pattern;
        }

        // The invariant culture's pattern for each standard format letter, or null
        // (DateTimeParse reads with the same patterns).
        internal static string StandardPattern(char c)
        {
            switch (c)
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm':
                case 'M': return "MMMM dd";
                case 'o':
                case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r':
                case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'y':
                case 'Y': return "yyyy MMMM";
            }
            return null;
        }

        private static FormatException BadFormat()
        {
            return new FormatException("Input string was not in a correct format.");
        }

        private static void AppendCustom(StringBuilder sb, DateTime dt, string format)
        {
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int n = 1;
                if ("dMyhHmsfFtzg".IndexOf(c) >= 0)
                {
                    while (i + n < format.Length && format[i + n] == c)
                        n++;
                    AppendField(sb, dt, c, n);
                }
                else if (c == '\'' || c == '"')
                {
                    n = AppendQuoted(sb, format, i);
                }
                else if (c == '%')
                {
                    // "%d" is the custom "d", not the standard short date.
                    if (i + 1 >= format.Length || format[i + 1] == '%')
                        throw BadFormat();
                    AppendCustom(sb, dt, format.Substring(i + 1, 1));
                    n = 2;
                }
                else if (c == '\\')
                {
                    if (i + 1 >= format.Length)
                        throw BadFormat();
                    sb.Append(format[i + 1]);
                    n = 2;
                }
                else if (c == 'K')
                {
                    AppendKind(sb, dt);
                }
                else
                {
                    // ':' and '/' are the invariant time and date separators, themselves.
                    sb.Append(c);
                }
                i += n;
            }
        }

        // A run of n copies of the pattern letter c.
        private static void AppendField(StringBuilder sb, DateTime dt, char c, int n)
        {
            int digits = n < 2 ? n : 2;
            switch (c)
            {
                case 'd':
                    if (n <= 2)
                        TimeSpan.AppendDigits(sb, dt.Day, n);
                    else
                        AppendName(sb, DayNames[(int)dt.DayOfWeek], n);
                    break;
                case 'M':
                    if (n <= 2)
                        TimeSpan.AppendDigits(sb, dt.Month, n);
                    else
                        AppendName(sb, MonthNames[dt.Month - 1], n);
                    break;
                case 'y':
                    if (n <= 2)
                        TimeSpan.AppendDigits(sb, dt.Year % 100, n);
                    else
                        TimeSpan.AppendDigits(sb, dt.Year, n);
                    break;
                case 'h':
                    TimeSpan.AppendDigits(sb, dt.Hour % 12 == 0 ? 12 : dt.Hour % 12, digits);
                    break;
                case 'H':
                    TimeSpan.AppendDigits(sb, dt.Hour, digits);
                    break;
                case 'm':
                    TimeSpan.AppendDigits(sb, dt.Minute, digits);
                    break;
                case 's':
                    TimeSpan.AppendDigits(sb, dt.Second, digits);
                    break;
                case 'f':
                case 'F':
                    AppendFraction(sb, dt, c, n);
                    break;
                case 't':
                    string designator = dt.Hour < 12 ? "AM" : "PM";
                    sb.Append(n == 1 ? designator.Substring(0, 1) : designator);
                    break;
                case 'z':
                    AppendOffset(sb, dt, n);
                    break;
                case 'g':
                    sb.Append("A.D.");
                    break;
            }
        }

        // Three letters give the abbreviation, four or more the full name.
        private static void AppendName(StringBuilder sb, string name, int n)
        {
            sb.Append(n == 3 ? name.Substring(0, 3) : name);
        }

        // The first n digits of the fraction of a second. With 'F' trailing zeros are
        // dropped, and when nothing is left a '.' just before goes too, so that
        // "ss.FFF" prints "05" rather than "05." for a whole second.
        private static void AppendFraction(StringBuilder sb, DateTime dt, char c, int n)
        {
            if (n > 7)
                throw BadFormat();
            int fraction = (int)(dt.Ticks % TimeSpan.TicksPerSecond);
            for (int k = n; k < 7; k++)
                fraction /= 10;
            if (c == 'F')
            {
                while (n > 0 && fraction % 10 == 0)
                {
                    fraction /= 10;
                    n--;
                }
                if (n == 0)
                {
                    if (sb.Length > 0 && sb[sb.Length - 1] == '.')
                        sb.Length--;
                    return;
                }
            }
            TimeSpan.AppendDigits(sb, fraction, n);
        }

        // "K": nothing for an unspecified kind, "Z" for UTC, the local offset for local.
        private static void AppendKind(StringBuilder sb, DateTime dt)
        {
            if (dt.Kind == DateTimeKind.Utc)
                sb.Append('Z');
            else if (dt.Kind == DateTimeKind.Local)
                AppendOffset(sb, dt, 3);
        }

        // "z" +h, "zz" +hh, "zzz" +hh:mm: the offset from UTC, zero for UTC times and
        // the local time zone's for the others.
        private static void AppendOffset(StringBuilder sb, DateTime dt, int n)
        {
            long offset = dt.Kind == DateTimeKind.Utc ? 0 : DateTime.LocalOffsetTicks(dt.Ticks);
            sb.Append(offset < 0 ? '-' : '+');
            int minutes = (int)((offset < 0 ? -offset : offset) / TimeSpan.TicksPerMinute);
            TimeSpan.AppendDigits(sb, minutes / 60, n == 1 ? 1 : 2);
            if (n >= 3)
            {
                sb.Append(':');
                TimeSpan.AppendDigits(sb, minutes % 60, 2);
            }
        }

        private static int AppendQuoted(StringBuilder sb, string format, int start)
        {
            char quote = format[start];
            int i = start + 1;
            while (i < format.Length && format[i] != quote)
            {
                if (format[i] == '\\' && i + 1 < format.Length)
                    i++;
                sb.Append(format[i]);
                i++;
            }
            if (i >= format.Length)
                throw new FormatException("Cannot find a matching quote character for the character '" + quote + "'.");
            return i + 1 - start;
        }
    }
}
