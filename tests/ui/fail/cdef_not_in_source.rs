// The cdef declares a function the source never defines or declares.
ffi_runtime::ffi! {
    mod m {
        cdef "int add(int a, int b); int missing(int x);";
        source "int add(int a, int b) { return a + b; }";
    }
}

fn main() {}
