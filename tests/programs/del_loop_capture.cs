// Closures capturing loop variables: foreach gets a fresh variable per iteration (C# 5
// semantics), a `for` loop variable is shared by all closures, and copying into a local
// inside the for body gives each closure its own.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        List<Func<int>> fromForeach = new List<Func<int>>();
        foreach (int v in new[] { 10, 20, 30 })
            fromForeach.Add(() => v);
        Console.Write("foreach captures:");
        foreach (Func<int> f in fromForeach) Console.Write(" " + f());
        Console.WriteLine();

        List<Func<int>> fromFor = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
            fromFor.Add(() => i);
        Console.Write("for captures (shared i):");
        foreach (Func<int> f in fromFor) Console.Write(" " + f());
        Console.WriteLine();

        List<Func<int>> fromCopy = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i * i;
            fromCopy.Add(() => copy);
        }
        Console.Write("for with copy:");
        foreach (Func<int> f in fromCopy) Console.Write(" " + f());
        Console.WriteLine();

        // While loop with a variable declared in the body: fresh per iteration
        List<Action> acts = new List<Action>();
        int n = 0;
        while (n < 3)
        {
            string label = "item" + n;
            int local = n;
            acts.Add(() => Console.Write(label + ":" + local + " "));
            n++;
        }
        foreach (Action a in acts) a();
        Console.WriteLine();

        // Closures that mutate their per-iteration variable
        List<Func<int>> incs = new List<Func<int>>();
        foreach (int start in new[] { 1, 100 })
        {
            int s = start;
            incs.Add(() => ++s);
        }
        Console.WriteLine(incs[0]() + " " + incs[0]() + " " + incs[1]() + " " + incs[0]());

        // Closure capturing both the shared for variable and a per-iteration one
        List<Func<string>> mixed = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            int j = i;
            mixed.Add(() => "i=" + i + ",j=" + j);
        }
        foreach (var m in mixed) Console.Write(m() + " ");
        Console.WriteLine();

        // foreach over strings and a List<string>
        var greeters = new List<Func<string>>();
        foreach (string name in new List<string> { "ann", "bob" })
            greeters.Add(() => "hi " + name);
        foreach (char ch in "xy")
            greeters.Add(() => "char " + ch);
        foreach (var g in greeters) Console.Write(g() + "; ");
        Console.WriteLine();
    }
}
