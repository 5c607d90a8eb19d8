// Custom exception classes with extra fields, overridden Message, constructors chaining to
// base(message); e.Message, e.GetType().Name, `is`, `as` and ToString-free reporting.
using System;

class ValidationException : Exception
{
    public string Field { get; private set; }
    public ValidationException(string field, string message) : base(message) { Field = field; }
}

class RangeException : ValidationException
{
    public int Min, Max, Actual;
    public RangeException(string field, int min, int max, int actual)
        : base(field, field + " must be in [" + min + ", " + max + "] but was " + actual)
    { Min = min; Max = max; Actual = actual; }
}

class QuietException : Exception
{
    public override string Message { get { return "quiet (overridden Message)"; } }
}

class Program
{
    static void Validate(string name, int age)
    {
        if (name == null || name.Length == 0) throw new ValidationException("name", "name is required");
        if (age < 0 || age > 150) throw new RangeException("age", 0, 150, age);
        Console.WriteLine("valid: " + name + " " + age);
    }

    static void Main()
    {
        string[] names = { "Ann", "", "Bob", "Cy" };
        int[] ages = { 30, 20, 200, -1 };
        for (int i = 0; i < names.Length; i++)
        {
            try { Validate(names[i], ages[i]); }
            catch (ValidationException e)
            {
                Console.WriteLine(e.GetType().Name + " on " + e.Field + ": " + e.Message);
                RangeException r = e as RangeException;
                if (r != null) Console.WriteLine("  range " + r.Min + ".." + r.Max + " actual " + r.Actual);
                Console.WriteLine("  is Exception: " + (e is Exception) + ", is RangeException: " + (e is RangeException));
            }
        }

        try { throw new QuietException(); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

        Exception plain = new Exception();
        Console.WriteLine("default message non-empty: " + (plain.Message.Length > 0));
        Exception withMsg = new Exception("hello");
        Console.WriteLine("message: " + withMsg.Message);
        Console.WriteLine("base type of RangeException: " + typeof(RangeException).BaseType.Name);

        // Exceptions are ordinary objects: store them, pass them, throw later.
        Exception[] pending = { new ValidationException("x", "first"), new RangeException("y", 1, 2, 3), new InvalidOperationException("third") };
        int n = 0;
        foreach (Exception p in pending)
        {
            try { throw p; }
            catch (ValidationException v) { n++; Console.WriteLine("validation #" + n + ": " + v.Field); }
            catch (Exception x) { Console.WriteLine("other: " + x.Message); }
        }
    }
}
