// Collections/Sorted.cs — SortedSet<T>, SortedDictionary<TKey, TValue> and
// SortedList<TKey, TValue>.
//
// Their observable behaviour is the order of their elements, which the comparer alone
// decides, so SortedSet and SortedDictionary share a plain AVL tree (SortedTree<T>)
// instead of .NET's red-black tree; SortedList is .NET's pair of sorted arrays
// searched with Array.BinarySearch.
namespace System.Collections.Generic
{
    internal sealed class SortedTree<T>
    {
        internal sealed class Node
        {
            internal T item;
            internal Node left;
            internal Node right;
            internal int height;

            internal Node(T item)
            {
                this.item = item;
                height = 1;
            }
        }

        internal Node root;
        internal int count;
        internal int version;
        internal readonly IComparer<T> comparer;
        private bool added;
        private bool removed;

        internal SortedTree(IComparer<T> comparer)
        {
            this.comparer = comparer;
        }

        internal Node Find(T item)
        {
            Node n = root;
            while (n != null)
            {
                int c = comparer.Compare(item, n.item);
                if (c == 0)
                    return n;
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        // Adds item unless an equal one is present; true when it was added.
        internal bool Add(T item)
        {
            added = false;
            root = Insert(root, item);
            if (added)
            {
                count++;
                version++;
            }
            return added;
        }

        internal bool Remove(T item)
        {
            removed = false;
            root = Delete(root, item);
            if (removed)
            {
                count--;
                version++;
            }
            return removed;
        }

        internal void Clear()
        {
            root = null;
            count = 0;
            version++;
        }

        internal Node Min()
        {
            Node n = root;
            if (n == null)
                return null;
            while (n.left != null)
                n = n.left;
            return n;
        }

        internal Node Max()
        {
            Node n = root;
            if (n == null)
                return null;
            while (n.right != null)
                n = n.right;
            return n;
        }

        // The items in order.
        internal T[] ToArray()
        {
            T[] items = new T[count];
            int i = 0;
            Fill(root, items, ref i);
            return items;
        }

        private static void Fill(Node n, T[] items, ref int i)
        {
            while (n != null)
            {
                Fill(n.left, items, ref i);
                items[i++] = n.item;
                n = n.right;
            }
        }

        private static int Height(Node n)
        {
            return n == null ? 0 : n.height;
        }

        private static void Update(Node n)
        {
            int l = Height(n.left);
            int r = Height(n.right);
            n.height = (l > r ? l : r) + 1;
        }

        private static Node RotateRight(Node n)
        {
            Node l = n.left;
            n.left = l.right;
            l.right = n;
            Update(n);
            Update(l);
            return l;
        }

        private static Node RotateLeft(Node n)
        {
            Node r = n.right;
            n.right = r.left;
            r.left = n;
            Update(n);
            Update(r);
            return r;
        }

        private static Node Balance(Node n)
        {
            Update(n);
            int b = Height(n.left) - Height(n.right);
            if (b > 1)
            {
                if (Height(n.left.left) < Height(n.left.right))
                    n.left = RotateLeft(n.left);
                return RotateRight(n);
            }
            if (b < -1)
            {
                if (Height(n.right.right) < Height(n.right.left))
                    n.right = RotateRight(n.right);
                return RotateLeft(n);
            }
            return n;
        }

        private Node Insert(Node n, T item)
        {
            if (n == null)
            {
                added = true;
                return new Node(item);
            }
            int c = comparer.Compare(item, n.item);
            if (c == 0)
                return n;
            if (c < 0)
                n.left = Insert(n.left, item);
            else
                n.right = Insert(n.right, item);
            return added ? Balance(n) : n;
        }

        private Node Delete(Node n, T item)
        {
            if (n == null)
                return null;
            int c = comparer.Compare(item, n.item);
            if (c < 0)
            {
                n.left = Delete(n.left, item);
            }
            else if (c > 0)
            {
                n.right = Delete(n.right, item);
            }
            else
            {
                removed = true;
                if (n.left == null)
                    return n.right;
                if (n.right == null)
                    return n.left;
                Node m = n.right;
                while (m.left != null)
                    m = m.left;
                n.item = m.item;
                n.right = DeleteMin(n.right);
            }
            return Balance(n);
        }

        private static Node DeleteMin(Node n)
        {
            if (n.left == null)
                return n.right;
            n.left = DeleteMin(n.left);
            return Balance(n);
        }

        // In-order walk with an explicit stack; throws when the tree changed under it.
        internal struct Walker
        {
            private SortedTree<T> tree;
            private Node[] stack;
            private int depth;
            private int version;
            internal Node current;

            internal Walker(SortedTree<T> tree)
            {
                this.tree = tree;
                stack = new Node[2 * Log2(tree.count + 1) + 2];
                depth = 0;
                version = tree.version;
                current = null;
                PushLeft(tree.root);
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

            private void PushLeft(Node n)
            {
                while (n != null)
                {
                    stack[depth++] = n;
                    n = n.left;
                }
            }

            internal bool MoveNext()
            {
                if (version != tree.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (depth == 0)
                {
                    current = null;
                    return false;
                }
                current = stack[--depth];
                PushLeft(current.right);
                return true;
            }

            internal void Reset()
            {
                if (version != tree.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                depth = 0;
                current = null;
                PushLeft(tree.root);
            }
        }
    }

    public class SortedSet<T> : ISet<T>, ICollection, IReadOnlyCollection<T>
    {
        private SortedTree<T> tree;

        public SortedSet() : this((IComparer<T>)null)
        {
        }

        public SortedSet(IComparer<T> comparer)
        {
            tree = new SortedTree<T>(comparer ?? Comparer<T>.Default);
        }

        public SortedSet(IEnumerable<T> collection) : this(collection, null)
        {
        }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null)
                throw new ArgumentNullException("collection");
            UnionWith(collection);
        }

        public IComparer<T> Comparer
        {
            get { return tree.comparer; }
        }

        public int Count
        {
            get { return tree.count; }
        }

        public T Min
        {
            get
            {
                SortedTree<T>.Node n = tree.Min();
                return n == null ? default(T) : n.item;
            }
        }

        public T Max
        {
            get
            {
                SortedTree<T>.Node n = tree.Max();
                return n == null ? default(T) : n.item;
            }
        }

        public bool Add(T item)
        {
            return tree.Add(item);
        }

        void ICollection<T>.Add(T item)
        {
            tree.Add(item);
        }

        public bool Remove(T item)
        {
            return tree.Remove(item);
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null)
                throw new ArgumentNullException("match");
            T[] items = tree.ToArray();
            int removed = 0;
            for (int i = 0; i < items.Length; i++)
                if (match(items[i]) && tree.Remove(items[i]))
                    removed++;
            return removed;
        }

        public void Clear()
        {
            tree.Clear();
        }

        public bool Contains(T item)
        {
            return tree.Find(item) != null;
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            SortedTree<T>.Node n = tree.Find(equalValue);
            actualValue = n == null ? default(T) : n.item;
            return n != null;
        }

        public IEnumerable<T> Reverse()
        {
            T[] items = tree.ToArray();
            Array.Reverse<T>(items);
            return new List<T>(items);
        }

        public SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (tree.comparer.Compare(lowerValue, upperValue) > 0)
                throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            SortedSet<T> view = new SortedSet<T>(tree.comparer);
            foreach (T item in this)
                if (tree.comparer.Compare(item, lowerValue) >= 0 && tree.comparer.Compare(item, upperValue) <= 0)
                    view.Add(item);
            return view;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, Count);
        }

