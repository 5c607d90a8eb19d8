// FileStream.cs — System.IO.FileStream, a file descriptor with one buffer.
//
// The buffer holds either bytes read ahead (readPos..readLen) or bytes not yet written
// (0..writeLen), never both: a write drops what was read ahead (seeking the descriptor
// back over it), a read first writes out what waits. osPos mirrors the descriptor's
// offset, so Position is osPos less what was read ahead plus what waits. FileShare is
// accepted and ignored: nothing locks files against the program's own other streams.
namespace System.IO
{
    public class FileStream : Stream
    {
        private int fd = -1;
        private readonly string name;
        private readonly bool canRead, canWrite, canSeek;
        private byte[] buf;
        private int readPos, readLen, writeLen;
        private long osPos, appendStart = -1;

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, 4096)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) : this(path, mode, access, share, bufferSize, FileOptions.None)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync) : this(path, mode, access, share, bufferSize, FileOptions.None)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options)
        {
            if (path == null)
                throw new ArgumentNullException("path");
            if (path.Length == 0)
                throw new ArgumentException("Path is empty");
            if (mode < FileMode.CreateNew || mode > FileMode.Append)
                throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite)
                throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (mode == FileMode.Append && access != FileAccess.Write)
                throw new ArgumentException("Append access can be requested only in write-only mode.");
            if (access == FileAccess.Read && (mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Truncate))
                throw new ArgumentException("Combining FileMode: " + access + " with FileAccess: " + mode + " is invalid."); // sic, as Mono
            name = Path.GetFullPath(path);
            int r = NativeIO.Open(name, (int)mode, (int)access);
            if (r < 0)
                throw NativeIO.OpenError(-r, name);
            fd = r;
            canRead = (access & FileAccess.Read) != 0;
            canWrite = (access & FileAccess.Write) != 0;
            canSeek = NativeIO.Seek(fd, 0, 1) >= 0;
            buf = new byte[bufferSize < 8 ? 8 : bufferSize];
            if (mode == FileMode.Append && canSeek)
                appendStart = osPos = NativeIO.Seek(fd, 0, 2);
        }

        public override bool CanRead
        {
            get { return fd >= 0 && canRead; }
        }

        public override bool CanWrite
        {
            get { return fd >= 0 && canWrite; }
        }

        public override bool CanSeek
        {
            get { return fd >= 0 && canSeek; }
        }

        public virtual bool IsAsync
        {
            get { return false; }
        }

        public virtual string Name
        {
            get { return name; }
        }

        private void CheckOpen()
        {
            if (fd < 0)
                throw new ObjectDisposedException("Stream has been closed");
        }

        private void CheckSeekable()
        {
            CheckOpen();
            if (!canSeek)
                throw new NotSupportedException("The stream does not support seeking");
        }

        private Exception Failure(int errno)
        {
            return NativeIO.Other(errno, name);
        }

        public override long Length
        {
            get
            {
                CheckSeekable();
                FlushWrite();
                long n = NativeIO.Length(fd);
                if (n < 0)
                    throw Failure((int)-n);
                return n;
            }
        }

        public override long Position
        {
            get
            {
                CheckSeekable();
                return osPos + writeLen - (readLen - readPos);
            }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        // Writes out what waits in the buffer.
        private void FlushWrite()
        {
            if (writeLen == 0)
                return;
            int n = writeLen;
            writeLen = 0;
            int r = NativeIO.Write(fd, buf, 0, n);
            if (r < 0)
                throw Failure(-r);
            osPos += n;
        }

        // Forgets what was read ahead, moving the descriptor back to the logical position.
        private void DropReadAhead()
        {
            if (readPos < readLen && canSeek)
                osPos = NativeIO.Seek(fd, osPos - (readLen - readPos), 0);
            readPos = readLen = 0;
        }

        public override void Flush()
        {
            CheckOpen();
            FlushWrite();
        }

        public virtual void Flush(bool flushToDisk)
        {
            Flush();
        }

        public override int Read(byte[] array, int offset, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            CheckBuffer(array, offset, count);
            CheckOpen();
            if (!canRead)
                throw new NotSupportedException("Stream does not support reading");
            FlushWrite();
            if (readPos == readLen) {
                readPos = readLen = 0;
                if (count >= buf.Length)
                    return ReadDirect(array, offset, count);
                readLen = ReadDirect(buf, 0, buf.Length);
                if (readLen == 0)
                    return 0;
            }
            int n = readLen - readPos < count ? readLen - readPos : count;
            Array.Copy(buf, readPos, array, offset, n);
            readPos += n;
            return n;
        }

        private int ReadDirect(byte[] array, int offset, int count)
        {
            int r = NativeIO.Read(fd, array, offset, count);
            if (r < 0)
                throw Failure(-r);
            osPos += r;
            return r;
        }

        public override int ReadByte()
        {
            if (readPos < readLen)
                return buf[readPos++];
            return base.ReadByte();
        }

        public override void Write(byte[] array, int offset, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            CheckBuffer(array, offset, count);
            CheckOpen();
            if (!canWrite)
                throw new NotSupportedException("Stream does not support writing");
            DropReadAhead();
            if (writeLen + count > buf.Length) {
                FlushWrite();
                if (count >= buf.Length) {
                    int r = NativeIO.Write(fd, array, offset, count);
                    if (r < 0)
                        throw Failure(-r);
                    osPos += count;
                    return;
                }
            }
            Array.Copy(array, offset, buf, writeLen, count);
            writeLen += count;
        }

        public override void WriteByte(byte value)
        {
            if (fd >= 0 && canWrite && readLen == 0 && writeLen < buf.Length) {
                buf[writeLen++] = value;
                return;
            }
            base.WriteByte(value);
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            CheckSeekable();
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End)
                throw new ArgumentException("Invalid seek origin.");
            long target;
            if (origin == SeekOrigin.Begin)
                target = offset;
            else if (origin == SeekOrigin.Current)
                target = Position + offset;
            else
                target = Length + offset;
            if (target < 0)
                throw new IOException("Attempted to Seek before the beginning of the stream");
            if (target < appendStart)
                throw new IOException("Can't seek back over pre-existing data in append mode");
            FlushWrite();
            readPos = readLen = 0;
            long r = NativeIO.Seek(fd, target, 0);
            if (r < 0)
                throw Failure((int)-r);
            osPos = r;
            return r;
        }

        public override void SetLength(long value)
        {
            if (value < 0)
                throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            CheckSeekable();
            if (!canWrite)
                throw new NotSupportedException("The stream does not support writing");
            if (value < appendStart)
                throw new IOException("Can't set length of stream to less than the original size in append mode");
            FlushWrite();
            DropReadAhead();
            int r = NativeIO.Truncate(fd, value);
            if (r < 0)
                throw Failure(-r);
            if (osPos > value)
                osPos = NativeIO.Seek(fd, value, 0);
        }

        protected override void Dispose(bool disposing)
        {
            if (fd < 0)
                return;
            try {
                FlushWrite();
            } finally {
                NativeIO.Close(fd);
                fd = -1;
            }
        }
    }
}
