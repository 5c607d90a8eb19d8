// File.cs — System.IO.File and Directory: whole-file reads and writes built on
// FileStream, StreamReader and StreamWriter, and the directory operations of
// runtime/file.c.
//
// Text is read as UTF-8 unless a byte order mark says otherwise, and written as UTF-8
// without one unless an encoding is given. Directory listings come in the file
// system's order; patterns know '*' (any run of characters) and '?' (any one), matched
// case-sensitively against the whole name as Mono does on Unix ("*.txt" does not
// match "a.txtx").
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    public static class File
    {
        internal static readonly Encoding UTF8NoBOM = new UTF8Encoding(false);

        public static bool Exists(string path)
        {
            return !String.IsNullOrEmpty(path) && NativeIO.Kind(path) == NativeIO.KindFile;
        }

        public static FileStream Open(string path, FileMode mode)
        {
            return new FileStream(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None);
        }

        public static FileStream Open(string path, FileMode mode, FileAccess access)
        {
            return new FileStream(path, mode, access, FileShare.None);
        }

        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share)
        {
            return new FileStream(path, mode, access, share);
        }

        public static FileStream OpenRead(string path)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }

        public static FileStream OpenWrite(string path)
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        }

        public static FileStream Create(string path)
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        }

        public static FileStream Create(string path, int bufferSize)
        {
            return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize);
        }

        public static StreamReader OpenText(string path)
        {
            return new StreamReader(path);
        }

        public static StreamWriter CreateText(string path)
        {
            return new StreamWriter(path, false);
        }

        public static StreamWriter AppendText(string path)
        {
            return new StreamWriter(path, true);
        }

        public static string ReadAllText(string path)
        {
            return ReadAllText(path, Encoding.UTF8);
        }

        public static string ReadAllText(string path, Encoding encoding)
        {
            NativeIO.CheckPath(path, "path");
            using (StreamReader r = new StreamReader(path, encoding, true))
                return r.ReadToEnd();
        }

        public static string[] ReadAllLines(string path)
        {
            return ReadAllLines(path, Encoding.UTF8);
        }

        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            NativeIO.CheckPath(path, "path");
            List<string> lines = new List<string>();
            using (StreamReader r = new StreamReader(path, encoding, true)) {
                string line;
                while ((line = r.ReadLine()) != null)
                    lines.Add(line);
            }
            return lines.ToArray();
        }

        // The file is opened now, so a missing one fails here, not at the first MoveNext.
        public static IEnumerable<string> ReadLines(string path)
        {
            return ReadLines(path, Encoding.UTF8);
        }

        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            NativeIO.CheckPath(path, "path");
            return LinesOf(new StreamReader(path, encoding, true));
        }

        private static IEnumerable<string> LinesOf(StreamReader reader)
        {
            using (reader) {
                string line;
                while ((line = reader.ReadLine()) != null)
                    yield return line;
            }
        }

        public static byte[] ReadAllBytes(string path)
        {
            using (FileStream f = OpenRead(path)) {
                long length = f.Length;
                if (length > Int32.MaxValue)
                    throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.");
                byte[] bytes = new byte[(int)length];
                int at = 0, n;
                while (at < bytes.Length && (n = f.Read(bytes, at, bytes.Length - at)) > 0)
                    at += n;
                if (at < bytes.Length)
                    Array.Resize(ref bytes, at);
                return bytes;
            }
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException("bytes");
            using (FileStream f = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
                f.Write(bytes, 0, bytes.Length);
        }

        public static void WriteAllText(string path, string contents)
        {
            WriteAllText(path, contents, UTF8NoBOM);
        }

        public static void WriteAllText(string path, string contents, Encoding encoding)
        {
            NativeIO.CheckPath(path, "path");
            using (StreamWriter w = new StreamWriter(path, false, encoding))
                w.Write(contents);
        }

        public static void WriteAllLines(string path, string[] contents)
        {
            WriteAllLines(path, (IEnumerable<string>)contents, UTF8NoBOM);
        }

        public static void WriteAllLines(string path, string[] contents, Encoding encoding)
        {
            WriteAllLines(path, (IEnumerable<string>)contents, encoding);
        }

        public static void WriteAllLines(string path, IEnumerable<string> contents)
        {
            WriteAllLines(path, contents, UTF8NoBOM);
        }

        public static void WriteAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            WriteLines(path, contents, encoding, false);
        }

        public static void AppendAllText(string path, string contents)
        {
            AppendAllText(path, contents, UTF8NoBOM);
        }

        public static void AppendAllText(string path, string contents, Encoding encoding)
        {
            NativeIO.CheckPath(path, "path");
            using (StreamWriter w = new StreamWriter(path, true, encoding))
                w.Write(contents);
        }

        public static void AppendAllLines(string path, IEnumerable<string> contents)
        {
            WriteLines(path, contents, UTF8NoBOM, true);
        }

        public static void AppendAllLines(string path, IEnumerable<string> contents, Encoding encoding)
        {
            WriteLines(path, contents, encoding, true);
        }

        private static void WriteLines(string path, IEnumerable<string> contents, Encoding encoding, bool append)
        {
            NativeIO.CheckPath(path, "path");
            if (contents == null)
                throw new ArgumentNullException("contents");
            using (StreamWriter w = new StreamWriter(path, append, encoding))
                foreach (string line in contents)
                    w.WriteLine(line);
        }

        // A file that is not there is no error (nor, on Mono, is a missing directory).
        public static void Delete(string path)
        {
            NativeIO.CheckPath(path, "path");
            string full = Path.GetFullPath(path);
            int r = NativeIO.Unlink(full);
            if (r == 0 || r == -NativeIO.ENOENT || r == -NativeIO.ENOTDIR)
                return;
            if (r == -NativeIO.EISDIR || r == -NativeIO.EACCES || r == -NativeIO.EPERM)
                throw NativeIO.Denied(full);
            throw NativeIO.Other(-r, full);
        }

        public static void Copy(string sourceFileName, string destFileName)
        {
            Copy(sourceFileName, destFileName, false);
        }

        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            NativeIO.CheckPath(sourceFileName, "sourceFileName");
            NativeIO.CheckPath(destFileName, "destFileName");
            using (FileStream from = OpenRead(sourceFileName))
            using (FileStream to = new FileStream(destFileName, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write))
                from.CopyTo(to);
        }

        public static void Move(string sourceFileName, string destFileName)
        {
            NativeIO.CheckPath(sourceFileName, "sourceFileName");
            NativeIO.CheckPath(destFileName, "destFileName");
            string from = Path.GetFullPath(sourceFileName), to = Path.GetFullPath(destFileName);
            if (NativeIO.Kind(from) != NativeIO.KindFile)
                throw new FileNotFoundException("Could not find file '" + from + "'.", from);
            if (NativeIO.Kind(to) != NativeIO.KindNone)
                throw new IOException("The file '" + to + "' already exists.");
            int r = NativeIO.Rename(from, to);
            if (r < 0)
                throw NativeIO.OpenError(-r, to);
        }

        public static DateTime GetLastWriteTime(string path)
        {
            return GetLastWriteTimeUtc(path).ToLocalTime();
        }

        // A missing file has the time Mono gives it: 1601-01-01 UTC.
        public static DateTime GetLastWriteTimeUtc(string path)
        {
            NativeIO.CheckPath(path, "path");
            long seconds = NativeIO.ModifiedTime(Path.GetFullPath(path));
            if (seconds < 0)
                return new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds);
        }
    }

    public static class Directory
    {
        public static bool Exists(string path)
        {
            return !String.IsNullOrEmpty(path) && NativeIO.Kind(path) == NativeIO.KindDirectory;
        }

        public static string GetCurrentDirectory()
        {
            return Environment.CurrentDirectory;
        }

        public static void SetCurrentDirectory(string path)
        {
            NativeIO.CheckPath(path, "path");
            string full = Path.GetFullPath(path);
            int r = NativeIO.ChangeDirectory(full);
            if (r == -NativeIO.ENOENT || r == -NativeIO.ENOTDIR)
                throw new DirectoryNotFoundException("Directory \"" + full + "\" not found.");
            if (r < 0)
                throw NativeIO.OpenError(-r, full);
        }

        // Creates each missing directory on the way; a file in the way is an error.
        public static DirectoryInfo CreateDirectory(string path)
        {
            if (path == null)
                throw new ArgumentNullException("path");
            if (path.Trim().Length == 0)
                throw new ArgumentException("Path cannot be the empty string or all whitespace.", "path");
            string full = Path.GetFullPath(path);
            Create(full.Length > 1 ? full.TrimEnd('/') : full);
            return new DirectoryInfo(path);
        }

        private static void Create(string full)
        {
            int kind = NativeIO.Kind(full);
            if (kind == NativeIO.KindDirectory)
                return;
            if (kind == NativeIO.KindFile)
                throw new IOException("The file '" + full + "' already exists.");
            string parent = Path.GetDirectoryName(full);
            if (parent != null)
                Create(parent);
            int r = NativeIO.MakeDirectory(full);
            if (r < 0 && r != -NativeIO.EEXIST)
                throw NativeIO.OpenError(-r, full);
        }

        public static void Delete(string path)
        {
            Delete(path, false);
        }

        public static void Delete(string path, bool recursive)
        {
            NativeIO.CheckPath(path, "path");
            string full = Path.GetFullPath(path);
            if (NativeIO.Kind(full) != NativeIO.KindDirectory)
                throw Missing(full);
            if (recursive)
                DeleteContents(full);
            int r = NativeIO.RemoveDirectory(full);
            if (r == -NativeIO.ENOTEMPTY)
                throw new IOException("Directory not empty");
            if (r < 0)
                throw NativeIO.OpenError(-r, full);
        }

        // Unlink first: a symbolic link to a directory goes, not what it points at.
        private static void DeleteContents(string dir)
        {
            string[] names = NativeIO.List(dir);
            if (names == null)
                return;
            foreach (string name in names) {
                string p = dir + "/" + name;
                int r = NativeIO.Unlink(p);
                if (r == -NativeIO.EISDIR) {
                    DeleteContents(p);
                    r = NativeIO.RemoveDirectory(p);
                }
                if (r < 0 && r != -NativeIO.ENOENT)
                    throw NativeIO.OpenError(-r, p);
            }
        }

        private static Exception Missing(string full)
        {
            return new DirectoryNotFoundException("Could not find a part of the path '" + full + "'.");
        }

        public static DirectoryInfo GetParent(string path)
        {
            NativeIO.CheckPath(path, "path");
            string parent = Path.GetDirectoryName(Path.GetFullPath(path).TrimEnd('/'));
            return parent == null ? null : new DirectoryInfo(parent);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            NativeIO.CheckPath(sourceDirName, "sourceDirName");
            NativeIO.CheckPath(destDirName, "destDirName");
            string from = Path.GetFullPath(sourceDirName), to = Path.GetFullPath(destDirName);
            if (NativeIO.Kind(from) == NativeIO.KindNone)
                throw Missing(from);
            if (NativeIO.Kind(to) != NativeIO.KindNone)
                throw new IOException("Cannot create " + to + " because a file or directory with the same name already exists.");
            int r = NativeIO.Rename(from, to);
            if (r < 0)
                throw NativeIO.OpenError(-r, to);
        }

        public static string[] GetFiles(string path)
        {
            return GetFiles(path, "*", SearchOption.TopDirectoryOnly);
        }

        public static string[] GetFiles(string path, string searchPattern)
        {
            return GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly);
        }

        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption)
        {
            return Find(path, searchPattern, searchOption, true, false);
        }

        public static string[] GetDirectories(string path)
        {
            return GetDirectories(path, "*", SearchOption.TopDirectoryOnly);
        }

        public static string[] GetDirectories(string path, string searchPattern)
        {
            return GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly);
        }

        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption)
        {
            return Find(path, searchPattern, searchOption, false, true);
        }

        public static string[] GetFileSystemEntries(string path)
        {
            return GetFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly);
        }

        public static string[] GetFileSystemEntries(string path, string searchPattern)
        {
            return GetFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly);
        }

        public static string[] GetFileSystemEntries(string path, string searchPattern, SearchOption searchOption)
        {
            return Find(path, searchPattern, searchOption, true, true);
        }

        public static IEnumerable<string> EnumerateFiles(string path)
        {
            return GetFiles(path);
        }

        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern)
        {
            return GetFiles(path, searchPattern);
        }

        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption)
        {
            return GetFiles(path, searchPattern, searchOption);
        }

        public static IEnumerable<string> EnumerateDirectories(string path)
        {
            return GetDirectories(path);
        }

        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern)
        {
            return GetDirectories(path, searchPattern);
        }

        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern, SearchOption searchOption)
        {
            return GetDirectories(path, searchPattern, searchOption);
        }

        public static IEnumerable<string> EnumerateFileSystemEntries(string path)
        {
            return GetFileSystemEntries(path);
        }

        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern)
        {
            return GetFileSystemEntries(path, searchPattern);
        }

        // Entries of path (and below it, for AllDirectories) named as path joined with
        // their relative names.
        private static string[] Find(string path, string pattern, SearchOption option, bool files, bool dirs)
        {
            NativeIO.CheckPath(path, "path");
            if (pattern == null)
                throw new ArgumentNullException("searchPattern");
            if (option != SearchOption.TopDirectoryOnly && option != SearchOption.AllDirectories)
                throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
            if (NativeIO.Kind(path) != NativeIO.KindDirectory)
                throw Missing(Path.GetFullPath(path));
            if (pattern == "*.*")
                pattern = "*";
            List<string> found = new List<string>();
            Walk(path, pattern, option == SearchOption.AllDirectories, files, dirs, found);
            return found.ToArray();
        }

        private static void Walk(string dir, string pattern, bool recurse, bool files, bool dirs, List<string> found)
        {
            string[] names = NativeIO.List(dir);
            if (names == null)
                return;
            foreach (string name in names) {
                string p = Path.Combine(dir, name);
                bool isDir = NativeIO.Kind(p) == NativeIO.KindDirectory;
                if ((isDir ? dirs : files) && Matches(name, 0, pattern, 0))
                    found.Add(p);
                if (isDir && recurse)
                    Walk(p, pattern, true, files, dirs, found);
            }
        }

        // Glob matching of name[i..] against pattern[j..]: '*' any run, '?' any one.
        internal static bool Matches(string name, int i, string pattern, int j)
        {
            while (j < pattern.Length) {
                char p = pattern[j];
                if (p == '*') {
                    for (int k = name.Length; k >= i; k--)
                        if (Matches(name, k, pattern, j + 1))
                            return true;
                    return false;
                }
                if (i >= name.Length || (p != '?' && p != name[i]))
                    return false;
                i++;
                j++;
            }
            return i == name.Length;
        }
    }
}
