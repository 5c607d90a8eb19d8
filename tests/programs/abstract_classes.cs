// Abstract classes, abstract methods and properties, template method pattern.
using System;

abstract class Shape
{
    static int created;
    public readonly int Id;
    protected Shape() { created++; Id = created; }
    public static int Created { get { return created; } }
    public abstract double Area();
    public abstract double Perimeter();
    public abstract string Name { get; }
    public virtual string Info()
    {
        return "#" + Id + " " + Name + " area=" + Area().ToString("F3") + " perimeter=" + Perimeter().ToString("F3");
    }
}

class Circle : Shape
{
    double r;
    public Circle(double r) { this.r = r; }
    public override double Area() { return Math.PI * r * r; }
    public override double Perimeter() { return 2 * Math.PI * r; }
    public override string Name { get { return "circle"; } }
}

class Rect : Shape
{
    protected double w, h;
    public Rect(double w, double h) { this.w = w; this.h = h; }
    public override double Area() { return w * h; }
    public override double Perimeter() { return 2 * (w + h); }
    public override string Name { get { return "rect"; } }
}

class Square : Rect
{
    public Square(double s) : base(s, s) { }
    public override string Name { get { return "square"; } }
    public override string Info() { return base.Info() + " side=" + w; }
}

abstract class Polygon : Shape
{
    protected double[] sides;
    public override double Perimeter()
    {
        double p = 0;
        foreach (double s in sides) p += s;
        return p;
    }
}

class Triangle : Polygon
{
    public Triangle(double a, double b, double c) { sides = new double[] { a, b, c }; }
    public override double Area()
    {
        double s = Perimeter() / 2;
        return Math.Sqrt(s * (s - sides[0]) * (s - sides[1]) * (s - sides[2]));
    }
    public override string Name { get { return "triangle"; } }
}

abstract class Processor
{
    public int Run(int[] data)
    {
        int acc = Seed();
        for (int i = 0; i < data.Length; i++) acc = Step(acc, data[i]);
        return Finish(acc);
    }
    protected abstract int Seed();
    protected abstract int Step(int acc, int x);
    protected virtual int Finish(int acc) { return acc; }
}

class Summer : Processor
{
    protected override int Seed() { return 0; }
    protected override int Step(int acc, int x) { return acc + x; }
}

class Multiplier : Processor
{
    protected override int Seed() { return 1; }
    protected override int Step(int acc, int x) { return acc * x; }
    protected override int Finish(int acc) { return -acc; }
}

class AbstractClasses
{
    static void Main()
    {
        Shape[] shapes = { new Circle(1), new Rect(2, 3.5), new Square(4), new Triangle(3, 4, 5), new Circle(0.5) };
        double total = 0;
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Info());
            total += s.Area();
        }
        Console.WriteLine("total area " + total.ToString("F4") + ", created " + Shape.Created);
        int[] data = { 1, 2, 3, 4, 5, 6 };
        Processor[] ps = { new Summer(), new Multiplier() };
        foreach (Processor p in ps) Console.WriteLine(p.Run(data));
    }
}
