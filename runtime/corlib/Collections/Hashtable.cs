// Collections/Hashtable.cs — System.Collections.Hashtable, .NET Framework's open-
// addressing table (Mono 6.8 ships the reference source), so enumeration order
// matches Mono for keys whose hash codes match.
//
// Double hashing: a key with hash h starts at bucket h % size and steps by
// 1 + (h * 101) % (size - 1). The sign bit of a bucket's hash_coll records that some
// key probed past it (a collision), so a search stops at the first bucket without it.
// A removed key leaves a tombstone (key == the bucket array itself) when that bit is
// set. The table grows to the next prime past twice its size once count reaches
// loadsize = 0.72 * size; enumeration walks the buckets from the last to the first.
using System.Collections.Generic;

namespace System.Collections
{
    public class Hashtable : IDictionary, ICloneable
    {
        private struct Bucket
        {
            public object key;
            public object val;
            public int hash_coll;
        }

        private Bucket[] buckets;
        private int count;
        private int occupancy;
        private int loadsize;
        private float loadFactor;
        private int version;
        private IEqualityComparer _keycomparer;

        public Hashtable() : this(0, 1.0f)
        {
        }

        public Hashtable(int capacity) : this(capacity, 1.0f)
        {
        }

        public Hashtable(int capacity, float loadFactor)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (!(loadFactor >= 0.1f && loadFactor <= 1.0f))
                throw new ArgumentOutOfRangeException("loadFactor", "Load factor needs to be between 0.1 and 1.0.");
            this.loadFactor = 0.72f * loadFactor;
            double rawsize = capacity / this.loadFactor;
            if (rawsize > int.MaxValue)
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            int hashsize = (rawsize > 3) ? HashHelpers.GetPrime((int)rawsize) : 3;
            buckets = new Bucket[hashsize];
            loadsize = (int)(this.loadFactor * hashsize);
        }

        public Hashtable(IEqualityComparer equalityComparer) : this(0, 1.0f, equalityComparer)
        {
        }

        public Hashtable(int capacity, IEqualityComparer equalityComparer) : this(capacity, 1.0f, equalityComparer)
        {
        }

