//! Arbitrary text as the tokens of an `ffi!` block: the block's parser, and for blocks
//! that need no compiler the whole pipeline, must refuse it or expand it, never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        ffi_fuzz::block(text);
    }
});
