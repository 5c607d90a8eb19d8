// Int64.cs — System.Int64 (long): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct Int64 : IComparable, IFormattable, IComparable<long>, IEquatable<long>
    {
        internal long m_value;

        public const long MaxValue = 9223372036854775807;
        public const long MinValue = unchecked((long)0x8000000000000000);

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is long))
                throw new ArgumentException("Object must be of type Int64.");
            return CompareTo((long)value);
        }

        public int CompareTo(long value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is long))
                return false;
            return m_value == (long)obj;
        }

        public bool Equals(long obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public override string ToString()
        {
            return Number.FormatInt64(m_value, null, 8);
        }

        public string ToString(string format)
        {
            return Number.FormatInt64(m_value, format, 8);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, null, 8);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, format, 8);
        }

        public static long Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static long Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static long Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static long Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            long v;
            int status = Number.ParseInt64(s, (int)style, 8, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow)
                throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)v;
        }

        public static bool TryParse(string s, out long result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
        {
            result = 0;
            if (s == null)
                return false;
            long v;
            int status = Number.ParseInt64(s, (int)style, 8, out v);
            if (status != Number.ParseOk)
                return false;
            result = (long)v;
            return true;
        }
    }
}
