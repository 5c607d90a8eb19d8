// N-queens by backtracking with arrays of bools: counts solutions for n = 1..9 and prints the
// first solution for n = 8 as a board.
using System;

class Queens
{
    static int n;
    static int[] pos;
    static bool[] cols, diag1, diag2;
    static int solutions;
    static int[] first;

    static void Place(int row)
    {
        if (row == n)
        {
            if (solutions == 0) { first = new int[n]; for (int i = 0; i < n; i++) first[i] = pos[i]; }
            solutions++;
            return;
        }
        for (int c = 0; c < n; c++)
        {
            if (cols[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
            pos[row] = c;
            Place(row + 1);
            cols[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
        }
    }

    static int Solve(int size)
    {
        n = size;
        pos = new int[n];
        cols = new bool[n];
        diag1 = new bool[2 * n];
        diag2 = new bool[2 * n];
        solutions = 0;
        Place(0);
        return solutions;
    }

    static void Main()
    {
        for (int i = 1; i <= 9; i++) Console.WriteLine(i + " queens: " + Solve(i));
        Solve(8);
        for (int r = 0; r < 8; r++)
        {
            string line = "";
            for (int c = 0; c < 8; c++) line += first[r] == c ? "Q " : ". ";
            Console.WriteLine(line);
        }
    }
}
