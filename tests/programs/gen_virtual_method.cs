// Generic virtual methods: `virtual T Make<T>()` and `virtual string Show<T>(T)` overridden
// in derived classes and called through the base class, plus a generic interface method.
using System;
using System.Collections.Generic;

class Factory
{
    public virtual T Make<T>() where T : new() { Console.WriteLine("  Factory.Make<" + typeof(T).Name + ">"); return new T(); }
    public virtual string Show<T>(T x) { return "base:" + x; }
}

class LoggingFactory : Factory
{
    public int Made;
    public override T Make<T>() { Made++; Console.WriteLine("  LoggingFactory.Make<" + typeof(T).Name + "> #" + Made); return base.Make<T>(); }
    public override string Show<T>(T x) { return "derived:" + base.Show(x) + ":" + typeof(T).Name; }
}

interface IVisitor { string Visit<T>(T item); }
class Bracket : IVisitor { public string Visit<T>(T item) { return "[" + item + "]"; } }
class Upper : IVisitor { public string Visit<T>(T item) { return item.ToString().ToUpper(); } }

class Widget { public int Id = 7; public override string ToString() { return "widget" + Id; } }

class Program
{
    static void Main()
    {
        Factory f = new Factory();
        Factory g = new LoggingFactory();
        Widget w1 = f.Make<Widget>();
        Widget w2 = g.Make<Widget>();
        List<int> l = g.Make<List<int>>();
        int zero = g.Make<int>();
        Console.WriteLine(w1 + " " + w2 + " list count " + l.Count + " int " + zero + " made " + ((LoggingFactory)g).Made);

        Console.WriteLine(f.Show(5));
        Console.WriteLine(g.Show(5));
        Console.WriteLine(g.Show("s"));
        Console.WriteLine(g.Show(2.5));
        Console.WriteLine(g.Show(new Widget()));

        IVisitor[] vs = { new Bracket(), new Upper() };
        foreach (IVisitor v in vs)
            Console.WriteLine(v.Visit(1) + " " + v.Visit("abc") + " " + v.Visit('z') + " " + v.Visit(new Widget()));
    }
}
