// System.Lazy<T>: computed once on first Value, a factory's exception kept and thrown again
// (retried under PublicationOnly), a factory reading its own Value, T's parameterless
// constructor as the default factory, and Activator.CreateInstance<T>() of a type without
// one: MissingMethodException where it is reached, not a compile error.
using System;
using System.Text;
using System.Threading;

class NoDefault
{
    public NoDefault(int x) { }
}

abstract class Shape
{
}

class LazyBasic
{
    static int made;

    static T Make<T>()
    {
        Console.WriteLine("making " + typeof(T).Name);
        return Activator.CreateInstance<T>();
    }

    static void Main()
    {
        var lz = new Lazy<string>(() => { made++; Console.WriteLine("computing"); return "v"; });
        Console.WriteLine(lz.IsValueCreated);
        Console.WriteLine(lz.ToString());
        Console.WriteLine(lz.Value + lz.Value + " " + made + " " + lz.IsValueCreated + " " + lz);

        int calls = 0;
        var failing = new Lazy<int>(() => { calls++; throw new InvalidOperationException("boom" + calls); });
        for (int i = 0; i < 2; i++) {
            try { Console.WriteLine(failing.Value); }
            catch (Exception e) { Console.WriteLine(e.Message + " " + failing.IsValueCreated); }
        }
        var retried = new Lazy<int>(() => { calls++; if (calls < 4) throw new Exception("again" + calls); return calls; },
                                    LazyThreadSafetyMode.PublicationOnly);
        for (int i = 0; i < 3; i++) {
            try { Console.WriteLine(retried.Value); }
            catch (Exception e) { Console.WriteLine(e.Message); }
        }

        Lazy<int> self = null;
        self = new Lazy<int>(() => self.Value + 1);
        try { Console.WriteLine(self.Value); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var sb = new Lazy<StringBuilder>();
        sb.Value.Append("made by its constructor");
        Console.WriteLine(sb.Value + " " + new Lazy<int>(false).Value + " " + (new Lazy<object>(() => null).Value == null));
        var noDefault = new Lazy<NoDefault>();
        try { Console.WriteLine(noDefault.Value); }
        catch (MissingMemberException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

        Console.WriteLine(Make<int>() + " " + Make<StringBuilder>().Length);
        foreach (Func<object> f in new Func<object>[] { () => Make<NoDefault>(), () => Make<Shape>(), () => Make<string>() }) {
            try { Console.WriteLine(f()); }
            catch (MissingMethodException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        try { Console.WriteLine(new Lazy<int>(null)); }
        catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
    }
}
