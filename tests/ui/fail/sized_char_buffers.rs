// A `const char *` that the next parameter sizes is a buffer, not a string: C reads that
// many bytes, past the NUL of any `&CStr`, so the function stays `unsafe` (python-snappy's
// `snappy_validate_compressed_buffer(const char *compressed, size_t compressed_length)`).
// A `size_t` sizes it whatever its name; another integer when named as a length. The
// `int overwrite` of `put` sizes nothing: `put` stays safe, taking `&CStr`s.
ffi_runtime::ffi! {
    mod sized {
        cdef r#"
            int validate(const char *compressed, size_t compressed_length);
            int checksum(const char *input, int input_size);
            int put(const char *name, const char *value, int overwrite);
        "#;
        source r#"
            #include <stddef.h>
            int validate(const char *compressed, size_t compressed_length) { return compressed[compressed_length - 1]; }
            int checksum(const char *input, int input_size) { return input[input_size - 1]; }
            int put(const char *name, const char *value, int overwrite) { return name[0] + value[0] + overwrite; }
        "#;
    }
}

fn main() {
    sized::validate(c"ab".as_ptr(), 1000);
    sized::checksum(c"ab".as_ptr(), 1000);
    sized::put(c"a", c"b", 1);
}
