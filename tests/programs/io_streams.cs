// Stream, MemoryStream and FileStream: reading, writing, seeking, lengths, modes and
// access, mixing reads and writes through one buffer, and the exceptions Mono throws.
using System;
using System.Diagnostics;
using System.IO;
using System.Text;

class IoStreams
{
    static string root;

    static void Try(string what, Action a)
    {
        try {
            a();
            Console.WriteLine(what + ": ok");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message.Replace(root, "<root>"));
        }
    }

    static string Bytes(byte[] b, int n)
    {
        return BitConverter.ToString(b, 0, n);
    }

    static void Show(string what, Stream s)
    {
        Console.WriteLine(what + ": pos " + s.Position + " len " + s.Length + " r" + s.CanRead + " w" + s.CanWrite + " s" + s.CanSeek);
    }

    static void Memory()
    {
        MemoryStream m = new MemoryStream();
        Show("empty", m);
        Console.WriteLine("capacity " + m.Capacity);
        m.Write(new byte[] { 1, 2, 3, 4, 5 }, 1, 3);
        m.WriteByte(9);
        Show("written", m);
        Console.WriteLine("capacity " + m.Capacity + " buffer " + m.GetBuffer().Length);
        m.Position = 1;
        byte[] buf = new byte[10];
        int n = m.Read(buf, 0, 10);
        Console.WriteLine(n + ": " + Bytes(buf, n) + " then " + m.Read(buf, 0, 10) + " " + m.ReadByte());
        Console.WriteLine("seek " + m.Seek(-2, SeekOrigin.End) + " " + m.ReadByte() + " " + m.Seek(1, SeekOrigin.Current));
        m.Seek(10, SeekOrigin.Begin);
        m.WriteByte(7);   // the gap reads as zeros
        Console.WriteLine(BitConverter.ToString(m.ToArray()));
        m.SetLength(3);
        Show("shortened", m);
        m.SetLength(6);
        Console.WriteLine(BitConverter.ToString(m.ToArray()));
        m.Capacity = 300;
        Console.WriteLine("capacity " + m.Capacity);
        for (int i = 0; i < 1000; i++)
            m.WriteByte((byte)i);
        Console.WriteLine("capacity " + m.Capacity + " length " + m.Length);

        MemoryStream fixedSize = new MemoryStream(new byte[] { 10, 20, 30, 40, 50 }, 1, 3);
        Show("slice", fixedSize);
        Console.WriteLine(BitConverter.ToString(fixedSize.ToArray()) + " " + fixedSize.ReadByte());
        fixedSize.WriteByte(99);
        Console.WriteLine(BitConverter.ToString(fixedSize.ToArray()));
        Try("grow fixed", () => fixedSize.Write(new byte[3], 0, 3));
        Try("GetBuffer fixed", () => fixedSize.GetBuffer());
        Try("write read-only", () => new MemoryStream(new byte[4], false).WriteByte(1));
        Try("seek before start", () => fixedSize.Seek(-1, SeekOrigin.Begin));
        Try("negative position", () => fixedSize.Position = -1);
        Try("null buffer", () => m.Write(null, 0, 1));
        Try("bad offset", () => m.Read(new byte[2], -1, 1));
        Try("bad count", () => m.Read(new byte[2], 1, 2));
        MemoryStream visible = new MemoryStream(new byte[8], 0, 8, true, true);
        Console.WriteLine("visible buffer " + visible.GetBuffer().Length);

        MemoryStream copy = new MemoryStream();
        m.Position = 0;
        m.CopyTo(copy);
        Console.WriteLine("copied " + copy.Length + " " + (copy.ToArray()[500] == m.ToArray()[500]));
        MemoryStream target = new MemoryStream();
        fixedSize.WriteTo(target);
        Console.WriteLine("WriteTo " + BitConverter.ToString(target.ToArray()));

        m.Dispose();
        Console.WriteLine("disposed r" + m.CanRead + " w" + m.CanWrite + " s" + m.CanSeek + " array " + m.ToArray().Length);
        Try("read disposed", () => m.ReadByte());
        Try("length disposed", () => Console.WriteLine(m.Length));

        Console.WriteLine("null " + Stream.Null.Read(buf, 0, 4) + " " + Stream.Null.ReadByte() + " " + Stream.Null.Length);
        Stream.Null.Write(buf, 0, 4);
    }

    static void Files()
    {
        string f = Path.Combine(root, "data.bin");
        using (FileStream s = new FileStream(f, FileMode.Create)) {
            Show("created", s);
            Console.WriteLine(Path.GetFileName(s.Name) + " " + (s.Name == Path.GetFullPath(f)));
            for (int i = 0; i < 10; i++)
                s.WriteByte((byte)(i * 3));
            Show("bytes", s);
            s.Write(Encoding.ASCII.GetBytes("hello"), 0, 5);
            s.Position = 2;
            Console.WriteLine("read " + s.ReadByte() + " " + s.ReadByte());
            s.WriteByte(200);   // a write after reading lands at the logical position
            Show("mixed", s);
            s.Seek(0, SeekOrigin.Begin);
            byte[] buf = new byte[32];
            int n = s.Read(buf, 0, 32);
            Console.WriteLine(n + ": " + Bytes(buf, n));
            s.SetLength(4);
            Show("truncated", s);
            s.SetLength(6);
            s.Seek(0, SeekOrigin.Begin);
            n = s.Read(buf, 0, 32);
            Console.WriteLine(n + ": " + Bytes(buf, n));
            Console.WriteLine("seek end " + s.Seek(-1, SeekOrigin.End) + " current " + s.Seek(-2, SeekOrigin.Current));
            Try("seek before start", () => s.Seek(-10, SeekOrigin.Current));
        }

        // a file bigger than the buffer, written and read in odd pieces
        byte[] big = new byte[100000];
        for (int i = 0; i < big.Length; i++)
            big[i] = (byte)(i * 7 + i / 256);
        using (FileStream s = File.Create(f)) {
            for (int at = 0; at < big.Length;) {
                int n = Math.Min(777 + at % 5000, big.Length - at);
                s.Write(big, at, n);
                at += n;
            }
        }
        Console.WriteLine("big " + new FileInfo(f).Length);
        using (FileStream s = File.OpenRead(f)) {
            byte[] back = new byte[big.Length];
            int at = 0, n;
            while ((n = s.Read(back, at, Math.Min(3001, back.Length - at))) > 0)
                at += n;
            bool same = at == big.Length;
            for (int i = 0; same && i < big.Length; i++)
                same = back[i] == big[i];
            Console.WriteLine("read back " + at + " " + same);
            s.Position = 50000;
            Console.WriteLine("at 50000: " + s.ReadByte() + " = " + big[50000]);
            Try("write on read-only", () => s.WriteByte(1));
            Try("SetLength on read-only", () => s.SetLength(1));
        }
        using (FileStream a = new FileStream(f, FileMode.Open, FileAccess.Read))
        using (MemoryStream m = new MemoryStream()) {
            a.CopyTo(m);
            Console.WriteLine("CopyTo " + m.Length);
        }

        // modes
        string g = Path.Combine(root, "modes.txt");
        File.WriteAllText(g, "0123456789");
        using (FileStream s = new FileStream(g, FileMode.Append)) {
            Show("append", s);
            s.WriteByte((byte)'A');
            Try("seek into old data", () => s.Seek(0, SeekOrigin.Begin));
        }
        using (FileStream s = new FileStream(g, FileMode.OpenOrCreate, FileAccess.Write))
            s.WriteByte((byte)'X');
        Console.WriteLine(File.ReadAllText(g));
        using (FileStream s = new FileStream(g, FileMode.Truncate))
            Show("truncate", s);
        using (FileStream s = File.OpenWrite(Path.Combine(root, "new.txt")))
            Show("OpenWrite new", s);
        using (FileStream s = File.Open(g, FileMode.Open, FileAccess.Write)) {
            s.WriteByte(65);
            Try("read on write-only", () => s.ReadByte());
        }
        Try("CreateNew existing", () => new FileStream(g, FileMode.CreateNew).Dispose());
        Try("Open missing", () => new FileStream(Path.Combine(root, "none"), FileMode.Open).Dispose());
        Try("Truncate missing", () => new FileStream(Path.Combine(root, "none"), FileMode.Truncate).Dispose());
        Try("Append with read", () => new FileStream(g, FileMode.Append, FileAccess.Read));
        Try("Create with read", () => new FileStream(g, FileMode.Create, FileAccess.Read));
        Try("empty path", () => new FileStream("", FileMode.Open));
        Try("null path", () => new FileStream(null, FileMode.Open));
        Try("bad buffer size", () => new FileStream(g, FileMode.Open, FileAccess.Read, FileShare.Read, 0));
        FileStream closed = File.OpenRead(g);
        closed.Close();
        Console.WriteLine("closed r" + closed.CanRead + " w" + closed.CanWrite + " s" + closed.CanSeek);
        Try("read closed", () => closed.ReadByte());
        Try("length closed", () => Console.WriteLine(closed.Length));
        closed.Dispose();
    }

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "ilc-test-io-streams-" + Process.GetCurrentProcess().Id);
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        Memory();
        Files();
        Directory.Delete(root, true);
        Console.WriteLine(Directory.Exists(root));
    }
}
