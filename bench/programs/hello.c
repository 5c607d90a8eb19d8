/* bench: C twin of hello.cs. */
#include <stdio.h>

int main(void)
{
    puts("Hello, World!");
    return 0;
}
