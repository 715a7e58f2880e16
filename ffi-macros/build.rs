// Exposes to the macro:
// - FFI_MACROS_HOST: the host triple, the default target when rustc gets no `--target`
//   (a proc macro cannot see Cargo's TARGET/HOST variables, but its build script can);
// - FFI_MACROS_FINGERPRINT: a hash of this crate's sources, so cached expansions from an
//   older build of the macro are never reused, even without a version bump.
use std::path::Path;

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rustc-env=FFI_MACROS_HOST={target}");

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("Cargo.toml")];
    visit(&root.join("src"), &mut files);
    files.sort();
    // FNV-1a, 64 bits: enough to tell builds of this crate apart.
    let mut h: u64 = 0xcbf29ce484222325;
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_default();
        for b in f
            .strip_prefix(root)
            .unwrap_or(f)
            .to_string_lossy()
            .bytes()
            .chain(bytes)
        {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }
    println!("cargo:rustc-env=FFI_MACROS_FINGERPRINT={h:016x}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
}
