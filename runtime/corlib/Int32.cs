// Int32.cs — System.Int32 (int): comparison, hashing, formatting and parsing.
//
// Generated from one template with the other integer types (see Number.cs for the
// shared formatting and parsing core, implemented in C in runtime/number.c).
// Hash codes follow .NET so that programs printing them match Mono.
using System.Globalization;

namespace System
{
    public struct Int32 : IComparable, IFormattable, IComparable<int>, IEquatable<int>
    {
        internal int m_value;

        public const int MaxValue = 2147483647;
        public const int MinValue = unchecked((int)0x80000000);

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is int))
                throw new ArgumentException("Object must be of type Int32.");
            return CompareTo((int)value);
        }

        public int CompareTo(int value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is int))
                return false;
            return m_value == (int)obj;
        }

        public bool Equals(int obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public override string ToString()
        {
            return Number.FormatInt64(m_value, null, 4);
        }

        public string ToString(string format)
        {
            return Number.FormatInt64(m_value, format, 4);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, null, 4);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt64(m_value, format, 4);
        }

        public static int Parse(string s)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static int Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer);
        }

        public static int Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static int Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            long v;
            int status = Number.ParseInt64(s, (int)style, 4, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow || v < -2147483648 || v > 2147483647)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)v;
        }

        public static bool TryParse(string s, out int result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            result = 0;
            if (s == null)
                return false;
            long v;
            int status = Number.ParseInt64(s, (int)style, 4, out v);
            if (status != Number.ParseOk || v < -2147483648 || v > 2147483647)
                return false;
            result = (int)v;
            return true;
        }
    }
}
