// Ends with an unhandled IndexOutOfRangeException from a negative index into a string array store.
using System;

class NegativeIndex
{
    static void Main()
    {
        string[] names = { "a", "b", "c" };
        int k = 2;
        while (true)
        {
            names[k] = names[k] + k;
            Console.WriteLine("names[" + k + "] = " + names[k]);
            k--;
        }
    }
}
