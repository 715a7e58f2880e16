// The host triple is the default target when rustc gets no `--target`; a proc macro
// cannot see Cargo's TARGET/HOST variables, but its own build script can.
fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rustc-env=FFI_MACROS_HOST={target}");
    println!("cargo:rerun-if-changed=build.rs");
}
