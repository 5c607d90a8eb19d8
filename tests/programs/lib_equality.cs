// Equality and identity: Equals/GetHashCode of primitives and strings (hash equality only,
// never the values), object.Equals(a, b) with nulls, ReferenceEquals on strings and boxes,
// == on strings vs objects, overridden Equals on a class, GetType().Name / typeof().Name /
// BaseType, and ToString of primitives and of a class without an override.
using System;

class Money
{
    public int Cents;
    public Money(int c) { Cents = c; }
    public override bool Equals(object o) { Money m = o as Money; return m != null && m.Cents == Cents; }
    public override int GetHashCode() { return Cents; }
}

class Plain { }
class Derived : Plain { }

class Program
{
    static void Main()
    {
        Console.WriteLine("int: " + 5.Equals(5) + " " + 5.Equals(6) + " " + 5.Equals((object)5L) + " hash eq " + (5.GetHashCode() == 5.GetHashCode()));
        Console.WriteLine("long/double/char/bool: " + 5L.Equals(5L) + " " + 2.5.Equals(2.5) + " " + 'a'.Equals('a') + " " + true.Equals(false));
        Console.WriteLine("\"abc\".GetHashCode() == \"abc\".GetHashCode(): " + ("abc".GetHashCode() == "abc".GetHashCode()));
        string built = new string(new[] { 'a', 'b', 'c' });
        Console.WriteLine("built string: == " + (built == "abc") + " Equals " + built.Equals("abc") + " hash eq " + (built.GetHashCode() == "abc".GetHashCode()) + " ReferenceEquals " + ReferenceEquals(built, "abc"));
        string lit1 = "literal", lit2 = "literal";
        Console.WriteLine("literals ReferenceEquals (interned): " + ReferenceEquals(lit1, lit2));
        object o1 = built, o2 = "abc";
        Console.WriteLine("object == on strings (reference): " + (o1 == o2) + ", Equals (value): " + o1.Equals(o2));

        Console.WriteLine("object.Equals: " + object.Equals(null, null) + " " + object.Equals(null, "x") + " " + object.Equals("x", null) + " " + object.Equals(1, 1) + " " + object.Equals(1, 1L));
        object b1 = 7, b2 = 7;
        Console.WriteLine("boxes: ReferenceEquals " + ReferenceEquals(b1, b2) + " Equals " + b1.Equals(b2) + " == " + (b1 == b2));

        Money m1 = new Money(100), m2 = new Money(100), m3 = new Money(5);
        Console.WriteLine("Money: Equals " + m1.Equals(m2) + " " + m1.Equals(m3) + " " + m1.Equals(null) + " == " + (m1 == m2) + " hash eq " + (m1.GetHashCode() == m2.GetHashCode()) + " object.Equals " + object.Equals(m1, m2));
        Plain p1 = new Plain(), p2 = new Plain();
        Console.WriteLine("Plain: Equals self " + p1.Equals(p1) + " other " + p1.Equals(p2) + " hash self-consistent " + (p1.GetHashCode() == p1.GetHashCode()));

        object[] things = { 1, 1L, 1.0, 1f, "1", '1', (byte)1, true, new Plain(), new Derived(), new int[0], new Money(1), MakePair() };
        foreach (object t in things) Console.Write(t.GetType().Name + " ");
        Console.WriteLine();
        Console.WriteLine(typeof(Derived).Name + " base " + typeof(Derived).BaseType.Name + " base " + typeof(Derived).BaseType.BaseType.Name + " int base " + typeof(int).BaseType.Name);
        Console.WriteLine("GetType == typeof: " + (new Derived().GetType() == typeof(Derived)) + " " + (new Derived().GetType() == typeof(Plain)));
        Console.WriteLine("ToString: " + new Plain().ToString() + " " + 12.ToString() + " " + true.ToString() + " " + 'c'.ToString() + " " + (-0.5).ToString() + " " + "s".ToString());
        Console.WriteLine("FullName: " + typeof(Plain).FullName + " " + typeof(string).FullName + " " + typeof(System.Collections.Generic.List<int>).Namespace);
    }

    static object MakePair() { return new System.Collections.Generic.KeyValuePair<int, string>(1, "x"); }
}
