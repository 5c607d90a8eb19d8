// Linq/Partitions.cs — LINQ to Objects, part 7: Select, Skip and Take over a source with
// random access (an IList<T>, or Enumerable.Range) reach elements by index, as corefx's
// "partitions" do, and programs can see it: a selector runs only for the elements asked for.
//
//   array.Select(f).Last()          calls f once, on the last element
//   list.Select(f).Skip(2).First()  calls f once, on list[2]
//   Range(1, 9).Select(f).ElementAt(4), .Take(3).Last() ...   the same
//
// A partition is a window [_min, _max] of an indexed source seen through a selector
// (the identity for Skip and Take without Select). Skip and Take narrow the window,
// Select composes the selectors; First, Last and ElementAt index the source; Count runs
// the selector on every element of the window (as corefx does, so that counting still
// runs side effects) and returns their number. The source is read live: a list that grows
// after the query was built shows its new elements.
//
// Select straight over a list enumerates it through the list's own enumerator, so
// changing a List<T> during the enumeration throws as it does on .NET; a window
// (after Skip or Take) reads by index, as corefx's ListPartition does.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    internal interface IPartition<TElement> : IEnumerable<TElement>
    {
        bool TryGetElementAt(int index, out TElement element);
        bool TryGetFirst(out TElement first);
        bool TryGetLast(out TElement last);
        int GetCount();
        IEnumerable<TElement> Skip(int count);
        IEnumerable<TElement> Take(int count);
        IEnumerable<TResult> Select<TResult>(Func<TElement, TResult> selector);
    }

    // What a partition indexes.
    internal abstract class Indexed<T>
    {
        internal abstract int Count { get; }
        internal abstract T this[int index] { get; }
        internal abstract IEnumerator<T> GetEnumerator();
    }

    internal sealed class IndexedList<T> : Indexed<T>
    {
        private readonly IList<T> _list;

        internal IndexedList(IList<T> list)
        {
            _list = list;
        }

        internal override int Count
        {
            get { return _list.Count; }
        }

        internal override T this[int index]
        {
            get { return _list[index]; }
        }

        internal override IEnumerator<T> GetEnumerator()
        {
            return _list.GetEnumerator();
        }
    }

    // The ints start .. start + count - 1, without an array.
    internal sealed class IndexedRange : Indexed<int>
    {
        private readonly int _start;
        private readonly int _count;

        internal IndexedRange(int start, int count)
        {
            _start = start;
            _count = count;
        }

        internal override int Count
        {
            get { return _count; }
        }

        internal override int this[int index]
        {
            get { return _start + index; }
        }

        internal override IEnumerator<int> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
                yield return _start + i;
        }
    }

    internal static class Identity<T>
    {
        internal static readonly Func<T, T> Func = Same;

        private static T Same(T x)
        {
            return x;
        }
    }

    // _selector over _source[_min .. _max] (_max < 0: to the end).
    internal sealed class SelectPartition<TSource, TResult> : IPartition<TResult>
    {
        private readonly Indexed<TSource> _source;
        private readonly Func<TSource, TResult> _selector;
        private readonly int _min;
        private readonly int _max;
        private readonly bool _viaEnumerator;

        internal SelectPartition(Indexed<TSource> source, Func<TSource, TResult> selector, int min, int max, bool viaEnumerator)
        {
            _source = source;
            _selector = selector;
            _min = min;
            _max = max;
            _viaEnumerator = viaEnumerator;
        }

        public IEnumerator<TResult> GetEnumerator()
        {
            if (_viaEnumerator)
            {
                using (IEnumerator<TSource> e = _source.GetEnumerator())
                    while (e.MoveNext())
                        yield return _selector(e.Current);
                yield break;
            }
            for (int i = _min; i <= LastIndex(); i++)
                yield return _selector(_source[i]);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // The source index of the window's last element (less than _min: empty).
        private int LastIndex()
        {
            int last = _source.Count - 1;
            if (_max >= 0 && _max < last)
                last = _max;
            return last;
        }

        public bool TryGetElementAt(int index, out TResult element)
        {
            if (index >= 0 && index <= LastIndex() - _min)
            {
                element = _selector(_source[_min + index]);
                return true;
            }
            element = default(TResult);
            return false;
        }

        public bool TryGetFirst(out TResult first)
        {
            return TryGetElementAt(0, out first);
        }

        public bool TryGetLast(out TResult last)
        {
            int index = LastIndex();
            if (index >= _min)
            {
                last = _selector(_source[index]);
                return true;
            }
            last = default(TResult);
            return false;
        }

        public int GetCount()
        {
            int last = LastIndex();
            for (int i = _min; i <= last; i++)
                _selector(_source[i]);
            return last < _min ? 0 : last - _min + 1;
        }

        public IEnumerable<TResult> Skip(int count)
        {
            long min = (long)_min + count;
            if (min > int.MaxValue || (_max >= 0 && min > _max))
                return EmptyArray<TResult>.Value;
            return new SelectPartition<TSource, TResult>(_source, _selector, (int)min, _max, false);
        }

        public IEnumerable<TResult> Take(int count)
        {
            long max = (long)_min + count - 1;
            if (_max >= 0 && max > _max)
                max = _max;
            return new SelectPartition<TSource, TResult>(_source, _selector, _min, max > int.MaxValue ? -1 : (int)max, false);
        }

        public IEnumerable<TNext> Select<TNext>(Func<TResult, TNext> selector)
        {
            Func<TSource, TResult> first = _selector;
            return new SelectPartition<TSource, TNext>(_source, x => selector(first(x)), _min, _max, _viaEnumerator);
        }
    }
}
