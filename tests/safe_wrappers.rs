//! Safe wrappers for the pointer idioms of real APIs: zlib from annotations, glibc from its
//! headers' own attributes (`access`, `malloc(fclose)`), in static and `dlopen` modes.
//! `ffi-macros`' unit test `zlib_annotation_coverage` counts what the zlib one covers.

use std::ffi::{CStr, c_int};

macro_rules! zlib_block {
    ($($body:tt)*) => {
        ffi_runtime::ffi! { pub mod zlinked { $($body)* source "#include <zlib.h>"; libraries ["z"]; } }
        ffi_runtime::ffi! { pub mod zopened { $($body)* dlopen "libz.so.1"; } }
    };
}

zlib_block! {
    headers ["zlib.h"];
    allow ["crc32*", "adler32*", "compress*", "uncompress*", "deflate*", "inflate*", "gz*",
           "zlib*", "zError", "get_crc_table", "Z_*", "ZLIB_VERSION", "z_stream"];
    safe {
        owned gzFile_s by gzclose;
        stream z_stream by inflateEnd as Inflater { in next_in[avail_in], out next_out[avail_out] };
        stream z_stream by deflateEnd as Deflater { in next_in[avail_in], out next_out[avail_out] };
        inflateInit_(new strm as Inflater, version = ZLIB_VERSION.as_ptr(),
                     stream_size = size_of::<z_stream>() as _) -> ok = Z_OK;
        inflateInit2_(new strm as Inflater, version = ZLIB_VERSION.as_ptr(),
                      stream_size = size_of::<z_stream>() as _) -> ok = Z_OK;
        deflateInit_(new strm as Deflater, version = ZLIB_VERSION.as_ptr(),
                     stream_size = size_of::<z_stream>() as _) -> ok = Z_OK;
        deflateInit2_(new strm as Deflater, version = ZLIB_VERSION.as_ptr(),
                      stream_size = size_of::<z_stream>() as _) -> ok = Z_OK;
        inflate(io strm as Inflater);
        inflateSync(io strm as Inflater);
        deflate(io strm as Deflater);
        inflateCopy(new dest as Inflater, source as Inflater) -> ok = Z_OK;
        deflateCopy(new dest as Deflater, source as Deflater) -> ok = Z_OK;
        inflateSetDictionary(strm as Inflater, dictionary[dictLength]);
        deflateSetDictionary(strm as Deflater, dictionary[dictLength]);
        deflatePending(strm as Deflater, out pending, out bits);
        inflateSyncPoint(arg0 as Inflater);
        inflateValidate(arg0 as Inflater);
        inflateCodesUsed(arg0 as Inflater);
        inflateResetKeep(arg0 as Inflater);
        deflateResetKeep(arg0 as Deflater);
        // It may let `inflate` read window bytes never written (in builds that allow it).
        unsafe inflateUndermine;
        "inflate*"(strm as Inflater);
        "deflate*"(strm as Deflater);
        crc32(buf[len]);
        crc32_z(buf[len]);
        adler32(buf[len]);
        adler32_z(buf[len]);
        compress(dest[*destLen], source[sourceLen]) -> ok = Z_OK;
        compress2(dest[*destLen], source[sourceLen]) -> ok = Z_OK;
        uncompress(dest[*destLen], source[sourceLen]) -> ok = Z_OK;
        uncompress2(dest[*destLen], source[*sourceLen]) -> ok = Z_OK;
        zlibVersion -> static str;
        zError -> static str;
        gzopen -> owned;
        gzdopen -> owned;
        gzread(buf[len]);
        gzwrite(buf[len]);
        gzgets(buf[len]);
        gzerror(out errnum) -> str of file;
        "crc32*";
        "adler32*";
        "gz*";
        "zlib*";
    }
}

