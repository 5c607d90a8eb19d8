// Collections/ListDictionaryInternal.cs — the small insertion-ordered dictionary behind
// Exception.Data, as in .NET Framework and Mono: a linked list searched from the front,
// null keys refused, a duplicate Add an ArgumentException naming both keys.
namespace System.Collections
{
    internal sealed class ListDictionaryInternal : IDictionary
    {
        private sealed class Node
        {
            public object key;
            public object value;
            public Node next;
        }

        private Node _head;
        private int _count;
        private int _version;

        private Node Find(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            for (Node n = _head; n != null; n = n.next)
                if (n.key.Equals(key))
                    return n;
            return null;
        }

        private void Append(object key, object value)
        {
            Node node = new Node();
            node.key = key;
            node.value = value;
            if (_head == null)
                _head = node;
            else
            {
                Node last = _head;
                while (last.next != null)
                    last = last.next;
                last.next = node;
            }
            _count++;
            _version++;
        }

        public object this[object key]
        {
            get
            {
                Node n = Find(key);
                return n == null ? null : n.value;
            }
            set
            {
                Node n = Find(key);
                if (n != null)
                {
                    n.value = value;
                    _version++;
                }
                else
                    Append(key, value);
            }
        }

        public void Add(object key, object value)
        {
            Node n = Find(key);
            if (n != null)
                throw new ArgumentException("Item has already been added. Key in dictionary: '" + n.key + "'  Key being added: '" + key + "'");
            Append(key, value);
        }

        public bool Contains(object key)
        {
            return Find(key) != null;
        }

        public void Remove(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            Node prev = null;
            for (Node n = _head; n != null; prev = n, n = n.next)
            {
                if (!n.key.Equals(key))
                    continue;
                if (prev == null)
                    _head = n.next;
                else
                    prev.next = n.next;
                _count--;
                _version++;
                return;
            }
        }

        public void Clear()
        {
            _head = null;
            _count = 0;
            _version++;
        }

        public int Count
        {
            get { return _count; }
        }

        public bool IsReadOnly
        {
            get { return false; }
        }

        public bool IsFixedSize
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

        public ICollection Keys
        {
            get { return Collect(true); }
        }

        public ICollection Values
        {
            get { return Collect(false); }
        }

        private ArrayList Collect(bool keys)
        {
            ArrayList list = new ArrayList(_count);
            for (Node n = _head; n != null; n = n.next)
                list.Add(keys ? n.key : n.value);
            return list;
        }

        public void CopyTo(Array array, int index)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            for (Node n = _head; n != null; n = n.next)
                array.SetValue(new DictionaryEntry(n.key, n.value), index++);
        }

        public IDictionaryEnumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this);
        }

        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly ListDictionaryInternal _list;
            private readonly int _version;
            private Node _current;
            private bool _started;

            public Enumerator(ListDictionaryInternal list)
            {
                _list = list;
                _version = list._version;
            }

            public bool MoveNext()
            {
                if (_version != _list._version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (!_started)
                {
                    _current = _list._head;
                    _started = true;
                }
                else if (_current != null)
                    _current = _current.next;
                return _current != null;
            }

            public void Reset()
            {
                _started = false;
                _current = null;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (_current == null)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(_current.key, _current.value);
                }
            }

            public object Key
            {
                get { return Entry.Key; }
            }

            public object Value
            {
                get { return Entry.Value; }
            }

            public object Current
            {
                get { return Entry; }
            }
        }
    }
}
