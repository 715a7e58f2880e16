/* The cdef two blocks of the fixture share: `shapes` binds it, `render` includes it. */
struct point { long long x, y; };
typedef struct { struct point min, max; } box_t;
