// Ends with an unhandled IndexOutOfRangeException (an off-by-one loop) after some output.
using System;

class IndexOutOfRange
{
    static void Main()
    {
        int[] squares = new int[6];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        int total = 0;
        for (int i = 0; i <= squares.Length; i++)
        {
            total += squares[i];
            Console.WriteLine("squares[" + i + "] = " + squares[i] + ", running total " + total);
        }
        Console.WriteLine("not reached");
    }
}
