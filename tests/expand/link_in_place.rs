// Link mode (no `source`), expanded in place (no `mod`).
ffi_runtime::ffi! {
    cdef "double cos(double x); int signgam;";
    libraries ["m"];
}
