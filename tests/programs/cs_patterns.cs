// Type tests and casts: `is` on classes, interfaces, boxed values and null, `as` with null
// checks, `is` type patterns with a variable (C# 7), and switch on object type via is-chains.
using System;

interface IShape { double Area(); }
class Circle : IShape { public double R; public double Area() { return 3 * R * R; } }
class Rect : IShape { public double W, H; public double Area() { return W * H; } }
class Square : Rect { }
class Program
{
    static string Describe(object o)
    {
        if (o == null) return "null";
        if (o is int) return "int " + (int)o;
        if (o is string) return "string of length " + ((string)o).Length;
        if (o is Square) return "square";
        if (o is Rect) return "rect " + ((Rect)o).W + "x" + ((Rect)o).H;
        if (o is IShape) return "shape with area " + ((IShape)o).Area();
        if (o is int[]) return "int array of " + ((int[])o).Length;
        if (o is Enum) return "enum " + o;
        if (o is ValueType) return "value " + o.GetType().Name;
        return "object " + o.GetType().Name;
    }

    static string WithPattern(object o)
    {
        if (o is int i && i > 10) return "big int " + i;
        if (o is int j) return "small int " + j;
        if (o is string s) return "string '" + s + "'";
        if (o is IShape sh) return "shape " + sh.Area();
        return "other";
    }

    static double AreaOrZero(object o)
    {
        IShape s = o as IShape;
        return s == null ? 0 : s.Area();
    }

    static void Main()
    {
        object[] things = { 5, "hello", new Square { W = 2, H = 2 }, new Rect { W = 2, H = 3 }, new Circle { R = 1 }, new int[3], ConsoleColor.Red, 2.5, 'x', new object(), null };
        foreach (object o in things) Console.WriteLine(Describe(o));

        foreach (object o in new object[] { 3, 30, "s", new Circle { R = 2 }, 1.0 }) Console.WriteLine(WithPattern(o));

        Console.WriteLine("areas: " + AreaOrZero(new Rect { W = 1, H = 5 }) + " " + AreaOrZero("no") + " " + AreaOrZero(null));

        Rect r = new Square();
        Square sq = r as Square;
        Circle c = (object)r as Circle;
        Console.WriteLine("r as Square != null: " + (sq != null) + ", as Circle == null: " + (c == null));
        Console.WriteLine("null is object: " + ((object)null is object));
        string nul = null;
        Console.WriteLine("string-typed null is string: " + (nul is string));
        object boxedLong = 5L;
        Console.WriteLine("5L is int: " + (boxedLong is int) + ", is long: " + (boxedLong is long) + ", is IComparable: " + (boxedLong is IComparable));
        int? ni = 4;
        object bni = ni;
        Console.WriteLine("boxed int? is int: " + (bni is int) + ", is int?: " + (bni is int?));
    }
}