macro_rules! zlib_tests {
    ($tests:ident, $z:ident) => {
        mod $tests {
            use super::*;
            use crate::$z as z;

            #[test]
            fn checksums_over_slices() {
                assert_eq!(z::crc32(0, b"123456789"), 0xcbf4_3926);
                assert_eq!(z::crc32(0, b""), 0);
                assert_eq!(z::adler32(1, b"Wikipedia"), 0x11e6_0398);
                assert!(z::zlibVersion().to_bytes().starts_with(b"1."));
                assert_eq!(z::zError(z::Z_DATA_ERROR), c"data error");
            }

            #[test]
            fn compress_and_uncompress_report_lengths_and_errors() {
                let input: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
                let mut packed = vec![0u8; z::compressBound(input.len() as _) as usize];
                let n = z::compress2(&mut packed, &input, z::Z_BEST_COMPRESSION).expect("fits");
                assert!((n as usize) < input.len() / 10, "{n}");
                let mut out = vec![0u8; input.len()];
                let m = z::uncompress(&mut out, &packed[..n as usize]).expect("inflates");
                assert_eq!(&out[..m as usize], &input[..]);
                // Too small a buffer, and garbage: zlib's own error codes.
                assert_eq!(z::compress(&mut [0u8; 8], &input), Err(z::Z_BUF_ERROR));
                assert_eq!(z::uncompress(&mut out, &[0xff; 16]), Err(z::Z_DATA_ERROR));
            }

            #[test]
            fn a_gzip_file_as_an_owned_handle() {
                let path = std::env::temp_dir().join(format!(
                    "ffi-gz-{}-{}.gz",
                    stringify!($z),
                    std::process::id()
                ));
                let name =
                    std::ffi::CString::new(path.to_string_lossy().as_bytes()).expect("a path");
                let f = z::gzopen(&name, c"wb").expect("opens for writing");
                assert_eq!(z::gzwrite(&f, b"first line\nsecond\n"), 18);
                assert_eq!(z::gzclose(f), z::Z_OK);
                let f = z::gzopen(&name, c"rb").expect("opens for reading");
                let mut line = [0u8; 64];
                assert!(!z::gzgets(&f, &mut line).is_null());
                assert_eq!(CStr::from_bytes_until_nul(&line), Ok(c"first line\n"));
                let mut rest = [0u8; 16];
                assert_eq!(z::gzread(&f, &mut rest), 7);
                assert_eq!(&rest[..7], b"second\n");
                let mut f = f;
                assert_eq!(z::gzerror(&mut f), (c"", z::Z_OK));
                drop(f); // closed once, by `gzclose`
                let _ = std::fs::remove_file(path);
            }

            /// A `z_stream` as a stream handle: Rust allocates it, `inflate` gets the input
            /// and output slices of one call (the wrapper clears the stream's pointers after
            /// it) and says how much of each it used; dropping the handle ends the stream.
            #[test]
            fn an_inflate_loop_over_a_z_stream() {
                let input = b"hello, hello, hello, hello".repeat(100);
                let mut packed = vec![0u8; 512];
                let n = z::compress(&mut packed, &input).expect("fits") as usize;
                let mut s = z::inflateInit_().expect("initializes");
                let (mut out, mut chunk, mut at) = (Vec::new(), [0u8; 64], 0);
                loop {
                    let (rc, used, made) =
                        z::inflate(&mut s, &packed[at..n], &mut chunk, z::Z_NO_FLUSH);
                    at += used;
                    out.extend_from_slice(&chunk[..made]);
                    if rc == z::Z_STREAM_END {
                        break;
                    }
                    assert_eq!(rc, z::Z_OK);
                }
                assert_eq!((out.len(), at), (input.len(), n));
                assert_eq!(out, input);
                // Reset, then a copy inflates the same bytes independently.
                assert_eq!(z::inflateReset(&mut s), z::Z_OK);
                let mut copy = z::inflateCopy(&mut s).expect("copies");
                let mut all = vec![0u8; input.len()];
                let (rc, used, made) = z::inflate(&mut copy, &packed[..n], &mut all, z::Z_FINISH);
                assert_eq!((rc, used, made), (z::Z_STREAM_END, n, input.len()));
                assert_eq!(all, input);
            }

            /// Deflate in small output chunks, with a dictionary; bad parameters are zlib's
            /// own errors, and a stream dropped mid-way is still ended once.
            #[test]
            fn a_deflate_stream_round_trips() {
                let input = b"stream after stream after stream".repeat(50);
                let mut d = z::deflateInit2_(9, z::Z_DEFLATED, 15, 8, z::Z_DEFAULT_STRATEGY)
                    .expect("initializes");
                assert_eq!(z::deflateSetDictionary(&mut d, b"stream after"), z::Z_OK);
                let (mut packed, mut chunk, mut at) = (Vec::new(), [0u8; 16], 0);
                loop {
                    let (rc, used, made) =
                        z::deflate(&mut d, &input[at..], &mut chunk, z::Z_FINISH);
                    at += used;
                    packed.extend_from_slice(&chunk[..made]);
                    if rc == z::Z_STREAM_END {
                        break;
                    }
                    assert_eq!(rc, z::Z_OK);
                }
                assert!(packed.len() < input.len() / 10, "{}", packed.len());
                let mut i = z::inflateInit_().expect("initializes");
                let mut out = vec![0u8; input.len()];
                let (rc, header, _) = z::inflate(&mut i, &packed, &mut out, z::Z_NO_FLUSH);
                assert_eq!(
                    (rc, header),
                    (z::Z_NEED_DICT, 6),
                    "the header and dictionary id"
                );
                assert_eq!(z::inflateSetDictionary(&mut i, b"stream after"), z::Z_OK);
                let (rc, _, made) = z::inflate(&mut i, &packed[header..], &mut out, z::Z_NO_FLUSH);
                assert_eq!((rc, made), (z::Z_STREAM_END, input.len()));
                assert_eq!(out, input);
                assert_eq!(z::deflateInit_(42).err(), Some(z::Z_STREAM_ERROR));
                let mut half = z::deflateInit_(1).expect("initializes");
                let (rc, _, _) = z::deflate(&mut half, &input, &mut chunk, z::Z_NO_FLUSH);
                assert_eq!(rc, z::Z_OK);
            }
        }
    };
}

