// `include path from "cdef.h";`: a file that cannot be read, a missing `from`, and
// `headers` (whose front end `include` does not seed yet) are located errors.
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

ffi_runtime::ffi! {
    mod with_headers {
        include super::z from "/usr/include/zlib.h";
        headers ["zlib.h"];
        allow ["crc32"];
        libraries ["z"];
    }
}

fn main() {}
