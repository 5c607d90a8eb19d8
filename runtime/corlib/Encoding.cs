// Encoding.cs — System.Text.Encoding and the encodings programs name: UTF-8, ASCII,
// UTF-16 (little and big endian), UTF-32 and Latin-1.
//
// Each encoding is two loops over the text, one counting and one writing, kept in step by
// sharing one per-code-point step (EncodeOne / DecodeOne). Invalid input is replaced, as
// .NET's default fallbacks do: a lone surrogate becomes U+FFFD (or '?' where the encoding
// cannot hold U+FFFD), an undecodable byte sequence becomes one U+FFFD per maximal invalid
// subsequence, a character outside ASCII or Latin-1 becomes '?'. Encoding.Default is UTF-8,
// as on Mono under Linux.
namespace System.Text
{
    public abstract class Encoding
    {
        private static Encoding utf8, ascii, unicode, bigEndianUnicode, utf32, latin1;

        private readonly int codePage;

        protected Encoding() : this(0)
        {
        }

        protected Encoding(int codePage)
        {
            this.codePage = codePage;
        }

        public static Encoding UTF8
        {
            get { return utf8 ?? (utf8 = new UTF8Encoding(true)); }
        }

        public static Encoding ASCII
        {
            get { return ascii ?? (ascii = new ASCIIEncoding()); }
        }

        public static Encoding Unicode
        {
            get { return unicode ?? (unicode = new UnicodeEncoding(false, true)); }
        }

        public static Encoding BigEndianUnicode
        {
            get { return bigEndianUnicode ?? (bigEndianUnicode = new UnicodeEncoding(true, true)); }
        }

        public static Encoding UTF32
        {
            get { return utf32 ?? (utf32 = new UTF32Encoding(false, true)); }
        }

        public static Encoding Default
        {
            get { return UTF8; }
        }

        private static Encoding Latin1
        {
            get { return latin1 ?? (latin1 = new Latin1Encoding()); }
        }

        public static Encoding GetEncoding(int codepage)
        {
            switch (codepage) {
            case 0: return Default;
            case 1200: return Unicode;
            case 1201: return BigEndianUnicode;
            case 12000: return UTF32;
            case 20127: return ASCII;
            case 28591: return Latin1;
            case 65001: return UTF8;
            }
            throw new NotSupportedException("No data is available for encoding " + codepage + ".");
        }

