// Mandelbrot set rendered as ASCII art, plus an iteration-count checksum.
using System;

class Mandelbrot
{
    static int Iterate(double cr, double ci, int max)
    {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < max)
        {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) break;
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
            n++;
        }
        return n;
    }

    static void Main()
    {
        string shades = " .:-=+*#%@";
        int width = 72, height = 28, max = 200;
        long total = 0;
        for (int y = 0; y < height; y++)
        {
            string line = "";
            for (int x = 0; x < width; x++)
            {
                double cr = -2.2 + 3.0 * x / width;
                double ci = -1.2 + 2.4 * y / height;
                int n = Iterate(cr, ci, max);
                total += n;
                char c = n == max ? '@' : shades[n % (shades.Length - 1)];
                line += c;
            }
            Console.WriteLine(line);
        }
        Console.WriteLine("total iterations: " + total);

        long fine = 0;
        for (int y = 0; y < 200; y++)
            for (int x = 0; x < 200; x++)
                fine += Iterate(-2.0 + 2.5 * x / 200, -1.25 + 2.5 * y / 200, 100);
        Console.WriteLine("fine grid: " + fine);
    }
}
