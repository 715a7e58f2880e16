ffi_runtime::ffi! {
    mod abi {
        cdef "struct s { int a; ...; }; int f(struct s *);";
        libraries ["m"];
    }
}

ffi_runtime::ffi! {
    mod define {
        cdef "#define N ...";
        libraries ["m"];
    }
}

fn main() {}