        public void CopyTo(T[] array, int index)
        {
            CopyTo(array, index, Count);
        }

        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (index > array.Length || count > array.Length - index)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            T[] items = tree.ToArray();
            Array.Copy(items, 0, array, index, Math.Min(count, items.Length));
        }

        // ---- set operations ----

        private static T[] ItemsOf(IEnumerable<T> other)
        {
            int n;
            T[] items = EnumerableHelpers.ToArray<T>(other, out n);
            if (n != items.Length)
                Array.Resize<T>(ref items, n);
            return items;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
                tree.Add(items[i]);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            SortedSet<T> keep = new SortedSet<T>(tree.comparer);
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
                if (Contains(items[i]))
                    keep.Add(items[i]);
            tree.Clear();
            foreach (T item in keep)
                tree.Add(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if ((object)other == this)
            {
                Clear();
                return;
            }
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
                tree.Remove(items[i]);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            if ((object)other == this)
            {
                Clear();
                return;
            }
            SortedSet<T> o = new SortedSet<T>(other, tree.comparer);
            foreach (T item in o)
                if (!tree.Remove(item))
                    tree.Add(item);
        }

        private void CountElements(IEnumerable<T> other, out int unique, out int unfound)
        {
            SortedSet<T> seen = new SortedSet<T>(tree.comparer);
            unique = 0;
            unfound = 0;
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
            {
                if (!Contains(items[i]))
                    unfound++;
                else if (seen.Add(items[i]))
                    unique++;
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique == Count;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique == Count && unfound > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
                if (!Contains(items[i]))
                    return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            int unique;
            int unfound;
            CountElements(other, out unique, out unfound);
            return unique < Count && unfound == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null)
                throw new ArgumentNullException("other");
            T[] items = ItemsOf(other);
            for (int i = 0; i < items.Length; i++)
                if (Contains(items[i]))
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
            return unique == Count && unfound == 0;
        }

        // ---- enumeration ----

        public Enumerator GetEnumerator()
        {
            return new Enumerator(tree);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return new Enumerator(tree);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(tree);
        }

        bool ICollection<T>.IsReadOnly
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

        void ICollection.CopyTo(Array array, int index)
        {
            T[] items = tree.ToArray();
            Array.Copy(items, 0, array, index, items.Length);
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private SortedTree<T>.Walker walker;

            internal Enumerator(SortedTree<T> tree)
            {
                walker = new SortedTree<T>.Walker(tree);
            }

            public bool MoveNext()
            {
                return walker.MoveNext();
            }

            public T Current
            {
                get { return walker.current == null ? default(T) : walker.current.item; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (walker.current == null)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return walker.current.item;
                }
            }

            void IEnumerator.Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }
    }