zlib_tests!(zlib_static, zlinked);
zlib_tests!(zlib_dlopen, zopened);

macro_rules! libc_block {
    ($($body:tt)*) => {
        ffi_runtime::ffi! { pub mod clinked { $($body)* source "#include <unistd.h>"; } }
        ffi_runtime::ffi! { pub mod copened { $($body)* dlopen "libc.so.6"; } }
    };
}

// Nothing annotated but `fputs`/`fgets` (which take a `FILE *`) and `memcpy` (whose header
// says nothing of its length): `read`, `write` and `getrandom` are safe by their `access`
// attributes, `fopen` returns an owned `FILE` by its `malloc(fclose, 1)`.
libc_block! {
    headers ["unistd.h", "stdio.h", "string.h", "sys/random.h"];
    allow ["read", "write", "pipe", "close", "fopen", "fclose", "fputs", "fgets", "memcpy",
           "getrandom"];
    safe {
        fputs;
        fgets;
        memcpy(__dest[__n], __src[__n]);
    }
}

macro_rules! libc_tests {
    ($tests:ident, $c:ident) => {
        mod $tests {
            use super::*;
            use crate::$c as c;

            #[test]
            fn read_and_write_on_a_pipe_by_their_attributes() {
                let mut fds = [0 as c_int; 2];
                // `pipe(int [2])` says nothing of its length: still `unsafe`.
                assert_eq!(unsafe { c::pipe(fds.as_mut_ptr()) }, 0);
                assert_eq!(c::write(fds[1], b"through the pipe"), 16);
                let mut buf = [0u8; 64];
                let n = c::read(fds[0], &mut buf);
                assert_eq!(&buf[..n as usize], b"through the pipe");
                assert_eq!((c::close(fds[0]), c::close(fds[1])), (0, 0));
                let mut random = [0u8; 32];
                assert_eq!(c::getrandom(&mut random, 0), 32);
            }

            #[test]
            fn fopen_gives_an_owned_file() {
                let path = std::env::temp_dir().join(format!(
                    "ffi-file-{}-{}",
                    stringify!($c),
                    std::process::id()
                ));
                let name =
                    std::ffi::CString::new(path.to_string_lossy().as_bytes()).expect("a path");
                let f = c::fopen(&name, c"w").expect("opens");
                assert!(c::fputs(c"one line\n", &f) >= 0);
                assert_eq!(c::fclose(f), 0);
                let f = c::fopen(&name, c"r").expect("opens");
                let mut line = [0u8; 32];
                assert!(!c::fgets(&mut line, &f).is_null());
                assert_eq!(CStr::from_bytes_until_nul(&line), Ok(c"one line\n"));
                drop(f);
                assert!(c::fopen(c"/nonexistent/dir/file", c"r").is_none());
                let _ = std::fs::remove_file(path);
            }

            #[test]
            fn memcpy_between_slices_checks_their_lengths() {
                let mut dest = [0u8; 5];
                c::memcpy(&mut dest, b"bytes and more");
                assert_eq!(&dest, b"bytes");
                let short = std::panic::catch_unwind(|| {
                    let mut dest = [0u8; 8];
                    c::memcpy(&mut dest, b"tiny");
                });
                assert!(
                    short.is_err(),
                    "a source shorter than the destination panics"
                );
            }
        }
    };
}

