// Linq/Elements.cs — LINQ to Objects, part 2: the operators that run at once (not
// deferred): single elements (First, Last, Single, ElementAt and their OrDefault forms),
// quantifiers and counts (Any, All, Count, LongCount, Contains, SequenceEqual), Aggregate,
// and the conversions to collections (ToArray, ToList, ToDictionary, ToHashSet).
//
// As in corefx, a source that is an IList<T> is read through its indexer where that saves
// enumerating it (First, Last, Single, ElementAt), and Last with a predicate walks such a
// list from its end — a predicate with side effects shows the difference. A source that
// is an ICollection<T> gives its Count, Contains and CopyTo directly; a partition
// (Partitions.cs) is indexed for First, Last and ElementAt. An ordered sequence
// (OrderBy) finds its first and last element without sorting (Ordering.cs), and counts
// without computing keys.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- First, Last, Single ----

        // Whether the sequence has a first element, and which.
        private static bool TryGetFirst<TSource>(IEnumerable<TSource> source, out TSource first)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetFirst(null, out first);
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return partition.TryGetFirst(out first);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count > 0)
                {
                    first = list[0];
                    return true;
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        first = e.Current;
                        return true;
                    }
                }
            }
            first = default(TSource);
            return false;
        }

        private static bool TryGetFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource first)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetFirst(predicate, out first);
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    first = item;
                    return true;
                }
            }
            first = default(TSource);
            return false;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            TSource first;
            if (!TryGetFirst(source, out first))
                throw Error.NoElements();
            return first;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource first;
            if (!TryGetFirst(source, predicate, out first))
                throw Error.NoMatch();
            return first;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            TSource first;
            TryGetFirst(source, out first);
            return first;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource first;
            TryGetFirst(source, predicate, out first);
            return first;
        }

        private static bool TryGetLast<TSource>(IEnumerable<TSource> source, out TSource last)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetLast(null, out last);
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return partition.TryGetLast(out last);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count > 0)
                {
                    last = list[count - 1];
                    return true;
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        TSource item;
                        do
                            item = e.Current;
                        while (e.MoveNext());
                        last = item;
                        return true;
                    }
                }
            }
            last = default(TSource);
            return false;
        }

        private static bool TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource last)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetLast(predicate, out last);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    TSource item = list[i];
                    if (predicate(item))
                    {
                        last = item;
                        return true;
                    }
                }
                last = default(TSource);
                return false;
            }
            bool found = false;
            last = default(TSource);
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    last = item;
                    found = true;
                }
            }
            return found;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            TSource last;
            if (!TryGetLast(source, out last))
                throw Error.NoElements();
            return last;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource last;
            if (!TryGetLast(source, predicate, out last))
                throw Error.NoMatch();
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            TSource last;
            TryGetLast(source, out last);
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource last;
            TryGetLast(source, predicate, out last);
            return last;
        }

        // The only element: false when there is none, throws when there are more.
        private static bool TryGetSingle<TSource>(IEnumerable<TSource> source, out TSource single)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                switch (list.Count)
                {
                    case 0:
                        single = default(TSource);
                        return false;
                    case 1:
                        single = list[0];
                        return true;
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (!e.MoveNext())
                    {
                        single = default(TSource);
                        return false;
                    }
                    single = e.Current;
                    if (!e.MoveNext())
                        return true;
                }
            }
            throw Error.MoreThanOneElement();
        }

        // Stops at the second match, which throws.
        private static bool TryGetSingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out TSource single)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource item = e.Current;
                    if (predicate(item))
                    {
                        while (e.MoveNext())
                            if (predicate(e.Current))
                                throw Error.MoreThanOneMatch();
                        single = item;
                        return true;
                    }
                }
            }
            single = default(TSource);
            return false;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            TSource single;
            if (!TryGetSingle(source, out single))
                throw Error.NoElements();
            return single;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource single;
            if (!TryGetSingle(source, predicate, out single))
                throw Error.NoMatch();
            return single;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            TSource single;
            TryGetSingle(source, out single);
            return single;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            TSource single;
            TryGetSingle(source, predicate, out single);
            return single;
        }

        // ---- ElementAt ----

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            TSource element;
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null && index == 0 && ordered.TryGetFirst(null, out element))
                return element;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                if (partition.TryGetElementAt(index, out element))
                    return element;
                throw Error.ArgumentOutOfRange("index");
            }
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
                return list[index];
            if (index >= 0)
            {
                foreach (TSource item in source)
                {
                    if (index == 0)
                        return item;
                    index--;
                }
            }
            throw Error.ArgumentOutOfRange("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            TSource element;
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null && index == 0 && ordered.TryGetFirst(null, out element))
                return element;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
            {
                partition.TryGetElementAt(index, out element);
                return element;
            }
            if (index >= 0)
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    if (index < list.Count)
                        return list[index];
                }
                else
                {
                    foreach (TSource item in source)
                    {
                        if (index == 0)
                            return item;
                        index--;
                    }
                }
            }
            return default(TSource);
        }

        // ---- quantifiers and counts ----

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
                return e.MoveNext();
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            foreach (TSource item in source)
                if (predicate(item))
                    return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            foreach (TSource item in source)
                if (!predicate(item))
                    return false;
            return true;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            // Ordering does not change the count: the keys are not computed (as in corefx).
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return Count(ordered._source);
            ICollection<TSource> generic = source as ICollection<TSource>;
            if (generic != null)
                return generic.Count;
            IPartition<TSource> partition = source as IPartition<TSource>;
            if (partition != null)
                return partition.GetCount();
            ICollection collection = source as ICollection;
            if (collection != null)
                return collection.Count;
            int count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
                while (e.MoveNext())
                    checked { count++; }
            return count;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            int count = 0;
            foreach (TSource item in source)
                if (predicate(item))
                    checked { count++; }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
                while (e.MoveNext())
                    checked { count++; }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            long count = 0;
            foreach (TSource item in source)
                if (predicate(item))
                    checked { count++; }
            return count;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
                return collection.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            foreach (TSource item in source)
                if (comparer.Equals(item, value))
                    return true;
            return false;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual(first, second, null);
        }

        // Two collections of different counts differ without being enumerated.
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null)
                throw Error.ArgumentNull("first");
            if (second == null)
                throw Error.ArgumentNull("second");
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            ICollection<TSource> c1 = first as ICollection<TSource>;
            ICollection<TSource> c2 = second as ICollection<TSource>;
            if (c1 != null && c2 != null && c1.Count != c2.Count)
                return false;
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext())
                    if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current)))
                        return false;
                return !e2.MoveNext();
            }
        }

        // ---- Aggregate ----

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                TSource result = e.Current;
                while (e.MoveNext())
                    result = func(result, e.Current);
                return result;
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> func)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            TAccumulate result = seed;
            foreach (TSource item in source)
                result = func(result, item);
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            TAccumulate result = seed;
            foreach (TSource item in source)
                result = func(result, item);
            return resultSelector(result);
        }

        // ---- conversions ----

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            int length;
            TSource[] items = EnumerableHelpers.ToArray(source, out length);
            if (items.Length != length)
                Array.Resize(ref items, length);
            return items;
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return new List<TSource>(source);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary(source, keySelector, null);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>(comparer);
            foreach (TSource item in source)
                d.Add(keySelector(item), item);
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(comparer);
            foreach (TSource item in source)
                d.Add(keySelector(item), elementSelector(item));
            return d;
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            return ToHashSet(source, null);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return new HashSet<TSource>(source, comparer);
        }
    }
}
