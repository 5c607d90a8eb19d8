// BigIntegerNumber.cs — BigInteger to text and back, in the invariant culture, as Mono 6.8
// prints and parses them.
//
// Formatting first writes the magnitude's decimal digits (repeated division by 10^9, nine
// digits per step), then lays them out by the standard format letter:
//   "", G, R, D   the digits, zero-padded to the precision ("D5": 00042, -00042)
//   X             two's complement hex, the fewest digits whose top bit is the sign
//                 (255: 0FF, -1: F), padded with the sign digit (0 or F)
//   F N C P E     as for other integers: grouped thousands, ".00", "¤" and (…) for
//                 negative currency, " %", and d.dddddE+ddd rounded half up
// Custom patterns ("#,##0") go through decimal's formatter when the value fits a decimal.
//
// Parsing follows NumberStyles: white space, a leading or trailing sign, parentheses,
// thousands separators, a decimal point whose fraction is only zeros, an exponent; with
// AllowHexSpecifier, hex digits read as two's complement ("80" is -128, "080" is 128).
using System.Globalization;
using System.Text;

namespace System.Numerics
{
    internal static class BigIntegerNumber
    {
        private const uint TenPow9 = 1000000000;

        // ---- formatting ----

        internal static string Format(BigInteger value, string format)
        {
            if (format == null || format.Length == 0)
                return FormatDecimal(value, -1);
            char letter = format[0];
            int precision = -1;
            if (!IsStandard(format, out precision))
                return Custom(value, format);
            switch (letter) {
            case 'G':
            case 'g':
            case 'R':
            case 'r':
            case 'D':
            case 'd':
                return FormatDecimal(value, precision);
            case 'X':
            case 'x':
                return Hex(value, precision, letter == 'X');
            case 'F':
            case 'f':
                return Fixed(value, precision < 0 ? 2 : precision, false);
            case 'N':
            case 'n':
                return Fixed(value, precision < 0 ? 2 : precision, true);
            case 'C':
            case 'c':
                return Currency(value, precision < 0 ? 2 : precision);
            case 'P':
            case 'p':
                return Percent(value, precision < 0 ? 2 : precision);
            case 'E':
            case 'e':
                return Scientific(value, precision < 0 ? 6 : precision, letter);
            default:
                throw new FormatException("Format specifier was invalid.");
            }
        }

        // A letter and an optional precision ("X", "D40") is a standard format.
        private static bool IsStandard(string format, out int precision)
        {
            precision = -1;
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                return false;
            if (format.Length == 1)
                return true;
            long p = 0;
            for (int i = 1; i < format.Length; i++) {
                char d = format[i];
                if (d < '0' || d > '9')
                    return false;
                p = p * 10 + (d - '0');
                if (p > 999999999)
                    throw new FormatException("Format specifier was invalid.");
            }
            precision = (int)p;
            return true;
        }

        private static string Custom(BigInteger value, string format)
        {
            if (BigIntegerCalc.Length(value.Magnitude) <= 3)
                return ((decimal)value).ToString(format);
            throw new NotSupportedException("ilc formats a BigInteger beyond decimal's range only with standard formats, not \"" + format + "\".");
        }

        // The magnitude's decimal digits, without leading zeros ("0" for zero).
        internal static string Digits(BigInteger value)
        {
            uint[] m = value.Magnitude;
            if (m.Length == 0)
                return "0";
            // Nine digits per chunk, least significant chunk first.
            uint[] chunks = new uint[m.Length * 10 / 9 + 2];
            int count = 0;
            while (m.Length > 0) {
                uint r;
                m = BigIntegerCalc.DivRemSmall(m, TenPow9, out r);
                chunks[count++] = r;
            }
            StringBuilder sb = new StringBuilder(count * 9);
            sb.Append(chunks[count - 1]);
            for (int i = count - 2; i >= 0; i--) {
                string s = chunks[i].ToString();
                sb.Append('0', 9 - s.Length);
                sb.Append(s);
            }
            return sb.ToString();
        }

        private static string FormatDecimal(BigInteger value, int precision)
        {
            string digits = Digits(value);
            StringBuilder sb = new StringBuilder();
            if (value.Sign < 0)
                sb.Append('-');
            if (precision > digits.Length)
                sb.Append('0', precision - digits.Length);
            sb.Append(digits);
            return sb.ToString();
        }

