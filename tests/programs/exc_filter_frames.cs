// Exception filters (`catch … when`) run during the first pass of unwinding, as on .NET and
// Mono: before the finally blocks of the frames the exception leaves, reading and writing
// the arguments and locals of their own method's frame (each recursion level its own).
// Each section prints the order in which filters, finally blocks and handlers run.
// (What a filter that throws does is in exc_filter_throws.cs.)
using System;

class CodeError : Exception
{
    public int Code;
    public CodeError(int code) : base("code " + code) { Code = code; }
}

class Boom : Exception
{
    public Boom() : base("boom") {}
}

struct Pair
{
    public int A, B;
}

class Counter
{
    int hits;

    // A filter of an instance method reads and writes `this`.
    public int Run(int code)
    {
        try { throw new CodeError(code); }
        catch (CodeError e) when (++hits > 0 && e.Code == code) { return hits; }
    }
}

// A filter of a struct's method updates the struct through `this`.
struct Meter
{
    public int Value;

    public int Probe(int code)
    {
        try { throw new CodeError(code); }
        catch (CodeError e) when (e.Code == code && (Value += code) > 0) { return Value; }
    }
}

// A filter in a static constructor.
class Init
{
    public static int Seen;

    static Init()
    {
        int local = 5;
        try { throw new CodeError(10); }
        catch (CodeError e) when ((local += e.Code) > 0) { Seen = local; }
    }
}

class Program
{
    static bool Say(string what, bool result)
    {
        Console.WriteLine("  filter " + what + " -> " + result);
        return result;
    }

    static bool Bump(ref int x, int by)
    {
        x += by;
        return true;
    }

    // ---- 1. the filter reads and writes the handler frame's locals and arguments ----
    static int Locals(int arg, Pair pair)
    {
        int local = 10;
        string log = "none";
        Pair mine;
        mine.A = 1;
        mine.B = 2;
        try
        {
            local++;
            arg += 1;
            mine.B = 20;
            throw new CodeError(arg);
        }
        catch (CodeError e) when (Bump(ref local, 100) && (arg = arg * 2) > 0 && (mine.A = pair.A + pair.B) > 0 &&
                                  (log = "filter saw local " + local + ", code " + e.Code) != null)
        {
            Console.WriteLine("  " + log);
            Console.WriteLine("  handler: local " + local + ", arg " + arg + ", mine " + mine.A + "/" + mine.B);
            return local + arg;
        }
    }

    // ---- 2. three frames, finally blocks in between ----
    static void Deep(int code)
    {
        try { throw new CodeError(code); }
        finally { Console.WriteLine("  finally in Deep"); }
    }

    static void Middle(int code)
    {
        try
        {
            try { Deep(code); }
            finally { Console.WriteLine("  finally in Middle"); }
        }
        catch (CodeError e) when (Say("Middle, code " + e.Code + " > 5", e.Code > 5))
        {
            Console.WriteLine("  handler in Middle");
        }
        finally { Console.WriteLine("  outer finally in Middle"); }
    }

    static void ThreeFrames(int code)
    {
        try { Middle(code); }
        catch (CodeError e) when (Say("ThreeFrames, code " + e.Code, true))
        {
            Console.WriteLine("  handler in ThreeFrames");
        }
    }

    // ---- 3. filters on rethrown exceptions ----
    static void Rethrows(bool wrap)
    {
        try { throw new CodeError(4); }
        catch (CodeError e) when (Say("inner", true))
        {
            Console.WriteLine("  inner handler rethrows");
            try
            {
                if (wrap) throw new InvalidOperationException("wrapped", e);
                throw;
            }
            finally { Console.WriteLine("  finally in the inner handler"); }
        }
    }

    static void Rethrow()
    {
        try { Rethrows(false); }
        catch (CodeError e) when (Say("outer sees code " + e.Code, true)) { Console.WriteLine("  outer handler"); }
        try { Rethrows(true); }
        catch (Exception e) when (Say("outer sees " + e.GetType().Name + " around " + e.InnerException.Message, true))
        {
            Console.WriteLine("  outer handler");
        }
    }

