// A hash table implemented by hand with arrays: string keys, int values, separate chaining via
// parallel arrays, resizing, deletion; keys hashed with a hand-written FNV-1a.
using System;

class StringIntMap
{
    string[] keys;
    int[] values;
    int[] next;     // chain links, -1 terminates
    int[] buckets;  // index of first entry, -1 when empty
    int count, used, freeList = -1;

    public StringIntMap(int capacity)
    {
        keys = new string[capacity];
        values = new int[capacity];
        next = new int[capacity];
        buckets = new int[capacity];
        for (int i = 0; i < capacity; i++) buckets[i] = -1;
    }

    public int Count { get { return count; } }

    static uint Hash(string s)
    {
        uint h = 2166136261;
        for (int i = 0; i < s.Length; i++) { h ^= s[i]; h *= 16777619; }
        return h;
    }

    int FindIndex(string key)
    {
        int b = (int)(Hash(key) % (uint)buckets.Length);
        for (int i = buckets[b]; i >= 0; i = next[i])
            if (keys[i] == key) return i;
        return -1;
    }

    void Grow()
    {
        int n = keys.Length * 2;
        string[] oldKeys = keys;
        int[] oldValues = values;
        int oldUsed = used;
        keys = new string[n]; values = new int[n]; next = new int[n]; buckets = new int[n];
        for (int i = 0; i < n; i++) buckets[i] = -1;
        count = 0; used = 0; freeList = -1;
        for (int i = 0; i < oldUsed; i++)
            if (oldKeys[i] != null) Set(oldKeys[i], oldValues[i]);
    }

    public void Set(string key, int value)
    {
        int i = FindIndex(key);
        if (i >= 0) { values[i] = value; return; }
        if (freeList < 0 && used == keys.Length) Grow();
        int slot;
        if (freeList >= 0) { slot = freeList; freeList = next[slot]; }
        else slot = used++;
        int b = (int)(Hash(key) % (uint)buckets.Length);
        keys[slot] = key; values[slot] = value; next[slot] = buckets[b]; buckets[b] = slot;
        count++;
    }

    public bool TryGet(string key, out int value)
    {
        int i = FindIndex(key);
        value = i >= 0 ? values[i] : 0;
        return i >= 0;
    }

    public bool Remove(string key)
    {
        int b = (int)(Hash(key) % (uint)buckets.Length);
        int prev = -1;
        for (int i = buckets[b]; i >= 0; prev = i, i = next[i])
        {
            if (keys[i] != key) continue;
            if (prev < 0) buckets[b] = next[i]; else next[prev] = next[i];
            keys[i] = null;
            next[i] = freeList; freeList = i;
            count--;
            return true;
        }
        return false;
    }

    public int Capacity { get { return keys.Length; } }
}

class HashTable
{
    static void Main()
    {
        StringIntMap m = new StringIntMap(4);
        string text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs over the hill";
        string[] words = text.Split(' ');
        foreach (string w in words)
        {
            int c;
            m.TryGet(w, out c);
            m.Set(w, c + 1);
        }
        Console.WriteLine("distinct " + m.Count + " capacity " + m.Capacity);
        string[] probe = { "the", "fox", "dog", "over", "cat", "hill", "" };
        foreach (string p in probe)
        {
            int v;
            bool found = m.TryGet(p, out v);
            Console.WriteLine("'" + p + "' -> " + (found ? v.ToString() : "missing"));
        }
        Console.WriteLine(m.Remove("the") + " " + m.Remove("the") + " " + m.Remove("quick") + " count " + m.Count);
        m.Set("new", 1); m.Set("newer", 2);
        int x;
        Console.WriteLine(m.TryGet("the", out x) + " " + x + " " + m.TryGet("newer", out x) + " " + x + " count " + m.Count);

        StringIntMap big = new StringIntMap(16);
        for (int i = 0; i < 20000; i++) big.Set("k" + (i * 7919 % 10007), i);
        long sum = 0;
        int hits = 0;
        for (int i = 0; i < 10007; i++)
        {
            int v;
            if (big.TryGet("k" + i, out v)) { sum += v; hits++; }
        }
        Console.WriteLine("big count " + big.Count + " hits " + hits + " sum " + sum + " capacity " + big.Capacity);
        for (int i = 0; i < 10007; i += 2) big.Remove("k" + i);
        Console.WriteLine("after removals " + big.Count);
    }
}
