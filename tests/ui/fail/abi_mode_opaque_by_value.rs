// ABI mode reads `typedef ... t;` as CFFI does: an incomplete type, used behind pointers.
// A function passing one by value is left out, with one note (a warning, made an error
// here to pin it), and naming it is an unknown name; a function pointer type over one is
// `OpaqueFn`, which C's pointers can be held as but Rust cannot call.
#![deny(deprecated)]

ffi_runtime::ffi! {
    mod handles {
        cdef r#"
            typedef ... GType;
            typedef ... gconstpointer;
            typedef int (*compare_fn)(gconstpointer a, gconstpointer b);
            GType thing_get_type(void);
            int thing_sort(void *items, compare_fn cmp);
            int abs(int);
        "#;
        dlopen "libc.so.6";
    }
}

fn main() {
    let _ = handles::thing_get_type();
    let none: handles::compare_fn = ffi_runtime::types::OpaqueFn::NULL;
    assert!(none.is_null() && handles::abs(-2) == 2);
}
