//! Wrong code that used to build is now right (or refused: see `tests/ui/fail/
//! wrong_code_refused.rs`), and the rest of CFFI's cdef forms.

use std::ffi::{CStr, c_int};

ffi_runtime::ffi! {
    pub mod fixed {
        cdef r#"
            typedef ... real_t;                 /* a double in C: never in integer registers */
            real_t half(real_t x);
            real_t make_real(double v);
            double real_value(real_t r);

            typedef int row_t[...];             /* its length from the compiler */
            int row_sum(const int *row);

            typedef void v_t;
            int no_args(v_t);                   /* a typedef'd `void` is still `(void)` */

            typedef ... handle_t;               /* incomplete in C: a pointer-only handle */
            handle_t *handle_new(int v);
            int handle_get(handle_t *h);
            void handle_free(handle_t *h);

            enum mode { M_READ = ..., M_WRITE = ..., M_APPEND };
            static int counter;                 /* `static T x;`: a global, as in CFFI */
            const int LIMIT = 8 << 2;           /* a constant with its value */
            static const long BIG = 1L << 40;
            static const char *const GREETING;  /* a string, from the compiler */
            int (*const twice_ptr)(int);        /* a function's address, as a constant */
            size_t measure(const wchar_t *w, int n, ...);
        "#;
        source r#"
            /* No #include: size_t, wchar_t and va_list come from the prologue. */
            typedef double real_t;
            real_t half(real_t x) { return x / 2; }
            real_t make_real(double v) { return v; }
            double real_value(real_t r) { return r; }
            typedef int row_t[5];
            int row_sum(const int *row) { int s = 0; for (int i = 0; i < 5; i++) s += row[i]; return s; }
            typedef void v_t;
            int no_args(v_t) { return 7; }
            struct handle_s { int v; };
            typedef struct handle_s handle_t;
            static struct handle_s pool[4];
            static int used;
            handle_t *handle_new(int v) { pool[used].v = v; return &pool[used++]; }
            int handle_get(handle_t *h) { return h->v; }
            void handle_free(handle_t *h) { h->v = -1; }
            enum mode { M_READ = 4, M_WRITE = 8, M_APPEND };
            static int counter = 3;
            #define LIMIT 32
            static const long BIG = 1L << 40;
            #define GREETING "hello"
            int twice(int x) { return 2 * x; }
            int (*const twice_ptr)(int) = twice;
            size_t measure(const wchar_t *w, int n, ...) {
                va_list ap; va_start(ap, n);
                size_t total = 0;
                for (int i = 0; i < n; i++) total += va_arg(ap, size_t);
                va_end(ap);
                return total + (w ? 1 : 0);
            }
        "#;
    }
}

use fixed::*;

#[test]
fn opaque_values_cross_as_c_passes_them() {
    // `real_t` is a `double`: passed by value through the glue, by pointer, so it is never
    // put in integer registers (which returned garbage before).
    let r = make_real(5.0);
    assert_eq!(real_value(half(r)), 2.5);
    assert_eq!((size_of::<real_t>(), align_of::<real_t>()), (8, 8));
}

#[test]
fn array_typedef_gets_its_length() {
    let row: row_t = [1, 2, 3, 4, 5];
    assert_eq!(row.len(), 5);
    assert_eq!(unsafe { row_sum(row.as_ptr()) }, 15);
}

#[test]
fn typedef_void_parameter_list_is_empty() {
    assert_eq!(no_args(), 7);
}

#[test]
fn incomplete_opaque_types_are_handles() {
    unsafe {
        let h: *mut handle_t = handle_new(41);
        assert_eq!(handle_get(h), 41);
        handle_free(h);
        assert_eq!(handle_get(h), -1);
    }
}

#[test]
fn enumerators_dots_and_after() {
    assert_eq!((M_READ.0, M_WRITE.0, M_APPEND.0), (4, 8, 9));
}

#[test]
fn static_globals_constants_and_function_addresses() {
    unsafe {
        assert_eq!(*counter(), 3);
        *counter() += 1;
        assert_eq!(*counter(), 4);
    }
    let limit: c_int = LIMIT;
    let big: std::ffi::c_long = BIG;
    assert_eq!((limit, big), (32, 1 << 40));
    let greeting: &CStr = GREETING;
    assert_eq!(greeting, c"hello");
    let twice = twice_ptr().expect("C gave its address");
    assert_eq!(unsafe { twice(21) }, 42);
}

#[test]
fn prologue_provides_what_source_uses_without_including() {
    let w: [ffi_runtime::types::wchar_t; 1] = [0];
    assert_eq!(unsafe { measure(w.as_ptr(), 2, 10usize, 20usize) }, 31);
}
