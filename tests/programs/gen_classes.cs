// Generic classes: Box<T>, Pair<K,V>, a generic linked stack, instantiated over value
// types, reference types and structs; generic fields, methods and properties.
using System;

class Box<T>
{
    T value;
    public Box(T v) { value = v; }
    public T Get() { return value; }
    public void Set(T v) { value = v; }
    public bool IsDefault { get { return Equals(value, default(T)); } }
    public override string ToString() { return "Box(" + value + ")"; }
}

class Pair<K, V>
{
    public K Key;
    public V Value;
    public Pair(K k, V v) { Key = k; Value = v; }
    public Pair<V, K> Swap() { return new Pair<V, K>(Value, Key); }
    public override string ToString() { return Key + "=" + Value; }
}

class Stack<T>
{
    class Node { public T Item; public Node Next; }
    Node top;
    int count;
    public void Push(T item) { top = new Node { Item = item, Next = top }; count++; }
    public T Pop() { T it = top.Item; top = top.Next; count--; return it; }
    public int Count { get { return count; } }
    public bool Empty { get { return top == null; } }
}

struct Coord { public int R, C; public override string ToString() { return "r" + R + "c" + C; } }

class Program
{
    static void Main()
    {
        Box<int> bi = new Box<int>(5);
        Box<string> bs = new Box<string>("hi");
        Box<double> bd = new Box<double>(0.0);
        Box<Coord> bc = new Box<Coord>(new Coord { R = 1, C = 2 });
        bi.Set(bi.Get() * 3);
        Console.WriteLine(bi + " " + bs + " " + bd + " " + bc);
        Console.WriteLine("IsDefault: " + bi.IsDefault + " " + bd.IsDefault + " " + new Box<string>(null).IsDefault);

        Pair<string, int> p = new Pair<string, int>("age", 42);
        Pair<int, string> q = p.Swap();
        Console.WriteLine(p + " / " + q + " / key+1=" + (q.Key + 1));

        Pair<string, Box<long>> nested = new Pair<string, Box<long>>("big", new Box<long>(1L << 40));
        Console.WriteLine(nested);

        Stack<int> si = new Stack<int>();
        for (int i = 1; i <= 5; i++) si.Push(i * i);
        Console.Write("pop ints:");
        while (!si.Empty) Console.Write(" " + si.Pop());
        Console.WriteLine();

        Stack<string> ss = new Stack<string>();
        foreach (string w in "the quick brown fox".Split(' ')) ss.Push(w);
        Console.Write("count=" + ss.Count + " pop strings:");
        while (ss.Count > 0) Console.Write(" " + ss.Pop());
        Console.WriteLine();

        Stack<Pair<int, char>> sp = new Stack<Pair<int, char>>();
        sp.Push(new Pair<int, char>(1, 'a'));
        sp.Push(new Pair<int, char>(2, 'b'));
        Pair<int, char> top = sp.Pop();
        Console.WriteLine("top pair " + top + " char+1=" + (char)(top.Value + 1));

        Console.WriteLine("types: " + bi.GetType().Name + " " + p.GetType().Name);
    }
}
