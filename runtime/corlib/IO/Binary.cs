// Binary.cs — System.IO.BinaryReader and BinaryWriter: primitives in .NET's byte layout.
//
// Integers and floats are little-endian in their natural size, bool one byte, decimal
// its four GetBits words, a char and a char[] their bytes in the encoding (UTF-8
// unless given), a string its encoded byte count as a 7-bit-encoded integer (seven
// bits per byte, low first, the top bit set on all but the last) followed by the bytes.
using System.Text;

namespace System.IO
{
    public class BinaryWriter : IDisposable
    {
        public static readonly BinaryWriter Null = new BinaryWriter();

        protected Stream OutStream;
        private Encoding encoding;
        private bool leaveOpen;
        private byte[] scratch = new byte[16];

        protected BinaryWriter()
        {
            OutStream = Stream.Null;
            encoding = File.UTF8NoBOM;
        }

        public BinaryWriter(Stream output) : this(output, File.UTF8NoBOM, false)
        {
        }

        public BinaryWriter(Stream output, Encoding encoding) : this(output, encoding, false)
        {
        }

        public BinaryWriter(Stream output, Encoding encoding, bool leaveOpen)
        {
            if (output == null)
                throw new ArgumentNullException("output");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (!output.CanWrite)
                throw new ArgumentException("Stream was not writable.");
            OutStream = output;
            this.encoding = encoding;
            this.leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream
        {
            get
            {
                Flush();
                return OutStream;
            }
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (leaveOpen)
                OutStream.Flush();
            else
                OutStream.Close();
        }

        public virtual void Flush()
        {
            OutStream.Flush();
        }

        public virtual long Seek(int offset, SeekOrigin origin)
        {
            return OutStream.Seek(offset, origin);
        }

        private void WriteScratch(ulong value, int size)
        {
            for (int i = 0; i < size; i++)
                scratch[i] = (byte)(value >> (8 * i));
            OutStream.Write(scratch, 0, size);
        }

        public virtual void Write(bool value)
        {
            OutStream.WriteByte(value ? (byte)1 : (byte)0);
        }

        public virtual void Write(byte value)
        {
            OutStream.WriteByte(value);
        }

        public virtual void Write(sbyte value)
        {
            OutStream.WriteByte((byte)value);
        }

        public virtual void Write(byte[] buffer)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            OutStream.Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(byte[] buffer, int index, int count)
        {
            OutStream.Write(buffer, index, count);
        }

        public virtual void Write(char ch)
        {
            char[] one = new char[1];
            one[0] = ch;
            Write(one, 0, 1);
        }

        public virtual void Write(char[] chars)
        {
            if (chars == null)
                throw new ArgumentNullException("chars");
            Write(chars, 0, chars.Length);
        }

        public virtual void Write(char[] chars, int index, int count)
        {
            byte[] b = encoding.GetBytes(chars, index, count);
            OutStream.Write(b, 0, b.Length);
        }

        public virtual void Write(short value)
        {
            WriteScratch((ulong)value, 2);
        }

        public virtual void Write(ushort value)
        {
            WriteScratch(value, 2);
        }

        public virtual void Write(int value)
        {
            WriteScratch((ulong)value, 4);
        }

        public virtual void Write(uint value)
        {
            WriteScratch(value, 4);
        }

        public virtual void Write(long value)
        {
            WriteScratch((ulong)value, 8);
        }

        public virtual void Write(ulong value)
        {
            WriteScratch(value, 8);
        }

        public virtual unsafe void Write(float value)
        {
            WriteScratch(*(uint*)&value, 4);
        }

        public virtual unsafe void Write(double value)
        {
            WriteScratch(*(ulong*)&value, 8);
        }

        public virtual void Write(decimal value)
        {
            int[] bits = Decimal.GetBits(value);
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    scratch[4 * i + j] = (byte)(bits[i] >> (8 * j));
            OutStream.Write(scratch, 0, 16);
        }

        public virtual void Write(string value)
        {
            if (value == null)
                throw new ArgumentNullException("value");
            byte[] b = encoding.GetBytes(value);
            Write7BitEncodedInt(b.Length);
            OutStream.Write(b, 0, b.Length);
        }

        protected void Write7BitEncodedInt(int value)
        {
            uint v = (uint)value;
            for (; v >= 0x80; v >>= 7)
                OutStream.WriteByte((byte)(v | 0x80));
            OutStream.WriteByte((byte)v);
        }
    }

    public class BinaryReader : IDisposable
    {
        private Stream stream;
        private Encoding encoding;
        private bool leaveOpen;
        private byte[] scratch = new byte[16];
        private int pendingLow = -1;

        public BinaryReader(Stream input) : this(input, File.UTF8NoBOM, false)
        {
        }

        public BinaryReader(Stream input, Encoding encoding) : this(input, encoding, false)
        {
        }

