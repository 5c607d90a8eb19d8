// Collections/Dictionary.cs — System.Collections.Generic.Dictionary<TKey, TValue>.
//
// The hash table of the Dictionary Mono 6.8 ships (corefx), because programs observe
// its enumeration order:
//
//   _buckets[hash % size] = 1 + index of the first entry of that chain (0: empty)
//   _entries[i] = { hashCode (-1 when free), next (index of the next entry), key, value }
//
// New entries are appended at _count, so enumerating _entries in order gives insertion
// order; a removed entry goes on the front of a free list (_freeList, linked through
// `next`) and the next insertion reuses it, so after removals new keys appear where
// old ones were, last removed first. Growing copies the entries in place and rebuilds
// the chains at the next prime past twice the size. Hash codes are the comparer's with
// the sign bit cleared.
//
// The comparer is kept as an EqualityComparer<TKey> (a caller's IEqualityComparer is
// wrapped once) so that every probe is a virtual call, not an interface call.
namespace System.Collections.Generic
{
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            public int hashCode;
            public int next;
            public TKey key;
            public TValue value;
        }

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<TKey> _userComparer;
        private EqualityComparer<TKey> _comparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        public Dictionary() : this(0, null)
        {
        }

        public Dictionary(int capacity) : this(capacity, null)
        {
        }

        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer)
        {
        }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0)
                Initialize(capacity);
            _userComparer = comparer;
            _comparer = WrappedEqualityComparer<TKey>.For(comparer);
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null)
                throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                Add(pair.Key, pair.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null)
        {
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this(0, comparer)
        {
            if (collection == null)
                throw new ArgumentNullException("collection");
            int n;
            KeyValuePair<TKey, TValue>[] pairs = EnumerableHelpers.ToArray<KeyValuePair<TKey, TValue>>(collection, out n);
            for (int i = 0; i < n; i++)
                Add(pairs[i].Key, pairs[i].Value);
        }

        public IEqualityComparer<TKey> Comparer
        {
            get { return _userComparer != null ? _userComparer : _comparer; }
        }

        public int Count
        {
            get { return _count - _freeCount; }
        }

        public KeyCollection Keys
        {
            get
            {
                if (_keys == null)
                    _keys = new KeyCollection(this);
                return _keys;
            }
        }

        public ValueCollection Values
        {
            get
            {
                if (_values == null)
                    _values = new ValueCollection(this);
                return _values;
            }
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0)
                    return _entries[i].value;
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set { TryInsert(key, value, false); }
        }

        public void Add(TKey key, TValue value)
        {
            TryInsert(key, value, true);
        }

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null)
                throw new ArgumentNullException("key");
            if (FindEntry(key) >= 0)
                return false;
            TryInsert(key, value, true);
            return true;
        }

        public bool ContainsKey(TKey key)
        {
            return FindEntry(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            if (value == null)
            {
                for (int i = 0; i < _count; i++)
                    if (entries[i].hashCode >= 0 && entries[i].value == null)
                        return true;
                return false;
            }
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++)
                if (entries[i].hashCode >= 0 && c.Equals(entries[i].value, value))
                    return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0)
            {
                value = _entries[i].value;
                return true;
            }
            value = default(TValue);
            return false;
        }

        public TValue GetValueOrDefault(TKey key)
        {
            int i = FindEntry(key);
            return i >= 0 ? _entries[i].value : default(TValue);
        }

        public bool Remove(TKey key)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            if (_buckets == null)
                return false;
            int hashCode = _comparer.GetHashCode(key) & 0x7FFFFFFF;
            int bucket = hashCode % _buckets.Length;
            int last = -1;
            Entry[] entries = _entries;
            int i = _buckets[bucket] - 1;
            while (i >= 0)
            {
                if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key))
                {
                    if (last < 0)
                        _buckets[bucket] = entries[i].next + 1;
                    else
                        entries[last].next = entries[i].next;
                    entries[i].hashCode = -1;
                    entries[i].next = _freeList;
                    entries[i].key = default(TKey);
                    entries[i].value = default(TValue);
                    _freeList = i;
                    _freeCount++;
                    _version++;
                    return true;
                }
                last = i;
                i = entries[i].next;
            }
            return false;
        }

        public bool Remove(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i < 0)
            {
                value = default(TValue);
                return false;
            }
            value = _entries[i].value;
            Remove(key);
            return true;
        }

        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets, 0, _buckets.Length);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                _version++;
                Array.Clear(_entries, 0, count);
            }
        }

        // ---- the hash table ----

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }

        private int FindEntry(TKey key)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            int[] buckets = _buckets;
            if (buckets == null)
                return -1;
            Entry[] entries = _entries;
            EqualityComparer<TKey> comparer = _comparer;
            int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int i = buckets[hashCode % buckets.Length] - 1;
            while (i >= 0)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                    return i;
                i = entries[i].next;
            }
            return -1;
        }

        private void TryInsert(TKey key, TValue value, bool throwOnExisting)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            _version++;
            if (_buckets == null)
                Initialize(0);
            Entry[] entries = _entries;
            EqualityComparer<TKey> comparer = _comparer;
            int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int bucket = hashCode % _buckets.Length;
            for (int i = _buckets[bucket] - 1; i >= 0; i = entries[i].next)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                {
                    if (throwOnExisting)
                        throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString());
                    entries[i].value = value;
                    return;
                }
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = entries[index].next;
                _freeCount--;
            }
            else
            {
                if (_count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(_count));
                    entries = _entries;
                    bucket = hashCode % _buckets.Length;
                }
                index = _count;
                _count++;
            }
            entries[index].hashCode = hashCode;
            entries[index].next = _buckets[bucket] - 1;
            entries[index].key = key;
            entries[index].value = value;
            _buckets[bucket] = index + 1;
        }

        private void Resize(int newSize)
        {
            int[] buckets = new int[newSize];
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, 0, entries, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (entries[i].hashCode >= 0)
                {
                    int bucket = entries[i].hashCode % newSize;
                    entries[i].next = buckets[bucket] - 1;
                    buckets[bucket] = i + 1;
                }
            }
            _buckets = buckets;
            _entries = entries;
        }

        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (array.Length - index < Count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
                if (entries[i].hashCode >= 0)
                    array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        // ---- enumeration ----

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, false);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, false);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, false);
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, true);
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private Dictionary<TKey, TValue> _dictionary;
            private int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private bool _entryResult;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, bool entryResult)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _entryResult = entryResult;
                _current = default(KeyValuePair<TKey, TValue>);
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_dictionary._count)
                {
                    int i = _index++;
                    if (_dictionary._entries[i].hashCode >= 0)
                    {
                        _current = new KeyValuePair<TKey, TValue>(_dictionary._entries[i].key, _dictionary._entries[i].value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = default(KeyValuePair<TKey, TValue>);
                return false;
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return _current; }
            }

            public void Dispose()
            {
            }

            private void CheckCurrent()
            {
                if (_index == 0 || _index == _dictionary._count + 1)
                    throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            }

            object IEnumerator.Current
            {
                get
                {
                    CheckCurrent();
                    if (_entryResult)
                        return new DictionaryEntry(_current.Key, _current.Value);
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default(KeyValuePair<TKey, TValue>);
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    CheckCurrent();
                    return new DictionaryEntry(_current.Key, _current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    CheckCurrent();
                    return _current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    CheckCurrent();
                    return _current.Value;
                }
            }
        }

        // ---- Keys and Values: live views over the entries ----

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (array.Length - index < _dictionary.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++)
                    if (entries[i].hashCode >= 0)
                        array[index++] = entries[i].key;
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TKey>.Add(TKey item)
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            void ICollection<TKey>.Clear()
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TKey>.Contains(TKey item)
            {
                return _dictionary.ContainsKey(item);
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                TKey[] keys = new TKey[Count];
                CopyTo(keys, 0);
                Array.Copy(keys, 0, array, index, keys.Length);
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return this; }
            }

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private int _version;
                private TKey _currentKey;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentKey = default(TKey);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version)
                        throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].hashCode >= 0)
                        {
                            _currentKey = _dictionary._entries[i].key;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentKey = default(TKey);
                    return false;
                }

                public TKey Current
                {
                    get { return _currentKey; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1)
                            throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return _currentKey;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version)
                        throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    _index = 0;
                    _currentKey = default(TKey);
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (array.Length - index < _dictionary.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++)
                    if (entries[i].hashCode >= 0)
                        array[index++] = entries[i].value;
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _dictionary.ContainsValue(item);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                TValue[] values = new TValue[Count];
                CopyTo(values, 0);
                Array.Copy(values, 0, array, index, values.Length);
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return this; }
            }

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private int _version;
                private TValue _currentValue;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentValue = default(TValue);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version)
                        throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].hashCode >= 0)
                        {
                            _currentValue = _dictionary._entries[i].value;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default(TValue);
                    return false;
                }

                public TValue Current
                {
                    get { return _currentValue; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1)
                            throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return _currentValue;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version)
                        throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    _index = 0;
                    _currentValue = default(TValue);
                }
            }
        }

        // ---- interface members ----

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            Add(keyValuePair.Key, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value))
            {
                Remove(keyValuePair.Key);
                return true;
            }
            return false;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            CopyTo(array, index);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            KeyValuePair<TKey, TValue>[] pairs = new KeyValuePair<TKey, TValue>[Count];
            CopyTo(pairs, 0);
            Array.Copy(pairs, 0, array, index, pairs.Length);
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        bool IDictionary.IsFixedSize
        {
            get { return false; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return false; }
        }

        ICollection IDictionary.Keys
        {
            get { return Keys; }
        }

        ICollection IDictionary.Values
        {
            get { return Values; }
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (key is TKey)
                {
                    int i = FindEntry((TKey)key);
                    if (i >= 0)
                        return _entries[i].value;
                }
                return null;
            }
            set
            {
                if (key == null)
                    throw new ArgumentNullException("key");
                this[(TKey)key] = (TValue)value;
            }
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null)
                throw new ArgumentNullException("key");
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (key is TKey)
                return ContainsKey((TKey)key);
            return false;
        }

        void IDictionary.Remove(object key)
        {
            if (key is TKey)
                Remove((TKey)key);
        }
    }
}
