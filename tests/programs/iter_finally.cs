// Iterators with try/finally: the finally runs when the iteration completes, when the
// consumer breaks out of foreach (Dispose), when Dispose is called explicitly, and when the
// consumer throws; using inside an iterator; nested finallys run innermost first.
using System;
using System.Collections.Generic;

class Res : IDisposable
{
    string n;
    public Res(string n) { this.n = n; Console.WriteLine("  open " + n); }
    public void Dispose() { Console.WriteLine("  close " + n); }
}

class Program
{
    static IEnumerable<int> Guarded(string tag, int n)
    {
        try
        {
            for (int i = 0; i < n; i++) yield return i;
        }
        finally
        {
            Console.WriteLine("  finally " + tag);
        }
    }

    static IEnumerable<string> Nested()
    {
        try
        {
            yield return "outer-1";
            try
            {
                yield return "inner-1";
                yield return "inner-2";
            }
            finally { Console.WriteLine("  inner finally"); }
            yield return "outer-2";
        }
        finally { Console.WriteLine("  outer finally"); }
    }

    static IEnumerable<int> WithUsing()
    {
        using (new Res("R"))
        {
            yield return 1;
            yield return 2;
        }
    }

    static void Main()
    {
        Console.WriteLine("complete:");
        foreach (int x in Guarded("A", 3)) Console.WriteLine("  item " + x);

        Console.WriteLine("break:");
        foreach (int x in Guarded("B", 10)) { Console.WriteLine("  item " + x); if (x == 1) break; }

        Console.WriteLine("explicit Dispose:");
        IEnumerator<int> e = Guarded("C", 5).GetEnumerator();
        e.MoveNext();
        Console.WriteLine("  current " + e.Current);
        e.Dispose();
        Console.WriteLine("  MoveNext after Dispose: " + e.MoveNext());

        Console.WriteLine("dispose before start (no finally expected):");
        IEnumerator<int> notStarted = Guarded("D", 5).GetEnumerator();
        notStarted.Dispose();

        Console.WriteLine("consumer throws:");
        try
        {
            foreach (int x in Guarded("E", 5))
            {
                Console.WriteLine("  item " + x);
                if (x == 2) throw new InvalidOperationException("consumer failed");
            }
        }
        catch (InvalidOperationException ex) { Console.WriteLine("  caught " + ex.Message); }

        Console.WriteLine("nested full:");
        foreach (string s in Nested()) Console.WriteLine("  " + s);
        Console.WriteLine("nested break at inner-1:");
        foreach (string s in Nested()) { Console.WriteLine("  " + s); if (s == "inner-1") break; }
        Console.WriteLine("nested break at outer-1:");
        foreach (string s in Nested()) { Console.WriteLine("  " + s); break; }

        Console.WriteLine("using in iterator:");
        foreach (int x in WithUsing()) Console.WriteLine("  item " + x);
        foreach (int x in WithUsing()) { Console.WriteLine("  item " + x); break; }
    }
}
