// Int16.cs — System.Int16 (short): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct Int16 : IComparable, IFormattable, IComparable<short>, IEquatable<short>
    {
        internal short m_value;

        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is short))
                throw new ArgumentException("Object must be of type Int16.");
            return CompareTo((short)value);
        }

        public int CompareTo(short value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is short))
                return false;
            return m_value == (short)obj;
        }

        public bool Equals(short obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)(ushort)m_value | ((int)m_value << 16);
        }

        public override string ToString()
        {
            return Number.FormatInt64(m_value, null, 2);
        }

        public string ToString(string format)
        {
            return Number.FormatInt64(m_value, format, 2);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, null, 2);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, format, 2);
        }

        public static short Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static short Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static short Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static short Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            long v;
            int status = Number.ParseInt64(s, (int)style, 2, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v < -32768 || v > 32767)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)v;
        }

        public static bool TryParse(string s, out short result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
        {
            result = 0;
            if (s == null)
                return false;
            long v;
            int status = Number.ParseInt64(s, (int)style, 2, out v);
            if (status != Number.ParseOk || v < -32768 || v > 32767)
                return false;
            result = (short)v;
            return true;
        }
    }
}
