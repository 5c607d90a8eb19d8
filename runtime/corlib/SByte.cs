// SByte.cs — System.SByte (sbyte): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct SByte : IComparable, IFormattable, IComparable<sbyte>, IEquatable<sbyte>
    {
        internal sbyte m_value;

        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is sbyte))
                throw new ArgumentException("Object must be of type SByte.");
            return CompareTo((sbyte)value);
        }

        public int CompareTo(sbyte value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is sbyte))
                return false;
            return m_value == (sbyte)obj;
        }

        public bool Equals(sbyte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return (int)m_value ^ ((int)m_value << 8);
        }

        public override string ToString()
        {
            return Number.FormatInt64(m_value, null, 1);
        }

        public string ToString(string format)
        {
            return Number.FormatInt64(m_value, format, 1);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, null, 1);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, format, 1);
        }

        public static sbyte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static sbyte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static sbyte Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            long v;
            int status = Number.ParseInt64(s, (int)style, 1, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v < -128 || v > 127)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)v;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            result = 0;
            if (s == null)
                return false;
            long v;
            int status = Number.ParseInt64(s, (int)style, 1, out v);
            if (status != Number.ParseOk || v < -128 || v > 127)
                return false;
            result = (sbyte)v;
            return true;
        }
    }
}
