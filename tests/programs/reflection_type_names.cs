// Type.Name, FullName, Namespace and ToString() of arrays, nested types, generic instances
// (FullName assembly-qualifies their arguments, ToString does not), nests of generics, open
// definitions and multidimensional arrays, and of GetType() on instances.
using System;
using System.Collections.Generic;

namespace My.Space
{
    public class Box<T>
    {
        public class Inner<U> { }
    }

    public struct Pair<A, B> { }
}

class Outer
{
    public class Inner { }

    public class Gen<T> { }
}

class ReflectionTypeNames
{
    static void Main()
    {
        Type[] types = {
            typeof(int[]), typeof(Outer.Inner), typeof(List<int>), typeof(List<string>),
            typeof(Outer.Gen<int>), typeof(int[,]), typeof(List<>), typeof(KeyValuePair<int, string>),
            typeof(string[][]), typeof(List<int>[]), typeof(List<List<string>>),
            typeof(My.Space.Box<int>.Inner<string>), typeof(My.Space.Pair<My.Space.Box<int>, int[]>),
            typeof(Dictionary<,>), typeof(int[,,]), typeof(KeyValuePair<string, List<int>>[])
        };
        foreach (Type t in types)
            Console.WriteLine(t.Name + " | " + t.FullName + " | " + t.Namespace + " | " + t);
        Console.WriteLine(new List<int>().GetType() + " " + new Outer.Inner().GetType());
        Console.WriteLine(new My.Space.Pair<int, string>().GetType());
        object boxed = new KeyValuePair<int, int>(1, 2);
        Console.WriteLine(boxed.GetType().FullName == typeof(KeyValuePair<int, int>).FullName);
    }
}
