// Linq/Grouping.cs — LINQ to Objects, part 5: grouping and joining by key. GroupBy,
// ToLookup, Join and GroupJoin, the interfaces IGrouping<K,T> and ILookup<K,T>, and the
// Lookup<K,T> they all build on.
//
// A Lookup is a hash table of groupings that also threads them in the order their keys
// first appeared, which is the order every operator here hands them out in; a key may be
// null (Dictionary would refuse it). Each grouping holds its elements in an array, in
// source order.
//
//   _buckets[hash % length] ─► grouping ─_hashNext─► grouping ...   (lookup by key)
//   _first ─_next─► grouping ─_next─► ... ─► _last                     (key order)
//
// GroupBy is deferred and reads its whole source on the first MoveNext; ToLookup runs at
// once. Join and GroupJoin, as corefx, take the first outer element before they build
// the lookup of the inner sequence (so an empty outer sequence never reads the inner
// one), and leave out inner elements whose key is null.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly IEqualityComparer<TKey> _comparer;
        private Grouping<TKey, TElement>[] _buckets;
        private Grouping<TKey, TElement> _first;
        private Grouping<TKey, TElement> _last;
        private int _count;

        private Lookup(IEqualityComparer<TKey> comparer)
        {
            _comparer = comparer != null ? comparer : EqualityComparer<TKey>.Default;
            _buckets = new Grouping<TKey, TElement>[7];
        }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source)
                lookup.GetGrouping(keySelector(item), true).Add(elementSelector(item));
            return lookup;
        }

        // Without an element selector: no delegate call per element.
        internal static Lookup<TKey, TElement> Create(IEnumerable<TElement> source, Func<TElement, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
                lookup.GetGrouping(keySelector(item), true).Add(item);
            return lookup;
        }

        // For Join and GroupJoin: a null key matches nothing, so it is not kept.
        internal static Lookup<TKey, TElement> CreateForJoin(IEnumerable<TElement> source, Func<TElement, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                TKey key = keySelector(item);
                if (key != null)
                    lookup.GetGrouping(key, true).Add(item);
            }
            return lookup;
        }

        public int Count
        {
            get { return _count; }
        }

        // A key with no grouping gives an empty sequence, not an exception.
        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> g = GetGrouping(key, false);
                if (g != null)
                    return g;
                return EmptyArray<TElement>.Value;
            }
        }

        public bool Contains(TKey key)
        {
            return GetGrouping(key, false) != null;
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
                yield return g;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // GroupBy's result selector gets each grouping's elements as an array of their
        // exact count, as in corefx.
        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
            {
                g.Trim();
                yield return resultSelector(g._key, g._elements);
            }
        }

        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            int hashCode = key == null ? 0 : _comparer.GetHashCode(key) & 0x7FFFFFFF;
            for (Grouping<TKey, TElement> g = _buckets[hashCode % _buckets.Length]; g != null; g = g._hashNext)
                if (g._hashCode == hashCode && _comparer.Equals(g._key, key))
                    return g;
            if (!create)
                return null;
            if (_count == _buckets.Length)
                Resize();
            Grouping<TKey, TElement> added = new Grouping<TKey, TElement>(key, hashCode);
            int bucket = hashCode % _buckets.Length;
            added._hashNext = _buckets[bucket];
            _buckets[bucket] = added;
            if (_last == null)
                _first = added;
            else
                _last._next = added;
            _last = added;
            _count++;
            return added;
        }

        private void Resize()
        {
            Grouping<TKey, TElement>[] buckets = new Grouping<TKey, TElement>[checked(_count * 2 + 1)];
            for (Grouping<TKey, TElement> g = _first; g != null; g = g._next)
            {
                int bucket = g._hashCode % buckets.Length;
                g._hashNext = buckets[bucket];
                buckets[bucket] = g;
            }
            _buckets = buckets;
        }
    }

    // One key and its elements; read-only as an IList<TElement>, as in .NET.
    internal class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal readonly TKey _key;
        internal readonly int _hashCode;
        internal TElement[] _elements;
        internal int _count;
        internal Grouping<TKey, TElement> _hashNext;
        internal Grouping<TKey, TElement> _next;

        internal Grouping(TKey key, int hashCode)
        {
            _key = key;
            _hashCode = hashCode;
            _elements = new TElement[1];
        }

        internal void Add(TElement element)
        {
            if (_count == _elements.Length)
                Array.Resize(ref _elements, checked(_count * 2));
            _elements[_count++] = element;
        }

        internal void Trim()
        {
            if (_count != _elements.Length)
                Array.Resize(ref _elements, _count);
        }

        public TKey Key
        {
            get { return _key; }
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
                yield return _elements[i];
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // The list interface is explicit, as in corefx: a grouping's public face is Key
        // and its elements.
        int ICollection<TElement>.Count
        {
            get { return _count; }
        }

        bool ICollection<TElement>.IsReadOnly
        {
            get { return true; }
        }

        TElement IList<TElement>.this[int index]
        {
            get
            {
                if (index < 0 || index >= _count)
                    throw Error.ArgumentOutOfRange("index");
                return _elements[index];
            }
            set { throw Error.NotSupported(); }
        }

        int IList<TElement>.IndexOf(TElement item)
        {
            return Array.IndexOf(_elements, item, 0, _count);
        }

        bool ICollection<TElement>.Contains(TElement item)
        {
            return Array.IndexOf(_elements, item, 0, _count) >= 0;
        }

        void ICollection<TElement>.CopyTo(TElement[] array, int arrayIndex)
        {
            Array.Copy(_elements, 0, array, arrayIndex, _count);
        }

        void ICollection<TElement>.Add(TElement item)
        {
            throw Error.NotSupported();
        }

        void ICollection<TElement>.Clear()
        {
            throw Error.NotSupported();
        }

        void IList<TElement>.Insert(int index, TElement item)
        {
            throw Error.NotSupported();
        }

        bool ICollection<TElement>.Remove(TElement item)
        {
            throw Error.NotSupported();
        }

        void IList<TElement>.RemoveAt(int index)
        {
            throw Error.NotSupported();
        }
    }

    public static partial class Enumerable
    {
        // ---- GroupBy: deferred, each overload checks its arguments at once ----

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector)
        {
            return GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            return GroupByIterator(source, keySelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TSource>> GroupByIterator<TSource, TKey>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            foreach (IGrouping<TKey, TSource> g in Lookup<TKey, TSource>.Create(source, keySelector, comparer))
                yield return g;
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return GroupBy(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            foreach (IGrouping<TKey, TElement> g in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer))
                yield return g;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            return GroupByIterator(source, keySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupByIterator<TSource, TKey, TResult>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            foreach (TResult r in Lookup<TKey, TSource>.Create(source, keySelector, comparer).ApplyResultSelector(resultSelector))
                yield return r;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, elementSelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            return GroupByIterator(source, keySelector, elementSelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupByIterator<TSource, TKey, TElement, TResult>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
            foreach (TResult r in lookup.ApplyResultSelector(resultSelector))
                yield return r;
        }

        // ---- ToLookup: runs at once ----

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToLookup(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, comparer);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToLookup(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }

        // ---- Join and GroupJoin ----

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            CheckJoinArguments(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static void CheckJoinArguments(object outer, object inner, object outerKeySelector, object innerKeySelector, object resultSelector)
        {
            if (outer == null)
                throw Error.ArgumentNull("outer");
            if (inner == null)
                throw Error.ArgumentNull("inner");
            if (outerKeySelector == null)
                throw Error.ArgumentNull("outerKeySelector");
            if (innerKeySelector == null)
                throw Error.ArgumentNull("innerKeySelector");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
        }

        // Outer order, and within one outer element the inner sequence's order.
        private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext())
                    yield break;
                Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
                if (lookup.Count == 0)
                    yield break;
                do
                {
                    TOuter item = e.Current;
                    Grouping<TKey, TInner> g = lookup.GetGrouping(outerKeySelector(item), false);
                    if (g != null)
                        for (int i = 0; i < g._count; i++)
                            yield return resultSelector(item, g._elements[i]);
                } while (e.MoveNext());
            }
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            return GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            CheckJoinArguments(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        // Every outer element, with the (possibly empty) inner elements matching its key.
        private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext())
                    yield break;
                Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
                do
                {
                    TOuter item = e.Current;
                    yield return resultSelector(item, lookup[outerKeySelector(item)]);
                } while (e.MoveNext());
            }
        }
    }
}
