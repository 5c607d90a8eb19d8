// Collections/ArraySort.cs — the Array members that take comparers: Sort with an
// IComparer<T> or a keys+items pair, BinarySearch, the non-generic Sort/BinarySearch
// over System.Array, and the Find*Index family.
//
// Every sort runs Array.cs's introsort (ArraySort<T>) or its keys+items twin below,
// the algorithm of .NET's ArraySortHelper, so elements that compare equal end up where
// Mono puts them. A comparer reaches the sort as a SortComparer<T>: the element type's
// own fast comparer when the caller passed null or Comparer<T>.Default, else a wrapper
// around the caller's IComparer<T>.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    public abstract partial class Array
    {
        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            ArraySort<T>.Sort(array, index, length, SortComparerFor<T>(array, comparer));
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length)
        {
            Sort<TKey, TValue>(keys, items, index, length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            CheckRange(keys.Length, index, length);
            if (items != null && index > items.Length - length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            SortComparer<TKey> c = SortComparerFor<TKey>(keys, comparer);
            if (items == null)
                ArraySort<TKey>.Sort(keys, index, length, c);
            else
                PairSort<TKey, TValue>.Sort(keys, items, index, length, c);
        }

        public static int BinarySearch<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, null);
        }

        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value)
        {
            return BinarySearch<T>(array, index, length, value, null);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            SortComparer<T> c = SortComparerFor<T>(array, comparer);
            int lo = index;
            int hi = index + length - 1;
            try
            {
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = c.Compare(array[i], value);
                    if (order == 0)
                        return i;
                    if (order < 0)
                        lo = i + 1;
                    else
                        hi = i - 1;
                }
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
            return ~lo;
        }

        // ---- the non-generic forms, for code that only has a System.Array ----

        public static void Sort(Array array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort(array, null, 0, array.Length, null);
        }

        public static void Sort(Array array, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort(array, null, 0, array.Length, comparer);
        }

        public static void Sort(Array array, int index, int length)
        {
            Sort(array, null, index, length, null);
        }

        public static void Sort(Array array, int index, int length, IComparer comparer)
        {
            Sort(array, null, index, length, comparer);
        }

        public static void Sort(Array keys, Array items)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, 0, keys.Length, null);
        }

        public static void Sort(Array keys, Array items, IComparer comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort(Array keys, Array items, int index, int length)
        {
            Sort(keys, items, index, length, null);
        }

        // Elements are sorted as objects: object[] in place, other arrays through a boxed
        // copy written back afterwards.
        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1))
                throw new RankException("Only single dimension arrays are supported here.");
            CheckRange(keys.Length, index, length);
            if (items != null && index > items.Length - length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            object[] k = BoxedCopy(keys);
            object[] v = items == null ? null : BoxedCopy(items);
            SortComparer<object> c = new NonGenericSortComparer(comparer ?? Comparer.Default);
            if (v == null)
                ArraySort<object>.Sort(k, index, length, c);
            else
                PairSort<object, object>.Sort(k, v, index, length, c);
            WriteBack(k, keys);
            if (v != null)
                WriteBack(v, items);
        }

        public static int BinarySearch(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, null);
        }

        public static int BinarySearch(Array array, object value, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch(Array array, int index, int length, object value)
        {
            return BinarySearch(array, index, length, value, null);
        }

        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Rank != 1)
                throw new RankException("Only single dimension arrays are supported here.");
            CheckRange(array.Length, index, length);
            if (comparer == null)
                comparer = Comparer.Default;
            int lo = index;
            int hi = index + length - 1;
            try
            {
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(array.GetValueCore(i), value);
                    if (order == 0)
                        return i;
                    if (order < 0)
                        lo = i + 1;
                    else
                        hi = i - 1;
                }
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
            return ~lo;
        }

        // ---- searching with predicates ----

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindIndex<T>(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = startIndex; i < startIndex + count; i++)
                if (match(array[i]))
                    return i;
            return -1;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindLastIndex<T>(array, array.Length - 1, array.Length, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindLastIndex<T>(array, startIndex, startIndex + 1, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");
            if (array.Length == 0)
            {
                if (startIndex != -1)
                    throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if (startIndex < 0 || startIndex >= array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--)
                if (match(array[i]))
                    return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return LastIndexOf<T>(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Length == 0)
            {
                if (startIndex != -1 && startIndex != 0)
                    throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (count != 0)
                    throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
                return -1;
            }
            if (startIndex < 0 || startIndex >= array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return EqualityComparer<T>.Default.LastIndexOf(array, value, startIndex, count);
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);
        }

        // ---- helpers ----

        private static void CheckRange(int arrayLength, int index, int length)
        {
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (arrayLength - index < length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        internal static SortComparer<T> SortComparerFor<T>(T[] keys, IComparer<T> comparer)
        {
            if (comparer == null || comparer == Comparer<T>.Default)
                return SortComparer<T>.For(keys);
            return new InterfaceSortComparer<T>(comparer);
        }

        private static object[] BoxedCopy(Array a)
        {
            object[] o = a as object[];
            if (o != null)
                return o;
            o = new object[a.Length];
            for (int i = 0; i < o.Length; i++)
                o[i] = a.GetValueCore(i);
            return o;
        }

        private static void WriteBack(object[] sorted, Array a)
        {
            if ((object)sorted == a)
                return;
            for (int i = 0; i < sorted.Length; i++)
                a.SetValueCore(sorted[i], i);
        }
    }

    internal sealed class InterfaceSortComparer<T> : SortComparer<T>
    {
        private readonly IComparer<T> comparer;

        internal InterfaceSortComparer(IComparer<T> comparer)
        {
            this.comparer = comparer;
        }

        internal override int Compare(T a, T b)
        {
            return comparer.Compare(a, b);
        }
    }

    internal sealed class NonGenericSortComparer : SortComparer<object>
    {
        private readonly IComparer comparer;

        internal NonGenericSortComparer(IComparer comparer)
        {
            this.comparer = comparer;
        }

        internal override int Compare(object a, object b)
        {
            return comparer.Compare(a, b);
        }
    }

    // ArraySort<T>'s introsort moving an items array along with the keys (.NET's
    // ArraySortHelper<TKey, TValue>).
    internal static class PairSort<TKey, TValue>
    {
        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, SortComparer<TKey> comparer)
        {
            if (length < 2)
                return;
            try
            {
                IntroSort(keys, values, index, length + index - 1, 2 * ArraySort<TKey>.Log2Plus1(length), comparer);
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        private static void SwapIfGreater(TKey[] keys, TValue[] values, int i, int j, SortComparer<TKey> comparer)
        {
            if (i != j && comparer.Compare(keys[i], keys[j]) > 0)
                Swap(keys, values, i, j);
        }

        private static void Swap(TKey[] keys, TValue[] values, int i, int j)
        {
            TKey k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            TValue v = values[i];
            values[i] = values[j];
            values[j] = v;
        }

        private static void IntroSort(TKey[] keys, TValue[] values, int lo, int hi, int depthLimit, SortComparer<TKey> comparer)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= 16)
                {
                    if (partitionSize == 1)
                        return;
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(keys, values, lo, hi, comparer);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, values, lo, hi - 1, comparer);
                        SwapIfGreater(keys, values, lo, hi, comparer);
                        SwapIfGreater(keys, values, hi - 1, hi, comparer);
                        return;
                    }
                    InsertionSort(keys, values, lo, hi, comparer);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, values, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, values, lo, hi, comparer);
                IntroSort(keys, values, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(TKey[] keys, TValue[] values, int lo, int hi, SortComparer<TKey> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, values, lo, middle, comparer);
            SwapIfGreater(keys, values, lo, hi, comparer);
            SwapIfGreater(keys, values, middle, hi, comparer);
            TKey pivot = keys[middle];
            Swap(keys, values, middle, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right)
            {
                while (comparer.Compare(keys[++left], pivot) < 0)
                {
                }
                while (comparer.Compare(pivot, keys[--right]) < 0)
                {
                }
                if (left >= right)
                    break;
                Swap(keys, values, left, right);
            }
            Swap(keys, values, left, hi - 1);
            return left;
        }

        private static void HeapSort(TKey[] keys, TValue[] values, int lo, int hi, SortComparer<TKey> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--)
                DownHeap(keys, values, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, values, lo, lo + i - 1);
                DownHeap(keys, values, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(TKey[] keys, TValue[] values, int i, int n, int lo, SortComparer<TKey> comparer)
        {
            TKey d = keys[lo + i - 1];
            TValue dv = values[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[lo + child - 1], keys[lo + child]) < 0)
                    child++;
                if (!(comparer.Compare(d, keys[lo + child - 1]) < 0))
                    break;
                keys[lo + i - 1] = keys[lo + child - 1];
                values[lo + i - 1] = values[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
            values[lo + i - 1] = dv;
        }

        private static void InsertionSort(TKey[] keys, TValue[] values, int lo, int hi, SortComparer<TKey> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                TKey t = keys[i + 1];
                TValue tv = values[i + 1];
                while (j >= lo && comparer.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = t;
                values[j + 1] = tv;
            }
        }
    }
}
