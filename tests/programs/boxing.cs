// Boxing primitives into object, unboxing, object[] arrays of mixed values, boxed values in
// format calls, boxed equality (Equals vs reference ==), and ToString/virtual calls on boxes.
using System;

class Boxing
{
    static object Box(int x) { return x; }
    static int Unbox(object o) { return (int)o; }

    static string Describe(object o)
    {
        if (o == null) return "null";
        if (o is int) return "int " + (int)o;
        if (o is long) return "long " + (long)o;
        if (o is double) return "double " + (double)o;
        if (o is bool) return "bool " + (bool)o;
        if (o is char) return "char " + (char)o;
        if (o is string) return "string \"" + (string)o + "\"";
        if (o is byte) return "byte " + (byte)o;
        if (o is float) return "float " + (float)o;
        if (o is uint) return "uint " + (uint)o;
        if (o is short) return "short " + (short)o;
        if (o is ulong) return "ulong " + (ulong)o;
        return "object " + o.ToString();
    }

    static void Main()
    {
        object o = 5;
        int back = (int)o;
        Console.WriteLine(o + " " + back + " " + (back + 1));
        object[] arr = { 1, 2L, 3.5, true, 'x', "str", (byte)7, 1.25f, 4000000000u, (short)-3, 18000000000000000000ul, null, new object() };
        foreach (object x in arr) Console.WriteLine(Describe(x));
        Console.WriteLine("{0} {1} {2} {3}", 1, 2.5, 'c', true);
        Console.WriteLine("{0}|{1}|{2}", arr[0], arr[5], arr[11]);
        object a = 42, b = 42;
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + object.Equals(a, b) + " " + (a.GetHashCode() == b.GetHashCode()));
        object c = 42L;
        Console.WriteLine(a.Equals(c) + " " + c.Equals(42L));
        object d1 = 0.5, d2 = 0.5;
        Console.WriteLine(d1.Equals(d2) + " " + d1.ToString() + " " + (d1 == d2));
        int[] counts = new int[3];
        object[] boxes = new object[1000];
        for (int i = 0; i < boxes.Length; i++) boxes[i] = Box(i);
        long sum = 0;
        for (int i = 0; i < boxes.Length; i++) sum += Unbox(boxes[i]);
        foreach (object bx in boxes) counts[(int)bx % 3]++;
        Console.WriteLine("sum " + sum + " counts " + counts[0] + " " + counts[1] + " " + counts[2]);
        object s = "text";
        string str = s as string;
        Console.WriteLine(str.Length + " " + (s is string) + " " + (o is string) + " " + (o as string == null));
        object boxedBool = false;
        if (!(bool)boxedBool) Console.WriteLine("unboxed false");
        object boxedChar = 'A';
        Console.WriteLine((char)boxedChar + 1);
        object bd = 2.0;
        double dd = (double)bd * 3;
        Console.WriteLine(dd);
        object[] nested = { arr, boxes };
        Console.WriteLine(((object[])nested[0]).Length + " " + ((object[])nested[1]).Length);
        Console.WriteLine(string.Format("{0}-{1}-{2}-{3}-{4}", 1, "two", 3.0, 'f', 5L));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4} {5}", new object[] { 1, 2, 3, 4, 5, 6 }));
        object u = (ulong)1;
        object i32 = 1;
        Console.WriteLine(u.Equals(i32) + " " + u.ToString() + " " + i32.Equals(1));
    }
}
