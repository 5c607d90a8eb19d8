// Linq/Aggregates.cs — LINQ to Objects, part 6: Sum, Average, Min and Max over int, long,
// float, double and decimal, their nullable forms, the selector forms of each (which
// project with Select, so a null selector is reported as "selector"), and the generic
// Min and Max over Comparer<T>.Default.
//
// The arithmetic is corefx's, which programs can see in their results:
//   - int and long sums and averages are checked (OverflowException), an int average
//     sums in a long;
//   - float sums and averages accumulate in a double and round once at the end;
//   - an empty sequence makes Average, Min and Max of a value type throw "Sequence
//     contains no elements"; their nullable forms return null, and Sum returns 0;
//   - nulls are skipped; Min of floating-point values is NaN as soon as one value is NaN,
//     Max is NaN only when every value is.
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- Sum ----

        public static int Sum(this IEnumerable<int> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            int sum = 0;
            foreach (int v in source)
                checked { sum += v; }
            return sum;
        }

        public static int? Sum(this IEnumerable<int?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            int sum = 0;
            foreach (int? v in source)
                if (v.HasValue)
                    checked { sum += v.GetValueOrDefault(); }
            return sum;
        }

        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Sum(Select(source, selector));
        }

        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            return Sum(Select(source, selector));
        }

        public static long Sum(this IEnumerable<long> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long sum = 0;
            foreach (long v in source)
                checked { sum += v; }
            return sum;
        }

        public static long? Sum(this IEnumerable<long?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long sum = 0;
            foreach (long? v in source)
                if (v.HasValue)
                    checked { sum += v.GetValueOrDefault(); }
            return sum;
        }

        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Sum(Select(source, selector));
        }

        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            return Sum(Select(source, selector));
        }

        public static float Sum(this IEnumerable<float> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            foreach (float v in source)
                sum += v;
            return (float)sum;
        }

        public static float? Sum(this IEnumerable<float?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            foreach (float? v in source)
                if (v.HasValue)
                    sum += v.GetValueOrDefault();
            return (float)sum;
        }

        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Sum(Select(source, selector));
        }

        public static float? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            return Sum(Select(source, selector));
        }

        public static double Sum(this IEnumerable<double> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            foreach (double v in source)
                sum += v;
            return sum;
        }

        public static double? Sum(this IEnumerable<double?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            foreach (double? v in source)
                if (v.HasValue)
                    sum += v.GetValueOrDefault();
            return sum;
        }

        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Sum(Select(source, selector));
        }

        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            return Sum(Select(source, selector));
        }

        public static decimal Sum(this IEnumerable<decimal> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            decimal sum = 0;
            foreach (decimal v in source)
                sum += v;
            return sum;
        }

        public static decimal? Sum(this IEnumerable<decimal?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            decimal sum = 0;
            foreach (decimal? v in source)
                if (v.HasValue)
                    sum += v.GetValueOrDefault();
            return sum;
        }

        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            return Sum(Select(source, selector));
        }

        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            return Sum(Select(source, selector));
        }

        // ---- Average ----

        public static double Average(this IEnumerable<int> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                    checked { sum += e.Current; count++; }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<int?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long sum = 0;
            long count = 0;
            foreach (int? v in source)
            {
                if (v.HasValue)
                    checked { sum += v.GetValueOrDefault(); count++; }
            }
            if (count == 0)
                return null;
            return (double)sum / count;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Average(Select(source, selector));
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            return Average(Select(source, selector));
        }

        public static double Average(this IEnumerable<long> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                    checked { sum += e.Current; count++; }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<long?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long sum = 0;
            long count = 0;
            foreach (long? v in source)
            {
                if (v.HasValue)
                    checked { sum += v.GetValueOrDefault(); count++; }
            }
            if (count == 0)
                return null;
            return (double)sum / count;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Average(Select(source, selector));
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            return Average(Select(source, selector));
        }

        public static float Average(this IEnumerable<float> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return (float)(sum / count);
            }
        }

        public static float? Average(this IEnumerable<float?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            long count = 0;
            foreach (float? v in source)
            {
                if (v.HasValue)
                {
                    sum += v.GetValueOrDefault();
                    count++;
                }
            }
            if (count == 0)
                return null;
            return (float)(sum / count);
        }

        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Average(Select(source, selector));
        }

        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            return Average(Select(source, selector));
        }

        public static double Average(this IEnumerable<double> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return sum / count;
            }
        }

        public static double? Average(this IEnumerable<double?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double sum = 0;
            long count = 0;
            foreach (double? v in source)
            {
                if (v.HasValue)
                {
                    sum += v.GetValueOrDefault();
                    count++;
                }
            }
            if (count == 0)
                return null;
            return sum / count;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Average(Select(source, selector));
        }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            return Average(Select(source, selector));
        }

        public static decimal Average(this IEnumerable<decimal> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<decimal> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                decimal sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return sum / count;
            }
        }

        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal? v in source)
            {
                if (v.HasValue)
                {
                    sum += v.GetValueOrDefault();
                    count++;
                }
            }
            if (count == 0)
                return null;
            return sum / count;
        }

        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            return Average(Select(source, selector));
        }

        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            return Average(Select(source, selector));
        }

        // ---- Min and Max ----

        public static int Min(this IEnumerable<int> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                int value = e.Current;
                while (e.MoveNext())
                {
                    int x = e.Current;
                    if (x < value)
                        value = x;
                }
                return value;
            }
        }

        public static int? Min(this IEnumerable<int?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            int? value = null;
            foreach (int? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() < value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Min(Select(source, selector));
        }

        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            return Min(Select(source, selector));
        }

        public static long Min(this IEnumerable<long> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                long value = e.Current;
                while (e.MoveNext())
                {
                    long x = e.Current;
                    if (x < value)
                        value = x;
                }
                return value;
            }
        }

        public static long? Min(this IEnumerable<long?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long? value = null;
            foreach (long? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() < value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Min(Select(source, selector));
        }

        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            return Min(Select(source, selector));
        }

        public static float Min(this IEnumerable<float> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                float value = e.Current;
                if (float.IsNaN(value))
                    return value;
                while (e.MoveNext())
                {
                    float x = e.Current;
                    if (x < value)
                        value = x;
                    else if (float.IsNaN(x))
                        return x;
                }
                return value;
            }
        }

        public static float? Min(this IEnumerable<float?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            float? value = null;
            foreach (float? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (float.IsNaN(v.GetValueOrDefault()))
                    return v;
                if (!value.HasValue || v.GetValueOrDefault() < value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Min(Select(source, selector));
        }

        public static float? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            return Min(Select(source, selector));
        }

        public static double Min(this IEnumerable<double> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                double value = e.Current;
                if (double.IsNaN(value))
                    return value;
                while (e.MoveNext())
                {
                    double x = e.Current;
                    if (x < value)
                        value = x;
                    else if (double.IsNaN(x))
                        return x;
                }
                return value;
            }
        }

        public static double? Min(this IEnumerable<double?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double? value = null;
            foreach (double? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (double.IsNaN(v.GetValueOrDefault()))
                    return v;
                if (!value.HasValue || v.GetValueOrDefault() < value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Min(Select(source, selector));
        }

        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            return Min(Select(source, selector));
        }

        public static decimal Min(this IEnumerable<decimal> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<decimal> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                decimal value = e.Current;
                while (e.MoveNext())
                {
                    decimal x = e.Current;
                    if (x < value)
                        value = x;
                }
                return value;
            }
        }

        public static decimal? Min(this IEnumerable<decimal?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            decimal? value = null;
            foreach (decimal? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() < value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            return Min(Select(source, selector));
        }

        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            return Min(Select(source, selector));
        }

        public static int Max(this IEnumerable<int> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                int value = e.Current;
                while (e.MoveNext())
                {
                    int x = e.Current;
                    if (x > value)
                        value = x;
                }
                return value;
            }
        }

        public static int? Max(this IEnumerable<int?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            int? value = null;
            foreach (int? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() > value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Max(Select(source, selector));
        }

        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector)
        {
            return Max(Select(source, selector));
        }

        public static long Max(this IEnumerable<long> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                long value = e.Current;
                while (e.MoveNext())
                {
                    long x = e.Current;
                    if (x > value)
                        value = x;
                }
                return value;
            }
        }

        public static long? Max(this IEnumerable<long?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long? value = null;
            foreach (long? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() > value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Max(Select(source, selector));
        }

        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector)
        {
            return Max(Select(source, selector));
        }

        public static float Max(this IEnumerable<float> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                float value = e.Current;
                while (float.IsNaN(value))
                {
                    if (!e.MoveNext())
                        return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    float x = e.Current;
                    if (x > value)
                        value = x;
                }
                return value;
            }
        }

        public static float? Max(this IEnumerable<float?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            float? value = null;
            foreach (float? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() > value.GetValueOrDefault() || float.IsNaN(value.GetValueOrDefault()))
                    value = v;
            }
            return value;
        }

        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Max(Select(source, selector));
        }

        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector)
        {
            return Max(Select(source, selector));
        }

        public static double Max(this IEnumerable<double> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                double value = e.Current;
                while (double.IsNaN(value))
                {
                    if (!e.MoveNext())
                        return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    double x = e.Current;
                    if (x > value)
                        value = x;
                }
                return value;
            }
        }

        public static double? Max(this IEnumerable<double?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            double? value = null;
            foreach (double? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() > value.GetValueOrDefault() || double.IsNaN(value.GetValueOrDefault()))
                    value = v;
            }
            return value;
        }

        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Max(Select(source, selector));
        }

        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector)
        {
            return Max(Select(source, selector));
        }

        public static decimal Max(this IEnumerable<decimal> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<decimal> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                decimal value = e.Current;
                while (e.MoveNext())
                {
                    decimal x = e.Current;
                    if (x > value)
                        value = x;
                }
                return value;
            }
        }

        public static decimal? Max(this IEnumerable<decimal?> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            decimal? value = null;
            foreach (decimal? v in source)
            {
                if (!v.HasValue)
                    continue;
                if (!value.HasValue || v.GetValueOrDefault() > value.GetValueOrDefault())
                    value = v;
            }
            return value;
        }

        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector)
        {
            return Max(Select(source, selector));
        }

        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector)
        {
            return Max(Select(source, selector));
        }
        // Over a type that can be null, nulls are skipped and an empty sequence gives null;
        // over a value type an empty sequence throws.
        public static TSource Min<TSource>(this IEnumerable<TSource> source)
        {
            return Extreme(source, -1);
        }

        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Extreme(Select(source, selector), -1);
        }

        public static TSource Max<TSource>(this IEnumerable<TSource> source)
        {
            return Extreme(source, 1);
        }

        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Extreme(Select(source, selector), 1);
        }

        // The first element x for which Compare(x, every other) has sign `sign` or 0:
        // the minimum for -1, the maximum for 1.
        private static TSource Extreme<TSource>(IEnumerable<TSource> source, int sign)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            Comparer<TSource> comparer = Comparer<TSource>.Default;
            bool nullable = TypeTraits<TSource>.CanBeNull;
            bool found = false;
            TSource value = default(TSource);
            foreach (TSource x in source)
            {
                if (nullable && x == null)
                    continue;
                if (!found)
                    value = x;
                else
                {
                    int c = comparer.Compare(x, value);
                    if (sign < 0 ? c < 0 : c > 0)
                        value = x;
                }
                found = true;
            }
            if (!found && !nullable)
                throw Error.NoElements();
            return value;
        }
    }
}
