// File's whole-file text operations, StreamReader and StreamWriter over files:
// encodings and byte order marks, line endings, appending, and the exceptions for
// missing files and directories.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

class IoFileText
{
    static string root;

    static string Hex(byte[] b)
    {
        return BitConverter.ToString(b);
    }

    static void Try(string what, Action a)
    {
        try {
            a();
            Console.WriteLine(what + ": ok");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(root, "<root>"));
        }
    }

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "ilc-test-io-file-text-" + Process.GetCurrentProcess().Id);
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        string f = Path.Combine(root, "a.txt");

        File.WriteAllText(f, "héllo\nwörld €\n");
        Console.WriteLine(Hex(File.ReadAllBytes(f)));
        Console.WriteLine(File.ReadAllText(f).Length);
        Console.WriteLine(File.Exists(f) + " " + File.Exists(root) + " " + File.Exists(f + ".no"));

        File.WriteAllText(f, "bom", Encoding.UTF8);
        Console.WriteLine(Hex(File.ReadAllBytes(f)) + " -> [" + File.ReadAllText(f) + "]");
        File.WriteAllText(f, "utf16", Encoding.Unicode);
        Console.WriteLine(Hex(File.ReadAllBytes(f)) + " -> [" + File.ReadAllText(f) + "]");
        File.WriteAllText(f, "be", Encoding.BigEndianUnicode);
        Console.WriteLine(Hex(File.ReadAllBytes(f)) + " -> [" + File.ReadAllText(f) + "]");
        File.WriteAllText(f, "32", Encoding.UTF32);
        Console.WriteLine(Hex(File.ReadAllBytes(f)) + " -> [" + File.ReadAllText(f) + "]");
        File.WriteAllText(f, "ÿ-latin", Encoding.GetEncoding("iso-8859-1"));
        Console.WriteLine(Hex(File.ReadAllBytes(f)) + " -> [" + File.ReadAllText(f, Encoding.GetEncoding("iso-8859-1")) + "]");

        // line endings of every kind, and a last line without one
        File.WriteAllText(f, "one\r\ntwo\rthree\n\nfive");
        string[] lines = File.ReadAllLines(f);
        Console.WriteLine(lines.Length + ": " + String.Join("|", lines));
        foreach (string line in File.ReadLines(f))
            Console.Write("<" + line + ">");
        Console.WriteLine();

        File.WriteAllLines(f, new string[] { "x", "y", "" });
        Console.WriteLine(Hex(File.ReadAllBytes(f)));
        File.AppendAllText(f, "z");
        File.AppendAllLines(f, new List<string> { "p", "q" });
        Console.WriteLine(File.ReadAllText(f).Replace("\n", "\\n"));
        File.AppendAllText(f, "!", Encoding.UTF8);   // appending writes no byte order mark
        Console.WriteLine(Hex(File.ReadAllBytes(f)));

        // StreamWriter: overloads, buffering, AutoFlush, append
        using (StreamWriter w = new StreamWriter(f)) {
            w.Write(42);
            w.Write(' ');
            w.Write(3.5);
            w.Write(true);
            w.Write(-7L);
            w.Write(1.25m);
            w.Write(new char[] { 'a', 'b', 'c' }, 1, 2);
            w.Write("{0}-{1}", 1, "two");
            w.WriteLine();
            w.WriteLine("line {0}", 2);
            w.WriteLine((object)null);
            w.WriteLine('c');
            w.WriteLine(2.5f);
            w.WriteLine(uint.MaxValue);
            w.WriteLine(ulong.MaxValue);
            Console.WriteLine("before flush: " + new FileInfo(f).Length);
            w.Flush();
            Console.WriteLine("after flush: " + new FileInfo(f).Length);
            Console.WriteLine(w.Encoding.WebName + " " + w.Encoding.GetPreamble().Length + " " + w.AutoFlush);
        }
        Console.Write(File.ReadAllText(f));
        using (StreamWriter w = new StreamWriter(f, true)) {
            w.AutoFlush = true;
            w.Write("appended");
            Console.WriteLine("autoflushed: " + new FileInfo(f).Length);
        }
        using (StreamWriter w = File.AppendText(f))
            w.WriteLine(" again");
        using (StreamReader r = File.OpenText(f)) {
            Console.WriteLine("peek " + (char)r.Peek() + " read " + (char)r.Read());
            char[] buf = new char[5];
            int n = r.Read(buf, 0, 5);
            Console.WriteLine(n + " [" + new string(buf, 0, n) + "]");
            Console.WriteLine("[" + r.ReadLine() + "] eos " + r.EndOfStream);
            string rest = r.ReadToEnd();
            Console.WriteLine(rest.Length + " eos " + r.EndOfStream + " " + (r.ReadLine() == null) + " " + r.Read() + " " + r.Peek());
        }

        // a long file crosses buffer boundaries, multi-byte characters included
        StringBuilder sb = new StringBuilder();
        using (StreamWriter w = File.CreateText(f)) {
            for (int i = 0; i < 3000; i++) {
                string line = i + ":" + new string('é', i % 7) + "😀" + new string('x', i % 13);
                w.WriteLine(line);
                sb.Append(line).Append('\n');
            }
        }
        string all = File.ReadAllText(f);
        Console.WriteLine(all.Length + " " + (all == sb.ToString()) + " " + File.ReadAllBytes(f).Length);
        int count = 0, total = 0;
        using (StreamReader r = new StreamReader(f, Encoding.UTF8, true, 16)) {
            string line;
            while ((line = r.ReadLine()) != null) {
                count++;
                total += line.Length;
            }
        }
        Console.WriteLine(count + " lines, " + total + " chars");

        // detection off: a byte order mark of another encoding stays text
        File.WriteAllText(f, "bom", Encoding.UTF8);
        using (StreamReader r = new StreamReader(f, Encoding.Unicode, false))
            Console.WriteLine(r.ReadToEnd().Length + " " + r.CurrentEncoding.WebName);
        using (StreamReader r = new StreamReader(f, Encoding.ASCII, true)) {
            Console.WriteLine(r.CurrentEncoding.WebName);
            Console.WriteLine(r.ReadToEnd() + " " + r.CurrentEncoding.WebName);
        }

        // Console.SetOut to a file
        TextWriter saved = Console.Out;
        using (StreamWriter w = new StreamWriter(f)) {
            Console.SetOut(w);
            Console.WriteLine("to the file {0}", 1);
            Console.SetOut(saved);
        }
        Console.Write(File.ReadAllText(f));

        Try("read missing", () => File.ReadAllText(Path.Combine(root, "missing.txt")));
        Try("read missing dir", () => File.ReadAllText(Path.Combine(root, "nodir/missing.txt")));
        Try("write missing dir", () => File.WriteAllText(Path.Combine(root, "nodir/x.txt"), "x"));
        Try("read a directory", () => File.ReadAllText(root));
        Try("reader missing", () => new StreamReader(Path.Combine(root, "missing.txt")));
        Try("reader null", () => new StreamReader((string)null));
        Try("reader empty", () => new StreamReader(""));
        Try("read null", () => File.ReadAllText(null));
        Try("write closed", () => { StreamWriter w = new StreamWriter(f); w.Close(); w.Write("x"); });
        Try("read closed", () => { StreamReader r = new StreamReader(f); r.Close(); r.ReadLine(); });
        Try("readlines missing", () => File.ReadLines(Path.Combine(root, "missing.txt")));

        Directory.Delete(root, true);
        Console.WriteLine(Directory.Exists(root));
    }
}
