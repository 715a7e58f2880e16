//! Real headers bound by name (`headers` + `allow`): no hand-copied declarations.

use std::ffi::{CStr, c_int, c_uint, c_ulong};
use std::ptr;

ffi_runtime::ffi! {
    /// zlib's API from zlib.h; `deflateInit`/`inflateInit` are macros: the cdef declares
    /// them as functions and the glue calls the macros.
    pub mod z {
        headers ["zlib.h"];
        allow ["crc32", "adler32", "compress*", "uncompress", "zlibVersion", "Z_*", "z_stream",
               "deflate", "deflateEnd", "inflate", "inflateEnd"];
        cdef r#"
            #define MY_CHUNK 16384
            int deflateInit(z_stream *strm, int level);
            int inflateInit(z_stream *strm);
        "#;
        libraries ["z"];
    }
}

fn crc32(data: &[u8]) -> c_ulong {
    unsafe { z::crc32(0, data.as_ptr(), data.len() as c_uint) }
}

#[test]
fn zlib_checksums_match_published_vectors() {
    assert_eq!(
        crc32(b"The quick brown fox jumps over the lazy dog"),
        0x414f_a339
    );
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(
        unsafe { z::adler32(1, b"Wikipedia".as_ptr(), 9) },
        0x11e6_0398
    );
    assert_eq!(z::MY_CHUNK, 16384);
}

#[test]
fn zlib_compress_round_trip() {
    let input: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
    let mut packed = vec![0u8; z::compressBound(input.len() as c_ulong) as usize];
    let mut packed_len = packed.len() as c_ulong;
    let rc = unsafe {
        z::compress2(
            packed.as_mut_ptr(),
            &mut packed_len,
            input.as_ptr(),
            input.len() as c_ulong,
            z::Z_BEST_COMPRESSION,
        )
    };
    assert_eq!(rc, z::Z_OK);
    let mut out = vec![0u8; input.len()];
    let mut out_len = out.len() as c_ulong;
    let rc = unsafe { z::uncompress(out.as_mut_ptr(), &mut out_len, packed.as_ptr(), packed_len) };
    assert_eq!((rc, out), (z::Z_OK, input));
    let mut tiny = [0u8; 4];
    let mut tiny_len = 4;
    let rc = unsafe {
        z::uncompress(
            tiny.as_mut_ptr(),
            &mut tiny_len,
            packed.as_ptr(),
            packed_len,
        )
    };
    assert_eq!(rc, z::Z_BUF_ERROR);
}

#[test]
fn zlib_stream_through_deflate_and_inflate() {
    let input = b"hello hello hello hello hello hello hello hello".repeat(20);
    let mut packed = vec![0u8; 1024];
    let mut s = z::z_stream::default();
    unsafe {
        assert_eq!(z::deflateInit(&mut s, z::Z_DEFAULT_COMPRESSION), z::Z_OK);
        s.next_in = input.as_ptr().cast_mut();
        s.avail_in = input.len() as c_uint;
        s.next_out = packed.as_mut_ptr();
        s.avail_out = packed.len() as c_uint;
        assert_eq!(z::deflate(&mut s, z::Z_FINISH), z::Z_STREAM_END);
        assert_eq!(z::deflateEnd(&mut s), z::Z_OK);
    }
    let packed_len = s.total_out as usize;
    let mut out = vec![0u8; input.len()];
    let mut s = z::z_stream::default();
    unsafe {
        assert_eq!(z::inflateInit(&mut s), z::Z_OK);
        s.next_in = packed.as_mut_ptr();
        s.avail_in = packed_len as c_uint;
        s.next_out = out.as_mut_ptr();
        s.avail_out = out.len() as c_uint;
        assert_eq!(z::inflate(&mut s, z::Z_FINISH), z::Z_STREAM_END);
        assert_eq!(z::inflateEnd(&mut s), z::Z_OK);
    }
    assert_eq!(out, input);
    assert!(
        unsafe { CStr::from_ptr(z::zlibVersion()) }
            .to_bytes()
            .starts_with(b"1.")
    );
}

ffi_runtime::ffi! {
    /// sqlite3's whole public API.
    pub mod sq {
        headers ["sqlite3.h"];
        allow ["sqlite3_*", "SQLITE_*"];
        libraries ["sqlite3"];
    }
}

