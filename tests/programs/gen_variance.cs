// Generic variance (ECMA-335 II.9.5): covariant and contravariant interfaces and delegates,
// in casts, interface calls, user-defined variant interfaces and nested arguments.
using System;
using System.Collections.Generic;

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }
class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }
class CatFactory : IProducer<Cat> { public Cat Produce() { return new Cat(); } }
class Printer : IConsumer<Animal> { public void Consume(Animal a) { Console.WriteLine("consumed " + a.Name); } }
class LengthComparer : IComparer<object>
{
    public int Compare(object a, object b) { return a.ToString().Length.CompareTo(b.ToString().Length); }
}

class Program
{
    static string Join(IEnumerable<object> items)
    {
        var parts = new List<string>();
        foreach (object o in items) parts.Add(o == null ? "null" : o.ToString());
        return "[" + string.Join(", ", parts) + "]";
    }

    static int Count(IEnumerable<IEnumerable<object>> nested)
    {
        int n = 0;
        foreach (var inner in nested) foreach (var x in inner) n++;
        return n;
    }

    static void Main()
    {
        var words = new List<string> { "pear", "fig", "banana" };
        Console.WriteLine(Join(words));
        Console.WriteLine(Join(new Queue<string>(words)));
        Console.WriteLine(Join(new HashSet<string> { "only" }));
        IEnumerable<object> asObjects = words;
        Console.WriteLine(asObjects is IEnumerable<string>);
        object boxed = words;
        Console.WriteLine((boxed is IEnumerable<object>) + " " + (boxed is IEnumerable<IComparable>) +
                          " " + (boxed is IEnumerable<int>) + " " + (boxed is IList<object>) +
                          " " + (boxed is IReadOnlyList<object>));
        var ints = new List<int> { 1, 2 };
        Console.WriteLine((((object)ints) is IEnumerable<object>) + " " + (((object)ints) is IEnumerable<int>));

        // A user-defined covariant interface.
        IProducer<Animal> producer = new CatFactory();
        Console.WriteLine("produced " + producer.Produce().Name);
        object p = new CatFactory();
        Console.WriteLine((p is IProducer<Animal>) + " " + (p is IProducer<object>) + " " + (p is IProducer<string>));

        // Contravariant: a consumer of animals consumes cats.
        IConsumer<Cat> catConsumer = new Printer();
        catConsumer.Consume(new Cat());
        Console.WriteLine((((object)new Printer()) is IConsumer<Cat>) + " " + (((object)new Printer()) is IConsumer<object>));

        // IComparer<in T>: an IComparer<object> sorts strings.
        var list = new List<string> { "ccc", "a", "bb", "dddd" };
        list.Sort(new LengthComparer());
        Console.WriteLine(string.Join(" ", list));
        IComparer<string> sc = new LengthComparer();
        Console.WriteLine(sc.Compare("zz", "y"));

        // Delegates: Func<out TResult>, Action<in T>.
        Func<string> hello = () => "hello";
        Func<object> asObject = hello;
        Console.WriteLine(asObject());
        Action<object> show = o => Console.WriteLine("show " + o);
        Action<string> showString = show;
        showString("text");
        object d = hello;
        Console.WriteLine((d is Func<object>) + " " + (d is Func<string>) + " " + (d is Func<int>) + " " + (d is Action<string>));
        Func<object, string> describe = o => "<" + o + ">";
        Func<string, object> narrow = describe;
        Console.WriteLine(narrow("x"));
        Func<string>[] funcs = { hello };
        Func<object>[] asFuncs = funcs;
        Console.WriteLine(asFuncs[0]());
        try { asFuncs[0] = () => (object)3; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("array type mismatch"); }

        // Nested arguments.
        var nested = new List<List<string>> { new List<string> { "a", "b" }, new List<string> { "c" } };
        Console.WriteLine(Count(nested));
        IEnumerable<IEnumerable<object>> n2 = nested;
        Console.WriteLine(((object)nested is IEnumerable<IEnumerable<object>>) + " " + ((object)nested is IEnumerable<List<object>>));

        // Casts that fail still fail.
        try { var bad = (IEnumerable<int>)(object)words; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("invalid cast"); }
    }
}
