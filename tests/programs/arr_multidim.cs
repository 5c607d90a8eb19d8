// Multidimensional arrays: int[,] and double[,,], initialisers, GetLength, Length, element
// read/write/compound assignment, passing to methods, matrix multiply, struct elements.
using System;

struct Cell { public int V; public bool Mark; }

class Program
{
    static int[,] Multiply(int[,] a, int[,] b)
    {
        int n = a.GetLength(0), m = a.GetLength(1), p = b.GetLength(1);
        int[,] r = new int[n, p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++)
                for (int k = 0; k < m; k++)
                    r[i, j] += a[i, k] * b[k, j];
        return r;
    }

    static void Print(int[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            string row = "";
            for (int j = 0; j < m.GetLength(1); j++) row += m[i, j].ToString().PadLeft(5);
            Console.WriteLine(row);
        }
    }

    static void Main()
    {
        int[,] a = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] b = new int[3, 2];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) b[i, j] = i * 2 + j + 1;
        Console.WriteLine("a: " + a.GetLength(0) + "x" + a.GetLength(1) + " Length " + a.Length);
        Print(Multiply(a, b));

        int[,] id = new int[4, 4];
        for (int i = 0; i < 4; i++) id[i, i] = 1;
        id[1, 2] += 7; id[3, 0] -= 2; id[2, 2] *= 9;
        Print(id);

        double[,,] cube = new double[2, 3, 4];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = i * 100 + j * 10 + k + 0.5;
        double sum = 0;
        foreach (double d in cube) sum += d;
        Console.WriteLine("cube dims " + cube.GetLength(0) + "," + cube.GetLength(1) + "," + cube.GetLength(2) + " Length " + cube.Length + " sum " + sum + " [1,2,3]=" + cube[1, 2, 3]);

        string[,] names = new string[2, 2];
        names[0, 1] = "top-right";
        Console.WriteLine("names[0,1]=" + names[0, 1] + " names[1,1] null=" + (names[1, 1] == null));

        Cell[,] board = new Cell[3, 3];
        board[1, 1].V = 5;
        board[1, 1].Mark = true;
        board[2, 0].V++;
        int marks = 0, vs = 0;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) { if (board[i, j].Mark) marks++; vs += board[i, j].V; }
        Console.WriteLine("marks " + marks + " vsum " + vs);

        long[,] pascal = new long[10, 10];
        for (int i = 0; i < 10; i++) { pascal[i, 0] = 1; for (int j = 1; j <= i; j++) pascal[i, j] = pascal[i - 1, j - 1] + pascal[i - 1, j]; }
        Console.WriteLine("C(9,4)=" + pascal[9, 4]);

        char[,] img = new char[3, 5];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 5; j++) img[i, j] = (i + j) % 2 == 0 ? '#' : '.';
        for (int i = 0; i < 3; i++) { string s = ""; for (int j = 0; j < 5; j++) s += img[i, j]; Console.WriteLine(s); }

        int[,] empty = new int[0, 5];
        Console.WriteLine("empty: " + empty.GetLength(0) + "x" + empty.GetLength(1) + " Length " + empty.Length);
    }
}
