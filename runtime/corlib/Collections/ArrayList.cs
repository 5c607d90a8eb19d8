// Collections/ArrayList.cs — System.Collections.ArrayList, the pre-generics growable
// list of objects (.NET Framework's: capacity 4 on the first Add, then doubling), and
// the non-generic Queue and Stack.
using System.Collections.Generic;

namespace System.Collections
{
    public class ArrayList : IList, ICloneable
    {
        private object[] _items;
        private int _size;
        private int _version;

        public ArrayList()
        {
            _items = EmptyArray<object>.Value;
        }

        public ArrayList(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _items = capacity == 0 ? EmptyArray<object>.Value : new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null)
                throw new ArgumentNullException("c");
            int count = c.Count;
            if (count == 0)
            {
                _items = EmptyArray<object>.Value;
                return;
            }
            _items = new object[count];
            AddRange(c);
        }

        public virtual int Capacity
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
                    object[] newItems = new object[value];
                    if (_size > 0)
                        Array.Copy(_items, 0, newItems, 0, _size);
                    _items = newItems;
                }
                else
                {
                    _items = new object[4];
                }
            }
        }

        public virtual int Count
        {
            get { return _size; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual object this[int index]
        {
            get
            {
                if (index < 0 || index >= _size)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _items[index];
            }
            set
            {
                if (index < 0 || index >= _size)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _items[index] = value;
                _version++;
            }
        }

        private void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int newCapacity = _items.Length == 0 ? 4 : _items.Length * 2;
                if ((uint)newCapacity > 0x7FEFFFFF)
                    newCapacity = 0x7FEFFFFF;
                if (newCapacity < min)
                    newCapacity = min;
                Capacity = newCapacity;
            }
        }

        private void CheckRange(int index, int count)
        {
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public virtual int Add(object value)
        {
            if (_size == _items.Length)
                EnsureCapacity(_size + 1);
            _items[_size] = value;
            _version++;
            return _size++;
        }

        public virtual void AddRange(ICollection c)
        {
            InsertRange(_size, c);
        }

        public virtual void Insert(int index, object value)
        {
            if (index < 0 || index > _size)
                throw new ArgumentOutOfRangeException("index", "Insertion index was out of range. Must be non-negative and less than or equal to size.");
            if (_size == _items.Length)
                EnsureCapacity(_size + 1);
            if (index < _size)
                Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = value;
            _size++;
            _version++;
        }

        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null)
                throw new ArgumentNullException("c");
            if (index < 0 || index > _size)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int count = c.Count;
            if (count > 0)
            {
                EnsureCapacity(_size + count);
                if (index < _size)
                    Array.Copy(_items, index, _items, index + count, _size - index);
                object[] itemsToInsert = new object[count];
                c.CopyTo(itemsToInsert, 0);
                itemsToInsert.CopyTo(_items, index);
                _size += count;
                _version++;
            }
        }

        public virtual void Clear()
        {
            if (_size > 0)
            {
                Array.Clear(_items, 0, _size);
                _size = 0;
            }
            _version++;
        }

        public virtual bool Contains(object item)
        {
            for (int i = 0; i < _size; i++)
            {
                if (item == null ? _items[i] == null : _items[i] != null && _items[i].Equals(item))
                    return true;
            }
            return false;
        }

        public virtual int IndexOf(object value)
        {
            return Array.IndexOf(_items, value, 0, _size);
        }

        public virtual int IndexOf(object value, int startIndex)
        {
            if (startIndex > _size)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Array.IndexOf(_items, value, startIndex, _size - startIndex);
        }

        public virtual int LastIndexOf(object value)
        {
            for (int i = _size - 1; i >= 0; i--)
                if (Object.Equals(_items[i], value))
                    return i;
            return -1;
        }

        public virtual void Remove(object obj)
        {
            int index = IndexOf(obj);
            if (index >= 0)
                RemoveAt(index);
        }

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= _size)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size)
                Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = null;
            _version++;
        }

        public virtual void RemoveRange(int index, int count)
        {
            CheckRange(index, count);
            if (count > 0)
            {
                int i = _size;
                _size -= count;
                if (index < _size)
                    Array.Copy(_items, index + count, _items, index, _size - index);
                while (i > _size)
                    _items[--i] = null;
                _version++;
            }
        }

        public virtual ArrayList GetRange(int index, int count)
        {
            CheckRange(index, count);
            ArrayList list = new ArrayList(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public virtual void Reverse()
        {
            Reverse(0, _size);
        }

        public virtual void Reverse(int index, int count)
        {
            CheckRange(index, count);
            Array.Reverse(_items, index, count);
            _version++;
        }

        public virtual void Sort()
        {
            Sort(0, _size, Comparer.Default);
        }

        public virtual void Sort(IComparer comparer)
        {
            Sort(0, _size, comparer);
        }

        public virtual void Sort(int index, int count, IComparer comparer)
        {
            CheckRange(index, count);
            Array.Sort(_items, index, count, comparer);
            _version++;
        }

        public virtual int BinarySearch(object value)
        {
            return BinarySearch(0, _size, value, null);
        }

        public virtual int BinarySearch(object value, IComparer comparer)
        {
            return BinarySearch(0, _size, value, comparer);
        }

        public virtual int BinarySearch(int index, int count, object value, IComparer comparer)
        {
            CheckRange(index, count);
            return Array.BinarySearch(_items, index, count, value, comparer);
        }

        public virtual object[] ToArray()
        {
            object[] array = new object[_size];
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        public virtual Array ToArray(Type type)
        {
            throw new NotSupportedException("ArrayList.ToArray(Type) needs reflection, which ilc does not have yet.");
        }

        public virtual void CopyTo(Array array)
        {
            CopyTo(array, 0);
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        public virtual void CopyTo(int index, Array array, int arrayIndex, int count)
        {
            if (_size - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public virtual void TrimToSize()
        {
            Capacity = _size;
        }

        public virtual object Clone()
        {
            ArrayList la = new ArrayList();
            la._size = _size;
            la._version = _version;
            la._items = new object[_items.Length];
            Array.Copy(_items, 0, la._items, 0, _size);
            return la;
        }

        public static ArrayList Adapter(IList list)
        {
            if (list == null)
                throw new ArgumentNullException("list");
            ArrayList a = new ArrayList(list.Count);
            for (int i = 0; i < list.Count; i++)
                a.Add(list[i]);
            return a;
        }

        public static ArrayList Repeat(object value, int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            ArrayList list = new ArrayList((count > 4) ? count : 4);
            for (int i = 0; i < count; i++)
                list.Add(value);
            return list;
        }

        public virtual IEnumerator GetEnumerator()
        {
            return new ArrayListEnumerator(this, 0, _size);
        }

        public virtual IEnumerator GetEnumerator(int index, int count)
        {
            CheckRange(index, count);
            return new ArrayListEnumerator(this, index, count);
        }

        private sealed class ArrayListEnumerator : IEnumerator, ICloneable
        {
            private ArrayList list;
            private int index;
            private int endIndex;
            private int version;
            private object currentElement;
            private int startIndex;

            internal ArrayListEnumerator(ArrayList list, int index, int count)
            {
                this.list = list;
                startIndex = index;
                this.index = index - 1;
                endIndex = this.index + count;
                version = list._version;
                currentElement = null;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public bool MoveNext()
            {
                if (version != list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < endIndex)
                {
                    currentElement = list._items[++index];
                    return true;
                }
                index = endIndex + 1;
                return false;
            }

            public object Current
            {
                get
                {
                    if (index < startIndex)
                        throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index > endIndex)
                        throw new InvalidOperationException("Enumeration already finished.");
                    return currentElement;
                }
            }

            public void Reset()
            {
                if (version != list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = startIndex - 1;
            }
        }
    }

    public class Queue : ICollection, ICloneable
    {
        private Queue<object> q;

        public Queue()
        {
            q = new Queue<object>();
        }

        public Queue(int capacity)
        {
            q = new Queue<object>(capacity);
        }

        public Queue(ICollection col)
        {
            if (col == null)
                throw new ArgumentNullException("col");
            q = new Queue<object>();
            foreach (object o in col)
                q.Enqueue(o);
        }

        public virtual int Count
        {
            get { return q.Count; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual void Clear()
        {
            q.Clear();
        }

        public virtual bool Contains(object obj)
        {
            return q.Contains(obj);
        }

        public virtual object Dequeue()
        {
            return q.Dequeue();
        }

        public virtual void Enqueue(object obj)
        {
            q.Enqueue(obj);
        }

        public virtual object Peek()
        {
            return q.Peek();
        }

        public virtual object[] ToArray()
        {
            return q.ToArray();
        }

        public virtual void CopyTo(Array array, int index)
        {
            object[] items = q.ToArray();
            Array.Copy(items, 0, array, index, items.Length);
        }

        public virtual object Clone()
        {
            Queue c = new Queue();
            foreach (object o in q)
                c.Enqueue(o);
            return c;
        }

        public virtual IEnumerator GetEnumerator()
        {
            return ((IEnumerable)q).GetEnumerator();
        }
    }

    public class Stack : ICollection, ICloneable
    {
        private Stack<object> s;

        public Stack()
        {
            s = new Stack<object>();
        }

        public Stack(int initialCapacity)
        {
            s = new Stack<object>(initialCapacity);
        }

        public Stack(ICollection col)
        {
            if (col == null)
                throw new ArgumentNullException("col");
            s = new Stack<object>();
            foreach (object o in col)
                s.Push(o);
        }

        public virtual int Count
        {
            get { return s.Count; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual void Clear()
        {
            s.Clear();
        }

        public virtual bool Contains(object obj)
        {
            return s.Contains(obj);
        }

        public virtual object Peek()
        {
            return s.Peek();
        }

        public virtual object Pop()
        {
            return s.Pop();
        }

        public virtual void Push(object obj)
        {
            s.Push(obj);
        }

        public virtual object[] ToArray()
        {
            return s.ToArray();
        }

        public virtual void CopyTo(Array array, int index)
        {
            object[] items = s.ToArray();
            Array.Copy(items, 0, array, index, items.Length);
        }

        public virtual object Clone()
        {
            object[] items = s.ToArray();
            Stack c = new Stack();
            for (int i = items.Length - 1; i >= 0; i--)
                c.Push(items[i]);
            return c;
        }

        public virtual IEnumerator GetEnumerator()
        {
            return ((IEnumerable)s).GetEnumerator();
        }
    }
}
