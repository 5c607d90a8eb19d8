// Linq/Enumerable.cs — LINQ to Objects, part 1: System.Linq.Enumerable's generators,
// filters, projections, partitions and the operators that join two sequences end to end
// or side by side. The other parts of the partial class: Elements.cs (single elements,
// quantifiers, conversions), Sets.cs, Ordering.cs, Grouping.cs (GroupBy, Join, ToLookup),
// Aggregates.cs (Sum, Min, Max, Average) and Partitions.cs (indexed Select/Skip/Take).
//
// .NET Framework ships Enumerable in System.Core; ilc binds System.Core to corlib, so a
// program compiled by mcs against Mono's System.Core calls these methods. They follow the
// observable behaviour of the corefx Linq that Mono 6.8 ships, which programs can see:
//
//   - arguments are checked when the operator is called, not when it is enumerated:
//     each deferred operator is a public method that checks, then returns a private
//     `yield return` iterator (an iterator method would check only on the first MoveNext);
//   - deferred operators pull from their source only as far as they must: Take(n) stops
//     after its n-th element without asking the source for one more, Concat opens its
//     second sequence only when the first is done;
//   - the exceptions and messages are corefx's: ArgumentNullException naming the
//     parameter, InvalidOperationException "Sequence contains no elements" and friends.
//
// Select, Skip and Take over a list or a Range reach elements by index (Partitions.cs),
// which changes which selector calls happen. corefx's other specialisations (fused
// Where/Select, arrays buffered by size) change speed, not results, and are left out.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    // The exceptions LINQ throws, with corefx's messages (System.Linq's SR strings).
    internal static class Error
    {
        internal static Exception ArgumentNull(string paramName)
        {
            return new ArgumentNullException(paramName);
        }

        internal static Exception ArgumentOutOfRange(string paramName)
        {
            return new ArgumentOutOfRangeException(paramName);
        }

        internal static Exception NoElements()
        {
            return new InvalidOperationException("Sequence contains no elements");
        }

        internal static Exception NoMatch()
        {
            return new InvalidOperationException("Sequence contains no matching element");
        }

        internal static Exception MoreThanOneElement()
        {
            return new InvalidOperationException("Sequence contains more than one element");
        }

        internal static Exception MoreThanOneMatch()
        {
            return new InvalidOperationException("Sequence contains more than one matching element");
        }

        internal static Exception NotSupported()
        {
            return new NotSupportedException("Specified method is not supported.");
        }
    }

    public static partial class Enumerable
    {
        // ---- generators ----

        public static IEnumerable<TResult> Empty<TResult>()
        {
            return EmptyArray<TResult>.Value;
        }

        public static IEnumerable<int> Range(int start, int count)
        {
            if (count < 0 || (long)start + count - 1L > int.MaxValue)
                throw Error.ArgumentOutOfRange("count");
            return new SelectPartition<int, int>(new IndexedRange(start, count), Identity<int>.Func, 0, -1, false);
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0)
                throw Error.ArgumentOutOfRange("count");
            return RepeatIterator(element, count);
        }

        private static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
        {
            for (int i = 0; i < count; i++)
                yield return element;
        }

        // ---- filtering and projection ----

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return WhereIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
                if (predicate(item))
                    yield return item;
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return WhereIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (predicate(item, index))
                    yield return item;
            }
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (selector == null)
                throw Error.ArgumentNull("selector");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return partition.Select(selector);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
                return new SelectPartition<TSource, TResult>(new IndexedList<TSource>(list), selector, 0, -1, true);
            return SelectIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source)
                yield return selector(item);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (selector == null)
                throw Error.ArgumentNull("selector");
            return SelectIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                yield return selector(item, index);
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (selector == null)
                throw Error.ArgumentNull("selector");
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source)
                foreach (TResult sub in selector(item))
                    yield return sub;
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (selector == null)
                throw Error.ArgumentNull("selector");
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                foreach (TResult sub in selector(item, index))
                    yield return sub;
            }
        }

        // What mcs lowers a query's second `from` to.
        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (collectionSelector == null)
                throw Error.ArgumentNull("collectionSelector");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource item in source)
                foreach (TCollection sub in collectionSelector(item))
                    yield return resultSelector(item, sub);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (collectionSelector == null)
                throw Error.ArgumentNull("collectionSelector");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                foreach (TCollection sub in collectionSelector(item, index))
                    yield return resultSelector(item, sub);
            }
        }

        // ---- partitioning ----

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (count <= 0)
                return EmptyArray<TSource>.Value;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return partition.Take(count);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
                return new SelectPartition<TSource, TSource>(new IndexedList<TSource>(list), Identity<TSource>.Func, 0, count - 1, false);
            return TakeIterator(source, count);
        }

        // Stops right after the count-th element: the source is not asked for one more.
        private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            foreach (TSource item in source)
            {
                yield return item;
                if (--count == 0)
                    break;
            }
        }

        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return count <= 0 ? partition : partition.Skip(count);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
                return new SelectPartition<TSource, TSource>(new IndexedList<TSource>(list), Identity<TSource>.Func, Math.Max(count, 0), -1, false);
            return SkipIterator(source, count);
        }

        private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (count > 0 && e.MoveNext())
                    count--;
                if (count <= 0)
                    while (e.MoveNext())
                        yield return e.Current;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
            {
                if (!predicate(item))
                    break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (!predicate(item, index))
                    break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource item = e.Current;
                    if (!predicate(item))
                    {
                        yield return item;
                        while (e.MoveNext())
                            yield return e.Current;
                        yield break;
                    }
                }
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                int index = -1;
                while (e.MoveNext())
                {
                    checked { index++; }
                    TSource item = e.Current;
                    if (!predicate(item, index))
                    {
                        yield return item;
                        while (e.MoveNext())
                            yield return e.Current;
                        yield break;
                    }
                }
            }
        }

        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (count <= 0)
                return EmptyArray<TSource>.Value;
            return TakeLastIterator(source, count);
        }

        // Keeps the last count elements seen in a queue, then hands them out.
        private static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> last = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (last.Count == count)
                    last.Dequeue();
                last.Enqueue(item);
            }
            while (last.Count > 0)
                yield return last.Dequeue();
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (count <= 0)
                return SkipIterator(source, 0);
            return SkipLastIterator(source, count);
        }

        // An element is handed out once count more have been seen after it.
        private static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> pending = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (pending.Count == count)
                    yield return pending.Dequeue();
                pending.Enqueue(item);
            }
        }

        // ---- joining sequences end to end or side by side ----

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            if (first == null)
                throw Error.ArgumentNull("first");
            if (second == null)
                throw Error.ArgumentNull("second");
            return ConcatIterator(first, second);
        }

        private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource item in first)
                yield return item;
            foreach (TSource item in second)
                yield return item;
        }

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return AppendIterator(source, element);
        }

        private static IEnumerable<TSource> AppendIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            foreach (TSource item in source)
                yield return item;
            yield return element;
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return PrependIterator(source, element);
        }

        private static IEnumerable<TSource> PrependIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            yield return element;
            foreach (TSource item in source)
                yield return item;
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            if (first == null)
                throw Error.ArgumentNull("first");
            if (second == null)
                throw Error.ArgumentNull("second");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            return ZipIterator(first, second, resultSelector);
        }

        // Ends with the shorter sequence; the second is not advanced once the first is done.
        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            using (IEnumerator<TFirst> e1 = first.GetEnumerator())
            using (IEnumerator<TSecond> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext() && e2.MoveNext())
                    yield return resultSelector(e1.Current, e2.Current);
            }
        }

        // ---- reordering and padding ----

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return ReverseIterator(source);
        }

        // The whole source is read on the first MoveNext.
        private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            int length;
            TSource[] buffer = EnumerableHelpers.ToArray(source, out length);
            for (int i = length - 1; i >= 0; i--)
                yield return buffer[i];
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            return DefaultIfEmpty(source, default(TSource));
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }

        private static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                {
                    yield return defaultValue;
                    yield break;
                }
                do
                    yield return e.Current;
                while (e.MoveNext());
            }
        }

        // ---- type conversions of the elements ----

        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source)
        {
            return source;
        }

        // A sequence that already has the element type is returned as it is (as on .NET);
        // otherwise each element is cast, so a boxed int cast to long throws.
        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            IEnumerable<TResult> typed = source as IEnumerable<TResult>;
            if (typed != null)
                return typed;
            if (source == null)
                throw Error.ArgumentNull("source");
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source)
                yield return (TResult)item;
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source)
                if (item is TResult)
                    yield return (TResult)item;
        }
    }
}