        private static string Hex(BigInteger value, int precision, bool upper)
        {
            string hexDigits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
            byte[] bytes = value.ToByteArray(); // little-endian two's complement, fewest bytes
            StringBuilder sb = new StringBuilder(bytes.Length * 2);
            for (int i = bytes.Length - 1; i >= 0; i--) {
                sb.Append(hexDigits[bytes[i] >> 4]);
                sb.Append(hexDigits[bytes[i] & 15]);
            }
            // The top nibble may be a bare sign digit, needless when the next one carries
            // the same sign bit (00FF -> 0FF, FF80 -> F80; but 0080 keeps 080).
            int signNibble = value.Sign < 0 ? 15 : 0;
            if (sb.Length > 1 && (bytes[bytes.Length - 1] >> 4) == signNibble
                && ((bytes[bytes.Length - 1] & 8) != 0) == (value.Sign < 0))
                sb.Remove(0, 1);
            if (precision > sb.Length)
                sb.Insert(0, new string(hexDigits[signNibble], precision - sb.Length));
            return sb.ToString();
        }

        // Thousands grouped by three from the right, invariant culture.
        private static void AppendGrouped(StringBuilder sb, string digits)
        {
            int first = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
            sb.Append(digits, 0, first);
            for (int i = first; i < digits.Length; i += 3) {
                sb.Append(',');
                sb.Append(digits, i, 3);
            }
        }

        private static void AppendDecimals(StringBuilder sb, int decimals)
        {
            if (decimals > 0) {
                sb.Append('.');
                sb.Append('0', decimals);
            }
        }

        private static string Fixed(BigInteger value, int decimals, bool group)
        {
            StringBuilder sb = new StringBuilder();
            if (value.Sign < 0)
                sb.Append('-');
            if (group)
                AppendGrouped(sb, Digits(value));
            else
                sb.Append(Digits(value));
            AppendDecimals(sb, decimals);
            return sb.ToString();
        }

        // Invariant currency: ¤1,234.00, and (¤1,234.00) when negative.
        private static string Currency(BigInteger value, int decimals)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(value.Sign < 0 ? "(\u00A4" : "\u00A4");
            AppendGrouped(sb, Digits(value));
            AppendDecimals(sb, decimals);
            if (value.Sign < 0)
                sb.Append(')');
            return sb.ToString();
        }

        private static string Percent(BigInteger value, int decimals)
        {
            StringBuilder sb = new StringBuilder();
            if (value.Sign < 0)
                sb.Append('-');
            AppendGrouped(sb, value.IsZero ? "0" : Digits(value) + "00");
            AppendDecimals(sb, decimals);
            sb.Append(" %");
            return sb.ToString();
        }

        // d.ddd…E+ddd with `decimals` digits after the point, rounded half away from zero.
        private static string Scientific(BigInteger value, int decimals, char letter)
        {
            string digits = Digits(value);
            int exponent = digits.Length - 1;
            char[] kept = new char[decimals + 1];
            for (int i = 0; i < kept.Length; i++)
                kept[i] = i < digits.Length ? digits[i] : '0';
            if (digits.Length > kept.Length && digits[kept.Length] >= '5') {
                int i = kept.Length - 1;
                while (i >= 0 && kept[i] == '9')
                    kept[i--] = '0';
                if (i >= 0) {
                    kept[i]++;
                } else {
                    kept[0] = '1'; // 9.99… rounded up to 10.0…: one more power of ten
                    exponent++;
                }
            }
            StringBuilder sb = new StringBuilder();
            if (value.Sign < 0)
                sb.Append('-');
            sb.Append(kept[0]);
            if (decimals > 0) {
                sb.Append('.');
                sb.Append(kept, 1, decimals);
            }
            sb.Append(letter);
            sb.Append('+');
            string e = exponent.ToString();
            if (e.Length < 3)
                sb.Append('0', 3 - e.Length);
            sb.Append(e);
            return sb.ToString();
        }

        // ---- parsing ----

