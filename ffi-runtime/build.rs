// Registers the directory where `ffi!` writes the static archives it compiles.
//
// Cargo forwards a dependency's `rustc-link-search` to every crate that depends on it,
// directly or transitively, so the macro finds this path among rustc's own arguments and
// the archives link like any -sys crate's, with no build.rs in the user's crate.
fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = out.join("ffi-link");
    std::fs::create_dir_all(&dir).expect("cannot create OUT_DIR/ffi-link");
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rerun-if-changed=build.rs");
}
