// Operator overloading: arithmetic (+ - * / unary -), comparison (== != < >), true/false
// with && short-circuit, implicit and explicit conversions, ++/--, compound assignment
// using the overloads, and Equals/GetHashCode consistency.
using System;

struct Fraction
{
    public readonly int Num, Den;
    public Fraction(int n, int d)
    {
        if (d < 0) { n = -n; d = -d; }
        int g = Gcd(Math.Abs(n), d);
        Num = n / g; Den = d / g;
    }
    static int Gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator -(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
    public static Fraction operator /(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den, a.Den * b.Num); }
    public static Fraction operator -(Fraction a) { return new Fraction(-a.Num, a.Den); }
    public static Fraction operator ++(Fraction a) { return new Fraction(a.Num + a.Den, a.Den); }
    public static bool operator ==(Fraction a, Fraction b) { return a.Num == b.Num && a.Den == b.Den; }
    public static bool operator !=(Fraction a, Fraction b) { return !(a == b); }
    public static bool operator <(Fraction a, Fraction b) { return (long)a.Num * b.Den < (long)b.Num * a.Den; }
    public static bool operator >(Fraction a, Fraction b) { return b < a; }
    public static implicit operator Fraction(int n) { return new Fraction(n, 1); }
    public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
    public static explicit operator int(Fraction f) { return f.Num / f.Den; }
    public override bool Equals(object o) { return o is Fraction && this == (Fraction)o; }
    public override int GetHashCode() { return Num * 31 + Den; }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

class Flag
{
    public bool On; public string Name;
    public Flag(string n, bool on) { Name = n; On = on; }
    public static bool operator true(Flag f) { Console.WriteLine("  true(" + f.Name + ")"); return f.On; }
    public static bool operator false(Flag f) { Console.WriteLine("  false(" + f.Name + ")"); return !f.On; }
    public static Flag operator &(Flag a, Flag b) { return new Flag(a.Name + "&" + b.Name, a.On && b.On); }
    public static Flag operator |(Flag a, Flag b) { return new Flag(a.Name + "|" + b.Name, a.On || b.On); }
}

class Program
{
    static void Main()
    {
        Fraction half = new Fraction(1, 2), third = new Fraction(1, 3);
        Console.WriteLine(half + " + " + third + " = " + (half + third));
        Console.WriteLine(half + " - " + third + " = " + (half - third));
        Console.WriteLine(half + " * " + third + " = " + (half * third));
        Console.WriteLine(half + " / " + third + " = " + (half / third));
        Console.WriteLine("-half = " + (-half) + ", 6/-8 = " + new Fraction(6, -8));
        Fraction f = 3;                     // implicit
        f = f + 1;                          // implicit on the int operand
        Console.WriteLine("3 + 1 = " + f + " (double)(7/4) = " + (double)new Fraction(7, 4) + " (int)(7/4) = " + (int)new Fraction(7, 4));
        Fraction acc = 0;
        for (int i = 1; i <= 4; i++) acc += new Fraction(1, i);
        Console.WriteLine("H(4) = " + acc);
        acc++;
        Console.WriteLine("after ++ = " + acc);
        acc -= 2;
        Console.WriteLine("after -= 2 = " + acc);
        Console.WriteLine("2/4 == 1/2: " + (new Fraction(2, 4) == half) + ", != : " + (half != third) + ", < : " + (third < half) + ", > : " + (third > half));
        Console.WriteLine("Equals: " + half.Equals(new Fraction(3, 6)) + " " + half.Equals("1/2") + " hash equal: " + (half.GetHashCode() == new Fraction(5, 10).GetHashCode()));

        Flag on = new Flag("A", true), off = new Flag("B", false);
        Console.WriteLine("A && B:");
        Flag r1 = on && off;
        Console.WriteLine(" -> " + r1.Name + " " + r1.On);
        Console.WriteLine("B && A:");
        Flag r2 = off && on;              // short-circuits: only false(B) is called
        Console.WriteLine(" -> " + r2.Name + " " + r2.On);
        Console.WriteLine("A || B:");
        Flag r3 = on || off;
        Console.WriteLine(" -> " + r3.Name + " " + r3.On);
        if (off || on) Console.WriteLine("if (B || A) taken");
    }
}
