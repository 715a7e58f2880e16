#![allow(unused_imports)]

use std::ffi::{c_int, c_void};

// The implementation's signature disagrees with the C declaration: rustc's type error,
// at the user's function.
ffi_runtime::ffi! {
    mod mismatch {
        cdef r#" extern "Rust" int visit(void *ctx, int value); "#;
        source r#" int visit(void *ctx, int value); "#;

        fn visit(value: c_int) -> c_int {
            value
        }
    }
}

// A declaration without an implementation, and an implementation without a declaration.
ffi_runtime::ffi! {
    mod unpaired {
        cdef r#"
            extern "Rust" int visit(void *ctx, int value);
        "#;
        source r#" int visit(void *ctx, int value); "#;

        fn vist(ctx: *mut c_void, value: c_int) -> c_int {
            let _ = ctx;
            value
        }
    }
}

// ABI mode has no C of the block's own to call Rust.
ffi_runtime::ffi! {
    mod abi {
        cdef r#" extern "Rust" int visit(int value); int abs(int); "#;
        dlopen "libc.so.6";

        fn visit(value: c_int) -> c_int {
            value
        }
    }
}

fn main() {}
