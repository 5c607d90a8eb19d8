// Custom attributes of types: GetCustomAttributes(bool), GetCustomAttributes(Type, bool),
// IsDefined, Attribute.GetCustomAttribute(s)/IsDefined; constructor arguments of every kind
// (numbers, char, bool, string, enum, params array) and named properties (an enum one
// included); inherit follows base types for attributes whose AttributeUsage is Inherited.
using System;
using System.Reflection;

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class TagAttribute : Attribute
{
    public string Name;
    public int Level { get; set; }
    public TagAttribute(string name) { Name = name; }
    public override string ToString() { return "Tag(" + Name + "," + Level + ")"; }
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
class LocalAttribute : Attribute
{
    public int[] Values;
    public LocalAttribute(params int[] v) { Values = v; }
}

class InfoAttribute : Attribute
{
    public InfoAttribute(int n, double d, char c, bool b, Color col, long l, byte u)
    {
        N = n; D = d; C = c; B = b; Col = col; L = l; U = u;
    }
    public int N; public double D; public char C; public bool B; public Color Col; public long L; public byte U;
    public string Note { get; set; }
    public Color Shade { get; set; }
    public string[] Words { get; set; }
}

class DerivedInfoAttribute : InfoAttribute
{
    public DerivedInfoAttribute() : base(0, 0, ' ', false, Color.Red, 0, 0) { }
}

enum Color { Red, Green, Blue }

[Tag("base", Level = 1)]
[Local(1, 2, 3)]
[Info(7, 2.5, 'x', true, Color.Blue, -9000000000, 255, Note = "hello", Shade = Color.Green, Words = new[] { "a", "b" })]
class Base { }

[Tag("derived")]
[Tag("again", Level = 3)]
class Derived : Base { }

[DerivedInfo]
class Plain { }

[Obsolete("old stuff")]
struct Val { }

interface IThing { }

class P
{
    static void Dump(Type t, bool inherit)
    {
        object[] all = t.GetCustomAttributes(inherit);
        Console.WriteLine("{0} inherit={1}: {2} {3}", t.Name, inherit, all.Length, all.GetType());
        foreach (object a in all)
        {
            Console.Write("  " + a.GetType().Name);
            if (a is TagAttribute) Console.Write(" " + a);
            if (a is LocalAttribute) Console.Write(" " + string.Join(",", ((LocalAttribute)a).Values));
            InfoAttribute i = a as InfoAttribute;
            if (i != null)
                Console.Write(" {0} {1} {2} {3} {4} {5} {6} {7} {8} {9}", i.N, i.D, i.C, i.B, i.Col, i.L, i.U, i.Note, i.Shade,
                              i.Words == null ? "-" : string.Join("+", i.Words));
            ObsoleteAttribute o = a as ObsoleteAttribute;
            if (o != null) Console.Write(" " + o.Message);
            Console.WriteLine();
        }
    }

    static void Main()
    {
        Dump(typeof(Base), false);
        Dump(typeof(Derived), false);
        Dump(typeof(Derived), true);
        Dump(typeof(Plain), true);
        Dump(typeof(Val), false);
        Dump(typeof(IThing), true);
        Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), true).Length);
        Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), false).Length);
        Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), true).GetType());
        Console.WriteLine(typeof(Plain).GetCustomAttributes(typeof(InfoAttribute), true).Length);
        Console.WriteLine(typeof(Derived).IsDefined(typeof(LocalAttribute), true));
        Console.WriteLine(typeof(Base).IsDefined(typeof(LocalAttribute), true));
        Console.WriteLine(typeof(Derived).IsDefined(typeof(InfoAttribute), true));
        Console.WriteLine(typeof(Derived).IsDefined(typeof(InfoAttribute), false));
        Console.WriteLine(Attribute.GetCustomAttribute(typeof(Base), typeof(InfoAttribute)) != null);
        Console.WriteLine(Attribute.GetCustomAttribute(typeof(Plain), typeof(LocalAttribute)) == null);
        try { Attribute.GetCustomAttribute(typeof(Derived), typeof(TagAttribute)); }
        catch (AmbiguousMatchException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Attribute.IsDefined(typeof(Val), typeof(ObsoleteAttribute)));
        Console.WriteLine(Attribute.GetCustomAttributes(typeof(Derived)).Length);
        Console.WriteLine(Attribute.GetCustomAttributes(typeof(Derived), typeof(TagAttribute), false).Length);
        try { typeof(Base).GetCustomAttributes(null, true); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
    }
}
