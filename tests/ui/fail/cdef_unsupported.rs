ffi_runtime::ffi! {
    mod includes {
        cdef "#include <zlib.h>\nint f(void);";
        source "int f(void) { return 1; }";
    }
}

ffi_runtime::ffi! {
    mod function_macro {
        cdef "#define MAX(a, b) ((a) > (b) ? (a) : (b))";
        source "";
    }
}

ffi_runtime::ffi! {
    mod complex {
        cdef "double _Complex cexp_like(double _Complex z);";
        source "";
    }
}

ffi_runtime::ffi! {
    mod kr {
        cdef "int old(a, b);";
        source "";
    }
}

ffi_runtime::ffi! {
    mod bodies {
        cdef "int f(void) { return 1; }";
        source "";
    }
}

ffi_runtime::ffi! {
    mod bad_define {
        cdef "#define LIMIT (FOO + 1)";
        source "";
    }
}

// Only an integer literal makes a constant of a non-`const` object (CFFI's rule).
ffi_runtime::ffi! {
    mod initialized_variable {
        cdef "int limit = 1 + 2;";
        source "";
    }
}

ffi_runtime::ffi! {
    mod long_double {
        cdef "long double fabsl(long double);";
        libraries ["m"];
    }
}

// A long run of signs would take C's parser exponential time; in a string it is text.
ffi_runtime::ffi! {
    mod sign_run {
        cdef r#"
            #define RULE "----------------------------------------"
            int a[1 ---------------------------------------- 1];
        "#;
        dlopen "libc.so.6";
    }
}

fn main() {}
