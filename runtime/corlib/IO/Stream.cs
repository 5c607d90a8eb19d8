// Stream.cs — System.IO.Stream, the byte sequence every reader and writer sits on, and
// MemoryStream, a stream over a byte array that grows as it is written.
//
// Stream's own methods are built from the abstract Read/Write: ReadByte reads into a
// one-byte array, CopyTo loops over a buffer. Dispose() and Close() lead to
// Dispose(true), which subclasses override to release what they hold.
namespace System.IO
{
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public static readonly Stream Null = new NullStream();

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public virtual bool CanTimeout
        {
            get { return false; }
        }

        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual int ReadByte()
        {
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public virtual void WriteByte(byte value)
        {
            byte[] one = new byte[1];
            one[0] = value;
            Write(one, 0, 1);
        }

        public void CopyTo(Stream destination)
        {
            CopyTo(destination, 81920);
        }

        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null)
                throw new ArgumentNullException("destination");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (!CanRead)
                throw new NotSupportedException("Stream does not support reading.");
            if (!destination.CanWrite)
                throw new NotSupportedException("Stream does not support writing.");
            byte[] buffer = new byte[bufferSize];
            int n;
            while ((n = Read(buffer, 0, buffer.Length)) > 0)
                destination.Write(buffer, 0, n);
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Close();
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        // The argument checks of Read and Write(buffer, offset, count).
        internal static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (offset < 0)
                throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - offset < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }
    }

    internal sealed class NullStream : Stream
    {
        public override bool CanRead
        {
            get { return true; }
        }

        public override bool CanSeek
        {
            get { return true; }
        }

        public override bool CanWrite
        {
            get { return true; }
        }

        public override long Length
        {
            get { return 0; }
        }

        public override long Position
        {
            get { return 0; }
            set { }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            return 0;
        }

        public override void SetLength(long value)
        {
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
        }
    }

    // The bytes live in buffer[origin..origin+capacity); the stream's contents are
    // buffer[origin..origin+length) and position counts from origin. A stream made over
    // the caller's array keeps that array and cannot grow; one made empty reallocates,
    // at least doubling, as .NET does (GetBuffer shows the capacity).
    public class MemoryStream : Stream
    {
        private byte[] buffer;
        private int origin, length, capacity, position;
        private bool expandable, writable, visible, open;

        public MemoryStream() : this(0)
        {
        }

        public MemoryStream(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            buffer = new byte[capacity];
            this.capacity = capacity;
            expandable = writable = visible = open = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true)
        {
        }

        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            Init(buffer, 0, buffer.Length, writable, false);
        }

        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false)
        {
        }

        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false)
        {
        }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            CheckBuffer(buffer, index, count);
            Init(buffer, index, count, writable, publiclyVisible);
        }

        private void Init(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            this.buffer = buffer;
            origin = position = index;
            length = capacity = index + count;
            this.writable = writable;
            visible = publiclyVisible;
            open = true;
        }

        private void CheckOpen()
        {
            if (!open)
                throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        private void CheckWritable()
        {
            CheckOpen();
            if (!writable)
                throw new NotSupportedException("Stream does not support writing.");
        }

        public override bool CanRead
        {
            get { return open; }
        }

        public override bool CanSeek
        {
            get { return open; }
        }

        public override bool CanWrite
        {
            get { return open && writable; }
        }

        public virtual int Capacity
        {
            get
            {
                CheckOpen();
                return capacity - origin;
            }
            set
            {
                CheckOpen();
                if (value < length - origin)
                    throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value == capacity - origin)
                    return;
                if (!expandable)
                    throw new NotSupportedException("Memory stream is not expandable.");
                byte[] bigger = new byte[value];
                Array.Copy(buffer, 0, bigger, 0, length);
                buffer = bigger;
                capacity = value;
            }
        }

        public override long Length
        {
            get
            {
                CheckOpen();
                return length - origin;
            }
        }

        public override long Position
        {
            get
            {
                CheckOpen();
                return position - origin;
            }
            set
            {
                CheckOpen();
                if (value < 0)
                    throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                if (value > Int32.MaxValue - origin)
                    throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                position = origin + (int)value;
            }
        }

        // Makes room for `value` bytes from origin; false if it already fits.
        private bool EnsureCapacity(int value)
        {
            if (value <= capacity)
                return false;
            int size = value;
            if (size < 256)
                size = 256;
            if (size < capacity * 2)
                size = capacity * 2;
            Capacity = size;
            return true;
        }

        public override void Flush()
        {
        }

        public virtual byte[] GetBuffer()
        {
            if (!visible)
                throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return buffer;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckOpen();
            int n = length - position;
            if (n > count)
                n = count;
            if (n <= 0)
                return 0;
            Array.Copy(this.buffer, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override int ReadByte()
        {
            CheckOpen();
            return position < length ? buffer[position++] : -1;
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            CheckOpen();
            if (offset > Int32.MaxValue)
                throw new ArgumentOutOfRangeException("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            long target;
            switch (loc) {
            case SeekOrigin.Begin:
                target = origin + offset;
                break;
            case SeekOrigin.Current:
                target = position + offset;
                break;
            case SeekOrigin.End:
                target = length + offset;
                break;
            default:
                throw new ArgumentException("Invalid seek origin.");
            }
            if (target < origin)
                throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            position = (int)target;
            return position - origin;
        }

        public override void SetLength(long value)
        {
            CheckWritable();
            if (value < 0 || value > Int32.MaxValue - origin)
                throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            int newLength = origin + (int)value;
            if (newLength > capacity && !expandable)
                throw new NotSupportedException("Memory stream is not expandable.");
            if (!EnsureCapacity(newLength) && newLength > length)
                Array.Clear(buffer, length, newLength - length);
            length = newLength;
            if (position > newLength)
                position = newLength;
        }

        public virtual byte[] ToArray()
        {
            byte[] copy = new byte[length - origin];
            Array.Copy(buffer, origin, copy, 0, copy.Length);
            return copy;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            CheckWritable();
            int end = position + count;
            if (end < 0)
                throw new IOException("Stream was too long.");
            Grow(end);
            Array.Copy(buffer, offset, this.buffer, position, count);
            position = end;
        }

        public override void WriteByte(byte value)
        {
            CheckWritable();
            if (position >= length)
                Grow(position + 1);
            buffer[position++] = value;
        }

        // Extends the contents to `end`, zeroing any gap a seek past the end left.
        private void Grow(int end)
        {
            if (end <= length)
                return;
            if (end > capacity && !expandable)
                throw new NotSupportedException("Memory stream is not expandable.");
            bool fresh = EnsureCapacity(end);
            if (position > length && !fresh)
                Array.Clear(buffer, length, position - length);
            length = end;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null)
                throw new ArgumentNullException("stream");
            CheckOpen();
            stream.Write(buffer, origin, length - origin);
        }

        protected override void Dispose(bool disposing)
        {
            open = false;
            writable = false;
            expandable = false;
        }
    }
}
