// StringBuilder: Append of every primitive type, string, char, char repeat, object, bool,
// AppendLine, AppendFormat, Insert, Remove, Replace (string and char), Length (read and
// truncate), indexer get/set, Clear, chaining, and a large build.
using System;
using System.Text;

class Pt { public int X = 1, Y = 2; public override string ToString() { return "Pt(" + X + "," + Y + ")"; } }

class Program
{
    static void Main()
    {
        StringBuilder sb = new StringBuilder();
        sb.Append("s:").Append("str").Append(' ').Append('c').Append(' ');
        sb.Append((sbyte)-5).Append(' ').Append((byte)250).Append(' ').Append((short)-300).Append(' ').Append((ushort)65000).Append(' ');
        sb.Append(-123456).Append(' ').Append(4000000000u).Append(' ').Append(-9000000000L).Append(' ').Append(18000000000000000000UL).Append(' ');
        sb.Append(1.5f).Append(' ').Append(2.25).Append(' ').Append(1.0 / 3).Append(' ').Append(true).Append(' ').Append(false).Append(' ');
        sb.Append(12.50m).Append(' ').Append(new Pt()).Append(' ').Append((object)null).Append('|').Append((string)null).Append('|');
        sb.Append('x', 3).Append(new char[] { 'a', 'b', 'c' }).Append("0123456789", 2, 3);
        Console.WriteLine(sb.ToString());
        Console.WriteLine("Length " + sb.Length);

        StringBuilder lines = new StringBuilder();
        lines.AppendLine("first").AppendLine().AppendLine("third");
        lines.AppendFormat("{0}-{1:D3}-{2,4}|", "fmt", 7, "r");
        Console.Write(lines);
        Console.WriteLine();
        Console.WriteLine("lines length " + lines.Length);

        StringBuilder e = new StringBuilder("Hello World");
        e.Insert(0, ">> ").Insert(e.Length, " <<").Insert(8, 123);
        Console.WriteLine(e);
        e.Remove(0, 3);
        Console.WriteLine(e + " / len " + e.Length);
        e.Replace("World", "There").Replace('l', 'L');
        Console.WriteLine(e);
        e[0] = 'h';
        Console.WriteLine("indexer: " + e[0] + e[1] + e[e.Length - 1] + " -> " + e);
        e.Length = 5;
        Console.WriteLine("truncated: [" + e + "]");
        e.Length = 7;
        Console.WriteLine("extended with NULs: length " + e.Length + " last is NUL " + (e[6] == '\0'));
        e.Clear();
        Console.WriteLine("cleared: [" + e + "] " + e.Length);

        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Console.WriteLine("big length " + big.Length + " slice " + big.ToString(995, 5) + " capacity>=length " + (big.Capacity >= big.Length));
        int sevens = 0;
        for (int i = 0; i < big.Length; i++) if (big[i] == '7') sevens++;
        Console.WriteLine("sevens " + sevens);

        StringBuilder rev = new StringBuilder();
        string src = "reverse me";
        for (int i = src.Length - 1; i >= 0; i--) rev.Append(src[i]);
        Console.WriteLine(rev + " equals? " + (rev.ToString() == "em esrever"));
        StringBuilder withCap = new StringBuilder("init", 100);
        Console.WriteLine(withCap.Append('!').ToString());
    }
}
