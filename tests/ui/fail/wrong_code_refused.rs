// Cdefs that used to build into wrong code: each is now a located error.

// A macro called through its wrapper with a pointer of another type: the warning that
// would have been dropped is an error at the cdef line.
ffi_runtime::ffi! { mod macro_arguments {
    cdef "int count(const char *s);";
    source r#"
        static int count_ints(int *p) { return p ? 1 : 0; }
        #define count(s) count_ints(s)
    "#;
} }

// A `static const` the compiler gives another value than the cdef writes.
ffi_runtime::ffi! { mod static_const_value {
    cdef "static const int WIDTH = 80;";
    source "#define WIDTH 120";
} }

// A global declared with another type than the C's.
ffi_runtime::ffi! { mod global_type {
    cdef "extern double ratio;";
    source "float ratio = 0.5f;";
} }

fn main() {}
