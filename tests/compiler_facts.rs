//! CFFI's `...` forms against real headers: values, sizes and offsets come from the C
//! compiler at build time (read from an object file, never by running target code).

use std::ffi::{CStr, c_int, c_long, c_uint, c_ulong};

ffi_runtime::ffi! {
    /// glibc, with the parts of its headers we do not want to hard-code left to the compiler.
    pub mod libc {
        cdef r#"
            typedef long time_t;
            struct tm {
                int tm_sec; int tm_min; int tm_hour;
                int tm_mday; int tm_mon; int tm_year;
                int tm_wday; int tm_yday; int tm_isdst;
                ...;
            };
            struct tm *gmtime_r(const time_t *t, struct tm *out);
            time_t timegm(struct tm *tm);

            #define EINVAL ...
            #define BUFSIZ ...
            #define SEEK_END ...
            #define L_tmpnam ...
            static const int INT_MAX;
            static const long LONG_MIN;
            static const unsigned int UINT_MAX;

            typedef ... FILE;
            FILE *fopen(const char *path, const char *mode);
            int fputs(const char *s, FILE *f);
            int fseek(FILE *f, long offset, int whence);
            long ftell(FILE *f);
            int fclose(FILE *f);

            int table[...];
            struct pair { int key; const char *name; };
            struct pair pairs[...];
            enum level { LOW, HIGH, ... };
            #define RATIO ...
            #define GREETING ...
            typedef ... big_t;
            big_t make_big(int seed);
            int big_seed(big_t b);
            struct packet { int kind; unsigned char payload[...]; ...; };
            union word { unsigned int u; ...; };
            int packet_sum(const struct packet *p);
        "#;
        source r#"
            #include <errno.h>
            #include <limits.h>
            #include <stdio.h>
            #include <time.h>
            int table[7] = { 1, 1, 2, 3, 5, 8, 13 };
            struct pair { int key; const char *name; };
            struct pair pairs[] = { { 1, "one" }, { 2, "two" }, { 3, "three" } };
            enum level { LOW = -3, HIGH = 100000 };
            #define RATIO (3.0 / 4)
            #define HELLO "hello"
            #define GREETING HELLO ", world"
            typedef struct { int seed; char bytes[61]; double d; } big_t;
            big_t make_big(int seed) { big_t b = { seed }; b.bytes[60] = 7; return b; }
            int big_seed(big_t b) { return b.seed + b.bytes[60]; }
            struct packet { short flags; int kind; long stamp; unsigned char payload[12]; };
            union word { unsigned char bytes[8]; unsigned int u; double d; };
            int packet_sum(const struct packet *p) {
                int s = p->kind; for (int i = 0; i < 12; i++) s += p->payload[i]; return s;
            }
        "#;
    }
}

ffi_runtime::ffi! {
    /// zlib's stream, bound partially: only the fields we touch, at the compiler's offsets.
    pub mod z {
        cdef r#"
            typedef struct z_stream_s {
                unsigned char *next_in;    /* `z_const Bytef *`: const only with ZLIB_CONST */
                unsigned int avail_in;
                unsigned long total_in;
                unsigned char *next_out;
                unsigned int avail_out;
                unsigned long total_out;
                char *msg;
                ...;
            } z_stream;
            #define Z_OK ...
            #define Z_STREAM_END ...
            #define Z_FINISH ...
            #define Z_DEFAULT_COMPRESSION ...
            #define ZLIB_VERSION ...
            int deflateInit(z_stream *strm, int level);
            int deflate(z_stream *strm, int flush);
            int deflateEnd(z_stream *strm);
            int inflateInit(z_stream *strm);
            int inflate(z_stream *strm, int flush);
            int inflateEnd(z_stream *strm);
        "#;
        source "#include <zlib.h>";
        libraries ["z"];
    }
}

#[test]
fn partial_struct_tm_round_trips_through_glibc() {
    let t: libc::time_t = 1_000_000_000; // 2001-09-09 01:46:40 UTC
    let mut tm = libc::tm::default();
    let out = unsafe { libc::gmtime_r(&t, &mut tm) };
    assert_eq!(out, &raw mut tm);
    assert_eq!((tm.tm_year, tm.tm_mon, tm.tm_mday), (101, 8, 9));
    assert_eq!((tm.tm_hour, tm.tm_min, tm.tm_sec), (1, 46, 40));
    assert_eq!(unsafe { libc::timegm(&mut tm) }, t);
    // glibc's struct tm has fields beyond POSIX's: the Rust type has the compiler's size.
    assert_eq!(size_of::<libc::tm>(), 56);
}

