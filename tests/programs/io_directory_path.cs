// Path's string operations, Directory and File management (create, list with
// patterns, copy, move, delete, recursive delete), FileInfo and DirectoryInfo.
// Listings are sorted: their order is the file system's.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

class IoDirectoryPath
{
    static string root;

    static string S(string s)
    {
        return s == null ? "null" : "[" + s + "]";
    }

    static void Try(string what, Func<object> a)
    {
        try {
            object o = a();
            string[] list = o as string[];
            if (list != null)
                o = String.Join(",", list.OrderBy(x => x, StringComparer.Ordinal));
            Console.WriteLine(what + " = " + (o == null ? "null" : o.ToString().Replace(root, "<root>")));
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(root, "<root>"));
        }
    }

    static void Paths()
    {
        string[] ps = { "a/b/c.txt", "a/b/", "/", "a", "", ".txt", "a.", "a.b.c", "/a", "a//b", "/a/b", "a/.b", "a.b/c", "//x", "dir/file.tar.gz" };
        foreach (string p in ps) {
            Console.Write(S(p) + " name " + S(Path.GetFileName(p)) + " stem " + S(Path.GetFileNameWithoutExtension(p)) + " ext " + S(Path.GetExtension(p)));
            Console.Write(" has " + Path.HasExtension(p) + " rooted " + Path.IsPathRooted(p) + " change " + S(Path.ChangeExtension(p, ".md")) + " " + S(Path.ChangeExtension(p, null)));
            Try(" dir", () => S(Path.GetDirectoryName(p)));
        }
        Console.WriteLine(S(Path.GetFileName(null)) + S(Path.GetExtension(null)) + S(Path.GetDirectoryName(null)) + S(Path.ChangeExtension(null, "x")));
        Console.WriteLine(Path.Combine("a", "b") + " " + Path.Combine("a/", "b") + " " + Path.Combine("a", "/b") + " " + Path.Combine("", "b") + " " + Path.Combine("a", ""));
        Console.WriteLine(Path.Combine("a", "b", "c") + " " + Path.Combine("a", "b", "c", "d") + " " + Path.Combine("a", "b", "c", "d", "e") + " " + Path.Combine("x", "/y", "z"));
        Try("Combine null", () => Path.Combine("a", null));
        Console.WriteLine(Path.GetFullPath("/a/b/../c/./d//e/") + " " + Path.GetFullPath("/a/b/..") + " " + Path.GetFullPath("/..") + " " + Path.GetFullPath("/a/..."));
        Console.WriteLine(Path.GetFullPath("x/../y") == Path.Combine(Directory.GetCurrentDirectory(), "y"));
        Try("GetFullPath empty", () => Path.GetFullPath(""));
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.AltDirectorySeparatorChar + " " + Path.PathSeparator + " " + Path.VolumeSeparatorChar);
        Console.WriteLine(Path.GetTempPath().EndsWith("/") + " " + Path.IsPathRooted(Path.GetTempPath()));
        string random = Path.GetRandomFileName();
        Console.WriteLine(random.Length + " " + random.IndexOf('.') + " " + (random != Path.GetRandomFileName()));
        string temp = Path.GetTempFileName();
        Console.WriteLine(Path.GetExtension(temp) + " " + File.Exists(temp) + " " + new FileInfo(temp).Length);
        File.Delete(temp);
        Console.WriteLine(File.Exists(temp));
    }

    static void Directories()
    {
        Directory.CreateDirectory("dir/sub/deep");
        foreach (string f in new[] { "a.txt", "b.txtx", "c.tx", "d.TXT", ".hidden", "e", "f.txt.bak" })
            File.WriteAllText("dir/" + f, f);
        File.WriteAllText("dir/sub/g.txt", "g");
        File.WriteAllText("dir/sub/deep/h.txt", "hh");
        Try("GetFiles", () => Directory.GetFiles("dir"));
        Try("GetFiles/", () => Directory.GetFiles("dir/"));
        Try("*.txt", () => Directory.GetFiles("dir", "*.txt"));
        Try("*.tx", () => Directory.GetFiles("dir", "*.tx"));
        Try("?.txt", () => Directory.GetFiles("dir", "?.txt"));
        Try("*.*", () => Directory.GetFiles("dir", "*.*"));
        Try("a*", () => Directory.GetFiles("dir", "a*"));
        Try("all *.txt", () => Directory.GetFiles("dir", "*.txt", SearchOption.AllDirectories));
        Try("GetDirectories", () => Directory.GetDirectories("dir"));
        Try("all dirs", () => Directory.GetDirectories("dir", "*", SearchOption.AllDirectories));
        Try("entries", () => Directory.GetFileSystemEntries("dir"));
        Try("EnumerateFiles", () => Directory.EnumerateFiles("dir", "*.txt").ToArray());
        Try("EnumerateDirectories", () => Directory.EnumerateDirectories("dir").ToArray());
        Try("absolute", () => Directory.GetFiles(Path.Combine(root, "dir/sub")));
        Try("missing", () => Directory.GetFiles("nosuch"));
        Try("exists", () => Directory.Exists("dir") + " " + Directory.Exists("dir/a.txt") + " " + Directory.Exists("nosuch") + " " + Directory.Exists(""));
        Try("create again", () => Directory.CreateDirectory("dir").Name);
        Try("create over file", () => Directory.CreateDirectory("dir/a.txt"));
        Try("delete non-empty", () => { Directory.Delete("dir/sub"); return null; });
        Try("delete missing", () => { Directory.Delete("nosuch"); return null; });

        // File operations
        Try("copy", () => { File.Copy("dir/a.txt", "dir/copy.txt"); return File.ReadAllText("dir/copy.txt"); });
        Try("copy over", () => { File.Copy("dir/e", "dir/copy.txt"); return null; });
        Try("copy overwrite", () => { File.Copy("dir/e", "dir/copy.txt", true); return File.ReadAllText("dir/copy.txt"); });
        Try("copy missing", () => { File.Copy("dir/none", "dir/x"); return null; });
        Try("move", () => { File.Move("dir/copy.txt", "dir/moved.txt"); return File.Exists("dir/copy.txt") + " " + File.ReadAllText("dir/moved.txt"); });
        Try("move onto existing", () => { File.Move("dir/moved.txt", "dir/e"); return null; });
        Try("move missing", () => { File.Move("dir/none", "dir/x"); return null; });
        Try("delete", () => { File.Delete("dir/moved.txt"); return File.Exists("dir/moved.txt"); });
        Try("delete missing", () => { File.Delete("dir/moved.txt"); return "no error"; });
        Try("delete a directory", () => { File.Delete("dir/sub"); return null; });

        // FileInfo and DirectoryInfo
        FileInfo fi = new FileInfo("dir/a.txt");
        Console.WriteLine(fi.Name + " " + fi.FullName.Replace(root, "<root>") + " " + fi.Exists + " " + fi.Length + " " + fi.Extension + " " + fi.DirectoryName.Replace(root, "<root>") + " " + fi.Directory.Name + " " + fi);
        FileInfo missing = new FileInfo("dir/zz.txt");
        Console.WriteLine(missing.Exists + " " + missing.Name + " " + missing.Extension);
        Try("missing length", () => missing.Length);
        using (StreamWriter w = missing.CreateText())
            w.Write("created");
        Console.WriteLine("cached " + missing.Exists);
        missing.Refresh();
        Console.WriteLine(missing.Exists + " " + missing.Length);
        FileInfo copied = missing.CopyTo("dir/zz2.txt");
        Console.WriteLine(copied.Name + " " + copied.Length);
        copied.Delete();
        Console.WriteLine(copied.Exists + " " + copied.Length);
        copied.Refresh();
        Console.WriteLine(copied.Exists);
        DirectoryInfo di = new DirectoryInfo("dir/sub/");
        Console.WriteLine(di.Name + " " + di.FullName.Replace(root, "<root>") + " " + di + " " + di.Parent.Name + " " + di.Exists + " " + new DirectoryInfo("nosuch").Exists);
        Console.WriteLine(String.Join(",", di.GetFiles().Select(x => x.Name).OrderBy(x => x)) + " " + String.Join(",", di.GetDirectories().Select(x => x.Name)));
        Console.WriteLine(String.Join(",", new DirectoryInfo("dir").GetFiles("*.txt", SearchOption.AllDirectories).Select(x => x.Name + ":" + x.Length).OrderBy(x => x, StringComparer.Ordinal)));
        DirectoryInfo made = di.CreateSubdirectory("made/inner");
        Console.WriteLine(made.Name + " " + made.Exists + " " + made.Parent.Name);

        Directory.Delete("dir", true);
        Console.WriteLine(Directory.Exists("dir") + " " + Directory.GetFileSystemEntries(".").Length);
    }

    static void Main()
    {
        string start = Directory.GetCurrentDirectory();
        root = Path.Combine(Path.GetTempPath(), "ilc-test-io-directory-path-" + Process.GetCurrentProcess().Id);
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        Directory.SetCurrentDirectory(root);
        Console.WriteLine(Directory.GetCurrentDirectory() == root);
        Paths();
        Directories();
        Try("cd missing", () => { Directory.SetCurrentDirectory("nosuch"); return null; });
        Directory.SetCurrentDirectory(start);
        Directory.Delete(root, true);
        Console.WriteLine(Directory.Exists(root));
    }
}
