// BinaryWriter and BinaryReader: every primitive's byte layout, strings with their
// 7-bit length prefix, chars in UTF-8 and UTF-16, the end of the stream, and a round
// trip through a file.
using System;
using System.Diagnostics;
using System.IO;
using System.Text;

class IoBinary
{
    static void Try(string what, Action a)
    {
        try {
            a();
            Console.WriteLine(what + ": ok");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        MemoryStream m = new MemoryStream();
        BinaryWriter w = new BinaryWriter(m);
        w.Write(true);
        w.Write((byte)200);
        w.Write((sbyte)-3);
        w.Write((short)-2);
        w.Write((ushort)65000);
        w.Write(0x12345678);
        w.Write(0xDEADBEEFu);
        w.Write(-1234567890123L);
        w.Write(ulong.MaxValue);
        w.Write(1.5f);
        w.Write(-0.1);
        w.Write(123.456m);
        w.Write(-1m);
        w.Write('A');
        w.Write('é');
        w.Write('€');
        w.Write(new char[] { 'x', 'ÿ' });
        w.Write("");
        w.Write("hi");
        w.Write(new string('z', 200));
        w.Write("ünïcödé 😀");
        w.Write(new byte[] { 1, 2, 3 });
        w.Write(new byte[] { 4, 5, 6, 7 }, 1, 2);
        w.Flush();
        byte[] data = m.ToArray();
        Console.WriteLine(data.Length);
        Console.WriteLine(BitConverter.ToString(data, 0, 58));
        Console.WriteLine(BitConverter.ToString(data, 58, 20));

        BinaryReader r = new BinaryReader(new MemoryStream(data));
        Console.WriteLine(r.ReadBoolean() + " " + r.ReadByte() + " " + r.ReadSByte() + " " + r.ReadInt16() + " " + r.ReadUInt16());
        Console.WriteLine(r.ReadInt32().ToString("X") + " " + r.ReadUInt32().ToString("X") + " " + r.ReadInt64() + " " + r.ReadUInt64());
        Console.WriteLine(r.ReadSingle() + " " + r.ReadDouble() + " " + r.ReadDecimal() + " " + r.ReadDecimal());
        Console.WriteLine(r.PeekChar() + " " + r.ReadChar() + " " + r.ReadChar() + " " + r.Read() + " " + new string(r.ReadChars(2)));
        Console.WriteLine("[" + r.ReadString() + "] [" + r.ReadString() + "] " + r.ReadString().Length + " [" + r.ReadString() + "]");
        Console.WriteLine(BitConverter.ToString(r.ReadBytes(3)) + " " + BitConverter.ToString(r.ReadBytes(10)));
        Console.WriteLine(r.PeekChar() + " " + r.Read() + " " + r.ReadBytes(4).Length);
        Try("ReadInt32 at end", () => r.ReadInt32());
        Try("ReadByte at end", () => r.ReadByte());
        Try("ReadString at end", () => r.ReadString());
        Try("ReadChar at end", () => r.ReadChar());
        Try("negative count", () => r.ReadBytes(-1));
        r.Close();
        Try("read closed", () => r.ReadInt32());

        Try("partial int", () => new BinaryReader(new MemoryStream(new byte[] { 1, 2 })).ReadInt32());
        Try("short string", () => new BinaryReader(new MemoryStream(new byte[] { 5, 65, 66 })).ReadString());
        Try("null stream", () => new BinaryReader(null));
        Try("unwritable", () => new BinaryWriter(new MemoryStream(new byte[1], false)));

        // UTF-16 chars and strings
        MemoryStream u = new MemoryStream();
        BinaryWriter uw = new BinaryWriter(u, Encoding.Unicode);
        uw.Write('A');
        uw.Write("ab€");
        uw.Flush();
        Console.WriteLine(BitConverter.ToString(u.ToArray()));
        BinaryReader ur = new BinaryReader(new MemoryStream(u.ToArray()), Encoding.Unicode);
        Console.WriteLine(ur.ReadChar() + " " + ur.ReadString());

        // big 7-bit lengths
        MemoryStream lens = new MemoryStream();
        BinaryWriter lw = new BinaryWriter(lens);
        lw.Write(new string('q', 127));
        lw.Write(new string('q', 128));
        lw.Write(new string('q', 20000));
        byte[] lb = lens.ToArray();
        Console.WriteLine(lb.Length + " " + lb[0] + " " + lb[128] + " " + lb[129] + " " + lb[258] + " " + lb[259] + " " + lb[260]);
        BinaryReader lr = new BinaryReader(new MemoryStream(lb));
        Console.WriteLine(lr.ReadString().Length + " " + lr.ReadString().Length + " " + lr.ReadString().Length);

        // a file round trip, with Seek on the writer
        string root = Path.Combine(Path.GetTempPath(), "ilc-test-io-binary-" + Process.GetCurrentProcess().Id);
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        string f = Path.Combine(root, "records.bin");
        using (BinaryWriter fw = new BinaryWriter(File.Create(f))) {
            fw.Write(0);   // the count, patched below
            for (int i = 0; i < 1000; i++) {
                fw.Write(i);
                fw.Write(i * 0.5);
                fw.Write("item" + i);
            }
            fw.Seek(0, SeekOrigin.Begin);
            fw.Write(1000);
        }
        Console.WriteLine(new FileInfo(f).Length);
        using (BinaryReader fr = new BinaryReader(File.OpenRead(f))) {
            int n = fr.ReadInt32();
            double sum = 0;
            string last = null;
            bool ok = true;
            for (int i = 0; i < n; i++) {
                ok &= fr.ReadInt32() == i;
                sum += fr.ReadDouble();
                last = fr.ReadString();
            }
            Console.WriteLine(n + " " + ok + " " + sum + " " + last + " " + fr.PeekChar());
        }
        MemoryStream keep = new MemoryStream();
        using (BinaryWriter kw = new BinaryWriter(keep, Encoding.UTF8, true))
            kw.Write(5);
        Console.WriteLine("left open " + keep.CanWrite + " " + keep.Length);
        using (BinaryWriter kw = new BinaryWriter(keep))
            kw.Write(6);
        Console.WriteLine("closed " + keep.CanWrite);
        Directory.Delete(root, true);
    }
}
