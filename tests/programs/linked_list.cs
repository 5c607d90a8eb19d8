// A singly linked list of ints and a doubly linked list of strings, implemented with classes:
// push/append/remove/reverse/insert-sorted, iteration through references, null ends.
using System;

class Node
{
    public int Value;
    public Node Next;
    public Node(int v, Node next) { Value = v; Next = next; }
}

class IntList
{
    Node head;
    int count;

    public int Count { get { return count; } }

    public void Push(int v) { head = new Node(v, head); count++; }

    public void Append(int v)
    {
        Node n = new Node(v, null);
        count++;
        if (head == null) { head = n; return; }
        Node cur = head;
        while (cur.Next != null) cur = cur.Next;
        cur.Next = n;
    }

    public void InsertSorted(int v)
    {
        count++;
        if (head == null || v < head.Value) { head = new Node(v, head); return; }
        Node cur = head;
        while (cur.Next != null && cur.Next.Value <= v) cur = cur.Next;
        cur.Next = new Node(v, cur.Next);
    }

    public bool Remove(int v)
    {
        Node prev = null;
        for (Node cur = head; cur != null; prev = cur, cur = cur.Next)
        {
            if (cur.Value != v) continue;
            if (prev == null) head = cur.Next; else prev.Next = cur.Next;
            count--;
            return true;
        }
        return false;
    }

    public void Reverse()
    {
        Node prev = null, cur = head;
        while (cur != null)
        {
            Node next = cur.Next;
            cur.Next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
    }

    public long Sum()
    {
        long s = 0;
        for (Node n = head; n != null; n = n.Next) s += n.Value;
        return s;
    }

    public override string ToString()
    {
        string s = "[";
        for (Node n = head; n != null; n = n.Next) s += n.Value + (n.Next != null ? ", " : "");
        return s + "]";
    }
}

class DNode
{
    public string Value;
    public DNode Prev, Next;
}

class Deque
{
    DNode head, tail;
    public int Count;

    public void PushFront(string s)
    {
        DNode n = new DNode();
        n.Value = s; n.Next = head;
        if (head != null) head.Prev = n; else tail = n;
        head = n; Count++;
    }

    public void PushBack(string s)
    {
        DNode n = new DNode();
        n.Value = s; n.Prev = tail;
        if (tail != null) tail.Next = n; else head = n;
        tail = n; Count++;
    }

    public string PopFront()
    {
        if (head == null) return null;
        DNode n = head;
        head = n.Next;
        if (head != null) head.Prev = null; else tail = null;
        Count--;
        return n.Value;
    }

    public string PopBack()
    {
        if (tail == null) return null;
        DNode n = tail;
        tail = n.Prev;
        if (tail != null) tail.Next = null; else head = null;
        Count--;
        return n.Value;
    }

    public string Backwards()
    {
        string s = "";
        for (DNode n = tail; n != null; n = n.Prev) s += n.Value + " ";
        return s;
    }
}

class LinkedList
{
    static void Main()
    {
        IntList l = new IntList();
        for (int i = 1; i <= 5; i++) l.Push(i);
        for (int i = 6; i <= 8; i++) l.Append(i * 10);
        Console.WriteLine(l + " count " + l.Count + " sum " + l.Sum());
        l.Reverse();
        Console.WriteLine(l);
        Console.WriteLine(l.Remove(3) + " " + l.Remove(80) + " " + l.Remove(1000) + " " + l);
        IntList sorted = new IntList();
        int[] vals = { 5, 3, 9, -1, 7, 3, 0, 12, -8 };
        foreach (int v in vals) sorted.InsertSorted(v);
        Console.WriteLine(sorted + " count " + sorted.Count);
        IntList big = new IntList();
        for (int i = 0; i < 100000; i++) big.Push(i % 1000);
        big.Reverse();
        Console.WriteLine("big sum " + big.Sum() + " count " + big.Count);

        Deque d = new Deque();
        d.PushBack("b"); d.PushBack("c"); d.PushFront("a"); d.PushBack("d"); d.PushFront("z");
        Console.WriteLine(d.Backwards() + "count " + d.Count);
        Console.WriteLine(d.PopFront() + d.PopBack() + d.PopFront() + " left " + d.Count);
        Console.WriteLine(d.PopBack() + d.PopBack() + (d.PopBack() == null) + (d.PopFront() == null) + " " + d.Count);
    }
}
