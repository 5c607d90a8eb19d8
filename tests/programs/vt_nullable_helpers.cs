// System.Nullable's static helpers (Compare, Equals, GetUnderlyingType), unbox.any to a
// Nullable<T> (only a boxed T or null will do: not an enum's underlying type), and
// StringBuilder.AppendJoin over an IEnumerable<T>. (Mono also lets a Nullable<short> take a
// boxed enum of underlying type short; CoreCLR refuses, as ilc does, so that is not shown.)
using System;
using System.Collections.Generic;
using System.Text;

enum Level : short
{
    Low = 1,
    High = 2
}

struct Point
{
    public int X, Y;
}

class Program
{
    static T Unbox<T>(object o)
    {
        return (T)o;
    }

    static string Try<T>(object o)
    {
        try
        {
            T v = Unbox<T>(o);
            return v == null ? "null" : v.ToString();
        }
        catch (InvalidCastException)
        {
            return "InvalidCastException";
        }
        catch (NullReferenceException)
        {
            return "NullReferenceException";
        }
    }

    static int Main()
    {
        int? none = null, one = 1, two = 2;
        Console.WriteLine("Compare: {0} {1} {2} {3} {4}", Nullable.Compare(none, one), Nullable.Compare(one, none),
                          Nullable.Compare(none, none), Nullable.Compare(one, two), Nullable.Compare(two, two));
        Console.WriteLine("Equals: {0} {1} {2} {3}", Nullable.Equals(none, none), Nullable.Equals(none, one),
                          Nullable.Equals(one, 1), Nullable.Equals<double>(0.5, 0.25));
        Level? lv = Level.High;
        Console.WriteLine("enum: {0} {1}", Nullable.Compare(lv, Level.Low), Nullable.Equals(lv, Level.High));
        Type[] types = { typeof(int?), typeof(Level?), typeof(Point?), typeof(int), typeof(string),
                         typeof(Nullable<>), typeof(List<int?>) };
        foreach (Type t in types)
        {
            Type u = Nullable.GetUnderlyingType(t);
            Console.WriteLine("GetUnderlyingType({0}) = {1}", t.Name, u == null ? "null" : u.Name);
        }
        try
        {
            Nullable.GetUnderlyingType(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: {0}", e.ParamName);
        }

        Console.WriteLine("int? from int: {0}", Try<int?>(5));
        Console.WriteLine("int? from null: {0}", Try<int?>(null));
        Console.WriteLine("int? from long: {0}", Try<int?>(5L));
        Console.WriteLine("int? from Level: {0}", Try<int?>(Level.Low));
        Console.WriteLine("Level? from short: {0}", Try<Level?>((short)2));
        Console.WriteLine("Level? from Level: {0}", Try<Level?>(Level.High));
        Console.WriteLine("Point? from Point: {0}", Try<Point?>(new Point()));
        Console.WriteLine("Point? from string: {0}", Try<Point?>("p"));
        // Unboxing to the value type itself still accepts the enum/underlying pairing.
        Console.WriteLine("short from Level: {0}", Try<short>(Level.High));
        Console.WriteLine("Level from short: {0}", Try<Level>((short)1));
        Console.WriteLine("int from null: {0}", Try<int>(null));
        object boxed = (short)1;
        try
        {
            Level? direct = (Level?)boxed;
            Console.WriteLine("direct: {0}", direct);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("direct: InvalidCastException");
        }

        StringBuilder sb = new StringBuilder("[");
        sb.AppendJoin(", ", new List<int> { 1, 2, 3 }).Append("] [");
        sb.AppendJoin('|', new HashSet<string> { "a" }).Append("] [");
        sb.AppendJoin("-", new int?[] { 4, null, 6 }).Append("] [");
        sb.AppendJoin(";", new List<Point>()).Append("]");
        Console.WriteLine(sb);
        try
        {
            new StringBuilder().AppendJoin<int>(",", null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("AppendJoin(null): {0}", e.ParamName);
        }
        try
        {
            new StringBuilder("abc").Remove(1, 5);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Remove: {0}", e.ParamName);
        }
        return 0;
    }
}
