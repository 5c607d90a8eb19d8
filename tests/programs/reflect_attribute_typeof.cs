// Custom attribute arguments that name types (ECMA-335 II.23.3): typeof(T) as a constructor
// argument, a named property or field, in a Type[], inside an `object`; an enum inside an
// `object` (its type named in the blob); generic instances, nested and corlib types; null.
// (Mono's custom-attr.cs and bug-60843.cs stopped at these.)
using System;
using System.Collections.Generic;

class NamesAttribute : Attribute
{
    public Type First;
    public Type[] All;
    public object Boxed;
    public Type Prop { get; set; }
    public NamesAttribute(Type first) { First = first; }
    public NamesAttribute(Type first, params Type[] all) { First = first; All = all; }
    static string N(Type t) { return t == null ? "null" : t.ToString(); }
    public override string ToString()
    {
        string s = "Names(" + N(First);
        if (All != null) { s += " ["; foreach (Type t in All) s += " " + N(t); s += " ]"; }
        if (Boxed != null) s += " Boxed=" + Boxed + ":" + Boxed.GetType().Name;
        if (Prop != null) s += " Prop=" + N(Prop);
        return s + ")";
    }
}

enum Level { Low, High = 7 }

class Outer
{
    public class Inner { }
    public enum Mode { Off, On }
}

[Names(typeof(int))]
class A { }

[Names(typeof(Outer.Inner), typeof(string), typeof(List<int>), typeof(int[]), typeof(Dictionary<string, Outer>))]
class B { }

[Names(null, Prop = typeof(Outer), Boxed = typeof(Level))]
class C { }

[Names(typeof(A), Boxed = Level.High)]
class D { }

[Names(typeof(Outer.Mode), Boxed = Outer.Mode.On, All = new Type[] { null, typeof(C) })]
class E { }

[Names(typeof(Level), Boxed = new Level[] { Level.High, Level.Low })]
class F { }

public class G<T>
{
    [Names(typeof(G<>), Boxed = G<int>.Kind.Y)]
    public enum Kind { X, Y }
}

class Program
{
    static void Main()
    {
        foreach (Type t in new Type[] { typeof(A), typeof(B), typeof(C), typeof(D), typeof(E), typeof(F) })
            foreach (object a in t.GetCustomAttributes(false))
                Console.WriteLine(t.Name + ": " + a);
        NamesAttribute b = (NamesAttribute)Attribute.GetCustomAttribute(typeof(B), typeof(NamesAttribute));
        Console.WriteLine(b.All[1] == typeof(List<int>));
        Console.WriteLine(b.First == typeof(Outer.Inner));
        // (an AOT executable has the generic instances its code names, as here)
        Console.WriteLine(b.All[3] == typeof(Dictionary<string, Outer>));
        Level[] levels = (Level[])((NamesAttribute)typeof(F).GetCustomAttributes(false)[0]).Boxed;
        Console.WriteLine(levels.Length + " " + levels[0] + " " + levels[1]);
        object k = ((NamesAttribute)typeof(G<int>.Kind).GetCustomAttributes(false)[0]).Boxed;
        Console.WriteLine(k.GetType() == typeof(G<int>.Kind));
        Console.WriteLine(typeof(E).IsDefined(typeof(NamesAttribute), false));
    }
}
