ffi_runtime::ffi! {
    mod m {
        cdef "int twice(int x);";
        source r#"
            int twice(int x) {
                return x * 2
            }
        "#;
    }
}

fn main() {}
