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
        allow ["intptr_t", "INT8_MIN", "INT32_C"];
    }
}

// A macro named exactly that the front end cannot read: in API mode the compiler reads it
// and says why a pointer is no constant; ABI mode has no compiler to ask.
ffi_runtime::ffi! {
    mod unreadable {
        headers ["sqlite3.h"];
        allow ["SQLITE_TRANSIENT"];
        libraries ["sqlite3"];
    }
}

ffi_runtime::ffi! {
    mod unreadable_abi {
        headers ["stdint.h"];
        allow ["INT64_MAX"];
        dlopen "libc.so.6";
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

// A cdef may restate a header's typedef but not change it: the header's functions are
// compiled with C's (`time` writes a `long` through its `time_t *`).
ffi_runtime::ffi! {
    mod retyped {
        headers ["time.h"];
        allow ["time"];
        cdef "typedef int time_t;";
    }
}

// ABI mode has no glue to convert: a cdef function over a header's must be the header's.
ffi_runtime::ffi! {
    mod redeclared_abi {
        headers ["time.h"];
        allow ["difftime"];
        cdef "int time(int *t);";
        dlopen "libc.so.6";
    }
}

// `#pragma pack` packs plain members; bit-fields under it each compiler packs its own way.
ffi_runtime::ffi! {
    mod packed_bits {
        headers ["packed_bits.h"];
        allow ["pk_bits"];
        dlopen "libc.so.6";
    }
}

fn main() {}