        public BinaryReader(Stream input, Encoding encoding, bool leaveOpen)
        {
            if (input == null)
                throw new ArgumentNullException("input");
            if (encoding == null)
                throw new ArgumentNullException("encoding");
            if (!input.CanRead)
                throw new ArgumentException("Stream was not readable.");
            stream = input;
            this.encoding = encoding;
            this.leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream
        {
            get { return stream; }
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (stream != null && !leaveOpen)
                stream.Close();
            stream = null;
        }

        private Stream Input
        {
            get
            {
                if (stream == null)
                    throw new ObjectDisposedException(null, "Cannot access a closed file.");
                return stream;
            }
        }

        private static Exception PastEnd()
        {
            return new EndOfStreamException("Unable to read beyond the end of the stream.");
        }

        protected virtual void FillBuffer(int numBytes)
        {
            Stream s = Input;
            for (int at = 0; at < numBytes;) {
                int n = s.Read(scratch, at, numBytes - at);
                if (n <= 0)
                    throw PastEnd();
                at += n;
            }
        }

        private ulong ReadScratch(int size)
        {
            FillBuffer(size);
            ulong v = 0;
            for (int i = size - 1; i >= 0; i--)
                v = (v << 8) | scratch[i];
            return v;
        }

        public virtual bool ReadBoolean()
        {
            return ReadByte() != 0;
        }

        public virtual byte ReadByte()
        {
            int b = Input.ReadByte();
            if (b < 0)
                throw PastEnd();
            return (byte)b;
        }

        public virtual sbyte ReadSByte()
        {
            return (sbyte)ReadByte();
        }

        public virtual short ReadInt16()
        {
            return (short)ReadScratch(2);
        }

        public virtual ushort ReadUInt16()
        {
            return (ushort)ReadScratch(2);
        }

        public virtual int ReadInt32()
        {
            return (int)ReadScratch(4);
        }

        public virtual uint ReadUInt32()
        {
            return (uint)ReadScratch(4);
        }

        public virtual long ReadInt64()
        {
            return (long)ReadScratch(8);
        }

        public virtual ulong ReadUInt64()
        {
            return ReadScratch(8);
        }

        public virtual unsafe float ReadSingle()
        {
            uint v = (uint)ReadScratch(4);
            return *(float*)&v;
        }

        public virtual unsafe double ReadDouble()
        {
            ulong v = ReadScratch(8);
            return *(double*)&v;
        }

        public virtual decimal ReadDecimal()
        {
            FillBuffer(16);
            int[] bits = new int[4];
            for (int i = 0; i < 4; i++)
                bits[i] = scratch[4 * i] | (scratch[4 * i + 1] << 8) | (scratch[4 * i + 2] << 16) | (scratch[4 * i + 3] << 24);
            return new decimal(bits);
        }

        public virtual byte[] ReadBytes(int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            Stream s = Input;
            byte[] b = new byte[count];
            int at = 0, n;
            while (at < count && (n = s.Read(b, at, count - at)) > 0)
                at += n;
            if (at < count)
                Array.Resize(ref b, at);
            return b;
        }

        public virtual int Read(byte[] buffer, int index, int count)
        {
            return Input.Read(buffer, index, count);
        }

        // The next character, reading its bytes one at a time; -1 at the end of the stream.
        public virtual int Read()
        {
            if (pendingLow >= 0) {
                int low = pendingLow;
                pendingLow = -1;
                return low;
            }
            Stream s = Input;
            for (int k = 0; k < 4;) {
                int b = s.ReadByte();
                if (b < 0)
                    return k == 0 ? -1 : 0xFFFD;
                scratch[k++] = (byte)b;
                int cp;
                int taken = encoding.DecodeOne(scratch, 0, k, out cp);
                if (cp == 0xFFFD && taken == k && k < 4)
                    continue;
                if (cp >= 0x10000) {
                    pendingLow = 0xDC00 + ((cp - 0x10000) & 0x3FF);
                    return 0xD800 + ((cp - 0x10000) >> 10);
                }
                return cp;
            }
            return 0xFFFD;
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            int n = 0;
            for (int c; n < count && (c = Read()) >= 0; n++)
                buffer[index + n] = (char)c;
            return n;
        }

        public virtual char ReadChar()
        {
            int c = Read();
            if (c < 0)
                throw PastEnd();
            return (char)c;
        }

        public virtual char[] ReadChars(int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            char[] chars = new char[count];
            int n = Read(chars, 0, count);
            if (n < count)
                Array.Resize(ref chars, n);
            return chars;
        }

        public virtual int PeekChar()
        {
            Stream s = Input;
            if (!s.CanSeek)
                return -1;
            long at = s.Position;
            int saved = pendingLow;
            int c = Read();
            s.Position = at;
            pendingLow = saved;
            return c;
        }

        public virtual string ReadString()
        {
            int length = Read7BitEncodedInt();
            if (length < 0)
                throw new IOException("BinaryReader encountered an invalid string length of " + length + " characters.");
            if (length == 0)
                return "";
            byte[] b = new byte[length];
            Stream s = Input;
            for (int at = 0; at < length;) {
                int n = s.Read(b, at, length - at);
                if (n <= 0)
                    throw PastEnd();
                at += n;
            }
            return encoding.GetString(b);
        }

        protected internal int Read7BitEncodedInt()
        {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = ReadByte();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                    return value;
            }
            throw new FormatException("Too many bytes in what should have been a 7 bit encoded Int32.");
        }
    }
}
