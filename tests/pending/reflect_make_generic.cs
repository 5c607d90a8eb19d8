// MakeGenericType then Activator.CreateInstance, and MakeGenericMethod then Invoke. These
// pass under --jit and --run (R2R), whose loader instantiates at run time; an AOT executable
// has no constructor table for List<int> nor any code for Id<int> made by reflection, and
// says so (NotSupportedException), so this waits here for AOT.
using System;
using System.Collections.Generic;
using System.Reflection;

class Box<T> { public T Value; public override string ToString() { return "Box(" + Value + ")"; } }
struct Cell<T> { public T x; }

class P
{
    public static T Id<T>(T x) { return x; }
    public static string Two<A, B>(A a, B b) { return typeof(A).Name + "/" + typeof(B).Name + ":" + a + "," + b; }
    public T Inst<T>(T x) { return x; }

    static void Main()
    {
        var list = (List<int>)Activator.CreateInstance(typeof(List<>).MakeGenericType(typeof(int)));
        list.Add(3);
        Console.WriteLine(list.Count);
        Console.WriteLine(Activator.CreateInstance(typeof(Box<>).MakeGenericType(typeof(double))));
        Console.WriteLine(Activator.CreateInstance(typeof(Cell<>).MakeGenericType(typeof(long))).GetType());
        MethodInfo id = typeof(P).GetMethod("Id").MakeGenericMethod(typeof(int));
        Console.WriteLine(id + " " + id.IsGenericMethod + " " + id.IsGenericMethodDefinition);
        Console.WriteLine(id.Invoke(null, new object[] { 42 }));
        Console.WriteLine(id.GetGenericArguments()[0] + " " + (id.GetGenericMethodDefinition() == typeof(P).GetMethod("Id")));
        Console.WriteLine(typeof(P).GetMethod("Two").MakeGenericMethod(typeof(string), typeof(double)).Invoke(null, new object[] { "a", 1.5 }));
        Console.WriteLine(typeof(P).GetMethod("Inst").MakeGenericMethod(typeof(string)).Invoke(new P(), new object[] { "hi" }));
    }
}
