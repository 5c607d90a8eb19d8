// Jagged arrays: ragged rows, rows replaced and shared, array-of-arrays of strings and
// structs, passing rows to methods, and a triangle built row by row.
using System;

class Program
{
    static int RowSum(int[] row) { int s = 0; foreach (int v in row) s += v; return s; }

    static void Main()
    {
        int[][] rag = new int[4][];
        for (int i = 0; i < rag.Length; i++)
        {
            rag[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) rag[i][j] = (i + 1) * (j + 1);
        }
        for (int i = 0; i < rag.Length; i++) Console.WriteLine("row " + i + " len " + rag[i].Length + " sum " + RowSum(rag[i]));

        int[][] lit = { new[] { 1 }, new int[0], new[] { 2, 3, 4 }, null };
        int total = 0;
        foreach (int[] row in lit) if (row != null) total += RowSum(row);
        Console.WriteLine("lit total " + total + " null row " + (lit[3] == null));

        // shared row: writing through one alias shows through the other
        int[] shared = { 0, 0 };
        int[][] twice = { shared, shared };
        twice[0][1] = 9;
        Console.WriteLine("shared: " + twice[1][1] + " same " + ReferenceEquals(twice[0], twice[1]));
        twice[1] = new int[] { 5, 5 };
        twice[1][0]++;
        Console.WriteLine("after replace: " + twice[0][0] + " " + twice[1][0]);

        string[][] words = { "the quick".Split(' '), "brown fox jumps".Split(' ') };
        foreach (string[] ws in words) Console.WriteLine(ws.Length + ": " + string.Join("+", ws));

        int[][][] deep = new int[2][][];
        deep[0] = new int[][] { new[] { 1, 2 }, new[] { 3 } };
        deep[1] = new int[][] { new int[] { 4, 5, 6 } };
        int d = 0;
        foreach (int[][] plane in deep) foreach (int[] r in plane) foreach (int v in r) d = d * 10 + v;
        Console.WriteLine("deep digits " + d);

        // Swap rows
        int[] tmp = rag[0]; rag[0] = rag[3]; rag[3] = tmp;
        Console.WriteLine("after swap len " + rag[0].Length + " " + rag[3].Length);

        // Jagged array of doubles as a triangle (Pascal-like probabilities)
        double[][] tri = new double[6][];
        tri[0] = new double[] { 1 };
        for (int i = 1; i < tri.Length; i++)
        {
            tri[i] = new double[i + 1];
            for (int j = 0; j <= i; j++)
                tri[i][j] = 0.5 * ((j > 0 ? tri[i - 1][j - 1] : 0) + (j < i ? tri[i - 1][j] : 0));
        }
        string last = "";
        foreach (double p in tri[5]) last += p + " ";
        Console.WriteLine(last.TrimEnd());

        char[][] grid = new char[3][];
        for (int i = 0; i < 3; i++) grid[i] = new string('a', i + 2).ToCharArray();
        grid[2][3] = 'Z';
        foreach (char[] row in grid) Console.WriteLine(new string(row));
    }
}
