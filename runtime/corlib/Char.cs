// Char.cs — System.Char: a UTF-16 code unit, its Unicode category and case mapping.
//
// ASCII takes a fast path in C#; everything else asks the runtime, whose tables
// (runtime/string.c) were generated from Mono's invariant-culture data, so IsLetter,
// ToUpper and friends agree with Mono on the whole BMP.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public struct Char : IComparable, IComparable<char>, IEquatable<char>
    {
        internal char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetCategory(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern char ToUpperCore(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern char ToLowerCore(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern double NumericValue(char c);

        // ---- object members ----

        public override int GetHashCode()
        {
            return (int)m_value | ((int)m_value << 16);
        }

        public override bool Equals(object obj)
        {
            if (!(obj is char))
                return false;
            return m_value == (char)obj;
        }

        public bool Equals(char obj)
        {
            return m_value == obj;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is char))
                throw new ArgumentException("Object must be of type Char.");
            return m_value - (char)value;
        }

        public int CompareTo(char value)
        {
            return m_value - value;
        }

        public override string ToString()
        {
            return String.Repeat(m_value, 1);
        }

        public string ToString(IFormatProvider provider)
        {
            return String.Repeat(m_value, 1);
        }

        public static string ToString(char c)
        {
            return String.Repeat(c, 1);
        }

        public static char Parse(string s)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            if (s.Length != 1)
                throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1)
                return false;
            result = s[0];
            return true;
        }

        // ---- classification ----

        public static UnicodeCategory GetUnicodeCategory(char c)
        {
            return (UnicodeCategory)GetCategory(c);
        }

        public static UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            return (UnicodeCategory)GetCategory(CharAt(s, index));
        }

        public static bool IsDigit(char c)
        {
            if (c < 128)
                return c >= '0' && c <= '9';
            return GetCategory(c) == 8;
        }

        public static bool IsLetter(char c)
        {
            if (c < 128)
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            return GetCategory(c) <= 4;
        }

        public static bool IsLetterOrDigit(char c)
        {
            if (c < 128)
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            int cat = GetCategory(c);
            return cat <= 4 || cat == 8;
        }

        public static bool IsUpper(char c)
        {
            if (c < 128)
                return c >= 'A' && c <= 'Z';
            return GetCategory(c) == 0;
        }

        public static bool IsLower(char c)
        {
            if (c < 128)
                return c >= 'a' && c <= 'z';
            return GetCategory(c) == 1;
        }

        public static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085')
                return true;
            if (c < 256)
                return false;
            int cat = GetCategory(c);
            return cat >= 11 && cat <= 13;
        }

        public static bool IsNumber(char c)
        {
            if (c < 128)
                return c >= '0' && c <= '9';
            int cat = GetCategory(c);
            return cat >= 8 && cat <= 10;
        }

        public static bool IsPunctuation(char c)
        {
            int cat = GetCategory(c);
            return cat >= 18 && cat <= 24;
        }

        public static bool IsSymbol(char c)
        {
            int cat = GetCategory(c);
            return cat >= 25 && cat <= 28;
        }

        public static bool IsSeparator(char c)
        {
            int cat = GetCategory(c);
            return cat >= 11 && cat <= 13;
        }

        public static bool IsControl(char c)
        {
            return GetCategory(c) == 14;
        }

        public static bool IsSurrogate(char c)
        {
            return c >= '\ud800' && c <= '\udfff';
        }

        public static bool IsHighSurrogate(char c)
        {
            return c >= '\ud800' && c <= '\udbff';
        }

        public static bool IsLowSurrogate(char c)
        {
            return c >= '\udc00' && c <= '\udfff';
        }

        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate)
        {
            return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);
        }

        private static char CharAt(string s, int index)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        public static bool IsDigit(string s, int index)
        {
            return IsDigit(CharAt(s, index));
        }

        public static bool IsLetter(string s, int index)
        {
            return IsLetter(CharAt(s, index));
        }

        public static bool IsLetterOrDigit(string s, int index)
        {
            return IsLetterOrDigit(CharAt(s, index));
        }

        public static bool IsUpper(string s, int index)
        {
            return IsUpper(CharAt(s, index));
        }

        public static bool IsLower(string s, int index)
        {
            return IsLower(CharAt(s, index));
        }

        public static bool IsWhiteSpace(string s, int index)
        {
            return IsWhiteSpace(CharAt(s, index));
        }

        public static bool IsNumber(string s, int index)
        {
            return IsNumber(CharAt(s, index));
        }

        public static bool IsPunctuation(string s, int index)
        {
            return IsPunctuation(CharAt(s, index));
        }

        public static bool IsSymbol(string s, int index)
        {
            return IsSymbol(CharAt(s, index));
        }

        public static bool IsSeparator(string s, int index)
        {
            return IsSeparator(CharAt(s, index));
        }

        public static bool IsControl(string s, int index)
        {
            return IsControl(CharAt(s, index));
        }

        public static bool IsSurrogate(string s, int index)
        {
            return IsSurrogate(CharAt(s, index));
        }

        public static bool IsHighSurrogate(string s, int index)
        {
            return IsHighSurrogate(CharAt(s, index));
        }

        public static bool IsLowSurrogate(string s, int index)
        {
            return IsLowSurrogate(CharAt(s, index));
        }

        public static bool IsSurrogatePair(string s, int index)
        {
            CharAt(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }

        // ---- case ----

        public static char ToUpper(char c)
        {
            if (c < 128)
                return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
            return ToUpperCore(c);
        }

        public static char ToLower(char c)
        {
            if (c < 128)
                return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            return ToLowerCore(c);
        }

        public static char ToUpper(char c, CultureInfo culture)
        {
            return ToUpper(c);
        }

        public static char ToLower(char c, CultureInfo culture)
        {
            return ToLower(c);
        }

        public static char ToUpperInvariant(char c)
        {
            return ToUpper(c);
        }

        public static char ToLowerInvariant(char c)
        {
            return ToLower(c);
        }

        // ---- numbers and code points ----

        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9')
                return c - '0';
            return NumericValue(c);
        }

        public static double GetNumericValue(string s, int index)
        {
            return GetNumericValue(CharAt(s, index));
        }

        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000)
                return String.Repeat((char)utf32, 1);
            utf32 -= 0x10000;
            char[] pair = new char[2];
            pair[0] = (char)((utf32 >> 10) + 0xD800);
            pair[1] = (char)((utf32 & 0x3FF) + 0xDC00);
            return new string(pair);
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate))
                throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate))
                throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            char c = CharAt(s, index);
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1]))
                return ConvertToUtf32(c, s[index + 1]);
            if (IsSurrogate(c))
                throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            return c;
        }
    }
}
