// C that the cdef language refuses, each with its own located error.
ffi_runtime::ffi! {
    mod itself {
        cdef "struct s { int n; struct s inner; };";
        source "";
    }
}

// A named parameter of a `void` typedef (pangocairocffi's `typedef void cairo_font_type_t;`
// then `f(cairo_font_type_t fonttype)`): CFFI reads it as `(void)` and calls `f` without
// its argument; here it is an error.
ffi_runtime::ffi! {
    mod void_parameter {
        cdef "typedef void font_type_t; void *map_for(font_type_t fonttype);";
        dlopen "libc.so.6";
    }
}

ffi_runtime::ffi! {
    mod conflicting {
        cdef r#"
            int scale(int x);
            int scale(long x);
            #define LIMIT 10
            #define LIMIT 11
        "#;
        source "";
    }
}

ffi_runtime::ffi! {
    mod bits {
        cdef r#"
            struct too_wide { unsigned a : 40; };
            struct not_int { double d : 3; };
            struct named_zero { int z : 0; };
        "#;
        source "";
    }
}

ffi_runtime::ffi! {
    mod attributes {
        cdef r#"
            typedef float v4 __attribute__((vector_size(16)));
            struct both { char c; } __attribute__((packed, aligned(8)));
        "#;
        source "";
    }
}

ffi_runtime::ffi! {
    mod pragma {
        cdef r#"
            #pragma GCC visibility push(default)
            int f(void);
        "#;
        source "int f(void) { return 1; }";
    }
}

fn main() {
    let _ = pragma::f();
    let _: () = "the pragma block builds, with a warning";
}
