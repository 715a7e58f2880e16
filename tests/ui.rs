//! Error messages users see, pinned. Regenerate with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    // A passing case makes trybuild run `cargo build` (not `check`), so errors that only
    // the C compiler finds are reported as users see them.
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
