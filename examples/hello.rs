//! The printf program from CFFI's documentation, plus one call each into libm and zlib.

ffi_runtime::ffi! {
    /// libc's printf, through C compiled at build time.
    pub mod hello {
        cdef r#"
            int printf(const char *format, ...);
            double sqrt(double x);
            unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
            const char *zlibVersion(void);
        "#;
        source r#"
            #include <stdio.h>
            #include <math.h>
            #include <zlib.h>
        "#;
        libraries ["m", "z"];
    }
}

fn main() {
    unsafe { hello::printf(c"Hi There!\n".as_ptr()) };
    println!("sqrt(2) = {}", hello::sqrt(2.0));
    let data = b"The quick brown fox jumps over the lazy dog";
    let crc = unsafe { hello::crc32(0, data.as_ptr(), data.len() as u32) };
    let version = unsafe { std::ffi::CStr::from_ptr(hello::zlibVersion()) };
    println!("zlib {} crc32 = {crc:08x}", version.to_string_lossy());
}
