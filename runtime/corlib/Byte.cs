// Byte.cs — System.Byte (byte): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct Byte : IComparable, IFormattable, IComparable<byte>, IEquatable<byte>
    {
        internal byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is byte))
                throw new ArgumentException("Object must be of type Byte.");
            return CompareTo((byte)value);
        }

        public int CompareTo(byte value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is byte))
                return false;
            return m_value == (byte)obj;
        }

        public bool Equals(byte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value;
        }

        public override string ToString()
        {
            return Number.FormatUInt64(m_value, null, 1);
        }

        public string ToString(string format)
        {
            return Number.FormatUInt64(m_value, format, 1);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, null, 1);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatUInt64(m_value, format, 1);
        }

        public static byte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static byte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static byte Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 1, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v > 255)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)v;
        }

        public static bool TryParse(string s, out byte result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            result = 0;
            if (s == null)
                return false;
            ulong v;
            int status = Number.ParseUInt64(s, (int)style, 1, out v);
            if (status != Number.ParseOk || v > 255)
                return false;
            result = (byte)v;
            return true;
        }
    }
}
