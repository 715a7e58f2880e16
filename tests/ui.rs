//! Error messages users see, pinned. Regenerate with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    // `fail/headers_errors.rs` reads a local header. A relative `include_dirs` would be
    // resolved from trybuild's project, which lives in the target dir (wherever that is):
    // gcc's own search path variable reaches the macro's compiler runs instead.
    let headers = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/ui/fail/headers");
    // SAFETY: nothing else in this one-test binary reads or writes the environment.
    unsafe { std::env::set_var("C_INCLUDE_PATH", headers) };
    let t = trybuild::TestCases::new();
    // A passing case makes trybuild run `cargo build` (not `check`), so errors that only
    // the C compiler finds are reported as users see them.
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
