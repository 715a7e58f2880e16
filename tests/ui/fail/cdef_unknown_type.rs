ffi_runtime::ffi! {
    mod m {
        cdef r#"
            uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);
        "#;
        libraries ["z"];
    }
}

fn main() {}
