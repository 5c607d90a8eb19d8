// ToString, Equals and GetHashCode overrides: used by Console.WriteLine(object), string
// concatenation, string.Format, object.Equals(a, b), and a hand-written lookup by equality.
using System;

class Money
{
    long cents;
    string currency;
    public Money(long cents, string currency) { this.cents = cents; this.currency = currency; }
    public override string ToString() { return currency + " " + (cents / 100) + "." + (cents % 100).ToString("D2"); }
    public override bool Equals(object obj)
    {
        Money m = obj as Money;
        return m != null && m.cents == cents && m.currency == currency;
    }
    public override int GetHashCode() { return (int)cents * 31 + currency.Length; }
}

class Point
{
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "P(" + X + "," + Y + ")"; }
    public override bool Equals(object o)
    {
        if (!(o is Point)) return false;
        Point p = (Point)o;
        return p.X == X && p.Y == Y;
    }
    public override int GetHashCode() { return X * 397 ^ Y; }
}

class Point3 : Point
{
    public readonly int Z;
    public Point3(int x, int y, int z) : base(x, y) { Z = z; }
    public override string ToString() { return base.ToString() + "+" + Z; }
}

class Plain { }

class ToStringEquals
{
    static int IndexOf(object[] items, object x)
    {
        for (int i = 0; i < items.Length; i++) if (object.Equals(items[i], x)) return i;
        return -1;
    }

    static void Main()
    {
        Money a = new Money(1999, "EUR"), b = new Money(1999, "EUR"), c = new Money(1999, "USD");
        Console.WriteLine(a);
        Console.WriteLine("price: " + b + ", other: " + c);
        Console.WriteLine(string.Format("{0} / {1}", a, c));
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(null) + " " + a.Equals("EUR 19.99"));
        Console.WriteLine(object.Equals(a, b) + " " + object.Equals(null, null) + " " + object.Equals(a, null) + " " + (a.GetHashCode() == b.GetHashCode()));
        Point p = new Point(1, 2), q = new Point(1, 2);
        Point3 r = new Point3(1, 2, 3);
        Console.WriteLine(p + " " + q + " " + r + " " + p.Equals(q) + " " + p.Equals(r) + " " + r.Equals(p));
        Console.WriteLine(p.GetHashCode() + " " + r.GetHashCode() + " " + new Money(250, "GBP").GetHashCode());
        object o = r;
        Console.WriteLine(o.ToString() + " " + o.Equals(new Point(1, 2)));
        object[] items = { new Point(0, 0), new Money(5, "X"), "str", new Point(3, 4), 17 };
        Console.WriteLine(IndexOf(items, new Point(3, 4)) + " " + IndexOf(items, new Money(5, "X")) + " " + IndexOf(items, "str")
            + " " + IndexOf(items, 17) + " " + IndexOf(items, new Point(9, 9)));
        Plain pl = new Plain(), pl2 = new Plain();
        Console.WriteLine(pl.Equals(pl) + " " + pl.Equals(pl2) + " " + pl.ToString());
        Console.WriteLine(new object().ToString() + " " + new ToStringEquals().ToString());
        Console.WriteLine(42.ToString() + " " + (-1L).ToString() + " " + 2.5.ToString() + " " + 'z'.ToString() + " " + true.ToString() + " " + 3000000000u.ToString());
        Console.WriteLine(1.5f.ToString("F2") + " " + 7.ToString("D3") + " " + 255u.ToString("X") + " " + 1234.5.ToString("N2") + " " + 99.5.ToString("F0"));
        Console.WriteLine("x".Equals("x") + " " + 5.Equals(5) + " " + 5.Equals(6) + " " + 2.5.Equals(2.5) + " " + 'a'.Equals('a'));
    }
}
