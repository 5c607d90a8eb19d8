// Ends with an unhandled NullReferenceException (a field read through null) after some output:
// stdout up to that point must match and the exit code must be 1.
using System;

class Item
{
    public int Value;
    public Item Next;
}

class NullReference
{
    static int Walk(Item head)
    {
        int sum = 0;
        for (int i = 0; i < 5; i++)
        {
            sum += head.Value;
            Console.WriteLine("visited " + head.Value);
            head = head.Next;
        }
        return sum;
    }

    static void Main()
    {
        Item c = new Item(); c.Value = 3;
        Item b = new Item(); b.Value = 2; b.Next = c;
        Item a = new Item(); a.Value = 1; a.Next = b;
        Console.WriteLine("walking a list of 3 items 5 times");
        int s = Walk(a);
        Console.WriteLine("not reached " + s);
    }
}
