// System.Text.Encoding: UTF-8, ASCII, UTF-16 both ways round, UTF-32 and Latin-1 on text
// with accents, a euro sign, a character outside the BMP and a lone surrogate (replaced);
// the counting, array-slice and into-buffer overloads; preambles, names, GetEncoding; and
// Convert's Base64 both ways (padding, line breaks, white space, malformed input).
using System;
using System.Text;

class TextEncoding
{
    static string Hex(string s)
    {
        return string.Join(",", Array.ConvertAll(s.ToCharArray(), c => ((int)c).ToString("X")));
    }

    static void Main()
    {
        Encoding[] all = { Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode,
                           Encoding.UTF32, Encoding.GetEncoding("iso-8859-1") };
        string text = "h\u00e9llo \u20ac \ud83d\ude00 \ud800x";
        foreach (Encoding e in all) {
            byte[] b = e.GetBytes(text);
            Console.WriteLine(e.WebName + " " + e.CodePage + " " + b.Length + " " + e.GetByteCount(text) + " " +
                              BitConverter.ToString(b) + " " + e.GetPreamble().Length);
            string back = e.GetString(b);
            Console.WriteLine(back.Length + " " + Hex(back) + " " + e.GetCharCount(b) + " " + e.IsSingleByte);
        }
        Console.WriteLine(Encoding.ASCII.GetString(new byte[] { 72, 200, 105 }) + " " +
                          Encoding.Unicode.GetString(new byte[] { 65, 0, 66 }).Length);
        Console.WriteLine(Hex(Encoding.UTF8.GetString(new byte[] { 0x41, 0xC3, 0x28, 0x42 })));

        byte[] buf = new byte[10];
        int n = Encoding.UTF8.GetBytes("abc\u00ff", 1, 3, buf, 2);
        Console.WriteLine(n + " " + BitConverter.ToString(buf));
        char[] chars = new char[5];
        Console.WriteLine(Encoding.UTF8.GetChars(new byte[] { 0x61, 0x62 }, 0, 2, chars, 1) + " " + new string(chars, 1, 2));
        Console.WriteLine(Encoding.UTF8.GetByteCount(new char[] { 'a', '\u00e9' }) + " " +
                          Encoding.UTF8.GetBytes(new char[] { 'x', 'y', 'z' }, 1, 2).Length + " " +
                          new string(Encoding.Unicode.GetChars(Encoding.Unicode.GetBytes("chars"))));
        try {
            Encoding.UTF8.GetBytes("abcdef", 0, 6, new byte[3], 0);
        } catch (ArgumentException) {
            Console.WriteLine("too small: ArgumentException");
        }

        Console.WriteLine(new UTF8Encoding().GetPreamble().Length + " " + new UTF8Encoding(true).GetPreamble().Length + " " +
                          Encoding.UTF8.Equals(new UTF8Encoding(true)) + " " + Encoding.UTF8.Equals(new UTF8Encoding()) + " " +
                          Encoding.Default.WebName + " " + Encoding.UTF8.EncodingName);
        Console.WriteLine(Encoding.UTF8.GetMaxByteCount(10) + " " + Encoding.UTF8.GetMaxCharCount(10) + " " +
                          Encoding.GetEncoding(65001).WebName + " " + Encoding.GetEncoding("utf-16").EncodingName + " " +
                          new UnicodeEncoding(true, false).GetPreamble().Length);
        try {
            Encoding.GetEncoding("klingon");
        } catch (ArgumentException) {
            Console.WriteLine("klingon: ArgumentException");
        }

        foreach (string t in new[] { "", "f", "fo", "foo", "foob", "fooba", "foobar" }) {
            string b64 = Convert.ToBase64String(Encoding.ASCII.GetBytes(t));
            Console.Write(b64 + "|" + Encoding.ASCII.GetString(Convert.FromBase64String(b64)) + " ");
        }
        Console.WriteLine();
        Console.WriteLine(Convert.ToBase64String(new byte[] { 0xFB, 0xFF, 0x00, 0x10 }, 1, 2) + " " +
                          Convert.FromBase64String(" QU\nJD ").Length + " " +
                          Convert.ToBase64String(Encoding.UTF8.GetBytes("h\u00e9llo")));
        byte[] big = new byte[100];
        for (int i = 0; i < big.Length; i++)
            big[i] = (byte)(i * 7);
        string wrapped = Convert.ToBase64String(big, Base64FormattingOptions.InsertLineBreaks);
        Console.WriteLine(wrapped);
        Console.WriteLine(Convert.FromBase64String(wrapped)[99]);
        foreach (string s in new[] { "A", "AB=", "A===", "AB=C", "AB*D", "====", "AB==" }) {
            try {
                Console.WriteLine("ok " + s + " " + Convert.FromBase64String(s).Length);
            } catch (FormatException) {
                Console.WriteLine("FormatException " + s);
            }
        }
    }
}
