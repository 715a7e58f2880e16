// The cdef disagrees with the C compiler about `struct rec`: a build-time error, not
// CFFI's run-time "wrong offset for field".
ffi_runtime::ffi! {
    mod m {
        cdef r#"
            struct rec { int key; double value; };
            int touch(struct rec *r);
        "#;
        source r#"
            struct rec { int key; float value; };
            int touch(struct rec *r) { return r->key; }
        "#;
    }
}

ffi_runtime::ffi! {
    mod n {
        cdef r#"
            struct whole { int a; };
        "#;
        source "struct whole { int a; int b; };";
    }
}

ffi_runtime::ffi! {
    mod o {
        cdef r#"
            struct tm { long tm_sec; ...; };
        "#;
        source "#include <time.h>";
    }
}

ffi_runtime::ffi! {
    mod p {
        cdef r#"
            struct tm { int tm_seconds; ...; };
        "#;
        source "#include <time.h>";
    }
}

fn main() {}