        private static bool IsWhite(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static bool Has(NumberStyles style, NumberStyles flag)
        {
            return (style & flag) != 0;
        }

        internal static bool TryParse(string s, NumberStyles style, out BigInteger result)
        {
            result = BigInteger.Zero;
            int start = 0, end = s.Length;
            if (Has(style, NumberStyles.AllowLeadingWhite)) {
                while (start < end && IsWhite(s[start]))
                    start++;
            }
            if (Has(style, NumberStyles.AllowTrailingWhite)) {
                while (end > start && IsWhite(s[end - 1]))
                    end--;
            }
            if (Has(style, NumberStyles.AllowHexSpecifier))
                return TryParseHex(s, start, end, out result);
            bool negative;
            if (!TrimSign(s, style, ref start, ref end, out negative))
                return false;
            BigInteger magnitude;
            if (!TryParseDigits(s, style, start, end, out magnitude))
                return false;
            result = negative ? -magnitude : magnitude;
            return true;
        }

        // Takes a leading sign, or parentheses, or a trailing sign off s[start..end).
        private static bool TrimSign(string s, NumberStyles style, ref int start, ref int end, out bool negative)
        {
            negative = false;
            if (start >= end)
                return false;
            char first = s[start], last = s[end - 1];
            if (Has(style, NumberStyles.AllowLeadingSign) && (first == '+' || first == '-')) {
                negative = first == '-';
                start++;
            } else if (Has(style, NumberStyles.AllowParentheses) && first == '(') {
                if (last != ')' || end - start < 2)
                    return false;
                negative = true;
                start++;
                end--;
            } else if (Has(style, NumberStyles.AllowTrailingSign) && (last == '+' || last == '-')) {
                negative = last == '-';
                end--;
            }
            return true;
        }

        // Digits, thousands separators, a point and an exponent; the value must be whole.
        private static bool TryParseDigits(string s, NumberStyles style, int i, int end, out BigInteger result)
        {
            result = BigInteger.Zero;
            StringBuilder digits = new StringBuilder();
            int point = -1;
            for (; i < end; i++) {
                char c = s[i];
                if (c >= '0' && c <= '9')
                    digits.Append(c);
                else if (c == ',' && point < 0 && digits.Length > 0 && Has(style, NumberStyles.AllowThousands))
                    continue;
                else if (c == '.' && point < 0 && Has(style, NumberStyles.AllowDecimalPoint))
                    point = digits.Length;
                else
                    break;
            }
            if (digits.Length == 0)
                return false;
            int exponent = 0;
            if (i < end && (s[i] == 'e' || s[i] == 'E') && Has(style, NumberStyles.AllowExponent)) {
                if (!TryParseExponent(s, i + 1, end, out exponent))
                    return false;
                i = end;
            }
            if (i != end)
                return false;
            // Digits before the point, after the exponent moved it; the rest must be zeros.
            long whole = (point < 0 ? digits.Length : point) + (long)exponent;
            for (long k = Math.Max(whole, 0); k < digits.Length; k++) {
                if (digits[(int)k] != '0')
                    return false;
            }
            if (whole <= 0)
                return true;
            if (whole > digits.Length)
                digits.Append('0', (int)(whole - digits.Length));
            result = new BigInteger(1, FromDecimal(digits, (int)whole));
            return true;
        }

        private static bool TryParseExponent(string s, int i, int end, out int exponent)
        {
            exponent = 0;
            bool negative = false;
            if (i < end && (s[i] == '+' || s[i] == '-'))
                negative = s[i++] == '-';
            if (i >= end)
                return false;
            for (; i < end; i++) {
                if (s[i] < '0' || s[i] > '9')
                    return false;
                exponent = exponent * 10 + (s[i] - '0');
                if (exponent > 1000000)
                    return false; // a million digits: beyond what any program here parses
            }
            if (negative)
                exponent = -exponent;
            return true;
        }

        // The first `count` decimal digits as a magnitude, nine at a time: m = m·10^9 + chunk.
        private static uint[] FromDecimal(StringBuilder digits, int count)
        {
            uint[] m = new uint[count / 9 + 2];
            int used = 0;
            int i = 0;
            int chunkLength = count % 9 == 0 ? 9 : count % 9;
            while (i < count) {
                uint chunk = 0, scale = 1;
                for (int k = 0; k < chunkLength; k++) {
                    chunk = chunk * 10 + (uint)(digits[i + k] - '0');
                    scale *= 10;
                }
                used = MultiplyAdd(m, used, scale, chunk);
                i += chunkLength;
                chunkLength = 9;
            }
            return BigIntegerCalc.Trim(m, used);
        }

        // m[0..used) = m·factor + addend, in place; returns the new used length.
        private static int MultiplyAdd(uint[] m, int used, uint factor, uint addend)
        {
            ulong carry = addend;
            for (int k = 0; k < used; k++) {
                ulong t = (ulong)m[k] * factor + carry;
                m[k] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0)
                m[used++] = (uint)carry;
            return used;
        }

        // Hex digits as two's complement: a top digit of 8 or more makes the value negative.
        private static bool TryParseHex(string s, int start, int end, out BigInteger result)
        {
            result = BigInteger.Zero;
            int count = end - start;
            if (count <= 0)
                return false;
            uint[] m = new uint[(count + 7) / 8];
            for (int k = 0; k < count; k++) {
                int nibble = HexValue(s[end - 1 - k]);
                if (nibble < 0)
                    return false;
                m[k / 8] |= (uint)nibble << (4 * (k % 8));
            }
            result = new BigInteger(1, BigIntegerCalc.Trim(m, m.Length));
            if (HexValue(s[start]) >= 8)
                result -= BigInteger.One << (4 * count);
            return true;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        }
    }
}
