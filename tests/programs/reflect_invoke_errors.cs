// MethodInfo.Invoke's failures: what the method throws comes out wrapped in a
// TargetInvocationException (static constructors too); GetMethod's AmbiguousMatchException;
// Invoke through a base-class or interface MethodInfo dispatches virtually.
using System;
using System.Reflection;

interface IShape { double Area(); }
class Square : IShape { public double Side = 3; public double Area() { return Side * Side; } }
class Circle : IShape { public double Area() { return 3.0; } }

class Broken
{
    static int value = Compute();
    static int Compute() { throw new ArithmeticException("no value"); }
    public static int Get() { return value; }
}

class Over
{
    public static int F(int x) { return x; }
    public static int F(string s) { return s.Length; }
}

class Program
{
    static int Depth(int n) { if (n == 0) throw new IndexOutOfRangeException("deep"); return Depth(n - 1); }
    public static int Deep() { return Depth(20); }

    static void Main()
    {
        try { typeof(Broken).GetMethod("Get").Invoke(null, null); }
        catch (TargetInvocationException e) { Console.WriteLine(e.InnerException.GetType().Name + " <- " + e.InnerException.InnerException.Message); }
        try { typeof(Broken).GetMethod("Get").Invoke(null, null); }
        catch (TargetInvocationException e) { Console.WriteLine("again: " + e.InnerException.GetType().Name); }
        try { typeof(Program).GetMethod("Deep").Invoke(null, null); }
        catch (TargetInvocationException e) { Console.WriteLine(e.InnerException.Message + " " + (e.InnerException is IndexOutOfRangeException)); }
        try { typeof(Over).GetMethod("F"); }
        catch (AmbiguousMatchException e) { Console.WriteLine("ambiguous: " + e.Message); }
        MethodInfo byInt = typeof(Over).GetMethod("F", new Type[] { typeof(int) });
        MethodInfo byStr = typeof(Over).GetMethod("F", new Type[] { typeof(string) });
        Console.WriteLine(byInt.Invoke(null, new object[] { 41 }) + " " + byStr.Invoke(null, new object[] { "four" }));
        Console.WriteLine(typeof(Over).GetMethod("F", new Type[] { typeof(long) }) == null);
        MethodInfo area = typeof(IShape).GetMethod("Area");
        foreach (IShape s in new IShape[] { new Square(), new Circle() })
            Console.WriteLine(s.GetType().Name + " " + area.Invoke(s, null));
        Console.WriteLine(typeof(IShape).GetMethods().Length + " " + area.IsAbstract + " " + area.IsVirtual);
        MethodInfo toStr = typeof(object).GetMethod("ToString");
        Console.WriteLine(toStr.Invoke(42, null) + " " + toStr.Invoke("s", null) + " " + toStr.Invoke(new Square(), null));
        MethodInfo eq = typeof(object).GetMethod("Equals", new Type[] { typeof(object) });
        Console.WriteLine(eq.Invoke(3, new object[] { 3 }) + " " + eq.Invoke(3, new object[] { 4 }));
        Console.WriteLine(typeof(string).IsAssignableFrom(typeof(object)) + " " + typeof(object).IsAssignableFrom(typeof(string)) + " " + typeof(IShape).IsAssignableFrom(typeof(Circle)));
        Console.WriteLine(typeof(IShape).IsInstanceOfType(new Square()) + " " + typeof(IShape).IsInterface + " " + typeof(int).IsPrimitive + " " + typeof(DayOfWeek).IsEnum + " " + typeof(Square).IsClass);
        typeof(Program).GetMethod("Deep").Invoke(null, null); // unhandled: exit code 1, inner exception on stderr
    }
}
