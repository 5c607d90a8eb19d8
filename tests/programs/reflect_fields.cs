// Fields by reflection: Type.GetFields/GetField with BindingFlags (declared, then inherited
// as Mono lists them: base private fields hidden, base statics only with FlattenHierarchy),
// FieldInfo's flags and ToString, GetValue/SetValue on instance and static fields (the
// class constructor runs first), structs through their box, enums, Nullable fields, const
// fields (their value from the Constant table), generic instances, the conversions Mono's
// binder makes (primitives widen, enums to and from their underlying type) and its exceptions.
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text;

enum Color { Red, Green = 5 }

struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Base
{
    public int BaseField = 7;
    protected string prot = "p";
    private double priv = 1.5;
    public static int BaseStatic = 3;
    public double Priv { get { return priv; } }
}

class Derived : Base
{
    public const int Answer = 42;
    public const string Greeting = "hi";
    public const Color Fav = Color.Green;
    public static readonly string Ro = "readonly";
    public static int Counter;
    public long Big = 1L << 40;
    public string S = "str";
    public Point P = new Point(1, 2);
    public Color C = Color.Green;
    public readonly int R = 9;
    int[] arr = new int[3];
    static Derived() { Console.WriteLine("Derived's class constructor"); Counter = 100; }
    public int First { get { return arr[0]; } }
}

class Lazy
{
    public static string Value = Make();
    static string Make() { Console.WriteLine("Lazy's initialiser"); return "made"; }
}

class Box<T>
{
    public T Value;
    public static int Made;
}

class Holder
{
    public int? Maybe = 5;
    public int? None;
    public object O = "obj";
    public byte B = 200;
    public char C = 'c';
    public bool F = true;
    public float Fl = 1.5f;
    public decimal D = 2.5m;
    public DateTime When = new DateTime(2020, 1, 2);
    public List<int> L = new List<int> { 1, 2 };
    public const double Pi = 3.14;
    public const long Big = -5;
    public const char Ch = 'z';
    public const string NullStr = null;
    public const bool T = true;
    public const byte By = 7;
    public const float Half = 0.5f;
    public const sbyte Neg = -3;
}

class Program
{
    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    static string Dump(object o)
    {
        StringBuilder sb = new StringBuilder(o.GetType().Name + " {");
        foreach (FieldInfo f in o.GetType().GetFields())
            sb.Append(" " + f.Name + "=" + f.GetValue(f.IsStatic ? null : o));
        return sb.Append(" }").ToString();
    }

    public static double Add(long a, double b) { return a + b; }