libc_tests!(libc_static, clinked);
libc_tests!(libc_dlopen, copened);

ffi_runtime::ffi! {
    /// A handle C allocates and frees, counting both: an owned handle is freed once,
    /// whether dropped, moved, or given up and taken back (valgrind checks the memory).
    pub mod counted {
        cdef r#"
            typedef struct thing thing;
            thing *thing_new(int v);
            int thing_value(const thing *t);
            void thing_free(thing *t);
            int things_alive(void);
        "#;
        source r#"
            #include <stdlib.h>
            typedef struct thing { int v; } thing;
            static int alive;
            thing *thing_new(int v) { thing *t = malloc(sizeof *t); t->v = v; alive++; return t; }
            int thing_value(const thing *t) { return t->v; }
            void thing_free(thing *t) { alive--; free(t); }
            int things_alive(void) { return alive; }
        "#;
        safe {
            owned thing by thing_free;
            thing_new -> owned;
            thing_value;
        }
    }
}

#[test]
fn owned_handles_are_freed_once_however_they_travel() {
    use counted::*;
    let before = things_alive();
    let a = thing_new(1).expect("allocated");
    let moved = a;
    assert_eq!(thing_value(&moved), 1);
    drop(moved);
    let b = thing_new(2).expect("allocated");
    let raw = ffi_runtime::Owned::into_raw(b);
    assert_eq!(things_alive(), before + 1);
    // SAFETY: `raw` came from `into_raw` and nothing else frees it.
    let back = unsafe { owned::thing::from_raw(raw) }.expect("not null");
    assert_eq!(thing_value(&back), 2);
    thing_free(back);
    let kept: Vec<owned::thing> = (0..10).filter_map(thing_new).collect();
    assert_eq!(things_alive(), before + 10);
    drop(kept);
    assert_eq!(things_alive(), before);
}

ffi_runtime::ffi! {
    /// The attributes written in a cdef, as a header would carry them.
    pub mod attributed {
        cdef r#"
            int total(const int *__attribute__((counted_by(count))) values, int count);
            void fill(unsigned char *buf, unsigned n, unsigned char with)
                __attribute__((access(write_only, 1, 2)));
            const char *label(int which) __attribute__((returns_nonnull));
        "#;
        source r#"
            int total(const int *values, int count) { int s = 0; while (count--) s += *values++; return s; }
            void fill(unsigned char *buf, unsigned n, unsigned char with) { while (n--) *buf++ = with; }
            const char *label(int which) { return which ? "on" : "off"; }
        "#;
        safe {
            label -> static str;
        }
    }
}

#[test]
fn attributes_in_a_cdef_make_slices() {
    assert_eq!(attributed::total(&[1, 2, 3, 4]), 10);
    let mut buf = [0u8; 4];
    attributed::fill(&mut buf, b'x');
    assert_eq!(&buf, b"xxxx");
    assert_eq!(attributed::label(1), c"on");
}

ffi_runtime::ffi! {
    /// ABI mode: a cdef and its annotations, no compiler.
    pub mod zabi {
        cdef r#"
            typedef struct gzFile_s *gzFile;
            unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
            int compress(unsigned char *dest, unsigned long *destLen, const unsigned char *source, unsigned long sourceLen);
            gzFile gzopen(const char *path, const char *mode);
            int gzclose(gzFile file);
            int gzwrite(gzFile file, const void *buf, unsigned len);
            const char *zlibVersion(void);
        "#;
        dlopen "libz.so.1";
        safe {
            owned gzFile_s by gzclose;
            crc32(buf[len]);
            compress(dest[*destLen], source[sourceLen]) -> ok = 0;
            gzopen -> owned;
            gzwrite(buf[len]);
            zlibVersion -> static str;
        }
    }
}

#[test]
fn annotations_in_abi_mode() {
    assert_eq!(zabi::crc32(0, b"123456789"), 0xcbf4_3926);
    let mut out = [0u8; 64];
    assert!(zabi::compress(&mut out, b"abcabcabc").is_ok());
    assert!(zabi::gzopen(c"/nonexistent/dir/x.gz", c"wb").is_none());
    assert!(zabi::zlibVersion().to_bytes().starts_with(b"1."));
}
