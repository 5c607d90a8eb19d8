// char helpers: IsDigit, IsLetter, IsLetterOrDigit, IsWhiteSpace, IsUpper, IsLower,
// IsPunctuation, ToUpper, ToLower, char.GetNumericValue, char.Parse, over ASCII and a few
// Latin-1 characters; a small tokenizer built from them.
using System;
using System.Collections.Generic;

class Program
{
    static List<string> Tokenize(string src)
    {
        List<string> toks = new List<string>();
        int i = 0;
        while (i < src.Length)
        {
            char c = src[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c)) { while (i < src.Length && (char.IsDigit(src[i]) || src[i] == '.')) i++; toks.Add("NUM(" + src.Substring(start, i - start) + ")"); }
            else if (char.IsLetter(c) || c == '_') { while (i < src.Length && (char.IsLetterOrDigit(src[i]) || src[i] == '_')) i++; toks.Add("ID(" + src.Substring(start, i - start) + ")"); }
            else { i++; toks.Add("SYM(" + c + ")"); }
        }
        return toks;
    }

    static void Main()
    {
        string probe = "aZ5 _\t\n.!?-(é";
        foreach (char c in probe)
        {
            Console.WriteLine(((int)c).ToString().PadLeft(3) + ": digit=" + B(char.IsDigit(c)) + " letter=" + B(char.IsLetter(c)) + " letOrDig=" + B(char.IsLetterOrDigit(c)) + " ws=" + B(char.IsWhiteSpace(c)) + " upper=" + B(char.IsUpper(c)) + " lower=" + B(char.IsLower(c)) + " punct=" + B(char.IsPunctuation(c)) + " toUpper=" + (int)char.ToUpper(c) + " toLower=" + (int)char.ToLower(c));
        }
        Console.WriteLine(char.ToUpper('q') + "" + char.ToLower('Q') + char.ToUpper('1') + char.ToUpperInvariant('m') + char.ToLowerInvariant('M'));
        Console.WriteLine("numeric: " + char.GetNumericValue('7') + " " + char.GetNumericValue('x') + " parse: " + char.Parse("k"));
        Console.WriteLine("IsDigit(string, index): " + char.IsDigit("ab3", 2) + " IsLetter(string, index): " + char.IsLetter("ab3", 2));
        Console.WriteLine(string.Join(" ", Tokenize("let x_1 = 42 + y*(3.5 - z2);").ToArray()));

        int upper = 0, lower = 0, digits = 0, spaces = 0, other = 0;
        foreach (char c in "Hello World 2024, It's OK!")
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digits++;
            else if (char.IsWhiteSpace(c)) spaces++;
            else other++;
        }
        Console.WriteLine("upper " + upper + " lower " + lower + " digits " + digits + " spaces " + spaces + " other " + other);

        char[] title = "the title of a book".ToCharArray();
        for (int i = 0; i < title.Length; i++) if (i == 0 || title[i - 1] == ' ') title[i] = char.ToUpper(title[i]);
        Console.WriteLine(new string(title));
        Console.WriteLine("MinValue " + (int)char.MinValue + " IsControl('\\n') " + char.IsControl('\n') + " IsSeparator(' ') " + char.IsSeparator(' ') + " IsSymbol('+') " + char.IsSymbol('+'));
    }

    static string B(bool b) { return b ? "1" : "0"; }
}
