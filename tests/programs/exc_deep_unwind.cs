// An exception thrown at the bottom of deep recursion unwinds many frames (running their
// finally blocks) and is caught at the top; a second run catches half-way down.
using System;

class DeepError : Exception
{
    public int Depth;
    public DeepError(int depth) : base("hit bottom at " + depth) { Depth = depth; }
}

class Program
{
    static int finallyCount;
    static long checksum;

    static int Recurse(int n, int limit)
    {
        if (n == limit) throw new DeepError(n);
        try
        {
            return Recurse(n + 1, limit) + 1;
        }
        finally
        {
            finallyCount++;
            checksum += n;
        }
    }

    static int CatchAt(int n, int catchDepth, int limit)
    {
        if (n == limit) throw new DeepError(n);
        if (n == catchDepth)
        {
            try { return CatchAt(n + 1, catchDepth, limit); }
            catch (DeepError e) { Console.WriteLine("caught at depth " + n + ": " + e.Message); return -n; }
        }
        return CatchAt(n + 1, catchDepth, limit);
    }

    // Mutual recursion through several methods
    static void A(int n) { if (n <= 0) throw new InvalidOperationException("from A"); B(n - 1); }
    static void B(int n) { if (n <= 0) throw new InvalidOperationException("from B"); C(n - 1); }
    static void C(int n) { try { A(n - 1); } finally { checksum++; } }

    static void Main()
    {
        try
        {
            Recurse(0, 1000);
            Console.WriteLine("not reached");
        }
        catch (DeepError e)
        {
            Console.WriteLine("top caught: " + e.Message + " depth=" + e.Depth);
        }
        Console.WriteLine("finallyCount=" + finallyCount + " checksum=" + checksum);

        Console.WriteLine("CatchAt = " + CatchAt(0, 250, 500));

        for (int start = 10; start < 14; start++)
        {
            checksum = 0;
            try { A(start); }
            catch (InvalidOperationException e) { Console.WriteLine("A(" + start + "): " + e.Message + " checksum=" + checksum); }
        }

        // Repeat many times to make sure unwinding leaves no state behind.
        int total = 0;
        for (int i = 0; i < 200; i++)
        {
            try { Recurse(0, 50); }
            catch (DeepError e) { total += e.Depth; }
        }
        Console.WriteLine("total=" + total + " finallyCount=" + finallyCount);
    }
}
