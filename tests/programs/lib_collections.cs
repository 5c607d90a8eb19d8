// HashSet<T> (Add returning bool, Contains, Remove, Count, UnionWith, IntersectWith,
// ExceptWith, SetEquals, IsSubsetOf; printed sorted), Queue<T> (Enqueue, Dequeue, Peek,
// Count, Contains, ToArray, empty Dequeue throws), Stack<T> (Push, Pop, Peek, order,
// ToArray, empty Pop throws), and a BFS using a Queue and a HashSet.
using System;
using System.Collections.Generic;

class Program
{
    static string Sorted(IEnumerable<int> xs) { List<int> l = new List<int>(xs); l.Sort(); return "{" + string.Join(",", l.ConvertAll(x => x.ToString()).ToArray()) + "}"; }

    static void Main()
    {
        HashSet<int> a = new HashSet<int>();
        Console.WriteLine("Add 1: " + a.Add(1) + " Add 2: " + a.Add(2) + " Add 1 again: " + a.Add(1) + " Count " + a.Count);
        for (int i = 0; i < 20; i += 3) a.Add(i);
        HashSet<int> b = new HashSet<int> { 2, 3, 4, 5, 6 };
        Console.WriteLine("a " + Sorted(a) + " b " + Sorted(b) + " a.Contains(9) " + a.Contains(9) + " a.Contains(10) " + a.Contains(10));
        HashSet<int> u = new HashSet<int>(a); u.UnionWith(b);
        HashSet<int> n = new HashSet<int>(a); n.IntersectWith(b);
        HashSet<int> x = new HashSet<int>(a); x.ExceptWith(b);
        Console.WriteLine("union " + Sorted(u) + " intersect " + Sorted(n) + " except " + Sorted(x));
        Console.WriteLine("Remove 3: " + a.Remove(3) + " Remove 3 again: " + a.Remove(3) + " " + Sorted(a));
        Console.WriteLine("SetEquals " + new HashSet<int> { 1, 2 }.SetEquals(new[] { 2, 1, 1 }) + " IsSubsetOf " + new HashSet<int> { 2, 4 }.IsSubsetOf(b) + " Overlaps " + a.Overlaps(new[] { 100, 6 }));
        HashSet<string> words = new HashSet<string>();
        int dups = 0;
        foreach (string w in "to be or not to be that is the question".Split(' ')) if (!words.Add(w)) dups++;
        Console.WriteLine("distinct words " + words.Count + " dups " + dups + " has 'question' " + words.Contains("question"));

        Queue<string> q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine("peek " + q.Peek() + " dequeue " + q.Dequeue() + " count " + q.Count + " contains c " + q.Contains("c"));
        q.Enqueue("d");
        Console.WriteLine("queue array " + string.Join(",", q.ToArray()));
        while (q.Count > 0) Console.Write(q.Dequeue());
        Console.WriteLine();
        try { q.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("empty Dequeue -> " + e.GetType().Name); }

        Stack<int> s = new Stack<int>();
        for (int i = 1; i <= 5; i++) s.Push(i * 10);
        Console.WriteLine("peek " + s.Peek() + " pop " + s.Pop() + " pop " + s.Pop() + " count " + s.Count + " array " + string.Join(",", Array.ConvertAll(s.ToArray(), v => v.ToString())) + " contains 10 " + s.Contains(10));
        try { new Stack<char>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine("empty Pop -> " + e.GetType().Name); }

        // Balanced brackets with a Stack<char>
        foreach (string expr in new[] { "([]{()})", "([)]", "((", "" })
        {
            Stack<char> st = new Stack<char>();
            bool ok = true;
            foreach (char c in expr)
            {
                if (c == '(' || c == '[' || c == '{') st.Push(c);
                else { char open = c == ')' ? '(' : c == ']' ? '[' : '{'; if (st.Count == 0 || st.Pop() != open) { ok = false; break; } }
            }
            Console.Write("'" + expr + "'=" + (ok && st.Count == 0) + " ");
        }
        Console.WriteLine();

        // BFS on a grid graph: shortest distance from 0 to 24 moving +1 (not across rows) or +5
        Queue<int> frontier = new Queue<int>();
        HashSet<int> seen = new HashSet<int>();
        Dictionary<int, int> dist = new Dictionary<int, int>();
        frontier.Enqueue(0); seen.Add(0); dist[0] = 0;
        while (frontier.Count > 0)
        {
            int cur = frontier.Dequeue();
            foreach (int nx in new[] { cur + 1, cur + 5, cur - 5, cur - 1 })
            {
                if (nx < 0 || nx >= 25 || (nx == cur + 1 && nx % 5 == 0) || (nx == cur - 1 && cur % 5 == 0) || nx == 12 || !seen.Add(nx)) continue;
                dist[nx] = dist[cur] + 1;
                frontier.Enqueue(nx);
            }
        }
        Console.WriteLine("dist to 24 = " + dist[24] + ", reached " + seen.Count + " cells");
    }
}
