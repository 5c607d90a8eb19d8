// MethodBase.GetCurrentMethod(): methods, constructors, accessors, overrides, struct methods,
// a lambda, a small method called in a loop (inlined at Tier1 and under AOT).
using System;
using System.Reflection;
using System.Collections.Generic;

class Widget
{
    public int Size;
    public Widget() { Show(MethodBase.GetCurrentMethod()); }
    public Widget(int size) { Size = size; Show(MethodBase.GetCurrentMethod()); }
    public static void Show(MethodBase m)
    {
        Console.WriteLine("{0} {1}.{2} ctor={3} static={4} {5}", m.GetType().BaseType.Name, m.DeclaringType, m.Name, m.IsConstructor, m.IsStatic, m);
    }
    public int Area(int w, string label) { Show(MethodBase.GetCurrentMethod()); return w * Size; }
    public virtual string Describe() { Show(MethodBase.GetCurrentMethod()); return "widget"; }
    public int Prop { get { Show(MethodBase.GetCurrentMethod()); return 1; } }
}

class Gadget : Widget
{
    public override string Describe() { Show(MethodBase.GetCurrentMethod()); return base.Describe(); }
}


struct Pair
{
    public int A;
    public int Sum() { Widget.Show(MethodBase.GetCurrentMethod()); return A; }
}

class Program
{
    // Mono names the instance Gen[Int32]; ilc does not describe generic method instances.
    static MethodBase Gen<T>() { MethodBase m = MethodBase.GetCurrentMethod(); throw new NotSupportedException(); }

    static int Small(int x) { return MethodBase.GetCurrentMethod().Name.Length + x; }

    static void Main()
    {
        Widget.Show(MethodBase.GetCurrentMethod());
        Widget w = new Widget(3);
        new Widget();
        w.Area(2, "x");
        new Gadget().Describe();
        int p = w.Prop;
        new Pair().Sum();
        int total = 0;
        for (int i = 0; i < 100; i++)
            total += Small(i);
        Console.WriteLine(total);
        Func<MethodBase> f = () => MethodBase.GetCurrentMethod();
        Console.WriteLine(f().DeclaringType == typeof(Program));
        MethodBase main = MethodBase.GetCurrentMethod();
        Console.WriteLine(main == typeof(Program).GetMethod("Main", BindingFlags.NonPublic | BindingFlags.Static));
        Console.WriteLine(main.ReflectedType);
        try { Widget.Show(Gen<int>()); }
        catch (NotSupportedException) { Console.WriteLine("generic method instance: not supported"); }
    }
}
