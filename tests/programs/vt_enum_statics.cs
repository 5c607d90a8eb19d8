// Enum's static helpers: GetName, GetNames, IsDefined, Parse (names, flag lists, numbers,
// ignoring case), ToObject, and their errors.
using System;

enum Color { Red = 1, Green = 2, Blue = 4 }
enum Level : byte { Low = 1, High = 200 }
enum Signed : long { Minus = -5, Zero = 0, Big = 1L << 40 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }

class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Console.WriteLine(Enum.GetName(typeof(Color), 4) + " " + Enum.GetName(typeof(Color), Color.Green));
        Console.WriteLine(Enum.GetName(typeof(Color), 3) == null);
        Console.WriteLine(Enum.GetName(typeof(Perm), 3) == null);
        Console.WriteLine(Enum.GetName(typeof(Level), (byte)200) + " " + Enum.GetName(typeof(Signed), -5L));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Signed))));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Level))));
        Console.WriteLine(Enum.IsDefined(typeof(Color), 2) + " " + Enum.IsDefined(typeof(Color), 5) + " " +
                          Enum.IsDefined(typeof(Color), "Blue") + " " + Enum.IsDefined(typeof(Color), "blue"));
        Color c = (Color)Enum.Parse(typeof(Color), "Blue");
        Console.WriteLine(c + " " + (int)c);
        Console.WriteLine(Enum.Parse(typeof(Color), "green", true));
        Console.WriteLine(Enum.Parse(typeof(Perm), "Read, Exec"));
        Console.WriteLine((int)(Perm)Enum.Parse(typeof(Perm), " Write ,Read"));
        Console.WriteLine(Enum.Parse(typeof(Color), "2") + " " + Enum.Parse(typeof(Color), "7"));
        Console.WriteLine(Enum.Parse(typeof(Signed), "Big") + " " + (long)(Signed)Enum.Parse(typeof(Signed), "Minus"));
        Console.WriteLine(Enum.Parse(typeof(Level), "High").GetType().Name);
        Console.WriteLine(Enum.ToObject(typeof(Color), 1) + " " + Enum.ToObject(typeof(Perm), 6));
        Try("parse unknown", () => Enum.Parse(typeof(Color), "Purple"));
        Try("parse wrong case", () => Enum.Parse(typeof(Color), "red"));
        Try("parse empty", () => Enum.Parse(typeof(Color), " "));
        Try("parse null", () => Enum.Parse(typeof(Color), null));
        Try("not an enum", () => Enum.GetNames(typeof(int)).Length);
        Try("null type", () => Enum.GetName(null, 1));
        Try("null value", () => Enum.GetName(typeof(Color), null));
        Try("bad value", () => Enum.GetName(typeof(Color), "Red"));
        foreach (string name in Enum.GetNames(typeof(Perm)))
        {
            Perm p = (Perm)Enum.Parse(typeof(Perm), name);
            Console.Write(name + "=" + (int)p + " ");
        }
        Console.WriteLine();
    }
}
