// Delegates bound to generic virtual methods (ldvirtftn of an instantiated method): the
// override is picked from the receiver's type and the method's type arguments, in generic
// and non-generic callers, through a class and an interface, as events and plain delegates.
using System;

class Printer
{
    public virtual string Show<T>(T value) { return "Printer<" + typeof(T).Name + "> " + value; }
}

class LoudPrinter : Printer
{
    public override string Show<T>(T value) { return "LOUD<" + typeof(T).Name + "> " + value; }
}

interface IMaker { object Make<T>() where T : new(); }

class Maker : IMaker
{
    public object Make<T>() where T : new() { return new T(); }
}

class Thing { public override string ToString() { return "a thing"; } }

class Source<T>
{
    public event Action<Source<T>> Fired;
    public T Value;
    public void Fire() { Fired(this); }
}

class Listener
{
    public string Seen = "";
    public virtual void OnFired<T>(Source<T> s) { Seen += "base:" + s.Value + " "; }
}

class LoudListener : Listener
{
    public override void OnFired<T>(Source<T> s) { Seen += "loud:" + typeof(T).Name + "=" + s.Value + " "; }
}

class Program
{
    static Func<T, string> Bind<T>(Printer p) { return p.Show<T>; }

    static string Subscribe<T>(Listener l, T value)
    {
        var src = new Source<T>();
        src.Value = value;
        src.Fired += l.OnFired<T>;
        src.Fire();
        src.Fire();
        return l.Seen;
    }

    static void Main()
    {
        Printer plain = new Printer(), loud = new LoudPrinter();
        Func<int, string> f1 = plain.Show<int>;
        Func<string, string> f2 = loud.Show<string>;
        Console.WriteLine(f1(1));
        Console.WriteLine(f2("two"));
        Console.WriteLine(Bind<double>(loud)(3.5));
        Console.WriteLine(Bind<long>(plain)(4));

        IMaker m = new Maker();
        Func<object> make = m.Make<Thing>;
        Console.WriteLine(make());

        Console.WriteLine(Subscribe(new Listener(), 5));
        Console.WriteLine(Subscribe(new LoudListener(), "six"));
        Console.WriteLine(Subscribe<Thing>(new LoudListener(), new Thing()));
    }
}
