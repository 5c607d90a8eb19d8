// Ends with an unhandled NullReferenceException from a virtual call on a null reference.
using System;

class Greeter
{
    public virtual string Greet(string name) { return "hello " + name; }
}

class NullCall
{
    static Greeter Make(int i) { return i < 3 ? new Greeter() : null; }

    static void Main()
    {
        for (int i = 0; i < 5; i++)
        {
            Greeter g = Make(i);
            Console.WriteLine(i + ": " + g.Greet("#" + i));
        }
        Console.WriteLine("not reached");
    }
}
