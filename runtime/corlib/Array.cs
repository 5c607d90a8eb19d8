// Array.cs — System.Array, the base of every array type.
//
// ilc has single-dimensional zero-based arrays (SZARRAY) only; the runtime lays
// them out as header, intptr length, elements (ilrt.h). Everything that depends on the
// element type (copying, clearing, boxing an element) is an internal call into
// runtime/array_icalls: C knows the element size and whether elements are references.
// The generic helpers (Sort<T>, IndexOf<T>, Resize<T>, ...) need generics and are
// not here yet.
using System.Collections;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Array : ICloneable, IEnumerable
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
            get { return 1; }
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
            if (dimension != 0)
                throw new IndexOutOfRangeException();
            return Length;
        }

        public long GetLongLength(int dimension)
        {
            return GetLength(dimension);
        }

        public int GetLowerBound(int dimension)
        {
            if (dimension != 0)
                throw new IndexOutOfRangeException();
            return 0;
        }

        public int GetUpperBound(int dimension)
        {
            return GetLength(dimension) - 1;
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

        // Returns false when the value's type does not fit the element type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern bool SetValueCore(object value, int index);

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

        // ---- element access through object ----

        public object GetValue(int index)
        {
            if ((uint)index >= (uint)Length)
                throw new IndexOutOfRangeException();
            return GetValueCore(index);
        }

        public object GetValue(long index)
        {
            return GetValue((int)index);
        }

        public void SetValue(object value, int index)
        {
            if ((uint)index >= (uint)Length)
                throw new IndexOutOfRangeException();
            if (!SetValueCore(value, index))
                throw new InvalidCastException("Object cannot be stored in an array of this type.");
        }

        public void SetValue(object value, long index)
        {
            SetValue(value, (int)index);
        }

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
