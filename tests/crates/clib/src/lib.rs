//! A library whose C is compiled by `ffi!` and bundled into its rlib, so crates that
//! depend on it link it without knowing it is there.

ffi_runtime::ffi! {
    /// C with a deliberately common name: downstream crates may define their own `add`.
    pub mod arith {
        cdef "int add(int a, int b); int calls;";
        source r#"
            int calls = 0;
            int add(int a, int b) { calls++; return a + b + 1000; }
        "#;
    }
}

/// Adds through C, offset by 1000 so tests can tell this crate's `add` from others.
pub fn add_thousand(a: i32, b: i32) -> i32 {
    arith::add(a, b)
}

/// How many times the C `add` of this crate ran.
pub fn calls() -> i32 {
    unsafe { *arith::calls() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn unit_tests_link_too() {
        assert_eq!(super::add_thousand(1, 2), 1003);
    }
}
