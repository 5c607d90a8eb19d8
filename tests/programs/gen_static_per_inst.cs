// Static fields and static constructors are per generic instantiation: Counter<int>,
// Counter<string> and Counter<List<int>> each have their own Count and run their own cctor.
using System;
using System.Collections.Generic;

class Counter<T>
{
    public static int Count;
    public static string Tag;
    static Counter() { Tag = "tag-" + typeof(T).Name; Console.WriteLine("cctor for " + typeof(T).Name); }
    public static void Hit() { Count++; }
}

class Registry<T>
{
    static List<T> items = new List<T>();
    public static void Add(T x) { items.Add(x); }
    public static int Size { get { return items.Count; } }
}

class Cache<K, V>
{
    public static int Instances;
    public Cache() { Instances++; }
}

class Program
{
    static void Main()
    {
        Counter<int>.Hit();
        Counter<int>.Hit();
        Counter<string>.Hit();
        Counter<List<int>>.Hit();
        Counter<int>.Hit();
        Console.WriteLine("int=" + Counter<int>.Count + " string=" + Counter<string>.Count + " List=" + Counter<List<int>>.Count + " double=" + Counter<double>.Count);
        Console.WriteLine(Counter<int>.Tag + " " + Counter<string>.Tag + " " + Counter<double>.Tag);

        Registry<int>.Add(1); Registry<int>.Add(2);
        Registry<string>.Add("x");
        Registry<long>.Add(3L); Registry<long>.Add(4L); Registry<long>.Add(5L);
        Console.WriteLine("registry sizes " + Registry<int>.Size + " " + Registry<string>.Size + " " + Registry<long>.Size + " " + Registry<object>.Size);

        new Cache<int, string>(); new Cache<int, string>(); new Cache<string, int>();
        new Cache<object, object>();
        Console.WriteLine("caches " + Cache<int, string>.Instances + " " + Cache<string, int>.Instances + " " + Cache<object, object>.Instances + " " + Cache<int, int>.Instances);
        Bump<byte>(4);
        Bump<char>(2);
        Console.WriteLine("byte=" + Counter<byte>.Count + " char=" + Counter<char>.Count);
    }

    static void Bump<T>(int n) { for (int i = 0; i < n; i++) Counter<T>.Hit(); }
}
