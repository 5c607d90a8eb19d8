// Conway's game of life on a wrapping grid stored in bool[] rows (arrays of arrays):
// a glider and a blinker evolve; the board is printed at a few generations.
using System;

class Life
{
    bool[][] cells;
    int w, h;

    public Life(int w, int h)
    {
        this.w = w; this.h = h;
        cells = new bool[h][];
        for (int y = 0; y < h; y++) cells[y] = new bool[w];
    }

    public void Set(int x, int y) { cells[y][x] = true; }

    int Neighbours(int x, int y)
    {
        int n = 0;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
            {
                if (dx == 0 && dy == 0) continue;
                if (cells[(y + dy + h) % h][(x + dx + w) % w]) n++;
            }
        return n;
    }

    public void Step()
    {
        bool[][] next = new bool[h][];
        for (int y = 0; y < h; y++)
        {
            next[y] = new bool[w];
            for (int x = 0; x < w; x++)
            {
                int n = Neighbours(x, y);
                next[y][x] = cells[y][x] ? (n == 2 || n == 3) : n == 3;
            }
        }
        cells = next;
    }

    public int Population()
    {
        int p = 0;
        foreach (bool[] row in cells) foreach (bool c in row) if (c) p++;
        return p;
    }

    public void Print()
    {
        foreach (bool[] row in cells)
        {
            string line = "";
            foreach (bool c in row) line += c ? '#' : '.';
            Console.WriteLine(line);
        }
    }
}

class GameOfLife
{
    static void Main()
    {
        Life life = new Life(12, 8);
        life.Set(1, 0); life.Set(2, 1); life.Set(0, 2); life.Set(1, 2); life.Set(2, 2);
        life.Set(8, 5); life.Set(9, 5); life.Set(10, 5);
        for (int gen = 0; gen <= 8; gen++)
        {
            if (gen % 4 == 0)
            {
                Console.WriteLine("generation " + gen + ", population " + life.Population());
                life.Print();
            }
            life.Step();
        }
        Life big = new Life(64, 64);
        uint x = 12345;
        for (int i = 0; i < 1500; i++) { x = x * 1103515245 + 12345; big.Set((int)(x >> 16) % 64, (int)(x >> 8) % 64); }
        string pops = "";
        for (int g = 0; g < 60; g++) { big.Step(); if (g % 10 == 9) pops += big.Population() + " "; }
        Console.WriteLine("random soup populations: " + pops);
    }
}
