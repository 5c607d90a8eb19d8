/* bench: C twin of binary_trees.cs, with malloc/free instead of a GC. */
#include <stdio.h>
#include <stdlib.h>

#define MIN_DEPTH 4
#define MAX_DEPTH 17

typedef struct Node {
  struct Node *left, *right;
} Node;

static Node *new_node(Node *left, Node *right) {
  Node *n = malloc(sizeof(Node));
  n->left = left;
  n->right = right;
  return n;
}

static Node *bottom(int depth) {
  return depth > 0 ? new_node(bottom(depth - 1), bottom(depth - 1)) : new_node(NULL, NULL);
}

static int check(const Node *n) { return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right); }

static void free_tree(Node *n) {
  if (n->left) {
    free_tree(n->left);
    free_tree(n->right);
  }
  free(n);
}

int main(void) {
  int stretch = MAX_DEPTH + 1;
  Node *s = bottom(stretch);
  printf("stretch tree of depth %d\t check: %d\n", stretch, check(s));
  free_tree(s);
  Node *long_lived = bottom(MAX_DEPTH);
  for (int d = MIN_DEPTH; d <= MAX_DEPTH; d += 2) {
    int iterations = 1 << (MAX_DEPTH - d + MIN_DEPTH);
    int sum = 0;
    for (int i = 0; i < iterations; i++) {
      Node *t = bottom(d);
      sum += check(t);
      free_tree(t);
    }
    printf("%d\t trees of depth %d\t check: %d\n", iterations, d, sum);
  }
  printf("long lived tree of depth %d\t check: %d\n", MAX_DEPTH, check(long_lived));
  free_tree(long_lived);
  return 0;
}
