// Generic methods through reflection: GetMethod finds a generic definition, which shows its
// parameters (IsGenericMethod, IsGenericMethodDefinition, ContainsGenericParameters,
// GetGenericArguments, ToString as Mono spells it, T in GetParameters and ReturnType), and
// refuses Invoke and MakeGenericMethod misuse with Mono's exceptions. (MakeGenericMethod
// itself works under the JIT and R2R: tests/pending/reflect_make_generic.cs.)
using System;
using System.Reflection;

class P
{
    public static T Id<T>(T x) { return x; }
    public static string Two<A, B>(A a, B b) { return a + "," + b; }
    public void Inst<T>(ref T x, int n) { }
    public static void Plain() { }

    static void Try(Func<object> f)
    {
        try { Console.WriteLine(f()); }
        catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
    }

    static void Main()
    {
        foreach (string name in new[] { "Id", "Two", "Inst", "Plain" })
        {
            MethodInfo m = typeof(P).GetMethod(name);
            Console.WriteLine("{0}: generic={1} def={2} open={3} args={4}", m, m.IsGenericMethod,
                              m.IsGenericMethodDefinition, m.ContainsGenericParameters, m.GetGenericArguments().Length);
            foreach (Type t in m.GetGenericArguments())
                Console.WriteLine("  {0} param={1} pos={2} full={3}", t, t.IsGenericParameter, t.GenericParameterPosition, t.FullName ?? "(null)");
            foreach (ParameterInfo p in m.GetParameters())
                Console.WriteLine("  {0} {1}", p.ParameterType, p.Name);
        }
        MethodInfo id = typeof(P).GetMethod("Id");
        Console.WriteLine(id.ReturnType == id.GetGenericArguments()[0]);
        Try(() => id.Invoke(null, new object[] { 1 }));
        Try(() => typeof(P).GetMethod("Plain").MakeGenericMethod(typeof(int)));
        Try(() => id.MakeGenericMethod());
        Console.WriteLine(Id(5) + Two(1, "x"));
    }
}
