// A custom IEnumerable<T> class with a hand-written IEnumerator<T> (MoveNext/Current/Reset
// /Dispose), a non-generic IEnumerable, duck-typed foreach via a public GetEnumerator, and
// an iterator-method-based GetEnumerator.
using System;
using System.Collections;
using System.Collections.Generic;

class Countdown : IEnumerable<int>
{
    int from;
    public Countdown(int from) { this.from = from; }
    public IEnumerator<int> GetEnumerator() { return new Enumerator(from); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class Enumerator : IEnumerator<int>
    {
        int start, cur;
        public Enumerator(int s) { start = s; cur = s + 1; }
        public int Current { get { return cur; } }
        object IEnumerator.Current { get { return cur; } }
        public bool MoveNext() { if (cur <= 0) return false; cur--; return cur >= 0; }
        public void Reset() { cur = start + 1; }
        public void Dispose() { Console.WriteLine("  Countdown enumerator disposed"); }
    }
}

class OldStyle : IEnumerable
{
    object[] items = { 1, "two", 3.0 };
    public IEnumerator GetEnumerator() { return items.GetEnumerator(); }
}

class Duck
{
    public DuckEnum GetEnumerator() { return new DuckEnum(); }
    public struct DuckEnum
    {
        int i;
        public bool MoveNext() { i++; return i <= 3; }
        public string Current { get { return "quack" + i; } }
    }
}

class Matrix : IEnumerable<double>
{
    double[,] cells;
    public Matrix(int r, int c) { cells = new double[r, c]; for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) cells[i, j] = i + j / 10.0; }
    public IEnumerator<double> GetEnumerator()
    {
        for (int i = 0; i < cells.GetLength(0); i++)
            for (int j = 0; j < cells.GetLength(1); j++)
                yield return cells[i, j];
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static void Main()
    {
        foreach (int x in new Countdown(3)) Console.Write(x + " ");
        Console.WriteLine();

        IEnumerator<int> e = new Countdown(2).GetEnumerator();
        e.MoveNext(); e.MoveNext();
        Console.WriteLine("second " + e.Current);
        e.Reset(); e.MoveNext();
        Console.WriteLine("after Reset " + e.Current);
        e.Dispose();

        IEnumerable nonGeneric = new Countdown(1);
        foreach (object o in nonGeneric) Console.Write(o + ":" + o.GetType().Name + " ");
        Console.WriteLine();

        foreach (object o in new OldStyle()) Console.Write(o + " ");
        Console.WriteLine();

        foreach (string s in new Duck()) Console.Write(s + " ");
        Console.WriteLine();

        foreach (double d in new Matrix(2, 3)) Console.Write(d + " ");
        Console.WriteLine();

        List<int> fromCustom = new List<int>(new Countdown(4));
        Console.WriteLine("list count " + fromCustom.Count + " first " + fromCustom[0]);
        int sum = 0;
        foreach (int x in new Countdown(100)) sum += x;
        Console.WriteLine("sum " + sum);
    }
}
