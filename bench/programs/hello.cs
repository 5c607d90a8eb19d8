// bench: hello world, the start-up floor of each mode: runtime initialisation, compiling
// Main and Console.WriteLine, nothing else. No iterations. Twin: hello.c.
// bench-args: full: | quick: | startup:
using System;

class Hello
{
    static void Main()
    {
        Console.WriteLine("Hello, World!");
    }
}
