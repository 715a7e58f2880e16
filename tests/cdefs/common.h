/* Shared by several cdefs (CFFI projects concatenate files like this one). */
typedef unsigned short small_t;
struct wire;
int triple(int x);
#define FLAG_BASE 0x3
