// Enums used as integers: explicit values, flags combined with bitwise ops, casts to and from int,
// comparisons, switch on an enum, enums as array indices and fields. (No Enum.ToString.)
using System;

enum Color { Red, Green, Blue }
enum Status { Ok = 200, NotFound = 404, Error = 500 }
enum Flags { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }
enum Small : byte { A = 1, B = 200 }
enum Big : long { Huge = 1L << 40, Neg = -1 }

class Pixel
{
    public Color C;
    public Pixel(Color c) { C = c; }
}

class Enums
{
    static string Name(Color c)
    {
        switch (c)
        {
            case Color.Red: return "red";
            case Color.Green: return "green";
            case Color.Blue: return "blue";
            default: return "color#" + (int)c;
        }
    }

    static string Perms(Flags f)
    {
        return ((f & Flags.Read) != 0 ? "r" : "-") + ((f & Flags.Write) != 0 ? "w" : "-") + ((f & Flags.Exec) != 0 ? "x" : "-");
    }

    static void Main()
    {
        for (Color c = Color.Red; c <= Color.Blue; c++) Console.Write(Name(c) + "=" + (int)c + " ");
        Console.WriteLine(Name((Color)7));
        Console.WriteLine((int)Status.Ok + " " + (int)Status.NotFound + " " + (int)Status.Error + " " + (Status.Ok < Status.Error));
        Status s = (Status)404;
        Console.WriteLine((s == Status.NotFound) + " " + (int)(s + 96));
        Flags f = Flags.Read | Flags.Exec;
        Console.WriteLine(Perms(f) + " " + Perms(Flags.All) + " " + Perms(Flags.None) + " " + (int)f + " " + (int)(Flags.All & ~Flags.Write));
        f |= Flags.Write;
        f ^= Flags.Read;
        Console.WriteLine(Perms(f) + " " + ((f & Flags.Write) == Flags.Write));
        Console.WriteLine((byte)Small.B + " " + (int)Small.A + " " + (long)Big.Huge + " " + (long)Big.Neg);
        int[] histogram = new int[3];
        Pixel[] pixels = new Pixel[10];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = new Pixel((Color)(i * i % 3));
        foreach (Pixel p in pixels) histogram[(int)p.C]++;
        Console.WriteLine(histogram[(int)Color.Red] + " " + histogram[(int)Color.Green] + " " + histogram[(int)Color.Blue]);
        Color def = new Pixel(default(Color)).C;
        Console.WriteLine((int)def + " " + (def == Color.Red));
        Color next = (Color)(((int)Color.Blue + 1) % 3);
        Console.WriteLine(Name(next));
    }
}
