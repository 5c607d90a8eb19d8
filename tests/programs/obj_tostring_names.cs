// Object.ToString() (and ValueType's) is GetType().ToString(): nested types are spelled
// Outer+Inner and generic instances List`1[System.Int32], whether the value is a class, a
// boxed struct, a struct called directly or through a constrained call in generic code.
// (Not a generic struct: Mono's ValueType.ToString prints its FullName, .NET its ToString.)
using System;
using System.Collections.Generic;

namespace Zoo
{
    class Keeper
    {
        public class Badge { }
        public struct Shift { public int Hours; }
        public class Pair<A, B> { }
    }
}

class Outer
{
    public class Inner { }
    public struct Point { public int X; }
    public enum Mood { Calm }
}

class Gen<T>
{
    public string Describe(T value) { return value.ToString(); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Outer.Inner().ToString());
        Console.WriteLine(new Outer.Point().ToString());
        object boxed = new Outer.Point();
        Console.WriteLine(boxed.ToString());
        Console.WriteLine(new Gen<Outer.Point>().Describe(new Outer.Point()));
        Console.WriteLine(new Gen<Outer.Inner>().Describe(new Outer.Inner()));
        Console.WriteLine(Outer.Mood.Calm.ToString());
        Console.WriteLine(new Zoo.Keeper.Badge());
        Console.WriteLine(new Zoo.Keeper.Shift());
        Console.WriteLine(new Zoo.Keeper.Pair<int, string>());
        Console.WriteLine(new Gen<int>());
        Console.WriteLine(new Gen<Outer.Point>().ToString());
        Console.WriteLine(new object());
        Console.WriteLine(new KeyValuePair<string, int>("k", 1).GetType().ToString());
        Exception e = new Exception();
        Console.WriteLine(e.Message);
    }
}
