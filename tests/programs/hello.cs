// The smallest program: one string literal through Console.WriteLine.
using System;

class Hello
{
    static void Main()
    {
        Console.WriteLine("Hello, World!");
    }
}
