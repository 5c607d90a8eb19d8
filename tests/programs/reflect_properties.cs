// Properties by reflection: Type.GetProperties/GetProperty with BindingFlags (declared, then
// inherited; an override listed once, by its most derived type), PropertyInfo's Name,
// PropertyType, CanRead/CanWrite, accessors, index parameters and ToString as Mono spells
// them, GetValue/SetValue through the accessors (virtual dispatch, statics, indexers,
// structs, interfaces, anonymous types, generic instances), and Mono's exceptions.
using System;
using System.Reflection;
using System.Text;

struct Pair
{
    public string Name { get; set; }
    public double Weight;
    public double Double { get { return Weight * 2; } }
}

interface IShape
{
    double Area { get; }
    string Label { get; set; }
}

class Square : IShape
{
    public double Side = 2;
    public double Area { get { return Side * Side; } }
    public string Label { get; set; }
}

abstract class Animal
{
    public abstract string Sound { get; }
    public virtual int Legs { get { return 4; } }
    public string Kind { get { return "animal"; } }
    protected int Secret { get { return 1; } }
    private int Hidden { get { return 2; } }
    public static string Kingdom { get { return "Animalia"; } }
}

class Bird : Animal
{
    public override string Sound { get { return "tweet"; } }
    public override int Legs { get { return 2; } }
    public new string Kind { get { return "bird"; } }
    int wings = 2;
    public int Wings { get { return wings; } private set { wings = value; } }
    public string WriteOnly { set { Console.WriteLine("WriteOnly = " + value); } }
    public static int Count { get; set; }
    int[] feathers = new int[4];
    public int this[int i] { get { return feathers[i]; } set { feathers[i] = value; } }
    public string this[string a, int b] { get { return a + b; } }
}

class Box<T>
{
    T value;
    public T Value { get { return value; } set { this.value = value; } }
}

class Thrower
{
    public int Boom { get { throw new InvalidOperationException("boom"); } }
}

class Program
{
    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    static string Dump(object o)
    {
        StringBuilder sb = new StringBuilder(o.GetType().Name + " {");
        foreach (PropertyInfo p in o.GetType().GetProperties())
            if (p.GetIndexParameters().Length == 0 && p.CanRead)
                sb.Append(" " + p.Name + "=" + p.GetValue(o, null));
        return sb.Append(" }").ToString();
    }

    static string Name(MethodInfo m)
    {
        return m == null ? "none" : m.ToString();
    }

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType() + ": " + e.Message); }
    }

    static void Main()
    {
        Type t = typeof(Bird);
        Console.WriteLine("-- GetProperties()");
        foreach (PropertyInfo p in t.GetProperties())
            Console.WriteLine(p + " | " + p.Name + " " + p.PropertyType + " read=" + p.CanRead + " write=" + p.CanWrite +
                              " declared by " + p.DeclaringType + " index=" + p.GetIndexParameters().Length +
                              " get=" + Name(p.GetGetMethod()) + " set=" + Name(p.GetSetMethod()) + " " + p.MemberType);
        Console.WriteLine("-- all");
        foreach (PropertyInfo p in t.GetProperties(All))
            Console.WriteLine(p + " set(nonpublic)=" + Name(p.GetSetMethod(true)) + " accessors=" + p.GetAccessors(true).Length);
        Console.WriteLine("-- static, flattened");
        foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            Console.WriteLine(p);
        Console.WriteLine("-- declared instance: " + t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length);

        Bird b = new Bird();
        Console.WriteLine("-- values");
        Console.WriteLine(Dump(b));
        Console.WriteLine(typeof(Animal).GetProperty("Sound").GetValue(b, null) + " " + typeof(Animal).GetProperty("Kind").GetValue(b));
        t.GetProperty("Wings").SetValue(b, 3, null);
        t.GetProperty("WriteOnly").SetValue(b, "w");
        t.GetProperty("Count").SetValue(null, 21);
        Console.WriteLine(b.Wings + " " + Bird.Count + " " + t.GetProperty("Count").GetValue(null));
        PropertyInfo item = t.GetProperty("Item", typeof(int));
        item.SetValue(b, 5, new object[] { 1 });
        Console.WriteLine(item.GetValue(b, new object[] { 1 }) + " " + b[1] + " " + item.GetIndexParameters()[0].ParameterType + " " + item.GetIndexParameters()[0].Name);
        Console.WriteLine(t.GetProperty("Nope") == null);
        Console.WriteLine(t.GetProperty("sound", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));

        Console.WriteLine("-- structs, interfaces, anonymous types, generics");
        Pair pair = new Pair();
        pair.Name = "n";
        pair.Weight = 1.25;
        Console.WriteLine(Dump(pair));
        object boxed = pair;
        typeof(Pair).GetProperty("Name").SetValue(boxed, "changed", null);
        Console.WriteLine(((Pair)boxed).Name);
        Square sq = new Square();
        sq.Label = "sq";
        Console.WriteLine(Dump(sq));
        foreach (PropertyInfo p in typeof(IShape).GetProperties())
            Console.WriteLine(p + " = " + p.GetValue(sq, null) + " write=" + p.CanWrite + " declared by " + p.DeclaringType);
        var anon = new { A = 1, B = "x" };
        Console.WriteLine(Dump(anon));
        foreach (PropertyInfo p in anon.GetType().GetProperties())
            Console.WriteLine(p.Name + " " + p.PropertyType + " write=" + p.CanWrite);
        Box<int> bi = new Box<int>();
        typeof(Box<int>).GetProperty("Value").SetValue(bi, 99, null);
        Box<string> bs = new Box<string>();
        typeof(Box<string>).GetProperty("Value").SetValue(bs, "v", null);
        Console.WriteLine(bi.Value + " " + bs.Value + " " + typeof(Box<string>).GetProperty("Value") + " " + typeof(Box<int>).GetProperty("Value"));

        Console.WriteLine("-- errors");
        Try("no getter", () => t.GetProperty("WriteOnly").GetValue(b, null));
        Try("no setter", () => t.GetProperty("Sound").SetValue(b, "x", null));
        Try("wrong value", () => t.GetProperty("Wings").SetValue(b, "x", null));
        Try("ambiguous", () => t.GetProperty("Item"));
        Try("throws", () => typeof(Thrower).GetProperty("Boom").GetValue(new Thrower(), null));
        Try("index count", () => item.GetValue(b, null));
    }
}
