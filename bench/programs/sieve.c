/* bench: C twin of sieve.cs. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 20000000
#define ROUNDS 10

static int run(bool *composite, int n) {
  for (int i = 0; i <= n; i++) composite[i] = false;
  int count = 0;
  for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (long j = (long)i * i; j <= n; j += i) composite[j] = true;
  }
  return count;
}

int main(void) {
  bool *composite = calloc(LIMIT + 1, sizeof(bool));
  int count = 0;
  for (int r = 0; r < ROUNDS; r++) count = run(composite, LIMIT - r);
  long checksum = 0;
  for (int i = 2; i <= LIMIT - ROUNDS + 1; i++)
    if (!composite[i]) checksum = (checksum * 31 + i) % 1000000007;
  printf("primes: %d\n", count);
  printf("checksum: %ld\n", checksum);
  free(composite);
  return 0;
}
