// Collections/List.cs — System.Collections.Generic.List<T>, a growable array.
//
// Follows the List<T> that Mono 6.8 ships (corefx): _items holds the elements in
// [0, _size), capacity starts at 4 on the first Add and doubles, and every change bumps
// _version so that an enumerator created before it throws on its next MoveNext.
// `foreach` over a List binds to the public struct List<T>.Enumerator, as in .NET.
using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private const int DefaultCapacity = 4;

        internal T[] _items;
        internal int _size;
        internal int _version;

        public List()
        {
            _items = EmptyArray<T>.Value;
        }

        public List(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _items = capacity == 0 ? EmptyArray<T>.Value : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null)
                throw new ArgumentNullException("collection");
            object o = collection;
            T[] array = o as T[];
            ICollection<T> c = array == null ? collection as ICollection<T> : null;
            if (array != null || c != null)
            {
                int count = array != null ? array.Length : c.Count;
                if (count == 0)
                {
                    _items = EmptyArray<T>.Value;
                    return;
                }
                _items = new T[count];
                if (array != null)
                    Array.Copy(array, _items, count);
                else
                    c.CopyTo(_items, 0);
                _size = count;
                return;
            }
            _items = EmptyArray<T>.Value;
            foreach (T item in collection)
                Add(item);
        }

        // ---- size ----

        public int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size)
                    throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value == _items.Length)
                    return;
                if (value > 0)
                {
                    T[] newItems = new T[value];
                    if (_size > 0)
                        Array.Copy(_items, 0, newItems, 0, _size);
                    _items = newItems;
                }
                else
                {
                    _items = EmptyArray<T>.Value;
                }
            }
        }

        public int Count
        {
            get { return _size; }
        }

        private void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int newCapacity = _items.Length == 0 ? DefaultCapacity : _items.Length * 2;
                if ((uint)newCapacity > 0x7FEFFFFF)
                    newCapacity = 0x7FEFFFFF;
                if (newCapacity < min)
                    newCapacity = min;
                Capacity = newCapacity;
            }
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_items.Length) * 0.9);
            if (_size < threshold)
                Capacity = _size;
        }

        // ---- element access ----

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size)
                    ThrowIndex();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size)
                    ThrowIndex();
                _items[index] = value;
                _version++;
            }
        }

        private static void ThrowIndex()
        {
            throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        private void CheckRange(int index, int count)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (_size - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        // ---- adding ----

        public void Add(T item)
        {
            _version++;
            int size = _size;
            if ((uint)size < (uint)_items.Length)
            {
                _size = size + 1;
                _items[size] = item;
                return;
            }
            EnsureCapacity(size + 1);
            _size = size + 1;
            _items[size] = item;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            InsertRange(_size, collection);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size)
                throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            if (_size == _items.Length)
                EnsureCapacity(_size + 1);
            if (index < _size)
                Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null)
                throw new ArgumentNullException("collection");
            if ((uint)index > (uint)_size)
                ThrowIndex();
            object o = collection;
            T[] array = o as T[];
            ICollection<T> c = array == null ? collection as ICollection<T> : null;
            if (array != null || c != null)
            {
                int count = array != null ? array.Length : c.Count;
                if (count > 0)
                {
                    EnsureCapacity(_size + count);
                    if (index < _size)
                        Array.Copy(_items, index, _items, index + count, _size - index);
                    if ((object)this == c)
                    {
                        // Inserting a list into itself: the part before index, then the
                        // part that moved up past the gap.
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else if (array != null)
                    {
                        Array.Copy(array, 0, _items, index, count);
                    }
                    else
                    {
                        c.CopyTo(_items, index);
                    }
                    _size += count;
                }
            }
            else
            {
                foreach (T item in collection)
                    Insert(index++, item);
            }
            _version++;
        }

        // ---- removing ----

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0)
            {
                RemoveAt(index);
                return true;
            }
            return false;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size)
                ThrowIndex();
            _size--;
            if (index < _size)
                Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default(T);
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            CheckRange(index, count);
            if (count > 0)
            {
                _size -= count;
                if (index < _size)
                    Array.Copy(_items, index + count, _items, index, _size - index);
                _version++;
                Array.Clear(_items, _size, count);
            }
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            int freeIndex = 0;
            while (freeIndex < _size && !match(_items[freeIndex]))
                freeIndex++;
            if (freeIndex >= _size)
                return 0;
            int current = freeIndex + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current]))
                    current++;
                if (current < _size)
                    _items[freeIndex++] = _items[current++];
            }
            Array.Clear(_items, freeIndex, _size - freeIndex);
            int result = _size - freeIndex;
            _size = freeIndex;
            _version++;
            return result;
        }

        public void Clear()
        {
            int size = _size;
            _size = 0;
            _version++;
            if (size > 0)
                Array.Clear(_items, 0, size);
        }

        // ---- searching ----

        public bool Contains(T item)
        {
            return _size != 0 && IndexOf(item) != -1;
        }

        public int IndexOf(T item)
        {
            return EqualityComparer<T>.Default.IndexOf(_items, item, 0, _size);
        }

        public int IndexOf(T item, int index)
        {
            if (index > _size)
                ThrowIndex();
            return Array.IndexOf<T>(_items, item, index, _size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if (index > _size)
                ThrowIndex();
            if (count < 0 || index > _size - count)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.IndexOf<T>(_items, item, index, count);
        }

        public int LastIndexOf(T item)
        {
            if (_size == 0)
                return -1;
            return LastIndexOf(item, _size - 1, _size);
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= _size)
                ThrowIndex();
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (_size != 0 && index < 0)
                throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (_size != 0 && count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (_size == 0)
                return -1;
            if (index >= _size)
                throw new ArgumentOutOfRangeException("index", "Must be less than or equal to the size of the collection.");
            if (count > index + 1)
                throw new ArgumentOutOfRangeException("count", "Must be less than or equal to the size of the collection.");
            return EqualityComparer<T>.Default.LastIndexOf(_items, item, index, count);
        }

        public bool Exists(Predicate<T> match)
        {
            return FindIndex(0, _size, match) != -1;
        }

        public T Find(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++)
                if (match(_items[i]))
                    return _items[i];
            return default(T);
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            List<T> list = new List<T>();
            for (int i = 0; i < _size; i++)
                if (match(_items[i]))
                    list.Add(_items[i]);
            return list;
        }

        public int FindIndex(Predicate<T> match)
        {
            return FindIndex(0, _size, match);
        }

        public int FindIndex(int startIndex, Predicate<T> match)
        {
            return FindIndex(startIndex, _size - startIndex, match);
        }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > _size - count)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null)
                throw new ArgumentNullException("match");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (match(_items[i]))
                    return i;
            return -1;
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = _size - 1; i >= 0; i--)
                if (match(_items[i]))
                    return _items[i];
            return default(T);
        }

        public int FindLastIndex(Predicate<T> match)
        {
            return FindLastIndex(_size - 1, _size, match);
        }

        public int FindLastIndex(int startIndex, Predicate<T> match)
        {
            return FindLastIndex(startIndex, startIndex + 1, match);
        }

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            if (_size == 0)
            {
                if (startIndex != -1)
                    throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if ((uint)startIndex >= (uint)_size)
            {
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
                if (match(_items[i]))
                    return i;
            return -1;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++)
                if (!match(_items[i]))
                    return false;
            return true;
        }

        public int BinarySearch(T item)
        {
            return BinarySearch(0, _size, item, null);
        }

        public int BinarySearch(T item, IComparer<T> comparer)
        {
            return BinarySearch(0, _size, item, comparer);
        }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            CheckRange(index, count);
            return Array.BinarySearch<T>(_items, index, count, item, comparer);
        }

        // ---- whole-list operations ----

        public void ForEach(Action<T> action)
        {
            if (action == null)
                throw new ArgumentNullException("action");
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version)
                    break;
                action(_items[i]);
            }
            if (version != _version)
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null)
                throw new ArgumentNullException("converter");
            List<TOutput> list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++)
                list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }

        public List<T> GetRange(int index, int count)
        {
            CheckRange(index, count);
            List<T> list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public void Reverse()
        {
            Reverse(0, _size);
        }

        public void Reverse(int index, int count)
        {
            CheckRange(index, count);
            if (count > 1)
                Array.Reverse<T>(_items, index, count);
            _version++;
        }

        public void Sort()
        {
            Sort(0, _size, null);
        }

        public void Sort(IComparer<T> comparer)
        {
            Sort(0, _size, comparer);
        }

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            CheckRange(index, count);
            if (count > 1)
                Array.Sort<T>(_items, index, count, comparer);
            _version++;
        }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null)
                throw new ArgumentNullException("comparison");
            if (_size > 1)
                ArraySort<T>.Sort(_items, 0, _size, new ComparisonSortComparer<T>(comparison));
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0)
                return EmptyArray<T>.Value;
            T[] array = new T[_size];
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public ReadOnlyCollection<T> AsReadOnly()
        {
            return new ReadOnlyCollection<T>(this);
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

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private List<T> _list;
            private int _index;
            private int _version;
            private T _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _index = 0;
                _version = list._version;
                _current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                List<T> list = _list;
                if (_version == list._version && (uint)_index < (uint)list._size)
                {
                    _current = list._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = _list._size + 1;
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
                    if (_index == 0 || _index == _list._size + 1)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default(T);
            }
        }

        // ---- interface members ----

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        bool IList.IsReadOnly
        {
            get { return false; }
        }

        bool IList.IsFixedSize
        {
            get { return false; }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        object IList.this[int index]
        {
            get { return this[index]; }
            set { this[index] = (T)value; }
        }

        int IList.Add(object item)
        {
            Add((T)item);
            return Count - 1;
        }

        bool IList.Contains(object item)
        {
            if (IsCompatibleObject(item))
                return Contains((T)item);
            return false;
        }

        int IList.IndexOf(object item)
        {
            if (IsCompatibleObject(item))
                return IndexOf((T)item);
            return -1;
        }

        void IList.Insert(int index, object item)
        {
            Insert(index, (T)item);
        }

        void IList.Remove(object item)
        {
            if (IsCompatibleObject(item))
                Remove((T)item);
        }

        private static bool IsCompatibleObject(object value)
        {
            return (value is T) || (value == null && default(T) == null);
        }
    }
}
