// Null-conditional and null-coalescing operators: ?. on fields, properties, methods and
// chains, ?[] on arrays and lists, ?. with Nullable results, ?? chains, ?? with throw-free
// defaults, ?. invoking delegates and events.
using System;
using System.Collections.Generic;

class Address { public string City; public string Zip { get; set; } }
class Customer
{
    public string Name;
    public Address Home;
    public List<string> Tags;
    public int[] Scores;
    public Customer Referrer;
    public string Describe() { return "Customer " + Name; }
}

class Program
{
    static Action<string> onLog;

    static void Main()
    {
        Customer full = new Customer { Name = "Ann", Home = new Address { City = "Oslo", Zip = "0150" }, Tags = new List<string> { "vip" }, Scores = new[] { 7, 9 } };
        Customer bare = new Customer { Name = "Bob" };
        Customer none = null;
        full.Referrer = bare;

        foreach (Customer c in new[] { full, bare, none })
        {
            string city = c?.Home?.City ?? "(no city)";
            int? tagCount = c?.Tags?.Count;
            int? firstScore = c?.Scores?[0];
            string tag = c?.Tags?[0];
            string desc = c?.Describe();
            Console.WriteLine((c?.Name ?? "(null customer)") + ": city=" + city + " tags=" + (tagCount?.ToString() ?? "null") + " first=" + (firstScore.HasValue ? firstScore.Value.ToString() : "null") + " tag=" + (tag ?? "-") + " desc=" + (desc ?? "-"));
        }

        Console.WriteLine("referrer's referrer name: " + (full.Referrer?.Referrer?.Name ?? "nobody"));
        Console.WriteLine("zip length: " + (full.Home?.Zip?.Length ?? -1) + " " + (bare.Home?.Zip?.Length ?? -1));

        string a = null, b = null, c2 = "third";
        Console.WriteLine("chain: " + (a ?? b ?? c2 ?? "never"));
        int? n1 = null, n2 = 7;
        int n3 = n1 ?? n2 ?? 0;
        Console.WriteLine("nullable chain: " + n3);

        string calls = "";
        Func<string> make = () => { calls += "make "; return "made"; };
        string present = "here";
        string r1 = present ?? make();
        string r2 = a ?? make();
        Console.WriteLine(r1 + " " + r2 + " calls: " + calls);

        onLog?.Invoke("not printed");
        onLog += s => Console.WriteLine("log: " + s);
        onLog?.Invoke("printed");

        List<int> maybe = null;
        Console.WriteLine("count or zero: " + (maybe?.Count ?? 0));
        maybe = new List<int> { 1, 2 };
        Console.WriteLine("count or zero: " + (maybe?.Count ?? 0));

        object o = null;
        Console.WriteLine("ToString of null via ?.: [" + o?.ToString() + "]");
        string s2 = null;
        s2 = s2 ?? "assigned";
        Console.WriteLine(s2);
    }
}
