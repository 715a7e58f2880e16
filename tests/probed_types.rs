//! Types only the compiler knows (`typedef int... t;`, `typedef float... t;`) and types Rust
//! cannot pass (`long double`), in every kind of function: defined in `source`, declared by
//! a library, a macro; in static and shared mode. The glue's wrappers are written from what
//! the probe found, so a wrapper is never built for one signature and called with another
//! (`count_up(41)` used to recurse until the stack overflowed).

macro_rules! probed_types_block {
    ($name:ident $(, $mode:ident)?) => {
        ffi_runtime::ffi! {
            pub mod $name {
                cdef r#"
                    typedef int... counter_t;
                    typedef float... real_t;
                    typedef int... zcrc_t;
                    counter_t count_up(counter_t);            /* defined in source */
                    counter_t count_twice(counter_t);         /* a macro */
                    real_t halve(real_t);                     /* defined in source */
                    real_t root(real_t);                      /* a macro over libm */
                    double cbrt(double);                      /* libm, exact */
                    long double scale(long double, int);      /* defined in source */
                    long double sqrtl(long double);           /* libm */
                    zcrc_t crc32(zcrc_t, const unsigned char *, unsigned int);  /* zlib */
                "#;
                source r#"
                    #include <math.h>
                    #include <zlib.h>
                    typedef unsigned long long counter_t;
                    typedef double real_t;
                    typedef uLong zcrc_t;
                    counter_t count_up(counter_t c) { return c + 1; }
                    #define count_twice(c) ((c) * 2)
                    real_t halve(real_t x) { return x / 2; }
                    #define root(x) sqrt(x)
                    long double scale(long double x, int n) { return x * n; }
                "#;
                libraries ["m", "z"];
                $(mode $mode;)?
            }
        }
    };
}

probed_types_block!(linked, static);
probed_types_block!(loaded, shared);

macro_rules! probed_types_test {
    ($test:ident, $block:ident) => {
        #[test]
        fn $test() {
            use $block::*;
            // The compiler's types, not the cdef's guesses.
            assert_eq!(size_of::<counter_t>(), 8);
            assert_eq!(count_up(41), 42);
            assert_eq!(count_up(u64::MAX - 1), u64::MAX);
            assert_eq!(count_twice(1 << 40), 1 << 41);
            assert_eq!(halve(5.0), 2.5);
            assert_eq!(root(81.0), 9.0);
            assert!((cbrt(27.0) - 3.0).abs() < 1e-12);
            // `long double` crosses as `f64`, converted by the glue.
            assert_eq!(scale(1.5, 4), 6.0);
            assert_eq!(sqrtl(2.25), 1.5);
            let crc = unsafe { crc32(0, b"123456789".as_ptr(), 9) };
            assert_eq!(crc, 0xcbf4_3926);
        }
    };
}

probed_types_test!(static_mode, linked);
probed_types_test!(shared_mode, loaded);

// `typedef ... t;` by value: the compiler's size and alignment, and whether `t` is a number.
// A number is a safe value; anything else may be an address (`typedef struct h *handle_t;`,
// or a struct holding one) and makes its wrapper `unsafe`. `a_t`, incomplete in C, comes
// first: its failed questions once made the next typedef incomplete too, and `b_make` then
// wrote four bytes into a zero-sized value.
ffi_runtime::ffi! {
    mod opaque_values {
        cdef r#"
            typedef ... a_t;
            typedef ... b_t;
            typedef ... num_t;
            typedef ... handle_t;
            a_t *a_none(void);
            b_t b_make(int v);
            int b_get(b_t b);
            num_t num_from(long v);
            long num_to(num_t n);
            num_t num_double(num_t n);
            handle_t handle_new(int v);
            int handle_get(handle_t h);
        "#;
        source r#"
            struct a; typedef struct a a_t;
            typedef struct { int v; } b_t;
            typedef long num_t;
            typedef struct h { int v; } *handle_t;
            static struct h the_handle;
            a_t *a_none(void) { return 0; }
            b_t b_make(int v) { b_t b = { v }; return b; }
            int b_get(b_t b) { return b.v; }
            num_t num_from(long v) { return v; }
            long num_to(num_t n) { return n; }
            num_t num_double(num_t n) { return 2 * n; }
            handle_t handle_new(int v) { the_handle.v = v; return &the_handle; }
            int handle_get(handle_t h) { return h->v; }
        "#;
    }
}

#[test]
fn opaque_values_keep_their_size_and_only_numbers_are_safe() {
    use opaque_values as o;
    assert_eq!(std::mem::size_of::<o::b_t>(), 4);
    assert_eq!(
        std::mem::size_of::<o::num_t>(),
        std::mem::size_of::<std::ffi::c_long>()
    );
    assert_eq!(
        std::mem::size_of::<o::handle_t>(),
        std::mem::size_of::<*const ()>()
    );
    assert!(o::a_none().is_null());
    let b = o::b_make(7);
    let h = o::handle_new(11);
    // SAFETY: values C made, passed back as they came.
    let (bv, hv) = unsafe { (o::b_get(b), o::handle_get(h)) };
    assert_eq!((bv, hv), (7, 11));
    // A number: safe, and through the glue (Rust does not know how C passes it).
    assert_eq!(o::num_to(o::num_double(o::num_from(21))), 42);
}
