// Custom attributes of methods (GetCustomAttributes, IsDefined): constructor arguments of every
// encodable kind (enum, array, boxed object, double, char, bool), named properties, several
// attributes of one type, corlib attributes, and the typed array .NET returns.
using System;
using System.Reflection;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public class CategoryAttribute : Attribute
{
    public CategoryAttribute(string category) { Category = category; }
    public string Category { get; set; }
    public int Level { get; set; }
}

public class KindAttribute : Attribute
{
    public KindAttribute(DayOfWeek d, int[] xs, object o, double f, char c, bool b) { D = d; Xs = xs; O = o; F = f; C = c; B = b; }
    public DayOfWeek D; public int[] Xs; public object O; public double F; public char C; public bool B;
}

class Tests
{
    [Category("!FULLAOT")]
    public static int test_0_a() { return 0; }
    [Category("SLOW", Level = 3)]
    [Category("X")]
    public static int test_1_b() { return 1; }
    [Obsolete("old")]
    [Kind(DayOfWeek.Friday, new int[] { 1, 2, 3 }, "boxed", 2.5, 'é', true)]
    public static int test_2_c() { return 2; }

    static void Main()
    {
        foreach (string n in new string[] { "test_0_a", "test_1_b", "test_2_c" }) {
            MethodInfo m = typeof(Tests).GetMethod(n, BindingFlags.Public | BindingFlags.Static);
            object[] cats = m.GetCustomAttributes(typeof(CategoryAttribute), false);
            Console.Write(n + ": " + cats.Length + " " + cats.GetType());
            foreach (CategoryAttribute c in cats) Console.Write(" [" + c.Category + " " + c.Level + "]");
            Console.WriteLine(" defined=" + m.IsDefined(typeof(CategoryAttribute), false));
            foreach (KindAttribute k in m.GetCustomAttributes(typeof(KindAttribute), true))
                Console.WriteLine(k.D + " " + k.Xs.Length + k.Xs[2] + " " + k.O + " " + k.F + " " + k.C + " " + k.B);
            foreach (ObsoleteAttribute o in m.GetCustomAttributes(typeof(ObsoleteAttribute), true))
                Console.WriteLine("obsolete: " + o.Message);
            Console.WriteLine(m.GetCustomAttributes(false).Length);
        }
    }
}
