//! What `tests/platforms.rs` runs under wine for `x86_64-pc-windows-msvc`.

fn main() {
    println!("{}", ffi_msvc_fixture::report());
}
