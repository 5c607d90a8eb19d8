// Double.cs — System.Double: comparison with .NET's NaN rules, hashing on the bit
// pattern (NaNs and zeros folded, as .NET Core 2.x that Mono 6.8 ships), and
// formatting/parsing through Number (runtime/number.c).
using System.Globalization;

namespace System
{
    public struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double>
    {
        internal double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)(0.0);
        public const double PositiveInfinity = (double)1.0 / (double)(0.0);
        public const double NaN = (double)0.0 / (double)0.0;

        // NaN is the only value unequal to itself.
#pragma warning disable 1718
        public static bool IsNaN(double d)
        {
            return d != d;
        }
#pragma warning restore 1718

        public static bool IsInfinity(double d)
        {
            return d == PositiveInfinity || d == NegativeInfinity;
        }

        public static bool IsPositiveInfinity(double d)
        {
            return d == PositiveInfinity;
        }

        public static bool IsNegativeInfinity(double d)
        {
            return d == NegativeInfinity;
        }

        public static bool IsFinite(double d)
        {
            return (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF) < 0x7FF0000000000000;
        }

        public static bool IsNegative(double d)
        {
            return BitConverter.DoubleToInt64Bits(d) < 0;
        }

        public static bool IsNormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF;
            return bits < 0x7FF0000000000000 && bits != 0 && (bits & 0x7FF0000000000000) != 0;
        }

        public static bool IsSubnormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFF;
            return bits < 0x7FF0000000000000 && bits != 0 && (bits & 0x7FF0000000000000) == 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is double))
                throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)value);
        }

        // NaN sorts below every other value and equal to itself.
        public int CompareTo(double value)
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
            if (!(obj is double))
                return false;
            return Equals((double)obj);
        }

        public bool Equals(double obj)
        {
            if (obj == m_value)
                return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            long bits = BitConverter.DoubleToInt64Bits(m_value);
            if (((bits - 1) & 0x7FFFFFFFFFFFFFFF) >= 0x7FEFFFFFFFFFFFFF)
                bits &= 0x7FF0000000000000;
            return (int)bits ^ (int)(bits >> 32);
        }

        public static bool operator ==(double left, double right)
        {
            return left == right;
        }

        public static bool operator !=(double left, double right)
        {
            return left != right;
        }

        public static bool operator <(double left, double right)
        {
            return left < right;
        }

        public static bool operator >(double left, double right)
        {
            return left > right;
        }

        public static bool operator <=(double left, double right)
        {
            return left <= right;
        }

        public static bool operator >=(double left, double right)
        {
            return left >= right;
        }

        public override string ToString()
        {
            return Number.FormatDouble(m_value, null);
        }

        public string ToString(string format)
        {
            return Number.FormatDouble(m_value, format);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatDouble(m_value, null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatDouble(m_value, format);
        }

        public static double Parse(string s)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands);
        }

        public static double Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands);
        }

        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static double Parse(string s, NumberStyles style)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            double v;
            int status = Number.ParseDouble(s, (int)style, out v);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow)
                throw new OverflowException("Value was either too large or too small for a Double.");
            return v;
        }

        public static bool TryParse(string s, out double result)
        {
            return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            result = 0;
            if (s == null)
                return false;
            double v;
            if (Number.ParseDouble(s, (int)style, out v) != Number.ParseOk)
                return false;
            result = v;
            return true;
        }
    }
}
