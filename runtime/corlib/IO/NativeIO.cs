// NativeIO.cs — the file system's internal calls (runtime/file.c) and the exceptions
// their failures become, worded as Mono 6.8 words them; also the enums FileStream and
// Directory take, and System.Diagnostics.Process for the current process's id.
//
// The C side returns a negative errno; which exception that is depends on the operation
// (an open that finds no file is FileNotFoundException, unless the directory is missing
// too) so the translation lives here, next to the paths it names.
using System.Runtime.CompilerServices;

namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1, Write = 2, ReadWrite = 3
    }

    [Flags]
    public enum FileShare
    {
        None = 0, Read = 1, Write = 2, ReadWrite = 3, Delete = 4, Inheritable = 16
    }

    [Flags]
    public enum FileOptions
    {
        WriteThrough = unchecked((int)0x80000000), None = 0, Encrypted = 0x4000, DeleteOnClose = 0x4000000,
        SequentialScan = 0x8000000, RandomAccess = 0x10000000, Asynchronous = 0x40000000
    }

    public enum SeekOrigin
    {
        Begin = 0, Current = 1, End = 2
    }

    public enum SearchOption
    {
        TopDirectoryOnly = 0, AllDirectories = 1
    }

    internal static class NativeIO
    {
        // errno values, the same on every Linux architecture
        internal const int EPERM = 1, ENOENT = 2, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOTEMPTY = 39;

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Open(string path, int mode, int access);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Read(int fd, byte[] buffer, int offset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Write(int fd, byte[] buffer, int offset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Seek(int fd, long offset, int origin);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Close(int fd);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Truncate(int fd, long length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Length(int fd);

        // 0 nothing, 1 a file, 2 a directory (symbolic links followed)
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Kind(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Size(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long ModifiedTime(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Unlink(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Rename(string from, string to);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int MakeDirectory(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int RemoveDirectory(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ChangeDirectory(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string[] List(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ErrorText(int errno);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetProcessId();

        internal const int KindNone = 0, KindFile = 1, KindDirectory = 2;

        // The checks every path-taking method makes first.
        internal static void CheckPath(string path, string paramName)
        {
            if (path == null)
                throw new ArgumentNullException(paramName);
            if (path.Length == 0)
                throw new ArgumentException("Empty path name is not legal.", paramName);
        }

        internal static Exception NotFound(string fullPath)
        {
            return new FileNotFoundException("Could not find file \"" + fullPath + "\"", fullPath);
        }

        internal static Exception PartNotFound(string fullPath)
        {
            return new DirectoryNotFoundException("Could not find a part of the path \"" + fullPath + "\".");
        }

        internal static Exception Denied(string fullPath)
        {
            return new UnauthorizedAccessException("Access to the path '" + fullPath + "' is denied.");
        }

        // A failed open(2) of fullPath, as FileStream reports it.
        internal static Exception OpenError(int errno, string fullPath)
        {
            switch (errno) {
            case ENOENT:
                string dir = Path.GetDirectoryName(fullPath);
                if (dir != null && Kind(dir) != KindDirectory)
                    return PartNotFound(fullPath);
                return NotFound(fullPath);
            case ENOTDIR:
                return PartNotFound(fullPath);
            case EPERM:
            case EACCES:
            case EISDIR:
                return Denied(fullPath);
            case EEXIST:
                return new IOException("Could not create file \"" + fullPath + "\". File already exists.");
            default:
                return Other(errno, fullPath);
            }
        }

        // Anything else: the C library's words and the path.
        internal static Exception Other(int errno, string fullPath)
        {
            return new IOException(ErrorText(errno) + " : '" + fullPath + "'");
        }
    }
}

namespace System.Diagnostics
{
    // Only what a program asks of itself: its id.
    public class Process : IDisposable
    {
        private readonly int id;

        private Process(int id)
        {
            this.id = id;
        }

        public static Process GetCurrentProcess()
        {
            return new Process(System.IO.NativeIO.GetProcessId());
        }

        public int Id
        {
            get { return id; }
        }

        public void Dispose()
        {
        }
    }
}
