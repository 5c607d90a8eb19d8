// Exception.StackTrace and ToString: which frames a trace holds, not how a frame is
// written (Mono and .NET format frames differently). Throwers are NoInlining and never
// call in tail position, so optimised code keeps their frames.
using System;
using System.Runtime.CompilerServices;

class Program
{
    static int sink;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower(int n)
    {
        if (n > 0) throw new InvalidOperationException("boom");
        sink++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Middle(int n)
    {
        Thrower(n);
        sink++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrower()
    {
        try {
            Middle(1);
        } catch (InvalidOperationException) {
            sink++;
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Resetter()
    {
        try {
            Middle(1);
        } catch (InvalidOperationException e) {
            sink++;
            throw e;
        }
    }

    // Catches itself: the trace ends here, its callers are not in it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static string CatchHere()
    {
        try {
            Middle(1);
        } catch (Exception e) {
            return e.StackTrace;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int NullThrower(string s)
    {
        return s.Length + sink;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Divider(int d)
    {
        return 100 / d + sink;
    }

    static int Lines(string s)
    {
        int n = 1;
        foreach (char c in s)
            if (c == '\n') n++;
        return n;
    }

    static bool Before(string t, string a, string b)
    {
        int i = t.IndexOf(a), j = t.IndexOf(b);
        return i >= 0 && j >= 0 && i < j;
    }

    static void Show(string what, string t)
    {
        Console.WriteLine(what + ": null " + (t == null));
        if (t == null) return;
        Console.WriteLine("  Thrower " + t.Contains("Thrower") + ", Middle " + t.Contains("Middle") +
                          ", Main " + t.Contains("Main"));
    }

    static bool seenInFilter;

    static bool Filter(Exception e)
    {
        seenInFilter = e.StackTrace != null && e.StackTrace.Contains("Thrower");
        return true;
    }

    static void Main()
    {
        var fresh = new InvalidOperationException("never thrown");
        Show("never thrown", fresh.StackTrace);
        Console.WriteLine("ToString: " + fresh.ToString());

        try {
            Middle(1);
        } catch (Exception e) {
            string t = e.StackTrace;
            Show("caught in Main", t);
            Console.WriteLine("  Thrower before Middle " + Before(t, "Thrower", "Middle") +
                              ", Middle before Main " + Before(t, "Middle", "Main") +
                              ", at least 3 lines " + (Lines(t) >= 3));
            string s = e.ToString();
            Console.WriteLine("  ToString: message line then the trace " +
                              (s == "System.InvalidOperationException: boom" + Environment.NewLine + t));
        }

        string h = CatchHere();
        Show("caught in CatchHere", h);
        Console.WriteLine("  CatchHere " + h.Contains("CatchHere"));

        try {
            Rethrower();
        } catch (Exception e) {
            Show("rethrown with throw;", e.StackTrace);
            Console.WriteLine("  Rethrower " + e.StackTrace.Contains("Rethrower") +
                              ", Thrower before Rethrower " + Before(e.StackTrace, "Thrower", "Rethrower"));
        }

        try {
            Resetter();
        } catch (Exception e) {
            Show("thrown again with throw e", e.StackTrace);
            Console.WriteLine("  Resetter " + e.StackTrace.Contains("Resetter"));
        }

        // Thrown again and again: each throw starts a new trace, it does not grow.
        Exception same = new Exception("again");
        int first = 0;
        for (int i = 0; i < 3; i++) {
            try {
                throw same;
            } catch (Exception e) {
                if (i == 0) first = Lines(e.StackTrace);
                else if (Lines(e.StackTrace) != first) Console.WriteLine("grew at " + i);
            }
        }
        Console.WriteLine("rethrown object keeps its length: done");

        try {
            NullThrower(null);
        } catch (NullReferenceException e) {
            Console.WriteLine("null reference: NullThrower " + e.StackTrace.Contains("NullThrower") +
                              ", Main " + e.StackTrace.Contains("Main"));
        }
        try {
            Divider(0);
        } catch (DivideByZeroException e) {
            Console.WriteLine("divide by zero: Divider " + e.StackTrace.Contains("Divider") +
                              ", Main " + e.StackTrace.Contains("Main"));
        }
        try {
            int.Parse("not a number");
        } catch (FormatException e) {
            Console.WriteLine("thrown in corlib: Main " + e.StackTrace.Contains("Main"));
        }

        try {
            Middle(1);
        } catch (Exception e) when (Filter(e)) {
            Console.WriteLine("filter saw Thrower " + seenInFilter + ", handler sees Thrower " +
                              e.StackTrace.Contains("Thrower"));
        }

        try {
            try {
                Middle(1);
            } catch (Exception e) {
                throw new ApplicationException("outer", e);
            }
        } catch (Exception e) {
            Console.WriteLine("inner keeps its trace: " + e.InnerException.StackTrace.Contains("Thrower") +
                              ", outer has no Thrower: " + !e.StackTrace.Contains("Thrower"));
            string s = e.ToString();
            Console.WriteLine("outer ToString holds both traces: " + s.Contains("Thrower") +
                              " " + s.Contains("End of inner exception stack trace"));
        }
        Console.WriteLine(sink);
    }
}
