// BigInteger.cs — System.Numerics.BigInteger: integers of any size, behaving as Mono 6.8's
// (which is .NET Core 3.0's). ilc binds the System.Numerics assembly to corlib.
//
// A value is a sign (-1, 0, 1) and a magnitude (BigIntegerCalc.cs: normalised 32-bit
// limbs, least significant first); default(BigInteger) — sign 0, no limbs — is zero.
// Values are immutable and share their limb arrays.
//
// Arithmetic is on magnitudes, with .NET's signs: division truncates toward zero and the
// remainder takes the dividend's sign. The bitwise operators and right shifts act on the
// infinite two's complement representation (-1 is all ones; -7 >> 1 is -4), as on .NET:
// the operands are sign-extended into limb arrays one limb longer than the larger
// magnitude, combined, and read back. Conversions out of range throw OverflowException
// with .NET's messages; which message depends, as there, on whether the value fits an
// Int32 (.NET keeps those without limbs). Text is in BigIntegerNumber.cs.
using System.Globalization;

namespace System.Numerics
{
    public struct BigInteger : IFormattable, IComparable, IComparable<BigInteger>, IEquatable<BigInteger>
    {
        private readonly int sign;
        private readonly uint[] mag;

        // Takes ownership of a normalised magnitude; a zero one makes zero whatever the sign.
        internal BigInteger(int sign, uint[] mag)
        {
            bool zero = BigIntegerCalc.Length(mag) == 0;
            this.sign = zero ? 0 : sign;
            this.mag = zero ? null : mag;
        }

        public BigInteger(int value) : this((long)value)
        {
        }

        public BigInteger(uint value) : this((ulong)value)
        {
        }

        public BigInteger(long value)
        {
            ulong m = value < 0 ? 0 - (ulong)value : (ulong)value;
            sign = value < 0 ? -1 : value > 0 ? 1 : 0;
            mag = value == 0 ? null : BigIntegerCalc.FromUInt64(m);
        }

        public BigInteger(ulong value)
        {
            sign = value == 0 ? 0 : 1;
            mag = value == 0 ? null : BigIntegerCalc.FromUInt64(value);
        }

        public BigInteger(float value) : this((double)value)
        {
        }

        // Truncates toward zero: the 53-bit significand shifted by the exponent.
        public BigInteger(double value)
        {
            if (double.IsNaN(value))
                throw new OverflowException("The value is not a number.");
            if (double.IsInfinity(value))
                throw new OverflowException("BigInteger cannot represent infinity.");
            long bits = BitConverter.DoubleToInt64Bits(value);
            int exp = (int)((bits >> 52) & 0x7FF);
            ulong significand = (ulong)bits & 0xFFFFFFFFFFFFFul;
            if (exp == 0)
                exp = 1; // subnormal: no implicit bit, and |value| < 1 anyway
            else
                significand |= 1ul << 52;
            int shift = exp - 1075; // value = significand · 2^shift
            uint[] m = BigIntegerCalc.FromUInt64(significand);
            m = shift >= 0 ? BigIntegerCalc.ShiftLeft(m, shift) : BigIntegerCalc.ShiftRight(m, -shift);
            this = new BigInteger(bits < 0 ? -1 : 1, m);
        }

        public BigInteger(decimal value)
        {
            int[] bits = decimal.GetBits(decimal.Truncate(value));
            uint[] m = BigIntegerCalc.Trim(new uint[] { (uint)bits[0], (uint)bits[1], (uint)bits[2] }, 3);
            this = new BigInteger(bits[3] < 0 ? -1 : 1, m);
        }

        // Little-endian two's complement, as ToByteArray writes it.
        public BigInteger(byte[] value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            int len = value.Length;
            bool negative = len > 0 && (value[len - 1] & 0x80) != 0;
            uint[] limbs = new uint[(len + 3) / 4 + 1];
            for (int i = 0; i < limbs.Length * 4; i++) {
                uint b = i < len ? value[i] : (negative ? 0xFFu : 0u);
                limbs[i / 4] |= b << (8 * (i % 4));
            }
            this = FromTwosComplement(limbs);
        }

        // ---- constants and properties ----

        public static BigInteger Zero
        {
            get { return new BigInteger(); }
        }

        public static BigInteger One
        {
            get { return new BigInteger(1); }
        }

        public static BigInteger MinusOne
        {
            get { return new BigInteger(-1); }
        }

