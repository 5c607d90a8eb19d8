// Multicast delegates: += appends in order, -= removes the last matching occurrence,
// invocation order, the return value of a multicast Func is the last one's,
// GetInvocationList, combining with Delegate.Combine, removing everything gives null.
using System;

class Program
{
    static string trace = "";
    static void A() { trace += "A"; }
    static void B() { trace += "B"; }
    static void C() { trace += "C"; }
    static int One() { trace += "1"; return 1; }
    static int Two() { trace += "2"; return 2; }
    static int Three() { trace += "3"; return 3; }

    static string Run(Action a)
    {
        trace = "";
        if (a != null) a();
        return trace == "" ? "(none)" : trace;
    }

    static void Main()
    {
        Action chain = A;
        chain += B;
        chain += C;
        Console.WriteLine("A+B+C: " + Run(chain));
        chain += A;
        Console.WriteLine("+A: " + Run(chain));
        chain -= A;                       // removes the last A
        Console.WriteLine("-A: " + Run(chain));
        chain -= B;
        Console.WriteLine("-B: " + Run(chain));
        chain -= B;                       // not present: no change
        Console.WriteLine("-B again: " + Run(chain));
        Console.WriteLine("invocation count: " + chain.GetInvocationList().Length);
        chain -= A;
        chain -= C;
        Console.WriteLine("all removed is null: " + (chain == null) + " " + Run(chain));

        Func<int> f = One;
        f += Two;
        f += Three;
        trace = "";
        int r = f();
        Console.WriteLine("Func result " + r + " trace " + trace);

        Action ab = A;
        ab += B;
        Action cab = C;
        cab += ab;                        // combine with a multicast
        Console.WriteLine("C+(A+B): " + Run(cab));
        cab -= ab;                        // removes the A+B sublist
        Console.WriteLine("minus (A+B): " + Run(cab));

        Action combined = (Action)Delegate.Combine(new Action(B), new Action(A));
        Console.WriteLine("Delegate.Combine: " + Run(combined));

        // Lambdas with captured state in a multicast chain
        int total = 0;
        Action<int> adders = x => total += x;
        adders += x => total += x * 10;
        adders += x => total += x * 100;
        adders(3);
        Console.WriteLine("total " + total);

        // Invoking each member separately
        int sum = 0;
        foreach (Delegate d in f.GetInvocationList()) sum += ((Func<int>)d)();
        Console.WriteLine("sum over invocation list " + sum);

        // An exception in the middle stops the chain
        Action bad = A;
        bad += () => { throw new InvalidOperationException("middle"); };
        bad += C;
        trace = "";
        try { bad(); } catch (InvalidOperationException e) { Console.WriteLine("stopped by " + e.Message + " after " + trace); }
    }
}
