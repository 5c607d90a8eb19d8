// UInt32.cs — System.UInt32 (uint): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct UInt32 : IComparable, IFormattable, IComparable<uint>, IEquatable<uint>
    {
        internal uint m_value;

        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is uint))
                throw new ArgumentException("Object must be of type UInt32.");
            return CompareTo((uint)value);
        }

        public int CompareTo(uint value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is uint))
                return false;
            return m_value == (uint)obj;
        }

        public bool Equals(uint obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public override string ToString()
        {
            return Number.FormatUInt64(m_value, null, 4);
        }

        public string ToString(string format)
        {
            return Number.FormatUInt64(m_value, format, 4);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, null, 4);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, format, 4);
        }

        public static uint Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static uint Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static uint Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static uint Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 4, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v > 4294967295)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)v;
        }

        public static bool TryParse(string s, out uint result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            result = 0;
            if (s == null)
                return false;
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 4, out v);
            if (status != Number.ParseOk || v > 4294967295)
                return false;
            result = (uint)v;
            return true;
        }
    }
}
