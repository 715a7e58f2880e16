//! Arbitrary text as a cdef: the front end and expansion must refuse it or expand it to
//! Rust, never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        ffi_fuzz::cdef(text);
    }
});
