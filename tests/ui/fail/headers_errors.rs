// A header the compiler cannot find: its own message.
ffi_runtime::ffi! {
    mod missing {
        headers ["no_such_header.h"];
        allow ["*"];
    }
}

// A pattern that matches nothing is a typo until proven otherwise.
ffi_runtime::ffi! {
    mod typo {
        headers ["zlib.h"];
        allow ["crc32", "delfate*", "Z_NO_SUCH"];
        libraries ["z"];
    }
}

// Allowed items the front end cannot express: errors naming the header and line.
// (trybuild builds this file from `target/tests/trybuild/ffi-suite`.)
ffi_runtime::ffi! {
    mod odd {
        headers ["odd.h"];
        allow ["plain", "wide", "spin"];
        include_dirs ["../../../../tests/ui/fail/headers"];
    }
}

fn main() {}
