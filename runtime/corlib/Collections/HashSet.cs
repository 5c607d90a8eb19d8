// Collections/HashSet.cs — System.Collections.Generic.HashSet<T> (System.Core in .NET
// Framework), the corefx implementation Mono 6.8 ships.
//
// Same layout as Dictionary: _buckets[hash % size] = 1 + first slot of the chain,
// _slots[i] = { hashCode (-1 when free), next, value }, live slots in [0, _lastIndex).
// New elements take the most recently freed slot, else _lastIndex, so enumeration is
// insertion order until something is removed. Unlike Dictionary, removing the last
// element resets _lastIndex to 0, and a set built from a non-set collection is
// compacted when it ended up mostly empty.
namespace System.Collections.Generic
{
    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        private struct Slot
        {
            internal int hashCode;
            internal int next;
            internal T value;
        }

        private const int ShrinkThreshold = 3;

        private int[] _buckets;
        private Slot[] _slots;
        private int _count;
        private int _lastIndex;
        private int _freeList;
        private int _version;
        private IEqualityComparer<T> _userComparer;
        private EqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>)null)
        {
        }

        public HashSet(IEqualityComparer<T> comparer)
        {
            _userComparer = comparer;
            _comparer = WrappedEqualityComparer<T>.For(comparer);
            _freeList = -1;
        }

        public HashSet(int capacity) : this(capacity, null)
        {
        }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0)
                Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null)
        {
        }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null)
                throw new ArgumentNullException("collection");
            HashSet<T> other = collection as HashSet<T>;
            if (other != null && SameComparer(other))
            {
                CopyFrom(other);
                return;
            }
            int suggestedCapacity = EnumerableHelpers.KnownCount<T>(collection);
            Initialize(suggestedCapacity < 0 ? 0 : suggestedCapacity);
            UnionWith(collection);
            if (_count > 0 && _slots.Length / _count > ShrinkThreshold)
                TrimExcess();
        }

        public IEqualityComparer<T> Comparer
        {
            get { return _userComparer != null ? _userComparer : _comparer; }
        }

        public int Count
        {
            get { return _count; }
        }

        // ---- single elements ----

        public bool Add(T item)
        {
            return AddIfNotPresent(item);
        }

        public bool Contains(T item)
        {
            return IndexOf(item) >= 0;
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = IndexOf(equalValue);
            if (i >= 0)
            {
                actualValue = _slots[i].value;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        public bool Remove(T item)
        {
            if (_buckets == null)
                return false;
            int hashCode = HashOf(item);
            int bucket = hashCode % _buckets.Length;
            int last = -1;
            for (int i = _buckets[bucket] - 1; i >= 0; last = i, i = _slots[i].next)
            {
                if (_slots[i].hashCode == hashCode && _comparer.Equals(_slots[i].value, item))
                {
                    if (last < 0)
                        _buckets[bucket] = _slots[i].next + 1;
                    else
                        _slots[last].next = _slots[i].next;
                    _slots[i].hashCode = -1;
                    _slots[i].value = default(T);
                    _slots[i].next = _freeList;
                    _count--;
                    _version++;
                    if (_count == 0)
                    {
                        _lastIndex = 0;
                        _freeList = -1;
                    }
                    else
                    {
                        _freeList = i;
                    }
                    return true;
                }
            }
            return false;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            int numRemoved = 0;
            for (int i = 0; i < _lastIndex; i++)
            {
                if (_slots[i].hashCode >= 0)
                {
                    T value = _slots[i].value;
                    if (match(value) && Remove(value))
                        numRemoved++;
                }
            }
            return numRemoved;
        }

        public void Clear()
        {
            if (_lastIndex > 0)
            {
                Array.Clear(_slots, 0, _lastIndex);
                Array.Clear(_buckets, 0, _buckets.Length);
                _lastIndex = 0;
                _count = 0;
                _freeList = -1;
            }
            _version++;
        }

        // ---- set operations ----

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            object o = other;
            T[] array = o as T[];
            if (array != null)
            {
                for (int i = 0; i < array.Length; i++)
                    AddIfNotPresent(array[i]);
                return;
            }
            foreach (T item in other)
                AddIfNotPresent(item);
        }

        // Keeps the elements other contains; the rest are removed in slot order.
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
                return;
            if (EnumerableHelpers.KnownCount<T>(other) == 0)
            {
                Clear();
                return;
            }
            int originalLastIndex = _lastIndex;
            bool[] keep = new bool[originalLastIndex];
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
            {
                int i = IndexOf(items[k]);
                if (i >= 0)
                    keep[i] = true;
            }
            for (int i = 0; i < originalLastIndex; i++)
                if (_slots[i].hashCode >= 0 && !keep[i])
                    Remove(_slots[i].value);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
                return;
            if ((object)other == this)
            {
                Clear();
                return;
            }
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
                Remove(items[k]);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
            {
                UnionWith(other);
                return;
            }
            if ((object)other == this)
            {
                Clear();
                return;
            }
            HashSet<T> set = other as HashSet<T>;
            if (set != null && SameComparer(set))
            {
                foreach (T item in set)
                    if (!Remove(item))
                        AddIfNotPresent(item);
                return;
            }
            // Elements of other already here are marked for removal, new ones are added
            // (and never removed again); the removals come last, in slot order.
            int originalLastIndex = _lastIndex;
            bool[] remove = new bool[originalLastIndex];
            bool[] added = new bool[originalLastIndex];
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
            {
                int i = IndexOf(items[k]);
                if (i >= 0)
                {
                    if (i >= originalLastIndex || added[i])
                        continue;
                    remove[i] = true;
                    continue;
                }
                AddIfNotPresent(items[k]);
                int j = IndexOf(items[k]);
                if (j < originalLastIndex)
                    added[j] = true;
            }
            for (int i = 0; i < originalLastIndex; i++)
                if (remove[i])
                    Remove(_slots[i].value);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
                return true;
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique == _count;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique == _count && unfound > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
                if (!Contains(items[k]))
                    return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
                return false;
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique < _count && unfound == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if (_count == 0)
                return false;
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
                if (Contains(items[k]))
                    return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique == _count && unfound == 0;
        }

        // How many distinct elements of this set other holds, and how many of other's
        // elements are not in this set.
        private void CountElements(IEnumerable<T> other, out int unique, out int unfound)
        {
            unique = 0;
            unfound = 0;
            bool[] seen = new bool[_lastIndex];
            T[] items = ItemsOf(other);
            for (int k = 0; k < items.Length; k++)
            {
                int i = IndexOf(items[k]);
                if (i < 0)
                {
                    unfound++;
                }
                else if (!seen[i])
                {
                    seen[i] = true;
                    unique++;
                }
            }
        }

        private static T[] ItemsOf(IEnumerable<T> other)
        {
            int n;
            T[] items = EnumerableHelpers.ToArray<T>(other, out n);
            if (n != items.Length)
                Array.Resize<T>(ref items, n);
            return items;
        }

        // ---- copying ----

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, _count);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CopyTo(array, arrayIndex, _count);
        }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (arrayIndex < 0)
                throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int numCopied = 0;
            for (int i = 0; i < _lastIndex && numCopied < count; i++)
            {
                if (_slots[i].hashCode >= 0)
                {
                    array[arrayIndex + numCopied] = _slots[i].value;
                    numCopied++;
                }
            }
        }

        public void TrimExcess()
        {
            if (_count == 0)
            {
                _buckets = null;
                _slots = null;
                _version++;
                return;
            }
            int newSize = HashHelpers.GetPrime(_count);
            Slot[] newSlots = new Slot[newSize];
            int[] newBuckets = new int[newSize];
            int newIndex = 0;
            for (int i = 0; i < _lastIndex; i++)
            {
                if (_slots[i].hashCode >= 0)
                {
                    newSlots[newIndex] = _slots[i];
                    int bucket = newSlots[newIndex].hashCode % newSize;
                    newSlots[newIndex].next = newBuckets[bucket] - 1;
                    newBuckets[bucket] = newIndex + 1;
                    newIndex++;
                }
            }
            _lastIndex = newIndex;
            _slots = newSlots;
            _buckets = newBuckets;
            _freeList = -1;
        }

        // ---- the hash table ----

        private bool SameComparer(HashSet<T> other)
        {
            return Comparer.Equals(other.Comparer);
        }

        private void CopyFrom(HashSet<T> source)
        {
            int count = source._count;
            if (count == 0)
                return;
            int capacity = source._buckets.Length;
            int threshold = HashHelpers.ExpandPrime(count + 1);
            if (threshold >= capacity)
            {
                _buckets = (int[])source._buckets.Clone();
                _slots = (Slot[])source._slots.Clone();
                _lastIndex = source._lastIndex;
                _freeList = source._freeList;
            }
            else
            {
                int lastIndex = source._lastIndex;
                Slot[] slots = source._slots;
                Initialize(count);
                int index = 0;
                for (int i = 0; i < lastIndex; i++)
                {
                    int hashCode = slots[i].hashCode;
                    if (hashCode >= 0)
                    {
                        AddValue(index, hashCode, slots[i].value);
                        index++;
                    }
                }
                _lastIndex = index;
            }
            _count = count;
        }

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _slots = new Slot[size];
            return size;
        }

        private void IncreaseCapacity()
        {
            int newSize = HashHelpers.ExpandPrime(_count);
            if (newSize <= _count)
                throw new ArgumentException("HashSet capacity is too big.");
            SetCapacity(newSize);
        }

        private void SetCapacity(int newSize)
        {
            Slot[] newSlots = new Slot[newSize];
            if (_slots != null)
                Array.Copy(_slots, 0, newSlots, 0, _lastIndex);
            int[] newBuckets = new int[newSize];
            for (int i = 0; i < _lastIndex; i++)
            {
                int bucket = newSlots[i].hashCode % newSize;
                newSlots[i].next = newBuckets[bucket] - 1;
                newBuckets[bucket] = i + 1;
            }
            _slots = newSlots;
            _buckets = newBuckets;
        }

        private int HashOf(T item)
        {
            if (TypeTraits<T>.CanBeNull && item == null)
                return 0;
            return _comparer.GetHashCode(item) & 0x7FFFFFFF;
        }

        private int IndexOf(T item)
        {
            if (_buckets == null)
                return -1;
            int hashCode = HashOf(item);
            for (int i = _buckets[hashCode % _buckets.Length] - 1; i >= 0; i = _slots[i].next)
                if (_slots[i].hashCode == hashCode && _comparer.Equals(_slots[i].value, item))
                    return i;
            return -1;
        }

        private bool AddIfNotPresent(T value)
        {
            if (_buckets == null)
                Initialize(0);
            int hashCode = HashOf(value);
            int bucket = hashCode % _buckets.Length;
            for (int i = _buckets[bucket] - 1; i >= 0; i = _slots[i].next)
                if (_slots[i].hashCode == hashCode && _comparer.Equals(_slots[i].value, value))
                    return false;
            int index;
            if (_freeList >= 0)
            {
                index = _freeList;
                _freeList = _slots[index].next;
            }
            else
            {
                if (_lastIndex == _slots.Length)
                {
                    IncreaseCapacity();
                    bucket = hashCode % _buckets.Length;
                }
                index = _lastIndex;
                _lastIndex++;
            }
            _slots[index].hashCode = hashCode;
            _slots[index].value = value;
            _slots[index].next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
            _count++;
            _version++;
            return true;
        }

        private void AddValue(int index, int hashCode, T value)
        {
            int bucket = hashCode % _buckets.Length;
            _slots[index].hashCode = hashCode;
            _slots[index].value = value;
            _slots[index].next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
        }

        // ---- enumeration ----

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this);
        }

        void ICollection<T>.Add(T item)
        {
            AddIfNotPresent(item);
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private HashSet<T> _set;
            private int _index;
            private int _version;
            private T _current;

            internal Enumerator(HashSet<T> set)
            {
                _set = set;
                _index = 0;
                _version = set._version;
                _current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                if (_version != _set._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (_index < _set._lastIndex)
                {
                    if (_set._slots[_index].hashCode >= 0)
                    {
                        _current = _set._slots[_index].value;
                        _index++;
                        return true;
                    }
                    _index++;
                }
                _index = _set._lastIndex + 1;
                _current = default(T);
                return false;
            }

            public T Current
            {
                get { return _current; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _set._lastIndex + 1)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _set._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default(T);
            }
        }
    }
}
