// User structs as locals, fields, array elements, parameters and return values; copy
// semantics (assigning or passing copies; modifying the copy leaves the original alone).
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

struct Segment
{
    public Point A, B;
    public string Label;
}

class Holder
{
    public Point P;
    public Point[] Many = new Point[3];
}

class Program
{
    static Point origin;

    static Point Add(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }

    static void Scramble(Point p) { p.X = -999; p.Y = -999; Console.WriteLine("  inside Scramble: " + p); }

    static Point Mirror(Point p) { int t = p.X; p.X = p.Y; p.Y = t; return p; }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine("a=" + a + " b=" + b);

        Scramble(a);
        Console.WriteLine("after Scramble a=" + a);
        Point m = Mirror(a);
        Console.WriteLine("Mirror(a)=" + m + " a=" + a);
        Console.WriteLine("Add=" + Add(a, m));

        Holder h = new Holder();
        h.P = a;
        h.P.Y = 50;              // modifies the field in place
        Console.WriteLine("h.P=" + h.P + " a=" + a);
        Point copy = h.P;
        copy.X = 77;
        Console.WriteLine("copy=" + copy + " h.P=" + h.P);

        h.Many[1] = new Point(5, 6);
        h.Many[1].X += 100;      // array element modified in place
        Point e = h.Many[1];
        e.Y = 0;
        for (int i = 0; i < h.Many.Length; i++) Console.WriteLine("Many[" + i + "]=" + h.Many[i]);

        Segment s = new Segment { A = new Point(0, 0), B = new Point(3, 4), Label = "seg" };
        Segment s2 = s;
        s2.B.X = 30;
        s2.Label = "seg2";
        Console.WriteLine(s.Label + " " + s.A + "-" + s.B + " / " + s2.Label + " " + s2.A + "-" + s2.B);

        Console.WriteLine("static origin=" + origin);
        origin.X = 4;
        Console.WriteLine("static origin=" + origin);

        Point def = new Point();
        Console.WriteLine("new Point()=" + def + " default=" + default(Point));

        // A struct local reassigned in a loop
        Point acc = new Point(0, 0);
        for (int i = 1; i <= 5; i++) acc = Add(acc, new Point(i, i * i));
        Console.WriteLine("acc=" + acc);

        // Equality of structs via ValueType.Equals (field-wise)
        Console.WriteLine("Equals: " + new Point(1, 2).Equals(new Point(1, 2)) + " " + new Point(1, 2).Equals(new Point(2, 1)));
    }
}
