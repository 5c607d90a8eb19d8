// bench: a dictionary/string workload: builds a text of SIZE words drawn (skewed towards
// the first ones) from a generated vocabulary with StringBuilder, splits it with Substring,
// counts the words in a hash table keyed by string, then looks up SIZE/4 probes made of a
// word minus its first letter plus "s", mostly absent (Substring, concatenation, failed lookups). Checksums are independent of the
// table's order. Twin: word_count.c (slices of one buffer, no per-word allocation).
//
// The table is written by hand because ilc's corlib has no
// System.Collections.Generic.Dictionary yet; when it has, WordTable can become a
// Dictionary<string, int> without changing the output (WordTable.Hash only feeds the checksum).
// bench-args: full: 15 500000 | quick: 3 5000 | startup: 1 100
using System;
using System.Text;

class WordTable
{
    string[] keys;
    int[] counts, next, buckets;
    int count;

    public WordTable()
    {
        keys = new string[16];
        counts = new int[16];
        next = new int[16];
        buckets = new int[16];
        for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
    }

    public int Count { get { return count; } }
    public string KeyAt(int i) { return keys[i]; }
    public int CountAt(int i) { return counts[i]; }

    // Hash: FNV-1a over the UTF-16 code units, non-negative.
    public static int Hash(string s)
    {
        uint h = 2166136261;
        for (int i = 0; i < s.Length; i++)
        {
            h ^= s[i];
            h *= 16777619;
        }
        return (int)(h & 0x7fffffff);
    }

    public int Find(string key)
    {
        for (int e = buckets[Hash(key) & (buckets.Length - 1)]; e >= 0; e = next[e])
            if (keys[e] == key) return e;
        return -1;
    }

    public void Increment(string key)
    {
        int e = Find(key);
        if (e >= 0) { counts[e]++; return; }
        if (count == keys.Length) Grow();
        int b = Hash(key) & (buckets.Length - 1);
        keys[count] = key;
        counts[count] = 1;
        next[count] = buckets[b];
        buckets[b] = count;
        count++;
    }

    void Grow()
    {
        int size = keys.Length * 2;
        string[] k = new string[size];
        int[] c = new int[size];
        Array.Copy(keys, k, count);
        Array.Copy(counts, c, count);
        keys = k;
        counts = c;
        next = new int[size];
        buckets = new int[size];
        for (int i = 0; i < size; i++) buckets[i] = -1;
        for (int e = 0; e < count; e++)
        {
            int b = Hash(keys[e]) & (size - 1);
            next[e] = buckets[b];
            buckets[b] = e;
        }
    }
}

class WordCount
{
    const int Vocabulary = 4096;
    static uint seed;

    static int Next()
    {
        seed = seed * 1664525u + 1013904223u;
        return (int)(seed >> 8);
    }

    // Run(n, result): result = { distinct words, most frequent count, probe hits, checksum }.
    static void Run(int n, long[] result)
    {
        seed = 12345;
        string[] vocab = new string[Vocabulary];
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < Vocabulary; v++)
        {
            sb.Clear();
            int len = 3 + Next() % 8;
            for (int j = 0; j < len; j++) sb.Append((char)('a' + Next() % 26));
            vocab[v] = sb.ToString();
        }
        sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            int a = Next() % Vocabulary, b = Next() % Vocabulary;
            if (i > 0) sb.Append(' ');
            sb.Append(vocab[a < b ? a : b]);
        }
        string text = sb.ToString();

        WordTable table = new WordTable();
        int start = 0;
        for (int pos = 0; pos <= text.Length; pos++)
        {
            if (pos < text.Length && text[pos] != ' ') continue;
            table.Increment(text.Substring(start, pos - start));
            start = pos + 1;
        }

        long hits = 0;
        for (int i = 0; i < n / 4; i++)
            if (table.Find(vocab[Next() % Vocabulary].Substring(1) + "s") >= 0) hits++;

        long max = 0, checksum = 0;
        for (int e = 0; e < table.Count; e++)
        {
            int c = table.CountAt(e);
            if (c > max) max = c;
            checksum += (long)c * (WordTable.Hash(table.KeyAt(e)) % 1000003);
        }
        result[0] = table.Count;
        result[1] = max;
        result[2] = hits;
        result[3] = checksum;
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 15), n = Bench.Arg(args, 1, 500000);
        long[] result = new long[4];
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            Run(n, result);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine("words: " + n);
        Console.WriteLine("distinct: " + result[0]);
        Console.WriteLine("most frequent: " + result[1]);
        Console.WriteLine("probe hits: " + result[2]);
        Console.WriteLine("checksum: " + result[3]);
    }
}
