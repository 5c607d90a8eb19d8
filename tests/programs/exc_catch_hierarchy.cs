// try/catch by type: catching a base type catches derived exceptions, the first matching
// clause wins among several, and an exception that matches no clause goes to the outer try.
using System;

class AppError : Exception { public AppError(string m) : base(m) {} }
class DbError : AppError { public DbError(string m) : base(m) {} }
class NetError : AppError { public NetError(string m) : base(m) {} }
class TimeoutError : NetError { public TimeoutError(string m) : base(m) {} }
class OtherError : Exception { public OtherError(string m) : base(m) {} }

class Program
{
    static void Throw(int kind)
    {
        switch (kind)
        {
            case 0: throw new DbError("db down");
            case 1: throw new NetError("no route");
            case 2: throw new TimeoutError("too slow");
            case 3: throw new AppError("generic app");
            case 4: throw new OtherError("other");
            case 5: throw new InvalidOperationException("bad op");
            default: Console.WriteLine("  no throw for " + kind); break;
        }
    }

    static string Classify(int kind)
    {
        try
        {
            try
            {
                Throw(kind);
                return "none";
            }
            catch (TimeoutError e) { return "TimeoutError clause: " + e.Message; }
            catch (NetError e) { return "NetError clause: " + e.Message; }
            catch (DbError e) { return "DbError clause: " + e.Message; }
            catch (AppError e) { return "AppError clause (" + e.GetType().Name + "): " + e.Message; }
        }
        catch (SystemException e)
        {
            return "outer SystemException clause (" + e.GetType().Name + "): " + e.Message;
        }
        catch (Exception e)
        {
            return "outer Exception clause (" + e.GetType().Name + "): " + e.Message;
        }
    }

    static void Main()
    {
        for (int k = 0; k <= 6; k++)
            Console.WriteLine(k + ": " + Classify(k));

        // Catching the base type but inspecting the dynamic type.
        for (int k = 0; k < 4; k++)
        {
            try { Throw(k); }
            catch (AppError e)
            {
                Console.WriteLine("AppError catch got " + e.GetType().Name
                    + " isNet=" + (e is NetError) + " isTimeout=" + (e is TimeoutError)
                    + " isDb=" + (e is DbError));
            }
        }

        // A general catch without a variable.
        int caught = 0;
        for (int k = 0; k < 6; k++)
        {
            try { Throw(k); }
            catch { caught++; }
        }
        Console.WriteLine("caught with bare catch: " + caught);
    }
}
