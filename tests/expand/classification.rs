// How each function is reached, by what the C compiler says it is: a library's function by
// its own symbol (no wrapper, no hop), a function `source` defines under its renamed
// hashed symbol, a macro and a `static inline` function through glue wrappers.
ffi_runtime::ffi! {
    pub mod kinds {
        cdef r#"
            unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
            int add(int a, int b);
            int twice(int x);
            int square(int x);
        "#;
        source r#"
            #include <zlib.h>
            int add(int a, int b) { return a + b; }
            #define twice(x) ((x) * 2)
            static inline int square(int x) { return x * x; }
        "#;
        libraries ["z"];
    }
}
