// UInt64.cs — System.UInt64 (ulong): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct UInt64 : IComparable, IFormattable, IComparable<ulong>, IEquatable<ulong>
    {
        internal ulong m_value;

        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is ulong))
                throw new ArgumentException("Object must be of type UInt64.");
            return CompareTo((ulong)value);
        }

        public int CompareTo(ulong value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ulong))
                return false;
            return m_value == (ulong)obj;
        }

        public bool Equals(ulong obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ (int)(m_value >> 32);
        }

        public override string ToString()
        {
            return Number.FormatUInt64(m_value, null, 8);
        }

        public string ToString(string format)
        {
            return Number.FormatUInt64(m_value, format, 8);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, null, 8);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, format, 8);
        }

        public static ulong Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static ulong Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static ulong Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static ulong Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 8, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)v;
        }

        public static bool TryParse(string s, out ulong result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            result = 0;
            if (s == null)
                return false;
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 8, out v);
            if (status != Number.ParseOk)
                return false;
            result = (ulong)v;
            return true;
        }
    }
}
