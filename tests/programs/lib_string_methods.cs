// string methods: Join, Split (char, several chars, options, count), Replace, Trim/TrimStart/
// TrimEnd, ToUpper/ToLower (invariant ASCII), StartsWith/EndsWith/Contains, IndexOf/
// LastIndexOf (char and string, with start), Substring, PadLeft/PadRight, Insert, Remove,
// CompareOrdinal, Compare (ordinal results only), Equals, IsNullOrEmpty, Concat, ToCharArray.
using System;

class Program
{
    static string Q(string s) { return "[" + s + "]"; }
    static string Show(string[] parts) { string r = parts.Length + ":"; foreach (string p in parts) r += Q(p); return r; }

    static void Main()
    {
        string s = "  The quick brown fox  ";
        Console.WriteLine(Q(s.Trim()) + Q(s.TrimStart()) + Q(s.TrimEnd()) + Q("xxhixx".Trim('x')) + Q("--a-b--".TrimStart('-')) + Q("a.,;".TrimEnd('.', ',', ';')));
        string t = s.Trim();
        Console.WriteLine(t.ToUpper() + " | " + t.ToLower() + " | " + t.Length);
        Console.WriteLine(t.StartsWith("The") + " " + t.StartsWith("the") + " " + t.EndsWith("fox") + " " + t.Contains("quick") + " " + t.Contains("slow") + " " + t.StartsWith(""));
        Console.WriteLine(t.IndexOf('q') + " " + t.IndexOf("brown") + " " + t.IndexOf('o') + " " + t.IndexOf('o', 13) + " " + t.LastIndexOf('o') + " " + t.LastIndexOf("o") + " " + t.IndexOf('z') + " " + t.IndexOf("") + " " + t.IndexOfAny(new[] { 'x', 'q' }));
        Console.WriteLine(Q(t.Substring(4)) + Q(t.Substring(4, 5)) + Q(t.Substring(t.Length)) + Q(t.Substring(0, 0)));
        Console.WriteLine(Q("42".PadLeft(5)) + Q("42".PadLeft(5, '0')) + Q("42".PadRight(5)) + Q("42".PadRight(5, '.')) + Q("toolong".PadLeft(3)));
        Console.WriteLine("a-b-c".Replace("-", "+") + " " + "aaaa".Replace("aa", "b") + " " + "hello".Replace('l', 'L') + " " + "abc".Replace("x", "y") + " " + "remove spaces ".Replace(" ", ""));
        Console.WriteLine("abcdef".Insert(3, "XYZ") + " " + "abcdef".Remove(2, 2) + " " + "abcdef".Remove(4));

        Console.WriteLine(Show("a,b,,c".Split(',')));
        Console.WriteLine(Show("a,b;c d".Split(',', ';', ' ')));
        Console.WriteLine(Show("a,,b,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("k=v=w".Split(new[] { '=' }, 2)));
        Console.WriteLine(Show("one::two::three".Split(new[] { "::" }, StringSplitOptions.None)));
        Console.WriteLine(Show("".Split(',')));

        Console.WriteLine(string.Join(", ", new[] { "x", "y", "z" }) + " | " + string.Join("", new[] { "a", "b" }) + " | " + string.Join("-", new string[0]) + " | " + string.Join("/", new object[] { 1, 2.5, 'c', null, true }));
        Console.WriteLine(string.Concat("a", 1, 'b', 2.5) + " " + string.Concat(new[] { "p", "q" }) + " " + string.Join<int>(";", new System.Collections.Generic.List<int> { 7, 8 }));

        Console.WriteLine("CompareOrdinal: " + Math.Sign(string.CompareOrdinal("a", "b")) + " " + Math.Sign(string.CompareOrdinal("b", "a")) + " " + string.CompareOrdinal("same", "same") + " " + Math.Sign(string.CompareOrdinal("B", "a")) + " " + Math.Sign(string.CompareOrdinal("abc", "ab")));
        Console.WriteLine("Compare ordinal: " + Math.Sign(string.Compare("apple", "banana", StringComparison.Ordinal)) + " " + string.Compare("x", "x", StringComparison.Ordinal) + " ignore case: " + string.Compare("HeLLo", "hello", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Equals: " + "abc".Equals("abc") + " " + "abc".Equals("ABC") + " " + string.Equals("a", "a") + " " + "abc".Equals("ABC", StringComparison.OrdinalIgnoreCase) + " == " + ("ab" + "c" == "abc"));
        Console.WriteLine("IsNullOrEmpty: " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" ") + " IsNullOrWhiteSpace: " + string.IsNullOrWhiteSpace(" \t"));
        char[] chars = "chars".ToCharArray();
        Array.Reverse(chars);
        Console.WriteLine(new string(chars) + " " + new string('=', 4) + " " + new string(chars, 1, 2) + " " + string.Empty.Length);
        string built = "";
        for (int i = 0; i < 5; i++) built += i;
        Console.WriteLine(built + " interned-equal " + (built == "01234") + " CompareTo " + "b".CompareTo("a"));
        string multi = "line1\nline2\nline3";
        Console.WriteLine(multi.Split('\n').Length + " lines, last " + multi.Substring(multi.LastIndexOf('\n') + 1));
    }
}
