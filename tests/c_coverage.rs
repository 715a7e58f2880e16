//! The C of real headers and of CFFI's cdef language, in API mode: bit-fields, anonymous
//! members, `long double`, `typedef int...`, the predeclared integer types, repeated
//! declarations, `source_file`, `packed`/`aligned`, `#define` constant expressions and an
//! empty block. Every layout comes from the compiler; C code checks what Rust wrote.

use std::ffi::c_int;

ffi_runtime::ffi! {
    pub mod cov {
        // A cdef concatenated from files that repeat each other, as CFFI projects do.
        cdef_file ["tests/cdefs/common.h", "tests/cdefs/extra.h"];
        cdef r#"
            struct header {
                unsigned version : 3;
                signed delta : 5;
                unsigned : 0;
                _Bool urgent : 1;
                union { int id; float weight; };
            };
            struct mixed {
                unsigned char tag;
                unsigned long long wide : 40;
                unsigned short small : 7;
                int straddle : 20;
                unsigned int : 0;
                unsigned tail : 2;
                signed char last;
            };
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
            typedef float... real_t;

            void header_set(struct header *h, unsigned v, int d, _Bool u, int id);
            int header_check(const struct header *h, unsigned v, int d, _Bool u, int id);
            void mixed_set(struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail);
            int mixed_check(const struct mixed *m, unsigned long long wide, unsigned small, int straddle, unsigned tail);
            int deep_sum(const struct deep *d);
            unsigned deep_bits(const struct deep *d);
            unsigned deep_float_bits(const struct deep *d);
            int wire_value(const struct wire *w);
            size_t slot_align(void);
            long double ld_scale(long double x, int n);
            void ld_store(long double *p, double v);
            double ld_load(const long double *p);
            double ld_box_read(struct ld_box b);
            real_t real_half(real_t x);
            char16_t c16_id(char16_t c);
            char32_t c32_id(char32_t c);
            int_least8_t least8_id(int_least8_t x);
            uint_least64_t uleast64_id(uint_least64_t x);
            int_fast16_t fast16_id(int_fast16_t x);
            uint_fast32_t ufast32_id(uint_fast32_t x);
            intmax_t max_id(intmax_t x);
            uintmax_t umax_id(uintmax_t x);
            int quadruple(int x);
            int triple(int x);   /* repeated once more */

            #define SHIFTED (1 << 3)
            #define FLAGS (FLAG_BASE | 0x10)
            #define MASK ~(unsigned char)0x0F
            #define BIG ((unsigned long long)1 << 40)
            #define NEGATIVE (-FLAGS * 2)
            #define RATIO (3 / 4.0)
        "#;
        source_file "tests/c/coverage.c";
    }
}

ffi_runtime::ffi! {
    /// A block that binds nothing still builds (and links nothing).
    pub mod empty {
        cdef "";
        source "";
    }
}

use cov::*;

#[test]
fn bit_fields_read_and_write_through_c_layout() {
    let mut h = header::default();
    h.set_version(5);
    h.set_delta(-9);
    h.set_urgent(true);
    h.set_id(77);
    assert!(unsafe { header_check(&h, 5, -9, true, 77) } != 0);
    assert_eq!(
        (h.version(), h.delta(), h.urgent(), h.id()),
        (5, -9, true, 77)
    );
    unsafe { header_set(&mut h, 2, 15, false, -1) };
    assert_eq!(
        (h.version(), h.delta(), h.urgent(), h.id()),
        (2, 15, false, -1)
    );
    // Setting one field leaves its neighbours in the same byte alone.
    h.set_version(7);
    assert_eq!((h.version(), h.delta()), (7, 15));
    // Out-of-range values are truncated to the field, as C does; signed ones sign-extend.
    h.set_delta(31);
    assert_eq!(h.delta(), -1);
    assert_eq!(
        format!("{h:?}").split(',').next(),
        Some("header { version: 7")
    );
}

