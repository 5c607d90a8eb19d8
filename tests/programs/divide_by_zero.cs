// Ends with an unhandled DivideByZeroException from integer division after some output.
// (Floating-point division by zero does not throw; that is printed first.)
using System;

class DivideByZero
{
    static int Div(int a, int b) { return a / b; }

    static void Main()
    {
        double dz = 0.0;
        Console.WriteLine("1.0 / 0.0 = " + (1.0 / dz));
        for (int d = 3; d >= 0; d--)
            Console.WriteLine("100 / " + d + " = " + Div(100, d));
        Console.WriteLine("not reached");
    }
}
