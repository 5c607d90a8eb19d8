// default(S), nested structs, structs with readonly fields, static readonly fields,
// struct properties and static members, a struct with a constructor chaining to this(...).
using System;

struct Money
{
    public readonly long Cents;
    public readonly string Currency;
    public static readonly Money Zero = new Money(0, "EUR");
    public static int Created;

    public Money(long cents, string currency) { Cents = cents; Currency = currency; Created++; }
    public Money(long euros) : this(euros * 100, "EUR") {}

    public Money Add(Money o) { return new Money(Cents + o.Cents, Currency); }
    public long Euros { get { return Cents / 100; } }
    public int Rest { get { return (int)(Cents % 100); } }
    public override string ToString() { return Euros + "." + Rest.ToString("00") + " " + Currency; }
}

struct Line { public Money Amount; public int Qty; }
struct Invoice { public Line First, Second; public int Number; }

struct Temperature
{
    double celsius;
    public double Celsius { get { return celsius; } set { celsius = value; } }
    public double Fahrenheit { get { return celsius * 9 / 5 + 32; } set { celsius = (value - 32) * 5 / 9; } }
}

class Program
{
    static readonly Money Fee = new Money(250, "EUR");
    static readonly int[] Primes = { 2, 3, 5, 7 };

    static void Main()
    {
        Money d = default(Money);
        Console.WriteLine("default: cents=" + d.Cents + " currency null=" + (d.Currency == null));
        Console.WriteLine("Zero=" + Money.Zero + " Fee=" + Fee);

        Money m = new Money(12);
        Console.WriteLine("12 euros=" + m + " plus fee=" + m.Add(Fee));

        Invoice inv = new Invoice();
        inv.Number = 7;
        inv.First.Qty = 2;
        inv.First.Amount = new Money(199, "EUR");
        inv.Second = new Line { Amount = new Money(5), Qty = 3 };
        Invoice inv2 = inv;
        inv2.Second.Qty = 30;
        Console.WriteLine("inv " + inv.Number + ": " + inv.First.Qty + " x " + inv.First.Amount + ", " + inv.Second.Qty + " x " + inv.Second.Amount);
        Console.WriteLine("inv2 second qty=" + inv2.Second.Qty + " inv second qty=" + inv.Second.Qty);
        long total = inv.First.Amount.Cents * inv.First.Qty + inv.Second.Amount.Cents * inv.Second.Qty;
        Console.WriteLine("total=" + new Money(total, "EUR"));

        Invoice blank = default(Invoice);
        Console.WriteLine("blank: " + blank.Number + " " + blank.First.Qty + " " + blank.Second.Amount.Cents);

        Temperature t = new Temperature();
        t.Celsius = 100;
        Console.WriteLine("100C = " + t.Fahrenheit + "F");
        t.Fahrenheit = 32;
        Console.WriteLine("32F = " + t.Celsius + "C");

        int sum = 0;
        foreach (int p in Primes) sum += p;
        Console.WriteLine("primes sum=" + sum);
        Console.WriteLine("Money created=" + Money.Created);
    }
}