        public static Encoding GetEncoding(string name)
        {
            if (name == null)
                throw new ArgumentNullException("name");
            switch (name.ToLowerInvariant()) {
            case "utf-8": case "utf8": return UTF8;
            case "us-ascii": case "ascii": return ASCII;
            case "utf-16": case "utf-16le": case "unicode": return Unicode;
            case "utf-16be": case "unicodefffe": return BigEndianUnicode;
            case "utf-32": case "utf-32le": return UTF32;
            case "iso-8859-1": case "latin1": return Latin1;
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name.", "name");
        }

        public virtual int CodePage
        {
            get { return codePage; }
        }

        public abstract string WebName { get; }

        public virtual string EncodingName
        {
            get { return WebName; }
        }

        public virtual string BodyName
        {
            get { return WebName; }
        }

        public virtual bool IsSingleByte
        {
            get { return false; }
        }

        public virtual byte[] GetPreamble()
        {
            return new byte[0];
        }

        public abstract int GetMaxByteCount(int charCount);

        public abstract int GetMaxCharCount(int byteCount);

        // ---- the two steps each encoding defines ----

        // Writes code point c (a scalar value, or U+FFFD for a lone surrogate) at bytes[at]
        // when bytes is not null; returns how many bytes it takes.
        internal abstract int EncodeOne(int c, byte[] bytes, int at);

        // Decodes one character from bytes[at..end): its code point in cp, returns how many
        // bytes it took (at least one).
        internal abstract int DecodeOne(byte[] bytes, int at, int end, out int cp);

        // A single-byte encoding's step: c itself below limit, else '?' for each UTF-16 unit.
        internal static int EncodeSingleByte(int c, int limit, byte[] b, int at)
        {
            int n = c >= 0x10000 ? 2 : 1;
            if (b != null)
                for (int i = 0; i < n; i++)
                    b[at + i] = c < limit ? (byte)c : (byte)'?';
            return n;
        }

        // ---- encoding ----

        private static int NextCodePoint(string s, char[] a, int i, int end, out int c)
        {
            char ch = s != null ? s[i] : a[i];
            if (Char.IsHighSurrogate(ch) && i + 1 < end) {
                char lo = s != null ? s[i + 1] : a[i + 1];
                if (Char.IsLowSurrogate(lo)) {
                    c = Char.ConvertToUtf32(ch, lo);
                    return 2;
                }
            }
            c = Char.IsSurrogate(ch) ? 0xFFFD : ch;
            return 1;
        }

        private int Encode(string s, char[] a, int index, int count, byte[] bytes, int at)
        {
            int start = at, end = index + count;
            for (int i = index; i < end;) {
                int c;
                i += NextCodePoint(s, a, i, end, out c);
                at += EncodeOne(c, bytes, at);
            }
            return at - start;
        }

        private static void CheckRange(int length, int index, int count, string indexName, string countName)
        {
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? indexName : countName, "Non-negative number required.");
            if (length - index < count)
                throw new ArgumentOutOfRangeException(countName, "Index and count must refer to a location within the buffer.");
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            return Encode(s, null, 0, s.Length, null, 0);
        }

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null)
                throw new ArgumentNullException("chars");
            return Encode(null, chars, 0, chars.Length, null, 0);
        }

        public virtual int GetByteCount(char[] chars, int index, int count)
        {
            if (chars == null)
                throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "index", "count");
            return Encode(null, chars, index, count, null, 0);
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null)
                throw new ArgumentNullException("s");
            byte[] bytes = new byte[Encode(s, null, 0, s.Length, null, 0)];
            Encode(s, null, 0, s.Length, bytes, 0);
            return bytes;
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null)
                throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            if (chars == null)
                throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "index", "count");
            byte[] bytes = new byte[Encode(null, chars, index, count, null, 0)];
            Encode(null, chars, index, count, bytes, 0);
            return bytes;
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null || bytes == null)
                throw new ArgumentNullException(s == null ? "s" : "bytes");
            CheckRange(s.Length, charIndex, charCount, "charIndex", "charCount");
            return EncodeInto(s, null, charIndex, charCount, bytes, byteIndex);
        }

        public virtual int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null || bytes == null)
                throw new ArgumentNullException(chars == null ? "chars" : "bytes");
            CheckRange(chars.Length, charIndex, charCount, "charIndex", "charCount");
            return EncodeInto(null, chars, charIndex, charCount, bytes, byteIndex);
        }

        private int EncodeInto(string s, char[] a, int index, int count, byte[] bytes, int byteIndex)
        {
            if (byteIndex < 0 || byteIndex > bytes.Length)
                throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (Encode(s, a, index, count, null, 0) > bytes.Length - byteIndex)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding '" + EncodingName + "' fallback 'System.Text.EncoderReplacementFallback'.", "bytes");
            return Encode(s, a, index, count, bytes, byteIndex);
        }

        // ---- decoding ----

        // Writes the characters of bytes[index..index+count) into chars from at (when chars
        // is not null); returns how many there are.
        private int Decode(byte[] bytes, int index, int count, char[] chars, int at)
        {
            int start = at, end = index + count;
            for (int i = index; i < end;) {
                int cp;
                i += DecodeOne(bytes, i, end, out cp);
                if (cp >= 0x10000) {
                    if (chars != null) {
                        chars[at] = (char)(0xD800 + ((cp - 0x10000) >> 10));
                        chars[at + 1] = (char)(0xDC00 + ((cp - 0x10000) & 0x3FF));
                    }
                    at += 2;
                } else {
                    if (chars != null)
                        chars[at] = (char)cp;
                    at++;
                }
            }
            return at - start;
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            return Decode(bytes, 0, bytes.Length, null, 0);
        }

        public virtual int GetCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "index", "count");
            return Decode(bytes, index, count, null, 0);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "index", "count");
            char[] chars = new char[Decode(bytes, index, count, null, 0)];
            Decode(bytes, index, count, chars, 0);
            return chars;
        }

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null || chars == null)
                throw new ArgumentNullException(bytes == null ? "bytes" : "chars");
            CheckRange(bytes.Length, byteIndex, byteCount, "byteIndex", "byteCount");
            if (charIndex < 0 || charIndex > chars.Length)
                throw new ArgumentOutOfRangeException("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (Decode(bytes, byteIndex, byteCount, null, 0) > chars.Length - charIndex)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding '" + EncodingName + "' fallback 'System.Text.DecoderReplacementFallback'.", "chars");
            return Decode(bytes, byteIndex, byteCount, chars, charIndex);
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            return new string(GetChars(bytes, 0, bytes.Length));
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            return new string(GetChars(bytes, index, count));
        }

        public override bool Equals(object value)
        {
            Encoding e = value as Encoding;
            // the code page names the class here, so no GetType(): a TextWriter's Encoding
            // would otherwise bring type objects into every AOT program that writes to the console
            return e != null && e.CodePage == CodePage && e.GetPreamble().Length == GetPreamble().Length;
        }

        public override int GetHashCode()
        {
            return CodePage;
        }
    }

    public class UTF8Encoding : Encoding
    {
        private readonly bool emitIdentifier;

        public UTF8Encoding() : this(false)
        {
        }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : base(65001)
        {
            emitIdentifier = encoderShouldEmitUTF8Identifier;
        }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier)
        {
        }

        public override string WebName
        {
            get { return "utf-8"; }
        }

        public override string EncodingName
        {
            get { return "Unicode (UTF-8)"; }
        }

        public override byte[] GetPreamble()
        {
            return emitIdentifier ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0];
        }

        public override int GetMaxByteCount(int charCount)
        {
            return (charCount + 1) * 3;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount + 1;
        }

        internal override int EncodeOne(int c, byte[] b, int at)
        {
            if (c < 0x80) {
                if (b != null) b[at] = (byte)c;
                return 1;
            }
            if (c < 0x800) {
                if (b != null) {
                    b[at] = (byte)(0xC0 | (c >> 6));
                    b[at + 1] = (byte)(0x80 | (c & 0x3F));
                }
                return 2;
            }
            if (c < 0x10000) {
                if (b != null) {
                    b[at] = (byte)(0xE0 | (c >> 12));
                    b[at + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    b[at + 2] = (byte)(0x80 | (c & 0x3F));
                }
                return 3;
            }
            if (b != null) {
                b[at] = (byte)(0xF0 | (c >> 18));
                b[at + 1] = (byte)(0x80 | ((c >> 12) & 0x3F));
                b[at + 2] = (byte)(0x80 | ((c >> 6) & 0x3F));
                b[at + 3] = (byte)(0x80 | (c & 0x3F));
            }
            return 4;
        }

        // A lead byte says how many continuation bytes follow and the smallest code point
        // the sequence may encode (no overlong forms); surrogates and values past U+10FFFF
        // are invalid. An invalid sequence yields U+FFFD for its lead byte and the
        // continuation bytes that were acceptable so far, and decoding resumes after them.
        internal override int DecodeOne(byte[] b, int at, int end, out int cp)
        {
            int lead = b[at];
            if (lead < 0x80) {
                cp = lead;
                return 1;
            }
            int need, min;
            if (lead >= 0xC2 && lead <= 0xDF) { need = 1; min = 0x80; cp = lead & 0x1F; }
            else if (lead >= 0xE0 && lead <= 0xEF) { need = 2; min = 0x800; cp = lead & 0x0F; }
            else if (lead >= 0xF0 && lead <= 0xF4) { need = 3; min = 0x10000; cp = lead & 0x07; }
            else { cp = 0xFFFD; return 1; }
            int i = 1;
            for (; i <= need && at + i < end; i++) {
                int next = b[at + i];
                if ((next & 0xC0) != 0x80)
                    break;
                int value = (cp << 6) | (next & 0x3F);
                // the second byte alone already rules out overlong, surrogate and too-large forms
                if (i == 1 && ((need == 2 && lead == 0xE0 && next < 0xA0) || (need == 2 && lead == 0xED && next >= 0xA0) ||
                               (need == 3 && lead == 0xF0 && next < 0x90) || (need == 3 && lead == 0xF4 && next >= 0x90)))
                    break;
                cp = value;
            }
            if (i <= need || cp < min) {
                cp = 0xFFFD;
                return i;
            }
            return need + 1;
        }
    }

    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() : base(20127)
        {
        }

        public override string WebName
        {
            get { return "us-ascii"; }
        }

        public override string EncodingName
        {
            get { return "US-ASCII"; }
        }

        public override bool IsSingleByte
        {
            get { return true; }
        }

        public override int GetMaxByteCount(int charCount)
        {
            return charCount + 1;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount;
        }

        internal override int EncodeOne(int c, byte[] b, int at)
        {
            return EncodeSingleByte(c, 0x80, b, at);
        }

        internal override int DecodeOne(byte[] b, int at, int end, out int cp)
        {
            cp = b[at] < 0x80 ? b[at] : (int)'?';
            return 1;
        }
    }

    internal sealed class Latin1Encoding : Encoding
    {
        public Latin1Encoding() : base(28591)
        {
        }

        public override string WebName
        {
            get { return "iso-8859-1"; }
        }

        public override string EncodingName
        {
            get { return "Western European (ISO)"; }
        }

        public override bool IsSingleByte
        {
            get { return true; }
        }

        public override int GetMaxByteCount(int charCount)
        {
            return charCount + 1;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount;
        }

        internal override int EncodeOne(int c, byte[] b, int at)
        {
            return EncodeSingleByte(c, 0x100, b, at);
        }

        internal override int DecodeOne(byte[] b, int at, int end, out int cp)
        {
            cp = b[at];
            return 1;
        }
    }

    public class UnicodeEncoding : Encoding
    {
        private readonly bool bigEndian, byteOrderMark;

        public UnicodeEncoding() : this(false, true)
        {
        }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) : base(bigEndian ? 1201 : 1200)
        {
            this.bigEndian = bigEndian;
            this.byteOrderMark = byteOrderMark;
        }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : this(bigEndian, byteOrderMark)
        {
        }

        public override string WebName
        {
            get { return bigEndian ? "utf-16BE" : "utf-16"; }
        }

        public override string EncodingName
        {
            get { return bigEndian ? "Unicode (Big-Endian)" : "Unicode"; }
        }

        public override byte[] GetPreamble()
        {
            if (!byteOrderMark)
                return new byte[0];
            return bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }

        public override int GetMaxByteCount(int charCount)
        {
            return (charCount + 1) * 2;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount / 2 + 2;
        }

        private void Put(int unit, byte[] b, int at)
        {
            b[at + (bigEndian ? 1 : 0)] = (byte)unit;
            b[at + (bigEndian ? 0 : 1)] = (byte)(unit >> 8);
        }

        internal override int EncodeOne(int c, byte[] b, int at)
        {
            if (c < 0x10000) {
                if (b != null) Put(c, b, at);
                return 2;
            }
            if (b != null) {
                Put(0xD800 + ((c - 0x10000) >> 10), b, at);
                Put(0xDC00 + ((c - 0x10000) & 0x3FF), b, at + 2);
            }
            return 4;
        }

        private int Unit(byte[] b, int at)
        {
            return bigEndian ? (b[at] << 8) | b[at + 1] : b[at] | (b[at + 1] << 8);
        }

        internal override int DecodeOne(byte[] b, int at, int end, out int cp)
        {
            if (end - at < 2) {
                cp = 0xFFFD;
                return end - at;
            }
            int unit = Unit(b, at);
            if (unit >= 0xD800 && unit <= 0xDBFF && end - at >= 4) {
                int lo = Unit(b, at + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((unit - 0xD800) << 10) + (lo - 0xDC00);
                    return 4;
                }
            }
            cp = unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : unit;
            return 2;
        }
    }

    public sealed class UTF32Encoding : Encoding
    {
        private readonly bool bigEndian, byteOrderMark;

        public UTF32Encoding() : this(false, true)
        {
        }

        public UTF32Encoding(bool bigEndian, bool byteOrderMark) : base(bigEndian ? 12001 : 12000)
        {
            this.bigEndian = bigEndian;
            this.byteOrderMark = byteOrderMark;
        }

        public override string WebName
        {
            get { return bigEndian ? "utf-32BE" : "utf-32"; }
        }

        public override string EncodingName
        {
            get { return bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)"; }
        }

        public override byte[] GetPreamble()
        {
            if (!byteOrderMark)
                return new byte[0];
            return bigEndian ? new byte[] { 0, 0, 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE, 0, 0 };
        }

        public override int GetMaxByteCount(int charCount)
        {
            return (charCount + 1) * 4;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            return byteCount / 2 + 2;
        }

        internal override int EncodeOne(int c, byte[] b, int at)
        {
            if (b != null)
                for (int i = 0; i < 4; i++)
                    b[at + (bigEndian ? 3 - i : i)] = (byte)(c >> (8 * i));
            return 4;
        }

        internal override int DecodeOne(byte[] b, int at, int end, out int cp)
        {
            if (end - at < 4) {
                cp = 0xFFFD;
                return end - at;
            }
            int v = 0;
            for (int i = 0; i < 4; i++)
                v |= b[at + (bigEndian ? 3 - i : i)] << (8 * i);
            cp = v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : v;
            return 4;
        }
    }
}
