// IndexOutOfRangeException for reads and writes past either end of arrays of several
// element types, and ArgumentOutOfRangeException from string and List indexing.
using System;
using System.Collections.Generic;

class Program
{
    static int Probe(int[] a, int i)
    {
        try { return a[i]; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("  read [" + i + "] -> " + e.GetType().Name); return -1; }
    }

    static void Main()
    {
        int[] a = { 10, 20, 30 };
        int[] idx = { 0, 2, 3, -1, int.MaxValue, int.MinValue };
        foreach (int i in idx) Console.WriteLine("a[" + i + "] = " + Probe(a, i));

        int[] empty = new int[0];
        Console.WriteLine("empty[0] = " + Probe(empty, 0));

        try { a[3] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("write a[3] failed"); }
        Console.WriteLine("a unchanged: " + a[0] + "," + a[1] + "," + a[2]);

        long[] la = new long[2];
        try { la[2] = 5; } catch (IndexOutOfRangeException) { Console.WriteLine("long[] write failed"); }
        byte[] ba = new byte[4];
        try { ba[4]++; } catch (IndexOutOfRangeException) { Console.WriteLine("byte[] ++ failed"); }
        string[] sa = new string[1];
        try { sa[1] = "x"; } catch (IndexOutOfRangeException) { Console.WriteLine("string[] write failed"); }
        double[] da = new double[3];
        try { Console.WriteLine(da[-1]); } catch (IndexOutOfRangeException) { Console.WriteLine("double[] read failed"); }

        int[][] jag = { new int[2], new int[5] };
        try { jag[0][4] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("jagged inner write failed"); }
        jag[1][4] = 7;
        Console.WriteLine("jag[1][4] = " + jag[1][4]);

        int[,] grid = new int[2, 3];
        try { grid[1, 3] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("int[,] write failed"); }

        string s = "abc";
        try { Console.WriteLine(s[3]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("string index -> IndexOutOfRangeException"); }

        List<int> list = new List<int> { 1, 2 };
        try { Console.WriteLine(list[2]); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("List index -> " + e.GetType().Name); }

        // A loop that runs one past the end, caught outside the loop
        int sum = 0, k = 0;
        try { for (k = 0; ; k++) sum += a[k]; }
        catch (IndexOutOfRangeException) { Console.WriteLine("sum=" + sum + " stopped at k=" + k); }
    }
}
