// Static fields of every primitive type and of references, counters shared by instances,
// static readonly values and consts, static fields in base and derived classes.
using System;

class Counter
{
    public static int Instances;
    public static long TotalIncrements;
    public int Mine;
    public Counter() { Instances++; }
    public void Inc() { Mine++; TotalIncrements++; }
}

class Config
{
    public const int Max = 10;
    public const string Name = "cfg";
    public static readonly int[] Primes = { 2, 3, 5, 7, 11 };
    public static string Label = "default";
    public static byte B = 250;
    public static sbyte SB = -5;
    public static short S = -1234;
    public static ushort US = 60000;
    public static uint U = 4000000000;
    public static ulong UL = 10000000000000000000;
    public static float F = 1.5f;
    public static double D = 2.75;
    public static char C = 'Q';
    public static bool Flag;
    public static object Obj;
}

class BaseS { public static int Shared = 1; public static int Get() { return Shared; } }
class DerivedS : BaseS { public static new int Shared = 2; public static int GetBase() { return BaseS.Shared; } }

class IdGen
{
    static int next;
    public static int Next() { return ++next; }
    public static void Reset() { next = 0; }
}

class StaticFields
{
    static int calls;
    static int[] memo = new int[50];

    static int Fib(int n)
    {
        calls++;
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = Fib(n - 1) + Fib(n - 2);
    }

    static void Main()
    {
        Counter[] cs = new Counter[5];
        for (int i = 0; i < cs.Length; i++) cs[i] = new Counter();
        for (int i = 0; i < 100; i++) cs[i % 3].Inc();
        Console.WriteLine(Counter.Instances + " " + Counter.TotalIncrements + " " + cs[0].Mine + " " + cs[1].Mine + " " + cs[2].Mine + " " + cs[3].Mine);
        Console.WriteLine(Config.Max + " " + Config.Name + " " + Config.Primes.Length + " " + Config.Primes[4] + " " + Config.Label);
        Config.Label += "!";
        Config.B += 10; Config.SB -= 125; Config.S *= 30; Config.US += 6000; Config.U += 500000000; Config.UL *= 2;
        Config.F /= 4; Config.D -= 0.5; Config.C++; Config.Flag = !Config.Flag;
        Console.WriteLine(Config.Label + " " + Config.B + " " + Config.SB + " " + Config.S + " " + Config.US + " " + Config.U + " " + Config.UL
            + " " + Config.F + " " + Config.D + " " + Config.C + " " + Config.Flag + " " + (Config.Obj == null));
        Config.Obj = "now set";
        Console.WriteLine(Config.Obj);
        Config.Primes[0] = 1;
        Console.WriteLine(Config.Primes[0]);
        Console.WriteLine(BaseS.Shared + " " + DerivedS.Shared + " " + BaseS.Get() + " " + DerivedS.GetBase());
        DerivedS.Shared = 20; BaseS.Shared = 10;
        Console.WriteLine(BaseS.Shared + " " + DerivedS.Shared + " " + DerivedS.Get());
        for (int i = 0; i < 5; i++) IdGen.Next();
        int six = IdGen.Next();
        IdGen.Reset();
        Console.WriteLine(six + " " + IdGen.Next());
        Console.WriteLine(Fib(45) + " calls " + calls);
        long acc = 0;
        for (int i = 0; i < 1000000; i++) { Counter.TotalIncrements += i & 1; acc += Counter.TotalIncrements; }
        Console.WriteLine(Counter.TotalIncrements + " " + acc);
    }
}
