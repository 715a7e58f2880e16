/* The translation unit of tests/c_coverage.rs (`source_file`): the glue and the probe see
 * it exactly as they see `source`, so the static inline function and the macro below are
 * callable from Rust. */
#include <stdint.h>
#include <uchar.h>
#include <string.h>

struct header {
    unsigned version : 3;
    signed delta : 5;
    unsigned : 0;
    _Bool urgent : 1;
    union { int id; float weight; };
};

/* Mixed widths, a field straddling storage units, a zero-width field. */
struct mixed {
    unsigned char tag;
    unsigned long long wide : 40;
    unsigned short small : 7;
    int straddle : 20;
    unsigned int : 0;
    unsigned tail : 2;
    signed char last;
};

/* Anonymous members nested two deep, with bit-fields inside. */
struct deep {
    int k;
    union {
        struct { short lo, hi; };
        int both;
        struct { unsigned a : 4, b : 4; };
    };
    struct { double x; union { float f; unsigned u; }; };
};

struct __attribute__((packed)) wire { char kind; int value; short port; };
struct slot { char c; } __attribute__((aligned(16)));
struct ld_box { char tag; long double v; };

typedef unsigned short small_t;
typedef double real_t;

void header_set(struct header *h, unsigned v, int d, _Bool u, int id) {
    h->version = v; h->delta = d; h->urgent = u; h->id = id;
}
int header_check(const struct header *h, unsigned v, int d, _Bool u, int id) {
    return h->version == v && h->delta == d && h->urgent == u && h->id == id;
}
void mixed_set(struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail) {
    m->tag = 0xAB; m->wide = wide; m->small = small; m->straddle = straddle; m->tail = tail; m->last = -2;
}
int mixed_check(const struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail) {
    return m->tag == 0x5A && m->wide == wide && m->small == small && m->straddle == straddle
        && m->tail == tail && m->last == 7;
}
int deep_sum(const struct deep *d) { return d->k + d->lo + d->hi + (int)d->x; }
unsigned deep_bits(const struct deep *d) { return d->a * 16 + d->b; }
unsigned deep_float_bits(const struct deep *d) { return d->u; }

int wire_value(const struct wire *w) { return w->value + w->port; }
size_t slot_align(void) { return _Alignof(struct slot); }

long double ld_scale(long double x, int n) { return x * n; }
void ld_store(long double *p, double v) { *p = v; }
double ld_load(const long double *p) { return (double)*p; }
double ld_box_read(struct ld_box b) { return (double)b.v + b.tag; }

small_t small_next(small_t x) { return (small_t)(x + 1); }
real_t real_half(real_t x) { return x / 2; }

char16_t c16_id(char16_t c) { return c; }
char32_t c32_id(char32_t c) { return c; }
int_least8_t least8_id(int_least8_t x) { return x; }
uint_least64_t uleast64_id(uint_least64_t x) { return x; }
int_fast16_t fast16_id(int_fast16_t x) { return x; }
uint_fast32_t ufast32_id(uint_fast32_t x) { return x; }
intmax_t max_id(intmax_t x) { return x; }
uintmax_t umax_id(uintmax_t x) { return x; }

static inline int triple(int x) { return 3 * x; }
#define QUADRUPLE(x) (4 * (x))
#define quadruple(x) QUADRUPLE(x)
#define FLAG_BASE 0x3
