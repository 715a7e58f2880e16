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

// A standard type is known without its header: allowing it is a mistake, said as such.
ffi_runtime::ffi! {
    mod standard {
        headers ["stdint.h"];
        allow ["intptr_t", "INT8_MIN"];
    }
}

// Allowed items the front end cannot express: errors naming the header and line.
// (`odd.h` is in `tests/ui/fail/headers`, which `tests/ui.rs` puts on gcc's include path.)
ffi_runtime::ffi! {
    mod odd {
        headers ["odd.h"];
        allow ["plain", "wide", "spin"];
    }
}

fn main() {}