        public Hashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer) : this(capacity, loadFactor)
        {
            _keycomparer = equalityComparer;
        }

        public Hashtable(IDictionary d) : this(d, 1.0f)
        {
        }

        public Hashtable(IDictionary d, float loadFactor) : this(d, loadFactor, null)
        {
        }

        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(d, 1.0f, equalityComparer)
        {
        }

        public Hashtable(IDictionary d, float loadFactor, IEqualityComparer equalityComparer) : this(d != null ? d.Count : 0, loadFactor, equalityComparer)
        {
            if (d == null)
                throw new ArgumentNullException("d");
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext())
                Add(e.Key, e.Value);
        }

        public virtual int Count
        {
            get { return count; }
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsFixedSize
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

        protected IEqualityComparer EqualityComparer
        {
            get { return _keycomparer; }
        }

        public virtual ICollection Keys
        {
            get { return new KeyValueCollection(this, true); }
        }

        public virtual ICollection Values
        {
            get { return new KeyValueCollection(this, false); }
        }

        // ---- hashing ----

        protected virtual int GetHash(object key)
        {
            if (_keycomparer != null)
                return _keycomparer.GetHashCode(key);
            return key.GetHashCode();
        }

        protected virtual bool KeyEquals(object item, object key)
        {
            if (Object.ReferenceEquals(buckets, item))
                return false;
            if (Object.ReferenceEquals(item, key))
                return true;
            if (_keycomparer != null)
                return _keycomparer.Equals(item, key);
            return item == null ? false : item.Equals(key);
        }

        private uint InitHash(object key, int hashsize, out uint seed, out uint incr)
        {
            uint hashcode = (uint)GetHash(key) & 0x7FFFFFFF;
            seed = hashcode;
            incr = 1 + ((seed * (uint)HashHelpers.HashPrime) % ((uint)hashsize - 1));
            return hashcode;
        }

        // ---- lookup ----

        public virtual object this[object key]
        {
            get
            {
                int i = FindBucket(key);
                return i < 0 ? null : buckets[i].val;
            }
            set { Insert(key, value, false); }
        }

        private int FindBucket(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            uint seed;
            uint incr;
            Bucket[] lbuckets = buckets;
            uint hashcode = InitHash(key, lbuckets.Length, out seed, out incr);
            int ntry = 0;
            int bucketNumber = (int)(seed % (uint)lbuckets.Length);
            Bucket b;
            do
            {
                b = lbuckets[bucketNumber];
                if (b.key == null)
                    return -1;
                if (((b.hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(b.key, key))
                    return bucketNumber;
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)lbuckets.Length);
            } while (b.hash_coll < 0 && ++ntry < lbuckets.Length);
            return -1;
        }

        public virtual bool Contains(object key)
        {
            return FindBucket(key) >= 0;
        }

        public virtual bool ContainsKey(object key)
        {
            return FindBucket(key) >= 0;
        }

        public virtual bool ContainsValue(object value)
        {
            if (value == null)
            {
                for (int i = buckets.Length; --i >= 0;)
                    if (buckets[i].key != null && buckets[i].key != buckets && buckets[i].val == null)
                        return true;
                return false;
            }
            for (int i = buckets.Length; --i >= 0;)
            {
                object val = buckets[i].val;
                if (val != null && val.Equals(value))
                    return true;
            }
            return false;
        }

        // ---- changes ----

        public virtual void Add(object key, object value)
        {
            Insert(key, value, true);
        }

        public virtual void Clear()
        {
            if (count == 0 && occupancy == 0)
                return;
            for (int i = 0; i < buckets.Length; i++)
            {
                buckets[i].hash_coll = 0;
                buckets[i].key = null;
                buckets[i].val = null;
            }
            count = 0;
            occupancy = 0;
            version++;
        }

        public virtual void Remove(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            uint seed;
            uint incr;
            uint hashcode = InitHash(key, buckets.Length, out seed, out incr);
            int ntry = 0;
            Bucket b;
            int bn = (int)(seed % (uint)buckets.Length);
            do
            {
                b = buckets[bn];
                if (((b.hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(b.key, key))
                {
                    buckets[bn].hash_coll &= unchecked((int)0x80000000);
                    if (buckets[bn].hash_coll != 0)
                        buckets[bn].key = buckets;
                    else
                        buckets[bn].key = null;
                    buckets[bn].val = null;
                    count--;
                    version++;
                    return;
                }
                bn = (int)(((long)bn + incr) % (uint)buckets.Length);
            } while (b.hash_coll < 0 && ++ntry < buckets.Length);
        }

        private void Insert(object key, object nvalue, bool add)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            if (count >= loadsize)
                Expand();
            else if (occupancy > loadsize && count > 100)
                Rehash(buckets.Length);
            uint seed;
            uint incr;
            uint hashcode = InitHash(key, buckets.Length, out seed, out incr);
            int ntry = 0;
            int emptySlotNumber = -1;
            int bucketNumber = (int)(seed % (uint)buckets.Length);
            do
            {
                if (emptySlotNumber == -1 && buckets[bucketNumber].key == buckets && buckets[bucketNumber].hash_coll < 0)
                    emptySlotNumber = bucketNumber;
                if (buckets[bucketNumber].key == null || (buckets[bucketNumber].key == buckets && (buckets[bucketNumber].hash_coll & unchecked((int)0x80000000)) == 0))
                {
                    if (emptySlotNumber != -1)
                        bucketNumber = emptySlotNumber;
                    Store(bucketNumber, key, nvalue, hashcode);
                    return;
                }
                if (((buckets[bucketNumber].hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(buckets[bucketNumber].key, key))
                {
                    if (add)
                        throw new ArgumentException("Item has already been added. Key in dictionary: '" + buckets[bucketNumber].key + "'  Key being added: '" + key + "'");
                    buckets[bucketNumber].val = nvalue;
                    version++;
                    return;
                }
                if (emptySlotNumber == -1 && buckets[bucketNumber].hash_coll >= 0)
                {
                    buckets[bucketNumber].hash_coll |= unchecked((int)0x80000000);
                    occupancy++;
                }
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)buckets.Length);
            } while (++ntry < buckets.Length);
            if (emptySlotNumber != -1)
            {
                Store(emptySlotNumber, key, nvalue, hashcode);
                return;
            }
            throw new InvalidOperationException("Hashtable insert failed. Load factor too high. The most common cause is multiple threads writing to the Hashtable simultaneously.");
        }

        private void Store(int bucketNumber, object key, object nvalue, uint hashcode)
        {
            buckets[bucketNumber].val = nvalue;
            buckets[bucketNumber].key = key;
            buckets[bucketNumber].hash_coll |= (int)hashcode;
            count++;
            version++;
        }

        private void Expand()
        {
            Rehash(HashHelpers.ExpandPrime(buckets.Length));
        }

        private void Rehash(int newsize)
        {
            occupancy = 0;
            Bucket[] newBuckets = new Bucket[newsize];
            for (int nb = 0; nb < buckets.Length; nb++)
            {
                Bucket oldb = buckets[nb];
                if (oldb.key != null && oldb.key != buckets)
                    PutEntry(newBuckets, oldb.key, oldb.val, oldb.hash_coll & 0x7FFFFFFF);
            }
            buckets = newBuckets;
            loadsize = (int)(loadFactor * newsize);
            version++;
        }

        private void PutEntry(Bucket[] newBuckets, object key, object nvalue, int hashcode)
        {
            uint seed = (uint)hashcode;
            uint incr = 1 + ((seed * (uint)HashHelpers.HashPrime) % ((uint)newBuckets.Length - 1));
            int bucketNumber = (int)(seed % (uint)newBuckets.Length);
            while (true)
            {
                if (newBuckets[bucketNumber].key == null || newBuckets[bucketNumber].key == buckets)
                {
                    newBuckets[bucketNumber].val = nvalue;
                    newBuckets[bucketNumber].key = key;
                    newBuckets[bucketNumber].hash_coll |= hashcode;
                    return;
                }
                if (newBuckets[bucketNumber].hash_coll >= 0)
                {
                    newBuckets[bucketNumber].hash_coll |= unchecked((int)0x80000000);
                    occupancy++;
                }
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)newBuckets.Length);
            }
        }

        // ---- copying and enumeration ----

        public virtual object Clone()
        {
            Hashtable ht = new Hashtable(count, 1.0f, _keycomparer);
            int bucket = buckets.Length;
            while (bucket > 0)
            {
                bucket--;
                object keyv = buckets[bucket].key;
                if (keyv != null && keyv != buckets)
                    ht[keyv] = buckets[bucket].val;
            }
            return ht;
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (arrayIndex < 0)
                throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < Count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = buckets.Length; --i >= 0;)
            {
                object keyv = buckets[i].key;
                if (keyv != null && keyv != buckets)
                    array.SetValue(new DictionaryEntry(keyv, buckets[i].val), arrayIndex++);
            }
        }

        public virtual IDictionaryEnumerator GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        private sealed class HashtableEnumerator : IDictionaryEnumerator, ICloneable
        {
            internal const int Keys = 1;
            internal const int Values = 2;
            internal const int DictEntry = 3;

            private Hashtable hashtable;
            private int bucket;
            private int version;
            private bool current;
            private int getObjectRetType;
            private object currentKey;
            private object currentValue;

            internal HashtableEnumerator(Hashtable hashtable, int getObjRetType)
            {
                this.hashtable = hashtable;
                bucket = hashtable.buckets.Length;
                version = hashtable.version;
                current = false;
                getObjectRetType = getObjRetType;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public object Key
            {
                get
                {
                    if (!current)
                        throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    return currentKey;
                }
            }

            public bool MoveNext()
            {
                if (version != hashtable.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (bucket > 0)
                {
                    bucket--;
                    object keyv = hashtable.buckets[bucket].key;
                    if (keyv != null && keyv != hashtable.buckets)
                    {
                        currentKey = keyv;
                        currentValue = hashtable.buckets[bucket].val;
                        current = true;
                        return true;
                    }
                }
                current = false;
                return false;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (!current)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(currentKey, currentValue);
                }
            }

            public object Current
            {
                get
                {
                    if (!current)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    if (getObjectRetType == Keys)
                        return currentKey;
                    if (getObjectRetType == Values)
                        return currentValue;
                    return new DictionaryEntry(currentKey, currentValue);
                }
            }

            public object Value
            {
                get
                {
                    if (!current)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return currentValue;
                }
            }

            public void Reset()
            {
                if (version != hashtable.version)
                    throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                current = false;
                bucket = hashtable.buckets.Length;
                currentKey = null;
                currentValue = null;
            }
        }

        // Keys and Values: live views in the table's enumeration order.
        private sealed class KeyValueCollection : ICollection
        {
            private Hashtable hashtable;
            private bool keys;

            internal KeyValueCollection(Hashtable hashtable, bool keys)
            {
                this.hashtable = hashtable;
                this.keys = keys;
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (arrayIndex < 0)
                    throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
                if (array.Length - arrayIndex < hashtable.count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Bucket[] lbuckets = hashtable.buckets;
                for (int i = lbuckets.Length; --i >= 0;)
                {
                    object keyv = lbuckets[i].key;
                    if (keyv != null && keyv != hashtable.buckets)
                        array.SetValue(keys ? keyv : lbuckets[i].val, arrayIndex++);
                }
            }

            public IEnumerator GetEnumerator()
            {
                return new HashtableEnumerator(hashtable, keys ? HashtableEnumerator.Keys : HashtableEnumerator.Values);
            }

            public bool IsSynchronized
            {
                get { return false; }
            }

            public object SyncRoot
            {
                get { return hashtable; }
            }

            public int Count
            {
                get { return hashtable.count; }
            }
        }
    }
}
