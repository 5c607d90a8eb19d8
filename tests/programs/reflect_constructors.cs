// Constructors by reflection: Type.GetConstructors/GetConstructor, ConstructorInfo.Invoke,
// Activator.CreateInstance with and without arguments (classes, structs, a class made only
// that way, a Nullable parameter given a boxed value or null), and the exceptions .NET
// gives for a missing or throwing constructor.
using System;
using System.Reflection;

class Plugin
{
    public string Name;
    public Plugin() { Name = "default"; }
    public Plugin(string name) { Name = name; }
    public Plugin(string name, int copies) { Name = name + "*" + copies; }
    protected Plugin(double secret) { Name = "secret " + secret; }
    public virtual string Describe() { return "Plugin " + Name; }
}

class Special : Plugin
{
    public Special() : base("special") { }
    public override string Describe() { return "Special " + Name; }
}

class OnlyByReflection
{
    public override string ToString() { return "made by Activator"; }
}

class Fussy
{
    public Fussy(int n) { if (n < 0) throw new ArgumentException("negative"); }
}

abstract class Shape { }

class Maybe
{
    public string S;
    public Maybe(int? v) { S = "Maybe(" + (v.HasValue ? v.Value.ToString() : "null") + ")"; }
}

struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Program
{
    static void Main()
    {
        ConstructorInfo[] cs = typeof(Plugin).GetConstructors();
        Console.WriteLine(cs.Length);
        foreach (ConstructorInfo c in cs)
            Console.WriteLine(c + " " + c.MemberType + " " + c.IsConstructor + " " + c.GetParameters().Length);
        Console.WriteLine(typeof(Plugin).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Length);
        Plugin p = (Plugin)typeof(Plugin).GetConstructor(new Type[] { typeof(string), typeof(int) }).Invoke(new object[] { "x", 3 });
        Console.WriteLine(p.Describe());
        Console.WriteLine(((Plugin)Activator.CreateInstance(typeof(Plugin))).Describe());
        Console.WriteLine(((Plugin)Activator.CreateInstance(typeof(Plugin), "named")).Describe());
        Console.WriteLine(((Plugin)Activator.CreateInstance(typeof(Special))).Describe());
        Console.WriteLine(Activator.CreateInstance(typeof(OnlyByReflection)));
        Console.WriteLine(Activator.CreateInstance(typeof(Vec)));
        Console.WriteLine(Activator.CreateInstance(typeof(Vec), 3, 4));
        Console.WriteLine(typeof(Vec).GetConstructor(new Type[] { typeof(int), typeof(int) }).Invoke(new object[] { 5, 6 }));
        Console.WriteLine(typeof(Plugin).GetConstructor(new Type[] { typeof(long) }) == null);
        Console.WriteLine(((Maybe)Activator.CreateInstance(typeof(Maybe), 5)).S + " " +
                          ((Maybe)Activator.CreateInstance(typeof(Maybe), new object[] { null })).S);
        try { Activator.CreateInstance(typeof(Fussy)); }
        catch (MissingMethodException e) { Console.WriteLine("MissingMethodException"); }
        try { Activator.CreateInstance(typeof(Fussy), -1); }
        catch (TargetInvocationException e) { Console.WriteLine("wrapped: " + e.InnerException.Message); }
        try { Activator.CreateInstance(typeof(Shape)); }
        catch (MissingMethodException e) { Console.WriteLine("abstract: MissingMethodException"); }
        try { typeof(Plugin).GetConstructor(new Type[] { typeof(string) }).Invoke(new object[] { 1 }); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
    }
}
