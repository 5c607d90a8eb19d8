// A one-dimensional array whose lower bound is not zero (T[*], which C# cannot name, made by
// Array.CreateInstance): it is not a T[], casts to T[] fail, and its elements are reached
// through GetValue/SetValue with its own indices. AOT executables have T[*] for each typeof(T)
// once the code can make arrays with bounds.
using System;

class Program
{
    static void Main()
    {
        Array a = Array.CreateInstance(typeof(int), new int[] { 3 }, new int[] { 10 });
        Array z = Array.CreateInstance(typeof(int), new int[] { 3 }, new int[] { 0 });
        Console.WriteLine(a.Rank + " " + a.Length + " " + a.GetLowerBound(0) + " " + a.GetUpperBound(0));
        Console.WriteLine((a.GetType() == typeof(int[])) + " " + (z.GetType() == typeof(int[])) + " " + (a is int[]));
        for (int i = 10; i < 13; i++)
            a.SetValue(i * i, i);
        for (int i = a.GetLowerBound(0); i <= a.GetUpperBound(0); i++)
            Console.Write(a.GetValue(i) + " ");
        Console.WriteLine();
        try { a.GetValue(0); }
        catch (IndexOutOfRangeException) { Console.WriteLine("index 0 is out of range"); }
        try { int[] v = (int[])(object)a; Console.WriteLine(v.Length); }
        catch (InvalidCastException) { Console.WriteLine("not an int[]"); }
        Array s = Array.CreateInstance(typeof(string), new int[] { 2 }, new int[] { -1 });
        s.SetValue("minus one", -1);
        s.SetValue("zero", 0);
        foreach (object o in s)
            Console.Write(o + ";");
        Console.WriteLine();
    }
}
