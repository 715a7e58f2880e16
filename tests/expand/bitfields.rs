ffi_runtime::ffi! {
    /// Bit-fields and an anonymous union, as `cargo expand` shows them.
    pub mod flags {
        cdef r#"
            struct header {
                unsigned version : 3;
                signed delta : 5;
                unsigned : 0;
                _Bool urgent : 1;
                union { int id; float weight; };
            };
        "#;
        source r#"
            struct header {
                unsigned version : 3;
                signed delta : 5;
                unsigned : 0;
                _Bool urgent : 1;
                union { int id; float weight; };
            };
        "#;
    }
}
