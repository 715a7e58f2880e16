//! What API mode's glue makes possible: macros and `static inline` functions called like
//! functions, and blocks that are hermetic (each sees only its own C definitions).

ffi_runtime::ffi! {
    mod first {
        cdef "int add(int a, int b); int counter; int bump(void);";
        source r#"
            int add(int a, int b) { return a + b; }
            int counter = 10;
            int bump(void) { return ++counter; }
        "#;
    }
}

ffi_runtime::ffi! {
    mod second {
        cdef "int add(int a, int b); int counter; int bump(void);";
        source r#"
            int add(int a, int b) { return a * b; }   /* same name, different meaning */
            int counter = 100;
            int bump(void) { return counter += 100; }
        "#;
    }
}

ffi_runtime::ffi! {
    mod macros {
        cdef r#"
            int square(int x);
            int twice(int x);
            int max3(int a, int b, int c);
        "#;
        source r#"
            #define square(x) ((x) * (x))
            static inline int twice(int x) { return 2 * x; }
            static int max2(int a, int b) { return a > b ? a : b; }
            #define max3(a, b, c) max2(max2(a, b), c)
        "#;
    }
}

#[test]
fn two_blocks_with_the_same_c_names_each_call_their_own() {
    assert_eq!(first::add(6, 7), 13);
    assert_eq!(second::add(6, 7), 42);
    assert_eq!(first::bump(), 11);
    assert_eq!(second::bump(), 200);
    assert_eq!(first::bump(), 12);
    assert_eq!(unsafe { *first::counter() }, 12);
    assert_eq!(unsafe { *second::counter() }, 200);
}

#[test]
fn macros_and_static_inline_functions_are_callable() {
    assert_eq!(macros::square(9), 81);
    assert_eq!(macros::twice(21), 42);
    assert_eq!(macros::max3(3, 9, 4), 9);
}
