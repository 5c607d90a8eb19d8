// Delegates made from abstract and interface methods (ldvirtftn picks the override from the
// receiver): interface methods, abstract class methods, overrides two levels down, as
// arguments to other methods, and equality of two delegates made the same way.
using System;
using System.Collections.Generic;

interface IGreeter { string Greet(string who); }
abstract class Shape { public abstract double Area(); public abstract string Kind { get; } }
class Square : Shape
{
    double side;
    public Square(double s) { side = s; }
    public override double Area() { return side * side; }
    public override string Kind { get { return "square"; } }
}
class Cube : Square
{
    public Cube(double s) : base(s) { }
    public override double Area() { return 6 * base.Area(); }
    public override string Kind { get { return "cube"; } }
}
class English : IGreeter { public string Greet(string who) { return "hello " + who; } }
class French : IGreeter { public string Greet(string who) { return "bonjour " + who; } }

class Program
{
    static string Apply(Func<string, string> f, string x) { return f(x); }

    static void Main()
    {
        List<IGreeter> greeters = new List<IGreeter> { new English(), new French() };
        foreach (IGreeter g in greeters) {
            Func<string, string> f = g.Greet;
            Console.WriteLine(Apply(f, "world"));
        }
        Shape[] shapes = { new Square(2), new Cube(2) };
        foreach (Shape s in shapes) {
            Func<double> area = s.Area;
            Func<string> kind = () => s.Kind;
            Console.WriteLine(kind() + " " + area());
        }
        IGreeter e = greeters[0];
        Func<string, string> a = e.Greet, b = e.Greet;
        Console.WriteLine("same target and method: " + a.Equals(b) + ", other target: " + a.Equals((Func<string, string>)greeters[1].Greet));
        Action<string> print = Console.WriteLine;
        greeters.ForEach(x => print(x.Greet("all")));
    }
}