        public int Sign
        {
            get { return sign; }
        }

        public bool IsZero
        {
            get { return sign == 0; }
        }

        public bool IsOne
        {
            get { return sign == 1 && mag.Length == 1 && mag[0] == 1; }
        }

        public bool IsEven
        {
            get { return sign == 0 || (mag[0] & 1) == 0; }
        }

        public bool IsPowerOfTwo
        {
            get
            {
                if (sign != 1)
                    return false;
                for (int i = 0; i < mag.Length - 1; i++) {
                    if (mag[i] != 0)
                        return false;
                }
                uint top = mag[mag.Length - 1];
                return (top & (top - 1)) == 0;
            }
        }

        internal uint[] Magnitude
        {
            get { return mag ?? BigIntegerCalc.Empty; }
        }

        // Is |value| at most Int32.MaxValue? .NET keeps those values without limbs, and
        // which overflow message a conversion gives depends on it.
        private bool IsSmall
        {
            get { return sign == 0 || (mag.Length == 1 && mag[0] <= int.MaxValue); }
        }

        // ---- comparison and equality ----

        public static int Compare(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right);
        }

        public int CompareTo(BigInteger other)
        {
            if (sign != other.sign)
                return sign < other.sign ? -1 : 1;
            int c = BigIntegerCalc.Compare(mag, other.mag);
            return sign < 0 ? -c : c;
        }

        public int CompareTo(long other)
        {
            return CompareTo(new BigInteger(other));
        }

        public int CompareTo(ulong other)
        {
            return CompareTo(new BigInteger(other));
        }

