// The static members of System.Enum over a type's constants: GetValues (an array of the enum
// type, so foreach prints names), GetNames, GetName, IsDefined, Parse, TryParse<T>, Format,
// GetUnderlyingType, and ToString's "G", "D", "X", "F" formats with [Flags] and without,
// each misuse with Mono's exception and message.
using System;

enum Color { Red, Green = 5, Blue = 2 }
[Flags] enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
enum Big : long { Min = long.MinValue, Zero = 0, Max = long.MaxValue }
enum Wide : uint { A = 1, B = 0x80000000 }
enum Empty { }
enum Huge : ulong { Top = 0xFFFFFFFFFFFFFFFF, One = 1 }

class EnumReflection
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + ": " + f()); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Values()
    {
        foreach (Color c in Enum.GetValues(typeof(Color))) Console.WriteLine(c + " " + (int)c);
        Array a = Enum.GetValues(typeof(Perm));
        Console.WriteLine(a.GetType() + " " + a.Length + " " + a.GetValue(3).GetType());
        foreach (object x in a) Console.Write(x + ";");
        Console.WriteLine();
        // sorted as unsigned numbers, as .NET sorts them
        foreach (Big b in Enum.GetValues(typeof(Big))) Console.WriteLine(b + " " + (long)b);
        foreach (Wide w in Enum.GetValues(typeof(Wide))) Console.WriteLine(w + " " + (uint)w);
        Console.WriteLine(Enum.GetValues(typeof(Empty)).Length + " " + Enum.GetNames(typeof(Empty)).Length);
        Console.WriteLine(((Color[])Enum.GetValues(typeof(Color)))[2]);
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Big))));
        Try("GetValues(int)", () => Enum.GetValues(typeof(int)));
        Try("GetValues(null)", () => Enum.GetValues(null));
    }

    static void Names()
    {
        Try("GetName 5", () => Enum.GetName(typeof(Color), 5));
        Try("GetName 5L", () => Enum.GetName(typeof(Color), 5L));
        Try("GetName Blue", () => Enum.GetName(typeof(Color), Color.Blue));
        Try("GetName 9 is null", () => Enum.GetName(typeof(Color), 9) == null);
        Try("GetName string", () => Enum.GetName(typeof(Color), "Green"));
        Try("GetName null", () => Enum.GetName(typeof(Color), null));
        Try("IsDefined 2", () => Enum.IsDefined(typeof(Color), 2));
        Try("IsDefined Green", () => Enum.IsDefined(typeof(Color), "Green"));
        Try("IsDefined green", () => Enum.IsDefined(typeof(Color), "green"));
        Try("IsDefined Color.Blue", () => Enum.IsDefined(typeof(Color), Color.Blue));
        Try("IsDefined (byte)3", () => Enum.IsDefined(typeof(Perm), (byte)3));
        Try("IsDefined (byte)2", () => Enum.IsDefined(typeof(Perm), (byte)2));
        Try("IsDefined 2L", () => Enum.IsDefined(typeof(Color), 2L));
        Try("IsDefined Perm.Read", () => Enum.IsDefined(typeof(Color), Perm.Read));
        Try("IsDefined true", () => Enum.IsDefined(typeof(Color), true));
        Try("IsDefined 2.0", () => Enum.IsDefined(typeof(Color), 2.0));
        Try("IsDefined null", () => Enum.IsDefined(typeof(Color), null));
        Try("GetUnderlyingType", () => Enum.GetUnderlyingType(typeof(Perm)));
    }

    static void Parsing()
    {
        Try("Parse Green", () => Enum.Parse(typeof(Color), "Green"));
        Try("Parse blue ignoring case", () => Enum.Parse(typeof(Color), "blue", true));
        Try("Parse blue", () => Enum.Parse(typeof(Color), "blue"));
        Try("Parse ' Green '", () => Enum.Parse(typeof(Color), " Green "));
        Try("Parse Read, Write", () => Enum.Parse(typeof(Perm), "Read, Write"));
        Try("Parse Green,Blue", () => Enum.Parse(typeof(Color), "Green,Blue"));
        Try("Parse 3", () => Enum.Parse(typeof(Perm), "3"));
        Try("Parse -1", () => Enum.Parse(typeof(Color), "-1"));
        Try("Parse 300 into byte", () => Enum.Parse(typeof(Perm), "300"));
        Try("Parse 99999999999", () => Enum.Parse(typeof(Color), "99999999999"));
        Try("Parse -1x", () => Enum.Parse(typeof(Color), "-1x"));
        Try("Parse Purple", () => Enum.Parse(typeof(Color), "Purple"));
        Try("Parse Read,Bogus", () => Enum.Parse(typeof(Perm), "Read,Bogus"));
        Try("Parse Read|Write", () => Enum.Parse(typeof(Perm), "Read|Write"));
        Try("Parse ''", () => Enum.Parse(typeof(Color), ""));
        Try("Parse '  '", () => Enum.Parse(typeof(Color), "  "));
        Try("Parse null", () => Enum.Parse(typeof(Color), null));
        Try("Parse int", () => Enum.Parse(typeof(int), "1"));
        Color c;
        Console.WriteLine(Enum.TryParse<Color>("Blue", out c) + " " + c);
        Console.WriteLine(Enum.TryParse<Color>("blue", out c) + " " + c);
        Console.WriteLine(Enum.TryParse<Color>("blue", true, out c) + " " + c);
        Console.WriteLine(Enum.TryParse("Nope", out c) + " " + c);
        Console.WriteLine(Enum.TryParse("5", out c) + " " + c);
        Console.WriteLine(Enum.TryParse("9", out c) + " " + c);
        Console.WriteLine(Enum.TryParse("99999999999", out c) + " " + c);
        Console.WriteLine(Enum.TryParse<Color>(null, out c) + " " + c);
        Console.WriteLine(Enum.TryParse<Color>("", out c) + " " + c);
        Perm p;
        Console.WriteLine(Enum.TryParse("Read, Exec", out p) + " " + p);
        Console.WriteLine(Enum.TryParse(" Read ", out p) + " " + p);
        int i;
        Try("TryParse<int>", () => Enum.TryParse<int>("1", out i));
    }

    static void Formats()
    {
        Console.WriteLine((Perm)6 + " " + (Perm)0 + " " + (Perm)8 + " " + (Perm)7 + " " + (Color)7);
        Console.WriteLine(Color.Green.ToString("D") + " " + Perm.Write.ToString("X") + " " + Color.Green.ToString("x"));
        Console.WriteLine(((Color)(-1)).ToString("X") + " " + Big.Min.ToString("X") + " " + Wide.B.ToString("d"));
        Console.WriteLine(((Perm)5).ToString("F") + " " + ((Color)7).ToString("F") + " " + ((Color)8).ToString("f"));
        Console.WriteLine(Color.Green.ToString("") + " " + Color.Green.ToString((string)null) + " " + Color.Green.ToString("g"));
        Try("ToString Q", () => Color.Green.ToString("Q"));
        Try("ToString GG", () => Color.Green.ToString("GG"));
        Try("Format G", () => Enum.Format(typeof(Color), Color.Green, "G"));
        Try("Format D", () => Enum.Format(typeof(Color), Color.Green, "D"));
        Try("Format x byte", () => Enum.Format(typeof(Perm), (byte)6, "x"));
        Try("Format F", () => Enum.Format(typeof(Perm), Perm.Read | Perm.Exec, "F"));
        Try("Format G int", () => Enum.Format(typeof(Color), 5, "G"));
        Try("Format long", () => Enum.Format(typeof(Color), 1L, "G"));
        Try("Format Perm as Color", () => Enum.Format(typeof(Color), Perm.Read, "G"));
        Try("Format bad", () => Enum.Format(typeof(Color), Color.Green, "Q"));
        Try("Format null value", () => Enum.Format(typeof(Color), null, "G"));
        Try("Format null format", () => Enum.Format(typeof(Color), 1, null));
        // unsigned underlying types print and compare as unsigned numbers
        Console.WriteLine((Perm)200 + " " + ((Perm)200).GetHashCode() + " " + (Wide)0x80000001 + " " + (Huge)0x8000000000000000 + " " + Huge.Top.ToString("D"));
        Console.WriteLine(Wide.B.CompareTo(Wide.A) + " " + Huge.Top.CompareTo(Huge.One) + " " + ((Perm)200).CompareTo(Perm.Read));
        foreach (Huge h in Enum.GetValues(typeof(Huge))) Console.Write(h + " ");
        Console.WriteLine();
        Console.WriteLine(Color.Green.CompareTo(Color.Blue) + " " + Color.Green.Equals(Color.Green) + " " + Color.Green.Equals(5));
    }

    static void Main()
    {
        Values();
        Names();
        Parsing();
        Formats();
    }
}
