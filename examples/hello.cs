// The first program ilc runs in the demo: a greeting, a loop, a virtual call and string
// formatting, i.e. the frontend, the type system, the runtime and corlib all in one page.
using System;

class Greeter
{
    public virtual string Greet(string who) { return "Hello, " + who + "!"; }
}

class LoudGreeter : Greeter
{
    public override string Greet(string who) { return base.Greet(who).ToUpper(); }
}

class Hello
{
    static int Main(string[] args)
    {
        string who = args.Length > 0 ? args[0] : "World";
        Greeter[] greeters = { new Greeter(), new LoudGreeter() };
        foreach (Greeter g in greeters) Console.WriteLine(g.Greet(who));
        long sum = 0;
        for (int i = 1; i <= 1000; i++) sum += i * i;
        Console.WriteLine("sum of the first 1000 squares: {0}", sum);
        Console.WriteLine("pi to 6 places: {0:F6}", Math.PI);
        return 0;
    }
}
