/* Repeats part of common.h, word for word and reformatted: bound once. */
typedef unsigned short small_t;
int triple(int);
#define FLAG_BASE 0x3
small_t small_next(small_t x);
