// Decimal.cs — System.Decimal: 96-bit decimal floating point, identical to Mono 6.8
// (whose Decimal is .NET Core 3.0's DecCalc, formatted and parsed as .NET Framework).
//
// The 16 bytes are laid out as .NET declares them (flags, hi, lo, mid), so user structs
// holding decimals have the right size and runtime/decimal.c can read them: the
// magnitude is the 96-bit integer hi:mid:lo, flags holds the scale (0..28) in bits
// 16-23 and the sign in bit 31. The arithmetic, rounding, conversions to and from
// floating point and the hash are internal calls into runtime/decimal.c; formatting and
// parsing go to runtime/number.c. Those return status codes and the exceptions are
// thrown here, in managed code.
//
// Scale is part of the value: 1.10m prints "1.10", 2.5m * 2 is 5.0, 1m / 3m has 28
// decimals, and the integer conversions truncate toward zero.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public struct Decimal : IComparable, IFormattable, IComparable<decimal>, IEquatable<decimal>
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleMask = 0x00FF0000;
        private const int ScaleShift = 16;

        // Status codes of the internal calls.
        private const int StatusOverflow = 1;
        private const int StatusDivideByZero = 2;

        // Modes of RoundCore: MidpointRounding's two values, then the directed ones.
        private const int RoundToEven = 0;
        private const int RoundTruncate = 2;
        private const int RoundFloor = 3;
        private const int RoundCeiling = 4;

        private const string OverflowMessage = "Value was either too large or too small for a Decimal.";
        private const string CurrencyOverflowMessage = "Value was either too large or too small for a Currency.";

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        private int flags;
        private int hi;
        private int lo;
        private int mid;

        // ---- internal calls (runtime/decimal.c, runtime/number.c) ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int AddCore(ref decimal d1, ref decimal d2, bool subtract);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int MultiplyCore(ref decimal d1, ref decimal d2);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int DivideCore(ref decimal d1, ref decimal d2);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int RemainderCore(ref decimal d1, ref decimal d2);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int CompareCore(ref decimal d1, ref decimal d2);

        // Drops `digits` decimal places (1..28) with one of the Round* modes.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void RoundCore(ref decimal d, int digits, int mode);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int FromDoubleCore(double value, out decimal result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int FromSingleCore(float value, out decimal result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern double ToDoubleCore(ref decimal d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int HashCore(ref decimal d);

        // null for an invalid format
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatCore(ref decimal value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int ParseCore(string s, int style, out decimal result);

        // ---- constructors ----

        public Decimal(int value)
        {
            if (value >= 0)
            {
                flags = 0;
            }
            else
            {
                flags = SignMask;
                value = -value;
            }
            lo = value;
            mid = 0;
            hi = 0;
        }

        public Decimal(uint value)
        {
            flags = 0;
            lo = (int)value;
            mid = 0;
            hi = 0;
        }

        public Decimal(long value)
        {
            if (value >= 0)
            {
                flags = 0;
            }
            else
            {
                flags = SignMask;
                value = -value;
            }
            lo = (int)value;
            mid = (int)(value >> 32);
            hi = 0;
        }

        public Decimal(ulong value)
        {
            flags = 0;
            lo = (int)value;
            mid = (int)(value >> 32);
            hi = 0;
        }

        // Rounded to 7 significant digits first.
        public Decimal(float value)
        {
            decimal d;
            if (FromSingleCore(value, out d) != 0)
                throw new OverflowException(OverflowMessage);
            this = d;
        }

        // Rounded to 15 significant digits first.
        public Decimal(double value)
        {
            decimal d;
            if (FromDoubleCore(value, out d) != 0)
                throw new OverflowException(OverflowMessage);
            this = d;
        }

        public Decimal(int[] bits)
        {
            if (bits == null)
                throw new ArgumentNullException("bits");
            if (bits.Length != 4 || !IsValid(bits[3]))
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            lo = bits[0];
            mid = bits[1];
            hi = bits[2];
            flags = bits[3];
        }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28)
                throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            this.lo = lo;
            this.mid = mid;
            this.hi = hi;
            flags = scale << ScaleShift;
            if (isNegative)
                flags |= SignMask;
        }

        private static bool IsValid(int f)
        {
            return (f & ~(SignMask | ScaleMask)) == 0 && (uint)(f & ScaleMask) <= (28 << ScaleShift);
        }

        private bool IsNegative
        {
            get { return flags < 0; }
        }

        private int Scale
        {
            get { return (flags >> ScaleShift) & 0xFF; }
        }

        private static void Check(int status)
        {
            if (status == StatusDivideByZero)
                throw new DivideByZeroException();
            if (status != 0)
                throw new OverflowException(OverflowMessage);
        }

        // ---- currency (a long of ten-thousandths) ----

        public static decimal FromOACurrency(long cy)
        {
            ulong absoluteCy = cy < 0 ? (ulong)(-cy) : (ulong)cy;
            int scale = 4;
            if (absoluteCy != 0)
            {
                while (scale != 0 && absoluteCy % 10 == 0)
                {
                    scale--;
                    absoluteCy /= 10;
                }
            }
            return new decimal((int)absoluteCy, (int)(absoluteCy >> 32), 0, cy < 0, (byte)scale);
        }

        public static long ToOACurrency(decimal value)
        {
            int drop = value.Scale - 4;
            if (drop > 0)
                RoundCore(ref value, drop, RoundToEven);
            if (value.hi != 0)
                throw new OverflowException(CurrencyOverflowMessage);
            ulong mag = ((ulong)(uint)value.mid << 32) | (uint)value.lo;
            for (; drop < 0; drop++)
            {
                if (mag > ulong.MaxValue / 10)
                    throw new OverflowException(CurrencyOverflowMessage);
                mag *= 10;
            }
            long v = (long)mag;
            if (v < 0 && (v != long.MinValue || !value.IsNegative))
                throw new OverflowException(CurrencyOverflowMessage);
            return value.IsNegative ? -v : v;
        }

        // ---- arithmetic ----

        public static decimal Add(decimal d1, decimal d2)
        {
            Check(AddCore(ref d1, ref d2, false));
            return d1;
        }

        public static decimal Subtract(decimal d1, decimal d2)
        {
            Check(AddCore(ref d1, ref d2, true));
            return d1;
        }

        public static decimal Multiply(decimal d1, decimal d2)
        {
            Check(MultiplyCore(ref d1, ref d2));
            return d1;
        }

        public static decimal Divide(decimal d1, decimal d2)
        {
            Check(DivideCore(ref d1, ref d2));
            return d1;
        }

        public static decimal Remainder(decimal d1, decimal d2)
        {
            Check(RemainderCore(ref d1, ref d2));
            return d1;
        }

        public static decimal Negate(decimal d)
        {
            d.flags ^= SignMask;
            return d;
        }

        internal static decimal Abs(decimal d)
        {
            d.flags &= ~SignMask;
            return d;
        }

        internal static int Sign(decimal d)
        {
            if ((d.lo | d.mid | d.hi) == 0)
                return 0;
            return (d.flags >> 31) | 1;
        }

        // Max keeps the first of two equal values, Min the second, as .NET does.
        internal static decimal Max(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) >= 0 ? d1 : d2;
        }

        internal static decimal Min(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) < 0 ? d1 : d2;
        }

        // ---- rounding ----

        public static decimal Round(decimal d)
        {
            return Round(d, 0, MidpointRounding.ToEven);
        }

        public static decimal Round(decimal d, int decimals)
        {
            return Round(d, decimals, MidpointRounding.ToEven);
        }

        public static decimal Round(decimal d, MidpointRounding mode)
        {
            return Round(d, 0, mode);
        }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > 28)
                throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if ((uint)mode > (uint)MidpointRounding.AwayFromZero)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
            int drop = d.Scale - decimals;
            if (drop > 0)
                RoundCore(ref d, drop, (int)mode);
            return d;
        }

        public static decimal Truncate(decimal d)
        {
            if (d.Scale != 0)
                RoundCore(ref d, d.Scale, RoundTruncate);
            return d;
        }

        public static decimal Floor(decimal d)
        {
            if (d.Scale != 0)
                RoundCore(ref d, d.Scale, RoundFloor);
            return d;
        }

        public static decimal Ceiling(decimal d)
        {
            if (d.Scale != 0)
                RoundCore(ref d, d.Scale, RoundCeiling);
            return d;
        }

        // ---- comparison and hashing ----

        public static int Compare(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2);
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is decimal))
                throw new ArgumentException("Object must be of type Decimal.");
            decimal other = (decimal)value;
            return CompareCore(ref this, ref other);
        }

        public int CompareTo(decimal value)
        {
            return CompareCore(ref this, ref value);
        }

        public override bool Equals(object value)
        {
            if (!(value is decimal))
                return false;
            decimal other = (decimal)value;
            return CompareCore(ref this, ref other) == 0;
        }

        public bool Equals(decimal value)
        {
            return CompareCore(ref this, ref value) == 0;
        }

        public static bool Equals(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) == 0;
        }

        // Equal values hash alike whatever their scale (1.1m and 1.10m).
        public override int GetHashCode()
        {
            return HashCore(ref this);
        }

        public static int[] GetBits(decimal d)
        {
            return new int[] { d.lo, d.mid, d.hi, d.flags };
        }

        // ---- formatting and parsing (the provider is ignored: invariant culture) ----

        public override string ToString()
        {
            return Format(null);
        }

        public string ToString(string format)
        {
            return Format(format);
        }

        public string ToString(IFormatProvider provider)
        {
            return Format(null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Format(format);
        }

        private string Format(string format)
        {
            string s = FormatCore(ref this, format);
            if (s == null)
                throw new FormatException("Format specifier was invalid.");
            return s;
        }

        public static decimal Parse(string s)
        {
            return Parse(s, NumberStyles.Number);
        }

        public static decimal Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Number);
        }

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static decimal Parse(string s, NumberStyles style)
        {
            ValidateStyle(style);
            if (s == null)
                throw new ArgumentNullException("s");
            decimal result;
            int status = ParseCore(s, (int)style, out result);
            if (status == Number.ParseFormatError)
                throw new FormatException("Input string was not in a correct format.");
            if (status == Number.ParseOverflow)
                throw new OverflowException(OverflowMessage);
            return result;
        }

        public static bool TryParse(string s, out decimal result)
        {
            return TryParse(s, NumberStyles.Number, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            ValidateStyle(style);
            if (s == null)
            {
                result = Zero;
                return false;
            }
            if (ParseCore(s, (int)style, out result) != Number.ParseOk)
            {
                result = Zero;
                return false;
            }
            return true;
        }

        private static void ValidateStyle(NumberStyles style)
        {
            if (((int)style & ~0x3FF) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.");
        }

        // ---- conversions to other types (truncating toward zero) ----

        public static double ToDouble(decimal d)
        {
            return ToDoubleCore(ref d);
        }

        public static float ToSingle(decimal d)
        {
            return (float)ToDoubleCore(ref d);
        }

        public static int ToInt32(decimal d)
        {
            d = Truncate(d);
            if ((d.hi | d.mid) == 0)
            {
                int i = d.lo;
                if (!d.IsNegative)
                {
                    if (i >= 0)
                        return i;
                }
                else
                {
                    i = -i;
                    if (i <= 0)
                        return i;
                }
            }
            throw new OverflowException("Value was either too large or too small for an Int32.");
        }

        public static long ToInt64(decimal d)
        {
            d = Truncate(d);
            if (d.hi == 0)
            {
                long l = ((long)d.mid << 32) | (uint)d.lo;
                if (!d.IsNegative)
                {
                    if (l >= 0)
                        return l;
                }
                else
                {
                    l = -l;
                    if (l <= 0)
                        return l;
                }
            }
            throw new OverflowException("Value was either too large or too small for an Int64.");
        }

        public static uint ToUInt32(decimal d)
        {
            d = Truncate(d);
            if ((d.hi | d.mid) == 0)
            {
                uint i = (uint)d.lo;
                if (!d.IsNegative || i == 0)
                    return i;
            }
            throw new OverflowException("Value was either too large or too small for a UInt32.");
        }

        public static ulong ToUInt64(decimal d)
        {
            d = Truncate(d);
            if (d.hi == 0)
            {
                ulong l = ((ulong)(uint)d.mid << 32) | (uint)d.lo;
                if (!d.IsNegative || l == 0)
                    return l;
            }
            throw new OverflowException("Value was either too large or too small for a UInt64.");
        }

        public static short ToInt16(decimal value)
        {
            int temp = ToInt32Or(value, "Value was either too large or too small for an Int16.");
            if (temp != (short)temp)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)temp;
        }

        public static ushort ToUInt16(decimal value)
        {
            uint temp = ToUInt32Or(value, "Value was either too large or too small for a UInt16.");
            if (temp != (ushort)temp)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)temp;
        }

        public static byte ToByte(decimal value)
        {
            uint temp = ToUInt32Or(value, "Value was either too large or too small for an unsigned byte.");
            if (temp != (byte)temp)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)temp;
        }

        public static sbyte ToSByte(decimal value)
        {
            int temp = ToInt32Or(value, "Value was either too large or too small for a signed byte.");
            if (temp != (sbyte)temp)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)temp;
        }

        // The narrow conversions report their own type when the value is out of Int32 range too.
        private static int ToInt32Or(decimal value, string message)
        {
            try
            {
                return ToInt32(value);
            }
            catch (OverflowException)
            {
                throw new OverflowException(message);
            }
        }

        private static uint ToUInt32Or(decimal value, string message)
        {
            try
            {
                return ToUInt32(value);
            }
            catch (OverflowException)
            {
                throw new OverflowException(message);
            }
        }

        // ---- operators ----

        public static implicit operator decimal(byte value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(sbyte value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(short value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(ushort value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(char value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(int value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(uint value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(long value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(ulong value)
        {
            return new decimal(value);
        }

        public static explicit operator decimal(float value)
        {
            return new decimal(value);
        }

        public static explicit operator decimal(double value)
        {
            return new decimal(value);
        }

        public static explicit operator byte(decimal value)
        {
            return ToByte(value);
        }

        public static explicit operator sbyte(decimal value)
        {
            return ToSByte(value);
        }

        public static explicit operator char(decimal value)
        {
            ushort temp;
            try
            {
                temp = ToUInt16(value);
            }
            catch (OverflowException e)
            {
                throw new OverflowException("Value was either too large or too small for a character.", e);
            }
            return (char)temp;
        }

        public static explicit operator short(decimal value)
        {
            return ToInt16(value);
        }

        public static explicit operator ushort(decimal value)
        {
            return ToUInt16(value);
        }

        public static explicit operator int(decimal value)
        {
            return ToInt32(value);
        }

        public static explicit operator uint(decimal value)
        {
            return ToUInt32(value);
        }

        public static explicit operator long(decimal value)
        {
            return ToInt64(value);
        }

        public static explicit operator ulong(decimal value)
        {
            return ToUInt64(value);
        }

        public static explicit operator float(decimal value)
        {
            return ToSingle(value);
        }

        public static explicit operator double(decimal value)
        {
            return ToDouble(value);
        }

        public static decimal operator +(decimal d)
        {
            return d;
        }

        public static decimal operator -(decimal d)
        {
            d.flags ^= SignMask;
            return d;
        }

        public static decimal operator ++(decimal d)
        {
            return Add(d, One);
        }

        public static decimal operator --(decimal d)
        {
            return Subtract(d, One);
        }

        public static decimal operator +(decimal d1, decimal d2)
        {
            Check(AddCore(ref d1, ref d2, false));
            return d1;
        }

        public static decimal operator -(decimal d1, decimal d2)
        {
            Check(AddCore(ref d1, ref d2, true));
            return d1;
        }

        public static decimal operator *(decimal d1, decimal d2)
        {
            Check(MultiplyCore(ref d1, ref d2));
            return d1;
        }

        public static decimal operator /(decimal d1, decimal d2)
        {
            Check(DivideCore(ref d1, ref d2));
            return d1;
        }

        public static decimal operator %(decimal d1, decimal d2)
        {
            Check(RemainderCore(ref d1, ref d2));
            return d1;
        }

        public static bool operator ==(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) == 0;
        }

        public static bool operator !=(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) != 0;
        }

        public static bool operator <(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) < 0;
        }

        public static bool operator <=(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) <= 0;
        }

        public static bool operator >(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) > 0;
        }

        public static bool operator >=(decimal d1, decimal d2)
        {
            return CompareCore(ref d1, ref d2) >= 0;
        }
    }
}
