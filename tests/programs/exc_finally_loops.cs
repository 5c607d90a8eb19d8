// finally inside loops: break, continue and goto leaving a try run the finally each time,
// including several nested finallys left by a single break.
using System;

class Program
{
    static void Main()
    {
        int finallies = 0;
        for (int i = 0; i < 6; i++)
        {
            try
            {
                if (i == 1) { Console.WriteLine("i=1 continue"); continue; }
                if (i == 4) { Console.WriteLine("i=4 break"); break; }
                Console.WriteLine("i=" + i + " body");
            }
            finally
            {
                finallies++;
                Console.WriteLine("  finally i=" + i);
            }
            Console.WriteLine("  after try i=" + i);
        }
        Console.WriteLine("finallies=" + finallies);

        // break out of two nested trys inside a while loop
        int n = 0;
        while (true)
        {
            try
            {
                try
                {
                    n++;
                    if (n == 3) break;
                    Console.WriteLine("while n=" + n);
                }
                finally { Console.WriteLine("  inner finally n=" + n); }
            }
            finally { Console.WriteLine("  outer finally n=" + n); }
        }
        Console.WriteLine("after while n=" + n);

        // continue in a foreach with finally; an exception caught inside each iteration
        int[] data = { 3, 0, 5, 0, 7 };
        int sum = 0;
        foreach (int d in data)
        {
            try
            {
                if (d == 0) continue;
                sum += 100 / d;
            }
            finally { Console.WriteLine("  foreach finally d=" + d + " sum=" + sum); }
        }
        Console.WriteLine("sum=" + sum);

        // goto out of a try
        int k = 0;
    again:
        try
        {
            k++;
            if (k < 3) goto again;
        }
        finally { Console.WriteLine("  goto finally k=" + k); }
        Console.WriteLine("k=" + k);

        // do/while with exception-driven retry
        int attempts = 0;
        bool done = false;
        do
        {
            try
            {
                attempts++;
                if (attempts < 3) throw new Exception("fail " + attempts);
                done = true;
            }
            catch (Exception e) { Console.WriteLine("retry after " + e.Message); }
            finally { Console.WriteLine("  attempt " + attempts + " finished"); }
        } while (!done);
        Console.WriteLine("attempts=" + attempts);
    }
}
