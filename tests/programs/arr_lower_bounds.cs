// Arrays with lower bounds other than zero, made by Array.CreateInstance(Type, int[], int[]):
// a T[,] whose indices start at -3 or 5, reached through the IL accessors (a cast to int[,]
// and a[i, j]) and through GetValue/SetValue; bounds checked against both ends; one
// dimension with lower bound 0 is a plain T[]. (Any other lower bound makes a T[*], which
// C# cannot name, so an AOT executable has no such type and says so: Mono's objects.cs
// covers it under the JIT.)
using System;

class Program
{
    static void Try(string what, Action a)
    {
        try {
            a();
            Console.WriteLine(what + ": no exception");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name);
        }
    }

    static void Main()
    {
        int[,] m = (int[,])Array.CreateInstance(typeof(int), new int[] { 3, 2 }, new int[] { 5, -3 });
        Console.WriteLine(m.GetLowerBound(0) + " " + m.GetUpperBound(0) + " " + m.GetLowerBound(1) + " " + m.GetUpperBound(1));
        Console.WriteLine(m.Length + " " + m.Rank + " " + m.GetLength(0) + " " + m.GetLength(1));
        int n = 0;
        for (int i = 5; i <= 7; i++)
            for (int j = -3; j <= -2; j++)
                m[i, j] = ++n * 10;
        Console.WriteLine(m[5, -3] + " " + m[5, -2] + " " + m[7, -2] + " " + m.GetValue(6, -3));
        m.SetValue(99, new int[] { 7, -3 });
        Console.WriteLine(m[7, -3] + " " + m.GetValue(new int[] { 7, -3 }));
        int sum = 0;
        foreach (object v in (System.Collections.IEnumerable)m)
            sum += (int)v;
        Console.WriteLine("sum " + sum);
        Try("m[4, -3]", () => m[4, -3] = 1);
        Try("m[8, -3]", () => Console.WriteLine(m[8, -3]));
        Try("m[5, -4]", () => m[5, -4] = 1);
        Try("m[5, -1]", () => Console.WriteLine(m[5, -1]));
        Try("GetValue(0, 0)", () => m.GetValue(0, 0));
        Try("SetValue(1, 5, 0)", () => m.SetValue(1, 5, 0));

        string[,] s = (string[,])Array.CreateInstance(typeof(string), new int[] { 2, 2 }, new int[] { 1, 1 });
        s[2, 2] = "x";
        Console.WriteLine("[" + s[1, 1] + "] [" + s[2, 2] + "] " + s.GetValue(2, 2));

        Array zero = Array.CreateInstance(typeof(int), new int[] { 4 }, new int[] { 0 });
        Console.WriteLine(zero.GetType() + " " + (zero is int[]) + " " + zero.Length);

        Try("lengths/bounds mismatch", () => Array.CreateInstance(typeof(int), new int[] { 1, 2 }, new int[] { 0 }));
        Try("null bounds", () => Array.CreateInstance(typeof(int), new int[] { 1 }, null));
        Try("negative length", () => Array.CreateInstance(typeof(int), new int[] { -1 }, new int[] { 3 }));
    }
}
