// System.Reflection.TypeInfo through IntrospectionExtensions.GetTypeInfo (AsType,
// GetDeclaredMethod, GetDeclaredMethods, DeclaredMethods) and CustomAttributeExtensions
// (GetCustomAttribute, GetCustomAttribute<T>, GetCustomAttributes<T>, IsDefined) on methods,
// which ilc's corlib lacked (TypeLoadException). (A type's own attributes:
// reflect_type_attributes.cs.)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class TagAttribute : Attribute
{
    public string Name;
    public TagAttribute(string name) { Name = name; }
}

[AttributeUsage(AttributeTargets.All)]
class MarkAttribute : Attribute
{
    public int Value;
    public MarkAttribute(int value) { Value = value; }
}

class Base
{
    public virtual void Run() { }
}

class Derived : Base
{
    [Mark(3)]
    public override void Run() { }

    [Tag("only"), Tag("other")]
    static int Helper(int x) { return x; }

    public void Overload(int x) { }
    public void Overload(string s) { }
}

class ReflectTypeInfo
{
    static void Main()
    {
        TypeInfo ti = typeof(Derived).GetTypeInfo();
        Console.WriteLine(ti.Name + " " + (ti.AsType() == typeof(Derived)) + " " + (ti is Type));
        Console.WriteLine(ti.GetDeclaredMethod("Helper") != null);
        Console.WriteLine(ti.GetDeclaredMethod("Missing") == null);
        Console.WriteLine(ti.GetDeclaredMethods("Overload").Count());
        Console.WriteLine(string.Join(",", ti.DeclaredMethods.Select(m => m.Name).OrderBy(n => n)));
        try
        {
            ti.GetDeclaredMethod("Overload");
        }
        catch (AmbiguousMatchException)
        {
            Console.WriteLine("AmbiguousMatchException");
        }

        MethodInfo run = ti.GetDeclaredMethod("Run");
        Console.WriteLine(run.GetCustomAttribute<MarkAttribute>().Value);
        Console.WriteLine(run.GetCustomAttribute<TagAttribute>() == null);
        MethodInfo helper = ti.GetDeclaredMethod("Helper");
        try
        {
            helper.GetCustomAttribute(typeof(TagAttribute));
        }
        catch (AmbiguousMatchException)
        {
            Console.WriteLine("two Tags: AmbiguousMatchException");
        }
        Console.WriteLine(((MarkAttribute)run.GetCustomAttribute(typeof(MarkAttribute))).Value);
        Console.WriteLine(helper.IsDefined(typeof(TagAttribute)) + " " + helper.IsDefined(typeof(MarkAttribute)));
        Console.WriteLine(string.Join(",", helper.GetCustomAttributes<TagAttribute>().Select(t => t.Name)));
        Console.WriteLine(run.GetCustomAttributes<TagAttribute>().Count());
        Console.WriteLine(typeof(int).GetTypeInfo().IsValueType + " " + typeof(string).GetTypeInfo().FullName);
    }
}