#[test]
fn sqlite_in_memory_prepare_step_column() {
    use sq::*;
    unsafe {
        let mut db = ptr::null_mut();
        assert_eq!(sqlite3_open(c":memory:".as_ptr(), &mut db), SQLITE_OK);
        let sql =
            c"CREATE TABLE t(x INTEGER, name TEXT); INSERT INTO t VALUES (6, 'six'), (7, 'seven');";
        assert_eq!(
            sqlite3_exec(db, sql.as_ptr(), None, ptr::null_mut(), ptr::null_mut()),
            SQLITE_OK
        );
        let mut stmt = ptr::null_mut();
        let query = c"SELECT x * 7, name FROM t ORDER BY x";
        assert_eq!(
            sqlite3_prepare_v2(db, query.as_ptr(), -1, &mut stmt, ptr::null_mut()),
            SQLITE_OK
        );
        let mut rows = Vec::new();
        while sqlite3_step(stmt) == SQLITE_ROW {
            let text = CStr::from_ptr(sqlite3_column_text(stmt, 1).cast())
                .to_str()
                .unwrap()
                .to_string();
            rows.push((sqlite3_column_int(stmt, 0), text));
        }
        assert_eq!(rows, [(42, "six".to_string()), (49, "seven".to_string())]);
        assert_eq!(sqlite3_finalize(stmt), SQLITE_OK);
        let bad = c"SELECT * FROM missing";
        assert_eq!(
            sqlite3_exec(db, bad.as_ptr(), None, ptr::null_mut(), ptr::null_mut()),
            SQLITE_ERROR
        );
        assert_eq!(
            CStr::from_ptr(sqlite3_errmsg(db)).to_str(),
            Ok("no such table: missing")
        );
        assert_eq!(sqlite3_close(db), SQLITE_OK);
    }
    // Constants from the header: plain, and built from others (`(SQLITE_IOERR | (1<<8))`).
    assert_eq!(
        (SQLITE_ROW, SQLITE_DONE, SQLITE_IOERR_READ),
        (100, 101, 10 | (1 << 8))
    );
    assert!(sqlite3_libversion_number() >= 3_000_000);
    let _: &CStr = SQLITE_VERSION;
    // Allowed, declared but never defined: opaque, usable behind pointers.
    let _: *const sq::sqlite3_api_routines = ptr::null();
}

