ffi_runtime::ffi! {
    mod local {
        cdef "int add(int a, int b); double sqrt(double);";
        source "#include <math.h>\nint add(int a, int b) { return a * b; }";
        libraries ["m"];
    }
}

fn main() {
    println!(
        "local={} lib={} sqrt={}",
        local::add(6, 7),
        ffi_clib_fixture::add_thousand(6, 7),
        local::sqrt(81.0)
    );
}
