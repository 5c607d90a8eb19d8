// Arrays of arrays: Pascal's triangle, ragged rows, matrices as int[][] and double[][],
// arrays of string arrays, swapping rows, foreach over nested arrays.
using System;

class JaggedArrays
{
    static int[][] Pascal(int n)
    {
        int[][] t = new int[n][];
        for (int i = 0; i < n; i++)
        {
            t[i] = new int[i + 1];
            t[i][0] = t[i][i] = 1;
            for (int j = 1; j < i; j++) t[i][j] = t[i - 1][j - 1] + t[i - 1][j];
        }
        return t;
    }

    static double[][] Identity(int n)
    {
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) { m[i] = new double[n]; m[i][i] = 1.0; }
        return m;
    }

    static double[][] Mul(double[][] a, double[][] b)
    {
        int n = a.Length, m = b[0].Length, k = b.Length;
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++)
        {
            c[i] = new double[m];
            for (int j = 0; j < m; j++)
            {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        }
        return c;
    }

    static void Main()
    {
        int[][] p = Pascal(12);
        foreach (int[] row in p)
        {
            string line = "";
            foreach (int v in row) line += v + " ";
            Console.WriteLine(line);
        }
        int[][] ragged = new int[][] { new int[] { 1 }, new int[0], new int[] { 2, 3, 4 }, null };
        for (int i = 0; i < ragged.Length; i++)
            Console.WriteLine("row " + i + ": " + (ragged[i] == null ? "null" : "len " + ragged[i].Length));
        int[] tmp = ragged[0]; ragged[0] = ragged[2]; ragged[2] = tmp;
        Console.WriteLine(ragged[0][2] + " " + ragged[2][0]);

        double[][] rot = { new double[] { 0, -1 }, new double[] { 1, 0 } };
        double[][] r = Identity(2);
        for (int i = 0; i < 4; i++)
        {
            r = Mul(r, rot);
            Console.WriteLine(r[0][0] + " " + r[0][1] + " / " + r[1][0] + " " + r[1][1]);
        }
        double[][] a = new double[3][];
        for (int i = 0; i < 3; i++)
        {
            a[i] = new double[4];
            for (int j = 0; j < 4; j++) a[i][j] = i * 4 + j + 0.5;
        }
        double[][] b = new double[4][];
        for (int i = 0; i < 4; i++)
        {
            b[i] = new double[2];
            for (int j = 0; j < 2; j++) b[i][j] = (i - j) * 0.25;
        }
        double[][] c = Mul(a, b);
        foreach (double[] row in c) Console.WriteLine(row[0].ToString("F3") + " " + row[1].ToString("F3"));

        string[][] words = { new string[] { "a", "b" }, new string[] { "c" }, new string[] { "d", "e", "f" } };
        string all = "";
        foreach (string[] ws in words) all += string.Join("+", ws) + "|";
        Console.WriteLine(all);
        int[][][] cube = new int[3][][];
        int counter = 0;
        for (int i = 0; i < 3; i++)
        {
            cube[i] = new int[3][];
            for (int j = 0; j < 3; j++)
            {
                cube[i][j] = new int[3];
                for (int k = 0; k < 3; k++) cube[i][j][k] = counter++;
            }
        }
        Console.WriteLine(cube[2][1][0] + " " + cube[1][1][1] + " " + cube[0][2][2]);
        object[][] objs = { new object[] { 1, "two" }, new object[] { 3.5, 'c', true } };
        foreach (object[] os in objs) foreach (object o in os) Console.Write(o + ";");
        Console.WriteLine();
    }
}
