// Enums with explicit values, underlying types, flags combined with |, & and ~, enum
// arithmetic and comparisons, ToString of simple enums (names; unnamed values print numbers),
// switch on an enum, casts to and from int.
using System;

enum Level { Low = 1, Medium = 5, High = 10 }
enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
enum Small : byte { A = 1, B = 200 }
enum Big : long { Huge = 1L << 40 }
enum Signed : sbyte { Neg = -3, Pos = 3 }

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }

class Program
{
    static string Describe(Day d)
    {
        switch (d)
        {
            case Day.Sat:
            case Day.Sun: return "weekend";
            case Day.Fri: return "almost";
            default: return "work";
        }
    }

    static void Main()
    {
        Level l = Level.Medium;
        Console.WriteLine(l + " = " + (int)l);
        Console.WriteLine(Level.High.ToString() + " " + Level.Low);
        Console.WriteLine("Medium < High: " + (l < Level.High) + ", Medium == 5: " + ((int)l == 5));

        Day d = Day.Mon;
        for (int i = 0; i < 7; i++, d++)
            Console.WriteLine((int)d + " " + d + " " + Describe(d));
        Console.WriteLine("past Sun: " + d);               // 7 has no name
        Console.WriteLine("Sun - Wed = " + (Day.Sun - Day.Wed));
        Console.WriteLine("Wed + 2 = " + (Day.Wed + 2));
        Day fromInt = (Day)4;
        Console.WriteLine("(Day)4 = " + fromInt);

        Perm p = Perm.Read | Perm.Write;
        Console.WriteLine("Read|Write as int = " + (int)p);
        Console.WriteLine("has Write: " + ((p & Perm.Write) != 0) + ", has Exec: " + ((p & Perm.Exec) == Perm.Exec));
        p |= Perm.Exec;
        Console.WriteLine("p == All: " + (p == Perm.All) + " (" + (int)p + ")");
        p &= ~Perm.Read;
        Console.WriteLine("without Read = " + (int)p);
        Console.WriteLine("p ^ All = " + (int)(p ^ Perm.All));
        Console.WriteLine("None = " + Perm.None + ", Exec = " + Perm.Exec + ", All = " + Perm.All);

        Small s = Small.B;
        Console.WriteLine("Small.B = " + (byte)s + " " + s);
        Console.WriteLine("Big.Huge = " + (long)Big.Huge);
        Console.WriteLine("Signed.Neg = " + (int)Signed.Neg + " " + Signed.Neg);

        Level[] levels = { Level.High, Level.Low, Level.Medium };
        Array.Sort(levels);
        foreach (Level x in levels) Console.Write(x + " ");
        Console.WriteLine();

        Console.WriteLine("default(Day) = " + default(Day) + ", default(Level) as int = " + (int)default(Level));
        Console.WriteLine("Equals: " + Level.Low.Equals(Level.Low) + " " + Level.Low.Equals(Level.High));
        Console.WriteLine("CompareTo: " + Level.Low.CompareTo(Level.High));
    }
}
