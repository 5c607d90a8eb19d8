// bench: binary-trees (Computer Language Benchmarks Game), max depth 17: allocation-heavy,
// measures the allocator and GC. Twin: binary_trees.c (malloc/free).
using System;

class TreeNode
{
    TreeNode left, right;

    TreeNode(TreeNode left, TreeNode right) { this.left = left; this.right = right; }

    public static TreeNode Bottom(int depth)
    {
        return depth > 0 ? new TreeNode(Bottom(depth - 1), Bottom(depth - 1)) : new TreeNode(null, null);
    }

    public int Check() { return left == null ? 1 : 1 + left.Check() + right.Check(); }
}

class BinaryTrees
{
    const int MinDepth = 4;
    const int MaxDepth = 17;

    static void Main()
    {
        int stretch = MaxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + TreeNode.Bottom(stretch).Check());
        TreeNode longLived = TreeNode.Bottom(MaxDepth);
        for (int d = MinDepth; d <= MaxDepth; d += 2)
        {
            int iterations = 1 << (MaxDepth - d + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += TreeNode.Bottom(d).Check();
            Console.WriteLine(iterations + "\t trees of depth " + d + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + MaxDepth + "\t check: " + longLived.Check());
    }
}
