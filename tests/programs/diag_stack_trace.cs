// System.Diagnostics.StackTrace: how many frames it holds and which, innermost first, not
// how a frame is written (Mono and .NET format frames differently). The methods are
// NoInlining and never call in tail position, so optimised code keeps their frames.
// StackFrame.GetMethod() is not asked: ilc cannot answer it (a NotSupportedException).
using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

class Program
{
    static int sink;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static StackTrace Inner(int skip)
    {
        StackTrace t = skip < 0 ? new StackTrace() : new StackTrace(skip);
        sink++;
        return t;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static StackTrace Outer(int skip)
    {
        StackTrace t = Inner(skip);
        sink++;
        return t;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower()
    {
        sink++;
        throw new InvalidOperationException("boom");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Middle()
    {
        Thrower();
        sink++;
    }

    static bool InOrder(string t, params string[] names)
    {
        int at = 0;
        foreach (string name in names) {
            int i = t.IndexOf(name, at);
            if (i < 0) return false;
            at = i + name.Length;
        }
        return true;
    }

    static void Main()
    {
        StackTrace t = Outer(-1);
        Console.WriteLine("frames " + t.FrameCount + ", GetFrames " + t.GetFrames().Length +
                          ", past the end " + (t.GetFrame(t.FrameCount) == null));
        string s = t.ToString();
        Console.WriteLine("Inner, Outer, Main in order " + InOrder(s, "Program.Inner", "Program.Outer", "Program.Main") +
                          ", no StackTrace constructor " + !s.Contains("System.Diagnostics.StackTrace"));

        StackTrace skipped = Outer(1);
        string k = skipped.ToString();
        Console.WriteLine("skip 1: frames " + skipped.FrameCount + ", Inner " + k.Contains("Inner") +
                          ", Outer, Main in order " + InOrder(k, "Program.Outer", "Program.Main"));
        Console.WriteLine("skip all: frames " + Outer(10).FrameCount);

        try {
            Middle();
        } catch (Exception e) {
            var fromException = new StackTrace(e);
            string x = fromException.ToString();
            Console.WriteLine("from an exception: frames " + fromException.FrameCount + ", in order " +
                              InOrder(x, "Program.Thrower", "Program.Middle", "Program.Main"));
            Console.WriteLine("  skipping 1: frames " + new StackTrace(e, 1).FrameCount);
        }

        var never = new StackTrace(new Exception("never thrown"));
        Console.WriteLine("never thrown: frames " + never.FrameCount + ", GetFrames null " +
                          (never.GetFrames() == null) + ", text empty " + (never.ToString().Length == 0));

        try {
            new StackTrace((Exception)null);
        } catch (ArgumentNullException e) {
            Console.WriteLine("null exception: " + e.ParamName);
        }
        Console.WriteLine(sink);
    }
}
