// Generic types through reflection: IsGenericType, IsGenericTypeDefinition,
// GetGenericTypeDefinition, GetGenericArguments (a definition's are its named parameters:
// IsGenericParameter, GenericParameterPosition, DeclaringType), ContainsGenericParameters,
// GenericTypeArguments, MakeGenericType (of instances the program also names, so that an
// AOT executable has them) and Mono's names and messages for each.
using System;
using System.Collections.Generic;

class Box<T> { public T Value; }
class Pair<K, V> { }
class Outer { public class Inner<T> { } }
struct Cell<T> { public T x; }

class P
{
    static void Show(Type t)
    {
        Console.WriteLine("{0} | {1} | {2} | gen={3} def={4} param={5} open={6}", t.Name, t.FullName ?? "(null)", t,
                          t.IsGenericType, t.IsGenericTypeDefinition, t.IsGenericParameter, t.ContainsGenericParameters);
    }

    static void Try(Func<object> f)
    {
        try { Console.WriteLine(f()); }
        catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
    }

    static void Main()
    {
        Show(typeof(List<int>));
        Show(typeof(List<>));
        Show(typeof(Dictionary<string, int>));
        Show(typeof(Dictionary<,>));
        Show(typeof(Box<string>));
        Show(typeof(Pair<,>));
        Show(typeof(Outer.Inner<int>));
        Show(typeof(Cell<>));
        Show(typeof(int?));
        Show(typeof(int));
        Show(typeof(List<int>[]));

        Type[] args = typeof(Dictionary<string, int>).GetGenericArguments();
        Console.WriteLine(args.Length + " " + args[0] + " " + args[1]);
        foreach (Type p in typeof(Dictionary<,>).GetGenericArguments())
        {
            Show(p);
            Console.WriteLine(p.GenericParameterPosition + " " + p.DeclaringType + " " + p.BaseType + " " + p.Namespace);
        }
        Console.WriteLine(typeof(List<int>).GetGenericTypeDefinition() == typeof(List<>));
        Console.WriteLine(typeof(Pair<,>).GetGenericTypeDefinition() == typeof(Pair<,>));
        Console.WriteLine(typeof(List<>).BaseType);
        Console.WriteLine(typeof(int).GetGenericArguments().Length);
        Console.WriteLine(typeof(List<int>).GenericTypeArguments[0] + " " + typeof(List<>).GenericTypeArguments.Length);

        Type li = typeof(List<>).MakeGenericType(typeof(int));
        Console.WriteLine(li == typeof(List<int>));
        Show(li);
        Type pair = typeof(Pair<,>).MakeGenericType(typeof(string), typeof(Box<string>));
        Console.WriteLine(pair == typeof(Pair<string, Box<string>>));
        Show(pair);
        Console.WriteLine(typeof(Dictionary<,>).MakeGenericType(args) == typeof(Dictionary<string, int>));
        Console.WriteLine(typeof(Cell<>).MakeGenericType(typeof(long)) == typeof(Cell<long>));
        Console.WriteLine(new Cell<long>().x);

        Try(() => typeof(int).GetGenericTypeDefinition());
        Try(() => typeof(int).MakeGenericType(typeof(int)));
        Try(() => typeof(List<>).MakeGenericType(typeof(int), typeof(int)));
        Try(() => typeof(List<>).MakeGenericType(null));
        Try(() => typeof(int).GenericParameterPosition);
    }
}
