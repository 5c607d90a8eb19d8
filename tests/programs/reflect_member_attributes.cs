// Custom attributes of methods (inherited along overrides as Mono does: Inherited, AllowMultiple),
// constructors, fields and properties (Attribute.GetCustomAttributes follows overridden
// properties); IsDefined makes no attribute; typeof(T) arguments of field attributes.
using System;
using System.Reflection;

[AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
class InfoAttribute : Attribute
{
    public string Text;
    public InfoAttribute(string text) { Text = text; }
    public override string ToString() { return "Info(" + Text + ")"; }
}

[AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = true)]
class TagAttribute : Attribute
{
    public int N;
    public TagAttribute(int n) { N = n; }
    public override string ToString() { return "Tag(" + N + ")"; }
}

[AttributeUsage(AttributeTargets.All, Inherited = false)]
class LocalAttribute : Attribute
{
    public override string ToString() { return "Local"; }
}

class TypeRefAttribute : Attribute
{
    public Type T;
    public Type[] More;
    public object O;
    public TypeRefAttribute(Type t) { T = t; }
    public override string ToString() { return "TypeRef(" + (T == null ? "null" : T.ToString()) + (More != null ? ", " + More.Length + " more" : "") + (O != null ? ", O=" + O : "") + ")"; }
}

class Base
{
    [Info("base"), Tag(1), Local]
    public virtual void Run() { }
    [Info("base-new"), Tag(5)]
    public virtual void Hidden() { }
    [Tag(7)]
    public virtual int Value { get { return 0; } }
}

class Derived : Base
{
    [Tag(2)]
    public override void Run() { }
    [Info("derived")]
    public new void Hidden() { }
    public override int Value { get { return 1; } }
}

class More : Derived
{
    [Info("more")]
    public override void Run() { }
}

class Fields
{
    [Info("field"), Tag(3)]
    public int Count;
    [TypeRef(typeof(int))]
    public string Name;
    [TypeRef(typeof(Fields), More = new Type[] { typeof(string), typeof(Base) }, O = typeof(Derived))]
    public static int Shared;
    [Info("prop")]
    public int Size { get; set; }
    [TypeRef(null)]
    public int None { get; set; }
    [Info("ctor")]
    public Fields() { }
    [Tag(9)]
    public Fields(int x) { }
}

class Program
{
    static string Show(object[] all)
    {
        string s = all.GetType().GetElementType().Name + "[" + all.Length + "]";
        foreach (object a in all) s += " " + a;
        return s;
    }

    static void Method(string name)
    {
        foreach (Type t in new Type[] { typeof(Base), typeof(Derived), typeof(More) }) {
            MethodInfo m = t.GetMethod(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (m == null) continue;
            Console.WriteLine("{0}.{1} false: {2}", t.Name, name, Show(m.GetCustomAttributes(false)));
            Console.WriteLine("{0}.{1} true: {2}", t.Name, name, Show(m.GetCustomAttributes(true)));
            Console.WriteLine("{0}.{1} Tag true: {2}", t.Name, name, Show(m.GetCustomAttributes(typeof(TagAttribute), true)));
            Console.WriteLine("{0}.{1} IsDefined Info {2} {3}, Local {4} {5}", t.Name, name,
                m.IsDefined(typeof(InfoAttribute), false), m.IsDefined(typeof(InfoAttribute), true),
                m.IsDefined(typeof(LocalAttribute), false), m.IsDefined(typeof(LocalAttribute), true));
            Attribute info = Attribute.GetCustomAttribute(m, typeof(InfoAttribute));
            Console.WriteLine("  Attribute.GetCustomAttribute: {0}", info == null ? "null" : info.ToString());
            Console.WriteLine("  Attribute.GetCustomAttributes: {0}", Show(Attribute.GetCustomAttributes(m)));
        }
    }

    static void Main()
    {
        Method("Run");
        Method("Hidden");
        foreach (FieldInfo f in typeof(Fields).GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            Console.WriteLine("field {0}: {1} defined {2}", f.Name, Show(f.GetCustomAttributes(true)), f.IsDefined(typeof(InfoAttribute), false));
        foreach (PropertyInfo p in typeof(Fields).GetProperties())
            Console.WriteLine("property {0}: {1} {2}", p.Name, Show(p.GetCustomAttributes(false)), Show(p.GetCustomAttributes(typeof(InfoAttribute), true)));
        PropertyInfo v = typeof(Derived).GetProperty("Value");
        Console.WriteLine("Derived.Value: {0} / {1} / {2}", Show(v.GetCustomAttributes(true)), Show(Attribute.GetCustomAttributes(v, true)), Attribute.IsDefined(v, typeof(TagAttribute)));
        foreach (ConstructorInfo c in typeof(Fields).GetConstructors())
            Console.WriteLine("ctor {0}: {1} {2}", c, Show(c.GetCustomAttributes(false)), c.IsDefined(typeof(TagAttribute), true));
        FieldInfo shared = typeof(Fields).GetField("Shared");
        TypeRefAttribute tr = (TypeRefAttribute)Attribute.GetCustomAttribute(shared, typeof(TypeRefAttribute));
        Console.WriteLine(tr.T == typeof(Fields));
        Console.WriteLine(tr.More[1] == typeof(Base));
        Console.WriteLine(tr.O == (object)typeof(Derived));
    }
}
