// There is one Type object per type, as on .NET: typeof, GetType() and
// Type.GetTypeFromHandle give the same object, so comparing them by reference works (IL's
// beq on two Types, object.ReferenceEquals, a Type as a reference-keyed cache entry).
using System;
using System.Collections.Generic;

struct Point { public int X; }
class Node<T> { public T Value; }

static class Program
{
    static bool Same(Type a, Type b) { return object.ReferenceEquals(a, b); }

    static void Main()
    {
        object[] values = { (byte)1, (sbyte)1, (short)1, (ushort)1, 1, 1u, 1L, 1UL, 1.0f, 1.0,
                            'c', true, "s", new object(), new int[1], new string[1], new Point(),
                            new Node<int>(), new Node<string>(), new List<Point>(), (IntPtr)1 };
        Type[] tokens = { typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int),
                          typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double),
                          typeof(char), typeof(bool), typeof(string), typeof(object), typeof(int[]),
                          typeof(string[]), typeof(Point), typeof(Node<int>), typeof(Node<string>),
                          typeof(List<Point>), typeof(IntPtr) };
        for (int i = 0; i < values.Length; i++)
            Console.WriteLine("{0}: {1} {2}", tokens[i].Name, Same(values[i].GetType(), tokens[i]),
                              Same(values[i].GetType(), values[i].GetType()));

        var seen = new List<Type>();
        foreach (object v in values) seen.Add(v.GetType());
        for (int round = 0; round < 3; round++)
            foreach (object v in values)
                if (!seen.Contains(v.GetType()) || seen.IndexOf(v.GetType()) != Array.IndexOf(values, v))
                    Console.WriteLine("lost identity of " + v.GetType().Name);

        Console.WriteLine(Same(typeof(Node<int>).BaseType, typeof(object)));
        Console.WriteLine(Same(typeof(int).BaseType, typeof(ValueType)));
        Console.WriteLine(Same(typeof(Node<int>), typeof(Node<string>)));
    }
}