ffi_runtime::ffi! {
    /// libsodium, a few primitives of it.
    pub mod na {
        headers ["sodium.h"];
        allow ["crypto_hash_sha256*", "crypto_generichash*", "sodium_init", "randombytes_buf",
               "crypto_secretbox*"];
        libraries ["sodium"];
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn libsodium_known_vectors() {
    assert!(na::sodium_init() >= 0);
    let mut digest = [0u8; na::crypto_hash_sha256_BYTES as usize];
    unsafe { na::crypto_hash_sha256(digest.as_mut_ptr(), b"abc".as_ptr(), 3) };
    assert_eq!(
        hex(&digest),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    // BLAKE2b-256 of "" (RFC 7693's parameters, no key).
    let mut h = [0u8; 32];
    let rc = unsafe { na::crypto_generichash(h.as_mut_ptr(), 32, ptr::null(), 0, ptr::null(), 0) };
    assert_eq!(
        (rc, hex(&h).as_str()),
        (
            0,
            "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"
        )
    );
    // secretbox: seal, open, and a tampered box refused.
    let key = [7u8; na::crypto_secretbox_KEYBYTES as usize];
    let mut nonce = [0u8; na::crypto_secretbox_NONCEBYTES as usize];
    unsafe { na::randombytes_buf(nonce.as_mut_ptr().cast(), nonce.len()) };
    let msg = b"attack at dawn";
    let mut sealed = vec![0u8; msg.len() + na::crypto_secretbox_MACBYTES as usize];
    let mut opened = vec![0u8; msg.len()];
    unsafe {
        assert_eq!(
            na::crypto_secretbox_easy(
                sealed.as_mut_ptr(),
                msg.as_ptr(),
                msg.len() as u64,
                nonce.as_ptr(),
                key.as_ptr()
            ),
            0
        );
        assert_eq!(
            na::crypto_secretbox_open_easy(
                opened.as_mut_ptr(),
                sealed.as_ptr(),
                sealed.len() as u64,
                nonce.as_ptr(),
                key.as_ptr()
            ),
            0
        );
        sealed[3] ^= 1;
        assert_eq!(
            na::crypto_secretbox_open_easy(
                opened.as_mut_ptr(),
                sealed.as_ptr(),
                sealed.len() as u64,
                nonce.as_ptr(),
                key.as_ptr()
            ),
            -1
        );
    }
    assert_eq!(&opened, msg);
}

ffi_runtime::ffi! {
    /// glibc, a few names from three headers.
    pub mod lc {
        headers ["time.h", "errno.h", "stdio.h"];
        allow ["gmtime_r", "tm", "EINVAL", "FILE", "fopen", "fputs", "fclose", "snprintf"];
    }
}

ffi_runtime::ffi! {
    /// Limits written in the compiler's own macros (`#define INT_MAX __INT_MAX__`) and
    /// expressions over them (`UINT_MAX` is `INT_MAX * 2U + 1U`); glibc's `INT64_MAX` is
    /// a function-like macro's expansion, which the compiler reads for the front end.
    pub mod limits {
        headers ["limits.h", "stdint.h"];
        allow ["INT_MAX", "UINT_MAX", "LONG_MAX", "LLONG_MIN", "CHAR_BIT", "SIZE_MAX",
               "INT64_MAX", "UINT64_MAX"];
    }
}

#[test]
fn limits_from_the_compilers_predefined_macros() {
    assert_eq!(limits::INT_MAX, c_int::MAX);
    assert_eq!(limits::UINT_MAX, c_uint::MAX);
    assert_eq!(limits::LONG_MAX, std::ffi::c_long::MAX);
    assert_eq!(limits::LLONG_MIN, i64::MIN);
    assert_eq!(limits::CHAR_BIT, 8);
    assert_eq!(limits::SIZE_MAX, usize::MAX as c_ulong);
    // `9223372036854775807L`: C's type is `long`.
    let (max, umax): (std::ffi::c_long, c_ulong) = (limits::INT64_MAX, limits::UINT64_MAX);
    assert_eq!((max, umax), (std::ffi::c_long::MAX, c_ulong::MAX));
}

#[test]
fn glibc_from_its_headers() {
    let t: lc::time_t = 1_000_000_000;
    let mut tm = lc::tm::default();
    assert!(!unsafe { lc::gmtime_r(&t, &mut tm) }.is_null());
    assert_eq!(
        (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour),
        (101, 8, 9, 1)
    );
    let einval: c_int = lc::EINVAL;
    assert_eq!(einval, 22);
    let mut buf = [0u8; 32];
    let n = unsafe {
        lc::snprintf(
            buf.as_mut_ptr().cast(),
            32,
            c"%d-%s".as_ptr(),
            42,
            c"x".as_ptr(),
        )
    };
    assert_eq!((n, &buf[..4]), (4, &b"42-x"[..]));
    let path = std::env::temp_dir().join(format!("ffi-headers-{}.txt", std::process::id()));
    let cpath = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // glibc's `malloc(fclose, 1)` on `fopen`: an owned `FILE`, which `fclose` takes back.
    let f: lc::owned::FILE = lc::fopen(&cpath, c"w").expect("opens");
    assert!(unsafe { lc::fputs(c"from headers".as_ptr(), f.as_ptr()) } >= 0);
    assert_eq!(lc::fclose(f), 0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "from headers");
    let _ = std::fs::remove_file(path);
}

ffi_runtime::ffi! {
    /// ABI mode: the preprocessor reads the header at build time; nothing is compiled.
    pub mod z_dl {
        headers ["zlib.h"];
        allow ["crc32", "zlibVersion", "Z_OK", "Z_STREAM_ERROR"];
        dlopen "libz.so.1";
    }
}

ffi_runtime::ffi! {
    /// `mode shared` with headers.
    pub mod z_shared {
        headers ["zlib.h"];
        allow ["adler32", "Z_OK"];
        libraries ["z"];
        mode shared;
    }
}

#[test]
fn headers_in_abi_mode_and_shared_mode() {
    let data = b"123456789";
    assert_eq!(unsafe { z_dl::crc32(0, data.as_ptr(), 9) }, 0xcbf4_3926);
    assert_eq!((z_dl::Z_OK, z_dl::Z_STREAM_ERROR), (0, -2));
    assert!(
        unsafe { CStr::from_ptr(z_dl::zlibVersion()) }
            .to_bytes()
            .starts_with(b"1.")
    );
    assert_eq!(
        unsafe { z_shared::adler32(1, b"Wikipedia".as_ptr(), 9) },
        0x11e6_0398
    );
}

ffi_runtime::ffi! {
    /// Everything zlib.h declares, and the glibc internals it pulls in: array lengths
    /// written with `sizeof` (`__sigset_t`, `fd_set`), `__mode__` typedefs, enumerators
    /// paired with macros.
    pub mod zall {
        headers ["zlib.h"];
        allow ["*"];
        libraries ["z"];
    }
}

ffi_runtime::ffi! {
    /// The same in ABI mode: `sizeof` by the target's rules.
    pub mod zall_abi {
        headers ["zlib.h"];
        allow ["*"];
        dlopen "libz.so.1";
    }
}

#[test]
fn a_whole_header_with_the_libc_it_includes() {
    let crc = unsafe { zall::crc32(0, b"123456789".as_ptr(), 9) };
    assert_eq!(crc, 0xcbf4_3926);
    let crc = unsafe { zall_abi::crc32(0, b"123456789".as_ptr(), 9) };
    assert_eq!(crc, 0xcbf4_3926);
    // glibc's `__val[1024 / (8 * sizeof (unsigned long))]`: the compiler's answer in API
    // mode, the target's rules in ABI mode.
    assert_eq!(size_of::<zall::fd_set>(), 128);
    assert_eq!(size_of::<zall_abi::fd_set>(), 128);
    assert_eq!(size_of::<zall::__sigset_t>(), 128);
    // `typedef int register_t __attribute__((__mode__(__word__)))`.
    assert_eq!(size_of::<zall::register_t>(), size_of::<usize>());
    let z_ok: std::ffi::c_int = zall::Z_OK;
    assert_eq!(z_ok, 0);
}
