// LINQ's exceptions, caught and printed: null arguments (ArgumentNullException naming
// the parameter), empty and ambiguous sequences (InvalidOperationException with .NET's
// messages), indexes out of range, bad casts, overflow, duplicate keys, and exceptions
// thrown by the caller's delegates, which pass through LINQ unchanged.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class LinqErrors
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            object result = f();
            Console.WriteLine(label + ": ok " + result);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(label + ": ArgumentNullException " + e.ParamName);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(label + ": ArgumentOutOfRangeException " + e.ParamName);
        }
        catch (Exception e)
        {
            string inner = e.InnerException == null ? "" : " (inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message + ")";
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message + inner);
        }
    }

    static IEnumerable<int> Gen(int n)
    {
        for (int i = 0; i < n; i++)
            yield return i;
    }

    static void Main()
    {
        IEnumerable<int> none = null;
        int[] empty = new int[0];
        int[] three = { 1, 2, 3 };
        Func<int, bool> nullPredicate = null;
        Func<int, int> nullSelector = null;

        Try("where source", () => none.Where(n => true));
        Try("where predicate", () => three.Where(nullPredicate));
        Try("select selector", () => three.Select(nullSelector));
        Try("selectmany", () => three.SelectMany((Func<int, IEnumerable<int>>)null));
        Try("selectmany result", () => three.SelectMany(n => three, (Func<int, int, int>)null));
        Try("orderby source", () => none.OrderBy(n => n));
        Try("orderby key", () => three.OrderBy(nullSelector));
        Try("thenby key", () => three.OrderBy(n => n).ThenBy(nullSelector));
        Try("thenby source", () => ((IOrderedEnumerable<int>)null).ThenBy(n => n));
        Try("groupby key", () => three.GroupBy(nullSelector));
        Try("groupby element", () => three.GroupBy(n => n, nullSelector));
        Try("join outer", () => none.Join(three, n => n, n => n, (a, b) => a));
        Try("join inner", () => three.Join(none, n => n, n => n, (a, b) => a));
        Try("join innerkey", () => three.Join(three, n => n, nullSelector, (a, b) => a));
        Try("groupjoin result", () => three.GroupJoin(three, n => n, n => n, (Func<int, IEnumerable<int>, int>)null));
        Try("concat second", () => three.Concat(null));
        Try("zip second", () => three.Zip(none, (a, b) => a));
        Try("union first", () => none.Union(three));
        Try("except second", () => three.Except(null));
        Try("sum source", () => none.Sum());
        Try("sum selector", () => three.Sum(nullSelector));
        Try("min selector", () => three.Min((Func<int, string>)null));
        Try("average source", () => ((IEnumerable<double>)null).Average());
        Try("aggregate func", () => three.Aggregate(null));
        Try("aggregate result", () => three.Aggregate(0, (a, b) => a + b, (Func<int, int>)null));
        Try("count source", () => none.Count());
        Try("any predicate", () => three.Any(null));
        Try("first source", () => none.First());
        Try("tolist source", () => none.ToList());
        Try("todictionary key", () => three.ToDictionary(nullSelector));
        Try("tolookup element", () => three.ToLookup(n => n, nullSelector));
        Try("cast source", () => ((IEnumerable)null).Cast<int>());
        Try("oftype source", () => ((IEnumerable)null).OfType<int>());
        Try("sequenceequal first", () => none.SequenceEqual(three));
        Try("contains source", () => none.Contains(1));

        Try("first empty", () => empty.First());
        Try("first iterator empty", () => Gen(0).First());
        Try("first nomatch", () => three.First(n => n > 3));
        Try("last empty", () => new List<int>().Last());
        Try("last nomatch", () => Gen(3).Last(n => n > 5));
        Try("single empty", () => Gen(0).Single());
        Try("single many", () => three.Single());
        Try("single iterator many", () => Gen(2).Single());
        Try("single nomatch", () => three.Single(n => n == 0));
        Try("single manymatch", () => three.Single(n => n > 1));
        Try("singleordefault many", () => three.SingleOrDefault());
        Try("singleordefault manymatch", () => Gen(5).SingleOrDefault(n => n % 2 == 0));
        Try("orderby first empty", () => empty.OrderBy(n => n).First());
        Try("min empty", () => empty.Min());
        Try("max empty selector", () => new string[0].Max(s => s.Length));
        Try("average empty", () => Gen(0).Average());
        Try("aggregate empty", () => empty.Aggregate((a, b) => a + b));

        Try("elementat array", () => three.ElementAt(3));
        Try("elementat list", () => new List<int>(three).ElementAt(-1));
        Try("elementat iterator", () => Gen(3).ElementAt(3));
        Try("elementat negative", () => Gen(3).ElementAt(-1));
        Try("elementat select", () => three.Select(n => n).ElementAt(7));
        Try("range count", () => Enumerable.Range(1, -1));
        Try("range overflow", () => Enumerable.Range(int.MaxValue - 1, 3));
        Try("range max", () => Enumerable.Range(int.MaxValue, 1).Single());
        Try("repeat count", () => Enumerable.Repeat("x", -5));

        Try("cast bad", () => new object[] { 1, "two" }.Cast<int>().Sum());
        Try("cast widening", () => three.Cast<object>().Cast<long>().First());
        Try("cast arraylist", () => new ArrayList { "a", 2 }.Cast<string>().Count());
        Try("sum overflow", () => Gen(3).Select(n => int.MaxValue - 1 + n).Sum());
        Try("long sum overflow", () => new[] { long.MaxValue, 1L }.Sum());
        Try("average overflow", () => new[] { long.MaxValue, long.MaxValue }.Average());
        Try("count checked", () => new[] { 1, 2 }.Sum(n => checked(n * int.MaxValue)));
        Try("todictionary duplicate", () => new[] { "a", "b", "A" }.ToDictionary(s => s.ToLower()));
        Try("todictionary null key", () => new[] { "a", null }.ToDictionary(s => s));
        Try("grouping readonly", () => { ((IList<int>)three.GroupBy(n => 0).First())[0] = 5; return null; });

        // Exceptions from the caller's delegates pass through, at enumeration time.
        IEnumerable<int> boom = three.Select(n => 10 / (n - 2));
        Console.WriteLine("built boom");
        Try("select throws", () => boom.ToList());
        Try("orderby key throws", () => three.OrderBy(n => three[n]).ToArray());
        Try("comparer throws", () => three.OrderBy(n => n, Comparer<int>.Create((a, b) => { throw new ApplicationException("no compare"); })).ToArray());
        Try("comparer throws first", () => three.OrderBy(n => n, Comparer<int>.Create((a, b) => { throw new ApplicationException("no compare"); })).First());
        Try("groupby key throws", () => new[] { "a", null }.GroupBy(s => s.Length).Count());
        Try("predicate throws", () => three.Where(n => { if (n == 3) throw new FormatException("bad " + n); return true; }).Sum());
        Try("where then first ok", () => three.Where(n => { if (n == 3) throw new FormatException("bad " + n); return true; }).First());

        // An exception thrown inside a foreach over a LINQ query disposes the iterators.
        try
        {
            foreach (int n in Gen(5).Where(n => n % 2 == 0).Select(n => n * 2))
            {
                Console.WriteLine("item " + n);
                if (n == 4)
                    throw new InvalidProgramException("stop at " + n);
            }
        }
        catch (InvalidProgramException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
    }
}
