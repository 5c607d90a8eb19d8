// bench: binary-trees (Computer Language Benchmarks Game): allocation-heavy, measures the
// allocator and the GC. One iteration = the whole benchmark for maximum depth SIZE (a stretch
// tree, many short-lived trees, one long-lived tree); the last iteration's checks are printed.
// Twin: binary_trees.c (malloc/free).
// bench-args: full: 8 15 | quick: 3 10 | startup: 1 4
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

    // Run(maxDepth, checks): checks[0] = stretch tree, checks[d] = trees of depth d,
    // checks[1] = long-lived tree.
    static void Run(int maxDepth, int[] checks)
    {
        checks[0] = TreeNode.Bottom(maxDepth + 1).Check();
        TreeNode longLived = TreeNode.Bottom(maxDepth);
        for (int d = MinDepth; d <= maxDepth; d += 2)
        {
            int iterations = 1 << (maxDepth - d + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += TreeNode.Bottom(d).Check();
            checks[d] = check;
        }
        checks[1] = longLived.Check();
    }

    static void Main(string[] args)
    {
        int iterations = Bench.Arg(args, 0, 8), maxDepth = Bench.Arg(args, 1, 15);
        if (maxDepth < MinDepth + 2) maxDepth = MinDepth + 2;
        int[] checks = new int[maxDepth + 1];
        for (int it = 0; it < iterations; it++)
        {
            long start = Bench.Now();
            Run(maxDepth, checks);
            Bench.Lap(it, start, Bench.Now());
        }
        Console.WriteLine("stretch tree of depth " + (maxDepth + 1) + "\t check: " + checks[0]);
        for (int d = MinDepth; d <= maxDepth; d += 2)
            Console.WriteLine((1 << (maxDepth - d + MinDepth)) + "\t trees of depth " + d + "\t check: " + checks[d]);
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + checks[1]);
    }
}
