// TimeSpan.cs — System.TimeSpan: a signed count of 100 ns ticks.
//
// Everything is integer arithmetic on the tick count except the From*(double)
// factories and Total* properties, which follow .NET Framework (and so Mono):
// From* rounds to the nearest whole millisecond, halves away from zero, so
// TimeSpan.FromSeconds(0.00015) is zero; Total* multiply by the reciprocal of
// the unit, and TotalMilliseconds is clamped to the whole-millisecond range.
//
// Text is the invariant "constant" form [-][d.]hh:mm:ss[.fffffff] both ways;
// Parse also takes the shorter forms .NET accepts for the invariant culture
// (d, h:m, h:m:s, d.h:m[:s], d:h:m:s, each with an optional .fraction on the
// seconds). It does not take .NET's reading of "24:00:00" as 24 days.
using System.Globalization;
using System.Text;

namespace System
{
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(Int64.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(Int64.MinValue);

        // The widest whole-millisecond and whole-second spans a long tick count holds.
        private const long MaxMilliseconds = Int64.MaxValue / TicksPerMillisecond;
        private const long MinMilliseconds = Int64.MinValue / TicksPerMillisecond;
        private const long MaxSeconds = Int64.MaxValue / TicksPerSecond;
        private const long MinSeconds = Int64.MinValue / TicksPerSecond;

        internal const string TooLong = "TimeSpan overflowed because the duration is too long.";

        private long ticks;

        public TimeSpan(long ticks)
        {
            this.ticks = ticks;
        }

        public TimeSpan(int hours, int minutes, int seconds)
        {
            long total = (long)hours * 3600 + (long)minutes * 60 + seconds;
            if (total > MaxSeconds || total < MinSeconds)
                throw new ArgumentOutOfRangeException(null, TooLong);
            ticks = total * TicksPerSecond;
        }

        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0)
        {
        }

        // Even with every argument at Int32.MaxValue the sum stays far inside a long,
        // so one range check on the total is enough.
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            long total = ((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (total > MaxMilliseconds || total < MinMilliseconds)
                throw new ArgumentOutOfRangeException(null, TooLong);
            ticks = total * TicksPerMillisecond;
        }

        public long Ticks
        {
            get { return ticks; }
        }

        public int Days
        {
            get { return (int)(ticks / TicksPerDay); }
        }

        public int Hours
        {
            get { return (int)(ticks / TicksPerHour % 24); }
        }

        public int Minutes
        {
            get { return (int)(ticks / TicksPerMinute % 60); }
        }

        public int Seconds
        {
            get { return (int)(ticks / TicksPerSecond % 60); }
        }

        public int Milliseconds
        {
            get { return (int)(ticks / TicksPerMillisecond % 1000); }
        }

        public double TotalDays
        {
            get { return ticks * (1.0 / TicksPerDay); }
        }

        public double TotalHours
        {
            get { return ticks * (1.0 / TicksPerHour); }
        }

        public double TotalMinutes
        {
            get { return ticks * (1.0 / TicksPerMinute); }
        }

        public double TotalSeconds
        {
            get { return ticks * (1.0 / TicksPerSecond); }
        }

        public double TotalMilliseconds
        {
            get
            {
                double ms = ticks * (1.0 / TicksPerMillisecond);
                if (ms > MaxMilliseconds)
                    return MaxMilliseconds;
                if (ms < MinMilliseconds)
                    return MinMilliseconds;
                return ms;
            }
        }

        // ---- factories ----

        public static TimeSpan FromDays(double value)
        {
            return FromUnits(value, 86400000);
        }

        public static TimeSpan FromHours(double value)
        {
            return FromUnits(value, 3600000);
        }

        public static TimeSpan FromMinutes(double value)
        {
            return FromUnits(value, 60000);
        }

        public static TimeSpan FromSeconds(double value)
        {
            return FromUnits(value, 1000);
        }

        public static TimeSpan FromMilliseconds(double value)
        {
            return FromUnits(value, 1);
        }

        public static TimeSpan FromTicks(long value)
        {
            return new TimeSpan(value);
        }

        // value units of msPerUnit milliseconds each, rounded to a whole millisecond.
        // The range test is written so that it also rejects infinities.
        private static TimeSpan FromUnits(double value, int msPerUnit)
        {
            if (Double.IsNaN(value))
                throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ms = value * msPerUnit + (value >= 0 ? 0.5 : -0.5);
            if (!(ms <= MaxMilliseconds && ms >= MinMilliseconds))
                throw new OverflowException(TooLong);
            return new TimeSpan((long)ms * TicksPerMillisecond);
        }

        // ---- arithmetic ----

        public TimeSpan Add(TimeSpan ts)
        {
            long sum = ticks + ts.ticks;
            // Overflow happened when both operands have one sign and the sum the other.
            if ((ticks >= 0) == (ts.ticks >= 0) && (sum >= 0) != (ticks >= 0))
                throw new OverflowException(TooLong);
            return new TimeSpan(sum);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long diff = ticks - ts.ticks;
            if ((ticks >= 0) != (ts.ticks >= 0) && (diff >= 0) != (ticks >= 0))
                throw new OverflowException(TooLong);
            return new TimeSpan(diff);
        }

        public TimeSpan Negate()
        {
            if (ticks == Int64.MinValue)
                throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-ticks);
        }

