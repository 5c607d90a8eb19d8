// typeof(T) and GetType() from several threads at once, over types none has asked for
// before, so that the runtime's table of Type objects fills and grows while others read it:
// every thread must get the one Type object of each type.
using System;
using System.Collections.Generic;
using System.Threading;

class Wrap<T>
{
}

class Pair<A, B>
{
}

class ThreadTypeof
{
    const int Threads = 4, Depth = 8;

    static void Walk<T>(int n, List<Type> acc)
    {
        acc.Add(typeof(T));
        acc.Add(new Pair<T, int>().GetType());
        acc.Add(typeof(Pair<string, T>));
        if (n > 0)
            Walk<Wrap<T>>(n - 1, acc);
    }

    static List<Type> All(int start)
    {
        List<Type>[] parts = new List<Type>[6];
        for (int k = 0; k < parts.Length; k++) {
            int which = (start + k) % parts.Length; // each thread in its own order
            List<Type> acc = new List<Type>();
            switch (which) {
            case 0: Walk<int>(Depth, acc); break;
            case 1: Walk<string>(Depth, acc); break;
            case 2: Walk<double>(Depth, acc); break;
            case 3: Walk<long>(Depth, acc); break;
            case 4: Walk<char>(Depth, acc); break;
            default: Walk<object>(Depth, acc); break;
            }
            parts[which] = acc;
        }
        List<Type> all = new List<Type>();
        foreach (List<Type> p in parts)
            all.AddRange(p);
        return all;
    }

    static void Main()
    {
        List<Type>[] seen = new List<Type>[Threads];
        Thread[] ts = new Thread[Threads];
        for (int i = 0; i < Threads; i++) {
            int me = i;
            ts[i] = new Thread(() => seen[me] = All(me));
        }
        foreach (Thread t in ts)
            t.Start();
        foreach (Thread t in ts)
            t.Join();
        List<Type> mine = All(0);
        bool same = true;
        int distinct = 0;
        for (int k = 0; k < mine.Count; k++) {
            for (int i = 0; i < Threads; i++)
                same &= ReferenceEquals(seen[i][k], mine[k]);
            if (mine.IndexOf(mine[k]) == k)
                distinct++;
        }
        Console.WriteLine(mine.Count + " types, " + distinct + " distinct, one object each: " + same);
        Console.WriteLine(mine[mine.Count - 1].Name + " " + (mine[4] == typeof(Pair<Wrap<int>, int>)));
    }
}
