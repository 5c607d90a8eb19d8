// Properties: auto-properties, computed getters, setters with validation, private setters,
// static properties, virtual and abstract properties, interface properties, compound assignment.
using System;

interface IArea { double Area { get; } }

abstract class Shape : IArea
{
    public abstract double Area { get; }
    public virtual string Label { get { return "shape"; } }
}

class Rect : Shape
{
    double w, h;
    public Rect(double w, double h) { Width = w; Height = h; }
    public double Width { get { return w; } set { w = value < 0 ? 0 : value; } }
    public double Height { get { return h; } set { h = value < 0 ? 0 : value; } }
    public override double Area { get { return w * h; } }
    public override string Label { get { return "rect " + base.Label; } }
}

class Temperature
{
    double celsius;
    public double Celsius { get { return celsius; } set { celsius = value; Changes++; } }
    public double Fahrenheit
    {
        get { return celsius * 9 / 5 + 32; }
        set { Celsius = (value - 32) * 5 / 9; }
    }
    public int Changes { get; private set; }
}

class Person
{
    public string Name { get; set; }
    public int Age { get; set; }
    public bool IsAdult { get { return Age >= 18; } }
    static int population;
    public static int Population { get { return population; } }
    public Person(string name, int age) { Name = name; Age = age; population++; }
}

class Box
{
    int[] items = new int[8];
    int n;
    public int Count { get { return n; } }
    public int Last { get { return n > 0 ? items[n - 1] : -1; } set { if (n > 0) items[n - 1] = value; } }
    public void Add(int x) { items[n++] = x; }
}

class Properties
{
    static void Main()
    {
        Rect r = new Rect(3, -4);
        Console.WriteLine(r.Width + " " + r.Height + " " + r.Area + " " + r.Label);
        r.Height = 2.5;
        r.Width *= 2;
        Console.WriteLine(r.Width + " " + r.Height + " " + r.Area);
        IArea ia = r;
        Shape sh = r;
        Console.WriteLine(ia.Area + " " + sh.Area + " " + sh.Label);

        Temperature t = new Temperature();
        t.Celsius = 100;
        Console.WriteLine(t.Fahrenheit + " " + t.Changes);
        t.Fahrenheit = -40;
        Console.WriteLine(t.Celsius + " " + t.Changes);
        t.Celsius += 40;
        Console.WriteLine(t.Celsius + " " + t.Fahrenheit + " " + t.Changes);

        Person[] people = { new Person("Ann", 34), new Person("Ben", 12), new Person("Cy", 18) };
        foreach (Person p in people) Console.WriteLine(p.Name + " " + p.Age + " " + p.IsAdult);
        people[1].Age++;
        people[1].Name += "jamin";
        Console.WriteLine(people[1].Name + " " + people[1].Age + " population " + Person.Population);

        Box b = new Box();
        Console.WriteLine(b.Last + " " + b.Count);
        b.Add(5); b.Add(7);
        b.Last += 100;
        b.Last++;
        Console.WriteLine(b.Last + " " + b.Count);
        long sum = 0;
        for (int i = 0; i < 100000; i++) { t.Celsius = i; sum += (long)t.Fahrenheit; }
        Console.WriteLine(sum + " " + t.Changes);
    }
}
