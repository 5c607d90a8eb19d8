// Sorting int[]: bubble, insertion, quick and merge sort on the same pseudo-random data.
using System;

class SortInts
{
    static int seed = 12345;

    static int Next()
    {
        seed = seed * 1103515245 + 12345;
        return (seed >> 8) & 0xFFFF;
    }

    static int[] MakeData(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++)
            a[i] = Next() - 32768;
        return a;
    }

    static int[] Copy(int[] a)
    {
        int[] b = new int[a.Length];
        for (int i = 0; i < a.Length; i++) b[i] = a[i];
        return b;
    }

    static void Bubble(int[] a)
    {
        for (int i = 0; i < a.Length - 1; i++)
        {
            bool swapped = false;
            for (int j = 0; j < a.Length - 1 - i; j++)
            {
                if (a[j] > a[j + 1])
                {
                    int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
    }

    static void Insertion(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            int key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > key)
            {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void Quick(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int pivot = a[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j)
            {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++; j--;
            }
        }
        Quick(a, lo, j);
        Quick(a, i, hi);
    }

    static void Merge(int[] a, int[] tmp, int lo, int hi)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        Merge(a, tmp, lo, mid);
        Merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
            tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    static bool IsSorted(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
            if (a[i - 1] > a[i]) return false;
        return true;
    }

    static long Checksum(int[] a)
    {
        long h = 0;
        for (int i = 0; i < a.Length; i++)
            h = h * 31 + a[i];
        return h;
    }

    static void Print(string name, int[] a)
    {
        Console.Write(name + ":");
        for (int i = 0; i < a.Length; i++) Console.Write(" " + a[i]);
        Console.WriteLine();
    }

    static void Main()
    {
        int[] small = { 5, -3, 9, 0, 9, 2, -7, 1, 8, 3 };
        int[] s1 = Copy(small); Bubble(s1); Print("bubble", s1);
        int[] s2 = Copy(small); Insertion(s2); Print("insertion", s2);
        int[] s3 = Copy(small); Quick(s3, 0, s3.Length - 1); Print("quick", s3);
        int[] s4 = Copy(small); Merge(s4, new int[s4.Length], 0, s4.Length); Print("merge", s4);

        int[] data = MakeData(3000);
        int[] b = Copy(data); Bubble(b);
        int[] ins = Copy(data); Insertion(ins);
        int[] q = Copy(data); Quick(q, 0, q.Length - 1);
        int[] m = Copy(data); Merge(m, new int[m.Length], 0, m.Length);
        Console.WriteLine("sorted: " + IsSorted(b) + " " + IsSorted(ins) + " " + IsSorted(q) + " " + IsSorted(m));
        Console.WriteLine("checksums: " + Checksum(b) + " " + Checksum(ins) + " " + Checksum(q) + " " + Checksum(m));
        Console.WriteLine("min " + q[0] + " max " + q[q.Length - 1] + " median " + q[q.Length / 2]);

        int[] big = MakeData(100000);
        Quick(big, 0, big.Length - 1);
        int[] big2 = MakeData(100000);
        Merge(big2, new int[big2.Length], 0, big2.Length);
        Console.WriteLine("big: " + IsSorted(big) + " " + IsSorted(big2) + " " + Checksum(big) + " " + Checksum(big2));

        int[] empty = new int[0];
        Quick(empty, 0, -1); Bubble(empty); Insertion(empty);
        Console.WriteLine("empty ok: " + empty.Length);
    }
}
