// An exception thrown in a static constructor surfaces as TypeInitializationException
// wrapping the original; touching the type again throws TypeInitializationException again.
using System;

class Broken
{
    public static int Value;
    static Broken()
    {
        Console.WriteLine("Broken cctor runs");
        if (Value == 0) throw new InvalidOperationException("cannot initialise");
        Value = 1;
    }
    public static int Get() { return Value; }
}

class Fine
{
    public static int Value;
    static Fine() { Console.WriteLine("Fine cctor runs"); Value = 42; }
}

class Program
{
    static void Main()
    {
        try
        {
            Console.WriteLine("about to touch Broken");
            int v = Broken.Get();
            Console.WriteLine("not reached " + v);
        }
        catch (TypeInitializationException e)
        {
            Console.WriteLine("caught " + e.GetType().Name);
            Console.WriteLine("TypeName = " + e.TypeName);
            Console.WriteLine("inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }

        try
        {
            Console.WriteLine(Broken.Value);
        }
        catch (Exception e)
        {
            Console.WriteLine("second touch: " + e.GetType().Name + ", inner "
                + (e.InnerException == null ? "null" : e.InnerException.GetType().Name));
        }

        Console.WriteLine("Fine.Value = " + Fine.Value);
        Console.WriteLine("Fine.Value again = " + Fine.Value);
    }
}
