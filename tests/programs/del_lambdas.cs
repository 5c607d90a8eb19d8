// Lambdas and anonymous methods without captures, capturing locals (shared, mutable),
// capturing parameters and `this`, nested closures, and closures outliving their frame.
using System;

class Greeter
{
    string greeting;
    public Greeter(string g) { greeting = g; }
    public Func<string, string> Make() { return name => greeting + ", " + name; }
    public void Change(string g) { greeting = g; }
}

class Program
{
    static Func<int> MakeCounter(int start, int step)
    {
        int value = start;
        return () => { value += step; return value; };
    }

    static Func<int, Func<int, int>> Adder() { return x => y => x + y; }

    static void Main()
    {
        Func<int, int> sq = x => x * x;
        Func<int, int, int> add = (a, b) => a + b;
        Func<string> konst = () => "constant";
        Action<string> say = delegate (string s) { Console.WriteLine("say " + s); };
        Console.WriteLine(sq(9) + " " + add(2, 3) + " " + konst());
        say("anonymous method");

        int counter = 0;
        Action inc = () => counter++;
        inc(); inc(); inc();
        Console.WriteLine("counter after 3 incs: " + counter);
        counter = 100;
        inc();
        Console.WriteLine("counter shared with lambda: " + counter);

        Func<int> c1 = MakeCounter(0, 1), c2 = MakeCounter(100, 10);
        Console.WriteLine(c1() + " " + c1() + " " + c2() + " " + c1() + " " + c2());

        Func<int, Func<int, int>> adder = Adder();
        Func<int, int> add5 = adder(5);
        Console.WriteLine("add5(10)=" + add5(10) + " adder(1)(2)=" + adder(1)(2));

        Greeter g = new Greeter("Hello");
        Func<string, string> greet = g.Make();
        Console.WriteLine(greet("Ann"));
        g.Change("Goodbye");
        Console.WriteLine(greet("Ann"));

        // Nested closures sharing outer variable at two levels
        int outer = 1;
        Func<Func<int>> makeInner = () => { int inner = 10; return () => outer * 1000 + (inner++); };
        Func<int> i1 = makeInner(), i2 = makeInner();
        Console.WriteLine(i1() + " " + i1() + " " + i2());
        outer = 2;
        Console.WriteLine(i1() + " " + i2());

        // Recursive lambda through a captured variable
        Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine("fact(15)=" + fact(15));

        // Lambda capturing a struct local: the closure owns the variable
        DateLike d = new DateLike { Day = 1 };
        Action bump = () => d.Day++;
        bump(); bump();
        Console.WriteLine("captured struct Day=" + d.Day);

        // Statement lambdas with multiple returns
        Func<int, string> classify = n =>
        {
            if (n < 0) return "neg";
            if (n == 0) return "zero";
            return n % 2 == 0 ? "even" : "odd";
        };
        foreach (int n in new[] { -4, 0, 3, 8 }) Console.Write(classify(n) + " ");
        Console.WriteLine();
    }
}

struct DateLike { public int Day; }
