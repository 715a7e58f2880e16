// A glob skips what the headers declare and `ffi!` cannot bind (glibc's `_Float128`
// functions), with one note (a warning, made an error here to pin it); a name given
// exactly stays an error.
#![deny(deprecated)]

ffi_runtime::ffi! {
    mod skipped {
        headers ["math.h"];
        allow ["*"];
        libraries ["m"];
    }
}

ffi_runtime::ffi! {
    mod named {
        headers ["math.h"];
        allow ["*", "__isnanf128"];
        libraries ["m"];
    }
}

fn main() {}
