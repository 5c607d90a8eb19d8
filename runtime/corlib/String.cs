// String.cs — System.String: immutable UTF-16 text.
//
// Layout is a contract with the runtime (ilrt.h): header, int32 length, then the
// chars, so the two fields below must stay first and in this order. Strings cannot be
// written from C# without unsafe code, so everything that builds a string (concat,
// substring, replace, case mapping, trimming, padding) is an internal call into
// runtime/string.c; searching and splitting are plain C# over the indexer.
//
// The importer turns `newobj String::.ctor(ARGS)` into a call of the static
// `String.Ctor(ARGS)` below, since a string's size depends on its arguments.
//
// Culture: ilc runs every program in the invariant culture (what Mono does when LANG
// names no culture). Culture-sensitive comparison approximates Mono's invariant
// collation (see rt_string_compare_culture); searching is ordinal.
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5
    }

    [Flags]
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1
    }

    public sealed class String : IComparable, ICloneable, IEnumerable, IComparable<string>, IEquatable<string>, IEnumerable<char>
    {
        private int _length;
        private char _firstChar;

        public static readonly string Empty = "";

        // ---- construction ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(char* value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(char* value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(sbyte* value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(sbyte* value, int startIndex, int length);

        internal static string Ctor(char[] value)
        {
            if (value == null)
                return Empty;
            return FromChars(value, 0, value.Length);
        }

        internal static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index and length must refer to a location within the string.");
            return FromChars(value, startIndex, length);
        }

        // From native memory: a NUL-terminated run, or `length` units from startIndex. A null
        // pointer gives "", as on .NET.
        internal static unsafe string Ctor(char* value)
        {
            if (value == null)
                return Empty;
            int n = 0;
            while (value[n] != '\0')
                n++;
            return Ctor(value, 0, n);
        }

        internal static unsafe string Ctor(char* value, int startIndex, int length)
        {
            CheckPointerRange(value == null, startIndex, length);
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
                chars[i] = value[startIndex + i];
            return FromChars(chars, 0, length);
        }

        internal static unsafe string Ctor(sbyte* value)
        {
            if (value == null)
                return Empty;
            int n = 0;
            while (value[n] != 0)
                n++;
            return Ctor(value, 0, n);
        }

        // Bytes are UTF-8, Mono's Encoding.Default on Linux; a malformed sequence gives U+FFFD.
        internal static unsafe string Ctor(sbyte* value, int startIndex, int length)
        {
            CheckPointerRange(value == null, startIndex, length);
            byte* b = (byte*)value + startIndex;
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length;)
            {
                int c = b[i], need = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
                int cp = need == 0 ? c : need == 1 ? c & 0x1F : need == 2 ? c & 0x0F : c & 0x07;
                int j = 1;
                for (; need > 0 && j <= need && i + j < length && (b[i + j] & 0xC0) == 0x80; j++)
                    cp = (cp << 6) | (b[i + j] & 0x3F);
                bool ok = need >= 0 && j == need + 1 && !(need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) &&
                          !(need == 3 && (cp < 0x10000 || cp > 0x10FFFF));
                if (!ok)
                {
                    sb.Append('\uFFFD');
                    i += need > 0 ? j : 1;
                    continue;
                }
                if (cp >= 0x10000)
                {
                    sb.Append((char)(0xD800 + ((cp - 0x10000) >> 10)));
                    sb.Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
                }
                else
                {
                    sb.Append((char)cp);
                }
                i += need + 1;
            }
            return sb.ToString();
        }

        private static void CheckPointerRange(bool isNull, int startIndex, int length)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (isNull && length > 0)
                throw new ArgumentNullException("value");
        }

        internal static string Ctor(char c, int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            return Repeat(c, count);
        }

        // ---- internal calls (runtime/string.c); names are unique within String ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FromChars(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string Repeat(char c, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string Concat2(string a, string b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ConcatArray(string[] values);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string SubstringUnchecked(string s, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool EqualsUnchecked(string a, string b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool EqualsIgnoreCase(string a, string b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int CompareOrdinalUnchecked(string a, int indexA, string b, int indexB, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int CompareOrdinalFull(string a, string b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int CompareOrdinalIgnoreCase(string a, int indexA, string b, int indexB, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int CompareCulture(string a, int indexA, int lengthA, string b, int indexB, int lengthB, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int IndexOfCharUnchecked(string s, char value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int LastIndexOfCharUnchecked(string s, char value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int IndexOfStringUnchecked(string s, string value, int startIndex, int count, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int LastIndexOfStringUnchecked(string s, string value, int startIndex, int count, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ReplaceChar(string s, char oldChar, char newChar);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ReplaceString(string s, string oldValue, string newValue);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ToUpperCore(string s);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ToLowerCore(string s);

        // which: 1 = start, 2 = end, 3 = both; trimChars null or empty = white space.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string TrimCore(string s, char[] trimChars, int which);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string PadCore(string s, int totalWidth, char paddingChar, bool left);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string JoinCore(string separator, string[] value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern char[] ToCharArrayCore(string s, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void CopyToArray(string s, int sourceIndex, char[] destination, int destinationIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int HashCore(string s);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string InternCore(string s, bool add);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string InsertCore(string s, int startIndex, string value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string RemoveCore(string s, int startIndex, int count);

        // ---- length and characters (the importer inlines both) ----

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [IndexerName("Chars")]
        public extern char this[int index]
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // ---- equality and hashing ----

        public override bool Equals(object obj)
        {
            string s = obj as string;
            if (s == null)
                return false;
            return EqualsUnchecked(this, s);
        }

        public bool Equals(string value)
        {
            if ((object)value == null)
                return false;
            return EqualsUnchecked(this, value);
        }

        public bool Equals(string value, StringComparison comparisonType)
        {
            return Equals(this, value, comparisonType);
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b)
                return true;
            if ((object)a == null || (object)b == null)
                return false;
            return EqualsUnchecked(a, b);
        }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == (object)b)
                return true;
            if ((object)a == null || (object)b == null)
                return false;
            int kind = (int)comparisonType;
            if (kind == 4)
                return EqualsUnchecked(a, b);
            if (kind == 5)
                return EqualsIgnoreCase(a, b);
            return Compare(a, b, comparisonType) == 0;
        }

        public static bool operator ==(string a, string b)
        {
            return Equals(a, b);
        }

        public static bool operator !=(string a, string b)
        {
            return !Equals(a, b);
        }

        // Marvin32 with Mono's fixed seed, so printed hash codes match Mono.
        public override int GetHashCode()
        {
            return HashCore(this);
        }

        // ---- comparison ----

        public static int Compare(string strA, string strB)
        {
            return Compare(strA, strB, false);
        }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            if ((object)strA == (object)strB)
                return 0;
            if ((object)strA == null)
                return -1;
            if ((object)strB == null)
                return 1;
            return CompareCulture(strA, 0, strA.Length, strB, 0, strB.Length, ignoreCase);
        }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            int kind = (int)comparisonType;
            if (kind < 0 || kind > 5)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
            if ((object)strA == (object)strB)
                return 0;
            if ((object)strA == null)
                return -1;
            if ((object)strB == null)
                return 1;
            if (kind == 4)
                return CompareOrdinalFull(strA, strB);
            if (kind == 5)
                return CompareOrdinalIgnoreCase(strA, 0, strB, 0, Math.Max(strA.Length, strB.Length));
            return CompareCulture(strA, 0, strA.Length, strB, 0, strB.Length, (kind & 1) != 0);
        }

        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture)
        {
            return Compare(strA, strB, ignoreCase);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, false);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)
        {
            if (strA == null || strB == null)
                return Compare(strA, strB, ignoreCase);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (indexA < 0 || indexB < 0)
                throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            if (lengthA < 0 || lengthB < 0)
                throw new ArgumentOutOfRangeException(lengthA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return CompareCulture(strA, indexA, lengthA, strB, indexB, lengthB, ignoreCase);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            int kind = (int)comparisonType;
            if (kind == 4)
                return CompareOrdinal(strA, indexA, strB, indexB, length);
            if (kind == 5)
            {
                if (strA == null || strB == null)
                    return Compare(strA, strB, comparisonType);
                return CompareOrdinalIgnoreCase(strA, indexA, strB, indexB, length);
            }
            return Compare(strA, indexA, strB, indexB, length, (kind & 1) != 0);
        }

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB)
                return 0;
            if ((object)strA == null)
                return -1;
            if ((object)strB == null)
                return 1;
            return CompareOrdinalFull(strA, strB);
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null)
                return CompareOrdinal(strA, strB);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Count cannot be less than zero.");
            if (indexA < 0 || indexB < 0)
                throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return CompareOrdinalUnchecked(strA, indexA, strB, indexB, length);
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            string s = value as string;
            if (s == null)
                throw new ArgumentException("Object must be of type String.");
            return Compare(this, s, false);
        }

        public int CompareTo(string strB)
        {
            return Compare(this, strB, false);
        }

        // ---- concatenation ----

        public static string Concat(object arg0)
        {
            if (arg0 == null)
                return Empty;
            return arg0.ToString() ?? Empty;
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat2(ToStringOrEmpty(arg0), ToStringOrEmpty(arg1));
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(ToStringOrEmpty(arg0), ToStringOrEmpty(arg1), ToStringOrEmpty(arg2));
        }

        public static string Concat(object arg0, object arg1, object arg2, object arg3)
        {
            return Concat(ToStringOrEmpty(arg0), ToStringOrEmpty(arg1), ToStringOrEmpty(arg2), ToStringOrEmpty(arg3));
        }

        public static string Concat(params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException("args");
            string[] parts = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
                parts[i] = ToStringOrEmpty(args[i]);
            return ConcatArray(parts);
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0))
            {
                if (IsNullOrEmpty(str1))
                    return Empty;
                return str1;
            }
            if (IsNullOrEmpty(str1))
                return str0;
            return Concat2(str0, str1);
        }

        public static string Concat(string str0, string str1, string str2)
        {
            string[] parts = new string[3];
            parts[0] = str0;
            parts[1] = str1;
            parts[2] = str2;
            return ConcatArray(parts);
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            string[] parts = new string[4];
            parts[0] = str0;
            parts[1] = str1;
            parts[2] = str2;
            parts[3] = str3;
            return ConcatArray(parts);
        }

        public static string Concat(params string[] values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            return ConcatArray(values);
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            int n;
            string[] parts = EnumerableHelpers.ToArray<string>(values, out n);
            return JoinCore(Empty, parts, 0, n);
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            string[] parts = ToStrings<T>(values);
            return JoinCore(Empty, parts, 0, parts.Length);
        }

        // Each value's ToString (null values give ""), in enumeration order.
        private static string[] ToStrings<T>(IEnumerable<T> values)
        {
            int n;
            T[] items = EnumerableHelpers.ToArray<T>(values, out n);
            string[] parts = new string[n];
            for (int i = 0; i < n; i++)
            {
                T v = items[i];
                parts[i] = v == null ? Empty : v.ToString();
            }
            return parts;
        }

        internal static string ToStringOrEmpty(object o)
        {
            if (o == null)
                return Empty;
            string s = o.ToString();
            return s ?? Empty;
        }

        public static string Copy(string str)
        {
            if (str == null)
                throw new ArgumentNullException("str");
            return SubstringUnchecked(str, 0, str.Length);
        }

        public object Clone()
        {
            return this;
        }

        public static string Intern(string str)
        {
            if (str == null)
                throw new ArgumentNullException("str");
            return InternCore(str, true);
        }

        public static string IsInterned(string str)
        {
            if (str == null)
                throw new ArgumentNullException("str");
            return InternCore(str, false);
        }

        // ---- predicates ----

        public static bool IsNullOrEmpty(string value)
        {
            return value == null || value.Length == 0;
        }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null)
                return true;
            for (int i = 0; i < value.Length; i++)
                if (!Char.IsWhiteSpace(value[i]))
                    return false;
            return true;
        }

        public bool Contains(string value)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            return IndexOfStringUnchecked(this, value, 0, Length, false) >= 0;
        }

        public bool Contains(char value)
        {
            return IndexOfCharUnchecked(this, value, 0, Length) >= 0;
        }

        public bool StartsWith(string value)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            return StartsWith(value, StringComparison.CurrentCulture);
        }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            if (value.Length > Length)
                return false;
            if (((int)comparisonType & 1) != 0)
                return CompareOrdinalIgnoreCase(this, 0, value, 0, value.Length) == 0;
            return CompareOrdinalUnchecked(this, 0, value, 0, value.Length) == 0;
        }

        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return StartsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public bool StartsWith(char value)
        {
            return Length != 0 && this[0] == value;
        }

        public bool EndsWith(string value)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            return EndsWith(value, StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            int start = Length - value.Length;
            if (start < 0)
                return false;
            if (((int)comparisonType & 1) != 0)
                return CompareOrdinalIgnoreCase(this, start, value, 0, value.Length) == 0;
            return CompareOrdinalUnchecked(this, start, value, 0, value.Length) == 0;
        }

        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return EndsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public bool EndsWith(char value)
        {
            int n = Length;
            return n != 0 && this[n - 1] == value;
        }

        // ---- searching ----

        public int IndexOf(char value)
        {
            return IndexOfCharUnchecked(this, value, 0, Length);
        }

        public int IndexOf(char value, int startIndex)
        {
            return IndexOf(value, startIndex, Length - startIndex);
        }

        public int IndexOf(char value, int startIndex, int count)
        {
            CheckStartCount(startIndex, count);
            return IndexOfCharUnchecked(this, value, startIndex, count);
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            if (((int)comparisonType & 1) != 0)
                return IndexOf(new string(value, 1), comparisonType);
            return IndexOf(value);
        }

        public int IndexOf(string value)
        {
            return IndexOf(value, 0, Length, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, int startIndex)
        {
            return IndexOf(value, startIndex, Length - startIndex, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, int startIndex, int count)
        {
            return IndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, StringComparison comparisonType)
        {
            return IndexOf(value, 0, Length, comparisonType);
        }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return IndexOf(value, startIndex, Length - startIndex, comparisonType);
        }

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            CheckStartCount(startIndex, count);
            return IndexOfStringUnchecked(this, value, startIndex, count, ((int)comparisonType & 1) != 0);
        }

        public int IndexOfAny(char[] anyOf)
        {
            return IndexOfAny(anyOf, 0, Length);
        }

        public int IndexOfAny(char[] anyOf, int startIndex)
        {
            return IndexOfAny(anyOf, startIndex, Length - startIndex);
        }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null)
                throw new ArgumentNullException("anyOf");
            CheckStartCount(startIndex, count);
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (IsOneOf(this[i], anyOf))
                    return i;
            return -1;
        }

        public int LastIndexOf(char value)
        {
            return LastIndexOfCharUnchecked(this, value, Length - 1, Length);
        }

        public int LastIndexOf(char value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1);
        }

        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0)
                return -1;
            CheckLastStartCount(startIndex, count);
            return LastIndexOfCharUnchecked(this, value, startIndex, count);
        }

        public int LastIndexOf(string value)
        {
            return LastIndexOf(value, Length - 1, Length, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex, int count)
        {
            return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            return LastIndexOf(value, Length - 1, Length, comparisonType);
        }

        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        }

        // .NET semantics: search backwards from startIndex over count chars; an empty
        // value matches at min(startIndex, Length - 1).
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            int n = Length;
            if (n == 0 && (startIndex == -1 || startIndex == 0))
                return value.Length == 0 ? 0 : -1;
            if (startIndex == n)
            {
                startIndex--;
                if (count > 0)
                    count--;
            }
            CheckLastStartCount(startIndex, count);
            if (value.Length == 0)
                return startIndex;
            return LastIndexOfStringUnchecked(this, value, startIndex, count, ((int)comparisonType & 1) != 0);
        }

        public int LastIndexOfAny(char[] anyOf)
        {
            return LastIndexOfAny(anyOf, Length - 1, Length);
        }

        public int LastIndexOfAny(char[] anyOf, int startIndex)
        {
            return LastIndexOfAny(anyOf, startIndex, startIndex + 1);
        }

        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null)
                throw new ArgumentNullException("anyOf");
            if (Length == 0)
                return -1;
            CheckLastStartCount(startIndex, count);
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
                if (IsOneOf(this[i], anyOf))
                    return i;
            return -1;
        }

        private static bool IsOneOf(char c, char[] set)
        {
            for (int j = 0; j < set.Length; j++)
                if (set[j] == c)
                    return true;
            return false;
        }

        private void CheckStartCount(int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
        }

        private void CheckLastStartCount(int startIndex, int count)
        {
            if (startIndex < 0 || startIndex >= Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
        }

        // ---- pieces ----

        public string Substring(int startIndex)
        {
            return Substring(startIndex, Length - startIndex);
        }

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > Length - length)
                throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (length == 0)
                return Empty;
            if (startIndex == 0 && length == Length)
                return this;
            return SubstringUnchecked(this, startIndex, length);
        }

        public string Insert(int startIndex, string value)
        {
            if ((object)value == null)
                throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return InsertCore(this, startIndex, value);
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= Length)
                throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return SubstringUnchecked(this, 0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count > Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            return RemoveCore(this, startIndex, count);
        }

        public string Replace(char oldChar, char newChar)
        {
            return ReplaceChar(this, oldChar, newChar);
        }

        public string Replace(string oldValue, string newValue)
        {
            if ((object)oldValue == null)
                throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0)
                throw new ArgumentException("String cannot be of zero length.", "oldValue");
            return ReplaceString(this, oldValue, newValue ?? Empty);
        }

        public char[] ToCharArray()
        {
            return ToCharArrayCore(this, 0, Length);
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return ToCharArrayCore(this, startIndex, length);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null)
                throw new ArgumentNullException("destination");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (sourceIndex < 0)
                throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > Length - sourceIndex)
                throw new ArgumentOutOfRangeException("sourceIndex", "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0)
                throw new ArgumentOutOfRangeException("destinationIndex", "Index and count must refer to a location within the string.");
            CopyToArray(this, sourceIndex, destination, destinationIndex, count);
        }

        // ---- case, trimming, padding ----

        public string ToUpper()
        {
            return ToUpperCore(this);
        }

        public string ToUpper(CultureInfo culture)
        {
            return ToUpperCore(this);
        }

        public string ToUpperInvariant()
        {
            return ToUpperCore(this);
        }

        public string ToLower()
        {
            return ToLowerCore(this);
        }

        public string ToLower(CultureInfo culture)
        {
            return ToLowerCore(this);
        }

        public string ToLowerInvariant()
        {
            return ToLowerCore(this);
        }

        public string Trim()
        {
            return TrimCore(this, null, 3);
        }

        public string Trim(char trimChar)
        {
            return TrimCore(this, new char[] { trimChar }, 3);
        }

        public string Trim(params char[] trimChars)
        {
            return TrimCore(this, trimChars, 3);
        }

        public string TrimStart()
        {
            return TrimCore(this, null, 1);
        }

        public string TrimStart(char trimChar)
        {
            return TrimCore(this, new char[] { trimChar }, 1);
        }

        public string TrimStart(params char[] trimChars)
        {
            return TrimCore(this, trimChars, 1);
        }

        public string TrimEnd()
        {
            return TrimCore(this, null, 2);
        }

        public string TrimEnd(char trimChar)
        {
            return TrimCore(this, new char[] { trimChar }, 2);
        }

        public string TrimEnd(params char[] trimChars)
        {
            return TrimCore(this, trimChars, 2);
        }

        public string PadLeft(int totalWidth)
        {
            return PadLeft(totalWidth, ' ');
        }

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0)
                throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            return PadCore(this, totalWidth, paddingChar, true);
        }

        public string PadRight(int totalWidth)
        {
            return PadRight(totalWidth, ' ');
        }

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0)
                throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            return PadCore(this, totalWidth, paddingChar, false);
        }

        // ---- joining and splitting ----

        public static string Join(string separator, params string[] value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            return JoinCore(separator, value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (startIndex > value.Length - count)
                throw new ArgumentOutOfRangeException("startIndex", "Index and count must refer to a location within the buffer.");
            return JoinCore(separator, value, startIndex, count);
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            string[] parts = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
                parts[i] = ToStringOrEmpty(values[i]);
            return JoinCore(separator, parts, 0, parts.Length);
        }

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            int n;
            string[] parts = EnumerableHelpers.ToArray<string>(values, out n);
            return JoinCore(separator, parts, 0, n);
        }

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null)
                throw new ArgumentNullException("values");
            string[] parts = ToStrings<T>(values);
            return JoinCore(separator, parts, 0, parts.Length);
        }

        public static string Join(char separator, params string[] value)
        {
            return Join(new string(separator, 1), value);
        }

        public static string Join(char separator, string[] value, int startIndex, int count)
        {
            return Join(new string(separator, 1), value, startIndex, count);
        }

        public static string Join(char separator, params object[] values)
        {
            return Join(new string(separator, 1), values);
        }

        public string[] Split(params char[] separator)
        {
            return SplitChars(separator, Int32.MaxValue, 0);
        }

        public string[] Split(char[] separator, int count)
        {
            return SplitChars(separator, count, 0);
        }

        public string[] Split(char[] separator, StringSplitOptions options)
        {
            return SplitChars(separator, Int32.MaxValue, (int)options);
        }

        public string[] Split(char[] separator, int count, StringSplitOptions options)
        {
            return SplitChars(separator, count, (int)options);
        }

        public string[] Split(char separator, StringSplitOptions options)
        {
            return SplitChars(new char[] { separator }, Int32.MaxValue, (int)options);
        }

        public string[] Split(char separator, int count, StringSplitOptions options)
        {
            return SplitChars(new char[] { separator }, count, (int)options);
        }

        public string[] Split(string separator, StringSplitOptions options)
        {
            return Split(separator, Int32.MaxValue, options);
        }

        public string[] Split(string separator, int count, StringSplitOptions options)
        {
            string[] seps = new string[1];
            seps[0] = separator ?? Empty;
            return SplitStrings(seps, count, (int)options);
        }

        public string[] Split(string[] separator, StringSplitOptions options)
        {
            return SplitStrings(separator, Int32.MaxValue, (int)options);
        }

        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            return SplitStrings(separator, count, (int)options);
        }

        // Pieces are recorded as (start, length) pairs in a growing int array, then
        // cut; with no separators given, white space separates (as .NET).
        private string[] SplitChars(char[] separator, int count, int options)
        {
            CheckSplitArgs(count, options);
            int n = Length;
            int[] pieces = new int[16];
            int npieces = 0;
            int pieceStart = 0;
            bool whiteSpace = separator == null || separator.Length == 0;
            for (int i = 0; i < n && npieces < count - 1; i++)
            {
                char c = this[i];
                bool isSep = whiteSpace ? Char.IsWhiteSpace(c) : IsOneOf(c, separator);
                if (!isSep)
                    continue;
                pieces = AddPiece(pieces, ref npieces, pieceStart, i - pieceStart, options);
                pieceStart = i + 1;
            }
            return FinishSplit(pieces, npieces, pieceStart, count, options);
        }

        private string[] SplitStrings(string[] separator, int count, int options)
        {
            CheckSplitArgs(count, options);
            if (separator == null || separator.Length == 0)
                return SplitChars(null, count, options);
            int n = Length;
            int[] pieces = new int[16];
            int npieces = 0;
            int pieceStart = 0;
            int i = 0;
            while (i < n && npieces < count - 1)
            {
                int sepLength = MatchSeparator(i, separator);
                if (sepLength <= 0)
                {
                    i++;
                    continue;
                }
                pieces = AddPiece(pieces, ref npieces, pieceStart, i - pieceStart, options);
                i += sepLength;
                pieceStart = i;
            }
            return FinishSplit(pieces, npieces, pieceStart, count, options);
        }

        // The first separator (in array order) that matches at position i wins.
        private int MatchSeparator(int i, string[] separator)
        {
            for (int k = 0; k < separator.Length; k++)
            {
                string sep = separator[k];
                if (sep == null || sep.Length == 0 || sep.Length > Length - i)
                    continue;
                if (CompareOrdinalUnchecked(this, i, sep, 0, sep.Length) == 0)
                    return sep.Length;
            }
            return 0;
        }

        private static void CheckSplitArgs(int count, int options)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (options < 0 || options > 1)
                throw new ArgumentException("Illegal enum value: " + options.ToString() + ".", "options");
        }

        private static int[] AddPiece(int[] pieces, ref int npieces, int start, int length, int options)
        {
            if (length == 0 && options == 1)
                return pieces;
            if (2 * npieces + 2 > pieces.Length)
            {
                int[] bigger = new int[pieces.Length * 2];
                for (int k = 0; k < 2 * npieces; k++)
                    bigger[k] = pieces[k];
                pieces = bigger;
            }
            pieces[2 * npieces] = start;
            pieces[2 * npieces + 1] = length;
            npieces++;
            return pieces;
        }

        private string[] FinishSplit(int[] pieces, int npieces, int pieceStart, int count, int options)
        {
            if (count == 0)
                return new string[0];
            if (npieces == 0 && pieceStart == 0)
            {
                if (options == 1 && Length == 0)
                    return new string[0];
                string[] whole = new string[1];
                whole[0] = this;
                return whole;
            }
            pieces = AddPiece(pieces, ref npieces, pieceStart, Length - pieceStart, options);
            string[] result = new string[npieces];
            for (int k = 0; k < npieces; k++)
                result[k] = SubstringUnchecked(this, pieces[2 * k], pieces[2 * k + 1]);
            return result;
        }

        // ---- formatting ----

        public static string Format(string format, object arg0)
        {
            object[] args = new object[1];
            args[0] = arg0;
            return FormatHelper(null, format, args);
        }

        public static string Format(string format, object arg0, object arg1)
        {
            object[] args = new object[2];
            args[0] = arg0;
            args[1] = arg1;
            return FormatHelper(null, format, args);
        }

        public static string Format(string format, object arg0, object arg1, object arg2)
        {
            object[] args = new object[3];
            args[0] = arg0;
            args[1] = arg1;
            args[2] = arg2;
            return FormatHelper(null, format, args);
        }

        public static string Format(string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? "format" : "args");
            return FormatHelper(null, format, args);
        }

        public static string Format(IFormatProvider provider, string format, object arg0)
        {
            return Format(format, arg0);
        }

        public static string Format(IFormatProvider provider, string format, object arg0, object arg1)
        {
            return Format(format, arg0, arg1);
        }

        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2)
        {
            return Format(format, arg0, arg1, arg2);
        }

        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            return Format(format, args);
        }

        private static string FormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null)
                throw new ArgumentNullException("format");
            StringBuilder sb = new StringBuilder(format.Length + args.Length * 8);
            sb.AppendFormatHelper(provider, format, args);
            return sb.ToString();
        }

        // ---- misc ----

        public override string ToString()
        {
            return this;
        }

        public string ToString(IFormatProvider provider)
        {
            return this;
        }

        public CharEnumerator GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        IEnumerator<char> IEnumerable<char>.GetEnumerator()
        {
            return new CharEnumerator(this);
        }
    }

    public sealed class CharEnumerator : IEnumerator, ICloneable, IDisposable, IEnumerator<char>
    {
        private string str;
        private int index;
        private char current;

        internal CharEnumerator(string str)
        {
            this.str = str;
            index = -1;
        }

        public bool MoveNext()
        {
            if (index < str.Length - 1)
            {
                index++;
                current = str[index];
                return true;
            }
            index = str.Length;
            return false;
        }

        public char Current
        {
            get
            {
                if (index == -1)
                    throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (index >= str.Length)
                    throw new InvalidOperationException("Enumeration already finished.");
                return current;
            }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
            current = (char)0;
            index = -1;
        }

        public object Clone()
        {
            return MemberwiseClone();
        }

        public void Dispose()
        {
        }
    }
}
