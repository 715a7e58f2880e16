ffi_runtime::ffi! {
    mod abi {
        cdef "struct s { int a; ...; }; int f(struct s *);";
        libraries ["m"];
    }
}

ffi_runtime::ffi! {
    mod define {
        cdef "#define N ...";
        libraries ["m"];
    }
}

// `typedef ... t;` alone needs no compiler: ABI mode reads it as an incomplete type
// (tests/ui/fail/abi_mode_opaque_by_value.rs).
ffi_runtime::ffi! {
    mod opened {
        cdef "typedef ... z_stream; int deflateEnd(z_stream *s);";
        dlopen "libz.so.1";
    }
}

// CFFI's enum of unknown enumerators (brotlicffi's `BrotliDecoderErrorCode`): its size is
// the compiler's.
ffi_runtime::ffi! {
    mod unknown_enum {
        cdef "typedef enum {...} code_t; const char *describe(code_t c);";
        dlopen "libc.so.6";
    }
}

fn main() {}