    static void Widen(object o, string field, object value)
    {
        FieldInfo f = o.GetType().GetField(field);
        try { f.SetValue(o, value); Console.WriteLine(field + " <- " + value.GetType().Name + " " + value + ": " + f.GetValue(o) + " " + f.GetValue(o).GetType().Name); }
        catch (Exception e) { Console.WriteLine(field + " <- " + value.GetType().Name + ": " + e.GetType() + ": " + e.Message); }
    }

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType() + ": " + e.Message); }
    }

    static void Main()
    {
        Type t = typeof(Derived);
        Console.WriteLine("-- GetFields()");
        foreach (FieldInfo f in t.GetFields())
            Console.WriteLine(f + " | " + f.Name + " " + f.FieldType + " static=" + f.IsStatic + " public=" + f.IsPublic +
                              " initonly=" + f.IsInitOnly + " literal=" + f.IsLiteral + " declared by " + f.DeclaringType + " " + f.MemberType);
        Console.WriteLine("-- all");
        foreach (FieldInfo f in t.GetFields(All))
            Console.WriteLine(f + " private=" + f.IsPrivate + " family=" + f.IsFamily);
        Console.WriteLine("-- public static, flattened");
        foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            Console.WriteLine(f);
        Console.WriteLine("-- declared instance: " + t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length);

        Derived d = new Derived();
        Console.WriteLine("-- values");
        Console.WriteLine(Dump(d));
        t.GetField("Big").SetValue(d, 5L);
        t.GetField("S").SetValue(d, "changed");
        t.GetField("P").SetValue(d, new Point(3, 4));
        t.GetField("C").SetValue(d, Color.Red);
        t.GetField("Counter").SetValue(null, 7);
        t.GetField("BaseField").SetValue(d, 8);
        t.GetField("R").SetValue(d, 10);
        t.GetField("arr", BindingFlags.NonPublic | BindingFlags.Instance).SetValue(d, new int[] { 6 });
        Console.WriteLine(d.Big + " " + d.S + " " + d.P + " " + d.C + " " + Derived.Counter + " " + d.BaseField + " " + d.R + " " + d.First);
        t.GetField("S").SetValue(d, null);
        t.GetField("P").SetValue(d, null);
        Console.WriteLine((d.S == null) + " " + d.P);
        FieldInfo priv = typeof(Base).GetField("priv", BindingFlags.NonPublic | BindingFlags.Instance);
        Console.WriteLine(priv + " " + priv.GetValue(d));
        priv.SetValue(d, 2.5);
        Console.WriteLine(d.Priv);
        Console.WriteLine(t.GetField("priv", BindingFlags.NonPublic | BindingFlags.Instance) == null);
        Console.WriteLine(t.GetField("s", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        Console.WriteLine(t.GetField("Nope") == null);

        Console.WriteLine("-- statics: the class constructor runs on first access");
        FieldInfo lazy = typeof(Lazy).GetField("Value");
        Console.WriteLine("got the field");
        Console.WriteLine(lazy.GetValue(null));

        Console.WriteLine("-- structs, through the box");
        object bp = new Point(5, 6);
        typeof(Point).GetField("X").SetValue(bp, 50);
        Console.WriteLine(bp + " " + typeof(Point).GetField("Y").GetValue(bp));

        Console.WriteLine("-- enums");
        foreach (FieldInfo f in typeof(Color).GetFields())
            Console.WriteLine(f + " " + f.IsStatic + " " + (f.IsStatic ? f.GetValue(null) : "-") + " " + f.IsSpecialName);
        Console.WriteLine(typeof(Color).GetFields(All).Length);

        Console.WriteLine("-- generic instances");
        Box<int> bi = new Box<int>();
        bi.Value = 3;
        Box<string> bs = new Box<string>();
        bs.Value = "s";
        Console.WriteLine(Dump(bi) + " " + Dump(bs));
        typeof(Box<string>).GetField("Made").SetValue(null, 4);
        Console.WriteLine(Box<string>.Made + " " + Box<int>.Made + " " + typeof(Box<string>).GetField("Value"));
        typeof(Box<int>).GetField("Value").SetValue(bi, null);
        Console.WriteLine(bi.Value);

        Console.WriteLine("-- kinds of values");
        Holder h = new Holder();
        foreach (FieldInfo f in typeof(Holder).GetFields())
        {
            object v = f.GetValue(h);
            Console.WriteLine(f + " literal=" + f.IsLiteral + " = " + (v == null ? "null" : v + " (" + v.GetType() + ")"));
        }
        FieldInfo maybe = typeof(Holder).GetField("Maybe");
        maybe.SetValue(h, null);
        Console.WriteLine(h.Maybe.HasValue);
        maybe.SetValue(h, 8);
        Console.WriteLine(h.Maybe + " " + maybe.GetValue(h).GetType());
        typeof(Holder).GetField("When").SetValue(h, new DateTime(2021, 3, 4));
        typeof(Holder).GetField("O").SetValue(h, 12);
        Console.WriteLine(h.When.Year + " " + h.O);

        Console.WriteLine("-- primitives widen, enums convert to and from their underlying type");
        Widen(h, "Fl", 7L);
        Widen(h, "Fl", 'a');
        Widen(d, "Big", 5);
        Widen(d, "Big", (byte)3);
        Widen(d, "Big", Color.Green);
        Widen(d, "C", 0);
        Widen(h, "C", (byte)65);
        Widen(d, "BaseField", (short)-4);
        Widen(d, "BaseField", 4L);
        Widen(d, "BaseField", 2.0);
        Widen(h, "B", 300);
        Widen(h, "Maybe", (short)3);
        Widen(h, "D", 1);
        Console.WriteLine(typeof(Program).GetMethod("Add").Invoke(null, new object[] { 3, 'x' }));

        Console.WriteLine("-- errors");
        Try("wrong value type", () => t.GetField("S").SetValue(d, 5));
        Try("no target", () => t.GetField("S").GetValue(null));
        Try("wrong target", () => t.GetField("S").GetValue("x"));
        Try("set a constant", () => t.GetField("Answer").SetValue(null, 1));
    }
}
