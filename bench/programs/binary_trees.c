/* bench: C twin of binary_trees.cs, with malloc/free instead of a GC. */
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

#define MIN_DEPTH 4

typedef struct Node {
    struct Node *left, *right;
} Node;

static Node *new_node(Node *left, Node *right)
{
    Node *n = malloc(sizeof(Node));
    n->left = left;
    n->right = right;
    return n;
}

static Node *bottom(int depth)
{
    return depth > 0 ? new_node(bottom(depth - 1), bottom(depth - 1)) : new_node(NULL, NULL);
}

static int check(const Node *n)
{
    return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right);
}

static void free_tree(Node *n)
{
    if (n->left) {
        free_tree(n->left);
        free_tree(n->right);
    }
    free(n);
}

/* run: checks[0] = stretch tree, checks[d] = trees of depth d, checks[1] = long-lived tree. */
static void run(int max_depth, int *checks)
{
    Node *s = bottom(max_depth + 1);
    checks[0] = check(s);
    free_tree(s);
    Node *long_lived = bottom(max_depth);
    for (int d = MIN_DEPTH; d <= max_depth; d += 2) {
        int iterations = 1 << (max_depth - d + MIN_DEPTH);
        int sum = 0;
        for (int i = 0; i < iterations; i++) {
            Node *t = bottom(d);
            sum += check(t);
            free_tree(t);
        }
        checks[d] = sum;
    }
    checks[1] = check(long_lived);
    free_tree(long_lived);
}

int main(int argc, char **argv)
{
    int iterations = bench_arg(argc, argv, 0, 8), max_depth = bench_arg(argc, argv, 1, 15);
    if (max_depth < MIN_DEPTH + 2) max_depth = MIN_DEPTH + 2;
    int *checks = calloc(max_depth + 1, sizeof(int));
    for (int it = 0; it < iterations; it++) {
        double start = bench_start();
        run(max_depth, checks);
        bench_lap(it, start);
    }
    printf("stretch tree of depth %d\t check: %d\n", max_depth + 1, checks[0]);
    for (int d = MIN_DEPTH; d <= max_depth; d += 2)
        printf("%d\t trees of depth %d\t check: %d\n", 1 << (max_depth - d + MIN_DEPTH), d,
               checks[d]);
    printf("long lived tree of depth %d\t check: %d\n", max_depth, checks[1]);
    free(checks);
    return 0;
}
