// Single.cs — System.Single: the float twin of Double.cs (same NaN rules for
// comparison, bit-pattern hashing with NaNs and zeros folded). Parsing goes through
// double and narrows, as .NET Core 2.x (Mono 6.8) does.
using System.Globalization;

namespace System
{
    public struct Single : IComparable, IFormattable, IComparable<float>, IEquatable<float>
    {
        internal float m_value;

        public const float MinValue = -3.40282346638528859e+38f;
        public const float MaxValue = 3.40282346638528859e+38f;
        public const float Epsilon = 1.4e-45f;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;

        // NaN is the only value unequal to itself.
#pragma warning disable 1718
        public static bool IsNaN(float d)
        {
            return d != d;
        }
#pragma warning restore 1718

        public static bool IsInfinity(float d)
        {
            return d == PositiveInfinity || d == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(float d)
        {
            return d == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(float d)
        {
            return d == NegativeInfinity;
        }

        public static bool IsFinite(float d)
        {
            return (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) < 0x7F800000;
        }

        public static bool IsNegative(float d)
        {
            return BitConverter.SingleToInt32Bits(d) < 0;
        }

        public static bool IsNormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) != 0;
        }

        public static bool IsSubnormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) == 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is float))
                throw new ArgumentException("Object must be of type Single.");
            return CompareTo((float)value);
        }

        // NaN sorts below every other value and equal to itself.
        public int CompareTo(float value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            if (m_value == value)
                return 0;
            if (IsNaN(m_value))
                return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is float))
                return false;
            return Equals((float)obj);
        }

        public bool Equals(float obj)
        {
            if (obj == m_value)
                return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            int bits = BitConverter.SingleToInt32Bits(m_value);
            if (((bits - 1) & 0x7FFFFFFF) >= 0x7F7FFFFF)
                bits &= 0x7F800000;
            return bits;
        }

        public static bool operator ==(float left, float right)
        {
            return left == right;
        }

        public static bool operator !=(float left, float right)
        {
            return left != right;
        }

        public static bool operator <(float left, float right)
        {
            return left < right;
        }

        public static bool operator >(float left, float right)
        {
            return left > right;
        }

        public static bool operator <=(float left, float right)
        {
            return left <= right;
        }

        public static bool operator >=(float left, float right)
        {
            return left >= right;
        }

        public override string ToString()
        {
            return Number.FormatSingle(m_value, null);
        }

        public string ToString(string format)
        {
            return Number.FormatSingle(m_value, format);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatSingle(m_value, null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatSingle(m_value, format);
        }

        public static float Parse(string s)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands);
        }

        public static float Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands);
        }

        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static float Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            double v;
            int status = Number.ParseDouble(s, (int)style, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow)
                throw new OverflowException("Value was either too large or too small for a Single.");
            float f = (float)v;
            if (Single.IsInfinity(f) && !Double.IsInfinity(v))
                throw new OverflowException("Value was either too large or too small for a Single.");
            return f;
        }

        public static bool TryParse(string s, out float result)
        {
            return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            result = 0;
            if (s == null)
                return false;
            double v;
            if (Number.ParseDouble(s, (int)style, out v) != Number.ParseOk)
                return false;
            float f = (float)v;
            if (Single.IsInfinity(f) && !Double.IsInfinity(v))
                return false;
            result = f;
            return true;
        }
    }
}
