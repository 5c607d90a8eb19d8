// A binary search tree with insert, lookup, delete, in-order traversal, height, plus the
// binary-trees benchmark pattern (allocate and check many complete trees).
using System;

class TreeNode
{
    public int Key;
    public string Value;
    public TreeNode Left, Right;
    public TreeNode(int k, string v) { Key = k; Value = v; }
}

class Bst
{
    TreeNode root;
    public int Count;

    public void Insert(int k, string v) { root = Insert(root, k, v); }

    TreeNode Insert(TreeNode n, int k, string v)
    {
        if (n == null) { Count++; return new TreeNode(k, v); }
        if (k < n.Key) n.Left = Insert(n.Left, k, v);
        else if (k > n.Key) n.Right = Insert(n.Right, k, v);
        else n.Value = v;
        return n;
    }

    public string Find(int k)
    {
        TreeNode n = root;
        while (n != null)
        {
            if (k == n.Key) return n.Value;
            n = k < n.Key ? n.Left : n.Right;
        }
        return null;
    }

    public void Delete(int k) { root = Delete(root, k); }

    TreeNode Delete(TreeNode n, int k)
    {
        if (n == null) return null;
        if (k < n.Key) { n.Left = Delete(n.Left, k); return n; }
        if (k > n.Key) { n.Right = Delete(n.Right, k); return n; }
        Count--;
        if (n.Left == null) return n.Right;
        if (n.Right == null) return n.Left;
        TreeNode m = n.Right;
        while (m.Left != null) m = m.Left;
        n.Key = m.Key; n.Value = m.Value;
        Count++;
        n.Right = Delete(n.Right, m.Key);
        return n;
    }

    public int Height() { return Height(root); }
    static int Height(TreeNode n) { return n == null ? 0 : 1 + Math.Max(Height(n.Left), Height(n.Right)); }

    public string InOrder() { return InOrder(root); }
    static string InOrder(TreeNode n)
    {
        if (n == null) return "";
        return InOrder(n.Left) + n.Key + "=" + n.Value + " " + InOrder(n.Right);
    }
}

class Tree
{
    Tree left, right;

    public static Tree Bottom(int depth)
    {
        Tree t = new Tree();
        if (depth > 0) { t.left = Bottom(depth - 1); t.right = Bottom(depth - 1); }
        return t;
    }

    public int Check() { return left == null ? 1 : 1 + left.Check() + right.Check(); }
}

class BinaryTree
{
    static void Main()
    {
        Bst t = new Bst();
        int[] keys = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30 };
        foreach (int k in keys) t.Insert(k, "v" + k);
        Console.WriteLine(t.InOrder());
        Console.WriteLine("count " + t.Count + " height " + t.Height());
        Console.WriteLine(t.Find(45) + " " + t.Find(65) + " " + (t.Find(99) == null));
        t.Delete(20); t.Delete(30); t.Delete(50); t.Delete(1234);
        Console.WriteLine(t.InOrder());
        Console.WriteLine("count " + t.Count + " height " + t.Height());

        Bst big = new Bst();
        uint x = 1;
        for (int i = 0; i < 20000; i++) { x = x * 1664525 + 1013904223; big.Insert((int)(x >> 12), null); }
        Console.WriteLine("big count " + big.Count + " height " + big.Height());

        int maxDepth = 14;
        Tree longLived = Tree.Bottom(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2)
        {
            int iterations = 1 << (maxDepth - d + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += Tree.Bottom(d).Check();
            Console.WriteLine(iterations + "\t trees of depth " + d + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
    }
}