#[test]
fn bit_fields_straddling_units_and_zero_width() {
    let mut m = mixed::default();
    m.tag = 0x5A;
    m.set_wide(0xAB_CDEF_0123);
    m.set_small(100);
    m.set_straddle(-300_000);
    m.set_tail(3);
    m.last = 7;
    assert!(unsafe { mixed_check(&m, 0xAB_CDEF_0123, 100, -300_000, 3) } != 0);
    unsafe { mixed_set(&mut m, (1 << 40) - 1, 127, 524_287, 1) };
    assert_eq!((m.tag, m.wide(), m.small()), (0xAB, (1 << 40) - 1, 127));
    assert_eq!((m.straddle(), m.tail(), m.last), (524_287, 1, -2));
}

#[test]
fn anonymous_members_nest_to_any_depth() {
    let mut d = deep {
        k: 1,
        ..Default::default()
    };
    d.set_lo(2);
    *d.hi_mut() = 3;
    d.set_x(4.0);
    assert_eq!(unsafe { deep_sum(&d) }, 10);
    assert_eq!((d.lo(), d.hi()), (2, 3));
    // The same bytes, through the union's other members.
    d.set_both(0);
    d.set_a(0xC);
    d.set_b(0x5);
    assert_eq!(unsafe { deep_bits(&d) }, 0xC5);
    d.set_f(1.0);
    assert_eq!(unsafe { deep_float_bits(&d) }, 1.0f32.to_bits());
    assert_eq!(d.u(), 1.0f32.to_bits());
    // The raw storage stays reachable.
    let _: &deep_anon0 = &d.anon0;
}

#[test]
fn packed_and_aligned_records_keep_c_layout() {
    assert_eq!((size_of::<wire>(), align_of::<wire>()), (7, 1));
    let w = wire {
        kind: 1,
        value: 40,
        port: 2,
    };
    // Fields of a packed struct are read by value: Rust refuses references to them.
    let value = w.value;
    assert_eq!(value, 40);
    assert_eq!(unsafe { wire_value(&w) }, 42);
    assert_eq!(align_of::<slot>(), slot_align());
    assert_eq!(size_of::<slot>(), 16);
}

#[test]
fn long_double_crosses_as_f64_and_keeps_its_bytes() {
    assert_eq!(ld_scale(1.5, 4), 6.0);
    let mut v = ffi_runtime::types::long_double::default();
    unsafe { ld_store(&mut v, 2.25) };
    assert_eq!(unsafe { ld_load(&v) }, 2.25);
    let b = ld_box { tag: 1, v };
    // A struct holding a `long double`, passed by value: through the glue, by pointer.
    assert_eq!(ld_box_read(b), 3.25);
    assert_eq!(size_of::<ffi_runtime::types::long_double>(), 16);
}

#[test]
fn probed_number_typedefs_and_predeclared_names() {
    let s: small_t = small_next(u16::MAX - 1);
    assert_eq!(s, u16::MAX);
    let r: real_t = real_half(5.0);
    let _: f64 = r;
    assert_eq!(r, 2.5);
    assert_eq!(c16_id(0x263A), 0x263A);
    assert_eq!(c32_id(0x1F600), 0x1F600);
    assert_eq!(least8_id(-128), -128);
    assert_eq!(uleast64_id(u64::MAX), u64::MAX);
    assert_eq!(fast16_id(-3), -3);
    assert_eq!(ufast32_id(7), 7);
    assert_eq!(max_id(i64::MIN), i64::MIN);
    assert_eq!(umax_id(u64::MAX), u64::MAX);
}

#[test]
fn macros_static_inline_and_repeated_declarations() {
    assert_eq!(triple(14), 42);
    assert_eq!(quadruple(10), 40);
}

#[test]
fn define_constant_expressions_are_typed_by_c() {
    let shifted: c_int = SHIFTED;
    let flags: c_int = FLAGS;
    let mask: c_int = MASK; // `~` promotes the `unsigned char` to `int`
    let big: std::ffi::c_ulonglong = BIG;
    let negative: c_int = NEGATIVE;
    let ratio: f64 = RATIO;
    assert_eq!((shifted, flags, mask, negative), (8, 0x13, !0x0F, -0x26));
    assert_eq!((big, ratio), (1 << 40, 0.75));
    assert_eq!(FLAG_BASE, 3);
}

