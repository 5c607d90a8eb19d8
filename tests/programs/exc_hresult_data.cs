// Exception.HResult (each .NET type's default, inherited by user exceptions, settable by
// them), Exception.Data, and AggregateException, OperationCanceledException,
// InsufficientExecutionStackException and DuplicateWaitObjectException.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;

class ParseFailure : FormatException
{
    public ParseFailure(string m) : base(m)
    {
    }
}

class CodedError : Exception
{
    public CodedError(int code) : base("coded " + code)
    {
        HResult = code;
    }
}

class Program
{
    static void Show(Exception e)
    {
        Console.WriteLine("{0,-38} {1,12} 0x{1:X8}", e.GetType().Name, e.HResult);
    }

    static Exception Caught(Action a)
    {
        try
        {
            a();
        }
        catch (Exception e)
        {
            return e;
        }
        return null;
    }

    static int Main()
    {
        Show(new Exception());
        Show(new SystemException());
        Show(new ApplicationException());
        Show(new ArgumentException("m", "p"));
        Show(new ArgumentNullException("p"));
        Show(new ArgumentOutOfRangeException("p"));
        Show(new InvalidOperationException());
        Show(new ObjectDisposedException("o"));
        Show(new NotSupportedException());
        Show(new PlatformNotSupportedException());
        Show(new NotImplementedException());
        Show(new FormatException());
        Show(new ParseFailure("bad"));
        Show(new CodedError(0x1234));
        Show(new KeyNotFoundException());
        Show(new TimeoutException());
        Show(new IOException());
        Show(new IOException("disk", 42));
        Show(new FileNotFoundException());
        Show(new EndOfStreamException());
        Show(new UnauthorizedAccessException());
        Show(new OperationCanceledException());
        Show(new InsufficientExecutionStackException());
        Show(new DuplicateWaitObjectException("handles"));
        Show(new AggregateException());
        // Exceptions the runtime raises itself.
        Show(Caught(() => { object o = null; o.GetHashCode(); }));
        Show(Caught(() => { int z = 0; Console.WriteLine(1 / z); }));
        Show(Caught(() => { int[] a = new int[1]; a[1] = 2; }));
        Show(Caught(() => { object o = "s"; Console.WriteLine((int)o); }));
        Show(Caught(() => { checked { int m = int.MaxValue; Console.WriteLine(m + 1); } }));
        Show(Caught(() => { object[] a = new string[1]; a[0] = 1; }));

        Exception e = new InvalidOperationException("with data");
        Console.WriteLine("Data empty: {0} {1} {2}", e.Data.Count, e.Data.IsReadOnly, e.Data["missing"] == null);
        e.Data["user"] = "ana";
        e.Data.Add("attempt", 3);
        e.Data["user"] = "bob";
        e.Data.Add(1.5, null);
        foreach (DictionaryEntry d in e.Data)
            Console.WriteLine("  {0} = {1}", d.Key, d.Value ?? "(null)");
        Console.WriteLine(Caught(() => e.Data.Add("attempt", 4)).Message);
        Console.WriteLine(Caught(() => e.Data[null] = 1).GetType().Name);
        e.Data.Remove("user");
        Console.WriteLine("after remove: {0} keys {1}", e.Data.Count, string.Join(",", new List<object>(Cast(e.Data.Keys))));
        Console.WriteLine(Caught(() => { foreach (DictionaryEntry d in e.Data) e.Data["x"] = 1; }).GetType().Name);

        AggregateException agg = new AggregateException(new InvalidOperationException("first"),
            new AggregateException("nested", new ArgumentException("second"), new TimeoutException("third")));
        Console.WriteLine(agg.Message);
        Console.WriteLine("{0} inner, InnerException: {1}", agg.InnerExceptions.Count, agg.InnerException.Message);
        AggregateException flat = agg.Flatten();
        Console.WriteLine("flat: {0}: {1}", flat.InnerExceptions.Count, flat.Message);
        try
        {
            flat.Handle(x => x is ArgumentException);
        }
        catch (AggregateException rest)
        {
            Console.WriteLine("unhandled: {0}", rest.InnerExceptions.Count);
            foreach (Exception x in rest.InnerExceptions)
                Console.WriteLine("  {0}: {1}", x.GetType().Name, x.Message);
        }
        Console.WriteLine(new AggregateException(new AggregateException(new TimeoutException("deep"))).GetBaseException().Message);
        Console.WriteLine(new AggregateException("two", new Exception("a"), new Exception("b")).GetBaseException().Message);
        Console.WriteLine(new AggregateException("just a message").Message);
        Console.WriteLine(new AggregateException(new List<Exception> { new Exception("listed") }).Message);
        Console.WriteLine(Caught(() => new AggregateException(new Exception[] { null })).Message);
        Console.WriteLine(Caught(() => new AggregateException("m", (Exception)null)).GetType().Name);
        Console.WriteLine(new AggregateException(new Exception("x"), new Exception("y")).ToString());
        try
        {
            throw new AggregateException(new DivideByZeroException());
        }
        catch (AggregateException ae) when (ae.InnerException is DivideByZeroException)
        {
            Console.WriteLine("caught aggregate of {0}", ae.InnerException.GetType().Name);
        }
        Console.WriteLine(new OperationCanceledException().Message);
        Console.WriteLine(new InsufficientExecutionStackException().Message);
        Console.WriteLine(new DuplicateWaitObjectException("waitHandles").Message);
        return 0;
    }

    static IEnumerable<object> Cast(ICollection c)
    {
        foreach (object o in c)
            yield return o;
    }
}