#[test]
fn macro_and_static_const_values_come_from_the_compiler() {
    let einval: c_int = libc::EINVAL;
    let bufsiz: c_int = libc::BUFSIZ;
    let seek_end: c_int = libc::SEEK_END;
    assert_eq!((einval, bufsiz, seek_end), (22, 8192, 2));
    assert_eq!(libc::L_tmpnam, 20);
    let int_max: c_int = libc::INT_MAX;
    let long_min: c_long = libc::LONG_MIN;
    let uint_max: c_uint = libc::UINT_MAX;
    assert_eq!(
        (int_max, long_min, uint_max),
        (c_int::MAX, c_long::MIN, c_uint::MAX)
    );
    let ratio: f64 = libc::RATIO;
    assert_eq!(ratio, 0.75);
    let greeting: &CStr = libc::GREETING;
    assert_eq!(greeting, c"hello, world");
    assert_eq!((libc::LOW.0, libc::HIGH.0), (-3, 100_000));
}

#[test]
fn opaque_typedefs_have_the_compilers_size() {
    assert_eq!(size_of::<libc::big_t>(), 80);
    assert_eq!(align_of::<libc::big_t>(), 8);
    let b = libc::make_big(35);
    // An opaque record may hold an address, so its wrapper is `unsafe`.
    // SAFETY: the value C made.
    assert_eq!(unsafe { libc::big_seed(b) }, 42);

    let path = std::env::temp_dir().join(format!("ffi-facts-{}.txt", std::process::id()));
    let cpath = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    unsafe {
        let f: *mut libc::FILE = libc::fopen(&cpath, c"w");
        assert!(!f.is_null());
        assert!(libc::fputs(c"twelve bytes".as_ptr(), f) >= 0);
        assert_eq!(libc::fseek(f, 0, libc::SEEK_END), 0);
        assert_eq!(libc::ftell(f), 12);
        assert_eq!(libc::fclose(f), 0);
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "twelve bytes");
    let _ = std::fs::remove_file(path);
}

#[test]
fn array_lengths_come_from_the_compiler() {
    let t: *mut [c_int; 7] = libc::table();
    assert_eq!(unsafe { *t }, [1, 1, 2, 3, 5, 8, 13]);
    let pairs: *mut [libc::pair; 3] = libc::pairs();
    let names: Vec<&str> = unsafe {
        (*pairs)
            .iter()
            .map(|p| CStr::from_ptr(p.name).to_str().unwrap())
            .collect()
    };
    assert_eq!(names, ["one", "two", "three"]);
}

#[test]
fn partial_z_stream_drives_deflate_and_inflate() {
    let input = b"hello hello hello hello hello hello hello hello".repeat(20);
    let mut packed = vec![0u8; 1024];
    let mut s = z::z_stream::default();
    unsafe {
        // deflateInit is a macro in zlib.h: the glue calls it as a function.
        assert_eq!(z::deflateInit(&mut s, z::Z_DEFAULT_COMPRESSION), z::Z_OK);
        s.next_in = input.as_ptr().cast_mut();
        s.avail_in = input.len() as c_uint;
        s.next_out = packed.as_mut_ptr();
        s.avail_out = packed.len() as c_uint;
        assert_eq!(z::deflate(&mut s, z::Z_FINISH), z::Z_STREAM_END);
        assert_eq!(s.total_in, input.len() as c_ulong);
        assert_eq!(z::deflateEnd(&mut s), z::Z_OK);
    }
    let packed_len = s.total_out as usize;
    assert!(packed_len < input.len() / 10);

    let mut out = vec![0u8; input.len()];
    let mut s = z::z_stream::default();
    unsafe {
        assert_eq!(z::inflateInit(&mut s), z::Z_OK);
        s.next_in = packed.as_ptr().cast_mut();
        s.avail_in = packed_len as c_uint;
        s.next_out = out.as_mut_ptr();
        s.avail_out = out.len() as c_uint;
        assert_eq!(z::inflate(&mut s, z::Z_FINISH), z::Z_STREAM_END);
        assert_eq!(z::inflateEnd(&mut s), z::Z_OK);
    }
    assert_eq!(out, input);
    assert!(z::ZLIB_VERSION.to_bytes().starts_with(b"1."));
}

#[test]
fn partial_unions_and_probed_field_lengths() {
    assert_eq!((size_of::<libc::word>(), align_of::<libc::word>()), (8, 8));
    let w = libc::word { u: 0x0102_0304 };
    assert_eq!(unsafe { w.u }, 0x0102_0304);

    let mut p = libc::packet::default();
    let payload: &mut [u8; 12] = &mut p.payload;
    payload
        .iter_mut()
        .enumerate()
        .for_each(|(i, b)| *b = i as u8);
    p.kind = 100;
    assert_eq!(unsafe { libc::packet_sum(&p) }, 100 + 66);
    assert_eq!(std::mem::offset_of!(libc::packet, kind), 4);
    assert_eq!(size_of::<libc::packet>(), 32);
}
