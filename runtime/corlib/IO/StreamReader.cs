// StreamReader.cs — System.IO.StreamReader and StreamWriter: text over a byte stream.
//
// The reader decodes a byte buffer into a char buffer with the encoding's one-character
// step (Encoding.DecodeOne). A character whose bytes are not all in yet (it decodes to
// U+FFFD running into the end of what was read) waits at the start of the byte buffer
// for the next read, so sequences split between reads decode whole. Before the first
// character it looks for a byte order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE when
// asked to detect, else only the given encoding's own preamble, which it skips.
//
// The writer collects chars and encodes them when its buffer fills, on Flush, and after
// every Write when AutoFlush is set; a high surrogate at the end of the buffer waits
// for its partner. The encoding's preamble goes first, unless the stream already held
// data (appending). Without an encoding it writes UTF-8 without a byte order mark.
using System.Text;

namespace System.IO
{
    public class StreamReader : TextReader
    {
        public static readonly StreamReader Null = new StreamReader(Stream.Null);

        private Stream stream;
        private Encoding encoding;
        private bool detect, checkedPreamble, eof, leaveOpen;
        private byte[] bytes;
        private int byteLen;
        private char[] chars;
        private int charPos, charLen;

        public StreamReader(Stream stream) : this(stream, Encoding.UTF8, true, 1024, false)
        {
        }

        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks, 1024, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true, 1024, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(stream, encoding, detectEncodingFromByteOrderMarks, 1024, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize) : this(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize, bool leaveOpen)
        {
            if (stream == null)
                throw new ArgumentNullException("stream");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (!stream.CanRead)
                throw new ArgumentException("Stream was not readable.");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            Init(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, leaveOpen);
        }

        public StreamReader(string path) : this(path, Encoding.UTF8, true, 4096)
        {
        }

        public StreamReader(string path, bool detectEncodingFromByteOrderMarks) : this(path, Encoding.UTF8, detectEncodingFromByteOrderMarks, 4096)
        {
        }

