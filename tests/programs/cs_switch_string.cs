// switch on strings: a small switch (compiled to comparisons), a large switch (mcs
// compiles it via a Dictionary<string,int> / hashing), case fall-through via goto case,
// default, null input, and case sensitivity.
using System;

class Program
{
    static int Small(string s)
    {
        switch (s)
        {
            case "one": return 1;
            case "two": return 2;
            case "three": return 3;
            default: return -1;
        }
    }

    static string Large(string s)
    {
        switch (s)
        {
            case "january": return "winter";
            case "february": return "winter";
            case "march": return "spring";
            case "april": return "spring";
            case "may": return "spring";
            case "june": return "summer";
            case "july": return "summer";
            case "august": return "summer";
            case "september": return "autumn";
            case "october": return "autumn";
            case "november": return "autumn";
            case "december": return "winter";
            case "": return "empty";
            case null: return "null!";
            default: return "unknown";
        }
    }

    static string Keyword(string s)
    {
        string r = "";
        switch (s)
        {
            case "if": case "else": case "while": case "for": case "do":
            case "switch": case "case": case "break": case "continue": case "return":
                r = "control";
                break;
            case "int": case "long": case "short": case "byte": case "char":
                r = "type";
                break;
            case "true":
            case "false":
                r = "bool-";
                goto case "null";
            case "null":
                r += "literal";
                break;
            default:
                r = "identifier";
                break;
        }
        return r;
    }

    static void Main()
    {
        foreach (string s in new[] { "one", "two", "three", "four", "One", "" })
            Console.WriteLine("Small(" + s + ") = " + Small(s));
        Console.WriteLine("Small(null) = " + Small(null));

        string[] months = { "january", "march", "june", "september", "december", "may", "august", "Smarch", "", null, "october" };
        foreach (string m in months) Console.WriteLine((m ?? "(null)") + " -> " + Large(m));

        foreach (string k in new[] { "while", "return", "byte", "true", "null", "false", "foo", "Int" })
            Console.WriteLine(k + ": " + Keyword(k));

        // Strings built at run time must match the literal cases
        string built = new string(new[] { 'j', 'u', 'l', 'y' });
        Console.WriteLine("built " + built + " -> " + Large(built) + ", concat -> " + Large("nov" + "ember".ToString()));
        int counted = 0;
        for (int i = 0; i < 1000; i++) if (Large(months[i % months.Length]) == "summer") counted++;
        Console.WriteLine("summer hits " + counted);
    }
}
