// Collections/ObjectModel.cs — System.Collections.ObjectModel.ReadOnlyCollection<T>
// (what List<T>.AsReadOnly and Array.AsReadOnly return) and Collection<T>, a list
// whose changes go through overridable members.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private IList<T> list;
        private T[] array;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null)
                throw new ArgumentNullException("list");
            this.list = list;
        }

        // Arrays do not implement IList<T> in ilc yet, so Array.AsReadOnly comes here.
        internal ReadOnlyCollection(T[] array)
        {
            this.array = array;
        }

        public int Count
        {
            get { return array != null ? array.Length : list.Count; }
        }

        public T this[int index]
        {
            get
            {
                if (array != null)
                {
                    if ((uint)index >= (uint)array.Length)
                        throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return array[index];
                }
                return list[index];
            }
        }

        protected IList<T> Items
        {
            get { return list != null ? list : new List<T>(array); }
        }

        public bool Contains(T value)
        {
            return IndexOf(value) >= 0;
        }

        public int IndexOf(T value)
        {
            if (array != null)
                return Array.IndexOf<T>(array, value);
            return list.IndexOf(value);
        }

        public void CopyTo(T[] array, int index)
        {
            if (this.array != null)
                Array.Copy(this.array, 0, array, index, this.array.Length);
            else
                list.CopyTo(array, index);
        }

        public IEnumerator<T> GetEnumerator()
        {
            if (array != null)
                return new ArrayEnumerator<T>(array);
            return list.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        T IList<T>.this[int index]
        {
            get { return this[index]; }
            set { throw ReadOnly(); }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return true; }
        }

        void ICollection<T>.Add(T value)
        {
            throw ReadOnly();
        }

        void ICollection<T>.Clear()
        {
            throw ReadOnly();
        }

        void IList<T>.Insert(int index, T value)
        {
            throw ReadOnly();
        }

        bool ICollection<T>.Remove(T value)
        {
            throw ReadOnly();
        }

        void IList<T>.RemoveAt(int index)
        {
            throw ReadOnly();
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            T[] items = new T[Count];
            CopyTo(items, 0);
            Array.Copy(items, 0, array, index, items.Length);
        }

        bool IList.IsFixedSize
        {
            get { return true; }
        }

        bool IList.IsReadOnly
        {
            get { return true; }
        }

        object IList.this[int index]
        {
            get { return this[index]; }
            set { throw ReadOnly(); }
        }

        int IList.Add(object value)
        {
            throw ReadOnly();
        }

        void IList.Clear()
        {
            throw ReadOnly();
        }

        bool IList.Contains(object value)
        {
            return value is T && Contains((T)value);
        }

        int IList.IndexOf(object value)
        {
            return value is T ? IndexOf((T)value) : -1;
        }

        void IList.Insert(int index, object value)
        {
            throw ReadOnly();
        }

        void IList.Remove(object value)
        {
            throw ReadOnly();
        }

        void IList.RemoveAt(int index)
        {
            throw ReadOnly();
        }

        private static Exception ReadOnly()
        {
            return new NotSupportedException("Collection is read-only.");
        }
    }

    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private IList<T> items;

        public Collection()
        {
            items = new List<T>();
        }

        public Collection(IList<T> list)
        {
            if (list == null)
                throw new ArgumentNullException("list");
            items = list;
        }

        public int Count
        {
            get { return items.Count; }
        }

        protected IList<T> Items
        {
            get { return items; }
        }

        public T this[int index]
        {
            get { return items[index]; }
            set
            {
                if ((uint)index >= (uint)items.Count)
                    throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                SetItem(index, value);
            }
        }

        public void Add(T item)
        {
            InsertItem(items.Count, item);
        }

        public void Clear()
        {
            ClearItems();
        }

        public void CopyTo(T[] array, int index)
        {
            items.CopyTo(array, index);
        }

        public bool Contains(T item)
        {
            return items.Contains(item);
        }

        public IEnumerator<T> GetEnumerator()
        {
            return items.GetEnumerator();
        }

        public int IndexOf(T item)
        {
            return items.IndexOf(item);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)items.Count)
                throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            int index = items.IndexOf(item);
            if (index < 0)
                return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)items.Count)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            RemoveItem(index);
        }

        protected virtual void ClearItems()
        {
            items.Clear();
        }

        protected virtual void InsertItem(int index, T item)
        {
            items.Insert(index, item);
        }

        protected virtual void RemoveItem(int index)
        {
            items.RemoveAt(index);
        }

        protected virtual void SetItem(int index, T item)
        {
            items[index] = item;
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return items.IsReadOnly; }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return items.GetEnumerator();
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            T[] copy = new T[Count];
            items.CopyTo(copy, 0);
            Array.Copy(copy, 0, array, index, copy.Length);
        }

        object IList.this[int index]
        {
            get { return items[index]; }
            set { this[index] = (T)value; }
        }

        bool IList.IsReadOnly
        {
            get { return items.IsReadOnly; }
        }

        bool IList.IsFixedSize
        {
            get { return false; }
        }

        int IList.Add(object value)
        {
            Add((T)value);
            return Count - 1;
        }

        bool IList.Contains(object value)
        {
            return value is T && Contains((T)value);
        }

        int IList.IndexOf(object value)
        {
            return value is T ? IndexOf((T)value) : -1;
        }

        void IList.Insert(int index, object value)
        {
            Insert(index, (T)value);
        }

        void IList.Remove(object value)
        {
            if (value is T)
                Remove((T)value);
        }
    }
}

namespace System.Collections.Generic
{
    // An IEnumerator<T> over an array, for collections that hand out their backing
    // array's contents through the generic interface.
    internal sealed class ArrayEnumerator<T> : IEnumerator<T>
    {
        private readonly T[] array;
        private int index;

        internal ArrayEnumerator(T[] array)
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

        public T Current
        {
            get
            {
                if (index < 0 || index >= array.Length)
                    throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                return array[index];
            }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
            index = -1;
        }

        public void Dispose()
        {
        }
    }
}
