// String interpolation with format specifiers and alignment ({x:F2}, {n,5}, {n,-5}, {d:X4},
// {v:N0}, {p:P1}), escaped braces, expressions and conditionals inside holes, and nameof.
using System;

class Item
{
    public string Name; public decimal Price; public int Qty;
}

class Program
{
    static int counter = 42;
    static void Check(int value) { Console.WriteLine($"{nameof(value)} = {value} (in {nameof(Check)})"); }

    static void Main()
    {
        int n = 42; double x = 3.14159; long big = 1234567890123;
        string s = "text";
        Console.WriteLine($"n={n} x={x} s={s} big={big}");
        Console.WriteLine($"F2={x:F2} F0={x:F0} E3={x:E3} N0={big:N0} N2={x:N2}");
        Console.WriteLine($"X={n:X} x4={n:x4} D5={n:D5} hex255={255:X2}");
        Console.WriteLine($"[{n,6}] [{n,-6}] [{s,8}] [{s,-8}] [{x,10:F3}] [{x,-10:F1}]");
        Console.WriteLine($"P1={0.256:P1} P0={0.5:P0}");
        Console.WriteLine($"braces {{literal}} and {{{n}}}");
        Console.WriteLine($"expr {n * 2 + 1} cond {(n > 40 ? "big" : "small")} call {s.ToUpper()} idx {s[1]}");
        Console.WriteLine($"{n}{n}{s}{n}");
        Console.WriteLine($"neg {-n,5} {-x:F1} {-0.0001:F2}");
        Console.WriteLine($"bool {true} char {'c'} null [{null}] double {1.0 / 3}");

        Item[] items = { new Item { Name = "apple", Price = 0.5m, Qty = 12 }, new Item { Name = "watermelon", Price = 3.25m, Qty = 1 }, new Item { Name = "fig", Price = 12m, Qty = 100 } };
        Console.WriteLine($"{"Name",-12}|{"Price",8}|{"Qty",5}|{"Total",10}");
        foreach (Item it in items)
            Console.WriteLine($"{it.Name,-12}|{it.Price,8:F2}|{it.Qty,5}|{it.Price * it.Qty,10:F2}");

        Console.WriteLine(nameof(Item) + " " + nameof(Item.Price) + " " + nameof(counter) + " " + nameof(Main) + " " + nameof(System.Console));
        Check(7);

        string nested = $"outer {$"inner {n}"} done";
        Console.WriteLine(nested);
        string multi = $@"verbatim \n {n}";
        Console.WriteLine(multi);
        FormattableString fs = $"{n} and {s}";
        Console.WriteLine(fs.Format + " argc " + fs.ArgumentCount);
    }
}
