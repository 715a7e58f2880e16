//! What `tests/platforms.rs` runs under wine for the MSVC targets.

ffi_runtime::ffi! {
    /// In the binary itself: its archive goes to the linker as it is, not inside an rlib.
    mod local {
        cdef "int negate(int x);";
        source "int negate(int x) { return -x; }";
    }
}

fn main() {
    println!("{} negate={}", ffi_msvc_fixture::report(), local::negate(5));
}
