// A class may name itself, or a type nested in it, as a type argument of its own base class
// (the "curiously recurring" pattern): class Node : Base<Node>. That is no inheritance cycle.
using System;
using System.Collections.Generic;

abstract class Comparable<T> where T : Comparable<T>
{
    public abstract int Key { get; }
    public bool Less(T other) { return Key < other.Key; }
}

class Item : Comparable<Item>
{
    int k;
    public Item(int k) { this.k = k; }
    public override int Key { get { return k; } }
}

struct Holder<U> { public U value; }

class Base<T> { public Holder<T> held; public T self; }

class Node : Base<Node>
{
    public string name = "node";
}

class Outer : List<Outer.Inner>
{
    public struct Inner { public int x; }
}

class Registry<T> where T : Registry<T>, new()
{
    static int count;
    public static T Make() { count++; return new T(); }
    public static int Count { get { return count; } }
}

class Service : Registry<Service> { }

class Program
{
    static void Main()
    {
        Item a = new Item(1), b = new Item(2);
        Console.WriteLine(a.Less(b) + " " + b.Less(a));
        Node n = new Node();
        n.self = n;
        n.held.value = new Node { name = "held" };
        Console.WriteLine(n.self.name + " " + n.held.value.name + " " + (n.held.value.self == null));
        Outer o = new Outer();
        o.Add(new Outer.Inner { x = 7 });
        Console.WriteLine(o.Count + " " + o[0].x);
        Service.Make();
        Service s = Service.Make();
        Console.WriteLine(Registry<Service>.Count + " " + (s is Registry<Service>) + " " + s.GetType().BaseType.Name);
    }
}
