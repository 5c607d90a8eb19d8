// FileSystemInfo.cs — System.IO.FileInfo and DirectoryInfo: a path, made full when the
// object is made, and File's and Directory's operations on it. As on Mono, Exists and
// Length ask the file system once and keep the answer until Refresh().
using System.Collections.Generic;

namespace System.IO
{
    public abstract class FileSystemInfo : MarshalByRefObject
    {
        protected string FullPath;
        protected string OriginalPath;
        private int kind = -1;
        private long size;

        internal FileSystemInfo(string path)
        {
            NativeIO.CheckPath(path, "path");
            OriginalPath = path;
            FullPath = Path.GetFullPath(path);
        }

        public abstract string Name { get; }
        public abstract bool Exists { get; }
        public abstract void Delete();

        public virtual string FullName
        {
            get { return FullPath; }
        }

        public string Extension
        {
            get { return Path.GetExtension(FullPath); }
        }

        public DateTime LastWriteTime
        {
            get { return File.GetLastWriteTime(FullPath); }
        }

        public DateTime LastWriteTimeUtc
        {
            get { return File.GetLastWriteTimeUtc(FullPath); }
        }

        public void Refresh()
        {
            kind = -1;
        }

        // What is at the path (NativeIO.Kind), as first seen.
        internal int CachedKind
        {
            get
            {
                if (kind < 0) {
                    kind = NativeIO.Kind(FullPath);
                    size = kind == NativeIO.KindFile ? NativeIO.Size(FullPath) : -1;
                }
                return kind;
            }
        }

        internal long CachedSize
        {
            get { return CachedKind == NativeIO.KindFile ? size : -1; }
        }

        public override string ToString()
        {
            return OriginalPath;
        }
    }

    public sealed class FileInfo : FileSystemInfo
    {
        public FileInfo(string fileName) : base(fileName)
        {
        }

        public override string Name
        {
            get { return Path.GetFileName(FullPath); }
        }

        public override bool Exists
        {
            get { return CachedKind == NativeIO.KindFile; }
        }

        public long Length
        {
            get
            {
                long n = CachedSize;
                if (n < 0)
                    throw new FileNotFoundException("Could not find file '" + FullPath + "'.", FullPath);
                return n;
            }
        }

        public string DirectoryName
        {
            get { return Path.GetDirectoryName(FullPath); }
        }

        public DirectoryInfo Directory
        {
            get
            {
                string dir = DirectoryName;
                return dir == null ? null : new DirectoryInfo(dir);
            }
        }

        public override void Delete()
        {
            File.Delete(FullPath);
        }

        public FileStream Create()
        {
            return File.Create(FullPath);
        }

        public FileStream Open(FileMode mode)
        {
            return File.Open(FullPath, mode);
        }

        public FileStream Open(FileMode mode, FileAccess access)
        {
            return File.Open(FullPath, mode, access);
        }

        public FileStream OpenRead()
        {
            return File.OpenRead(FullPath);
        }

        public FileStream OpenWrite()
        {
            return File.OpenWrite(FullPath);
        }

        public StreamReader OpenText()
        {
            return File.OpenText(FullPath);
        }

        public StreamWriter CreateText()
        {
            return File.CreateText(FullPath);
        }

        public StreamWriter AppendText()
        {
            return File.AppendText(FullPath);
        }

        public FileInfo CopyTo(string destFileName)
        {
            return CopyTo(destFileName, false);
        }

        public FileInfo CopyTo(string destFileName, bool overwrite)
        {
            File.Copy(FullPath, destFileName, overwrite);
            return new FileInfo(destFileName);
        }

        public void MoveTo(string destFileName)
        {
            File.Move(FullPath, destFileName);
            OriginalPath = destFileName;
            FullPath = Path.GetFullPath(destFileName);
            Refresh();
        }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) : base(path)
        {
        }

        // The last component, trailing separators aside; "/" for the root.
        public override string Name
        {
            get
            {
                string trimmed = FullPath.TrimEnd('/');
                return trimmed.Length == 0 ? "/" : Path.GetFileName(trimmed);
            }
        }

        public override bool Exists
        {
            get { return CachedKind == NativeIO.KindDirectory; }
        }

        public DirectoryInfo Parent
        {
            get { return System.IO.Directory.GetParent(FullPath); }
        }

        public DirectoryInfo Root
        {
            get { return new DirectoryInfo("/"); }
        }

        public void Create()
        {
            System.IO.Directory.CreateDirectory(FullPath);
        }

        public DirectoryInfo CreateSubdirectory(string path)
        {
            return System.IO.Directory.CreateDirectory(Path.Combine(FullPath, path));
        }

        public override void Delete()
        {
            System.IO.Directory.Delete(FullPath, false);
        }

        public void Delete(bool recursive)
        {
            System.IO.Directory.Delete(FullPath, recursive);
        }

        public void MoveTo(string destDirName)
        {
            System.IO.Directory.Move(FullPath, destDirName);
            OriginalPath = destDirName;
            FullPath = Path.GetFullPath(destDirName);
            Refresh();
        }

        public FileInfo[] GetFiles()
        {
            return GetFiles("*", SearchOption.TopDirectoryOnly);
        }

        public FileInfo[] GetFiles(string searchPattern)
        {
            return GetFiles(searchPattern, SearchOption.TopDirectoryOnly);
        }

        public FileInfo[] GetFiles(string searchPattern, SearchOption searchOption)
        {
            string[] paths = System.IO.Directory.GetFiles(FullPath, searchPattern, searchOption);
            FileInfo[] infos = new FileInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++)
                infos[i] = new FileInfo(paths[i]);
            return infos;
        }

        public DirectoryInfo[] GetDirectories()
        {
            return GetDirectories("*", SearchOption.TopDirectoryOnly);
        }

        public DirectoryInfo[] GetDirectories(string searchPattern)
        {
            return GetDirectories(searchPattern, SearchOption.TopDirectoryOnly);
        }

        public DirectoryInfo[] GetDirectories(string searchPattern, SearchOption searchOption)
        {
            string[] paths = System.IO.Directory.GetDirectories(FullPath, searchPattern, searchOption);
            DirectoryInfo[] infos = new DirectoryInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++)
                infos[i] = new DirectoryInfo(paths[i]);
            return infos;
        }

        public IEnumerable<FileInfo> EnumerateFiles()
        {
            return GetFiles();
        }

        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern)
        {
            return GetFiles(searchPattern);
        }

        public IEnumerable<DirectoryInfo> EnumerateDirectories()
        {
            return GetDirectories();
        }
    }
}
