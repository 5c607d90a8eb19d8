// Linq/Ordering.cs — LINQ to Objects, part 4: OrderBy, OrderByDescending, ThenBy and
// ThenByDescending, and the IOrderedEnumerable<T> they return.
//
// An ordered sequence remembers its source and a chain of sort keys (each ThenBy adds one
// through IOrderedEnumerable.CreateOrderedEnumerable, a generic virtual method). Nothing
// happens until it is enumerated; then, as in corefx:
//
//   source ─► buffer (read once) ─► keys of level 1 for every element, then level 2, ...
//          ─► sort an index map: compare level 1 keys, on a tie level 2, ..., on a tie of
//             every level the original positions (which makes the sort stable)
//          ─► hand out buffer[map[0]], buffer[map[1]], ...
//
// Because ties are broken by position the order is total, so any correct sort gives the
// same result. The map is sorted by Array.Sort, the introsort Mono's LINQ uses too: a
// comparer that throws surfaces as InvalidOperationException "Failed to compare two
// elements in the array." with the comparer's exception inside, as on Mono.
//
// First and Last (and ElementAt(0)) do not sort: like corefx they read the source once and
// keep the least (greatest) element so far, through a chain of CachingComparers that
// computes a level's key per element read, and a later level's only on a tie or for a new
// best element. A key selector with side effects shows this order of calls.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public static partial class Enumerable
    {
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, null, false, null);
        }

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, false, null);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, null, true, null);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, true, null);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return source.CreateOrderedEnumerable(keySelector, null, false);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return source.CreateOrderedEnumerable(keySelector, null, true);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }
    }

    // An ordered view of _source; the subclass for each key type holds one level of keys.
    internal abstract class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
    {
        internal IEnumerable<TElement> _source;

        // The sorter for this level and every level before it, ending with next.
        internal abstract EnumerableSorter<TElement> GetSorter(EnumerableSorter<TElement> next);

        public IEnumerator<TElement> GetEnumerator()
        {
            int count;
            TElement[] buffer = EnumerableHelpers.ToArray(_source, out count);
            if (count > 0)
            {
                int[] map = GetSorter(null).Sort(buffer, count);
                for (int i = 0; i < count; i++)
                    yield return buffer[map[i]];
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // The comparer chain for this level and every level before it, ending with child.
        internal abstract CachingComparer<TElement> GetComparer(CachingComparer<TElement> child);

        // The first element in sorted order that satisfies predicate (null: any), found in
        // one pass. A later element replaces the best so far only if it sorts strictly
        // before it, so ties keep the earlier element, as a stable sort would.
        internal bool TryGetFirst(Func<TElement, bool> predicate, out TElement first)
        {
            return TryGetExtreme(predicate, true, out first);
        }

        // The last element in sorted order: ties go to the later element.
        internal bool TryGetLast(Func<TElement, bool> predicate, out TElement last)
        {
            return TryGetExtreme(predicate, false, out last);
        }

        private bool TryGetExtreme(Func<TElement, bool> predicate, bool least, out TElement value)
        {
            CachingComparer<TElement> comparer = GetComparer(null);
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                do
                {
                    if (!e.MoveNext())
                    {
                        value = default(TElement);
                        return false;
                    }
                    value = e.Current;
                } while (predicate != null && !predicate(value));
                comparer.SetElement(value);
                while (e.MoveNext())
                {
                    TElement x = e.Current;
                    if (predicate != null && !predicate(x))
                        continue;
                    int c = comparer.Compare(x, least);
                    if (least ? c < 0 : c >= 0)
                        value = x;
                }
                return true;
            }
        }

        IOrderedEnumerable<TElement> IOrderedEnumerable<TElement>.CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector,
            IComparer<TKey> comparer, bool descending)
        {
            return new OrderedEnumerable<TElement, TKey>(_source, keySelector, comparer, descending, this);
        }
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerable<TElement>
    {
        private readonly OrderedEnumerable<TElement> _parent;
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;

        internal OrderedEnumerable(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer,
            bool descending, OrderedEnumerable<TElement> parent)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            _source = source;
            _parent = parent;
            _keySelector = keySelector;
            _comparer = comparer != null ? comparer : Comparer<TKey>.Default;
            _descending = descending;
        }

        internal override CachingComparer<TElement> GetComparer(CachingComparer<TElement> child)
        {
            CachingComparer<TElement> comparer = new CachingComparer<TElement, TKey>(_keySelector, _comparer, _descending, child);
            if (_parent != null)
                comparer = _parent.GetComparer(comparer);
            return comparer;
        }

        internal override EnumerableSorter<TElement> GetSorter(EnumerableSorter<TElement> next)
        {
            EnumerableSorter<TElement> sorter = new EnumerableSorter<TElement, TKey>(_keySelector, _comparer, _descending, next);
            if (_parent != null)
                sorter = _parent.GetSorter(sorter);
            return sorter;
        }
    }

    // One level of the sort: its keys for every element, and how two positions compare.
    internal abstract class EnumerableSorter<TElement>
    {
        internal abstract void ComputeKeys(TElement[] elements, int count);

        internal abstract int CompareAnyKeys(int index1, int index2);

        // The positions of elements[0 .. count) in sorted order.
        internal int[] Sort(TElement[] elements, int count)
        {
            ComputeKeys(elements, count);
            int[] map = new int[count];
            for (int i = 0; i < count; i++)
                map[i] = i;
            Array.Sort(map, CompareAnyKeys);
            return map;
        }
    }

    internal sealed class EnumerableSorter<TElement, TKey> : EnumerableSorter<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly EnumerableSorter<TElement> _next;
        private TKey[] _keys;

        internal EnumerableSorter(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, EnumerableSorter<TElement> next)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _next = next;
        }

        internal override void ComputeKeys(TElement[] elements, int count)
        {
            _keys = new TKey[count];
            for (int i = 0; i < count; i++)
                _keys[i] = _keySelector(elements[i]);
            if (_next != null)
                _next.ComputeKeys(elements, count);
        }

        // Descending flips the sign without negating c, which may be int.MinValue.
        internal override int CompareAnyKeys(int index1, int index2)
        {
            int c = _comparer.Compare(_keys[index1], _keys[index2]);
            if (c == 0)
            {
                if (_next == null)
                    return index1 - index2;
                return _next.CompareAnyKeys(index1, index2);
            }
            return (_descending != (c > 0)) ? 1 : -1;
        }
    }

    // One level of First/Last's one-pass search: the key of the best element so far.
    internal abstract class CachingComparer<TElement>
    {
        // How element sorts against the best so far (levels after this one break a tie);
        // when it sorts before it (cacheLower) or not before it (!cacheLower), its keys
        // become the best's.
        internal abstract int Compare(TElement element, bool cacheLower);

        // Makes element the best so far: computes its key at this level and every later one.
        internal abstract void SetElement(TElement element);
    }

    internal sealed class CachingComparer<TElement, TKey> : CachingComparer<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly CachingComparer<TElement> _child;
        private TKey _lastKey;

        internal CachingComparer(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, CachingComparer<TElement> child)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _child = child;
        }

        internal override int Compare(TElement element, bool cacheLower)
        {
            TKey newKey = _keySelector(element);
            int c = _descending ? _comparer.Compare(_lastKey, newKey) : _comparer.Compare(newKey, _lastKey);
            if (c == 0 && _child != null)
                return _child.Compare(element, cacheLower);
            if (cacheLower == (c < 0))
            {
                _lastKey = newKey;
                if (_child != null)
                    _child.SetElement(element);
            }
            return c;
        }

        internal override void SetElement(TElement element)
        {
            _lastKey = _keySelector(element);
            if (_child != null)
                _child.SetElement(element);
        }
    }
}
