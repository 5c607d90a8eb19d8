// TypedReference: __makeref (mkrefany) of locals, fields, array elements and a generic T;
// __refvalue (refanyval) reading and writing through it, and throwing InvalidCastException
// for the wrong type; __reftype (refanytype) and TypedReference.GetTargetType, including
// the null type of a default TypedReference.
using System;

struct Point
{
    public int X, Y;
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Box
{
    public long Field = 7;
}

class TypedRefBasic
{
    static void Twice(TypedReference tr)
    {
        if (__reftype(tr) == typeof(int))
            __refvalue(tr, int) *= 2;
        else if (__reftype(tr) == typeof(string))
            __refvalue(tr, string) += __refvalue(tr, string);
        else if (__reftype(tr) == typeof(Point))
            __refvalue(tr, Point).X *= 2;
        else
            Console.WriteLine("other: " + __reftype(tr).Name);
    }

    static string Describe<T>(T value)
    {
        TypedReference tr = __makeref(value);
        return __reftype(tr).Name + "=" + __refvalue(tr, T);
    }

    static void Main()
    {
        int i = 21;
        string s = "ab";
        Point p = new Point { X = 3, Y = 4 };
        Twice(__makeref(i));
        Twice(__makeref(s));
        Twice(__makeref(p));
        Console.WriteLine(i + " " + s + " " + p);

        int[] arr = { 1, 2, 3 };
        TypedReference e = __makeref(arr[1]);
        __refvalue(e, int) = 20;
        Console.WriteLine(arr[0] + arr[1] + arr[2]);

        Box b = new Box();
        TypedReference f = __makeref(b.Field);
        __refvalue(f, long) += 100;
        Console.WriteLine(b.Field + " " + __reftype(f));

        double d = 1.5;
        Twice(__makeref(d));
        Console.WriteLine(d);
        Console.WriteLine(Describe(42) + " " + Describe("x") + " " + Describe(p));

        try
        {
            TypedReference w = __makeref(i);
            long bad = __refvalue(w, long);
            Console.WriteLine("no exception " + bad);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("InvalidCastException");
        }

        TypedReference none = default(TypedReference);
        Console.WriteLine(__reftype(none) == null);
        Console.WriteLine(TypedReference.GetTargetType(__makeref(p)) == typeof(Point));
        Console.WriteLine(TypedReference.GetTargetType(none) == null);
    }
}
