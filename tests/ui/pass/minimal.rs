ffi_runtime::ffi! {
    mod m {
        cdef "int add(int a, int b);";
        source "int add(int a, int b) { return a + b; }";
    }
}

fn main() {
    assert_eq!(m::add(2, 2), 4);
}
