// Structs passed by ref and out, ref to array elements and fields, swapping, and struct
// methods that mutate `this` called on locals, fields and array elements.
using System;

struct Vec
{
    public double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public void Scale(double k) { X *= k; Y *= k; }
    public double Dot(Vec o) { return X * o.X + Y * o.Y; }
    public override string ToString() { return "<" + X + ", " + Y + ">"; }
}

class Body { public Vec Pos; public Vec Vel; }

class Program
{
    static void Swap(ref Vec a, ref Vec b) { Vec t = a; a = b; b = t; }
    static void Reset(out Vec v) { v = new Vec(0, 0); }
    static void Nudge(ref Vec v, double dx) { v.X += dx; }
    static bool TryMake(double x, out Vec v)
    {
        if (x < 0) { v = default(Vec); return false; }
        v = new Vec(x, x * 2);
        return true;
    }
    static void Step(ref Vec pos, Vec vel) { pos.X += vel.X; pos.Y += vel.Y; }

    static void Main()
    {
        Vec a = new Vec(1, 2), b = new Vec(3, 4);
        Swap(ref a, ref b);
        Console.WriteLine("a=" + a + " b=" + b);

        Nudge(ref a, 0.5);
        Console.WriteLine("nudged a=" + a);
        Reset(out a);
        Console.WriteLine("reset a=" + a);

        Vec made;
        Console.WriteLine(TryMake(3, out made) + " " + made);
        Console.WriteLine(TryMake(-1, out made) + " " + made);

        Vec[] arr = { new Vec(1, 1), new Vec(2, 2), new Vec(3, 3) };
        Nudge(ref arr[1], 10);
        Swap(ref arr[0], ref arr[2]);
        arr[2].Scale(100);
        foreach (Vec v in arr) Console.WriteLine("arr " + v);

        Body body = new Body { Pos = new Vec(0, 0), Vel = new Vec(1, -0.5) };
        for (int i = 0; i < 4; i++) Step(ref body.Pos, body.Vel);
        body.Vel.Scale(2);
        Console.WriteLine("body pos=" + body.Pos + " vel=" + body.Vel);

        Vec s = new Vec(2, 3);
        s.Scale(1.5);
        Console.WriteLine("scaled=" + s + " dot=" + s.Dot(new Vec(2, 0)));

        // ref locals would need C# 7; use a ref parameter helper that mutates through two levels
        Vec q = new Vec(1, 1);
        Twice(ref q);
        Console.WriteLine("twice=" + q);
    }

    static void Twice(ref Vec v) { Nudge(ref v, 1); Nudge(ref v, 1); v.Scale(3); }
}
