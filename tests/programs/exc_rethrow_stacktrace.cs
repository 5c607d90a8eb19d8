// Mono's JIT regression test test_0_rethrow_stacktrace (mono/mini/exceptions.cs): after
// `throw;` the StackTrace still names the frames of the first throw. Its methods belong to
// a MarshalByRefObject, whose methods Mono never inlines (nor does ilc: their frames are
// kept in every mode, as a [MethodImpl(NoInlining)] method's are), so their names are there
// even when ilc compiles the program with the inliner on (AOT, R2R, Tier1).
using System;
using System.Runtime.CompilerServices;

class ThrowClass : MarshalByRefObject
{
    public static void Rethrow1() { throw new Exception(); }
    public static void Rethrow2() { Rethrow1(); Console.WriteLine(); }
    public int Twice(int x) { if (x < 0) throw new ArgumentException("negative"); return 2 * x; }
}

class Plain
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Kept() { throw new InvalidOperationException("kept"); }
    public static void Caller() { Kept(); }
}

class ExcRethrowStacktrace
{
    static int RethrowStacktrace()
    {
        try {
            try {
                ThrowClass.Rethrow2();
            } catch (Exception) {
                try { throw new DivideByZeroException(); } catch (Exception) { }
                throw;
            }
        } catch (Exception ex) {
            if (ex.StackTrace.IndexOf("Rethrow2") != -1) return 0;
        }
        return 1;
    }

    static void Main()
    {
        Console.WriteLine("test_0_rethrow_stacktrace: " + RethrowStacktrace());
        try {
            new ThrowClass().Twice(-1);
        } catch (ArgumentException e) {
            Console.WriteLine("Twice in trace: " + (e.StackTrace.IndexOf("Twice") != -1));
        }
        Console.WriteLine(new ThrowClass().Twice(21));
        try {
            Plain.Caller();
        } catch (InvalidOperationException e) {
            Console.WriteLine("Kept in trace: " + (e.StackTrace.IndexOf("Kept") != -1));
        }
    }
}
