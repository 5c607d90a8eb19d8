// DateTime.cs — System.DateTime: 100 ns ticks since 0001-01-01 00:00 in the
// proleptic Gregorian calendar, plus a DateTimeKind saying whether that instant
// is UTC, local or unspecified. The kind is carried through arithmetic but never
// takes part in comparison, equality or hashing, as in .NET.
//
// The calendar is computed here, not in C: a date is a day number, and the day
// number is split into 400-, 100-, 4- and 1-year cycles to recover the year.
// The only native pieces are the clock and the local time zone's UTC offset
// (runtime/env.c); text formatting lives in DateTimeFormat.cs.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public enum DayOfWeek
    {
        Sunday = 0,
        Monday = 1,
        Tuesday = 2,
        Wednesday = 3,
        Thursday = 4,
        Friday = 5,
        Saturday = 6
    }

    public enum DateTimeKind
    {
        Unspecified = 0,
        Utc = 1,
        Local = 2
    }

    public struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable
    {
        private const long TicksPerMillisecond = TimeSpan.TicksPerMillisecond;
        private const long TicksPerSecond = TimeSpan.TicksPerSecond;
        private const long TicksPerMinute = TimeSpan.TicksPerMinute;
        private const long TicksPerHour = TimeSpan.TicksPerHour;
        private const long TicksPerDay = TimeSpan.TicksPerDay;

        private const int DaysPer400Years = 146097;
        private const int DaysPer100Years = 36524;
        private const int DaysPer4Years = 1461;
        private const int DaysTo10000 = 3652059;

        private const long MaxTicks = DaysTo10000 * TicksPerDay - 1;
        private const long MaxMillis = (long)DaysTo10000 * 86400000;

        // Ticks at 1970-01-01, where the system clock counts from.
        private const long UnixEpochTicks = 719162 * TicksPerDay;

        // Days before the first of each month, in common and in leap years.
        private static readonly int[] DaysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] DaysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);

        private const string Unrepresentable = "The added or subtracted value results in an un-representable DateTime.";

        private long ticks;
        private DateTimeKind kind;

        // ---- construction ----

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified)
        {
        }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < 0 || ticks > MaxTicks)
                throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            CheckKind(kind);
            this.ticks = ticks;
            this.kind = kind;
        }

        public DateTime(int year, int month, int day)
        {
            ticks = DateToTicks(year, month, day);
            kind = DateTimeKind.Unspecified;
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second)
            : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, 0, kind)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
            : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000)
                throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            CheckKind(kind);
            ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + millisecond * TicksPerMillisecond;
            this.kind = kind;
        }

        private static void CheckKind(DateTimeKind kind)
        {
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local)
                throw new ArgumentException("Invalid DateTimeKind value.", "kind");
        }

        private static long DateToTicks(int year, int month, int day)
        {
            if (year >= 1 && year <= 9999 && month >= 1 && month <= 12)
            {
                int[] before = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
                if (day >= 1 && day <= before[month] - before[month - 1])
                    return (DaysBeforeYear(year) + before[month - 1] + day - 1) * TicksPerDay;
            }
            throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
        }

        private static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return hour * TicksPerHour + minute * TicksPerMinute + second * TicksPerSecond;
        }

        // Days from 0001-01-01 to January 1st of `year`: 365 a year plus the leap days,
        // which are the years divisible by 4 except centuries not divisible by 400.
        private static long DaysBeforeYear(int year)
        {
            int y = year - 1;
            return y * 365L + y / 4 - y / 100 + y / 400;
        }

        // ---- the calendar ----

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999)
                throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12)
                throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
            int[] before = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            return before[month] - before[month - 1];
        }

        // Splits the day number into year, month and day. Peeling off whole 400-, 100-,
        // 4- and 1-year cycles leaves the day within its year; the last year of a 100-
        // or 4-year cycle is one day longer, so a remainder equal to the cycle count
        // (4 or 100) means "the last day of the last year", not a further cycle.
        private void GetDate(out int year, out int month, out int day)
        {
            int n = (int)(ticks / TicksPerDay);
            int y400 = n / DaysPer400Years;
            n -= y400 * DaysPer400Years;
            int y100 = n / DaysPer100Years;
            if (y100 == 4)
                y100 = 3;
            n -= y100 * DaysPer100Years;
            int y4 = n / DaysPer4Years;
            n -= y4 * DaysPer4Years;
            int y1 = n / 365;
            if (y1 == 4)
                y1 = 3;
            n -= y1 * 365;
            year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            int[] before = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            month = 1;
            while (n >= before[month])
                month++;
            day = n - before[month - 1] + 1;
        }

        public int Year
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return y;
            }
        }

        public int Month
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return m;
            }
        }

        public int Day
        {
            get
            {
                int y, m, d;
                GetDate(out y, out m, out d);
                return d;
            }
        }

        public int DayOfYear
        {
            get { return (int)(ticks / TicksPerDay - DaysBeforeYear(Year)) + 1; }
        }

        // 0001-01-01 was a Monday.
        public DayOfWeek DayOfWeek
        {
            get { return (DayOfWeek)((ticks / TicksPerDay + 1) % 7); }
        }

        public int Hour
        {
            get { return (int)(ticks / TicksPerHour % 24); }
        }

        public int Minute
        {
            get { return (int)(ticks / TicksPerMinute % 60); }
        }

        public int Second
        {
            get { return (int)(ticks / TicksPerSecond % 60); }
        }

        public int Millisecond
        {
            get { return (int)(ticks / TicksPerMillisecond % 1000); }
        }

        public long Ticks
        {
            get { return ticks; }
        }

        public DateTimeKind Kind
        {
            get { return kind; }
        }

        public DateTime Date
        {
            get { return new DateTime(ticks - ticks % TicksPerDay, kind); }
        }

        public TimeSpan TimeOfDay
        {
            get { return new TimeSpan(ticks % TicksPerDay); }
        }

        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind)
        {
            return new DateTime(value.ticks, kind);
        }

        // ---- the clock ----

        // 100 ns units since 1970-01-01 UTC (CLOCK_REALTIME).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetSystemTime();

        // The local time zone's offset from UTC, in seconds, at the given UTC instant
        // (seconds since 1970), from the C library's localtime_r.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetLocalOffset(long unixSeconds);

        public static DateTime UtcNow
        {
            get { return new DateTime(UnixEpochTicks + GetSystemTime(), DateTimeKind.Utc); }
        }

        public static DateTime Now
        {
            get { return UtcNow.ToLocalTime(); }
        }

        public static DateTime Today
        {
            get { return Now.Date; }
        }

        internal static long LocalOffsetTicks(long utcTicks)
        {
            return GetLocalOffset((utcTicks - UnixEpochTicks) / TicksPerSecond) * TicksPerSecond;
        }

        // Local and Utc are converted with the offset in force at that instant; for a
        // local time the offset is looked up at the instant itself read as UTC, which
        // is off by an hour only in the hours around a daylight-saving change.
        public DateTime ToLocalTime()
        {
            if (kind == DateTimeKind.Local)
                return this;
            return new DateTime(Clamp(ticks + LocalOffsetTicks(ticks)), DateTimeKind.Local);
        }

        public DateTime ToUniversalTime()
        {
            if (kind == DateTimeKind.Utc)
                return this;
            return new DateTime(Clamp(ticks - LocalOffsetTicks(ticks)), DateTimeKind.Utc);
        }

        // Conversions near the ends of the range saturate instead of throwing, as in .NET.
        private static long Clamp(long t)
        {
            return t < 0 ? 0 : t > MaxTicks ? MaxTicks : t;
        }

        // ---- arithmetic ----

        public DateTime AddTicks(long value)
        {
            return AddTicks(value, "value");
        }

        private DateTime AddTicks(long value, string paramName)
        {
            if (value > MaxTicks - ticks || value < -ticks)
                throw new ArgumentOutOfRangeException(paramName, Unrepresentable);
            return new DateTime(ticks + value, kind);
        }

        public DateTime Add(TimeSpan value)
        {
            return AddTicks(value.Ticks, "value");
        }

        public DateTime AddMilliseconds(double value)
        {
            return AddUnits(value, 1);
        }

        public DateTime AddSeconds(double value)
        {
            return AddUnits(value, 1000);
        }

        public DateTime AddMinutes(double value)
        {
            return AddUnits(value, 60000);
        }

        public DateTime AddHours(double value)
        {
            return AddUnits(value, 3600000);
        }

        public DateTime AddDays(double value)
        {
            return AddUnits(value, 86400000);
        }

        // As TimeSpan.From*, value is rounded to a whole millisecond (halves away from
        // zero); the range test also rejects NaN and infinities.
        private DateTime AddUnits(double value, int msPerUnit)
        {
            double ms = value * msPerUnit + (value >= 0 ? 0.5 : -0.5);
            if (!(ms > -MaxMillis && ms < MaxMillis))
                throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)ms * TicksPerMillisecond);
        }

        // The day is kept unless the target month is shorter, when it becomes that
        // month's last day: January 31st plus one month is February 28th or 29th.
        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000)
                throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y, m, d;
            GetDate(out y, out m, out d);
            // Months counted from January of year y, split with floor division.
            int i = m - 1 + months;
            int years = i >= 0 ? i / 12 : (i - 11) / 12;
            y += years;
            m = i - years * 12 + 1;
            if (y < 1 || y > 9999)
                throw new ArgumentOutOfRangeException("months", Unrepresentable);
            int last = DaysInMonth(y, m);
            if (d > last)
                d = last;
            return new DateTime(DateToTicks(y, m, d) + ticks % TicksPerDay, kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000)
                throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
            return AddMonths(value * 12);
        }

        public TimeSpan Subtract(DateTime value)
        {
            return new TimeSpan(ticks - value.ticks);
        }

        public DateTime Subtract(TimeSpan value)
        {
            return SubtractTicks(value.Ticks, "value");
        }

        private DateTime SubtractTicks(long value, string paramName)
        {
            if (value < ticks - MaxTicks || value > ticks)
                throw new ArgumentOutOfRangeException(paramName, Unrepresentable);
            return new DateTime(ticks - value, kind);
        }

        public static DateTime operator +(DateTime d, TimeSpan t)
        {
            return d.AddTicks(t.Ticks, "t");
        }

        public static DateTime operator -(DateTime d, TimeSpan t)
        {
            return d.SubtractTicks(t.Ticks, "t");
        }

        public static TimeSpan operator -(DateTime d1, DateTime d2)
        {
            return new TimeSpan(d1.ticks - d2.ticks);
        }

        public static bool operator ==(DateTime d1, DateTime d2)
        {
            return d1.ticks == d2.ticks;
        }

        public static bool operator !=(DateTime d1, DateTime d2)
        {
            return d1.ticks != d2.ticks;
        }

        public static bool operator <(DateTime t1, DateTime t2)
        {
            return t1.ticks < t2.ticks;
        }

        public static bool operator >(DateTime t1, DateTime t2)
        {
            return t1.ticks > t2.ticks;
        }

        public static bool operator <=(DateTime t1, DateTime t2)
        {
            return t1.ticks <= t2.ticks;
        }

        public static bool operator >=(DateTime t1, DateTime t2)
        {
            return t1.ticks >= t2.ticks;
        }

        // ---- comparison ----

        public static int Compare(DateTime t1, DateTime t2)
        {
            return t1.ticks.CompareTo(t2.ticks);
        }

        public int CompareTo(DateTime value)
        {
            return ticks.CompareTo(value.ticks);
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is DateTime))
                throw new ArgumentException("Object must be of type DateTime.");
            return CompareTo((DateTime)value);
        }

        public static bool Equals(DateTime t1, DateTime t2)
        {
            return t1.ticks == t2.ticks;
        }

        public bool Equals(DateTime value)
        {
            return ticks == value.ticks;
        }

        public override bool Equals(object value)
        {
            return value is DateTime && ticks == ((DateTime)value).ticks;
        }

        public override int GetHashCode()
        {
            return ticks.GetHashCode();
        }

        // ---- formatting ----

        public override string ToString()
        {
            return DateTimeFormat.Format(this, null);
        }

        public string ToString(string format)
        {
            return DateTimeFormat.Format(this, format);
        }

        public string ToString(IFormatProvider provider)
        {
            return DateTimeFormat.Format(this, null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return DateTimeFormat.Format(this, format);
        }

        // ---- parsing (DateTimeParse.cs) ----

        public static DateTime Parse(string s)
        {
            return Parse(s, null, DateTimeStyles.None);
        }

        public static DateTime Parse(string s, IFormatProvider provider)
        {
            return Parse(s, provider, DateTimeStyles.None);
        }

        public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            DateTime result;
            if (!DateTimeParse.TryParse(s, styles, out result))
                throw DateTimeParse.Bad();
            return result;
        }

        public static bool TryParse(string s, out DateTime result)
        {
            return DateTimeParse.TryParse(s, DateTimeStyles.None, out result);
        }

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles styles, out DateTime result)
        {
            return DateTimeParse.TryParse(s, styles, out result);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            return ParseExact(s, format, provider, DateTimeStyles.None);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            if (format == null)
                throw new ArgumentNullException("format");
            return ParseExact(s, new string[] { format }, provider, style);
        }

        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            if (formats == null)
                throw new ArgumentNullException("formats");
            DateTime result;
            if (!TryParseExact(s, formats, provider, style, out result))
                throw DateTimeParse.Bad();
            return result;
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            return DateTimeParse.TryExact(s, format, false, style, out result);
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            result = default(DateTime);
            if (formats == null)
                return false;
            foreach (string format in formats)
                if (DateTimeParse.TryExact(s, format, false, style, out result))
                    return true;
            return false;
        }

        public string ToShortDateString()
        {
            return DateTimeFormat.Format(this, "d");
        }

        public string ToLongDateString()
        {
            return DateTimeFormat.Format(this, "D");
        }

        public string ToShortTimeString()
        {
            return DateTimeFormat.Format(this, "t");
        }

        public string ToLongTimeString()
        {
            return DateTimeFormat.Format(this, "T");
        }
    }
}
