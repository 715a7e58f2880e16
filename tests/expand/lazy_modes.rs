// ABI mode: the library is opened on first use; each symbol is resolved on its first call.
ffi_runtime::ffi! {
    pub mod z {
        cdef r#"
            typedef unsigned long uLong;
            uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);
            const char *zlibVersion(void);
            int printf(const char *format, ...);
            int z_verbose;
        "#;
        dlopen "libz.so.1";
    }
}
