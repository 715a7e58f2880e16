ffi_runtime::ffi! {
    mod m {
        cdef "int f(void);";
        sauce "int f(void) { return 1; }";
    }
}

ffi_runtime::ffi! {
    mod n {
        cdef "int f(void);";
        cdef "int g(void);";
    }
}

ffi_runtime::ffi! {
    mod o {
        libraries ["m"];
    }
}

ffi_runtime::ffi! {
    mod p {
        cdef "int f(void);";
        source "int f(void) { return 1; }";
        dlopen "libm.so.6";
    }
}

fn main() {}

ffi_runtime::ffi! {
    mod r {
        cdef "int load(void);";
        dlopen "libm.so.6";
    }
}
