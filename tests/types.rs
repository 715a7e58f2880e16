//! Every kind of C type the cdef language knows, against C compiled from an inline source.

use std::ffi::{CStr, c_int, c_long, c_uint, c_ulong, c_void};

ffi_runtime::ffi! {
    /// A block exercising every type kind.
    pub mod kinds {
        cdef r#"
            #define ANSWER 42
            #define BIG 0x100000000
            #define MASK 0xFFu
            #define NEG -5
            #define GREETING "hi\tthere"
            #define RATIO 0.25
            #define HALF 0.5f
            #define LETTER 'A'

            struct point { int x, y; };
            typedef struct point point_t;
            typedef struct { double re, im; } complex_t;
            union number { int i; float f; unsigned char bytes[4]; };
            enum color { RED, GREEN = 5, BLUE };
            enum sign { MINUS = -1, ZERO, PLUS };
            typedef enum { SMALL = 1, LARGE = 2 } size_class;
            enum { LOOSE_A = 7, LOOSE_B };
            enum { WIDE = 0x80000000 };
            #define WIDE_SHIFTED (WIDE << 1)
            unsigned long long wide_shifted(void);
            struct shape {
                struct point corners[4];
                enum color color;
                union number weight;
                const char *name;
                struct shape *next;
                int (*area)(const struct shape *);
                struct { int lo, hi; } range;
            };
            struct opaque;
            typedef int (*binop)(int, int);
            typedef int unop_fn(int);
            typedef unsigned long long u64_t;

            int8_t  i8_id(int8_t);   uint8_t  u8_id(uint8_t);
            int16_t i16_id(int16_t); uint16_t u16_id(uint16_t);
            int32_t i32_id(int32_t); uint32_t u32_id(uint32_t);
            int64_t i64_id(int64_t); uint64_t u64_id(uint64_t);
            signed char sc_id(signed char); unsigned char uc_id(unsigned char);
            short s_id(short); unsigned short us_id(unsigned short);
            long l_id(long); unsigned long ul_id(unsigned long);
            long long ll_id(long long); u64_t ull_id(u64_t);
            float f_id(float); double d_id(double);
            bool not(bool); _Bool also_not(_Bool);
            size_t size_id(size_t); ssize_t ssize_id(ssize_t);
            ptrdiff_t pd_id(ptrdiff_t); intptr_t ip_id(intptr_t); uintptr_t up_id(uintptr_t);
            char char_id(char);

            point_t mid(struct point a, point_t b);
            complex_t cmul(complex_t a, complex_t b);
            float as_float(union number n);
            enum color next_color(enum color c);
            enum sign negate(enum sign s);
            size_class classify(int n);
            int apply(binop f, int a, int b);
            binop pick(int which);
            int call_unop(unop_fn *f, int x);
            int sum(const int *values, size_t n);
            void fill(int out[3], int v);
            size_t name_len(const char *name);
            int shape_area(const struct shape *s);
            struct opaque *opaque_new(int v);
            int opaque_get(const struct opaque *o);
            void opaque_free(struct opaque *o);
            void nothing(void);
            int no_params();

            int table[5];
            const char *const motto;
            extern double scale;
            int grid[2][3];
        "#;
        source r#"
            #include <stdint.h>
            #include <stdbool.h>
            #include <stddef.h>
            #include <stdlib.h>
            #include <string.h>
            #include <sys/types.h>

            struct point { int x, y; };
            typedef struct point point_t;
            typedef struct { double re, im; } complex_t;
            union number { int i; float f; unsigned char bytes[4]; };
            enum color { RED, GREEN = 5, BLUE };
            enum sign { MINUS = -1, ZERO, PLUS };
            typedef enum { SMALL = 1, LARGE = 2 } size_class;
            enum { LOOSE_A = 7, LOOSE_B };
            enum { WIDE = 0x80000000 };
            unsigned long long wide_shifted(void) { return WIDE << 1; }
            struct shape {
                struct point corners[4];
                enum color color;
                union number weight;
                const char *name;
                struct shape *next;
                int (*area)(const struct shape *);
                struct { int lo, hi; } range;
            };
            struct opaque { int v; };
            typedef int (*binop)(int, int);
            typedef int unop_fn(int);
            typedef unsigned long long u64_t;

            #define ID(T, name) T name(T x) { return x; }
            ID(int8_t, i8_id) ID(uint8_t, u8_id) ID(int16_t, i16_id) ID(uint16_t, u16_id)
            ID(int32_t, i32_id) ID(uint32_t, u32_id) ID(int64_t, i64_id) ID(uint64_t, u64_id)
            ID(signed char, sc_id) ID(unsigned char, uc_id) ID(short, s_id)
            ID(unsigned short, us_id) ID(long, l_id) ID(unsigned long, ul_id)
            ID(long long, ll_id) ID(u64_t, ull_id) ID(float, f_id) ID(double, d_id)
            ID(size_t, size_id) ID(ssize_t, ssize_id) ID(ptrdiff_t, pd_id)
            ID(intptr_t, ip_id) ID(uintptr_t, up_id) ID(char, char_id)
            bool not(bool b) { return !b; }
            _Bool also_not(_Bool b) { return !b; }

            point_t mid(struct point a, point_t b) {
                point_t m = { (a.x + b.x) / 2, (a.y + b.y) / 2 }; return m;
            }
            complex_t cmul(complex_t a, complex_t b) {
                complex_t r = { a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; return r;
            }
            float as_float(union number n) { return n.f; }
            enum color next_color(enum color c) { return c == RED ? GREEN : BLUE; }
            enum sign negate(enum sign s) { return (enum sign)(-(int)s); }
            size_class classify(int n) { return n < 10 ? SMALL : LARGE; }
            int apply(binop f, int a, int b) { return f(a, b); }
            static int c_sub(int a, int b) { return a - b; }
            static int c_mul(int a, int b) { return a * b; }
            binop pick(int which) { return which ? c_mul : c_sub; }
            int call_unop(unop_fn *f, int x) { return f(x); }
            int sum(const int *values, size_t n) {
                int s = 0; for (size_t i = 0; i < n; i++) s += values[i]; return s;
            }
            void fill(int out[3], int v) { out[0] = out[1] = out[2] = v; }
            size_t name_len(const char *name) { return strlen(name); }
            int shape_area(const struct shape *s) { return s->area(s); }
            struct opaque *opaque_new(int v) {
                struct opaque *o = malloc(sizeof *o); o->v = v; return o;
            }
            int opaque_get(const struct opaque *o) { return o->v; }
            void opaque_free(struct opaque *o) { free(o); }
            void nothing(void) {}
            int no_params() { return 7; }

            int table[5] = { 1, 2, 3, 4, 5 };
            const char *const motto = "small is beautiful";
            double scale = 1.5;
            int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
        "#;
    }
}

use kinds::*;

#[test]
fn integers_and_floats_round_trip_at_their_exact_types() {
    assert_eq!(i8_id(-128i8), -128);
    assert_eq!(u8_id(255u8), 255);
    assert_eq!(i16_id(-32768i16), -32768);
    assert_eq!(u16_id(65535u16), 65535);
    assert_eq!(i32_id(i32::MIN), i32::MIN);
    assert_eq!(u32_id(u32::MAX), u32::MAX);
    assert_eq!(i64_id(i64::MIN), i64::MIN);
    assert_eq!(u64_id(u64::MAX), u64::MAX);
    assert_eq!(sc_id(-1), -1);
    assert_eq!(uc_id(200), 200);
    assert_eq!(s_id(-2), -2);
    assert_eq!(us_id(60000), 60000);
    assert_eq!(l_id(c_long::MIN), c_long::MIN);
    assert_eq!(ul_id(c_ulong::MAX), c_ulong::MAX);
    assert_eq!(ll_id(-3), -3);
    let big: u64_t = 1 << 63;
    assert_eq!(ull_id(big), big);
    assert_eq!(f_id(1.5f32), 1.5);
    assert_eq!(d_id(-2.25f64), -2.25);
    assert!(not(false) && !not(true) && also_not(false));
    assert_eq!(size_id(usize::MAX), usize::MAX);
    assert_eq!(ssize_id(-7isize), -7);
    assert_eq!(pd_id(isize::MIN), isize::MIN);
    assert_eq!(ip_id(-1isize), -1);
    assert_eq!(up_id(usize::MAX), usize::MAX);
    assert_eq!(char_id(b'z' as std::ffi::c_char), b'z' as std::ffi::c_char);
    nothing();
    assert_eq!(no_params(), 7);
}

#[test]
fn defines_are_typed_by_c_rules() {
    let answer: c_int = ANSWER;
    let big: c_long = BIG;
    let mask: c_uint = MASK;
    let neg: c_int = NEG;
    let greeting: &CStr = GREETING;
    let ratio: f64 = RATIO;
    let half: f32 = HALF;
    let letter: c_int = LETTER;
    assert_eq!((answer, big, mask, neg), (42, 0x1_0000_0000, 255, -5));
    assert_eq!(greeting.to_bytes(), b"hi\tthere");
    assert_eq!((ratio, half, letter), (0.25, 0.5, 65));
}

#[test]
fn structs_and_unions_pass_by_value() {
    let a = point { x: 0, y: 10 };
    let b: point_t = point { x: 4, y: 20 };
    let m = mid(a, b);
    assert_eq!((m.x, m.y), (2, 15));
    let i = complex_t { re: 0.0, im: 1.0 };
    let sq = cmul(i, i);
    assert_eq!((sq.re, sq.im), (-1.0, 0.0));
    let n = number { f: 2.5 };
    assert_eq!(as_float(n), 2.5);
    assert_eq!(unsafe { number { f: 1.0 }.bytes }, 1.0f32.to_ne_bytes());
    assert_eq!(format!("{:?}", point::default()), "point { x: 0, y: 0 }");
}

#[test]
fn enums_are_transparent_integers_with_constants() {
    assert_eq!((RED, GREEN, BLUE), (color(0), color(5), color(6)));
    let _: c_uint = RED.0; // no negative enumerators: `unsigned int`, as GCC picks
    let _: c_int = MINUS.0; // a negative one: `int`
    assert_eq!(next_color(RED), GREEN);
    assert_eq!(next_color(GREEN), BLUE);
    assert_eq!(negate(MINUS), PLUS);
    assert_eq!(classify(3), SMALL);
    assert_eq!(classify(30), LARGE);
    assert_eq!((LOOSE_A, LOOSE_B), (7, 8));
    // An anonymous enum's constants are C's: `int`, as the `int` parameters they go to
    // expect; one that does not fit has the enum's type.
    let _: c_int = LOOSE_A;
    let _: c_uint = WIDE;
    assert_eq!(WIDE, 0x8000_0000);
    // Expressions of it are evaluated in that type, as C does: `WIDE << 1` wraps to 0.
    let _: c_uint = WIDE_SHIFTED;
    assert_eq!(u64::from(WIDE_SHIFTED), wide_shifted());
}

unsafe extern "C" fn rust_add(a: c_int, b: c_int) -> c_int {
    a + b
}

unsafe extern "C" fn rust_negate(x: c_int) -> c_int {
    -x
}

unsafe extern "C" fn rust_area(s: *const shape) -> c_int {
    let s = unsafe { &*s };
    (s.corners[2].x - s.corners[0].x) * (s.corners[2].y - s.corners[0].y)
}

#[test]
fn function_pointers_cross_both_ways() {
    assert_eq!(unsafe { apply(Some(rust_add), 2, 3) }, 5);
    let sub = pick(0).expect("C returns a function");
    let mul = pick(1).expect("C returns a function");
    assert_eq!(unsafe { (sub(9, 4), mul(9, 4)) }, (5, 36));
    let f: Option<unop_fn> = Some(rust_negate);
    assert_eq!(unsafe { call_unop(f, 4) }, -4);
}

#[test]
fn pointers_arrays_and_nested_structs() {
    let values = [1, 2, 3, 4];
    assert_eq!(unsafe { sum(values.as_ptr(), values.len()) }, 10);
    let mut out = [0; 3];
    unsafe { fill(out.as_mut_ptr(), 7) };
    assert_eq!(out, [7, 7, 7]);
    assert_eq!(name_len(c"seven"), 5);

    let mut s = shape::default();
    s.corners[2] = point { x: 3, y: 4 };
    s.area = Some(rust_area);
    s.range.lo = 1;
    s.color = BLUE;
    assert!(s.next.is_null());
    assert_eq!(unsafe { shape_area(&s) }, 12);
    let _: shape_range = s.range;

    unsafe {
        let o: *mut opaque = opaque_new(99);
        assert_eq!(opaque_get(o), 99);
        opaque_free(o);
    }
}

#[test]
fn globals_are_reached_through_pointers() {
    let t: *mut [c_int; 5] = table();
    unsafe {
        assert_eq!(*t, [1, 2, 3, 4, 5]);
        (*t)[0] = 10;
        assert_eq!((*table())[0], 10);
        // A `const` object is a constant (CFFI's reading): its value, read at run time.
        assert_eq!(CStr::from_ptr(motto()).to_str(), Ok("small is beautiful"));
        *scale() *= 2.0;
        assert_eq!(*scale(), 3.0);
        assert_eq!((*grid())[1], [4, 5, 6]);
    }
    let _: *const std::ffi::c_char = motto();
    let _ = std::ptr::null::<c_void>();
}

// C may use the names the expansion imports (`c_int`, `Option`, `CStr`, …): those stay
// C's, and C's own `int` is then spelled `::core::ffi::c_int`.
ffi_runtime::ffi! {
    pub mod shadowing {
        cdef r#"
            typedef long c_int;
            typedef struct Option { int some; } Option;
            typedef const char *CStr;
            c_int widen(int a, c_int b);
            int some_of(Option o, int (*get)(int));
            size_t span(CStr s, const char *t);
        "#;
        source r#"
            #include <string.h>
            typedef long c_int;
            typedef struct Option { int some; } Option;
            typedef const char *CStr;
            c_int widen(int a, c_int b) { return (c_int)a * b; }
            int some_of(Option o, int (*get)(int)) { return get ? get(o.some) : o.some; }
            size_t span(CStr s, const char *t) { return strlen(s) + strlen(t); }
        "#;
    }
}

#[test]
fn c_names_shadow_the_expansions_imports() {
    use shadowing::*;
    let _: fn(i32, c_long) -> c_long = widen;
    let _: shadowing::c_int = 0_i64 as c_long;
    assert_eq!(widen(3, 1 << 40), 3 << 40);
    unsafe extern "C" fn twice(v: std::ffi::c_int) -> std::ffi::c_int {
        v * 2
    }
    let o = shadowing::Option { some: 21 };
    let _: unsafe extern "C" fn(
        shadowing::Option,
        std::option::Option<unsafe extern "C" fn(i32) -> i32>,
    ) -> i32 = sys::some_of;
    assert_eq!(unsafe { some_of(o, Some(twice)) }, 42);
    let _: *const std::ffi::c_char = std::ptr::null::<i8>() as shadowing::CStr;
    assert_eq!(span(c"abc", c"de"), 5);
}

// The layout check names each record through an alias `T`: a C record called `T` must
// still be checked against itself. And C keeps struct tags apart from functions (`struct
// stat` and `stat()`): `sys` has both, the function raw.
ffi_runtime::ffi! {
    mod named_t {
        cdef "struct T { char tag; double value; }; struct T t_make(double value); int T(int);";
        source "struct T { char tag; double value; };
                struct T t_make(double value) { struct T t = { 't', value }; return t; }
                int T(int x) { return x + 1; }";
    }
}

#[test]
fn a_record_named_t() {
    let t: named_t::sys::T = named_t::t_make(2.5);
    assert_eq!((t.tag as u8, t.value), (b't', 2.5));
    assert_eq!(std::mem::size_of::<named_t::T>(), 16);
    assert_eq!((named_t::T(1), unsafe { named_t::sys::T(2) }), (2, 3));
}
