// Boxing and unboxing of user structs and enums: a boxed struct is a separate copy, the
// box keeps its own state, object.Equals compares boxed structs by value, GetType on boxes.
using System;
using System.Collections;

struct Pair
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public override string ToString() { return "[" + A + "," + B + "]"; }
}

enum Shade { Light = 3, Dark = 9 }

class Program
{
    static object Box<T>(T v) { return v; }

    static void Main()
    {
        Pair p = new Pair(1, 2);
        object o = p;          // box
        p.A = 100;             // does not affect the box
        Console.WriteLine("p=" + p + " o=" + o);
        Pair back = (Pair)o;   // unbox copy
        back.B = 200;
        Console.WriteLine("back=" + back + " o=" + o);

        object o2 = new Pair(1, 2);
        Console.WriteLine("o.Equals(o2)=" + o.Equals(o2) + " ==: " + (o == o2) + " object.Equals: " + object.Equals(o, o2));
        Console.WriteLine("GetType: " + o.GetType().Name + ", is Pair: " + (o is Pair) + ", is ValueType: " + (o is ValueType));

        object e = Shade.Dark;
        Console.WriteLine("boxed enum: " + e + " type " + e.GetType().Name + " as int " + (int)(Shade)e);
        Shade s = (Shade)e;
        Console.WriteLine("unboxed: " + s + " is Enum: " + (e is Enum));

        object[] mixed = { 1, 2L, 3.5, 'x', true, (byte)7, Shade.Light, new Pair(5, 6), "str", 4.25f, (short)-2, 9UL };
        foreach (object m in mixed)
            Console.WriteLine(m.GetType().Name + ": " + m);

        // Boxed ints are compared by value with Equals, by reference with ==
        object i1 = 42, i2 = 42;
        Console.WriteLine("i1.Equals(i2)=" + i1.Equals(i2) + " ReferenceEquals=" + ReferenceEquals(i1, i2));
        Console.WriteLine("42.Equals(42L boxed)=" + 42.Equals((object)42L));

        // Boxing through a generic helper, ArrayList storing boxes
        ArrayList al = new ArrayList();
        for (int i = 0; i < 5; i++) al.Add(Box(i * i));
        int sum = 0;
        foreach (object x in al) sum += (int)x;
        Console.WriteLine("ArrayList count=" + al.Count + " sum=" + sum);

        // Unboxing a boxed int into a nullable
        int? n = (int?)i1;
        Console.WriteLine("nullable from box: " + n.Value);
        object boxedNull = (int?)null;
        Console.WriteLine("boxing empty nullable gives null: " + (boxedNull == null));
        object boxedNullable = (int?)5;
        Console.WriteLine("boxing int? 5 gives " + boxedNullable.GetType().Name);
    }
}