        public StreamReader(string path, Encoding encoding) : this(path, encoding, true, 4096)
        {
        }

        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(path, encoding, detectEncodingFromByteOrderMarks, 4096)
        {
        }

        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize)
        {
            if (path == null)
                throw new ArgumentNullException("path");
            if (path.Length == 0)
                throw new ArgumentException("Empty path name is not legal.");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            Init(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096), encoding, detectEncodingFromByteOrderMarks, bufferSize, false);
        }

        private void Init(Stream stream, Encoding encoding, bool detect, int bufferSize, bool leaveOpen)
        {
            this.stream = stream;
            this.encoding = encoding;
            this.detect = detect;
            this.leaveOpen = leaveOpen;
            if (bufferSize < 128)
                bufferSize = 128;
            bytes = new byte[bufferSize];
            chars = new char[bufferSize + 1];
        }

        public virtual Encoding CurrentEncoding
        {
            get { return encoding; }
        }

        public virtual Stream BaseStream
        {
            get { return stream; }
        }

        public bool EndOfStream
        {
            get
            {
                CheckOpen();
                return charPos == charLen && !Fill();
            }
        }

        private void CheckOpen()
        {
            if (stream == null)
                throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public void DiscardBufferedData()
        {
            byteLen = charPos = charLen = 0;
            eof = false;
        }

        protected override void Dispose(bool disposing)
        {
            if (stream != null && !leaveOpen)
                stream.Close();
            stream = null;
        }

        private static bool StartsWith(byte[] b, int length, byte[] prefix)
        {
            if (length < prefix.Length)
                return false;
            for (int i = 0; i < prefix.Length; i++)
                if (b[i] != prefix[i])
                    return false;
            return true;
        }

        // Could the bytes so far be the start of a byte order mark?
        private bool MaybeMark()
        {
            byte b = bytes[0];
            if (detect && (b == 0xEF || b == 0xFE || b == 0xFF || b == 0))
                return true;
            byte[] preamble = encoding.GetPreamble();
            return preamble.Length > 0 && b == preamble[0];
        }

        // Picks the encoding from a byte order mark and drops the mark.
        private void CheckPreamble()
        {
            checkedPreamble = true;
            int skip = 0;
            if (detect) {
                byte b0 = byteLen > 0 ? bytes[0] : (byte)0, b1 = byteLen > 1 ? bytes[1] : (byte)0;
                byte b2 = byteLen > 2 ? bytes[2] : (byte)1, b3 = byteLen > 3 ? bytes[3] : (byte)1;
                if (byteLen >= 4 && b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
                    encoding = new UTF32Encoding(false, true);
                    skip = 4;
                } else if (byteLen >= 4 && b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
                    encoding = new UTF32Encoding(true, true);
                    skip = 4;
                } else if (byteLen >= 2 && b0 == 0xFF && b1 == 0xFE) {
                    encoding = Encoding.Unicode;
                    skip = 2;
                } else if (byteLen >= 2 && b0 == 0xFE && b1 == 0xFF) {
                    encoding = Encoding.BigEndianUnicode;
                    skip = 2;
                } else if (byteLen >= 3 && b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                    encoding = Encoding.UTF8;
                    skip = 3;
                }
            }
            if (skip == 0) {
                byte[] preamble = encoding.GetPreamble();
                if (preamble.Length > 0 && StartsWith(bytes, byteLen, preamble))
                    skip = preamble.Length;
            }
            if (skip > 0) {
                Array.Copy(bytes, skip, bytes, 0, byteLen - skip);
                byteLen -= skip;
            }
        }

        // Refills the char buffer (which is empty); false at the end of the stream.
        private bool Fill()
        {
            charPos = charLen = 0;
            while (charLen == 0) {
                if (!eof && byteLen < bytes.Length) {
                    int n = stream.Read(bytes, byteLen, bytes.Length - byteLen);
                    if (n <= 0)
                        eof = true;
                    else
                        byteLen += n;
                }
                if (!checkedPreamble) {
                    if (!eof && byteLen < 4 && byteLen > 0 && MaybeMark())
                        continue;
                    CheckPreamble();
                }
                Decode();
                if (eof && byteLen == 0)
                    return charLen > 0;
            }
            return true;
        }

        // Decodes the whole characters of bytes[0..byteLen) into chars; the bytes of an
        // unfinished one move to the front.
        private void Decode()
        {
            int i = 0;
            while (i < byteLen) {
                int cp;
                int taken = encoding.DecodeOne(bytes, i, byteLen, out cp);
                if (cp == 0xFFFD && !eof && i + taken == byteLen && byteLen - i < 4)
                    break;
                i += taken;
                if (cp >= 0x10000) {
                    chars[charLen++] = (char)(0xD800 + ((cp - 0x10000) >> 10));
                    chars[charLen++] = (char)(0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    chars[charLen++] = (char)cp;
                }
            }
            if (i > 0 && i < byteLen)
                Array.Copy(bytes, i, bytes, 0, byteLen - i);
            byteLen -= i;
        }

        public override int Peek()
        {
            CheckOpen();
            if (charPos == charLen && !Fill())
                return -1;
            return chars[charPos];
        }

        public override int Read()
        {
            CheckOpen();
            if (charPos == charLen && !Fill())
                return -1;
            return chars[charPos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            CheckOpen();
            int done = 0;
            while (done < count) {
                if (charPos == charLen && (done > 0 || !Fill()))
                    break;
                int n = charLen - charPos < count - done ? charLen - charPos : count - done;
                Array.Copy(chars, charPos, buffer, index + done, n);
                charPos += n;
                done += n;
            }
            return done;
        }

        public override int ReadBlock(char[] buffer, int index, int count)
        {
            int done = 0, n;
            while (done < count && (n = Read(buffer, index + done, count - done)) > 0)
                done += n;
            return done;
        }

        public override string ReadLine()
        {
            CheckOpen();
            if (charPos == charLen && !Fill())
                return null;
            StringBuilder sb = null;
            while (true) {
                for (int i = charPos; i < charLen; i++) {
                    char c = chars[i];
                    if (c != '\n' && c != '\r')
                        continue;
                    string line;
                    if (sb == null)
                        line = new string(chars, charPos, i - charPos);
                    else
                        line = sb.Append(chars, charPos, i - charPos).ToString();
                    charPos = i + 1;
                    if (c == '\r' && (charPos < charLen || Fill()) && chars[charPos] == '\n')
                        charPos++;
                    return line;
                }
                if (sb == null)
                    sb = new StringBuilder(charLen - charPos + 80);
                sb.Append(chars, charPos, charLen - charPos);
                if (!Fill())
                    return sb.ToString();
            }
        }

        public override string ReadToEnd()
        {
            CheckOpen();
            StringBuilder sb = new StringBuilder();
            do
                sb.Append(chars, charPos, charLen - charPos);
            while (Fill());
            return sb.ToString();
        }
    }

    public class StreamWriter : TextWriter
    {
        public static readonly new StreamWriter Null = new StreamWriter(Stream.Null, File.UTF8NoBOM, 128, true);

        private Stream stream;
        private Encoding encoding;
        private char[] chars;
        private int charLen;
        private byte[] bytes;
        private bool autoFlush, leaveOpen, preambleDone;

        public StreamWriter(Stream stream) : this(stream, File.UTF8NoBOM, 1024, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, 1024, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize) : this(stream, encoding, bufferSize, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize, bool leaveOpen)
        {
            if (stream == null)
                throw new ArgumentNullException("stream");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (!stream.CanWrite)
                throw new ArgumentException("Stream was not writable.");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            Init(stream, encoding, bufferSize, leaveOpen);
        }

        public StreamWriter(string path) : this(path, false, File.UTF8NoBOM, 4096)
        {
        }

        public StreamWriter(string path, bool append) : this(path, append, File.UTF8NoBOM, 4096)
        {
        }

        public StreamWriter(string path, bool append, Encoding encoding) : this(path, append, encoding, 4096)
        {
        }

        public StreamWriter(string path, bool append, Encoding encoding, int bufferSize)
        {
            NativeIO.CheckPath(path, "path");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            FileMode mode = append ? FileMode.Append : FileMode.Create;
            Init(new FileStream(path, mode, FileAccess.Write, FileShare.Read, 4096), encoding, bufferSize, false);
        }

        private void Init(Stream stream, Encoding encoding, int bufferSize, bool leaveOpen)
        {
            this.stream = stream;
            this.encoding = encoding;
            this.leaveOpen = leaveOpen;
            if (bufferSize < 128)
                bufferSize = 128;
            chars = new char[bufferSize];
            bytes = new byte[encoding.GetMaxByteCount(bufferSize)];
            preambleDone = stream.CanSeek && stream.Position > 0;
        }

        public virtual bool AutoFlush
        {
            get { return autoFlush; }
            set
            {
                autoFlush = value;
                if (value)
                    Flush(true, false);
            }
        }

        public virtual Stream BaseStream
        {
            get { return stream; }
        }

        public override Encoding Encoding
        {
            get { return encoding; }
        }

        private void CheckOpen()
        {
            if (stream == null)
                throw new ObjectDisposedException(null, "Can not write to a closed TextWriter.");
        }

        // Encodes the buffered chars into the stream; a trailing high surrogate stays
        // unless this is the last flush.
        private void Flush(bool flushStream, bool flushEncoder)
        {
            CheckOpen();
            if (!preambleDone) {
                preambleDone = true;
                byte[] preamble = encoding.GetPreamble();
                if (preamble.Length > 0)
                    stream.Write(preamble, 0, preamble.Length);
            }
            int n = charLen;
            if (!flushEncoder && n > 0 && Char.IsHighSurrogate(chars[n - 1]))
                n--;
            if (n > 0) {
                int count = encoding.GetBytes(chars, 0, n, bytes, 0);
                stream.Write(bytes, 0, count);
                if (n < charLen)
                    chars[0] = chars[n];
                charLen -= n;
            }
            if (flushStream)
                stream.Flush();
        }

        public override void Flush()
        {
            Flush(true, true);
        }

        public override void Write(char value)
        {
            CheckOpen();
            if (charLen == chars.Length)
                Flush(false, false);
            chars[charLen++] = value;
            if (autoFlush)
                Flush(true, false);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            CheckOpen();
            while (count > 0) {
                if (charLen == chars.Length)
                    Flush(false, false);
                int n = chars.Length - charLen < count ? chars.Length - charLen : count;
                Array.Copy(buffer, index, chars, charLen, n);
                charLen += n;
                index += n;
                count -= n;
            }
            if (autoFlush)
                Flush(true, false);
        }

        public override void Write(string value)
        {
            if (value == null)
                return;
            CheckOpen();
            int index = 0, count = value.Length;
            while (count > 0) {
                if (charLen == chars.Length)
                    Flush(false, false);
                int n = chars.Length - charLen < count ? chars.Length - charLen : count;
                value.CopyTo(index, chars, charLen, n);
                charLen += n;
                index += n;
                count -= n;
            }
            if (autoFlush)
                Flush(true, false);
        }

        public override void WriteLine(string value)
        {
            bool wasAuto = autoFlush;
            autoFlush = false;
            try {
                Write(value);
                Write(CoreNewLine, 0, CoreNewLine.Length);
            } finally {
                autoFlush = wasAuto;
            }
            if (wasAuto)
                Flush(true, false);
        }

        protected override void Dispose(bool disposing)
        {
            if (stream == null)
                return;
            try {
                Flush(true, true);
            } finally {
                if (!leaveOpen)
                    stream.Close();
                stream = null;
            }
        }
    }
}
