// Arrays as the non-generic IList and ICollection (System.Array implements both): a
// fixed-size list whose Add/Insert/Remove refuse, whose indexer boxes and checks types, and
// whose CopyTo boxes value types into an object[] (Array.Copy's boxing and unboxing).
using System;
using System.Collections;

class ArrayIList
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static int CountOf(ICollection c) { return c.Count; }

    static void Main()
    {
        IList l = new int[] { 1, 2, 3 };
        Console.WriteLine(l.Count + " " + l[1] + " " + l.Contains(3) + " " + l.Contains("3") + " " + l.IndexOf(3));
        Console.WriteLine(l.IsFixedSize + " " + l.IsReadOnly + " " + (l.SyncRoot == l) + " " + l.IsSynchronized);
        Try("Add", () => l.Add(1));
        Try("Insert", () => l.Insert(0, 1));
        Try("Remove", () => l.Remove(1));
        Try("RemoveAt", () => l.RemoveAt(0));
        Try("get [5]", () => Console.WriteLine(l[5]));
        Try("set string", () => { l[0] = "x"; });
        Try("2-D indexer", () => Console.WriteLine(((IList)new int[2, 2])[0]));
        l[0] = 9;
        Console.WriteLine(l[0]);
        l.Clear();
        Console.WriteLine(l[0] + " " + l[2]);

        object[] boxes = new object[3];
        ((ICollection)new int[] { 4, 5, 6 }).CopyTo(boxes, 0);
        Console.WriteLine(boxes[2] + " " + boxes[0].GetType());
        int[] back = new int[3];
        Array.Copy(boxes, back, 3);
        Console.WriteLine(back[0] + back[1] + back[2]);
        IComparable[] cmp = new IComparable[2];
        Array.Copy(new double[] { 1.5, 2.5 }, cmp, 2);
        Console.WriteLine(cmp[1].CompareTo(2.5));
        DayOfWeek[] days = new DayOfWeek[2];
        Array.Copy(new object[] { DayOfWeek.Monday, DayOfWeek.Friday }, days, 2);
        Console.WriteLine(days[1]);
        Try("null into int[]", () => Array.Copy(new object[] { null }, new int[1], 1));
        Try("int[] into string[]", () => Array.Copy(new int[1], new string[1], 1));

        string[] words = { "b", "a" };
        IList wl = words;
        wl[1] = "z";
        Console.WriteLine(string.Join(",", words) + " " + wl.IndexOf("z") + " " + CountOf(words));
        Try("int into string[]", () => { wl[0] = 5; });

        object[] mixed = { 1, "two", null };
        foreach (object o in (IEnumerable)mixed)
            Console.Write((o ?? "null") + ";");
        Console.WriteLine();
        Console.WriteLine(CountOf(new int[4, 5]) + " " + (new int[0] is IList) + " " + (new int[1][] is ICollection));
    }
}
