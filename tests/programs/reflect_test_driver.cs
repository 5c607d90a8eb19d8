// A regression-suite driver in the style CLI implementations use for their JIT tests: it
// finds the static methods named test_<expected>_<name> by reflection, skips those whose
// [Category] is excluded on the command line (reflect_test_driver.args), invokes the rest
// and compares each result with the number in its name.
using System;
using System.Collections.Generic;
using System.Reflection;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public class CategoryAttribute : Attribute
{
    public CategoryAttribute(string category) { Category = category; }
    public string Category { get; set; }
}

struct Pair
{
    public int A, B;
    public int Sum() { return A + B; }
}

class Tests
{
    static int counter;

    public static int test_0_trivial() { return 0; }

    public static int test_42_arith()
    {
        int x = 6;
        return x * 7;
    }

    static int test_7_private_static() { return 7; }

    public static int test_3_struct()
    {
        Pair p = new Pair { A = 1, B = 2 };
        return p.Sum();
    }

    [Category("SLOW")]
    public static int test_1_skipped() { return 99; } // excluded: it would fail

    public static int test_5_catches()
    {
        try {
            throw new InvalidOperationException();
        } catch (InvalidOperationException) {
            return 5;
        }
    }

    [Category("X")]
    public static int test_2_state() { return ++counter + 1; }

    public static int test_9_fails_on_purpose() { return 8; }

    public static int helper_not_a_test() { return -1; }

    public static int Run(Type type, string[] args)
    {
        Dictionary<string, bool> exclude = new Dictionary<string, bool>();
        for (int i = 0; i + 1 < args.Length; i += 2)
            if (args[i] == "--exclude")
                exclude[args[i + 1]] = true;
        int ran = 0, failed = 0, skipped = 0;
        MethodInfo[] methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        List<string> names = new List<string>();
        foreach (MethodInfo m in methods)
            names.Add(m.Name);
        Console.WriteLine(string.Join(",", names.ToArray()));
        foreach (MethodInfo m in methods) {
            string name = m.Name;
            if (!name.StartsWith("test_", StringComparison.Ordinal))
                continue;
            bool skip = false;
            foreach (CategoryAttribute c in m.GetCustomAttributes(typeof(CategoryAttribute), false))
                if (exclude.ContainsKey(c.Category))
                    skip = true;
            if (skip) {
                skipped++;
                continue;
            }
            int j = 5;
            while (j < name.Length && Char.IsDigit(name[j]))
                j++;
            int expected = Int32.Parse(name.Substring(5, j - 5));
            int result = (int)m.Invoke(null, null);
            ran++;
            if (result != expected) {
                failed++;
                Console.WriteLine("{0} failed: got {1}, expected {2}", name, result, expected);
            }
        }
        Console.WriteLine("Regression tests: {0} ran, {1} skipped, {2} failed in {3}", ran, skipped, failed, type);
        return failed;
    }

    static int Main(string[] args)
    {
        return Run(typeof(Tests), args);
    }
}
