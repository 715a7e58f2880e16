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

// A source written for CFFI, which compiles it after Python.h (pywayland's calls `close`
// without <unistd.h>): the message says which headers that brought.
ffi_runtime::ffi! {
    mod relies_on_python_h {
        cdef "int shut(int fd);";
        source "int shut(int fd) { return close(fd); }";
    }
}

fn main() {}
