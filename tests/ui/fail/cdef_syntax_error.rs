ffi_runtime::ffi! {
    mod m {
        cdef r#"
            int ok(int a);
            int broken(int a, int b;
        "#;
        source "int ok(int a) { return a; }";
    }
}

fn main() {}
