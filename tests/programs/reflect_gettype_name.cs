// Type.GetType(string): program and corlib types, nested types (Outer+Inner), generic
// definitions and instances, arrays, assembly-qualified names, case, and Mono's messages.
using System;
using System.Collections.Generic;
using System.Reflection;

namespace Shapes
{
    public class Outer
    {
        public class Inner { public class Deep { } }
        public struct Point { public int X; }
    }
    public enum Color { Red, Green }
    public class Box<T> { public T Value; }
}

class Plain { }

class Program
{
    // Under AOT, Type.GetType finds the generic instances and arrays the code makes.
    static object[] made = { new Shapes.Box<string>(), new Shapes.Outer[0], new List<Program>(), new int[0, 0] };

    static void Try(string n)
    {
        try { Type t = Type.GetType(n, true); Console.WriteLine(n + " -> " + t); }
        catch (Exception e) { Console.WriteLine(n + " -> " + e.GetType().Name + ": " + e.Message); }
        Type u = Type.GetType(n);
        Console.WriteLine(n + " -> " + (u == null ? "null" : u.ToString()));
    }

    static void Show(string name)
    {
        Type t = Type.GetType(name);
        Console.WriteLine("{0} -> {1}", name, t == null ? "null" : t.FullName);
    }

    static void Main()
    {
        Show("System.Int32");
        Show("System.String");
        Show("System.Object");
        Show("Plain");
        Show("Shapes.Outer");
        Show("Shapes.Outer+Inner");
        Show("Shapes.Outer+Inner+Deep");
        Show("Shapes.Outer+Point");
        Show("Shapes.Color");
        Show("Shapes.Box`1");
        Show("System.Collections.Generic.List`1");
        Show("System.Collections.Generic.List`1[System.Int32]");
        Show("System.Collections.Generic.Dictionary`2[System.String,System.Int32]");
        Show("Shapes.Box`1[[System.String, mscorlib]]");
        Show("System.Int32[]");
        Show("Shapes.Outer[]");
        Show("System.Int32, mscorlib");
        Show("Shapes.Outer, reflect_gettype_name");
        Show("System.Int32, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Show("System.NoSuchType");
        Show("Shapes.Outer+Missing");
        Show("Inner");
        Show("Shapes.outer");
        
        Show("");
        Console.WriteLine(Type.GetType("Shapes.Outer") == typeof(Shapes.Outer));
        Console.WriteLine(Type.GetType("System.Collections.Generic.List`1[System.Int32]") == typeof(List<int>));
        Console.WriteLine(Type.GetType("shapes.outer", false, true));
        Console.WriteLine(Type.GetType("Shapes.Color").IsEnum);
        try { Type.GetType("Shapes.Nope", true); } catch (TypeLoadException e) { Console.WriteLine("TypeLoadException: " + e.Message); }
        try { Type.GetType("System.Nope", true); } catch (TypeLoadException e) { Console.WriteLine("TypeLoadException: " + e.Message); }
        try { Type.GetType(null); } catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException: " + e.ParamName); }
        Console.WriteLine(Type.GetType("Foo, NoSuchAssembly") == null);
        object o = Activator.CreateInstance(Type.GetType("Shapes.Outer+Inner"));
        Console.WriteLine(o.GetType());
        Try("System.Nope, mscorlib");
        Try("System.Collections.Generic.List`1[Nope]");
        Try("System.Collections.Generic.List`1[System.Int32,System.Int32]");
        Try("System.Int32[,]");
        Try("System.Int32&");
        Try(" System.Int32");
        Try("System.Int32 ");
        Try("System.Collections.Generic.Dictionary`2[[System.String, mscorlib],[System.Int32, mscorlib]]");
        Try("System.Collections.Generic.List`1[[Program, reflect_gettype_name]]");
        Try("System.Collections.Generic.List`1[Program]");
        Try("System.Int32, System.Runtime");
        Try("Shapes.Outer, mscorlib");
        Try("Shapes.Outer, reflect_gettype_name, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null");
    }
}
