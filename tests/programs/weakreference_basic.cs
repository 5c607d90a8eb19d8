// WeakReference and WeakReference<T>: a target that is still referenced survives
// GC.Collect (IsAlive, Target, TryGetTarget), null targets, Target and SetTarget
// replacing or clearing the target, TrackResurrection, boxed and string targets, and ten
// thousand weak references to live objects across collections. Whether an unreferenced
// target has been cleared depends on the conservative stack scan, so it is not printed.
using System;
using System.Collections.Generic;

class Node
{
    public int V;
    public Node(int v) { V = v; }
    public override string ToString() { return "Node" + V; }
}

class Program
{
    static void Main()
    {
        Node n = new Node(1);
        var w = new WeakReference(n);
        GC.Collect();
        Console.WriteLine(w.IsAlive + " " + w.Target + " " + (w.Target == n) + " " + w.TrackResurrection);
        Console.WriteLine("long form: " + new WeakReference(n, true).TrackResurrection);

        var wn = new WeakReference(null);
        Console.WriteLine(wn.IsAlive + " " + (wn.Target == null));
        wn.Target = "literal";
        Console.WriteLine(wn.IsAlive + " " + wn.Target);
        wn.Target = n;
        wn.Target = n;
        Console.WriteLine(wn.Target);
        wn.Target = null;
        Console.WriteLine(wn.IsAlive);

        object boxed = 42;
        var wb = new WeakReference(boxed);
        GC.Collect();
        Console.WriteLine(wb.Target);

        var g = new WeakReference<Node>(n);
        Node r;
        Console.WriteLine(g.TryGetTarget(out r) + " " + r + " " + (r == n));
        Node m = new Node(2);
        g.SetTarget(m);
        GC.Collect();
        Console.WriteLine(g.TryGetTarget(out r) + " " + r);
        g.SetTarget(null);
        Console.WriteLine(g.TryGetTarget(out r) + " " + (r == null));
        Console.WriteLine(new WeakReference<string>(null).TryGetTarget(out string s) + " " + (s == null));
        Console.WriteLine(g);

        var weak = new List<WeakReference<Node>>();
        var keep = new List<Node>();
        for (int i = 0; i < 10000; i++)
        {
            var x = new Node(i);
            keep.Add(x);
            weak.Add(new WeakReference<Node>(x));
            new WeakReference(new Node(-i)); // dies at once, with its target
        }
        GC.Collect();
        int alive = 0;
        long sum = 0;
        foreach (var wr in weak)
            if (wr.TryGetTarget(out r)) { alive++; sum += r.V; }
        Console.WriteLine(alive + " alive, sum " + sum);
        for (int i = 0; i < weak.Count; i++)
            weak[i].SetTarget(keep[(i + 1) % keep.Count]);
        GC.Collect();
        GC.Collect();
        sum = 0;
        for (int i = 0; i < weak.Count; i++)
            if (weak[i].TryGetTarget(out r) && r.V == (i + 1) % keep.Count) sum++;
        Console.WriteLine(sum + " retargeted");

        GC.KeepAlive(keep);
        GC.KeepAlive(n);
        GC.KeepAlive(m);
        GC.KeepAlive(boxed);
    }
}
