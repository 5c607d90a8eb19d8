// `using` calls Dispose on normal exit, on exception and on return; several resources are
// disposed in reverse order; `lock` works single-threaded and releases on exception.
using System;

class Resource : IDisposable
{
    string name;
    public static int Live;
    public Resource(string name) { this.name = name; Live++; Console.WriteLine("open " + name); }
    public void Use(bool fail)
    {
        Console.WriteLine("use " + name);
        if (fail) throw new InvalidOperationException("failure in " + name);
    }
    public void Dispose() { Live--; Console.WriteLine("dispose " + name); }
}

struct StructResource : IDisposable
{
    public int Id;
    public void Dispose() { Console.WriteLine("dispose struct " + Id); }
}

class Program
{
    static readonly object gate = new object();
    static int shared;

    static int ReturnFromUsing()
    {
        using (var r = new Resource("R"))
        {
            r.Use(false);
            return 5;
        }
    }

    static void Main()
    {
        using (Resource a = new Resource("A"))
        {
            a.Use(false);
        }
        try
        {
            using (Resource b = new Resource("B"))
                b.Use(true);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }

        Console.WriteLine("returned " + ReturnFromUsing());

        using (Resource c = new Resource("C"), d = new Resource("D"))
        {
            c.Use(false); d.Use(false);
        }
        using (new Resource("E1"))
        using (new Resource("E2"))
        {
            Console.WriteLine("inside E1/E2");
        }

        Resource nothing = null;
        using (nothing) { Console.WriteLine("null resource is fine"); }

        using (var s = new StructResource { Id = 9 }) { Console.WriteLine("struct id " + s.Id); }

        Console.WriteLine("live=" + Resource.Live);

        for (int i = 0; i < 5; i++)
        {
            lock (gate) { shared += i; }
        }
        try
        {
            lock (gate) { shared += 100; throw new Exception("in lock"); }
        }
        catch (Exception e) { Console.WriteLine("caught " + e.Message); }
        lock (gate) { lock (gate) { shared++; } }   // re-entrant
        Console.WriteLine("shared=" + shared);
    }
}