    // ---- 4. nested try blocks in the filter's own method ----
    static void Nested()
    {
        int step = 0;
        try
        {
            try
            {
                try { step = 1; throw new CodeError(5); }
                finally { Console.WriteLine("  innermost finally, step " + step); step = 2; }
            }
            catch (CodeError) when (Say("inner, step " + step, false)) { Console.WriteLine("  not reached"); }
            finally { Console.WriteLine("  middle finally, step " + step); step = 3; }
        }
        catch (CodeError e) when (Say("outer, step " + step, true))
        {
            Console.WriteLine("  handler, step " + step);
            // A second exception while handling the first: its filter runs first too.
            try
            {
                try { throw new CodeError(e.Code + 1); }
                finally { Console.WriteLine("  finally in the handler"); }
            }
            catch (CodeError again) when (Say("in the handler, code " + again.Code, true))
            {
                Console.WriteLine("  caught again");
            }
        }
    }

    // ---- 5. recursion: each frame's filter sees its own locals ----
    static int Recurse(int n)
    {
        int depth = n * 10;
        try
        {
            if (n == 0) throw new CodeError(0);
            return Recurse(n - 1);
        }
        catch (CodeError) when (Say("depth " + depth, n == 2)) { return depth; }
        finally { Console.WriteLine("  finally at depth " + depth); }
    }

    // ---- 6. a filter catching an exception of its own, a filter with stackalloc, generic ----
    static bool CatchesInside()
    {
        try { throw new Boom(); }
        catch (Boom) { Console.WriteLine("  the filter caught its own Boom"); }
        return true;
    }

    static unsafe int StackAlloc(int n)
    {
        int* buf = stackalloc int[n];
        for (int i = 0; i < n; i++) buf[i] = i * i;
        int total = 0;
        try { throw new CodeError(n); }
        catch (CodeError) when ((total = buf[n - 1] + buf[1]) > 0 && CatchesInside()) { return total; }
    }

    static T Generic<T>(T value, int code)
    {
        T seen = default(T);
        try { throw new CodeError(code); }
        catch (CodeError e) when (e.Code == code && (seen = value) != null) { return seen; }
    }

    // ---- 7. a hot filter (reaches Tier1 under tiering) ----
    static int Classify(int i, int threshold)
    {
        try { throw new CodeError(i); }
        catch (CodeError e) when (e.Code >= threshold) { return 1; }
        catch (CodeError) { return 0; }
    }

    static void Main()
    {
        Console.WriteLine("1. locals and arguments");
        Pair p;
        p.A = 3;
        p.B = 4;
        Console.WriteLine("  returned " + Locals(5, p));

        Console.WriteLine("2. three frames, code 7");
        ThreeFrames(7);
        Console.WriteLine("2. three frames, code 3");
        ThreeFrames(3);

        Console.WriteLine("3. rethrow");
        Rethrow();

        Console.WriteLine("4. nested try");
        Nested();

        Console.WriteLine("5. recursion");
        Console.WriteLine("  returned " + Recurse(4));

        Console.WriteLine("6. stackalloc, generics, instance methods, structs, static constructors");
        Console.WriteLine("  returned " + StackAlloc(6));
        Console.WriteLine("  returned " + Generic("text", 8) + ", " + Generic(2.5, 9));
        Counter c = new Counter();
        c.Run(1);
        Console.WriteLine("  hits " + c.Run(2));
        Meter meter = new Meter();
        meter.Probe(3);
        Console.WriteLine("  meter " + meter.Probe(4) + ", static constructor saw " + Init.Seen);

        Console.WriteLine("7. hot filter");
        int big = 0;
        for (int i = 0; i < 200; i++) big += Classify(i % 10, 7);
        Console.WriteLine("  " + big + " of 200 at or above 7");
    }
}
