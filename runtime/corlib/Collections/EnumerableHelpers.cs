// Collections/EnumerableHelpers.cs — copying any IEnumerable<T> into an array, and the
// prime table the hash-based collections size their buckets from.
//
// Arrays are tested for first: one Array.Copy, where going through their IList<T> would
// copy element by element (and, under the JIT, first add the array type's generic
// interfaces, which it builds only on first use).
namespace System.Collections.Generic
{
    internal static class EnumerableHelpers
    {
        // A fresh array holding the source's items (it may be longer than length).
        internal static T[] ToArray<T>(IEnumerable<T> source, out int length)
        {
            object o = source;
            T[] array = o as T[];
            if (array != null)
            {
                T[] copy = new T[array.Length];
                Array.Copy(array, copy, array.Length);
                length = array.Length;
                return copy;
            }
            ICollection<T> c = source as ICollection<T>;
            if (c != null)
            {
                int n = c.Count;
                T[] items = new T[n];
                if (n > 0)
                    c.CopyTo(items, 0);
                length = n;
                return items;
            }
            T[] buffer = new T[4];
            int count = 0;
            foreach (T item in source)
            {
                if (count == buffer.Length)
                    Array.Resize<T>(ref buffer, count * 2);
                buffer[count++] = item;
            }
            length = count;
            return buffer;
        }

        // The number of items when it is known without enumerating, else -1.
        internal static int KnownCount<T>(IEnumerable<T> source)
        {
            object o = source;
            T[] array = o as T[];
            if (array != null)
                return array.Length;
            ICollection<T> c = source as ICollection<T>;
            if (c != null)
                return c.Count;
            return -1;
        }
    }

    // Whether a T can be null (classes, interfaces, Nullable<U>). Hot paths test this
    // before `x == null`, which for a value type T boxes x just to compare the box.
    internal static class TypeTraits<T>
    {
        internal static readonly bool CanBeNull = default(T) == null;
    }

    // .NET's HashHelpers: bucket counts are primes from this table (then any odd prime
    // that is not 1 mod 101), and grow to the first prime past twice the old size.
    internal static class HashHelpers
    {
        internal static readonly int[] Primes = {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369 };

        internal const int HashPrime = 101;
        internal const int MaxPrimeArrayLength = 0x7FEFFFFD;

        internal static bool IsPrime(int candidate)
        {
            if ((candidate & 1) != 0)
            {
                int limit = (int)Math.Sqrt(candidate);
                for (int divisor = 3; divisor <= limit; divisor += 2)
                    if ((candidate % divisor) == 0)
                        return false;
                return true;
            }
            return candidate == 2;
        }

        internal static int GetPrime(int min)
        {
            if (min < 0)
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            for (int i = 0; i < Primes.Length; i++)
                if (Primes[i] >= min)
                    return Primes[i];
            for (int i = min | 1; i < int.MaxValue; i += 2)
                if (IsPrime(i) && ((i - 1) % HashPrime != 0))
                    return i;
            return min;
        }

        internal static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;
            if ((uint)newSize > MaxPrimeArrayLength && MaxPrimeArrayLength > oldSize)
                return MaxPrimeArrayLength;
            return GetPrime(newSize);
        }
    }
}
