// Sorting string[] with string.CompareOrdinal: insertion, quick and merge sort.
using System;

class SortStrings
{
    static void Insertion(string[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            string key = a[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(a[j], key) > 0)
            {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void Quick(string[] a, int lo, int hi)
    {
        while (lo < hi)
        {
            string pivot = a[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (string.CompareOrdinal(a[i], pivot) < 0) i++;
                while (string.CompareOrdinal(a[j], pivot) > 0) j--;
                if (i <= j)
                {
                    string t = a[i]; a[i] = a[j]; a[j] = t;
                    i++; j--;
                }
            }
            if (j - lo < hi - i) { Quick(a, lo, j); lo = i; }
            else { Quick(a, i, hi); hi = j; }
        }
    }

    static string[] MergeSort(string[] a)
    {
        if (a.Length <= 1) return a;
        int mid = a.Length / 2;
        string[] left = new string[mid];
        string[] right = new string[a.Length - mid];
        for (int i = 0; i < mid; i++) left[i] = a[i];
        for (int i = mid; i < a.Length; i++) right[i - mid] = a[i];
        left = MergeSort(left);
        right = MergeSort(right);
        string[] result = new string[a.Length];
        int l = 0, r = 0, k = 0;
        while (l < left.Length && r < right.Length)
        {
            if (string.CompareOrdinal(left[l], right[r]) <= 0) result[k++] = left[l++];
            else result[k++] = right[r++];
        }
        while (l < left.Length) result[k++] = left[l++];
        while (r < right.Length) result[k++] = right[r++];
        return result;
    }

    static string[] Copy(string[] a)
    {
        string[] b = new string[a.Length];
        for (int i = 0; i < a.Length; i++) b[i] = a[i];
        return b;
    }

    static void Main()
    {
        string[] words = {
            "pear", "Apple", "banana", "apple", "cherry", "", "Banana", "zebra", "a", "ab",
            "abc", "Zulu", "mango", "kiwi", "apple pie", "apples", "_under", "123", "9lives", "~tilde"
        };
        string[] a = Copy(words); Insertion(a);
        Console.WriteLine("insertion: " + string.Join(",", a));
        string[] b = Copy(words); Quick(b, 0, b.Length - 1);
        Console.WriteLine("quick:     " + string.Join(",", b));
        string[] c = MergeSort(Copy(words));
        Console.WriteLine("merge:     " + string.Join(",", c));

        bool same = true;
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i] || !a[i].Equals(c[i])) same = false;
        Console.WriteLine("all equal: " + same);

        // Generate many strings from a small LCG and sort them.
        string[] gen = new string[2000];
        uint x = 2463534242;
        for (int i = 0; i < gen.Length; i++)
        {
            string s = "";
            int len = 1 + (int)(x % 6);
            for (int k = 0; k < len; k++)
            {
                x ^= x << 13; x ^= x >> 17; x ^= x << 5;
                s += (char)('a' + (int)(x % 26));
            }
            gen[i] = s;
        }
        string[] g1 = Copy(gen); Quick(g1, 0, g1.Length - 1);
        string[] g2 = MergeSort(gen);
        int diffs = 0;
        for (int i = 0; i < g1.Length; i++) if (g1[i] != g2[i]) diffs++;
        Console.WriteLine("generated: first=" + g1[0] + " last=" + g1[g1.Length - 1] + " mid=" + g1[1000] + " diffs=" + diffs);
        int sorted = 1;
        for (int i = 1; i < g1.Length; i++) if (string.CompareOrdinal(g1[i - 1], g1[i]) > 0) sorted = 0;
        Console.WriteLine("sorted=" + sorted);
    }
}
