// default(T) for value, reference and struct type arguments; typeof(T).Name, typeof of
// closed generic types, GetType() of generic instances, and `is T` / `as T` in generic code.
using System;
using System.Collections.Generic;

struct Pt { public int X; }
class Ref { }

static class Info
{
    public static string Default<T>()
    {
        T d = default(T);
        return typeof(T).Name + " default=" + (d == null ? "null" : d.ToString());
    }
    public static string Name<T>() { return typeof(T).Name; }
    public static string Check<T>(object o) { return (o is T) ? "is " + typeof(T).Name : "not " + typeof(T).Name; }
    public static T AsOrDefault<T>(object o) where T : class { return o as T; }
    public static bool IsDefault<T>(T v) { return EqualityComparer<T>.Default.Equals(v, default(T)); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(Info.Default<int>());
        Console.WriteLine(Info.Default<double>());
        Console.WriteLine(Info.Default<bool>());
        Console.WriteLine(Info.Default<char>() .Length);
        Console.WriteLine(Info.Default<string>());
        Console.WriteLine(Info.Default<Ref>());
        Console.WriteLine(Info.Default<long>());

        Console.WriteLine(Info.Name<Pt>() + " " + Info.Name<List<int>>() + " " + Info.Name<int[]>() + " " + Info.Name<Dictionary<string, Pt>>());
        Console.WriteLine(typeof(int).Name + " " + typeof(string).Name + " " + typeof(Program).Name + " " + typeof(List<>).Name);
        Console.WriteLine(new List<string>().GetType().Name + " " + new Dictionary<int, int>().GetType().Name);

        object o = "text";
        Console.WriteLine(Info.Check<string>(o) + ", " + Info.Check<int>(o) + ", " + Info.Check<object>(o) + ", " + Info.Check<IComparable<string>>(o));
        object b = 5;
        Console.WriteLine(Info.Check<int>(b) + ", " + Info.Check<long>(b) + ", " + Info.Check<ValueType>(b));
        Console.WriteLine("AsOrDefault: " + (Info.AsOrDefault<string>(o) ?? "null") + " " + (Info.AsOrDefault<Ref>(o) == null));

        Console.WriteLine("IsDefault: " + Info.IsDefault(0) + " " + Info.IsDefault(3) + " " + Info.IsDefault<string>(null) + " " + Info.IsDefault("") + " " + Info.IsDefault(new Pt()) + " " + Info.IsDefault(new Pt { X = 1 }));

        Console.WriteLine("typeof equality: " + (typeof(List<int>) == new List<int>().GetType()) + " " + (typeof(List<int>) == typeof(List<long>)));
    }
}
