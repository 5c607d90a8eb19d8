// NullReferenceException from the runtime, caught: field load/store on null, virtual and
// non-virtual method calls on null, null array element/length access, null string methods,
// and unboxing null.
using System;

class Node
{
    public int Value;
    public Node Next;
    public int GetValue() { return Value; }
    public virtual string Describe() { return "node " + Value; }
}

class Program
{
    static int count;

    static void Attempt(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (NullReferenceException e) { count++; Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static Node MakeNull() { return null; }

    static void Main()
    {
        Node n = MakeNull();
        int[] arr = null;
        string s = null;
        object o = null;
        Node chain = new Node { Value = 1, Next = new Node { Value = 2 } };

        Attempt("field load", () => Console.WriteLine(n.Value));
        Attempt("field store", () => { n.Value = 5; });
        Attempt("instance call", () => Console.WriteLine(n.GetValue()));
        Attempt("virtual call", () => Console.WriteLine(n.Describe()));
        Attempt("array length", () => Console.WriteLine(arr.Length));
        Attempt("array load", () => Console.WriteLine(arr[0]));
        Attempt("array store", () => { arr[0] = 1; });
        Attempt("string length", () => Console.WriteLine(s.Length));
        Attempt("string method", () => Console.WriteLine(s.ToUpper()));
        Attempt("unbox null", () => Console.WriteLine((int)o));
        Attempt("chain ok", () => Console.WriteLine(chain.Next.Value));
        Attempt("chain past end", () => Console.WriteLine(chain.Next.Next.Value));
        Attempt("ToString on null", () => Console.WriteLine(o.ToString()));
        Attempt("null-conditional", () => Console.WriteLine(n?.Value == null));
        Console.WriteLine("count=" + count);

        // Without the helper: a direct try/catch in the same method.
        try
        {
            Node p = chain;
            int sum = 0;
            while (true) { sum += p.Value; p = p.Next; }
        }
        catch (NullReferenceException) { Console.WriteLine("walked off the end of the list"); }

        // throw null raises NullReferenceException too
        try { throw null; }
        catch (NullReferenceException e) { Console.WriteLine("throw null -> " + e.GetType().Name); }
    }
}
