// String methods: Length, indexer, Substring, IndexOf, Equals, ==, CompareOrdinal, Replace,
// ToUpper/ToLower, Trim, StartsWith/EndsWith, Contains, Split, Join, PadLeft/PadRight.
using System;

class StringMethods
{
    static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

    static void Show(string label, string s) { Console.WriteLine(label + ": [" + s + "]"); }

    static void Main()
    {
        string s = "  Hello, World! Hello!  ";
        Console.WriteLine(s.Length);
        Show("Trim", s.Trim());
        string t = s.Trim();
        Console.WriteLine(t[0] + " " + t[t.Length - 1] + " " + t.Length);
        Show("Substring(7)", t.Substring(7));
        Show("Substring(7,5)", t.Substring(7, 5));
        Show("Substring(0,0)", t.Substring(0, 0));
        Show("Substring(len)", t.Substring(t.Length));
        Console.WriteLine(t.IndexOf("Hello") + " " + t.IndexOf("Hello", 1) + " " + t.IndexOf("xyz") + " " + t.IndexOf('o') + " " + t.IndexOf('o', 5) + " " + t.IndexOf(""));
        Show("Replace", t.Replace("Hello", "Bye"));
        Show("Replace char", t.Replace('l', 'L'));
        Show("Replace to empty", t.Replace("l", ""));
        Show("ToUpper", t.ToUpper());
        Show("ToLower", t.ToLower());
        Console.WriteLine(t.StartsWith("Hello") + " " + t.StartsWith("World") + " " + t.EndsWith("!") + " " + t.EndsWith("Hello") + " " + t.StartsWith(""));
        Console.WriteLine(t.Contains("World") + " " + t.Contains("world") + " " + t.Contains(""));
        string a = "abc", b = "ab" + "c".ToString(), c = "abd";
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + string.Equals(a, b) + " " + (a != c) + " " + a.Equals(c) + " " + a.Equals((object)b));
        Console.WriteLine(Sign(string.CompareOrdinal(a, c)) + " " + Sign(string.CompareOrdinal(c, a)) + " " + string.CompareOrdinal(a, b)
            + " " + Sign(string.CompareOrdinal("a", "B")) + " " + Sign(string.CompareOrdinal("abc", "ab")) + " " + Sign(string.CompareOrdinal("", "a")));
        string csv = "one,two,,three,";
        string[] parts = csv.Split(',');
        Console.WriteLine(parts.Length);
        for (int i = 0; i < parts.Length; i++) Console.WriteLine("  " + i + ": [" + parts[i] + "]");
        string[] multi = "a b;c d".Split(' ', ';');
        Console.WriteLine(multi.Length + " " + string.Join("|", multi));
        Console.WriteLine(string.Join(", ", new string[] { "x", "y", "z" }) + " / " + string.Join("-", new string[0]) + " / " + string.Join("", parts));
        Show("PadLeft", "42".PadLeft(6));
        Show("PadRight", "42".PadRight(6));
        Show("PadLeft *", "42".PadLeft(6, '*'));
        Show("PadRight .", "42".PadRight(6, '.'));
        Show("PadLeft short", "123456".PadLeft(3));
        Show("Trim only spaces", "   ".Trim());
        Show("Trim tabs", "\t x \n".Trim());
        string empty = "";
        Console.WriteLine(empty.Length + " " + (empty == string.Empty) + " " + "".Equals(empty));
        string u = "\u00c9t\u00e9";
        Console.WriteLine(u.Length + " " + (int)u[0] + " " + (int)u.ToLower()[0] + " " + (int)"abc".ToUpper()[2]);
        string word = "racecar";
        bool pal = true;
        for (int i = 0; i < word.Length / 2; i++) if (word[i] != word[word.Length - 1 - i]) pal = false;
        Console.WriteLine(word + " palindrome " + pal);
        int count = 0, idx = 0;
        string hay = "abababababa";
        while ((idx = hay.IndexOf("aba", idx)) >= 0) { count++; idx++; }
        Console.WriteLine("overlapping aba: " + count);
        string table = "";
        string[] names = { "id", "name", "score" };
        foreach (string n in names) table += n.ToUpper().PadRight(8) + "|";
        Console.WriteLine(table);
        Console.WriteLine("1".PadLeft(3, '0') + "22".PadLeft(3, '0') + "333".PadLeft(3, '0'));
    }
}
