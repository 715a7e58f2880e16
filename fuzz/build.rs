// The two facts ffi-macros' own build script gives its stages (see ffi-macros/build.rs).
fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rustc-env=FFI_MACROS_HOST={target}");
    println!("cargo:rustc-env=FFI_MACROS_FINGERPRINT=fuzz");
}
