// Properties: auto-properties (get/set, private set, getter-only with initialiser),
// computed properties, validation in setters, static properties, virtual/abstract and
// overridden properties, interface properties, expression-bodied members.
using System;

interface IHasArea { double Area { get; } }

abstract class Shape : IHasArea
{
    public abstract double Area { get; }
    public virtual string Kind { get { return "shape"; } }
    public static int Instances { get; private set; }
    protected Shape() { Instances++; }
}

class Rect : Shape
{
    double w, h;
    public double Width { get { return w; } set { if (value < 0) throw new ArgumentException("negative"); w = value; } }
    public double Height { get { return h; } set { h = value < 0 ? 0 : value; } }
    public override double Area { get { return w * h; } }
    public override string Kind => "rect";
    public bool IsSquare => w == h;
}

class Person
{
    public string First { get; set; }
    public string Last { get; set; }
    public int Age { get; private set; }
    public string Id { get; } = "P-" + (++nextId);
    static int nextId;
    public string Full { get { return First + " " + Last; } }
    public string Initials => "" + First[0] + Last[0];
    public void Birthday() { Age++; }
    public Person(int age) { Age = age; }
}

class Config
{
    static string mode = "debug";
    public static string Mode { get { return mode; } set { Console.WriteLine("  mode " + mode + " -> " + value); mode = value; } }
    public static bool IsRelease => mode == "release";
}

class Program
{
    static void Main()
    {
        Rect r = new Rect();
        r.Width = 3;
        r.Height = -5;
        Console.WriteLine("w=" + r.Width + " h=" + r.Height + " area=" + r.Area + " square=" + r.IsSquare);
        r.Height = 3;
        Console.WriteLine("area=" + r.Area + " square=" + r.IsSquare + " kind=" + r.Kind);
        try { r.Width = -1; } catch (ArgumentException e) { Console.WriteLine("setter threw: " + e.Message); }

        Shape s = r;
        IHasArea ia = new Rect { Width = 2, Height = 4.5 };
        Console.WriteLine("via base " + s.Area + " " + s.Kind + ", via interface " + ia.Area);
        Console.WriteLine("instances " + Shape.Instances);

        Person p = new Person(29) { First = "Ada", Last = "Lovelace" };
        p.Birthday();
        Console.WriteLine(p.Full + " " + p.Initials + " age " + p.Age + " id " + p.Id);
        Person q = new Person(1) { First = "Q", Last = "R" };
        Console.WriteLine("second id " + q.Id);

        p.First += "!";
        Console.WriteLine("compound on property: " + p.First);
        r.Width *= 2;
        r.Height++;
        Console.WriteLine("after *= and ++: " + r.Width + "x" + r.Height);

        Console.WriteLine("mode " + Config.Mode + " release " + Config.IsRelease);
        Config.Mode = "release";
        Console.WriteLine("release " + Config.IsRelease);
    }
}
