//! zlib: checksums against published vectors, a compress/uncompress round trip, and the
//! error codes zlib documents.

use std::ffi::c_ulong;

ffi_runtime::ffi! {
    /// The parts of zlib's API these tests use.
    pub mod zlib {
        cdef r#"
            typedef unsigned long uLong;
            typedef unsigned long uLongf;
            typedef unsigned int uInt;
            typedef unsigned char Bytef;
            #define Z_OK 0
            #define Z_BUF_ERROR (-5)
            #define Z_DATA_ERROR (-3)
            #define Z_BEST_COMPRESSION 9
            uLong crc32(uLong crc, const Bytef *buf, uInt len);
            uLong adler32(uLong adler, const Bytef *buf, uInt len);
            uLong compressBound(uLong sourceLen);
            int compress2(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen, int level);
            int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
            const char *zlibVersion(void);
        "#;
        source "#include <zlib.h>";
        libraries ["z"];
    }
}

fn crc32(data: &[u8]) -> c_ulong {
    unsafe { zlib::crc32(0, data.as_ptr(), data.len() as u32) }
}

#[test]
fn checksums_match_published_vectors() {
    assert_eq!(
        crc32(b"The quick brown fox jumps over the lazy dog"),
        0x414f_a339
    );
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(crc32(b""), 0);
    let adler = unsafe { zlib::adler32(1, b"Wikipedia".as_ptr(), 9) };
    assert_eq!(adler, 0x11e6_0398);
}

#[test]
fn compress_round_trip() {
    let input: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
    let mut packed = vec![0u8; zlib::compressBound(input.len() as c_ulong) as usize];
    let mut packed_len = packed.len() as c_ulong;
    let rc = unsafe {
        zlib::compress2(
            packed.as_mut_ptr(),
            &mut packed_len,
            input.as_ptr(),
            input.len() as c_ulong,
            zlib::Z_BEST_COMPRESSION,
        )
    };
    assert_eq!(rc, zlib::Z_OK);
    assert!((packed_len as usize) < input.len() / 10, "{packed_len}");

    let mut out = vec![0u8; input.len()];
    let mut out_len = out.len() as c_ulong;
    let rc =
        unsafe { zlib::uncompress(out.as_mut_ptr(), &mut out_len, packed.as_ptr(), packed_len) };
    assert_eq!(rc, zlib::Z_OK);
    assert_eq!(&out[..out_len as usize], &input[..]);
}

#[test]
fn error_codes() {
    let input = [7u8; 1000];
    let mut packed = [0u8; 8];
    let mut packed_len = packed.len() as c_ulong;
    let rc = unsafe {
        zlib::compress2(
            packed.as_mut_ptr(),
            &mut packed_len,
            input.as_ptr(),
            1000,
            6,
        )
    };
    assert_eq!(rc, zlib::Z_BUF_ERROR);

    let garbage = [0xffu8; 16];
    let mut out = [0u8; 64];
    let mut out_len = out.len() as c_ulong;
    let rc = unsafe { zlib::uncompress(out.as_mut_ptr(), &mut out_len, garbage.as_ptr(), 16) };
    assert_eq!(rc, zlib::Z_DATA_ERROR);

    let version = unsafe { std::ffi::CStr::from_ptr(zlib::zlibVersion()) };
    assert!(version.to_bytes().starts_with(b"1."), "{version:?}");
}