        public int CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            if (!(obj is BigInteger))
                throw new ArgumentException("The parameter must be a BigInteger.", "obj");
            return CompareTo((BigInteger)obj);
        }

        public bool Equals(BigInteger other)
        {
            return CompareTo(other) == 0;
        }

        public bool Equals(long other)
        {
            return CompareTo(other) == 0;
        }

        public bool Equals(ulong other)
        {
            return CompareTo(other) == 0;
        }

        public override bool Equals(object obj)
        {
            return obj is BigInteger && Equals((BigInteger)obj);
        }

        // A small value hashes to itself, as on .NET; larger ones mix their limbs.
        public override int GetHashCode()
        {
            if (IsSmall)
                return (int)this;
            int h = sign;
            for (int i = 0; i < BigIntegerCalc.Length(mag); i++)
                h = (h * 31) ^ (int)mag[i];
            return h;
        }

        // ---- arithmetic ----

        public static BigInteger operator +(BigInteger left, BigInteger right)
        {
            if (left.sign == 0)
                return right;
            if (right.sign == 0)
                return left;
            if (left.sign == right.sign)
                return new BigInteger(left.sign, BigIntegerCalc.Add(left.mag, right.mag));
            int c = BigIntegerCalc.Compare(left.mag, right.mag);
            if (c >= 0)
                return new BigInteger(left.sign, BigIntegerCalc.Subtract(left.mag, right.mag));
            return new BigInteger(right.sign, BigIntegerCalc.Subtract(right.mag, left.mag));
        }

        public static BigInteger operator -(BigInteger left, BigInteger right)
        {
            return left + -right;
        }

        public static BigInteger operator *(BigInteger left, BigInteger right)
        {
            return new BigInteger(left.sign * right.sign, BigIntegerCalc.Multiply(left.mag, right.mag));
        }

        public static BigInteger operator /(BigInteger dividend, BigInteger divisor)
        {
            BigInteger remainder;
            return DivRem(dividend, divisor, out remainder);
        }

        public static BigInteger operator %(BigInteger dividend, BigInteger divisor)
        {
            BigInteger remainder;
            DivRem(dividend, divisor, out remainder);
            return remainder;
        }

        public static BigInteger operator -(BigInteger value)
        {
            return new BigInteger(-value.sign, value.mag);
        }

        public static BigInteger operator +(BigInteger value)
        {
            return value;
        }

        public static BigInteger operator ++(BigInteger value)
        {
            return value + One;
        }

        public static BigInteger operator --(BigInteger value)
        {
            return value - One;
        }

        public static BigInteger Add(BigInteger left, BigInteger right)
        {
            return left + right;
        }

        public static BigInteger Subtract(BigInteger left, BigInteger right)
        {
            return left - right;
        }

        public static BigInteger Multiply(BigInteger left, BigInteger right)
        {
            return left * right;
        }

        public static BigInteger Divide(BigInteger dividend, BigInteger divisor)
        {
            return dividend / divisor;
        }

        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor)
        {
            return dividend % divisor;
        }

        public static BigInteger Negate(BigInteger value)
        {
            return -value;
        }

        public static BigInteger Abs(BigInteger value)
        {
            return value.sign < 0 ? -value : value;
        }

        // Truncating division: the quotient rounds toward zero, the remainder has the
        // dividend's sign (-7 / 2 is -3 rem -1).
        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            if (divisor.sign == 0)
                throw new DivideByZeroException();
            uint[] rem;
            uint[] q = BigIntegerCalc.DivRem(dividend.Magnitude, divisor.mag, out rem);
            remainder = new BigInteger(dividend.sign, rem);
            return new BigInteger(dividend.sign * divisor.sign, q);
        }

        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0)
                throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            BigInteger result = One;
            BigInteger square = value;
            while (exponent != 0) {
                if ((exponent & 1) != 0)
                    result *= square;
                exponent >>= 1;
                if (exponent != 0)
                    square *= square;
            }
            return result;
        }

        // value^exponent mod |modulus|, by squaring; the result has value's sign, as the
        // remainder of value^exponent would.
        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent.sign < 0)
                throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            if (modulus.sign == 0)
                throw new DivideByZeroException();
            BigInteger m = Abs(modulus);
            BigInteger result = One % m;
            BigInteger b = value % m;
            int bits = BigIntegerCalc.BitLength(exponent.mag);
            for (int i = 0; i < bits; i++) {
                if ((exponent.mag[i / 32] & (1u << (i % 32))) != 0)
                    result = result * b % m;
                if (i + 1 < bits)
                    b = b * b % m;
            }
            return result;
        }

        // Euclid's algorithm on the magnitudes; the result is never negative.
        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right)
        {
            BigInteger a = Abs(left), b = Abs(right);
            while (b.sign != 0) {
                BigInteger r = a % b;
                a = b;
                b = r;
            }
            return a;
        }

        public static BigInteger Max(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) < 0 ? right : left;
        }

        public static BigInteger Min(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) <= 0 ? left : right;
        }

        public static double Log(BigInteger value)
        {
            return Log(value, Math.E);
        }

        public static double Log10(BigInteger value)
        {
            return Log(value, 10);
        }

        // log(top 64 bits) + (bits below them)·log(2): exact enough for a double, and
        // finite for values far beyond double's range.
        public static double Log(BigInteger value, double baseValue)
        {
            if (value.sign < 0 || baseValue == 1.0)
                return double.NaN;
            if (double.IsPositiveInfinity(baseValue))
                return value.IsOne ? 0.0 : double.NaN;
            if (baseValue == 0.0 && !value.IsOne)
                return double.NaN;
            if (value.IsSmall)
                return Math.Log((double)(int)value, baseValue);
            int dropped = BigIntegerCalc.BitLength(value.mag) - 64;
            if (dropped < 0)
                dropped = 0;
            ulong top = (ulong)(value >> dropped);
            return Math.Log(top, baseValue) + dropped / Math.Log(baseValue, 2);
        }

        // ---- shifts and bitwise operators (two's complement) ----

        public static BigInteger operator <<(BigInteger value, int shift)
        {
            if (shift < 0)
                return value >> -shift;
            return new BigInteger(value.sign, BigIntegerCalc.ShiftLeft(value.mag, shift));
        }

        // Arithmetic: rounds toward negative infinity, so a negative value stays negative.
        public static BigInteger operator >>(BigInteger value, int shift)
        {
            if (shift < 0)
                return value << -shift;
            uint[] m = BigIntegerCalc.ShiftRight(value.mag, shift);
            if (value.sign < 0 && BigIntegerCalc.AnyLowBits(value.mag, shift))
                m = BigIntegerCalc.Add(m, new uint[] { 1 });
            return new BigInteger(value.sign, m);
        }

        public static BigInteger operator ~(BigInteger value)
        {
            return -(value + One);
        }

        public static BigInteger operator &(BigInteger left, BigInteger right)
        {
            int len = BitwiseLength(left, right);
            uint[] a = left.ToTwosComplement(len), b = right.ToTwosComplement(len);
            for (int i = 0; i < len; i++)
                a[i] &= b[i];
            return FromTwosComplement(a);
        }

        public static BigInteger operator |(BigInteger left, BigInteger right)
        {
            int len = BitwiseLength(left, right);
            uint[] a = left.ToTwosComplement(len), b = right.ToTwosComplement(len);
            for (int i = 0; i < len; i++)
                a[i] |= b[i];
            return FromTwosComplement(a);
        }

        public static BigInteger operator ^(BigInteger left, BigInteger right)
        {
            int len = BitwiseLength(left, right);
            uint[] a = left.ToTwosComplement(len), b = right.ToTwosComplement(len);
            for (int i = 0; i < len; i++)
                a[i] ^= b[i];
            return FromTwosComplement(a);
        }

        // One limb more than the larger magnitude, so that the top limb holds only sign bits.
        private static int BitwiseLength(BigInteger left, BigInteger right)
        {
            return Math.Max(BigIntegerCalc.Length(left.mag), BigIntegerCalc.Length(right.mag)) + 1;
        }

        // The value in `len` limbs of two's complement (len exceeds the magnitude's length).
        private uint[] ToTwosComplement(int len)
        {
            uint[] r = new uint[len];
            int n = BigIntegerCalc.Length(mag);
            for (int i = 0; i < n; i++)
                r[i] = mag[i];
            if (sign < 0)
                NegateInPlace(r);
            return r;
        }

        // Reads limbs as two's complement: the top bit of the last limb is the sign.
        private static BigInteger FromTwosComplement(uint[] r)
        {
            bool negative = r.Length > 0 && (r[r.Length - 1] & 0x80000000u) != 0;
            if (negative)
                NegateInPlace(r);
            return new BigInteger(negative ? -1 : 1, BigIntegerCalc.Trim(r, r.Length));
        }

        // r = -r modulo 2^(32·len): invert every bit, add one.
        private static void NegateInPlace(uint[] r)
        {
            ulong carry = 1;
            for (int i = 0; i < r.Length; i++) {
                ulong t = (ulong)~r[i] + carry;
                r[i] = (uint)t;
                carry = t >> 32;
            }
        }

        // ---- comparison operators (with long and ulong on either side, as .NET declares) ----

        public static bool operator ==(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) == 0;
        }

        public static bool operator !=(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) != 0;
        }

        public static bool operator <(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, BigInteger right)
        {
            return left.CompareTo(right) >= 0;
        }

        public static bool operator ==(BigInteger left, long right)
        {
            return left.CompareTo(right) == 0;
        }

        public static bool operator !=(BigInteger left, long right)
        {
            return left.CompareTo(right) != 0;
        }

        public static bool operator <(BigInteger left, long right)
        {
            return left.CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, long right)
        {
            return left.CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, long right)
        {
            return left.CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, long right)
        {
            return left.CompareTo(right) >= 0;
        }

        public static bool operator ==(long left, BigInteger right)
        {
            return right.CompareTo(left) == 0;
        }

        public static bool operator !=(long left, BigInteger right)
        {
            return right.CompareTo(left) != 0;
        }

        public static bool operator <(long left, BigInteger right)
        {
            return right.CompareTo(left) > 0;
        }

        public static bool operator >(long left, BigInteger right)
        {
            return right.CompareTo(left) < 0;
        }

        public static bool operator <=(long left, BigInteger right)
        {
            return right.CompareTo(left) >= 0;
        }

        public static bool operator >=(long left, BigInteger right)
        {
            return right.CompareTo(left) <= 0;
        }

        public static bool operator ==(BigInteger left, ulong right)
        {
            return left.CompareTo(right) == 0;
        }

        public static bool operator !=(BigInteger left, ulong right)
        {
            return left.CompareTo(right) != 0;
        }

        public static bool operator <(BigInteger left, ulong right)
        {
            return left.CompareTo(right) < 0;
        }

        public static bool operator >(BigInteger left, ulong right)
        {
            return left.CompareTo(right) > 0;
        }

        public static bool operator <=(BigInteger left, ulong right)
        {
            return left.CompareTo(right) <= 0;
        }

        public static bool operator >=(BigInteger left, ulong right)
        {
            return left.CompareTo(right) >= 0;
        }

        public static bool operator ==(ulong left, BigInteger right)
        {
            return right.CompareTo(left) == 0;
        }

        public static bool operator !=(ulong left, BigInteger right)
        {
            return right.CompareTo(left) != 0;
        }

        public static bool operator <(ulong left, BigInteger right)
        {
            return right.CompareTo(left) > 0;
        }

        public static bool operator >(ulong left, BigInteger right)
        {
            return right.CompareTo(left) < 0;
        }

        public static bool operator <=(ulong left, BigInteger right)
        {
            return right.CompareTo(left) >= 0;
        }

        public static bool operator >=(ulong left, BigInteger right)
        {
            return right.CompareTo(left) <= 0;
        }

        // ---- conversions in ----

        public static implicit operator BigInteger(byte value)
        {
            return new BigInteger((long)value);
        }

        public static implicit operator BigInteger(sbyte value)
        {
            return new BigInteger((long)value);
        }

        public static implicit operator BigInteger(short value)
        {
            return new BigInteger((long)value);
        }

        public static implicit operator BigInteger(ushort value)
        {
            return new BigInteger((long)value);
        }

        public static implicit operator BigInteger(int value)
        {
            return new BigInteger((long)value);
        }

        public static implicit operator BigInteger(uint value)
        {
            return new BigInteger((ulong)value);
        }

        public static implicit operator BigInteger(long value)
        {
            return new BigInteger(value);
        }

        public static implicit operator BigInteger(ulong value)
        {
            return new BigInteger(value);
        }

        public static explicit operator BigInteger(float value)
        {
            return new BigInteger((double)value);
        }

        public static explicit operator BigInteger(double value)
        {
            return new BigInteger(value);
        }

        public static explicit operator BigInteger(decimal value)
        {
            return new BigInteger(value);
        }

        // ---- conversions out ----

        private const string GenericOverflow = "Arithmetic operation resulted in an overflow.";

        // The narrow types go through Int32, as on .NET: beyond it, Int32's message.
        public static explicit operator byte(BigInteger value)
        {
            int v = (int)value;
            if (v < byte.MinValue || v > byte.MaxValue)
                throw new OverflowException(GenericOverflow);
            return (byte)v;
        }

        public static explicit operator sbyte(BigInteger value)
        {
            int v = (int)value;
            if (v < sbyte.MinValue || v > sbyte.MaxValue)
                throw new OverflowException(GenericOverflow);
            return (sbyte)v;
        }

        public static explicit operator short(BigInteger value)
        {
            int v = (int)value;
            if (v < short.MinValue || v > short.MaxValue)
                throw new OverflowException(GenericOverflow);
            return (short)v;
        }

        public static explicit operator ushort(BigInteger value)
        {
            int v = (int)value;
            if (v < ushort.MinValue || v > ushort.MaxValue)
                throw new OverflowException(GenericOverflow);
            return (ushort)v;
        }

        // One limb too large for an Int32 gives the checked conversion's message when
        // positive, Int32's when negative; more limbs, Int32's.
        public static explicit operator int(BigInteger value)
        {
            if (value.sign == 0)
                return 0;
            if (value.mag.Length > 1)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            uint m = value.mag[0];
            if (value.sign > 0 && m > int.MaxValue)
                throw new OverflowException(GenericOverflow);
            if (value.sign < 0 && m > 0x80000000u)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            return value.sign > 0 ? (int)m : (int)(0u - m);
        }

        public static explicit operator uint(BigInteger value)
        {
            if (value.sign < 0 && value.IsSmall)
                throw new OverflowException(GenericOverflow);
            if (value.sign < 0 || BigIntegerCalc.Length(value.mag) > 1)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return value.sign == 0 ? 0u : value.mag[0];
        }

        public static explicit operator long(BigInteger value)
        {
            int n = BigIntegerCalc.Length(value.mag);
            ulong m = n == 0 ? 0 : n == 1 ? value.mag[0] : ((ulong)value.mag[1] << 32) | value.mag[0];
            ulong limit = value.sign < 0 ? 0x8000000000000000ul : (ulong)long.MaxValue;
            if (n > 2 || m > limit)
                throw new OverflowException("Value was either too large or too small for an Int64.");
            return value.sign < 0 ? (long)(0 - m) : (long)m;
        }

        public static explicit operator ulong(BigInteger value)
        {
            if (value.sign < 0 && value.IsSmall)
                throw new OverflowException(GenericOverflow);
            int n = BigIntegerCalc.Length(value.mag);
            if (value.sign < 0 || n > 2)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return n == 0 ? 0 : n == 1 ? value.mag[0] : ((ulong)value.mag[1] << 32) | value.mag[0];
        }

        public static explicit operator float(BigInteger value)
        {
            return (float)(double)value;
        }

        // As .NET Core 3.0: the magnitude cut to its top 53 bits (truncated, not rounded),
        // infinity from 2^1024 up.
        public static explicit operator double(BigInteger value)
        {
            if (value.IsSmall)
                return (int)value;
            int bitLength = BigIntegerCalc.BitLength(value.mag);
            if (bitLength > 1024)
                return value.sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
            int dropped = bitLength - 53;
            uint[] top = dropped > 0 ? BigIntegerCalc.ShiftRight(value.mag, dropped) : value.mag;
            ulong significand = BigIntegerCalc.Length(top) == 1 ? top[0] : ((ulong)top[1] << 32) | top[0];
            if (dropped <= 0)
                return value.sign * (double)significand; // under 2^53: exact
            // bitLength - 1 is the unbiased exponent; the top bit is implicit.
            long bits = ((long)(bitLength - 1 + 1023) << 52) | (long)(significand & 0xFFFFFFFFFFFFFul);
            if (value.sign < 0)
                bits |= long.MinValue;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static explicit operator decimal(BigInteger value)
        {
            uint[] m = value.Magnitude;
            if (m.Length > 3)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            int lo = m.Length > 0 ? (int)m[0] : 0;
            int mid = m.Length > 1 ? (int)m[1] : 0;
            int hi = m.Length > 2 ? (int)m[2] : 0;
            return new decimal(lo, mid, hi, value.sign < 0, 0);
        }

        // ---- bytes ----

        public byte[] ToByteArray()
        {
            return ToByteArray(false, false);
        }

        // The fewest bytes that hold the value: two's complement (a sign byte where the top
        // bit would mislead), or with isUnsigned the bare magnitude; little-endian unless
        // isBigEndian.
        public byte[] ToByteArray(bool isUnsigned = false, bool isBigEndian = false)
        {
            if (sign < 0 && isUnsigned)
                throw new OverflowException("Negative values do not have an unsigned representation.");
            int len = GetByteCount(isUnsigned);
            uint[] limbs = ToTwosComplement(BigIntegerCalc.Length(mag) + 1);
            byte[] r = new byte[len];
            for (int i = 0; i < len; i++) {
                byte b = (byte)(limbs[i / 4] >> (8 * (i % 4)));
                r[isBigEndian ? len - 1 - i : i] = b;
            }
            return r;
        }

        public int GetByteCount(bool isUnsigned = false)
        {
            if (sign < 0 && isUnsigned)
                throw new OverflowException("Negative values do not have an unsigned representation.");
            if (sign == 0)
                return 1;
            // Bits of two's complement: a negative power of two needs no extra sign bit.
            int bits = BigIntegerCalc.BitLength(mag);
            if (!isUnsigned && !(sign < 0 && (-this).IsPowerOfTwo))
                bits++;
            return (bits + 7) / 8;
        }

        // ---- text (BigIntegerNumber.cs) ----

        public override string ToString()
        {
            return BigIntegerNumber.Format(this, null);
        }

        public string ToString(IFormatProvider provider)
        {
            return BigIntegerNumber.Format(this, null);
        }

        public string ToString(string format)
        {
            return BigIntegerNumber.Format(this, format);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return BigIntegerNumber.Format(this, format);
        }

        public static BigInteger Parse(string value)
        {
            return Parse(value, NumberStyles.Integer, null);
        }

        public static BigInteger Parse(string value, NumberStyles style)
        {
            return Parse(value, style, null);
        }

        public static BigInteger Parse(string value, IFormatProvider provider)
        {
            return Parse(value, NumberStyles.Integer, provider);
        }

        public static BigInteger Parse(string value, NumberStyles style, IFormatProvider provider)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            BigInteger result;
            if (!BigIntegerNumber.TryParse(value, style, out result))
                throw new FormatException("The value could not be parsed.");
            return result;
        }

        public static bool TryParse(string value, out BigInteger result)
        {
            return TryParse(value, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string value, NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            result = Zero;
            if (value == null)
                return false;
            return BigIntegerNumber.TryParse(value, style, out result);
        }
    }
}
