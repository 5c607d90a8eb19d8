// LINQ grouping and joining: every GroupBy overload, ToLookup, Join and GroupJoin, with
// custom comparers, null keys and the key order (first appearance) that .NET keeps.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqGrouping
{
    class Product
    {
        public string Name;
        public string Category;
        public decimal Price;
        public int SupplierId;
        public Product(string name, string category, decimal price, int supplierId)
        {
            Name = name; Category = category; Price = price; SupplierId = supplierId;
        }
    }

    class Supplier
    {
        public int Id;
        public string Name;
        public Supplier(int id, string name) { Id = id; Name = name; }
    }

    static void Main()
    {
        Product[] products = {
            new Product("Tea", "drink", 3.50m, 1), new Product("Bread", "bakery", 2.25m, 2),
            new Product("Coffee", "drink", 7.00m, 1), new Product("Cake", "bakery", 12.00m, 3),
            new Product("Milk", "dairy", 1.10m, 4), new Product("Juice", "drink", 2.75m, 9),
            new Product("Cheese", "dairy", 6.40m, 4), new Product("Bagel", "bakery", 1.50m, 2),
        };

        foreach (IGrouping<string, Product> g in products.GroupBy(p => p.Category))
            Console.WriteLine(g.Key + ": " + string.Join(", ", g.Select(p => p.Name)) + " (" + g.Count() + ")");

        foreach (IGrouping<string, string> g in products.GroupBy(p => p.Category, p => p.Name.ToUpper()))
            Console.WriteLine(g.Key + " -> " + string.Join("|", g));

        foreach (string line in products.GroupBy(p => p.Category, (key, items) => key + " total " + items.Sum(p => p.Price)))
            Console.WriteLine(line);

        foreach (string line in products.GroupBy(p => p.SupplierId, p => p.Price, (id, prices) => "supplier " + id + " max " + prices.Max()))
            Console.WriteLine(line);

        string[] words = { "Apple", "avocado", "Banana", "blueberry", "cherry", "APRICOT", "Blackberry" };
        foreach (IGrouping<string, string> g in words.GroupBy(w => w.Substring(0, 1), StringComparer.OrdinalIgnoreCase))
            Console.WriteLine("letter " + g.Key + ": " + string.Join(" ", g));
        foreach (IGrouping<string, int> g in words.GroupBy(w => w.Substring(0, 1), w => w.Length, StringComparer.OrdinalIgnoreCase))
            Console.WriteLine("lengths " + g.Key + ": " + string.Join(" ", g));
        foreach (string s in words.GroupBy(w => w.Length > 6, (big, ws) => big + "=" + ws.Count(), EqualityComparer<bool>.Default))
            Console.WriteLine(s);
        foreach (string s in words.GroupBy(w => char.ToLower(w[0]), w => w.Length, (c, lens) => c + ":" + lens.Sum(), EqualityComparer<char>.Default))
            Console.WriteLine(s);

        // Null keys form a group of their own.
        string[] tags = { "x", null, "y", "x", null };
        foreach (IGrouping<string, string> g in tags.GroupBy(t => t))
            Console.WriteLine("tag " + (g.Key ?? "<null>") + " x" + g.Count());

        // A grouping is a read-only list.
        IGrouping<bool, int> evens = Enumerable.Range(1, 10).GroupBy(n => n % 2 == 0).Last();
        ICollection<int> asCollection = (ICollection<int>)evens;
        Console.WriteLine("grouping " + evens.Key + " count " + asCollection.Count + " readonly " + asCollection.IsReadOnly + " contains 4 " + asCollection.Contains(4) + " [2]=" + ((IList<int>)evens)[2]);
        try
        {
            asCollection.Add(12);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine("add: " + e.GetType().Name);
        }

        ILookup<string, Product> byCategory = products.ToLookup(p => p.Category);
        Console.WriteLine("lookup count " + byCategory.Count + " contains dairy " + byCategory.Contains("dairy") + " contains meat " + byCategory.Contains("meat"));
        Console.WriteLine("lookup[drink] " + string.Join(",", byCategory["drink"].Select(p => p.Name)));
        Console.WriteLine("lookup[meat] " + byCategory["meat"].Count());
        ILookup<int, string> namesBySupplier = products.ToLookup(p => p.SupplierId, p => p.Name);
        foreach (IGrouping<int, string> g in namesBySupplier)
            Console.WriteLine("supplier " + g.Key + ": " + string.Join(",", g));
        ILookup<string, string> ci = words.ToLookup(w => w.Substring(0, 2), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("ci[AP] " + string.Join(",", ci["AP"]) + " groups " + ci.Count);
        ILookup<string, int> ci2 = words.ToLookup(w => w.Substring(0, 1), w => w.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("ci2[b] " + string.Join(",", ci2["b"]));

        Supplier[] suppliers = { new Supplier(1, "Acme"), new Supplier(2, "Bakehouse"), new Supplier(3, "Sweet"), new Supplier(4, "Farm"), new Supplier(5, "Unused") };
        foreach (string s in products.Join(suppliers, p => p.SupplierId, s => s.Id, (p, s) => p.Name + "@" + s.Name))
            Console.WriteLine("join " + s);
        foreach (string s in suppliers.Join(products, s => s.Id, p => p.SupplierId, (s, p) => s.Name + ":" + p.Name))
            Console.WriteLine("join2 " + s);
        foreach (string s in suppliers.GroupJoin(products, s => s.Id, p => p.SupplierId, (s, ps) => s.Name + " sells " + ps.Count() + " [" + string.Join(",", ps.Select(p => p.Name)) + "]"))
            Console.WriteLine("groupjoin " + s);

        // Left outer join, the GroupJoin + SelectMany + DefaultIfEmpty idiom.
        var left = products.GroupJoin(suppliers, p => p.SupplierId, s => s.Id, (p, ss) => new { p, ss })
                           .SelectMany(x => x.ss.DefaultIfEmpty(), (x, s) => x.p.Name + "/" + (s == null ? "none" : s.Name));
        Console.WriteLine("left " + string.Join(" ", left));

        string[] first = { "a", "B", "c", null };
        string[] second = { "A", "b", "b", null, "C" };
        foreach (string s in first.Join(second, x => x, y => y, (x, y) => x + y, StringComparer.OrdinalIgnoreCase))
            Console.WriteLine("join-ci " + s);
        foreach (string s in first.GroupJoin(second, x => x, y => y, (x, ys) => (x ?? "null") + "=" + ys.Count(), StringComparer.OrdinalIgnoreCase))
            Console.WriteLine("groupjoin-ci " + s);

        // Groups by a composite (anonymous type) key.
        foreach (var g in products.GroupBy(p => new { p.Category, Cheap = p.Price < 3m }))
            Console.WriteLine(g.Key + " " + g.Count());
    }
}
