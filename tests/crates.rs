//! A library crate's `ffi!` block used from another crate, next to a block of this crate
//! that defines the same C names: each calls its own.

ffi_runtime::ffi! {
    mod local {
        cdef "int add(int a, int b); int calls;";
        source r#"
            int calls = 0;
            int add(int a, int b) { calls += 10; return a - b; }
        "#;
    }
}

#[test]
fn library_blocks_link_downstream_and_stay_hermetic() {
    assert_eq!(ffi_clib_fixture::add_thousand(2, 3), 1005);
    assert_eq!(local::add(2, 3), -1);
    assert_eq!(ffi_clib_fixture::arith::add(1, 1), 1002);
    assert_eq!(ffi_clib_fixture::calls(), 2);
    assert_eq!(unsafe { *local::calls() }, 10);
}