    internal sealed class KeyValuePairComparer<TKey, TValue> : Comparer<KeyValuePair<TKey, TValue>>
    {
        internal readonly IComparer<TKey> keyComparer;

        internal KeyValuePairComparer(IComparer<TKey> keyComparer)
        {
            this.keyComparer = keyComparer;
        }

        public override int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y)
        {
            return keyComparer.Compare(x.Key, y.Key);
        }
    }

    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private SortedTree<KeyValuePair<TKey, TValue>> tree;
        private IComparer<TKey> keyComparer;
        private KeyCollection keys;
        private ValueCollection values;

        public SortedDictionary() : this((IComparer<TKey>)null)
        {
        }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            keyComparer = comparer ?? Comparer<TKey>.Default;
            tree = new SortedTree<KeyValuePair<TKey, TValue>>(new KeyValuePairComparer<TKey, TValue>(keyComparer));
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null)
                throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                Add(pair.Key, pair.Value);
        }

        public IComparer<TKey> Comparer
        {
            get { return keyComparer; }
        }

        public int Count
        {
            get { return tree.count; }
        }

        private SortedTree<KeyValuePair<TKey, TValue>>.Node FindNode(TKey key)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            return tree.Find(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public TValue this[TKey key]
        {
            get
            {
                SortedTree<KeyValuePair<TKey, TValue>>.Node n = FindNode(key);
                if (n == null)
                    throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return n.item.Value;
            }
            set
            {
                SortedTree<KeyValuePair<TKey, TValue>>.Node n = FindNode(key);
                if (n == null)
                {
                    tree.Add(new KeyValuePair<TKey, TValue>(key, value));
                    return;
                }
                n.item = new KeyValuePair<TKey, TValue>(key, value);
                tree.version++;
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null)
                throw new ArgumentNullException("key");
            KeyValuePair<TKey, TValue> pair = new KeyValuePair<TKey, TValue>(key, value);
            if (!tree.Add(pair))
                throw new ArgumentException("An item with the same key has already been added. Key: " + pair.ToString());
        }

        public bool Remove(TKey key)
        {
            if (key == null)
                throw new ArgumentNullException("key");
            return tree.Remove(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public void Clear()
        {
            tree.Clear();
        }

        public bool ContainsKey(TKey key)
        {
            return FindNode(key) != null;
        }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            foreach (KeyValuePair<TKey, TValue> pair in this)
                if (c.Equals(pair.Value, value))
                    return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            SortedTree<KeyValuePair<TKey, TValue>>.Node n = FindNode(key);
            value = n == null ? default(TValue) : n.item.Value;
            return n != null;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (array.Length - index < Count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            KeyValuePair<TKey, TValue>[] items = tree.ToArray();
            Array.Copy(items, 0, array, index, items.Length);
        }

        public KeyCollection Keys
        {
            get
            {
                if (keys == null)
                    keys = new KeyCollection(this);
                return keys;
            }
        }

        public ValueCollection Values
        {
            get
            {
                if (values == null)
                    values = new ValueCollection(this);
                return values;
            }
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
            private SortedTree<KeyValuePair<TKey, TValue>>.Walker walker;
            private bool entryResult;

            internal Enumerator(SortedDictionary<TKey, TValue> dictionary, bool entryResult)
            {
                walker = new SortedTree<KeyValuePair<TKey, TValue>>.Walker(dictionary.tree);
                this.entryResult = entryResult;
            }

            public bool MoveNext()
            {
                return walker.MoveNext();
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return walker.current == null ? default(KeyValuePair<TKey, TValue>) : walker.current.item; }
            }

            private void CheckCurrent()
            {
                if (walker.current == null)
                    throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            }

            object IEnumerator.Current
            {
                get
                {
                    CheckCurrent();
                    if (entryResult)
                        return new DictionaryEntry(Current.Key, Current.Value);
                    return Current;
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    CheckCurrent();
                    return Current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    CheckCurrent();
                    return Current.Value;
                }
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    CheckCurrent();
                    return new DictionaryEntry(Current.Key, Current.Value);
                }
            }

            void IEnumerator.Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private SortedDictionary<TKey, TValue> dictionary;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public int Count
            {
                get { return dictionary.Count; }
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (index < 0 || array.Length - index < Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                    array[index++] = pair.Key;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                TKey[] items = new TKey[Count];
                CopyTo(items, 0);
                Array.Copy(items, 0, array, index, items.Length);
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
                return dictionary.ContainsKey(item);
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
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
                private SortedDictionary<TKey, TValue>.Enumerator e;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    e = dictionary.GetEnumerator();
                }

                public bool MoveNext()
                {
                    return e.MoveNext();
                }

                public TKey Current
                {
                    get { return e.Current.Key; }
                }

                object IEnumerator.Current
                {
                    get { return ((IDictionaryEnumerator)e).Key; }
                }

                void IEnumerator.Reset()
                {
                    ((IEnumerator)e).Reset();
                }

                public void Dispose()
                {
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private SortedDictionary<TKey, TValue> dictionary;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public int Count
            {
                get { return dictionary.Count; }
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (index < 0 || array.Length - index < Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                    array[index++] = pair.Value;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                TValue[] items = new TValue[Count];
                CopyTo(items, 0);
                Array.Copy(items, 0, array, index, items.Length);
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return dictionary.ContainsValue(item);
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
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
                private SortedDictionary<TKey, TValue>.Enumerator e;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    e = dictionary.GetEnumerator();
                }

                public bool MoveNext()
                {
                    return e.MoveNext();
                }

                public TValue Current
                {
                    get { return e.Current.Value; }
                }

                object IEnumerator.Current
                {
                    get { return ((IDictionaryEnumerator)e).Value; }
                }

                void IEnumerator.Reset()
                {
                    ((IEnumerator)e).Reset();
                }

                public void Dispose()
                {
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
            TValue v;
            return TryGetValue(keyValuePair.Key, out v) && EqualityComparer<TValue>.Default.Equals(v, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            TValue v;
            if (TryGetValue(keyValuePair.Key, out v) && EqualityComparer<TValue>.Default.Equals(v, keyValuePair.Value))
                return Remove(keyValuePair.Key);
            return false;
        }

        void ICollection.CopyTo(Array array, int index)
        {
            KeyValuePair<TKey, TValue>[] items = tree.ToArray();
            Array.Copy(items, 0, array, index, items.Length);
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
                TValue v;
                if (key is TKey && TryGetValue((TKey)key, out v))
                    return v;
                return null;
            }
            set { this[(TKey)key] = (TValue)value; }
        }

        void IDictionary.Add(object key, object value)
        {
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            return key is TKey && ContainsKey((TKey)key);
        }

        void IDictionary.Remove(object key)
        {
            if (key is TKey)
                Remove((TKey)key);
        }
    }

    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] keys;
        private TValue[] values;
        private int _size;
        private int version;
        private IComparer<TKey> comparer;
        private KeyList keyList;
        private ValueList valueList;

        public SortedList() : this(0, null)
        {
        }

        public SortedList(int capacity) : this(capacity, null)
        {
        }

        public SortedList(IComparer<TKey> comparer) : this(0, comparer)
        {
        }

        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            keys = capacity == 0 ? EmptyArray<TKey>.Value : new TKey[capacity];
            values = capacity == 0 ? EmptyArray<TValue>.Value : new TValue[capacity];
            this.comparer = comparer ?? Comparer<TKey>.Default;
        }

        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null)
                throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                Add(pair.Key, pair.Value);
        }

        public IComparer<TKey> Comparer
        {
            get { return comparer; }
        }

        public int Count
        {
            get { return _size; }
        }

        public int Capacity
        {
            get { return keys.Length; }
            set
            {
                if (value == keys.Length)
                    return;
                if (value < _size)
                    throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value > 0)
                {
                    TKey[] newKeys = new TKey[value];
                    TValue[] newValues = new TValue[value];
                    if (_size > 0)
                    {
                        Array.Copy(keys, 0, newKeys, 0, _size);
                        Array.Copy(values, 0, newValues, 0, _size);
                    }
                    keys = newKeys;
                    values = newValues;
                }
                else
                {
                    keys = EmptyArray<TKey>.Value;
                    values = EmptyArray<TValue>.Value;
                }
            }
        }

        private void EnsureCapacity(int min)
        {
            int newCapacity = keys.Length == 0 ? 4 : keys.Length * 2;
            if ((uint)newCapacity > 0x7FEFFFFF)
                newCapacity = 0x7FEFFFFF;
            if (newCapacity < min)
                newCapacity = min;
            Capacity = newCapacity;
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)keys.Length) * 0.9);
            if (_size < threshold)
                Capacity = _size;
        }

        public void Add(TKey key, TValue value)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            if (i >= 0)
                throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString(), "key");
            Insert(~i, key, value);
        }

        private void Insert(int index, TKey key, TValue value)
        {
            if (_size == keys.Length)
                EnsureCapacity(_size + 1);
            if (index < _size)
            {
                Array.Copy(keys, index, keys, index + 1, _size - index);
                Array.Copy(values, index, values, index + 1, _size - index);
            }
            keys[index] = key;
            values[index] = value;
            _size++;
            version++;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0)
                    return values[i];
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set
            {
                if (TypeTraits<TKey>.CanBeNull && key == null)
                    throw new ArgumentNullException("key");
                int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        public int IndexOfKey(TKey key)
        {
            if (TypeTraits<TKey>.CanBeNull && key == null)
                throw new ArgumentNullException("key");
            int ret = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            return ret >= 0 ? ret : -1;
        }

        public int IndexOfValue(TValue value)
        {
            return Array.IndexOf<TValue>(values, value, 0, _size);
        }

        public bool ContainsKey(TKey key)
        {
            return IndexOfKey(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            return IndexOfValue(value) >= 0;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
            {
                value = values[i];
                return true;
            }
            value = default(TValue);
            return false;
        }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= _size)
                throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size)
            {
                Array.Copy(keys, index + 1, keys, index, _size - index);
                Array.Copy(values, index + 1, values, index, _size - index);
            }
            keys[_size] = default(TKey);
            values[_size] = default(TValue);
            version++;
        }

        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
                RemoveAt(i);
            return i >= 0;
        }

        public void Clear()
        {
            version++;
            Array.Clear(keys, 0, _size);
            Array.Clear(values, 0, _size);
            _size = 0;
        }

        public IList<TKey> Keys
        {
            get
            {
                if (keyList == null)
                    keyList = new KeyList(this);
                return keyList;
            }
        }

        public IList<TValue> Values
        {
            get
            {
                if (valueList == null)
                    valueList = new ValueList(this);
                return valueList;
            }
        }

        // ---- enumeration ----

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
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

        private sealed class Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private SortedList<TKey, TValue> list;
            private int index;
            private int version;
            private bool entryResult;

            internal Enumerator(SortedList<TKey, TValue> list, bool entryResult)
            {
                this.list = list;
                version = list.version;
                this.entryResult = entryResult;
            }

            public bool MoveNext()
            {
                if (version != list.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if ((uint)index < (uint)list.Count)
                {
                    index++;
                    return true;
                }
                index = list.Count + 1;
                return false;
            }

            private void CheckCurrent()
            {
                if (index == 0 || index == list.Count + 1)
                    throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get
                {
                    if (index == 0 || index > list.Count)
                        return default(KeyValuePair<TKey, TValue>);
                    return new KeyValuePair<TKey, TValue>(list.keys[index - 1], list.values[index - 1]);
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    CheckCurrent();
                    if (entryResult)
                        return new DictionaryEntry(list.keys[index - 1], list.values[index - 1]);
                    return Current;
                }
            }

            public object Key
            {
                get
                {
                    CheckCurrent();
                    return list.keys[index - 1];
                }
            }

            public object Value
            {
                get
                {
                    CheckCurrent();
                    return list.values[index - 1];
                }
            }

            public DictionaryEntry Entry
            {
                get
                {
                    CheckCurrent();
                    return new DictionaryEntry(list.keys[index - 1], list.values[index - 1]);
                }
            }

            public void Reset()
            {
                if (version != list.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = 0;
            }

            public void Dispose()
            {
            }
        }

        // Keys and Values: read-only IList views over the arrays.
        private sealed class KeyList : IList<TKey>, ICollection
        {
            private SortedList<TKey, TValue> list;

            internal KeyList(SortedList<TKey, TValue> list)
            {
                this.list = list;
            }

            public int Count
            {
                get { return list._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            public TKey this[int index]
            {
                get
                {
                    if (index < 0 || index >= list._size)
                        throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return list.keys[index];
                }
                set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            }

            public void Add(TKey key)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void Clear()
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public bool Contains(TKey key)
            {
                return list.ContainsKey(key);
            }

            public void CopyTo(TKey[] array, int arrayIndex)
            {
                Array.Copy(list.keys, 0, array, arrayIndex, list._size);
            }

            void ICollection.CopyTo(Array array, int arrayIndex)
            {
                Array.Copy(list.keys, 0, array, arrayIndex, list._size);
            }

            public void Insert(int index, TKey value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public IEnumerator<TKey> GetEnumerator()
            {
                TKey[] copy = new TKey[list._size];
                Array.Copy(list.keys, copy, list._size);
                return new ArrayEnumerator<TKey>(copy);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }

            public int IndexOf(TKey key)
            {
                return list.IndexOfKey(key);
            }

            public bool Remove(TKey key)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return this; }
            }
        }

        private sealed class ValueList : IList<TValue>, ICollection
        {
            private SortedList<TKey, TValue> list;

            internal ValueList(SortedList<TKey, TValue> list)
            {
                this.list = list;
            }

            public int Count
            {
                get { return list._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            public TValue this[int index]
            {
                get
                {
                    if (index < 0 || index >= list._size)
                        throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return list.values[index];
                }
                set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            }

            public void Add(TValue value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void Clear()
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public bool Contains(TValue value)
            {
                return list.ContainsValue(value);
            }

            public void CopyTo(TValue[] array, int arrayIndex)
            {
                Array.Copy(list.values, 0, array, arrayIndex, list._size);
            }

            void ICollection.CopyTo(Array array, int arrayIndex)
            {
                Array.Copy(list.values, 0, array, arrayIndex, list._size);
            }

            public void Insert(int index, TValue value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public IEnumerator<TValue> GetEnumerator()
            {
                TValue[] copy = new TValue[list._size];
                Array.Copy(list.values, copy, list._size);
                return new ArrayEnumerator<TValue>(copy);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }

            public int IndexOf(TValue value)
            {
                return list.IndexOfValue(value);
            }

            public bool Remove(TValue value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return this; }
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
            int i = IndexOfKey(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = IndexOfKey(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], keyValuePair.Value))
            {
                RemoveAt(i);
                return true;
            }
            return false;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (arrayIndex < 0 || array.Length - arrayIndex < _size)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _size; i++)
                array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            KeyValuePair<TKey, TValue>[] pairs = new KeyValuePair<TKey, TValue>[_size];
            for (int i = 0; i < _size; i++)
                pairs[i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
            Array.Copy(pairs, 0, array, arrayIndex, _size);
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
            get { return (ICollection)Keys; }
        }

        ICollection IDictionary.Values
        {
            get { return (ICollection)Values; }
        }

        object IDictionary.this[object key]
        {
            get
            {
                TValue v;
                if (key is TKey && TryGetValue((TKey)key, out v))
                    return v;
                return null;
            }
            set { this[(TKey)key] = (TValue)value; }
        }

        void IDictionary.Add(object key, object value)
        {
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            return key is TKey && ContainsKey((TKey)key);
        }

        void IDictionary.Remove(object key)
        {
            if (key is TKey)
                Remove((TKey)key);
        }
    }
}
