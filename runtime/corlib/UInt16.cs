// UInt16.cs — System.UInt16 (ushort): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct UInt16 : IComparable, IFormattable, IComparable<ushort>, IEquatable<ushort>
    {
        internal ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is ushort))
                throw new ArgumentException("Object must be of type UInt16.");
            return CompareTo((ushort)value);
        }

        public int CompareTo(ushort value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ushort))
                return false;
            return m_value == (ushort)obj;
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public override string ToString()
        {
            return Number.FormatUInt64(m_value, null, 2);
        }

        public string ToString(string format)
        {
            return Number.FormatUInt64(m_value, format, 2);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, null, 2);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, format, 2);
        }

        public static ushort Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static ushort Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static ushort Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 2, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v > 65535)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)v;
        }

        public static bool TryParse(string s, out ushort result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            result = 0;
            if (s == null)
                return false;
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 2, out v);
            if (status != Number.ParseOk || v > 65535)
                return false;
            result = (ushort)v;
            return true;
        }
    }
}
