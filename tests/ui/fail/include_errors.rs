// `include path from "cdef.h";`: a file that cannot be read and a missing `from` are
// located errors.
ffi_runtime::ffi! {
    mod missing {
        include super::shapes from "no/such/cdef.h";
        cdef "int f(void);";
        dlopen "libc.so.6";
    }
}

ffi_runtime::ffi! {
    mod no_from {
        include super::shapes "shapes.h";
        cdef "int f(void);";
        dlopen "libc.so.6";
    }
}

fn main() {}
