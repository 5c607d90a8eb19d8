// Collections/ArrayInterfaces.cs — the bodies of the generic interfaces an array T[]
// implements (IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T>,
// IReadOnlyCollection<T>), for the runtime to wire into T[]'s interface table.
//
// Each method is static and takes the array first, so it has the calling convention of
// an instance method whose `this` is the array (ECMA-335 I.12.4.1.4: `this` is the
// first argument): the runtime can use a method's code as the interface slot directly,
// as .NET does with SZArrayHelper. Methods follow the interface's declaration order;
// behaviour and messages are Mono's.
namespace System.Collections.Generic
{
    internal static class SZArrayHelper<T>
    {
        // IEnumerable<T>
        internal static IEnumerator<T> GetEnumerator(T[] array)
        {
            if (array.Length == 0)
                return EmptyEnumerator;
            return new SZGenericArrayEnumerator<T>(array);
        }

        // Shared by every empty T[], so it must keep no state: an SZGenericArrayEnumerator
        // here would remember that it finished and say true on its next first MoveNext.
        private static readonly IEnumerator<T> EmptyEnumerator = new EmptyArrayEnumerator<T>();

        // ICollection<T>
        internal static int get_Count(T[] array)
        {
            return array.Length;
        }

        internal static bool get_IsReadOnly(T[] array)
        {
            return true;
        }

        internal static void Add(T[] array, T item)
        {
            throw new NotSupportedException("Collection is of a fixed size");
        }

        internal static void Clear(T[] array)
        {
            throw new NotSupportedException("Collection is read-only");
        }

        internal static bool Contains(T[] array, T item)
        {
            return EqualityComparer<T>.Default.IndexOf(array, item, 0, array.Length) >= 0;
        }

        internal static void CopyTo(T[] array, T[] destination, int arrayIndex)
        {
            Array.Copy(array, 0, destination, arrayIndex, array.Length);
        }

        internal static bool Remove(T[] array, T item)
        {
            throw new NotSupportedException("Collection is of a fixed size");
        }

        // IList<T>
        internal static T get_Item(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length)
                throw new ArgumentOutOfRangeException("index");
            return array[index];
        }

        internal static void set_Item(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length)
                throw new ArgumentOutOfRangeException("index");
            array[index] = value;
        }

        internal static int IndexOf(T[] array, T item)
        {
            return EqualityComparer<T>.Default.IndexOf(array, item, 0, array.Length);
        }

        internal static void Insert(T[] array, int index, T item)
        {
            throw new NotSupportedException("Collection is of a fixed size");
        }

        internal static void RemoveAt(T[] array, int index)
        {
            throw new NotSupportedException("Collection is of a fixed size");
        }
    }

    // Mono's EmptyInternalEnumerator: the one enumerator of all empty T[], never started.
    internal sealed class EmptyArrayEnumerator<T> : IEnumerator<T>
    {
        public bool MoveNext()
        {
            return false;
        }

        public T Current
        {
            get { throw new InvalidOperationException("Enumeration has not started. Call MoveNext"); }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
        }

        public void Dispose()
        {
        }
    }

    // Mono's enumerator over an array seen as IEnumerable<T>.
    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] array;
        private int index;

        internal SZGenericArrayEnumerator(T[] array)
        {
            this.array = array;
            index = -2;
        }

        public bool MoveNext()
        {
            if (index == -2)
                index = 0;
            else if (index != -1 && index < array.Length)
                index++;
            if (index >= array.Length)
            {
                index = -1;
                return false;
            }
            return true;
        }

        public T Current
        {
            get
            {
                if (index == -2)
                    throw new InvalidOperationException("Enumeration has not started. Call MoveNext");
                if (index == -1)
                    throw new InvalidOperationException("Enumeration already finished");
                return array[index];
            }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
            index = -2;
        }

        public void Dispose()
        {
        }
    }
}
