// Path.cs — System.IO.Path: string operations on Unix paths ('/' separates, nothing
// else does), with Mono's answers at the edges (GetDirectoryName("/") is null, "a//b"
// has directory "a"). GetFullPath resolves "." and ".." textually against the current
// directory, without looking at the disk.
using System.Text;

namespace System.IO
{
    public static class Path
    {
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';

        [Obsolete("Please use GetInvalidPathChars or GetInvalidFileNameChars instead.")]
        public static readonly char[] InvalidPathChars = new char[] { '\0' };

        public static char[] GetInvalidFileNameChars()
        {
            return new char[] { '\0', '/' };
        }

        public static char[] GetInvalidPathChars()
        {
            return new char[] { '\0' };
        }

        public static bool IsPathRooted(string path)
        {
            return path != null && path.Length > 0 && path[0] == '/';
        }

        public static string GetPathRoot(string path)
        {
            if (path == null)
                return null;
            if (path.Trim().Length == 0)
                throw new ArgumentException("The specified path is not of a legal form.");
            return IsPathRooted(path) ? "/" : "";
        }

        public static string Combine(string path1, string path2)
        {
            if (path1 == null)
                throw new ArgumentNullException("path1");
            if (path2 == null)
                throw new ArgumentNullException("path2");
            if (path2.Length == 0)
                return path1;
            if (path1.Length == 0 || IsPathRooted(path2))
                return path2;
            return path1[path1.Length - 1] == '/' ? path1 + path2 : path1 + "/" + path2;
        }

        public static string Combine(string path1, string path2, string path3)
        {
            return Combine(Combine(path1, path2), path3);
        }

        public static string Combine(string path1, string path2, string path3, string path4)
        {
            return Combine(Combine(Combine(path1, path2), path3), path4);
        }

        public static string Combine(params string[] paths)
        {
            if (paths == null)
                throw new ArgumentNullException("paths");
            string result = "";
            for (int i = 0; i < paths.Length; i++) {
                if (paths[i] == null)
                    throw new ArgumentNullException("paths");
                result = Combine(result, paths[i]);
            }
            return result;
        }

        // Unlike Combine, a rooted later part is appended, not taken as the result.
        public static string Join(string path1, string path2)
        {
            if (String.IsNullOrEmpty(path1))
                return path2 ?? "";
            if (String.IsNullOrEmpty(path2))
                return path1;
            return path1[path1.Length - 1] == '/' || path2[0] == '/' ? path1 + path2 : path1 + "/" + path2;
        }

        public static string Join(string path1, string path2, string path3)
        {
            return Join(Join(path1, path2), path3);
        }

        public static string GetFileName(string path)
        {
            if (path == null)
                return null;
            return path.Substring(path.LastIndexOf('/') + 1);
        }

        // The index of the extension's dot in path, or -1.
        private static int ExtensionDot(string path)
        {
            int dot = path.LastIndexOf('.');
            if (dot < 0 || dot < path.LastIndexOf('/') || dot == path.Length - 1)
                return -1;
            return dot;
        }

        public static string GetFileNameWithoutExtension(string path)
        {
            if (path == null)
                return null;
            string name = GetFileName(path);
            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        public static string GetExtension(string path)
        {
            if (path == null)
                return null;
            int dot = ExtensionDot(path);
            return dot < 0 ? "" : path.Substring(dot);
        }

        public static bool HasExtension(string path)
        {
            return path != null && ExtensionDot(path) >= 0;
        }

        public static string ChangeExtension(string path, string extension)
        {
            if (path == null)
                return null;
            if (path.Length == 0)
                return path;
            int dot = path.LastIndexOf('.');
            string stem = dot < 0 || dot < path.LastIndexOf('/') ? path : path.Substring(0, dot);
            if (extension == null)
                return stem;
            if (extension.Length == 0 || extension[0] != '.')
                extension = "." + extension;
            return stem + extension;
        }

        // Everything before the last separator, runs of separators collapsed at its end;
        // "/" for a file at the root, null for the root itself.
        public static string GetDirectoryName(string path)
        {
            if (path == null)
                return null;
            if (path.Length == 0)
                throw new ArgumentException("Invalid path");
            if (path.Trim().Length == 0)
                throw new ArgumentException("The specified path is not of a legal form.");
            if (path == "/")
                return null;
            int last = path.LastIndexOf('/');
            if (last < 0)
                return "";
            while (last > 0 && path[last - 1] == '/')
                last--;
            if (last == 0)
                return "/";
            return CollapseSeparators(path.Substring(0, last));
        }

        private static string CollapseSeparators(string path)
        {
            if (path.IndexOf("//") < 0)
                return path;
            StringBuilder sb = new StringBuilder(path.Length);
            for (int i = 0; i < path.Length; i++)
                if (path[i] != '/' || i == 0 || path[i - 1] != '/')
                    sb.Append(path[i]);
            return sb.ToString();
        }

        public static string GetFullPath(string path)
        {
            if (path == null)
                throw new ArgumentNullException("path");
            if (path.Length == 0)
                throw new ArgumentException("The specified path is not of a legal form (empty).");
            if (path.StartsWith("//") && (path.Length == 2 || path[2] != '/'))
                throw new ArgumentException("UNC paths should be of the form \\\\server\\share.");
            if (!IsPathRooted(path))
                path = Combine(Directory.GetCurrentDirectory(), path);
            string[] parts = path.Split('/');
            string[] kept = new string[parts.Length];
            int n = 0;
            for (int i = 0; i < parts.Length; i++) {
                string p = parts[i];
                if (p.Length == 0 || p == ".")
                    continue;
                if (p == "..") {
                    if (n > 0)
                        n--;
                    continue;
                }
                kept[n++] = p;
            }
            StringBuilder sb = new StringBuilder(path.Length);
            for (int i = 0; i < n; i++)
                sb.Append('/').Append(kept[i]);
            if (n == 0)
                return "/";
            if (path[path.Length - 1] == '/')
                sb.Append('/');
            return sb.ToString();
        }

        // $TMPDIR (as given, with a trailing separator) else /tmp/.
        public static string GetTempPath()
        {
            string dir = Environment.GetEnvironmentVariable("TMPDIR");
            if (String.IsNullOrEmpty(dir))
                dir = "/tmp";
            return dir[dir.Length - 1] == '/' ? dir : dir + "/";
        }

        private static Random random;

        // Eleven random lower-case letters and digits with a dot after the eighth.
        public static string GetRandomFileName()
        {
            if (random == null)
                random = new Random(Environment.TickCount ^ (NativeIO.GetProcessId() << 16));
            const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
            char[] name = new char[12];
            for (int i = 0; i < name.Length; i++)
                name[i] = i == 8 ? '.' : alphabet[random.Next(alphabet.Length)];
            return new string(name);
        }

        // Creates an empty file named tmpXXXXXXXX.tmp in the temporary directory.
        public static string GetTempFileName()
        {
            string dir = GetTempPath();
            for (int attempt = 0;; attempt++) {
                string name = Combine(dir, "tmp" + GetRandomFileName().Substring(0, 8) + ".tmp");
                int r = NativeIO.Open(name, (int)FileMode.CreateNew, (int)FileAccess.Write);
                if (r >= 0) {
                    NativeIO.Close(r);
                    return name;
                }
                if (-r != NativeIO.EEXIST || attempt > 100)
                    throw NativeIO.OpenError(-r, name);
            }
        }
    }
}
