// Reflection over methods: Type.GetMethods/GetMethod with BindingFlags, MethodInfo.Invoke of
// static, instance, virtual and struct methods, ref/out parameters written back, Nullable and
// struct arguments, .NET's exceptions for bad targets and arguments, ParameterInfo, ToString.
using System;
using System.Reflection;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int Sum() { return X + Y; }
    public void Move(int dx) { X += dx; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Animal
{
    public virtual string Speak() { return "..."; }
    public string Name = "animal";
    protected void Hidden() { }
    private void Secret() { }
    public static int Count() { return 7; }
}

class Dog : Animal
{
    public override string Speak() { return "Woof"; }
    public string Fetch(string what, int times) { return what + " x" + times; }
}

class Tests
{
    public static int test_0_simple() { return 0; }
    public static int test_5_five() { return 5; }
    static int test_3_private() { return 3; }
    public static int test_1_throws() { throw new InvalidOperationException("boom"); }
    public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    public static void Make(out string s, int n) { s = new string('x', n); }
    public static Point Mid(Point a, Point b) { return new Point((a.X + b.X) / 2, (a.Y + b.Y) / 2); }
    public static long Widen(int? v) { return v.HasValue ? v.Value * 10L : -1; }
    public static double Half(double d) { return d / 2; }

    static int Main(string[] args)
    {
        MethodInfo[] ms = typeof(Tests).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        int ran = 0, failed = 0;
        foreach (MethodInfo m in ms) {
            Console.WriteLine(m.ToString() + " static=" + m.IsStatic + " public=" + m.IsPublic);
            if (!m.Name.StartsWith("test_")) continue;
            int expected = int.Parse(m.Name.Substring(5, 1));
            try {
                int r = (int)m.Invoke(null, null);
                ran++;
                if (r != expected) failed++;
            } catch (TargetInvocationException e) {
                Console.WriteLine("  threw " + e.InnerException.GetType().Name + ": " + e.InnerException.Message + " / " + e.Message);
            }
        }
        Console.WriteLine("Regression tests: {0} ran, {1} failed in {2}", ran, failed, typeof(Tests));
        object[] p = { 1, 2 };
        typeof(Tests).GetMethod("Swap").Invoke(null, p);
        Console.WriteLine(p[0] + " " + p[1]);
        object[] q = { null, 3 };
        typeof(Tests).GetMethod("Make").Invoke(null, q);
        Console.WriteLine(q[0]);
        Console.WriteLine(typeof(Tests).GetMethod("Mid").Invoke(null, new object[] { new Point(0, 0), new Point(4, 6) }));
        Console.WriteLine(typeof(Tests).GetMethod("Widen").Invoke(null, new object[] { 4 }));
        Console.WriteLine(typeof(Tests).GetMethod("Widen").Invoke(null, new object[] { null }));
        Console.WriteLine(typeof(Tests).GetMethod("Half").Invoke(null, new object[] { 5.0 }));
        Animal a = new Dog();
        MethodInfo speak = typeof(Animal).GetMethod("Speak");
        Console.WriteLine(speak.Invoke(a, null) + " " + speak.Invoke(new Animal(), null));
        Console.WriteLine(typeof(Dog).GetMethod("Fetch").Invoke(a, new object[] { "ball", 3 }));
        object pt = new Point(1, 2);
        typeof(Point).GetMethod("Move").Invoke(pt, new object[] { 10 });
        Console.WriteLine(pt + " " + typeof(Point).GetMethod("Sum").Invoke(pt, null));
        Console.WriteLine(typeof(object).GetMethod("ToString").Invoke(pt, null));
        foreach (MethodInfo m in typeof(Dog).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            Console.WriteLine("Dog declares " + m);
        foreach (ParameterInfo pi in typeof(Dog).GetMethod("Fetch").GetParameters())
            Console.WriteLine(pi.Position + " " + pi.Name + " " + pi.ParameterType + " " + pi);
        foreach (ParameterInfo pi in typeof(Tests).GetMethod("Make").GetParameters())
            Console.WriteLine(pi.Position + " " + pi.Name + " " + pi.ParameterType + " out=" + pi.IsOut + " byref=" + pi.ParameterType.IsByRef);
        try { speak.Invoke(null, null); } catch (TargetException e) { Console.WriteLine("TargetException: " + e.Message); }
        try { speak.Invoke("str", null); } catch (TargetException e) { Console.WriteLine("TargetException: " + e.Message); }
        try { typeof(Tests).GetMethod("Half").Invoke(null, null); } catch (TargetParameterCountException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { typeof(Tests).GetMethod("Half").Invoke(null, new object[] { "x" }); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { typeof(Tests).GetMethod("Swap").Invoke(null, new object[] { "x", 1 }); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(typeof(Tests).GetMethod("Nope") == null);
        Console.WriteLine(typeof(Animal).GetMethod("Count").Invoke(null, null));
        Console.WriteLine(typeof(Dog).GetMethod("Count") == null);
        Console.WriteLine(typeof(Dog).GetMethod("Count", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy) != null);
        Console.WriteLine(typeof(Dog).GetMethod("Hidden", BindingFlags.NonPublic | BindingFlags.Instance) != null);
        Console.WriteLine(typeof(Dog).GetMethod("Secret", BindingFlags.NonPublic | BindingFlags.Instance) == null);
        Console.WriteLine(speak.DeclaringType + " " + speak.ReturnType + " " + speak.IsVirtual + " " + speak.MemberType);
        return failed;
    }
}
