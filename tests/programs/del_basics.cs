// Delegates bound to static methods, instance methods (capturing the target), virtual
// methods (dispatch on the target's dynamic type), struct instance methods (boxed copy),
// custom delegate types, Method/Target-free comparisons, null delegates.
using System;

delegate int BinOp(int a, int b);
delegate void Notify(string msg);
delegate string Describer();

class Calc
{
    int bias;
    public Calc(int bias) { this.bias = bias; }
    public int AddBiased(int a, int b) { return a + b + bias; }
    public static int Mul(int a, int b) { return a * b; }
}

class Animal { public virtual string Speak() { return "..."; } }
class Dog : Animal { public override string Speak() { return "woof"; } }

struct Tally
{
    public int N;
    public string Report() { N++; return "tally " + N; }
}

class Program
{
    static int Sub(int a, int b) { return a - b; }
    static void Print(string m) { Console.WriteLine("print: " + m); }

    static void Main()
    {
        BinOp op = Sub;
        Console.WriteLine("Sub " + op(10, 3));
        op = new BinOp(Calc.Mul);
        Console.WriteLine("Mul " + op(6, 7));
        Calc c = new Calc(100);
        op = c.AddBiased;
        Console.WriteLine("AddBiased " + op(1, 2) + " via Invoke " + op.Invoke(3, 4));

        BinOp[] table = { Sub, Calc.Mul, new Calc(1).AddBiased, new Calc(2).AddBiased };
        foreach (BinOp f in table) Console.Write(f(5, 4) + " ");
        Console.WriteLine();

        Animal a = new Dog();
        Describer d = a.Speak;          // virtual: binds to Dog.Speak
        Console.WriteLine("virtual bound: " + d());
        Describer baseOnly = new Animal().Speak;
        Console.WriteLine("base bound: " + baseOnly());

        Tally t = new Tally();
        Describer td = t.Report;       // boxes a copy of t
        Console.WriteLine(td() + ", " + td() + ", original N=" + t.N);

        Notify n = Print;
        n("hello");
        Notify none = null;
        Console.WriteLine("null delegate: " + (none == null));
        if (none != null) none("never");

        BinOp same1 = Sub, same2 = Sub;
        Console.WriteLine("equal delegates: " + same1.Equals(same2) + " " + (same1 == same2));
        BinOp other = Calc.Mul;
        Console.WriteLine("different: " + (same1 == other));

        Func<int, int, int> asFunc = Sub;
        Console.WriteLine("as Func " + asFunc(1, 10));
        Console.WriteLine("delegate type name: " + op.GetType().Name);
    }
}