ffi_runtime::ffi! {
    /// Structs from real headers: glibc's `struct timex` ends in eleven unnamed `int :32`
    /// bit-fields; Linux's `struct perf_event_attr` has 39 one-bit fields and anonymous unions.
    pub mod real {
        cdef r#"
            typedef unsigned int __u32;
            typedef unsigned long long __u64;
            struct timeval { long tv_sec; long tv_usec; };
            struct timex {
                unsigned int modes; long offset; long freq; long maxerror; long esterror;
                int status; long constant; long precision; long tolerance;
                struct timeval time; long tick; long ppsfreq; long jitter; int shift;
                long stabil; long jitcnt; long calcnt; long errcnt; long stbcnt; int tai;
                int :32; int :32; int :32; int :32; int :32; int :32; int :32; int :32;
                int :32; int :32; int :32;
            };
            struct perf_event_attr {
                __u32 type;
                __u32 size;
                __u64 config;
                union { __u64 sample_period; __u64 sample_freq; };
                __u64 sample_type;
                __u64 read_format;
                __u64 disabled : 1, inherit : 1, pinned : 1, exclusive : 1, exclude_user : 1,
                      exclude_kernel : 1, exclude_hv : 1, exclude_idle : 1, mmap : 1, comm : 1,
                      freq : 1, inherit_stat : 1, enable_on_exec : 1, task : 1, watermark : 1,
                      precise_ip : 2;
                union { __u32 wakeup_events; __u32 wakeup_watermark; };
                ...;
            };
            int timex_swap(struct timex *t);
            int attr_check(const struct perf_event_attr *a);
            void attr_init(struct perf_event_attr *a);
        "#;
        source r#"
            #include <string.h>
            #include <sys/timex.h>
            #include <linux/perf_event.h>
            int timex_swap(struct timex *t) {
                int ok = t->tick == 10000 && t->tai == 37 && t->time.tv_usec == 5;
                t->stbcnt = 99; t->shift = -4;
                return ok;
            }
            int attr_check(const struct perf_event_attr *a) {
                return a->disabled && !a->inherit && a->exclude_kernel && a->precise_ip == 2
                    && a->sample_period == 4000 && a->sample_freq == 4000
                    && a->wakeup_events == 5 && a->size == sizeof *a;
            }
            void attr_init(struct perf_event_attr *a) {
                memset(a, 0, sizeof *a);
                a->freq = 1; a->sample_freq = 99; a->watermark = 1; a->wakeup_watermark = 64;
                a->precise_ip = 3; a->comm = 1;
            }
        "#;
    }
}

#[test]
fn real_header_structs_with_bit_fields_and_anonymous_unions() {
    let mut t = real::timex::default();
    t.tick = 10000;
    t.tai = 37;
    t.time.tv_usec = 5;
    assert!(unsafe { real::timex_swap(&mut t) } != 0);
    assert_eq!((t.stbcnt, t.shift), (99, -4));
    assert_eq!(size_of::<real::timex>(), 208);

    let mut a = real::perf_event_attr::default();
    a.size = size_of::<real::perf_event_attr>() as u32;
    a.set_disabled(1);
    a.set_exclude_kernel(1);
    a.set_precise_ip(2);
    a.set_sample_period(4000);
    a.set_wakeup_events(5);
    assert!(unsafe { real::attr_check(&a) } != 0);
    unsafe { real::attr_init(&mut a) };
    assert_eq!(
        (
            a.freq(),
            a.sample_freq(),
            a.watermark(),
            a.wakeup_watermark()
        ),
        (1, 99, 1, 64)
    );
    assert_eq!(
        (a.precise_ip(), a.comm(), a.disabled(), a.mmap()),
        (3, 1, 0, 0)
    );
}
