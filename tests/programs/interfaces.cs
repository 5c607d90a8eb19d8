// Interface dispatch: several interfaces per class, one interface on unrelated classes,
// interface inheritance, explicit implementations, interface properties, re-implementation.
using System;

interface INamed { string Name { get; } }
interface ICounter { void Increment(); int Count { get; } }
interface IResettable { void Reset(); }
interface IShape { double Area(); }
interface IDescribe : INamed { string Describe(); }
interface IPrinter { void Print(string s); }
interface ILogger { void Print(string s); }

class Counter : ICounter, IResettable, INamed
{
    int n;
    public void Increment() { n++; }
    public int Count { get { return n; } }
    public void Reset() { n = 0; }
    public string Name { get { return "counter"; } }
}

class StepCounter : ICounter, INamed
{
    int n, step;
    public StepCounter(int step) { this.step = step; }
    public void Increment() { n += step; }
    public int Count { get { return n; } }
    public string Name { get { return "step" + step; } }
}

class Square : IShape, IDescribe
{
    double s;
    public Square(double s) { this.s = s; }
    public double Area() { return s * s; }
    public string Name { get { return "square"; } }
    public string Describe() { return Name + " of side " + s; }
}

class Planet : IDescribe, IResettable
{
    public string Name { get { return "planet"; } }
    public string Describe() { return "a planet"; }
    public void Reset() { Console.WriteLine("planet reset"); }
}

class Both : IPrinter, ILogger
{
    void IPrinter.Print(string s) { Console.WriteLine("printer: " + s); }
    void ILogger.Print(string s) { Console.WriteLine("logger: " + s); }
    public void Print(string s) { Console.WriteLine("class: " + s); }
}

class BaseImpl : IPrinter
{
    public void Print(string s) { Console.WriteLine("BaseImpl: " + s); }
}

class DerivedNoReimpl : BaseImpl
{
    public new void Print(string s) { Console.WriteLine("DerivedNoReimpl: " + s); }
}

class DerivedReimpl : BaseImpl, IPrinter
{
    public new void Print(string s) { Console.WriteLine("DerivedReimpl: " + s); }
}

class VirtBase : IPrinter
{
    public virtual void Print(string s) { Console.WriteLine("VirtBase: " + s); }
}

class VirtDerived : VirtBase
{
    public override void Print(string s) { Console.WriteLine("VirtDerived: " + s); }
}

class Interfaces
{
    static void Bump(ICounter c, int times)
    {
        for (int i = 0; i < times; i++) c.Increment();
    }

    static void Main()
    {
        ICounter[] counters = { new Counter(), new StepCounter(3), new Counter() };
        for (int i = 0; i < counters.Length; i++) Bump(counters[i], 10 + i);
        foreach (ICounter c in counters)
        {
            INamed n = (INamed)c;
            Console.WriteLine(n.Name + " = " + c.Count);
        }
        IResettable r = (IResettable)counters[0];
        r.Reset();
        Console.WriteLine("after reset: " + counters[0].Count);

        INamed[] named = { new Counter(), new StepCounter(7), new Square(2), new Planet() };
        foreach (INamed n in named) Console.Write(n.Name + ";");
        Console.WriteLine();

        IDescribe[] ds = { new Square(1.5), new Planet() };
        foreach (IDescribe d in ds) Console.WriteLine(d.Describe() + " / " + d.Name);

        object[] things = { new Counter(), new Square(3), new Planet(), "str" };
        foreach (object o in things)
        {
            IResettable rr = o as IResettable;
            IShape sh = o as IShape;
            Console.WriteLine((rr != null) + " " + (sh != null ? sh.Area().ToString("F1") : "-") + " " + (o is INamed));
        }

        Both b = new Both();
        b.Print("x");
        ((IPrinter)b).Print("x");
        ((ILogger)b).Print("x");

        IPrinter p1 = new DerivedNoReimpl();
        IPrinter p2 = new DerivedReimpl();
        IPrinter p3 = new VirtDerived();
        p1.Print("p1"); p2.Print("p2"); p3.Print("p3");

        long sum = 0;
        ICounter hot = new StepCounter(2);
        for (int i = 0; i < 200000; i++) { hot.Increment(); sum += hot.Count & 7; }
        Console.WriteLine("hot = " + hot.Count + " sum = " + sum);
    }
}