        public TimeSpan Duration()
        {
            if (ticks == Int64.MinValue)
                throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(ticks >= 0 ? ticks : -ticks);
        }

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2)
        {
            return t1.Add(t2);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2)
        {
            return t1.Subtract(t2);
        }

        public static TimeSpan operator -(TimeSpan t)
        {
            return t.Negate();
        }

        public static TimeSpan operator +(TimeSpan t)
        {
            return t;
        }

        public static bool operator ==(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks == t2.ticks;
        }

        public static bool operator !=(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks != t2.ticks;
        }

        public static bool operator <(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks < t2.ticks;
        }

        public static bool operator >(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks > t2.ticks;
        }

        public static bool operator <=(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks <= t2.ticks;
        }

        public static bool operator >=(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks >= t2.ticks;
        }

        // ---- comparison ----

        public static int Compare(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks.CompareTo(t2.ticks);
        }

        public int CompareTo(TimeSpan value)
        {
            return ticks.CompareTo(value.ticks);
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is TimeSpan))
                throw new ArgumentException("Object must be of type TimeSpan.");
            return CompareTo((TimeSpan)value);
        }

        public static bool Equals(TimeSpan t1, TimeSpan t2)
        {
            return t1.ticks == t2.ticks;
        }

        public bool Equals(TimeSpan obj)
        {
            return ticks == obj.ticks;
        }

        public override bool Equals(object value)
        {
            return value is TimeSpan && ticks == ((TimeSpan)value).ticks;
        }

        public override int GetHashCode()
        {
            return ticks.GetHashCode();
        }

        // ---- formatting ----

        public override string ToString()
        {
            return Format(ticks, 'c');
        }

        public string ToString(string format)
        {
            return ToString(format, null);
        }

        // The invariant standard formats: "c" (also "t", "T" and none) is the constant
        // form; "g" drops the day when zero, pads nothing and trims the fraction; "G"
        // always has the day and all seven fraction digits.
        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0)
                return Format(ticks, 'c');
            if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'c' || c == 't' || c == 'T')
                    return Format(ticks, 'c');
                if (c == 'g' || c == 'G')
                    return Format(ticks, c);
            }
            throw new FormatException("Input string was not in a correct format.");
        }

        private static string Format(long ticks, char style)
        {
            StringBuilder sb = new StringBuilder();
            // ulong so that the magnitude of MinValue fits
            ulong t = (ulong)ticks;
            if (ticks < 0)
            {
                sb.Append('-');
                t = (ulong)-ticks;
            }
            ulong days = t / (ulong)TicksPerDay;
            ulong rest = t % (ulong)TicksPerDay;
            int hours = (int)(rest / (ulong)TicksPerHour);
            int minutes = (int)(rest / (ulong)TicksPerMinute % 60);
            int seconds = (int)(rest / (ulong)TicksPerSecond % 60);
            int fraction = (int)(rest % (ulong)TicksPerSecond);
            if (style == 'G' || days != 0)
            {
                sb.Append(days);
                sb.Append(style == 'c' ? '.' : ':');
            }
            if (style == 'g')
                sb.Append(hours);
            else
                AppendDigits(sb, hours, 2);
            sb.Append(':');
            AppendDigits(sb, minutes, 2);
            sb.Append(':');
            AppendDigits(sb, seconds, 2);
            if (style == 'G' || fraction != 0)
            {
                sb.Append('.');
                int digits = 7;
                if (style == 'g')
                {
                    while (fraction % 10 == 0)
                    {
                        fraction /= 10;
                        digits--;
                    }
                }
                AppendDigits(sb, fraction, digits);
            }
            return sb.ToString();
        }

        // value in decimal, left-padded with zeros to at least `width` digits.
        internal static void AppendDigits(StringBuilder sb, int value, int width)
        {
            string s = value.ToString();
            for (int i = s.Length; i < width; i++)
                sb.Append('0');
            sb.Append(s);
        }

        // ---- parsing ----

        private const int ParseOk = 0;
        private const int ParseBadFormat = 1;
        private const int ParseOverflow = 2;

        public static TimeSpan Parse(string s)
        {
            if (s == null)
                throw new ArgumentNullException("input");
            TimeSpan result;
            int status = TryParseCore(s, out result);
            if (status == ParseBadFormat)
                throw new FormatException("String was not recognized as a valid TimeSpan.");
            if (status == ParseOverflow)
                throw new OverflowException("The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
            return result;
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider)
        {
            return Parse(input);
        }

        public static bool TryParse(string s, out TimeSpan result)
        {
            if (s == null)
            {
                result = Zero;
                return false;
            }
            return TryParseCore(s, out result) == ParseOk;
        }

        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParse(input, out result);
        }

        // A hand-written scanner over the shapes listed at the top of the file: a sign,
        // then up to five numbers separated by '.' and ':', whose separators decide
        // what each number means.
        private static int TryParseCore(string s, out TimeSpan result)
        {
            result = Zero;
            int pos = 0;
            int end = s.Length;
            while (pos < end && Char.IsWhiteSpace(s[pos]))
                pos++;
            while (end > pos && Char.IsWhiteSpace(s[end - 1]))
                end--;
            bool negative = pos < end && s[pos] == '-';
            if (negative)
                pos++;

            // Numbers and the separator that follows each ('\0' after the last one).
            long[] nums = new long[5];
            char[] seps = new char[5];
            int[] widths = new int[5];
            int count = 0;
            while (true)
            {
                if (count == 5)
                    return ParseBadFormat;
                int start = pos;
                long n = 0;
                while (pos < end && s[pos] >= '0' && s[pos] <= '9')
                {
                    // Saturate: anything this long is out of range for every field.
                    if (n < 100000000000L)
                        n = n * 10 + (s[pos] - '0');
                    pos++;
                }
                if (pos == start)
                    return ParseBadFormat;
                nums[count] = n;
                widths[count] = pos - start;
                seps[count] = pos < end ? s[pos] : '\0';
                count++;
                if (pos == end)
                    break;
                if (s[pos] != '.' && s[pos] != ':')
                    return ParseBadFormat;
                pos++;
            }
            return Combine(nums, seps, widths, count, negative, out result);
        }

        // Maps the numbers to days, hours, minutes, seconds and a fraction according to
        // the separators between them, then range-checks each field.
        private static int Combine(long[] nums, char[] seps, int[] widths, int count, bool negative, out TimeSpan result)
        {
            result = Zero;
            long days = 0, hours = 0, minutes = 0, seconds = 0;
            int first = 0;
            // A leading number followed by '.' then ':' or followed by ':' in a
            // four-number d:h:m:s is the day count.
            int colons = 0;
            for (int i = 0; i < count; i++)
            {
                if (seps[i] == ':')
                    colons++;
            }
            if (count == 1)
            {
                days = nums[0];
                first = 1;
            }
            else if (seps[0] == '.' || colons == 3)
            {
                days = nums[0];
                first = 1;
            }
            int left = count - first;
            // What is left is h:m, h:m:s or h:m:s.f; each but the last number is
            // followed by ':' except that seconds take a '.' before the fraction.
            bool hasFraction = left == 4;
            if (first < count && (left < 2 || left > 4))
                return ParseBadFormat;
            for (int i = first; i < count - 1; i++)
            {
                char want = (hasFraction && i == count - 2) ? '.' : ':';
                if (seps[i] != want)
                    return ParseBadFormat;
            }
            if (first < count)
            {
                hours = nums[first];
                minutes = nums[first + 1];
                if (left >= 3)
                    seconds = nums[first + 2];
            }
            long fraction = 0;
            if (hasFraction)
            {
                if (widths[count - 1] > 7)
                    return ParseOverflow;
                fraction = nums[count - 1];
                for (int w = widths[count - 1]; w < 7; w++)
                    fraction *= 10;
            }
            if (days > 10675199 || hours > 23 || minutes > 59 || seconds > 59)
                return ParseOverflow;

            // The magnitude as a ulong so that MinValue's can be built before negation.
            ulong t = (ulong)days * (ulong)TicksPerDay + (ulong)hours * (ulong)TicksPerHour +
                      (ulong)minutes * (ulong)TicksPerMinute + (ulong)seconds * (ulong)TicksPerSecond +
                      (ulong)fraction;
            ulong limit = negative ? (ulong)Int64.MaxValue + 1 : (ulong)Int64.MaxValue;
            if (t > limit)
                return ParseOverflow;
            result = new TimeSpan(negative ? (long)(0 - t) : (long)t);
            return ParseOk;
        }
    }
}
