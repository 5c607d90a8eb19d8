// Array.cs — System.Array, the base of every array type.
//
// The runtime lays an SZARRAY out as header, intptr length, elements, and a T[,] with its
// lengths and lower bounds before the elements (ilrt.h). Everything that depends on the
// element type (copying, clearing, boxing an element, making an array of a Type) is an
// internal call into runtime/env.c: C knows the element size and whether elements are
// references. GetValue and SetValue with several indices turn them into a position in
// the data here.
// The generic helpers (Sort<T>, IndexOf<T>, Resize<T>, ...) are written in C# over
// T[] directly; the members that take comparers (Sort with an IComparer<T> or keys and
// items, BinarySearch, the non-generic Sort) are in Collections/ArraySort.cs.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract partial class Array : ICloneable, IList
    {
        protected Array()
        {
        }

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public long LongLength
        {
            get { return Length; }
        }

        public int Rank
        {
            get { return GetRankInternal(); }
        }

        public bool IsFixedSize
        {
            get { return true; }
        }

        public bool IsReadOnly
        {
            get { return false; }
        }

        public bool IsSynchronized
        {
            get { return false; }
        }

        public object SyncRoot
        {
            get { return this; }
        }

        public int GetLength(int dimension)
        {
            return GetLengthInternal(dimension);
        }

        public long GetLongLength(int dimension)
        {
            return GetLength(dimension);
        }

        public int GetLowerBound(int dimension)
        {
            return GetLowerBoundInternal(dimension);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int GetRankInternal();

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int GetLengthInternal(int dimension);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int GetLowerBoundInternal(int dimension);

        public int GetUpperBound(int dimension)
        {
            return GetLowerBound(dimension) + GetLength(dimension) - 1;
        }

        // ---- internal calls ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool CopyCore(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void ClearCore(Array array, int index, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void ReverseCore(Array array, int index, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern object CloneCore();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern object GetValueCore(int index);

        // 0, or 1 when the value's type does not fit the element type (InvalidCastException),
        // 2 when it is a primitive that does not widen to it (ArgumentException).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern int SetValueCore(object value, int index);

        // ---- copying ----

        public object Clone()
        {
            return CloneCore();
        }

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null)
                throw new ArgumentNullException("sourceArray");
            if (destinationArray == null)
                throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, 0, destinationArray, 0, length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length)
        {
            Copy(sourceArray, destinationArray, (int)length);
        }

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null)
                throw new ArgumentNullException("sourceArray");
            if (destinationArray == null)
                throw new ArgumentNullException("destinationArray");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            if (sourceIndex < 0)
                throw new ArgumentOutOfRangeException("sourceIndex", "Number was less than the array's lower bound in the first dimension.");
            if (destinationIndex < 0)
                throw new ArgumentOutOfRangeException("destinationIndex", "Number was less than the array's lower bound in the first dimension.");
            if (sourceIndex > sourceArray.Length - length)
                throw new ArgumentException("Source array was not long enough. Check srcIndex and length, and the array's lower bounds.", "sourceArray");
            if (destinationIndex > destinationArray.Length - length)
                throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds.", "destinationArray");
            if (!CopyCore(sourceArray, sourceIndex, destinationArray, destinationIndex, length))
                throw new ArrayTypeMismatchException("Source array type cannot be assigned to destination array type.");
        }

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
        {
            Copy(sourceArray, (int)sourceIndex, destinationArray, (int)destinationIndex, (int)length);
        }

        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public void CopyTo(Array array, int index)
        {
            Copy(this, 0, array, index, Length);
        }

        public void CopyTo(Array array, long index)
        {
            CopyTo(array, (int)index);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0 || index > array.Length - length)
                throw new IndexOutOfRangeException();
            ClearCore(array, index, length);
        }

        public static void Reverse(Array array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            ReverseCore(array, 0, array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ReverseCore(array, index, length);
        }

        public void Initialize()
        {
        }

        // ---- IList and ICollection: a fixed-size list of its elements, as object ----

        int ICollection.Count
        {
            get { return Length; }
        }

        object IList.this[int index]
        {
            get { return GetValue(index); }
            set { SetValue(value, index); }
        }

        int IList.Add(object value)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        bool IList.Contains(object value)
        {
            return IndexOf(this, value) >= GetLowerBound(0);
        }

        void IList.Clear()
        {
            Clear(this, GetLowerBound(0), Length);
        }

        int IList.IndexOf(object value)
        {
            return IndexOf(this, value);
        }

        void IList.Insert(int index, object value)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        void IList.Remove(object value)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        void IList.RemoveAt(int index)
        {
            throw new NotSupportedException("Collection was of a fixed size.");
        }

        // ---- element access through object ----

        public object GetValue(int index)
        {
            if (Rank != 1)
                throw new ArgumentException("Only single dimensional arrays are supported for the requested action.");
            index -= GetLowerBound(0);
            if ((uint)index >= (uint)Length)
                throw new IndexOutOfRangeException("Index has to be between upper and lower bound of the array.");
            return GetValueCore(index);
        }

        public object GetValue(long index)
        {
            return GetValue((int)index);
        }

        public object GetValue(int index1, int index2)
        {
            return GetValue(new int[] { index1, index2 });
        }

        public object GetValue(int index1, int index2, int index3)
        {
            return GetValue(new int[] { index1, index2, index3 });
        }

        public object GetValue(params int[] indices)
        {
            return GetValueCore(FlatIndex(indices));
        }

        public void SetValue(object value, int index)
        {
            if (Rank != 1)
                throw new ArgumentException("Only single dimensional arrays are supported for the requested action.");
            index -= GetLowerBound(0);
            if ((uint)index >= (uint)Length)
                throw new IndexOutOfRangeException("Index has to be >= lower bound and <= upper bound of the array.");
            SetValueChecked(value, index);
        }

        public void SetValue(object value, long index)
        {
            SetValue(value, (int)index);
        }

        public void SetValue(object value, int index1, int index2)
        {
            SetValue(value, new int[] { index1, index2 });
        }

        public void SetValue(object value, int index1, int index2, int index3)
        {
            SetValue(value, new int[] { index1, index2, index3 });
        }

        public void SetValue(object value, params int[] indices)
        {
            SetValueChecked(value, FlatIndex(indices));
        }

        void SetValueChecked(object value, int index)
        {
            int status = SetValueCore(value, index);
            if (status == 1)
                throw new InvalidCastException("");
            if (status == 2)
                throw new ArgumentException("not a widening conversion", "value");
        }

        // The element's position in the data, which holds the last dimension fastest.
        int FlatIndex(int[] indices)
        {
            if (indices == null)
                throw new ArgumentNullException("indices");
            int rank = Rank;
            if (indices.Length != rank)
                throw new ArgumentException();
            int flat = 0;
            for (int d = 0; d < rank; d++) {
                int i = indices[d] - GetLowerBound(d);
                int n = GetLength(d);
                if ((uint)i >= (uint)n)
                    throw new IndexOutOfRangeException();
                flat = flat * n + i;
            }
            return flat;
        }

        // ---- arrays of a type known at run time ----

        public static Array CreateInstance(Type elementType, int length)
        {
            return CreateInstance(elementType, new int[] { length });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2)
        {
            return CreateInstance(elementType, new int[] { length1, length2 });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2, int length3)
        {
            return CreateInstance(elementType, new int[] { length1, length2, length3 });
        }

        // One length makes a T[]; more make a T[,]... with zero lower bounds.
        public static Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (lengths == null)
                throw new ArgumentNullException("lengths");
            return Create(elementType, lengths, null);
        }

        public static Array CreateInstance(Type elementType, params long[] lengths)
        {
            if (lengths == null)
                throw new ArgumentNullException("lengths");
            int[] ints = new int[lengths.Length];
            for (int i = 0; i < ints.Length; i++)
                ints[i] = (int)lengths[i];
            return CreateInstance(elementType, ints);
        }

        // As .NET: one dimension with lower bound 0 is a T[]; any other lower bound makes
        // a T[*], the multidimensional array type of rank 1.
        public static Array CreateInstance(Type elementType, int[] lengths, int[] lowerBounds)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (lengths == null)
                throw new ArgumentNullException("lengths");
            if (lowerBounds == null)
                throw new ArgumentNullException("lowerBounds");
            if (lowerBounds.Length != lengths.Length)
                throw new ArgumentException("Arrays must contain the same number of elements.", "lowerBounds");
            bool zero = true;
            for (int i = 0; i < lowerBounds.Length; i++) {
                if (lowerBounds[i] != 0)
                    zero = false;
                if (lengths[i] >= 0 && (long)lowerBounds[i] + lengths[i] > int.MaxValue)
                    throw new ArgumentOutOfRangeException(null, "Higher indices will exceed Int32.MaxValue because of large lower bound and/or length.");
            }
            return Create(elementType, lengths, zero ? null : lowerBounds);
        }

        static Array Create(Type elementType, int[] lengths, int[] lowerBounds)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (lengths.Length == 0)
                throw new ArgumentException("Must provide at least one rank.", "lengths");
            if (lengths.Length > 32)
                throw new TypeLoadException("Array rank must be between 1 and 32.");
            for (int i = 0; i < lengths.Length; i++)
                if (lengths[i] < 0)
                    throw new ArgumentOutOfRangeException("lengths[" + i + "]", "Non-negative number required.");
            RuntimeType rt = elementType as RuntimeType;
            if (rt == null)
                throw new ArgumentException("Type must be a type provided by the runtime.", "elementType");
            if (rt.FullName == "System.Void")
                throw new NotSupportedException("Array type can not be void");
            Array a = NewInstance(rt.handle, lengths, lowerBounds);
            if (a == null) {
                string suffix = lengths.Length == 1 && lowerBounds != null ? "[*]" : RankSuffix(lengths.Length);
                throw new NotSupportedException("ilc --aot: the executable has no array type " + rt.FullName + suffix + " (its code never names it" + (suffix == "[]" ? ", nor typeof(" + rt.FullName + "))" : ")"));
            }
            return a;
        }

        static string RankSuffix(int rank)
        {
            return "[" + new string(',', rank - 1) + "]";
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Array NewInstance(long elementType, int[] lengths, int[] lowerBounds);

        public static int IndexOf(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++)
                if (Object.Equals(array.GetValueCore(i), value))
                    return i;
            return -1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            for (int i = array.Length - 1; i >= 0; i--)
                if (Object.Equals(array.GetValueCore(i), value))
                    return i;
            return -1;
        }

        public IEnumerator GetEnumerator()
        {
            return new ArrayEnumerator(this);
        }

        // ---- generic helpers: mcs binds Array.Sort(int[]) and friends to these, and
        // emits Array.Empty<T>() for a params call with no arguments ----

        public static T[] Empty<T>()
        {
            return EmptyArray<T>.Value;
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Reverse<T>(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int i = index;
            int j = index + length - 1;
            while (i < j)
            {
                T t = array[i];
                array[i] = array[j];
                array[j] = t;
                i++;
                j--;
            }
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return EqualityComparer<T>.Default.IndexOf(array, value, startIndex, count);
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return EqualityComparer<T>.Default.LastIndexOf(array, value, array.Length - 1, array.Length);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0)
                throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] larger = new T[newSize];
            if (array != null)
                Copy(array, larger, array.Length < newSize ? array.Length : newSize);
            array = larger;
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++)
                array[i] = value;
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            ArraySort<T>.Sort(array, 0, array.Length, SortComparer<T>.For(array));
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (comparison == null)
                throw new ArgumentNullException("comparison");
            ArraySort<T>.Sort(array, 0, array.Length, new ComparisonSortComparer<T>(comparison));
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (converter == null)
                throw new ArgumentNullException("converter");
            TOutput[] result = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++)
                result[i] = converter(array[i]);
            return result;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match)
        {
            return FindIndex<T>(array, match) != -1;
        }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            int i = FindIndex<T>(array, match);
            return i < 0 ? default(T) : array[i];
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (match(array[i]))
                    return i;
            return -1;
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--)
                if (match(array[i]))
                    return array[i];
            return default(T);
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");
            int n = 0;
            for (int i = 0; i < array.Length; i++)
                if (match(array[i]))
                    n++;
            T[] result = new T[n];
            n = 0;
            for (int i = 0; i < array.Length; i++)
                if (match(array[i]))
                    result[n++] = array[i];
            return result;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (!match(array[i]))
                    return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (action == null)
                throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++)
                action(array[i]);
        }

        public static void Sort<T>(T[] array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ArraySort<T>.Sort(array, index, length, SortComparer<T>.For(array));
        }
    }

    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }

    // How Array.Sort<T> orders elements: Comparer<T>.Default's order, through a virtual
    // call that does not box for the common element types.
    internal abstract class SortComparer<T>
    {
        internal abstract int Compare(T a, T b);

        // The element type itself, not `keys is int[]`: an enum or uint array is an int[]
        // to a cast (ECMA-335 I.8.7.1) but does not sort as one.
        internal static SortComparer<T> For(T[] keys)
        {
            object k = keys;
            if (typeof(T) == typeof(int))
                return (SortComparer<T>)(object)new Int32SortComparer();
            if (typeof(T) == typeof(long))
                return (SortComparer<T>)(object)new Int64SortComparer();
            if (k is double[])
                return (SortComparer<T>)(object)new DoubleSortComparer();
            if (k is string[])
                return (SortComparer<T>)(object)new StringSortComparer();
            return new ObjectSortComparer<T>();
        }
    }

    internal sealed class Int32SortComparer : SortComparer<int>
    {
        internal override int Compare(int a, int b)
        {
            return a < b ? -1 : (a > b ? 1 : 0);
        }
    }

    internal sealed class Int64SortComparer : SortComparer<long>
    {
        internal override int Compare(long a, long b)
        {
            return a < b ? -1 : (a > b ? 1 : 0);
        }
    }

    internal sealed class DoubleSortComparer : SortComparer<double>
    {
        internal override int Compare(double a, double b)
        {
            return a.CompareTo(b);
        }
    }

    internal sealed class StringSortComparer : SortComparer<string>
    {
        internal override int Compare(string a, string b)
        {
            return String.Compare(a, b);
        }
    }

    internal sealed class ComparisonSortComparer<T> : SortComparer<T>
    {
        private Comparison<T> comparison;

        internal ComparisonSortComparer(Comparison<T> comparison)
        {
            this.comparison = comparison;
        }

        internal override int Compare(T a, T b)
        {
            return comparison(a, b);
        }
    }

    // Any other element type: Comparer<T>.Default (IComparable<T>, then IComparable).
    internal sealed class ObjectSortComparer<T> : SortComparer<T>
    {
        private readonly Comparer<T> comparer = Comparer<T>.Default;

        internal override int Compare(T a, T b)
        {
            return comparer.Compare(a, b);
        }
    }

    // Introsort as .NET's ArraySortHelper: insertion sort below 16 elements, median-of-
    // three quicksort, heapsort past a depth limit, so equal keys land where .NET puts
    // them.
    internal static class ArraySort<T>
    {
        internal static void Sort(T[] keys, int index, int length, SortComparer<T> comparer)
        {
            if (length < 2)
                return;
            // As .NET, a failing comparison surfaces as InvalidOperationException.
            try
            {
                IntroSort(keys, index, length + index - 1, 2 * (Log2(length) + 1), comparer);
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

        internal static int Log2Plus1(int n)
        {
            return Log2(n) + 1;
        }

        private static int Log2(int n)
        {
            int r = 0;
            while (n > 1)
            {
                n >>= 1;
                r++;
            }
            return r;
        }

        private static void SwapIfGreater(T[] keys, int i, int j, SortComparer<T> comparer)
        {
            if (i != j && comparer.Compare(keys[i], keys[j]) > 0)
            {
                T t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }

        private static void Swap(T[] a, int i, int j)
        {
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }

        private static void IntroSort(T[] keys, int lo, int hi, int depthLimit, SortComparer<T> comparer)
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
                        SwapIfGreater(keys, lo, hi, comparer);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, lo, hi - 1, comparer);
                        SwapIfGreater(keys, lo, hi, comparer);
                        SwapIfGreater(keys, hi - 1, hi, comparer);
                        return;
                    }
                    InsertionSort(keys, lo, hi, comparer);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, lo, hi, comparer);
                IntroSort(keys, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(T[] keys, int lo, int hi, SortComparer<T> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, lo, middle, comparer);
            SwapIfGreater(keys, lo, hi, comparer);
            SwapIfGreater(keys, middle, hi, comparer);
            T pivot = keys[middle];
            Swap(keys, middle, hi - 1);
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
                Swap(keys, left, right);
            }
            Swap(keys, left, hi - 1);
            return left;
        }

        private static void HeapSort(T[] keys, int lo, int hi, SortComparer<T> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--)
                DownHeap(keys, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, lo, lo + i - 1);
                DownHeap(keys, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(T[] keys, int i, int n, int lo, SortComparer<T> comparer)
        {
            T d = keys[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[lo + child - 1], keys[lo + child]) < 0)
                    child++;
                if (!(comparer.Compare(d, keys[lo + child - 1]) < 0))
                    break;
                keys[lo + i - 1] = keys[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
        }

        private static void InsertionSort(T[] keys, int lo, int hi, SortComparer<T> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = keys[i + 1];
                while (j >= lo && comparer.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }
    }

    internal sealed class ArrayEnumerator : IEnumerator, ICloneable
    {
        private Array array;
        private int index;

        internal ArrayEnumerator(Array array)
        {
            this.array = array;
            index = -1;
        }

        public bool MoveNext()
        {
            if (index < array.Length)
                index++;
            return index < array.Length;
        }

        public object Current
        {
            get
            {
                if (index < 0)
                    throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (index >= array.Length)
                    throw new InvalidOperationException("Enumeration already finished.");
                return array.GetValueCore(index);
            }
        }

        public void Reset()
        {
            index = -1;
        }

        public object Clone()
        {
            return MemberwiseClone();
        }
    }
}
