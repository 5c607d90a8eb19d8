// Array covariance for reads: string[] and Derived[] viewed as object[] / Base[] /
// IEnumerable, virtual calls on elements read through the base-typed view, `is` tests on
// arrays, arrays as object, and array GetType names.
using System;
using System.Collections.Generic;

class Shape { public virtual string Name() { return "shape"; } }
class Circle : Shape { public override string Name() { return "circle"; } }
class Square : Shape { public override string Name() { return "square"; } }

class Program
{
    static string Names(Shape[] shapes) { string s = ""; foreach (Shape x in shapes) s += x.Name() + " "; return s.TrimEnd(); }
    static int CountNonNull(object[] xs) { int n = 0; foreach (object x in xs) if (x != null) n++; return n; }

    static void Main()
    {
        Circle[] circles = { new Circle(), new Circle() };
        Shape[] asShapes = circles;
        Console.WriteLine(Names(asShapes) + " | " + Names(new Shape[] { new Square(), new Circle(), new Shape() }));

        string[] strs = { "a", null, "c" };
        object[] objs = strs;
        Console.WriteLine("non-null " + CountNonNull(objs) + " objs[2]=" + objs[2] + " length " + objs.Length);

        object o = circles;
        Console.WriteLine("o is Circle[]: " + (o is Circle[]) + ", Shape[]: " + (o is Shape[]) + ", object[]: " + (o is object[]) + ", Square[]: " + (o is Square[]));
        Console.WriteLine("int[] is object[]: " + ((object)new int[1] is object[]) + ", int[] is Array: " + ((object)new int[1] is Array));

        Shape[] back = o as Shape[];
        Console.WriteLine("as Shape[] ok: " + (back != null) + " first " + back[0].Name());

        IEnumerable<Shape> seq = circles;
        int count = 0;
        foreach (Shape s in seq) count++;
        Console.WriteLine("IEnumerable<Shape> over Circle[] count " + count);

        IList<object> list = strs;
        Console.WriteLine("IList<object> count " + list.Count + " [0]=" + list[0]);

        Console.WriteLine(circles.GetType().Name + " " + asShapes.GetType().Name + " " + new int[0].GetType().Name + " " + new int[2, 2].GetType().Name + " " + new int[1][].GetType().Name);

        Array arr = new int[] { 4, 5, 6 };
        Console.WriteLine("Array.Length " + arr.Length + " GetValue(1) " + arr.GetValue(1));

        object[] mixed = new object[] { circles, strs, 5 };
        foreach (object m in mixed)
        {
            object[] oa = m as object[];
            Console.WriteLine(m.GetType().Name + " -> " + (oa == null ? "not object[]" : "object[] of " + oa.Length));
        }
    }
}
