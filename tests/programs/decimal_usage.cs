// decimal as an everyday value type: fields of classes and structs, arrays, const and
// static readonly fields, optional parameters, properties, boxing through object and
// IComparable/IFormattable, comparisons in if-chains, Array.Sort, and a small invoice
// computed exactly.
using System;

struct Money : IComparable
{
    public readonly decimal Amount;
    public readonly string Currency;

    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public static Money operator +(Money a, Money b) => new Money(a.Amount + b.Amount, a.Currency);
    public static Money operator *(Money a, decimal f) => new Money(decimal.Round(a.Amount * f, 2, MidpointRounding.AwayFromZero), a.Currency);

    public int CompareTo(object other) => Amount.CompareTo(((Money)other).Amount);
    public override string ToString() => Amount.ToString("N2") + " " + Currency;
}

class Line
{
    public string Item;
    public int Quantity;
    public decimal UnitPrice;
    public decimal Total => Quantity * UnitPrice;
}

class Program
{
    const decimal VatRate = 0.21m;
    static readonly decimal Threshold = 100.005m;
    static decimal counter;

    static decimal Discount(decimal amount, decimal percent = 7.5m) => decimal.Round(amount * percent / 100, 2);

    static string Band(decimal v)
    {
        if (v == 0m) return "zero";
        if (v == 0.5m) return "half";
        if (v == 1m) return "one";
        return v < 0 ? "negative" : "other";
    }

    static void Main()
    {
        Line[] lines =
        {
            new Line { Item = "pen", Quantity = 3, UnitPrice = 1.99m },
            new Line { Item = "paper", Quantity = 10, UnitPrice = 4.25m },
            new Line { Item = "ink", Quantity = 2, UnitPrice = 23.10m },
            new Line { Item = "stapler", Quantity = 1, UnitPrice = 12.5m },
        };
        decimal net = 0;
        foreach (Line l in lines)
        {
            Console.WriteLine("{0,-8}{1,4} x {2,7} = {3,8}", l.Item, l.Quantity, l.UnitPrice, l.Total);
            net += l.Total;
        }
        decimal vat = decimal.Round(net * VatRate, 2);
        decimal discount = Discount(net);
        Console.WriteLine("net {0}, vat {1}, discount {2}, discount 10% {3}, gross {4:C}", net, vat, discount, Discount(net, 10), net + vat - discount);
        Console.WriteLine("over threshold: " + (net > Threshold) + " " + Threshold);

        decimal[] arr = new decimal[5];
        arr[0] = 3.3m;
        arr[1] = -1;
        arr[2] = 2.20m;
        arr[3] = 0.5m;
        arr[4] = 10;
        arr[4] /= 4;
        Array.Sort(arr);
        Console.WriteLine("sorted: " + string.Join(" ", arr));
        object[] boxes = { 1.5m, 2, "x", 1.50m };
        foreach (object o in boxes)
            Console.Write((o is decimal ? "dec:" + ((decimal)o * 2) : "other:" + o) + " ");
        Console.WriteLine();
        IComparable cmp = 2.0m;
        IFormattable fmt = 1234.5678m;
        Console.WriteLine("interfaces: " + cmp.CompareTo(1.99m) + " " + fmt.ToString("F1", null) + " " + (1.5m).Equals(boxes[3]));

        Money[] wallet = { new Money(10.10m, "EUR"), new Money(0.333m, "EUR"), new Money(2.5m, "EUR") };
        Array.Sort(wallet);
        Money total = new Money(0, "EUR");
        foreach (Money m in wallet)
            total = total + m * 1.5m;
        Console.WriteLine("wallet: " + string.Join(", ", wallet) + " -> " + total);

        for (int i = 0; i < 5; i++)
            counter += 0.1m;
        Console.WriteLine("counter " + counter + " " + (counter == 0.5m) + " " + Band(counter) + " " + Band(counter * 2) + " " + Band(-counter) + " " + Band(counter - 0.5m) + " " + Band(counter + 1));

        decimal x = 1;
        int steps = 0;
        while (x > 0.0001m)
        {
            x /= 3;
            steps++;
        }
        Console.WriteLine("steps " + steps + " x " + x);
    }
}
