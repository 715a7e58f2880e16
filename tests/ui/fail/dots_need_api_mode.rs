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

ffi_runtime::ffi! {
    mod opened {
        cdef "typedef ... z_stream; int deflateEnd(z_stream *s);";
        dlopen "libz.so.1";
    }
}

fn main() {}
