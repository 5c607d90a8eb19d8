// Static initialisation order with explicit static constructors (precise, not beforefieldinit):
// a type's .cctor runs on first access to a static field, a static method call or an instance creation.
using System;

class Log
{
    public static int seq;
    public static void Write(string s) { seq++; Console.WriteLine(seq + ": " + s); }
}

class First
{
    public static int Value;
    static First() { Log.Write("First.cctor begin"); Value = Second.Value + 1; Log.Write("First.cctor end, Value=" + Value); }
    public static void Touch() { Log.Write("First.Touch"); }
}

class Second
{
    public static int Value;
    static Second() { Log.Write("Second.cctor"); Value = 10; }
}

class Third
{
    public static int Calls;
    static Third() { Log.Write("Third.cctor"); }
    public static int Get() { Calls++; return 3; }
}

class Instance
{
    public int x;
    static Instance() { Log.Write("Instance.cctor"); }
    public Instance() { Log.Write("Instance.ctor"); x = 5; }
}

class Base
{
    public static int BaseValue;
    static Base() { Log.Write("Base.cctor"); BaseValue = 100; }
    public Base() { Log.Write("Base.ctor"); }
}

class Derived : Base
{
    public static int DerivedValue;
    static Derived() { Log.Write("Derived.cctor"); DerivedValue = 200; }
    public Derived() { Log.Write("Derived.ctor"); }
}

class Cycle1
{
    public static int A;
    static Cycle1() { Log.Write("Cycle1.cctor sees Cycle2.B=" + Cycle2.B); A = 1; }
}

class Cycle2
{
    public static int B;
    static Cycle2() { Log.Write("Cycle2.cctor sees Cycle1.A=" + Cycle1.A); B = 2; }
}

class Never
{
    static Never() { Log.Write("Never.cctor must not run"); }
    public static void Unused() { }
}

class Counted
{
    public static int Runs;
    static Counted() { Runs++; Log.Write("Counted.cctor"); }
    public static int Id() { return Runs; }
}

class StaticInit
{
    static int mainStatic;
    static StaticInit() { Log.Write("StaticInit.cctor (before Main)"); mainStatic = 7; }

    static void Main()
    {
        Log.Write("Main begin, mainStatic=" + mainStatic);
        Log.Write("First.Value=" + First.Value);
        Log.Write("Second.Value=" + Second.Value);
        First.Touch();
        Log.Write("before Third");
        int t = Third.Get() + Third.Get();
        Log.Write("Third.Get twice=" + t + " calls=" + Third.Calls);
        Log.Write("before new Instance");
        Instance i = new Instance();
        Log.Write("i.x=" + i.x);
        Log.Write("before Derived.DerivedValue");
        Log.Write("Derived.DerivedValue=" + Derived.DerivedValue);
        Log.Write("before new Derived");
        new Derived();
        Log.Write("Base.BaseValue=" + Base.BaseValue);
        Log.Write("before cycle");
        Log.Write("Cycle1.A=" + Cycle1.A + " Cycle2.B=" + Cycle2.B);
        for (int k = 0; k < 3; k++) Log.Write("Counted.Id=" + Counted.Id());
        Log.Write("Main end");
    }
}
