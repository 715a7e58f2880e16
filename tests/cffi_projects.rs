//! Real CFFI projects' whole cdefs and `set_source` texts, verbatim (files under
//! `tests/cdefs/cffi_projects/` and `tests/c/cffi_projects/`, each naming its origin), built
//! in API mode against Debian's libraries (in ABI mode where the project `dlopen`s) and
//! called with published test vectors. A cdef that differs from its header in a way C
//! converts must build, as it does under CFFI.

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// PyNaCl 1.5.0: every `src/bindings/*.h` as the cdef, `#include <sodium.h>` plus the
/// `minimal/*.h` stubs as the source.
mod pynacl {
    use super::*;

    ffi_runtime::ffi! {
        pub mod sodium {
            cdef_file "tests/cdefs/cffi_projects/pynacl-1.5.h";
            source_file "tests/c/cffi_projects/pynacl-1.5.c";
            libraries ["sodium"];
        }
    }

    #[test]
    fn sha256_and_sha512_of_abc() {
        assert!(sodium::sodium_init() >= 0);
        assert_eq!(sodium::crypto_hash_sha256_bytes(), 32);
        let mut digest = [0u8; 32];
        unsafe { sodium::crypto_hash_sha256(digest.as_mut_ptr(), b"abc".as_ptr(), 3) };
        // FIPS 180-2, appendix B.1.
        assert_eq!(
            hex(&digest),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let mut long = [0u8; 64];
        unsafe { sodium::crypto_hash_sha512(long.as_mut_ptr(), b"abc".as_ptr(), 3) };
        assert!(hex(&long).starts_with("ddaf35a193617aba"));
    }

    #[test]
    fn ed25519_rfc8032_test_1() {
        assert!(sodium::sodium_init() >= 0);
        assert_eq!(sodium::crypto_sign_bytes(), 64);
        let seed = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        let (mut pk, mut sk) = ([0u8; 32], [0u8; 64]);
        let ok = unsafe {
            sodium::crypto_sign_seed_keypair(pk.as_mut_ptr(), sk.as_mut_ptr(), seed.as_ptr())
        };
        assert_eq!(ok, 0);
        assert_eq!(
            hex(&pk),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
        );
        // The empty message, signed: the signature followed by the message.
        let mut signed = [0u8; 64];
        let mut len = 0u64;
        let ok = unsafe {
            sodium::crypto_sign(signed.as_mut_ptr(), &mut len, [].as_ptr(), 0, sk.as_ptr())
        };
        assert_eq!((ok, len), (0, 64));
        assert_eq!(
            hex(&signed),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        );
    }

    #[test]
    fn the_minimal_stubs_report_a_full_library() {
        // `source`'s `static const int PYNACL_HAS_... = 1;` when libsodium is not minimal.
        assert_eq!(sodium::PYNACL_HAS_CRYPTO_CORE_ED25519, 1);
        assert_eq!(sodium::PYNACL_HAS_CRYPTO_PWHASH_SCRYPTSALSA208SHA256, 1);
    }
}

/// argon2-cffi-bindings 21.2.0 with the system library: its whole cdef, `#include <argon2.h>`.
mod argon2 {
    use super::*;

    ffi_runtime::ffi! {
        pub mod a2 {
            cdef_file "tests/cdefs/cffi_projects/argon2-cffi-bindings-21.2.h";
            source "#include <argon2.h>";
            libraries ["argon2"];
        }
    }

    /// argon2's own test.c vector: argon2i, v=0x13, t=2, m=256 KiB, p=1.
    const ENCODED: &str =
        "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8";

    #[test]
    fn a_context_hashes_the_reference_vector() {
        use a2::*;
        let (mut out, mut pwd, mut salt) = ([0u8; 32], *b"password", *b"somesalt");
        let mut ctx = argon2_context {
            out: out.as_mut_ptr(),
            outlen: 32,
            pwd: pwd.as_mut_ptr(),
            pwdlen: 8,
            salt: salt.as_mut_ptr(),
            saltlen: 8,
            t_cost: 2,
            m_cost: 256,
            lanes: 1,
            threads: 1,
            version: ARGON2_VERSION_13.0,
            flags: ARGON2_DEFAULT_FLAGS,
            ..Default::default()
        };
        assert_eq!(unsafe { argon2_ctx(&mut ctx, Argon2_i) }, ARGON2_OK.0);
        assert_eq!(
            hex(&out),
            "89e9029f4637b295beb027056a7336c414fadd43f6b208645281cb214a56452f"
        );
    }

    #[test]
    fn verify_and_error_messages() {
        use a2::*;
        let encoded = std::ffi::CString::new(ENCODED).expect("no NUL");
        let ok =
            unsafe { argon2_verify(encoded.as_ptr(), b"password".as_ptr().cast(), 8, Argon2_i) };
        assert_eq!(ok, ARGON2_OK.0);
        let bad =
            unsafe { argon2_verify(encoded.as_ptr(), b"passwore".as_ptr().cast(), 8, Argon2_i) };
        assert_eq!(bad, ARGON2_VERIFY_MISMATCH.0);
        let text = unsafe { std::ffi::CStr::from_ptr(argon2_error_message(bad)) };
        assert_eq!(
            text.to_str(),
            Ok("The password does not match the supplied hash")
        );
        assert_eq!((ARGON2_MIN_OUTLEN, ARGON2_SYNC_POINTS), (4, 4));
        assert_eq!(
            argon2_encodedlen(2, 256, 1, 8, 32, Argon2_i) as usize,
            ENCODED.len() + 1
        );
    }
}

/// cryptography 36.0.2's OpenSSL bindings, all 33 modules, against Debian's OpenSSL 3.
mod cryptography {
    use super::*;

    ffi_runtime::ffi! {
        pub mod openssl {
            cdef_file "tests/cdefs/cffi_projects/cryptography-36-openssl.h";
            source_file "tests/c/cffi_projects/cryptography-36-openssl.c";
            libraries ["ssl", "crypto", "pthread"];
        }
    }

    #[test]
    fn sha256_of_abc_through_evp() {
        use openssl::*;
        unsafe {
            let md = EVP_get_digestbyname(c"sha256");
            assert!(!md.is_null());
            let ctx = EVP_MD_CTX_new();
            assert_eq!(EVP_DigestInit_ex(ctx, md, std::ptr::null_mut()), 1);
            assert_eq!(EVP_DigestUpdate(ctx, b"abc".as_ptr().cast(), 3), 1);
            let (mut out, mut len) = ([0u8; 64], 0u32);
            assert_eq!(EVP_DigestFinal_ex(ctx, out.as_mut_ptr(), &mut len), 1);
            EVP_MD_CTX_free(ctx);
            assert_eq!(
                hex(&out[..len as usize]),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            );
        }
    }

    #[test]
    fn hmac_sha256_rfc4231_case_2_and_the_customizations() {
        use openssl::*;
        unsafe {
            let ctx = HMAC_CTX_new();
            let md = EVP_get_digestbyname(c"sha256");
            assert_eq!(
                HMAC_Init_ex(ctx, b"Jefe".as_ptr().cast(), 4, md, std::ptr::null_mut()),
                1
            );
            let data = b"what do ya want for nothing?";
            assert_eq!(HMAC_Update(ctx, data.as_ptr(), data.len()), 1);
            let (mut out, mut len) = ([0u8; 32], 0u32);
            assert_eq!(HMAC_Final(ctx, out.as_mut_ptr(), &mut len), 1);
            HMAC_CTX_free(ctx);
            assert_eq!(
                hex(&out[..len as usize]),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            );
        }
        // From `source`'s CUSTOMIZATIONS and the version define CFFI's build adds.
        assert_eq!(CRYPTOGRAPHY_OPENSSL_300_OR_GREATER, 1);
        assert!(OpenSSL_version_num() >= 0x3000_0000);
        assert_eq!(CRYPTOGRAPHY_PACKAGE_VERSION.to_str(), Ok("36.0.2"));
    }
}

/// The same PyNaCl cdef as a `mode shared` block: one `.so`, loaded on first use.
mod pynacl_shared {
    use super::*;

    ffi_runtime::ffi! {
        pub mod sodium {
            cdef_file "tests/cdefs/cffi_projects/pynacl-1.5.h";
            source_file "tests/c/cffi_projects/pynacl-1.5.c";
            libraries ["sodium"];
            mode shared;
        }
    }

    #[test]
    fn blake2b_of_abc_from_the_shared_object() {
        assert!(sodium::load().is_ok());
        assert!(sodium::sodium_init() >= 0);
        let mut out = [0u8; 64];
        let null = std::ptr::null();
        let rc = unsafe {
            sodium::crypto_generichash_blake2b_salt_personal(
                out.as_mut_ptr(),
                64,
                b"abc".as_ptr(),
                3,
                null,
                0,
                null,
                null,
            )
        };
        assert_eq!(rc, 0);
        // RFC 7693, appendix A: BLAKE2b-512("abc").
        assert_eq!(
            hex(&out),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1\
             7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
    }
}

/// python-soundfile 0.13.1: its whole ABI-mode cdef, `dlopen`ed as soundfile.py does it.
mod soundfile {
    use std::ffi::{CStr, c_void};

    ffi_runtime::ffi! {
        pub mod snd {
            cdef_file "tests/cdefs/cffi_projects/python-soundfile-0.13.h";
            dlopen "libsndfile.so.1";
        }
    }
    use snd::*;

    /// soundfile.py's `_formats['WAV']` and `_subtypes['PCM_16']`.
    const WAV_PCM_16: i32 = 0x01_0000 | 0x0002;
    /// `whence` for `sf_seek` and the `seek` callback, as in stdio.
    const SEEK_SET: std::ffi::c_int = 0;

    /// `n` stereo frames of 16-bit samples.
    fn frames(n: usize) -> Vec<i16> {
        (0..2 * n)
            .map(|i| (((i * 37) % 200) as i32 * 300 - 30_000) as i16)
            .collect()
    }

    /// What `sf_open` is told to write: a stereo 16-bit WAV at `samplerate`.
    fn stereo_pcm16(samplerate: std::ffi::c_int) -> SF_INFO {
        SF_INFO {
            samplerate,
            channels: 2,
            format: WAV_PCM_16,
            ..Default::default()
        }
    }

    fn temp_wav(name: &str) -> std::ffi::CString {
        let path = std::env::temp_dir().join(format!("ffi-{}-{name}.wav", std::process::id()));
        std::ffi::CString::new(path.to_str().expect("UTF-8 temp dir")).expect("no NUL")
    }

    #[test]
    fn writes_and_reads_back_a_stereo_wav() {
        let path = temp_wav("stereo");
        let data = frames(100);
        let mut info = stereo_pcm16(44100);
        assert_eq!(unsafe { sf_format_check(&info) }, SF_TRUE);
        unsafe {
            let f = sf_open(path.as_ptr(), SFM_WRITE, &mut info);
            assert!(!f.is_null(), "{:?}", CStr::from_ptr(sf_strerror(f)));
            assert_eq!(
                sf_writef_short(f, data.as_ptr().cast_mut().cast(), 100),
                100
            );
            assert_eq!(sf_close(f), 0);
        }
        let mut info = SF_INFO::default();
        let mut back = vec![0.0; 200];
        unsafe {
            let f = sf_open(path.as_ptr(), SFM_READ, &mut info);
            assert!(!f.is_null());
            assert_eq!(
                (info.frames, info.samplerate, info.channels),
                (100, 44100, 2)
            );
            assert_eq!(info.format, WAV_PCM_16);
            assert_eq!(info.seekable, SF_TRUE);
            assert_eq!(sf_readf_double(f, back.as_mut_ptr().cast(), 100), 100);
            assert_eq!(sf_seek(f, 10, SEEK_SET), 10);
            let mut two = [0i16; 4];
            assert_eq!(sf_readf_short(f, two.as_mut_ptr().cast(), 2), 2);
            assert_eq!(two, data[20..24]);
            assert_eq!(sf_close(f), 0);
        }
        let _ = std::fs::remove_file(path.to_str().expect("UTF-8"));
        // Read as double, a 16-bit sample is normalized by 1/0x8000: exactly.
        let expect = data.iter().map(|&s| f64::from(s) / 32768.0);
        assert!(back.iter().copied().eq(expect));
    }

    #[test]
    fn versions_errors_and_commands() {
        let version = unsafe { CStr::from_ptr(sf_version_string()) };
        assert!(
            version.to_bytes().starts_with(b"libsndfile-1."),
            "{version:?}"
        );
        let mut buf = [0u8; 64];
        let n = unsafe {
            sf_command(
                std::ptr::null_mut(),
                SFC_GET_LIB_VERSION,
                buf.as_mut_ptr().cast(),
                64,
            )
        };
        assert_eq!(&buf[..n as usize], version.to_bytes());
        let none = unsafe { CStr::from_ptr(sf_error_number(0)) };
        assert_eq!(none.to_str(), Ok("No Error."));
        let missing = c"/nonexistent/ffi-soundfile.wav";
        let mut info = SF_INFO::default();
        let f = unsafe { sf_open(missing.as_ptr(), SFM_READ, &mut info) };
        assert!(f.is_null());
        assert_ne!(unsafe { sf_error(f) }, 0);
        let mut count = 0;
        let size = size_of::<std::ffi::c_int>() as _;
        let rc = unsafe {
            sf_command(
                std::ptr::null_mut(),
                SFC_GET_FORMAT_MAJOR_COUNT,
                (&raw mut count).cast(),
                size,
            )
        };
        assert_eq!(rc, 0);
        assert!(count > 10, "libsndfile knows {count} major formats");
    }

    /// A file in memory: `SF_VIRTUAL_IO`'s callbacks are Rust functions over a `Vec`.
    struct Memory {
        bytes: Vec<u8>,
        at: usize,
    }

    unsafe fn memory<'a>(user: *mut c_void) -> &'a mut Memory {
        unsafe { &mut *user.cast::<Memory>() }
    }

    unsafe extern "C" fn get_filelen(user: *mut c_void) -> sf_count_t {
        unsafe { memory(user) }.bytes.len() as _
    }

    unsafe extern "C" fn seek(
        offset: sf_count_t,
        whence: std::ffi::c_int,
        user: *mut c_void,
    ) -> sf_count_t {
        let m = unsafe { memory(user) };
        let base = match whence {
            SEEK_SET => 0,
            1 => m.at as sf_count_t,
            _ => m.bytes.len() as sf_count_t,
        };
        m.at = (base + offset) as usize;
        m.at as _
    }

    unsafe extern "C" fn read(
        ptr: *mut c_void,
        count: sf_count_t,
        user: *mut c_void,
    ) -> sf_count_t {
        let m = unsafe { memory(user) };
        let n = (count as usize).min(m.bytes.len().saturating_sub(m.at));
        unsafe { std::ptr::copy_nonoverlapping(m.bytes.as_ptr().add(m.at), ptr.cast(), n) };
        m.at += n;
        n as _
    }

    unsafe extern "C" fn write(
        ptr: *const c_void,
        count: sf_count_t,
        user: *mut c_void,
    ) -> sf_count_t {
        let m = unsafe { memory(user) };
        let data = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), count as usize) };
        let end = m.at + data.len();
        if m.bytes.len() < end {
            m.bytes.resize(end, 0);
        }
        m.bytes[m.at..end].copy_from_slice(data);
        m.at = end;
        count
    }

    unsafe extern "C" fn tell(user: *mut c_void) -> sf_count_t {
        unsafe { memory(user) }.at as _
    }

    #[test]
    fn virtual_io_writes_and_reads_memory() {
        let mut io = SF_VIRTUAL_IO {
            get_filelen: Some(get_filelen),
            seek: Some(seek),
            read: Some(read),
            write: Some(write),
            tell: Some(tell),
        };
        let mut file = Memory {
            bytes: Vec::new(),
            at: 0,
        };
        let user = (&raw mut file).cast::<c_void>();
        let data = frames(50);
        let mut info = stereo_pcm16(8000);
        unsafe {
            let f = sf_open_virtual(&mut io, SFM_WRITE, &mut info, user);
            assert!(!f.is_null(), "{:?}", CStr::from_ptr(sf_strerror(f)));
            assert_eq!(sf_write_short(f, data.as_ptr().cast_mut(), 100), 100);
            assert_eq!(sf_close(f), 0);
        }
        // 44 bytes of RIFF header, then 50 frames of two 16-bit samples.
        assert_eq!(file.bytes.len(), 44 + 50 * 2 * 2);
        assert_eq!(&file.bytes[..4], b"RIFF");
        file.at = 0;
        let mut info = SF_INFO::default();
        let mut back = [0i32; 100];
        unsafe {
            let f = sf_open_virtual(&mut io, SFM_READ, &mut info, user);
            assert!(!f.is_null());
            assert_eq!((info.frames, info.samplerate), (50, 8000));
            assert_eq!(sf_read_int(f, back.as_mut_ptr(), 100), 100);
            assert_eq!(sf_close(f), 0);
        }
        // 16-bit samples read as int are scaled to the full 32-bit range.
        let expect = data.iter().map(|&s| i32::from(s) << 16);
        assert!(back.iter().copied().eq(expect));
    }
}

/// cairocffi 1.7.1: its whole cairo cdef (1,925 lines), `dlopen`ed as cairocffi does it.
pub mod cairocffi {
    use ffi_runtime::callback;
    use std::ffi::{CStr, c_uchar, c_uint};

    ffi_runtime::ffi! {
        pub mod cairo {
            cdef_file "tests/cdefs/cffi_projects/cairocffi-1.7.h";
            dlopen "libcairo.so.2";
        }
    }
    use cairo::*;

    /// A 4x4 ARGB32 image whose left half is filled red.
    unsafe fn half_red() -> *mut cairo_surface_t {
        unsafe {
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
            assert_eq!(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS);
            let cr = cairo_create(surface);
            cairo_set_source_rgb(cr, 1.0, 0.0, 0.0);
            cairo_rectangle(cr, 0.0, 0.0, 2.0, 4.0);
            cairo_fill(cr);
            cairo_destroy(cr);
            cairo_surface_flush(surface);
            surface
        }
    }

    /// Row `y` of an ARGB32 image, as the native-endian `u32`s cairo stores.
    unsafe fn row(surface: *mut cairo_surface_t, y: usize) -> Vec<u32> {
        unsafe {
            let stride = cairo_image_surface_get_stride(surface) as usize;
            let data = cairo_image_surface_get_data(surface).add(y * stride);
            let width = cairo_image_surface_get_width(surface) as usize;
            (0..width)
                .map(|x| data.add(4 * x).cast::<u32>().read_unaligned())
                .collect()
        }
    }

    #[test]
    fn draws_into_an_image_surface() {
        let version = unsafe { CStr::from_ptr(cairo_version_string()) };
        assert!(version.to_bytes().starts_with(b"1."), "{version:?}");
        assert!(cairo_version() >= 11000);
        assert_eq!(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, 4), 16);
        unsafe {
            let surface = half_red();
            assert_eq!(row(surface, 3), [0xffff_0000, 0xffff_0000, 0, 0]);
            cairo_surface_destroy(surface);
        }
        let text = unsafe { CStr::from_ptr(cairo_status_to_string(CAIRO_STATUS_NO_MEMORY)) };
        assert_eq!(text.to_str(), Ok("out of memory"));
    }

    #[test]
    fn a_matrix_rotates_a_point() {
        let mut m = cairo_matrix_t::default();
        let (mut x, mut y) = (1.0, 0.0);
        unsafe {
            cairo_matrix_init_rotate(&mut m, std::f64::consts::FRAC_PI_2);
            cairo_matrix_transform_point(&m, &mut x, &mut y);
        }
        assert!(x.abs() < 1e-12 && (y - 1.0).abs() < 1e-12, "({x}, {y})");
        assert_eq!((m.xx.abs() < 1e-12, m.yx, m.xy), (true, 1.0, -1.0));
    }

    /// PNG through cairo's stream functions: Rust closures lent as the callbacks.
    #[test]
    fn png_round_trip_through_closures() {
        let mut png = Vec::new();
        let mut write = |data: *const c_uchar, len: c_uint| {
            png.extend_from_slice(unsafe { std::slice::from_raw_parts(data, len as usize) });
            CAIRO_STATUS_SUCCESS
        };
        let status = unsafe {
            let surface = half_red();
            let cb = callback::lend_first(&mut write);
            let status = cairo_surface_write_to_png_stream(surface, cb.function(), cb.data());
            cairo_surface_destroy(surface);
            status
        };
        assert_eq!(status, CAIRO_STATUS_SUCCESS);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let mut at = 0;
        let mut read = |data: *mut c_uchar, len: c_uint| {
            let Some(chunk) = png.get(at..at + len as usize) else {
                return CAIRO_STATUS_READ_ERROR;
            };
            unsafe { std::ptr::copy_nonoverlapping(chunk.as_ptr(), data, chunk.len()) };
            at += chunk.len();
            CAIRO_STATUS_SUCCESS
        };
        unsafe {
            let cb = callback::lend_first(&mut read);
            let back = cairo_image_surface_create_from_png_stream(cb.function(), cb.data());
            assert_eq!(cairo_surface_status(back), CAIRO_STATUS_SUCCESS);
            assert_eq!(cairo_image_surface_get_height(back), 4);
            assert_eq!(row(back, 0), [0xffff_0000, 0xffff_0000, 0, 0]);
            cairo_surface_destroy(back);
        }
        assert_eq!(at, png.len(), "cairo read the whole PNG");
    }
}

/// brotlicffi (1.1 series) with the system library: its whole cdef, `#include
/// <brotli/decode.h>` and `<brotli/encode.h>` as the source.
mod brotlicffi {
    ffi_runtime::ffi! {
        pub mod brotli {
            cdef_file "tests/cdefs/cffi_projects/brotlicffi-1.1.h";
            source "#include <brotli/decode.h>\n#include <brotli/encode.h>";
            libraries ["brotlienc", "brotlidec"];
        }
    }

    use std::ptr;

    fn compress(input: &[u8], quality: i32) -> Vec<u8> {
        let mut out = vec![0u8; input.len() + 1024];
        let mut size = out.len();
        let ok = unsafe {
            brotli::BrotliEncoderCompress(
                quality,
                brotli::BROTLI_DEFAULT_WINDOW,
                brotli::BrotliEncoderMode(brotli::BROTLI_DEFAULT_MODE as _),
                input.len(),
                input.as_ptr(),
                &mut size,
                out.as_mut_ptr(),
            )
        };
        assert!(ok, "BrotliEncoderCompress failed");
        out.truncate(size);
        out
    }

    /// Streams `input` through a decoder, 7 bytes of output at a time.
    fn decompress(input: &[u8]) -> (brotli::BrotliDecoderResult, Vec<u8>, (i64, String)) {
        let s = unsafe { brotli::BrotliDecoderCreateInstance(None, None, ptr::null_mut()) };
        assert!(!s.is_null());
        let (mut next_in, mut available_in) = (input.as_ptr(), input.len());
        let mut out = Vec::new();
        let result = loop {
            let mut chunk = [0u8; 7];
            let (mut next_out, mut available_out) = (chunk.as_mut_ptr(), chunk.len());
            let r = unsafe {
                brotli::BrotliDecoderDecompressStream(
                    s,
                    &mut available_in,
                    &mut next_in,
                    &mut available_out,
                    &mut next_out,
                    ptr::null_mut(),
                )
            };
            out.extend_from_slice(&chunk[..chunk.len() - available_out]);
            if r != brotli::BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT {
                break r;
            }
        };
        let code = unsafe { brotli::BrotliDecoderGetErrorCode(s) };
        let text = unsafe { std::ffi::CStr::from_ptr(brotli::BrotliDecoderErrorString(code)) };
        let finished = unsafe { brotli::BrotliDecoderIsFinished(s) };
        assert_eq!(finished, result == brotli::BROTLI_DECODER_RESULT_SUCCESS);
        unsafe { brotli::BrotliDecoderDestroyInstance(s) };
        (
            result,
            out,
            (code.0 as i64, text.to_string_lossy().into_owned()),
        )
    }

    #[test]
    fn the_cdefs_constants_agree_with_the_headers_macros() {
        // `int BROTLI_DEFAULT_QUALITY = 11;` is CFFI's spelling of a constant; the compiler
        // checked it against the header's `#define BROTLI_DEFAULT_QUALITY 11`.
        assert_eq!(
            (
                brotli::BROTLI_DEFAULT_QUALITY,
                brotli::BROTLI_DEFAULT_WINDOW
            ),
            (11, 22)
        );
        assert_eq!((brotli::BROTLI_TRUE, brotli::BROTLI_FALSE), (1, 0));
        assert_eq!(
            brotli::BrotliEncoderMode(brotli::BROTLI_DEFAULT_MODE as _),
            brotli::BROTLI_MODE_GENERIC
        );
    }

    #[test]
    fn compresses_and_streams_back() {
        let text = "It was the best of times, it was the worst of times. ".repeat(40);
        let packed = compress(text.as_bytes(), brotli::BROTLI_DEFAULT_QUALITY);
        assert!(packed.len() < text.len() / 10, "{} bytes", packed.len());
        let (result, out, _) = decompress(&packed);
        assert_eq!(result, brotli::BROTLI_DECODER_RESULT_SUCCESS);
        assert_eq!(out, text.as_bytes());
    }

    /// `typedef enum {...} BrotliDecoderErrorCode;`: an enum CFFI knows nothing of but its
    /// type, passed back to C as it came.
    #[test]
    fn a_corrupt_stream_reports_its_error_code() {
        let mut packed = compress(b"hello, hello, hello, hello", 5);
        let last = packed.len() - 1;
        packed[last] ^= 0xff;
        packed.push(0);
        let (result, _, (code, text)) = decompress(&packed);
        assert_eq!(result, brotli::BROTLI_DECODER_RESULT_ERROR);
        // Brotli's error codes are negative, each with its name ("BLOCK_LENGTH_2", …).
        assert!(code < 0, "{code}");
        assert!(
            text.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                && !text.is_empty(),
            "{text}"
        );
    }

    /// The encoder's streaming API, with its `BROTLI_BOOL` results (`int` in C, `bool` in
    /// the cdef: the glue converts).
    #[test]
    fn the_streaming_encoder_finishes() {
        let s = unsafe { brotli::BrotliEncoderCreateInstance(None, None, ptr::null_mut()) };
        assert!(!s.is_null());
        assert!(unsafe { brotli::BrotliEncoderSetParameter(s, brotli::BROTLI_PARAM_QUALITY, 4) });
        let input = b"streaming streaming streaming";
        let (mut next_in, mut available_in) = (input.as_ptr(), input.len());
        let mut out = vec![0u8; 256];
        let (mut next_out, mut available_out) = (out.as_mut_ptr(), out.len());
        let ok = unsafe {
            brotli::BrotliEncoderCompressStream(
                s,
                brotli::BROTLI_OPERATION_FINISH,
                &mut available_in,
                &mut next_in,
                &mut available_out,
                &mut next_out,
                ptr::null_mut(),
            )
        };
        assert!(ok);
        assert!(unsafe { brotli::BrotliEncoderIsFinished(s) });
        assert!(!unsafe { brotli::BrotliEncoderHasMoreOutput(s) });
        unsafe { brotli::BrotliEncoderDestroyInstance(s) };
        out.truncate(out.len() - available_out);
        let (result, back, _) = decompress(&out);
        assert_eq!(
            (result, back.as_slice()),
            (brotli::BROTLI_DECODER_RESULT_SUCCESS, &input[..])
        );
    }
}

/// py-lmdb's CFFI backend with the system LMDB: its whole cdef, and its `ffi.verify()`
/// source with the `static` helpers the cdef declares.
mod py_lmdb {
    ffi_runtime::ffi! {
        pub mod lmdb {
            cdef_file "tests/cdefs/cffi_projects/py-lmdb-cffi.h";
            source_file "tests/c/cffi_projects/py-lmdb-cffi.c";
            libraries ["lmdb"];
        }
    }

    use std::ffi::{CStr, c_char, c_int, c_void};
    use std::ptr;

    /// An environment in a fresh directory, with a write transaction and its main database.
    struct Db {
        env: *mut lmdb::MDB_env,
        dir: std::path::PathBuf,
    }

    impl Db {
        fn new(name: &str) -> Db {
            let dir = std::env::temp_dir().join(format!("ffi-lmdb-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("temp dir");
            let mut env = ptr::null_mut();
            assert_eq!(unsafe { lmdb::mdb_env_create(&mut env) }, 0);
            assert_eq!(unsafe { lmdb::mdb_env_set_mapsize(env, 1 << 20) }, 0);
            let path = std::ffi::CString::new(dir.to_str().expect("utf-8")).expect("no NUL");
            // `mode_t` is `int` in the cdef and `unsigned int` in glibc: the glue converts.
            let rc = unsafe { lmdb::mdb_env_open(env, path.as_ptr(), 0, 0o644) };
            assert_eq!(rc, 0, "{}", error(rc));
            Db { env, dir }
        }

        fn write(&self) -> (*mut lmdb::MDB_txn, lmdb::MDB_dbi) {
            let mut txn = ptr::null_mut();
            assert_eq!(
                unsafe { lmdb::mdb_txn_begin(self.env, ptr::null_mut(), 0, &mut txn) },
                0
            );
            let mut dbi = 0;
            assert_eq!(
                unsafe { lmdb::mdb_dbi_open(txn, ptr::null(), 0, &mut dbi) },
                0
            );
            (txn, dbi)
        }
    }

    impl Drop for Db {
        fn drop(&mut self) {
            unsafe { lmdb::mdb_env_close(self.env) };
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    fn error(rc: c_int) -> String {
        let text = unsafe { CStr::from_ptr(lmdb::mdb_strerror(rc)) };
        text.to_string_lossy().into_owned()
    }

    fn put(
        txn: *mut lmdb::MDB_txn,
        dbi: lmdb::MDB_dbi,
        key: &str,
        value: &str,
        flags: u32,
    ) -> c_int {
        let (k, v) = (
            key.as_ptr().cast_mut().cast(),
            value.as_ptr().cast_mut().cast(),
        );
        unsafe { lmdb::pymdb_put(txn, dbi, k, key.len(), v, value.len(), flags) }
    }

    fn bytes(v: &lmdb::MDB_val) -> &[u8] {
        unsafe { std::slice::from_raw_parts(v.mv_data.cast::<u8>(), v.mv_size) }
    }

    #[test]
    fn the_cdefs_constants_are_the_headers() {
        // `#define EINVAL ...` with a `source` that never includes <errno.h>: under CFFI,
        // Python.h does; the prologue includes it here.
        assert_eq!((lmdb::EINVAL, lmdb::ENOMEM, lmdb::EACCES), (22, 12, 13));
        assert_eq!(lmdb::MDB_NOTFOUND, -30798);
        assert_eq!(lmdb::MDB_VERSION_MAJOR, 0);
        assert_eq!(
            error(lmdb::MDB_NOTFOUND),
            "MDB_NOTFOUND: No matching key/data pair found"
        );
    }

    /// The `static` helpers `source` defines and the cdef declares, called through the glue.
    #[test]
    fn put_get_and_delete_through_the_static_helpers() {
        let db = Db::new("helpers");
        let (txn, dbi) = db.write();
        assert_eq!(put(txn, dbi, "apple", "red", 0), 0);
        assert_eq!(put(txn, dbi, "banana", "yellow", 0), 0);
        // MDB_NOOVERWRITE: the key exists.
        assert_eq!(
            put(txn, dbi, "apple", "green", lmdb::MDB_NOOVERWRITE as u32),
            lmdb::MDB_KEYEXIST
        );
        let mut out = lmdb::MDB_val::default();
        let key = "apple";
        let rc = unsafe { lmdb::pymdb_get(txn, dbi, key.as_ptr().cast_mut().cast(), 5, &mut out) };
        assert_eq!((rc, bytes(&out)), (0, &b"red"[..]));
        let rc = unsafe {
            lmdb::pymdb_del(
                txn,
                dbi,
                key.as_ptr().cast_mut().cast(),
                5,
                ptr::null_mut(),
                0,
            )
        };
        assert_eq!(rc, 0);
        let rc = unsafe { lmdb::pymdb_get(txn, dbi, key.as_ptr().cast_mut().cast(), 5, &mut out) };
        assert_eq!(rc, lmdb::MDB_NOTFOUND);
        assert_eq!(unsafe { lmdb::mdb_txn_commit(txn) }, 0);
        let mut stat = lmdb::MDB_stat::default();
        assert_eq!(unsafe { lmdb::mdb_env_stat(db.env, &mut stat) }, 0);
        assert_eq!(stat.ms_entries, 1);
    }

    /// `mdb_cursor_get`'s `op` is `int` in the cdef and `MDB_cursor_op` in lmdb.h.
    #[test]
    fn a_cursor_walks_the_keys_in_order() {
        let db = Db::new("cursor");
        let (txn, dbi) = db.write();
        for (k, v) in [("c", "3"), ("a", "1"), ("b", "2")] {
            assert_eq!(put(txn, dbi, k, v, 0), 0);
        }
        let mut cursor = ptr::null_mut();
        assert_eq!(unsafe { lmdb::mdb_cursor_open(txn, dbi, &mut cursor) }, 0);
        let (mut key, mut value) = (lmdb::MDB_val::default(), lmdb::MDB_val::default());
        let mut seen = Vec::new();
        let mut op = lmdb::MDB_FIRST;
        while unsafe { lmdb::mdb_cursor_get(cursor, &mut key, &mut value, op.0 as c_int) } == 0 {
            seen.push(format!(
                "{}={}",
                String::from_utf8_lossy(bytes(&key)),
                String::from_utf8_lossy(bytes(&value))
            ));
            op = lmdb::MDB_NEXT;
        }
        assert_eq!(seen, ["a=1", "b=2", "c=3"]);
        // Counting duplicates needs a MDB_DUPSORT database: lmdb says so.
        let mut count = 0;
        let rc = unsafe { lmdb::mdb_cursor_count(cursor, &mut count) };
        assert_eq!(rc, lmdb::MDB_INCOMPATIBLE, "{}", error(rc));
        unsafe { lmdb::mdb_cursor_close(cursor) };
        unsafe { lmdb::mdb_txn_abort(txn) };
    }

    unsafe extern "C" fn collect(msg: *const c_char, ctx: *mut c_void) -> c_int {
        let lines = unsafe { &mut *ctx.cast::<Vec<String>>() };
        lines.push(
            unsafe { CStr::from_ptr(msg) }
                .to_string_lossy()
                .into_owned(),
        );
        0
    }

    /// `MDB_msg_func *`: a pointer to the cdef's function type, given a Rust function.
    #[test]
    fn the_reader_list_reaches_a_rust_callback() {
        let db = Db::new("readers");
        let mut lines: Vec<String> = Vec::new();
        let ctx = (&mut lines as *mut Vec<String>).cast();
        let rc = unsafe { lmdb::mdb_reader_list(db.env, Some(collect), ctx) };
        assert_eq!(rc, 0);
        assert_eq!(lines, ["(no active readers)\n"]);
        let mut info = lmdb::MDB_envinfo::default();
        assert_eq!(unsafe { lmdb::mdb_env_info(db.env, &mut info) }, 0);
        assert_eq!(info.me_mapsize, 1 << 20);
    }
}

/// pygit2 1.11.1 with the system libgit2 1.5: its whole cdef (every `pygit2/decl/*.h`, one
/// struct made partial, see the file), `#include <git2.h>` as the source, and its eleven
/// `extern "Python"` callbacks implemented in Rust.
mod pygit2 {
    use std::ffi::{CStr, CString, c_char, c_int};
    use std::ptr;

    ffi_runtime::ffi! {
        pub mod git {
            cdef_file "tests/cdefs/cffi_projects/pygit2-1.11.h";
            source "#include <git2.h>";
            libraries ["git2"];

            // pygit2's Python callbacks; the tests below reach the checkout ones.
            fn _certificate_cb(_c: *mut git_cert, _v: c_int, _h: *const c_char, _p: *mut c_void) -> c_int {
                GIT_PASSTHROUGH.0
            }
            fn _credentials_cb(
                _o: *mut *mut git_credential,
                _u: *const c_char,
                _n: *const c_char,
                _t: c_uint,
                _p: *mut c_void,
            ) -> c_int {
                GIT_PASSTHROUGH.0
            }
            fn _push_update_reference_cb(_r: *const c_char, _s: *const c_char, _d: *mut c_void) -> c_int {
                0
            }
            fn _remote_create_cb(
                _o: *mut *mut git_remote,
                _r: *mut git_repository,
                _n: *const c_char,
                _u: *const c_char,
                _p: *mut c_void,
            ) -> c_int {
                GIT_EUSER.0
            }
            fn _repository_create_cb(
                _o: *mut *mut git_repository,
                _path: *const c_char,
                _bare: c_int,
                _p: *mut c_void,
            ) -> c_int {
                GIT_EUSER.0
            }
            fn _sideband_progress_cb(_s: *const c_char, _l: c_int, _p: *mut c_void) -> c_int {
                0
            }
            fn _transfer_progress_cb(_s: *const git_indexer_progress, _p: *mut c_void) -> c_int {
                0
            }
            fn _update_tips_cb(_r: *const c_char, _a: *const git_oid, _b: *const git_oid, _d: *mut c_void) -> c_int {
                0
            }
            fn _checkout_notify_cb(
                why: git_checkout_notify_t,
                path: *const c_char,
                _baseline: *const git_diff_file,
                _target: *const git_diff_file,
                _workdir: *const git_diff_file,
                payload: *mut c_void,
            ) -> c_int {
                let log = unsafe { &mut *payload.cast::<super::Log>() };
                log.notified.push((why.0, unsafe { super::text(path) }));
                0
            }
            fn _checkout_progress_cb(path: *const c_char, done: usize, total: usize, payload: *mut c_void) {
                let log = unsafe { &mut *payload.cast::<super::Log>() };
                if !path.is_null() {
                    log.progress.push((unsafe { super::text(path) }, done, total));
                }
            }
            fn _stash_apply_progress_cb(_p: git_stash_apply_progress_t, _d: *mut c_void) -> c_int {
                0
            }
        }
    }

    // pygit2's C extension initializes the library; its cdef does not declare this.
    #[link(name = "git2")]
    unsafe extern "C" {
        fn git_libgit2_init() -> c_int;
    }

    /// What the checkout callbacks saw.
    #[derive(Default)]
    pub struct Log {
        notified: Vec<(u32, String)>,
        progress: Vec<(String, usize, usize)>,
    }

    unsafe fn text(p: *const c_char) -> String {
        unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }

    fn hex(oid: &git::git_oid) -> String {
        oid.id.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn last_error() -> String {
        let e = git::git_error_last();
        assert!(!e.is_null());
        unsafe { text((*e).message) }
    }

    /// A fresh repository with `hello.txt` ("hello\n") staged.
    struct Repo {
        repo: *mut git::git_repository,
        index: *mut git::git_index,
        dir: std::path::PathBuf,
    }

    impl Repo {
        fn new(name: &str) -> Repo {
            assert!(unsafe { git_libgit2_init() } >= 1);
            let dir = std::env::temp_dir().join(format!("ffi-git-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            let path = CString::new(dir.to_str().expect("utf-8")).expect("no NUL");
            let mut repo = ptr::null_mut();
            let rc = unsafe { git::git_repository_init(&mut repo, path.as_ptr(), 0) };
            assert_eq!(rc, 0, "{}", last_error());
            std::fs::write(dir.join("hello.txt"), "hello\n").expect("write");
            let mut index = ptr::null_mut();
            assert_eq!(unsafe { git::git_repository_index(&mut index, repo) }, 0);
            let rc = unsafe { git::git_index_add_bypath(index, c"hello.txt".as_ptr()) };
            assert_eq!(rc, 0, "{}", last_error());
            Repo { repo, index, dir }
        }
    }

    impl Drop for Repo {
        fn drop(&mut self) {
            unsafe { git::git_index_free(self.index) };
            unsafe { git::git_repository_free(self.repo) };
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    #[test]
    fn a_staged_file_has_gits_blob_id() {
        let r = Repo::new("stage");
        assert_eq!(unsafe { git::git_index_entrycount(r.index) }, 1);
        let entry = unsafe { git::git_index_get_bypath(r.index, c"hello.txt".as_ptr(), 0) };
        assert!(!entry.is_null());
        let entry = unsafe { &*entry };
        // `git hash-object` of "hello\n".
        assert_eq!(hex(&entry.id), "ce013625030ba8dba906f756967f9e9ca394464a");
        assert_eq!((entry.file_size, entry.mode), (6, 0o100644));
        assert_eq!(unsafe { text(entry.path) }, "hello.txt");
    }

    #[test]
    fn config_values_round_trip_and_errors_carry_libgit2s_message() {
        let r = Repo::new("config");
        let mut config = ptr::null_mut();
        assert_eq!(
            unsafe { git::git_repository_config(&mut config, r.repo) },
            0
        );
        let rc = unsafe {
            git::git_config_set_string(config, c"user.name".as_ptr(), c"Ferris".as_ptr())
        };
        assert_eq!(rc, 0);
        let mut snapshot = ptr::null_mut();
        assert_eq!(
            unsafe { git::git_config_snapshot(&mut snapshot, config) },
            0
        );
        let mut value = ptr::null();
        let rc = unsafe { git::git_config_get_string(&mut value, snapshot, c"user.name".as_ptr()) };
        assert_eq!((rc, unsafe { text(value) }), (0, "Ferris".to_string()));
        let rc = unsafe { git::git_config_get_string(&mut value, snapshot, c"no.such".as_ptr()) };
        assert_eq!(rc, git::GIT_ENOTFOUND.0);
        assert!(last_error().contains("no.such"), "{}", last_error());
        let mut yes = 0;
        assert_eq!(
            unsafe { git::git_config_parse_bool(&mut yes, c"yes".as_ptr()) },
            0
        );
        assert_eq!(yes, 1);
        unsafe { git::git_config_free(snapshot) };
        unsafe { git::git_config_free(config) };
    }

    /// `extern "Python" void _checkout_progress_cb(...)`: libgit2 calls the Rust
    /// implementation through the options struct's function pointer.
    #[test]
    fn checkout_from_the_index_calls_the_rust_callbacks() {
        let r = Repo::new("checkout");
        std::fs::remove_file(r.dir.join("hello.txt")).expect("remove");
        let mut opts = git::git_checkout_options::default();
        assert_eq!(unsafe { git::git_checkout_init_options(&mut opts, 1) }, 0);
        opts.checkout_strategy = 2; // GIT_CHECKOUT_FORCE (git2/checkout.h)
        opts.notify_flags = git::GIT_CHECKOUT_NOTIFY_ALL.0;
        let mut log = Log::default();
        opts.progress_cb = Some(git::callbacks::_checkout_progress_cb);
        opts.progress_payload = (&mut log as *mut Log).cast();
        opts.notify_cb = Some(git::callbacks::_checkout_notify_cb);
        opts.notify_payload = (&mut log as *mut Log).cast();
        let rc = unsafe { git::git_checkout_index(r.repo, r.index, &opts) };
        assert_eq!(rc, 0, "{}", last_error());
        assert_eq!(
            std::fs::read_to_string(r.dir.join("hello.txt")).expect("restored"),
            "hello\n"
        );
        assert!(
            log.progress.contains(&("hello.txt".to_string(), 1, 1)),
            "{:?}",
            log.progress
        );
        let updated = git::GIT_CHECKOUT_NOTIFY_UPDATED.0;
        assert!(
            log.notified.contains(&(updated, "hello.txt".to_string())),
            "{:?}",
            log.notified
        );
    }
}

/// python-sounddevice 0.5.1: its whole ABI-mode cdef, `ffi.dlopen()`ing PortAudio. Its
/// macOS, ASIO and WASAPI declarations name functions Linux's PortAudio lacks: a `dlopen`
/// block resolves each on first call, so they cost nothing unless called.
mod sounddevice {
    use std::ffi::CStr;

    ffi_runtime::ffi! {
        pub mod pa {
            cdef_file "tests/cdefs/cffi_projects/python-sounddevice-0.5.h";
            dlopen "libportaudio.so.2";
        }
    }

    fn text(p: *const std::ffi::c_char) -> String {
        unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
    }

    #[test]
    fn version_error_texts_and_sample_sizes() {
        // Debian 12's PortAudio is V19.6.0: 19 << 16 | 6 << 8.
        assert_eq!(pa::Pa_GetVersion(), 0x13_06_00);
        assert!(text(pa::Pa_GetVersionText()).starts_with("PortAudio V19.6.0"));
        assert_eq!(
            text(pa::Pa_GetErrorText(pa::paInvalidDevice.0)),
            "Invalid device"
        );
        assert_eq!(text(pa::Pa_GetErrorText(pa::paNoError.0)), "Success");
        assert_eq!(pa::Pa_GetSampleSize(pa::paInt16 as pa::PaSampleFormat), 2);
        assert_eq!(pa::Pa_GetSampleSize(pa::paFloat32 as pa::PaSampleFormat), 4);
        assert_eq!(pa::Pa_GetSampleSize(pa::paInt24 as pa::PaSampleFormat), 3);
        // `#define paNonInterleaved 0x80000000`: C's `unsigned int`.
        assert_eq!(pa::paNonInterleaved, 0x8000_0000u32);
        assert_eq!(pa::paNoDevice, -1);
    }

    /// With no sound card (CI machines), PortAudio still lists the host APIs it was built
    /// with; the structs it returns are read through the cdef's layouts. One test: the
    /// library's initialization is process-wide.
    #[test]
    fn host_apis_after_initialization() {
        assert_eq!(pa::Pa_GetDeviceCount(), pa::paNotInitialized.0);
        assert_eq!(pa::Pa_Initialize(), pa::paNoError.0);
        let count = pa::Pa_GetHostApiCount();
        assert!(count >= 1, "{count}");
        let names: Vec<String> = (0..count)
            .map(|i| {
                let info = unsafe { &*pa::Pa_GetHostApiInfo(i) };
                assert_eq!(info.structVersion, 1);
                text(info.name)
            })
            .collect();
        assert!(names.iter().any(|n| n == "ALSA"), "{names:?}");
        let alsa = pa::Pa_HostApiTypeIdToHostApiIndex(pa::paALSA);
        assert!((0..count).contains(&alsa), "{alsa}");
        assert_eq!(pa::Pa_Terminate(), pa::paNoError.0);
    }

    #[test]
    fn the_struct_layouts_are_the_targets() {
        use std::mem::{offset_of, size_of};
        assert_eq!(size_of::<pa::PaDeviceInfo>(), 72);
        assert_eq!(offset_of!(pa::PaDeviceInfo, defaultSampleRate), 64);
        assert_eq!(size_of::<pa::PaStreamParameters>(), 32);
        assert_eq!(size_of::<pa::PaWasapiStreamInfo>(), 72);
    }
}

/// pywayland 0.4.18 with the system libwayland: its whole cdef and `set_source` text, its
/// eight `extern "Python"` callbacks implemented in Rust, driven through a server-side
/// event loop (no compositor needed).
mod pywayland {
    use std::cell::Cell;
    use std::ffi::c_void;

    ffi_runtime::ffi! {
        pub mod wl {
            cdef_file "tests/cdefs/cffi_projects/pywayland-0.4.h";
            // Under CFFI, Python.h brings these; the source calls getenv, strlen, close.
            source "#include <stdlib.h>\n#include <string.h>\n#include <unistd.h>";
            source_file "tests/c/cffi_projects/pywayland-0.4.c";
            libraries ["wayland-client", "wayland-server"];

            fn dispatcher_func(
                _impl: *const c_void,
                _target: *mut c_void,
                _opcode: u32,
                _message: *const wl_message,
                _args: *mut wl_argument,
            ) -> c_int {
                0
            }
            fn resource_destroy_func(_r: *mut wl_resource) {}
            fn event_loop_fd_func(_fd: c_int, _mask: u32, _data: *mut c_void) -> c_int {
                0
            }
            fn event_loop_signal_func(_signal: c_int, _data: *mut c_void) -> c_int {
                0
            }
            fn event_loop_timer_func(data: *mut c_void) -> c_int {
                super::bump(data, |c| &c.timer);
                0
            }
            fn event_loop_idle_func(data: *mut c_void) {
                super::bump(data, |c| &c.idle);
            }
            fn global_bind_func(_client: *mut wl_client, _data: *mut c_void, _version: u32, _id: u32) {}
            fn notify_func(listener: *mut wl_listener, _data: *mut c_void) {
                // pywayland's container: the listener sits inside a `wl_listener_container`.
                let offset = ::core::mem::offset_of!(wl_listener_container, destroy_listener);
                let container = unsafe { listener.cast::<u8>().sub(offset).cast::<wl_listener_container>() };
                super::bump(unsafe { (*container).handle }, |c| &c.destroyed);
            }
        }
    }

    /// How often each callback ran.
    #[derive(Default)]
    pub struct Counts {
        timer: Cell<u32>,
        idle: Cell<u32>,
        destroyed: Cell<u32>,
    }

    /// One more call of the callback `which` picks, in the `Counts` at `data`.
    fn bump(data: *mut c_void, which: fn(&Counts) -> &Cell<u32>) {
        let cell = which(unsafe { &*data.cast::<Counts>() });
        cell.set(cell.get() + 1);
    }

    #[test]
    fn version_and_fixed_point_helpers() {
        assert_eq!(wl::WAYLAND_VERSION_MAJOR, 1);
        const { assert!(wl::WAYLAND_VERSION_MINOR >= 18) };
        // `static inline` in the cdef: called through the glue.
        assert_eq!(wl::wl_fixed_from_int(3), 3 * 256);
        assert_eq!(wl::wl_fixed_to_double(wl::wl_fixed_from_double(-2.5)), -2.5);
    }

    /// A timer and an idle source on an event loop call the Rust implementations of
    /// pywayland's `extern "Python"` functions; destroying the loop notifies a listener.
    #[test]
    fn the_event_loop_calls_the_rust_callbacks() {
        let counts = Counts::default();
        let data = (&counts as *const Counts).cast_mut().cast::<c_void>();
        let event_loop = wl::wl_event_loop_create();
        assert!(!event_loop.is_null());
        let timer = unsafe {
            wl::wl_event_loop_add_timer(
                event_loop,
                Some(wl::callbacks::event_loop_timer_func),
                data,
            )
        };
        assert_eq!(unsafe { wl::wl_event_source_timer_update(timer, 1) }, 0);
        let idle = unsafe {
            wl::wl_event_loop_add_idle(event_loop, Some(wl::callbacks::event_loop_idle_func), data)
        };
        assert!(!idle.is_null());
        while counts.timer.get() == 0 {
            assert!(unsafe { wl::wl_event_loop_dispatch(event_loop, 1000) } >= 0);
        }
        assert_eq!((counts.timer.get(), counts.idle.get()), (1, 1));
        unsafe { wl::wl_event_source_remove(timer) };
        let mut container = wl::wl_listener_container {
            handle: data,
            destroy_listener: wl::wl_listener {
                notify: Some(wl::callbacks::notify_func),
                ..Default::default()
            },
        };
        unsafe {
            wl::wl_event_loop_add_destroy_listener(event_loop, &mut container.destroy_listener)
        };
        unsafe { wl::wl_event_loop_destroy(event_loop) };
        assert_eq!(counts.destroyed.get(), 1);
    }

    #[test]
    fn a_server_display_has_an_event_loop() {
        let display = wl::wl_display_create();
        assert!(!display.is_null());
        assert!(!unsafe { wl::wl_display_get_event_loop(display) }.is_null());
        unsafe { wl::wl_display_destroy(display) };
    }
}

/// python-zstandard's CFFI backend: its `make_cffi.py` runs the preprocessor over `zstd.h`
/// and `zdict.h` with `ZSTD_STATIC_LINKING_ONLY` and `ZDICT_STATIC_LINKING_ONLY` defined and
/// feeds the output to `cdef()`, with `#define NAME ...` for each macro: what `headers` with
/// `defines` does. Linked against Debian's libzstd instead of the bundled sources.
mod zstandard {
    ffi_runtime::ffi! {
        pub mod zstd {
            headers ["zstd.h", "zdict.h"];
            defines [("ZSTD_STATIC_LINKING_ONLY", "1"), ("ZDICT_STATIC_LINKING_ONLY", "1")];
            allow ["ZSTD_*", "ZDICT_*"];
            libraries ["zstd"];
        }
    }

    use std::ffi::{CStr, c_void};
    use std::sync::atomic::{AtomicUsize, Ordering};

    const TEXT: &[u8] = b"It was the best of times, it was the worst of times, it was the age \
        of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch \
        of incredulity, it was the season of Light, it was the season of Darkness";

    fn error_name(code: usize) -> String {
        let name = unsafe { CStr::from_ptr(zstd::ZSTD_getErrorName(code)) };
        name.to_string_lossy().into_owned()
    }

    fn decompress(frame: &[u8], capacity: usize) -> Result<Vec<u8>, String> {
        let mut out = vec![0u8; capacity];
        let (dst, src) = (out.as_mut_ptr().cast(), frame.as_ptr().cast());
        let n = unsafe { zstd::sys::ZSTD_decompress(dst, out.len(), src, frame.len()) };
        if zstd::ZSTD_isError(n) != 0 {
            return Err(error_name(n));
        }
        out.truncate(n);
        Ok(out)
    }

    #[test]
    fn the_static_only_api_answers_with_values() {
        assert_eq!(zstd::ZSTD_versionNumber(), zstd::ZSTD_VERSION_NUMBER as u32);
        // `ZSTD_bounds` is returned by value; it holds no pointer, so the wrapper is safe.
        let b = zstd::ZSTD_cParam_getBounds(zstd::ZSTD_c_compressionLevel);
        assert_eq!(b.error, 0);
        assert_eq!(b.lowerBound, zstd::ZSTD_minCLevel());
        assert_eq!(b.upperBound, zstd::ZSTD_maxCLevel());
        assert_eq!(b.upperBound, 22);
        let p = zstd::ZSTD_getCParams(19, TEXT.len() as u64, 0);
        assert_eq!(zstd::ZSTD_isError(zstd::ZSTD_checkCParams(p)), 0);
        assert!(p.windowLog >= zstd::ZSTD_WINDOWLOG_MIN as u32);
        // `static ZSTD_customMem const ZSTD_defaultCMem = { NULL, NULL, NULL };`, read from C.
        let m = zstd::ZSTD_defaultCMem();
        assert!(m.customAlloc.is_none() && m.customFree.is_none() && m.opaque.is_null());
    }

    #[test]
    fn a_frame_round_trips_and_its_header_reads_back() {
        let mut frame = vec![0u8; zstd::ZSTD_compressBound(TEXT.len())];
        let (dst, src) = (frame.as_mut_ptr().cast(), TEXT.as_ptr().cast());
        let n = unsafe { zstd::sys::ZSTD_compress(dst, frame.len(), src, TEXT.len(), 19) };
        assert_eq!(zstd::ZSTD_isError(n), 0, "{}", error_name(n));
        frame.truncate(n);
        assert!(frame.len() < TEXT.len());
        let src = frame.as_ptr().cast();
        let size = unsafe { zstd::sys::ZSTD_getFrameContentSize(src, frame.len()) };
        assert_eq!(size, TEXT.len() as u64);
        let mut header = zstd::ZSTD_frameHeader::default();
        assert_eq!(
            unsafe { zstd::sys::ZSTD_getFrameHeader(&mut header, src, frame.len()) },
            0
        );
        assert_eq!(header.frameContentSize, TEXT.len() as u64);
        assert_eq!(header.frameType, zstd::ZSTD_frame);
        assert_eq!(decompress(&frame, TEXT.len()).as_deref(), Ok(TEXT));
        frame[0] ^= 0xff;
        let err = decompress(&frame, TEXT.len());
        assert_eq!(err, Err("Unknown frame descriptor".to_string()));
    }

    #[derive(Default)]
    struct Counts {
        allocs: AtomicUsize,
        frees: AtomicUsize,
    }

    unsafe extern "C" {
        fn malloc(size: usize) -> *mut c_void;
        fn free(p: *mut c_void);
    }

    unsafe extern "C" fn counted_alloc(opaque: *mut c_void, size: usize) -> *mut c_void {
        let counts = unsafe { &*opaque.cast::<Counts>() };
        counts.allocs.fetch_add(1, Ordering::SeqCst);
        unsafe { malloc(size) }
    }

    unsafe extern "C" fn counted_free(opaque: *mut c_void, address: *mut c_void) {
        let counts = unsafe { &*opaque.cast::<Counts>() };
        if !address.is_null() {
            counts.frees.fetch_add(1, Ordering::SeqCst);
        }
        unsafe { free(address) }
    }

    #[test]
    fn a_context_allocating_through_rust_streams_a_checksummed_frame() {
        let counts = Counts::default();
        let mem = zstd::ZSTD_customMem {
            customAlloc: Some(counted_alloc),
            customFree: Some(counted_free),
            opaque: (&raw const counts).cast_mut().cast(),
        };
        // A struct of pointers by value: `unsafe`, C calls and follows them.
        let cctx = unsafe { zstd::ZSTD_createCCtx_advanced(mem) };
        assert!(!cctx.is_null());
        let mut out = vec![0u8; zstd::ZSTD_compressBound(TEXT.len())];
        let mut input = zstd::ZSTD_inBuffer {
            src: TEXT.as_ptr().cast(),
            size: TEXT.len(),
            pos: 0,
        };
        let mut output = zstd::ZSTD_outBuffer {
            dst: out.as_mut_ptr().cast(),
            size: out.len(),
            pos: 0,
        };
        let left = unsafe {
            for (p, v) in [
                (zstd::ZSTD_c_compressionLevel, 5),
                (zstd::ZSTD_c_checksumFlag, 1),
            ] {
                assert_eq!(
                    zstd::ZSTD_isError(zstd::sys::ZSTD_CCtx_setParameter(cctx, p, v)),
                    0
                );
            }
            zstd::sys::ZSTD_compressStream2(cctx, &mut output, &mut input, zstd::ZSTD_e_end)
        };
        assert_eq!((left, input.pos), (0, TEXT.len()));
        out.truncate(output.pos);
        assert!(counts.allocs.load(Ordering::SeqCst) > 0);
        unsafe { zstd::sys::ZSTD_freeCCtx(cctx) };
        let (allocs, frees) = (counts.allocs.into_inner(), counts.frees.into_inner());
        assert_eq!(
            allocs, frees,
            "every block zstd took from Rust's allocator came back"
        );
        let mut header = zstd::ZSTD_frameHeader::default();
        unsafe { zstd::sys::ZSTD_getFrameHeader(&mut header, out.as_ptr().cast(), out.len()) };
        assert_eq!(header.checksumFlag, 1);
        assert_eq!(decompress(&out, TEXT.len()).as_deref(), Ok(TEXT));
    }
}

/// python-xattr 1.2.0: its whole cdef (`#define X ...` macros, `uint32_t` where the source
/// spells `u_int32_t`) and its whole source (the Linux branch: `static` functions over
/// `getxattr` and friends), verbatim; the source's `#include "Python.h"` finds an empty file.
mod xattr {
    ffi_runtime::ffi! {
        pub mod x {
            cdef_file "tests/cdefs/cffi_projects/xattr-1.2.h";
            source_file "tests/c/cffi_projects/xattr-1.2.c";
            include_dirs ["tests/c/cffi_projects/no-python"];
        }
    }

    use std::ffi::CString;
    use std::os::fd::AsRawFd;

    const EEXIST: i32 = 17;
    const ENODATA: i32 = 61;

    fn errno() -> i32 {
        std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
    }

    #[test]
    fn the_linux_branch_constants() {
        assert_eq!(
            (
                x::XATTR_XATTR_NOFOLLOW,
                x::XATTR_XATTR_CREATE,
                x::XATTR_XATTR_REPLACE
            ),
            (1, 2, 4)
        );
        assert_eq!(x::XATTR_XATTR_NOSECURITY, 8);
        assert_eq!(x::XATTR_MAXNAMELEN, 127);
        assert_eq!(x::XATTR_COMPAT_ADD_USER_PREFIX, 0);
    }

    #[test]
    fn set_get_list_and_remove_an_attribute() {
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("xattr-{}", std::process::id()));
        let file = std::fs::File::create(&path).expect("a file under the target dir");
        let p = CString::new(path.to_str().expect("utf-8")).expect("no NUL");
        let mut value = *b"spam";
        let set = |v: &mut [u8], options| unsafe {
            x::xattr_setxattr(
                p.as_ptr(),
                c"user.ffi".as_ptr(),
                v.as_mut_ptr().cast(),
                4,
                0,
                options,
            )
        };
        assert_eq!(set(&mut value, x::XATTR_XATTR_CREATE), 0);
        assert_eq!(
            (set(&mut value, x::XATTR_XATTR_CREATE), errno()),
            (-1, EEXIST)
        );
        // python-xattr's own rule: a position other than 0 is refused before the call.
        let at_1 = unsafe {
            x::xattr_setxattr(
                p.as_ptr(),
                c"user.ffi".as_ptr(),
                value.as_mut_ptr().cast(),
                4,
                1,
                0,
            )
        };
        assert_eq!(at_1, -1);
        let mut buf = [0u8; 16];
        let got = unsafe {
            x::xattr_fgetxattr(
                file.as_raw_fd(),
                c"user.ffi".as_ptr(),
                buf.as_mut_ptr().cast(),
                16,
                0,
                0,
            )
        };
        assert_eq!(&buf[..got as usize], b"spam");
        let mut names = [0u8; 64];
        let n = unsafe { x::xattr_listxattr(p.as_ptr(), names.as_mut_ptr().cast(), 64, 0) };
        assert_eq!(&names[..n as usize], b"user.ffi\0");
        assert_eq!(x::xattr_removexattr(&p, c"user.ffi", 0), 0);
        let gone = unsafe {
            x::xattr_getxattr(
                p.as_ptr(),
                c"user.ffi".as_ptr(),
                std::ptr::null_mut(),
                0,
                0,
                0,
            )
        };
        assert_eq!((gone, errno()), (-1, ENODATA));
        std::fs::remove_file(&path).expect("removed");
    }
}

/// coincurve 18.0.0: its whole cdef (five files, one `cdef()` each) against Debian's
/// libsecp256k1 0.2, with BIP-340's and the generator's published vectors.
mod coincurve {
    use super::*;

    ffi_runtime::ffi! {
        pub mod secp {
            cdef_file "tests/cdefs/cffi_projects/coincurve-18.h";
            source "#include <secp256k1.h>\n#include <secp256k1_ecdh.h>\n\
                    #include <secp256k1_extrakeys.h>\n#include <secp256k1_recovery.h>\n\
                    #include <secp256k1_schnorrsig.h>\n#define PY_USE_BUNDLED";
            libraries ["secp256k1"];
        }
    }

    use std::ffi::{CStr, c_char, c_void};
    use std::ptr;
    use std::sync::Mutex;

    /// The generator G, the public key of the secret key 1.
    const G_COMPRESSED: &str = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    const G_UNCOMPRESSED: &str = "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f8\
        1798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

    fn key(last: u8) -> [u8; 32] {
        let mut k = [0u8; 32];
        k[31] = last;
        k
    }

    struct Context(*mut secp::secp256k1_context);

    impl Context {
        fn new() -> Context {
            let ctx = secp::secp256k1_context_create(secp::SECP256K1_CONTEXT_NONE as u32);
            assert!(!ctx.is_null());
            Context(ctx)
        }

        fn public_key(&self, secret: &[u8; 32]) -> secp::secp256k1_pubkey {
            let mut pk = secp::secp256k1_pubkey { data: [0; 64] };
            let ok = unsafe { secp::secp256k1_ec_pubkey_create(self.0, &mut pk, secret.as_ptr()) };
            assert_eq!(ok, 1);
            pk
        }

        fn serialize(&self, pk: &secp::secp256k1_pubkey, flags: u32) -> Vec<u8> {
            let mut out = [0u8; 65];
            let mut len = out.len();
            let ok = unsafe {
                secp::secp256k1_ec_pubkey_serialize(self.0, out.as_mut_ptr(), &mut len, pk, flags)
            };
            assert_eq!(ok, 1);
            out[..len].to_vec()
        }
    }

    impl Drop for Context {
        fn drop(&mut self) {
            unsafe { secp::secp256k1_context_destroy(self.0) }
        }
    }

    #[test]
    fn the_secret_key_1_gives_the_generator() {
        let ctx = Context::new();
        let g = ctx.public_key(&key(1));
        let compressed = ctx.serialize(&g, secp::SECP256K1_EC_COMPRESSED as u32);
        assert_eq!(hex(&compressed), G_COMPRESSED);
        let uncompressed = ctx.serialize(&g, secp::SECP256K1_EC_UNCOMPRESSED as u32);
        assert_eq!(hex(&uncompressed), G_UNCOMPRESSED);
        let mut parsed = secp::secp256k1_pubkey { data: [0; 64] };
        let input = unhex(G_UNCOMPRESSED);
        let ok = unsafe {
            secp::secp256k1_ec_pubkey_parse(ctx.0, &mut parsed, input.as_ptr(), input.len())
        };
        assert_eq!(ok, 1);
        assert_eq!(parsed.data, g.data);
    }

    #[test]
    fn bip340_test_vector_0() {
        let ctx = Context::new();
        let mut keypair = secp::secp256k1_keypair { data: [0; 96] };
        assert_eq!(
            unsafe { secp::secp256k1_keypair_create(ctx.0, &mut keypair, key(3).as_ptr()) },
            1
        );
        let (msg, aux) = ([0u8; 32], [0u8; 32]);
        let mut sig = [0u8; 64];
        let ok = unsafe {
            secp::secp256k1_schnorrsig_sign32(
                ctx.0,
                sig.as_mut_ptr(),
                msg.as_ptr(),
                &keypair,
                aux.as_ptr(),
            )
        };
        assert_eq!(ok, 1);
        assert_eq!(
            hex(&sig),
            "e907831f80848d1069a5371b402410364bdf1c5f8307b0084c55f1ce2dca821\
             525f66a4a85ea8b71e482a74f382d2ce5ebeee8fdb2172f477df4900d310536c0"
        );
        let mut xonly = secp::secp256k1_xonly_pubkey { data: [0; 64] };
        let mut parity = 0;
        let mut x = [0u8; 32];
        unsafe {
            secp::secp256k1_keypair_xonly_pub(ctx.0, &mut xonly, &mut parity, &keypair);
            secp::secp256k1_xonly_pubkey_serialize(ctx.0, x.as_mut_ptr(), &xonly);
        }
        assert_eq!(
            hex(&x),
            "f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9"
        );
        let verify = |sig: &[u8; 64]| unsafe {
            secp::secp256k1_schnorrsig_verify(ctx.0, sig.as_ptr(), msg.as_ptr(), 32, &xonly)
        };
        assert_eq!(verify(&sig), 1);
        sig[0] ^= 1;
        assert_eq!(verify(&sig), 0);
    }

    #[test]
    fn ecdsa_recovers_the_signer_and_ecdh_agrees() {
        let ctx = Context::new();
        let (a, b) = (key(7), key(11));
        let (pa, pb) = (ctx.public_key(&a), ctx.public_key(&b));
        let msg = [0x42u8; 32];
        let mut rsig = secp::secp256k1_ecdsa_recoverable_signature { data: [0; 65] };
        let mut recovered = secp::secp256k1_pubkey { data: [0; 64] };
        let mut sig = secp::secp256k1_ecdsa_signature { data: [0; 64] };
        let mut shared = [[0u8; 32]; 2];
        unsafe {
            // `extern const secp256k1_nonce_function ...;`: a constant, as CFFI reads it.
            let rfc6979 = secp::secp256k1_nonce_function_rfc6979();
            let s = secp::secp256k1_ecdsa_sign_recoverable(
                ctx.0,
                &mut rsig,
                msg.as_ptr(),
                a.as_ptr(),
                rfc6979,
                ptr::null(),
            );
            assert_eq!(s, 1);
            assert_eq!(
                secp::secp256k1_ecdsa_recover(ctx.0, &mut recovered, &rsig, msg.as_ptr()),
                1
            );
            secp::secp256k1_ecdsa_recoverable_signature_convert(ctx.0, &mut sig, &rsig);
            assert_eq!(
                secp::secp256k1_ecdsa_verify(ctx.0, &sig, msg.as_ptr(), &pa),
                1
            );
            assert_eq!(
                secp::secp256k1_ecdsa_verify(ctx.0, &sig, msg.as_ptr(), &pb),
                0
            );
            // The cdef's `void *hashfp` where the header has a function pointer: NULL is
            // the default hash, SHA-256 of the compressed point.
            for (out, (secret, public)) in shared.iter_mut().zip([(&a, &pb), (&b, &pa)]) {
                let e = secp::secp256k1_ecdh(
                    ctx.0,
                    out.as_mut_ptr(),
                    public,
                    secret.as_ptr(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                );
                assert_eq!(e, 1);
            }
        }
        assert_eq!(recovered.data, pa.data);
        assert_eq!(shared[0], shared[1]);
        assert_ne!(shared[0], [0; 32]);
    }

    static ILLEGAL: Mutex<Vec<String>> = Mutex::new(Vec::new());

    unsafe extern "C" fn record_illegal(message: *const c_char, data: *mut c_void) {
        let text = unsafe { CStr::from_ptr(message) }
            .to_string_lossy()
            .into_owned();
        assert_eq!(data as usize, 0x5ec9);
        ILLEGAL.lock().unwrap().push(text);
    }

    #[test]
    fn an_illegal_argument_reaches_a_rust_callback() {
        let ctx = Context::new();
        unsafe {
            secp::secp256k1_context_set_illegal_callback(
                ctx.0,
                Some(record_illegal),
                0x5ec9 as *const c_void,
            );
        }
        let g = ctx.public_key(&key(1));
        let mut out = [0u8; 65];
        let mut len = out.len();
        // Flags that are neither compressed nor uncompressed: the library says so and fails.
        let ok = unsafe {
            secp::secp256k1_ec_pubkey_serialize(ctx.0, out.as_mut_ptr(), &mut len, &g, 0)
        };
        assert_eq!(ok, 0);
        let seen = ILLEGAL.lock().unwrap();
        assert_eq!(seen.len(), 1);
        assert!(
            seen[0].contains("SECP256K1_FLAGS_TYPE_COMPRESSION"),
            "{seen:?}"
        );
    }
}

/// python-snappy 0.6.1: a cdef whose functions return `int` where snappy-c.h returns
/// `snappy_status` (an enum the cdef restates), and a source of its own CRC-32C.
mod python_snappy {
    ffi_runtime::ffi! {
        pub mod snappy {
            cdef_file "tests/cdefs/cffi_projects/python-snappy-0.6.h";
            source_file "tests/c/cffi_projects/python-snappy-0.6.c";
            libraries ["snappy"];
        }
    }

    use std::ffi::c_char;

    const TEXT: &[u8] = b"snappy snappy snappy snappy snappy snappy snappy snappy snappy";

    fn compress(input: &[u8]) -> Vec<u8> {
        let mut out = vec![0u8; snappy::snappy_max_compressed_length(input.len())];
        let mut len = out.len();
        let status = unsafe {
            snappy::snappy_compress(
                input.as_ptr().cast(),
                input.len(),
                out.as_mut_ptr().cast(),
                &mut len,
            )
        };
        assert_eq!(status, snappy::SNAPPY_OK.0 as i32);
        out.truncate(len);
        out
    }

    #[test]
    fn a_buffer_round_trips_and_a_short_one_is_refused() {
        let packed = compress(TEXT);
        assert!(packed.len() < TEXT.len());
        let ptr = packed.as_ptr().cast::<c_char>();
        let mut size = 0;
        unsafe {
            assert_eq!(
                snappy::snappy_uncompressed_length(ptr, packed.len(), &mut size),
                0
            );
            assert_eq!(
                snappy::snappy_validate_compressed_buffer(ptr, packed.len()),
                0
            );
        }
        assert_eq!(size, TEXT.len());
        let mut out = vec![0u8; size];
        let (mut len, mut short) = (out.len(), 10);
        let (status, too_small) = unsafe {
            let dst = out.as_mut_ptr().cast();
            (
                snappy::snappy_uncompress(ptr, packed.len(), dst, &mut len),
                snappy::snappy_uncompress(ptr, packed.len(), dst, &mut short),
            )
        };
        assert_eq!((status, &out[..len]), (0, TEXT));
        assert_eq!(too_small, snappy::SNAPPY_BUFFER_TOO_SMALL.0 as i32);
        let invalid = unsafe { snappy::snappy_validate_compressed_buffer(c"\xff\xff".as_ptr(), 2) };
        assert_eq!(invalid, snappy::SNAPPY_INVALID_INPUT.0 as i32);
    }

    #[test]
    fn the_sources_crc32c_gives_the_check_value() {
        // CRC-32C's check value: the CRC of "123456789".
        let crc = unsafe { snappy::_crc32c(c"123456789".as_ptr(), 9) };
        assert_eq!(crc, 0xe306_9283);
        let bytes = b"123456789";
        let step = unsafe { snappy::crc_update(snappy::crc_init(), bytes.as_ptr(), 9) };
        assert_eq!(snappy::crc_finalize(step), crc);
        assert_eq!(snappy::crc_reflect(0b1011, 4), 0b1101);
    }
}

/// pynng: its build script parses NNG's headers (these fourteen, with `NNG_DECL` and
/// `NNG_DEPRECATED` defined empty) into its cdef, keeping `nng_*`/`NNG_*`: `headers`
/// with `defines` and `allow`. Debian's nng 1.5.2; an aio's completion runs Rust on one of
/// nng's threads, as pynng's `extern "Python"` `_async_complete` does.
mod pynng {
    ffi_runtime::ffi! {
        pub mod nng {
            headers [
                "nng/nng.h",
                "nng/protocol/bus0/bus.h",
                "nng/protocol/pair0/pair.h",
                "nng/protocol/pair1/pair.h",
                "nng/protocol/pipeline0/push.h",
                "nng/protocol/pipeline0/pull.h",
                "nng/protocol/pubsub0/pub.h",
                "nng/protocol/pubsub0/sub.h",
                "nng/protocol/reqrep0/req.h",
                "nng/protocol/reqrep0/rep.h",
                "nng/protocol/survey0/survey.h",
                "nng/protocol/survey0/respond.h",
                "nng/supplemental/tls/tls.h",
                "nng/transport/tls/tls.h"
            ];
            defines [("NNG_DECL", ""), ("NNG_DEPRECATED", "")];
            allow ["nng_*", "NNG_*"];
            libraries ["nng"];
        }
    }

    use std::ffi::{CStr, c_void};
    use std::ptr;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn check(rc: i32) {
        assert_eq!(rc, 0, "{:?}", unsafe {
            CStr::from_ptr(nng::nng_strerror(rc))
        });
    }

    fn open(f: unsafe extern "C" fn(*mut nng::nng_socket) -> i32) -> nng::nng_socket {
        let mut s = nng::nng_socket { id: 0 };
        check(unsafe { f(&mut s) });
        s
    }

    unsafe extern "C" fn completed(arg: *mut c_void) {
        unsafe { &*arg.cast::<AtomicUsize>() }.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn req_rep_over_inproc_with_an_aio_callback_in_rust() {
        let url = c"inproc://ffi-cffi-projects-pynng";
        let rep = open(nng::sys::nng_rep0_open);
        let req = open(nng::sys::nng_req0_open);
        unsafe {
            check(nng::nng_listen(rep, url.as_ptr(), ptr::null_mut(), 0));
            check(nng::nng_dial(req, url.as_ptr(), ptr::null_mut(), 0));
            let mut ping = *b"ping";
            check(nng::nng_send(req, ping.as_mut_ptr().cast(), 4, 0));
            let (mut buf, mut size) = (ptr::null_mut::<u8>(), 0usize);
            let alloc = nng::NNG_FLAG_ALLOC as i32;
            check(nng::nng_recv(rep, (&raw mut buf).cast(), &mut size, alloc));
            assert_eq!(std::slice::from_raw_parts(buf, size), b"ping");
            nng::nng_free(buf.cast(), size);
        }
        // The reply arrives through an aio whose completion callback is Rust.
        let done = AtomicUsize::new(0);
        let mut aio = ptr::null_mut();
        let arg = (&raw const done).cast_mut().cast();
        unsafe {
            check(nng::nng_aio_alloc(&mut aio, Some(completed), arg));
            nng::nng_recv_aio(req, aio);
            let mut pong = *b"pong!";
            check(nng::nng_send(rep, pong.as_mut_ptr().cast(), 5, 0));
            nng::nng_aio_wait(aio);
            check(nng::nng_aio_result(aio));
            let msg = nng::nng_aio_get_msg(aio);
            let body = std::slice::from_raw_parts(
                nng::nng_msg_body(msg).cast::<u8>(),
                nng::nng_msg_len(msg),
            );
            assert_eq!(body, b"pong!");
            nng::nng_msg_free(msg);
            nng::nng_aio_free(aio);
        }
        assert_eq!(done.load(Ordering::SeqCst), 1);
        // Nothing more to receive: the timeout's error, with nng's text for it.
        check(nng::nng_socket_set_ms(rep, nng::NNG_OPT_RECVTIMEO, 20));
        let mut byte = [0u8; 1];
        let mut size = 1;
        let rc = unsafe { nng::nng_recv(rep, byte.as_mut_ptr().cast(), &mut size, 0) };
        assert_eq!(rc, nng::NNG_ETIMEDOUT.0 as i32);
        let text = unsafe { CStr::from_ptr(nng::nng_strerror(rc)) };
        assert_eq!(text, c"Timed out");
        check(nng::nng_close(req));
        check(nng::nng_close(rep));
    }
}

/// pangocffi 0.14: its whole cdef, verbatim, in ABI mode as pangocffi uses it (out of line,
/// `set_source(name, None)`, then `dlopen`). It declares 65 types `typedef ... t;`, which
/// ABI mode reads as CFFI does: incomplete types behind pointers, and the 30 functions that
/// pass one by value (`GType pango_*_get_type(void)`, never called) left out with a warning.
/// Function pointer types over them (`gpointer (*)(gconstpointer)`) are `OpaqueFn`s. Its
/// `typedef unsigned int guint16;` makes `PangoColor` 12 bytes where pango's is 6: ABI mode
/// has no compiler to catch that, so the test leaves `PangoColor` alone.
#[allow(deprecated)] // the note that lists the 30 functions left out
pub mod pangocffi {
    ffi_runtime::ffi! {
        pub mod pango {
            cdef_file "tests/cdefs/cffi_projects/pangocffi-0.14.h";
            dlopen "libpango-1.0.so.0";
        }
    }

    use std::ffi::CStr;

    #[test]
    fn version_and_units() {
        let v = pango::pango_version();
        assert!(v >= 1_40_00, "{v}");
        let text = unsafe { CStr::from_ptr(pango::pango_version_string()) };
        let expected = format!("{}.{}.{}", v / 10000, v / 100 % 100, v % 100);
        assert_eq!(text.to_str(), Ok(expected.as_str()));
        assert!(pango::pango_version_check(1, 40, 0).is_null());
        let too_new = unsafe { CStr::from_ptr(pango::pango_version_check(9, 0, 0)) };
        assert!(too_new.to_string_lossy().contains("too old"), "{too_new:?}");
        assert_eq!(pango::pango_units_from_double(1.5), 1536);
        assert_eq!(pango::pango_units_to_double(2048), 2.0);
    }

    #[test]
    fn a_font_description_round_trips() {
        let desc = pango::pango_font_description_from_string(c"Sans Bold Italic 12");
        assert!(!desc.is_null());
        unsafe {
            assert_eq!(pango::pango_font_description_get_size(desc), 12 * 1024);
            assert_eq!(
                pango::pango_font_description_get_weight(desc),
                pango::PANGO_WEIGHT_BOLD
            );
            assert_eq!(
                pango::pango_font_description_get_style(desc),
                pango::PANGO_STYLE_ITALIC
            );
            let family = CStr::from_ptr(pango::pango_font_description_get_family(desc));
            assert_eq!(family, c"Sans");
            let s = pango::pango_font_description_to_string(desc);
            assert_eq!(CStr::from_ptr(s), c"Sans Bold Italic 12");
            pango::g_free(s.cast());
            pango::pango_font_description_free(desc);
        }
    }

    #[test]
    fn bidi_and_mirroring() {
        // `(const gchar *text, gint length)`: a buffer, so raw; -1 reads to the NUL.
        let rtl = unsafe { pango::pango_find_base_dir(c"שלום".as_ptr(), -1) };
        assert_eq!(rtl, pango::PANGO_DIRECTION_RTL);
        let mut mirrored = 0;
        assert_ne!(
            unsafe { pango::pango_get_mirror_char('(' as u32, &mut mirrored) },
            0
        );
        assert_eq!(char::from_u32(mirrored), Some(')'));
    }
}

/// pylibsrtp 0.12 (aiortc's SRTP): enums that end in `...` (`srtp_err_status_ok = 0, ...`),
/// a struct that is nothing but `...;` held by value inside another partial struct, and the
/// session calls, against Debian's libsrtp2. The packets are pylibsrtp's own test packets.
mod pylibsrtp {
    ffi_runtime::ffi! {
        pub mod srtp {
            cdef_file "tests/cdefs/cffi_projects/pylibsrtp-0.12.h";
            source "#include <srtp2/srtp.h>";
            libraries ["srtp2", "crypto"];
        }
    }

    use std::ptr;
    use std::sync::Once;

    static INIT: Once = Once::new();

    fn rtp() -> Vec<u8> {
        let mut p = vec![0x80, 0x08, 0, 0, 0, 0, 0, 0, 0x00, 0x00, 0x30, 0x39];
        p.extend([0xd4; 160]);
        p
    }

    const RTCP: &[u8] = b"\x80\xc8\x00\x06\xf3\xcb\x20\x01\x83\xab\x03\xa1\xeb\x02\x0b\x3a\
        \x00\x00\x94\x20\x00\x00\x00\x9e\x00\x00\x9b\x88";

    /// A session for `profile` and `key` (master key and salt), as pylibsrtp's `Session`
    /// builds one: a zeroed policy (its `next` is not in the cdef: zero is NULL).
    fn session(
        profile: srtp::srtp_profile_t,
        key: &mut [u8],
        ssrc: srtp::srtp_ssrc_type_t,
    ) -> srtp::srtp_t {
        let mut policy = srtp::srtp_policy_t::default();
        let mut s = ptr::null_mut();
        unsafe {
            // Once per process, as pylibsrtp does at import: a second call fails.
            INIT.call_once(|| assert_eq!(srtp::srtp_init(), srtp::srtp_err_status_ok));
            let rtp = srtp::srtp_crypto_policy_set_from_profile_for_rtp(&mut policy.rtp, profile);
            let rtcp =
                srtp::srtp_crypto_policy_set_from_profile_for_rtcp(&mut policy.rtcp, profile);
            assert_eq!(
                (rtp, rtcp),
                (srtp::srtp_err_status_ok, srtp::srtp_err_status_ok)
            );
            policy.ssrc.r#type = ssrc;
            policy.key = key.as_mut_ptr();
            policy.window_size = 1024;
            assert_eq!(srtp::srtp_create(&mut s, &policy), srtp::srtp_err_status_ok);
        }
        s
    }

    #[test]
    fn rtp_and_rtcp_round_trip_and_a_tampered_packet_fails() {
        let profile = srtp::srtp_profile_aes128_cm_sha1_80;
        let key_len = srtp::srtp_profile_get_master_key_length(profile)
            + srtp::srtp_profile_get_master_salt_length(profile);
        assert_eq!(key_len, 30);
        let mut key: Vec<u8> = (0..30).collect();
        let tx = session(profile, &mut key, srtp::ssrc_any_outbound);
        let rx = session(profile, &mut key, srtp::ssrc_any_inbound);
        let mut packet = rtp();
        packet.resize(packet.len() + 16, 0);
        let mut len = 172;
        unsafe {
            assert_eq!(
                srtp::srtp_protect(tx, packet.as_mut_ptr().cast(), &mut len),
                srtp::srtp_err_status_ok
            );
        }
        // pylibsrtp's test: 182 bytes protected (a 10-byte tag), the payload encrypted.
        assert_eq!(len, 182);
        assert_ne!(&packet[12..172], &rtp()[12..]);
        let mut tampered = packet.clone();
        tampered[20] ^= 1;
        let mut tlen = len;
        let mut rtcp = RTCP.to_vec();
        rtcp.resize(RTCP.len() + 32, 0);
        let mut rtcp_len = RTCP.len() as i32;
        unsafe {
            let bad = srtp::srtp_unprotect(rx, tampered.as_mut_ptr().cast(), &mut tlen);
            assert_ne!(bad, srtp::srtp_err_status_ok);
            assert_eq!(
                srtp::srtp_unprotect(rx, packet.as_mut_ptr().cast(), &mut len),
                srtp::srtp_err_status_ok
            );
            assert_eq!(
                srtp::srtp_protect_rtcp(tx, rtcp.as_mut_ptr().cast(), &mut rtcp_len),
                srtp::srtp_err_status_ok
            );
            assert_eq!(rtcp_len, 42);
            let back = srtp::srtp_unprotect_rtcp(rx, rtcp.as_mut_ptr().cast(), &mut rtcp_len);
            assert_eq!(back, srtp::srtp_err_status_ok);
            // A replayed packet is refused.
            let mut again = len;
            assert_ne!(
                srtp::srtp_unprotect(rx, packet.as_mut_ptr().cast(), &mut again),
                srtp::srtp_err_status_ok
            );
            srtp::srtp_dealloc(tx);
            srtp::srtp_dealloc(rx);
        }
        assert_eq!(&packet[..len as usize], &rtp()[..]);
        assert_eq!(&rtcp[..rtcp_len as usize], RTCP);
    }
}

/// aiortc 1.11's codecs, before they moved to PyAV: VP8 through libvpx (a cdef of partial
/// structs, a union of anonymous structs, `#define`s checked against the headers' macros,
/// and `vpx_codec_enc_init`, a macro in C that the source redefines as a function) and Opus.
mod aiortc {
    ffi_runtime::ffi! {
        pub mod vpx {
            cdef_file "tests/cdefs/cffi_projects/aiortc-1.11-vpx.h";
            source_file "tests/c/cffi_projects/aiortc-1.11-vpx.c";
            libraries ["vpx"];
        }
    }

    ffi_runtime::ffi! {
        pub mod opus {
            cdef_file "tests/cdefs/cffi_projects/aiortc-1.11-opus.h";
            source "#include <opus/opus.h>";
            libraries ["opus"];
        }
    }

    use std::ptr;

    const W: u32 = 64;
    const H: u32 = 48;

    /// One grey 64x48 I420 frame with a bright square, encoded as a VP8 key frame.
    fn encode() -> Vec<u8> {
        unsafe {
            let img = vpx::vpx_img_alloc(ptr::null_mut(), vpx::VPX_IMG_FMT_I420, W, H, 1);
            assert!(!img.is_null());
            for plane in 0..3 {
                let (w, h) = if plane == 0 { (W, H) } else { (W / 2, H / 2) };
                let stride = (*img).stride[plane] as usize;
                for y in 0..h as usize {
                    let row = (*img).planes[plane].add(y * stride);
                    for x in 0..w as usize {
                        let bright = plane == 0 && (16..48).contains(&x) && (16..32).contains(&y);
                        *row.add(x) = if bright { 220 } else { 128 };
                    }
                }
            }
            let iface = vpx::vpx_codec_vp8_cx();
            let mut cfg = vpx::vpx_codec_enc_cfg_t::default();
            assert_eq!(
                vpx::vpx_codec_enc_config_default(iface, &mut cfg, 0),
                vpx::VPX_CODEC_OK
            );
            (cfg.g_w, cfg.g_h) = (W, H);
            cfg.g_timebase = vpx::vpx_rational_t { num: 1, den: 30 };
            cfg.rc_target_bitrate = 500;
            let mut ctx = vpx::vpx_codec_ctx_t::default();
            assert_eq!(
                vpx::vpx_codec_enc_init(&mut ctx, iface, &cfg, 0),
                vpx::VPX_CODEC_OK
            );
            let flags = vpx::VPX_EFLAG_FORCE_KF as _;
            let rc = vpx::vpx_codec_encode(&mut ctx, img, 0, 1, flags, vpx::VPX_DL_REALTIME as _);
            assert_eq!(rc, vpx::VPX_CODEC_OK);
            let mut iter = ptr::null();
            let mut frame = Vec::new();
            loop {
                let pkt = vpx::vpx_codec_get_cx_data(&mut ctx, &mut iter);
                if pkt.is_null() {
                    break;
                }
                assert_eq!((*pkt).kind, vpx::VPX_CODEC_CX_FRAME_PKT);
                let f = (*pkt).data.frame;
                assert_ne!(f.flags & vpx::VPX_FRAME_IS_KEY as u32, 0, "a key frame");
                frame.extend_from_slice(std::slice::from_raw_parts(f.buf.cast::<u8>(), f.sz));
            }
            vpx::vpx_codec_destroy(&mut ctx);
            vpx::vpx_img_free(img);
            frame
        }
    }

    #[test]
    fn a_vp8_key_frame_decodes_to_its_picture() {
        let frame = encode();
        assert!(!frame.is_empty());
        // A VP8 key frame: its start code after the 3-byte frame tag.
        assert_eq!(&frame[3..6], [0x9d, 0x01, 0x2a]);
        unsafe {
            let mut ctx = vpx::vpx_codec_ctx_t::default();
            let iface = vpx::vpx_codec_vp8_dx();
            assert_eq!(
                vpx::vpx_codec_dec_init(&mut ctx, iface, ptr::null(), 0),
                vpx::VPX_CODEC_OK
            );
            let len = frame.len() as u32;
            let rc = vpx::vpx_codec_decode(&mut ctx, frame.as_ptr(), len, ptr::null_mut(), 0);
            assert_eq!(rc, vpx::VPX_CODEC_OK);
            let mut iter = ptr::null();
            let img = vpx::vpx_codec_get_frame(&mut ctx, &mut iter);
            assert!(!img.is_null());
            assert_eq!(((*img).d_w, (*img).d_h), (W, H));
            let y = (*img).planes[vpx::VPX_PLANE_Y as usize];
            let stride = (*img).stride[0] as usize;
            let (grey, bright) = (*y.add(40 * stride + 4), *y.add(24 * stride + 32));
            assert!(
                grey.abs_diff(128) < 12 && bright.abs_diff(220) < 12,
                "{grey} {bright}"
            );
            vpx::vpx_codec_destroy(&mut ctx);
            let err = std::ffi::CStr::from_ptr(vpx::vpx_codec_err_to_string(
                vpx::VPX_CODEC_CORRUPT_FRAME,
            ));
            assert_eq!(err, c"Corrupt frame detected");
        }
    }

    #[test]
    fn opus_round_trips_a_tone() {
        let mut error = 0;
        let rate = 48_000;
        let voip = opus::OPUS_APPLICATION_VOIP;
        unsafe {
            let enc = opus::opus_encoder_create(rate, 1, voip, &mut error);
            assert_eq!(error, opus::OPUS_OK);
            let dec = opus::opus_decoder_create(rate, 1, &mut error);
            assert_eq!(error, opus::OPUS_OK);
            // 20 ms frames of a 440 Hz tone; the third decoded frame carries it.
            let mut energy = 0.0;
            for n in 0..3 {
                let pcm: Vec<i16> = (0..960)
                    .map(|i| {
                        let t = (n * 960 + i) as f64 / rate as f64;
                        (8000.0 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16
                    })
                    .collect();
                let mut packet = [0u8; 400];
                let size = opus::opus_encode(enc, pcm.as_ptr(), 960, packet.as_mut_ptr(), 400);
                assert!(size > 0, "{size}");
                let mut out = [0i16; 960];
                let got = opus::opus_decode(dec, packet.as_ptr(), size, out.as_mut_ptr(), 960, 0);
                assert_eq!(got, 960);
                energy = out.iter().map(|&s| (s as f64).powi(2)).sum::<f64>() / 960.0;
            }
            let rms = energy.sqrt();
            assert!(
                (4000.0..8000.0).contains(&rms),
                "rms {rms}, a 8000-peak sine has ≈5657"
            );
            opus::opus_encoder_destroy(enc);
            opus::opus_decoder_destroy(dec);
        }
    }
}

/// SoundCard 0.4.6's PulseAudio backend: its whole cdef in ABI mode (`ffi.dlopen('pulse')`),
/// a `#define PA_CHANNELS_MAX 32U` as an array length, enums with negative values; called
/// where no sound server is needed.
mod soundcard {
    ffi_runtime::ffi! {
        pub mod pa {
            cdef_file "tests/cdefs/cffi_projects/soundcard-0.4.h";
            dlopen "libpulse.so.0";
        }
    }

    use std::ffi::CStr;

    #[test]
    fn sample_specs_and_channel_maps() {
        let spec = |channels| pa::pa_sample_spec {
            format: pa::PA_SAMPLE_S16LE,
            rate: 44100,
            channels,
        };
        assert_eq!(unsafe { pa::pa_sample_spec_valid(&spec(2)) }, 1);
        assert_eq!(unsafe { pa::pa_sample_spec_valid(&spec(0)) }, 0);
        let mut map = pa::pa_channel_map::default();
        assert_eq!(map.map.len(), 32);
        unsafe {
            let m = pa::pa_channel_map_init_extend(&mut map, 2, pa::PA_CHANNEL_MAP_DEFAULT);
            assert_eq!(m, &raw mut map);
            assert_eq!(pa::pa_channel_map_valid(&map), 1);
        }
        assert_eq!(map.channels, 2);
        assert_eq!(
            map.map[..2],
            [
                pa::PA_CHANNEL_POSITION_FRONT_LEFT,
                pa::PA_CHANNEL_POSITION_FRONT_RIGHT
            ]
        );
        let name = unsafe { CStr::from_ptr(pa::pa_channel_position_to_string(map.map[1])) };
        assert_eq!(name, c"front-right");
        assert!(pa::pa_channel_position_to_string(pa::PA_CHANNEL_POSITION_INVALID).is_null());
    }

    #[test]
    fn a_context_starts_unconnected() {
        unsafe {
            let ml = pa::pa_mainloop_new();
            assert!(!ml.is_null());
            let ctx = pa::pa_context_new(pa::pa_mainloop_get_api(ml), c"ffi".as_ptr());
            assert!(!ctx.is_null());
            assert_eq!(pa::pa_context_get_state(ctx), pa::PA_CONTEXT_UNCONNECTED);
            pa::pa_context_unref(ctx);
            pa::pa_mainloop_free(ml);
        }
    }
}

/// xcffib 1.12: the cdef its `module/ffi.py` builds, in ABI mode (`typedef ...
/// xcb_connection_t;`, C++ comments), against Debian's libxcb with no X server: parsing a
/// display name, a connection that fails as libxcb says, and the X protocol's fixed sizes.
mod xcffib {
    ffi_runtime::ffi! {
        pub mod xcb {
            cdef_file "tests/cdefs/cffi_projects/xcffib-1.12.h";
            dlopen "libxcb.so.1";
        }
    }

    use std::ffi::CStr;
    use std::ptr;

    #[test]
    fn a_display_name_parses() {
        let (mut host, mut display, mut screen) = (ptr::null_mut(), 0, 0);
        let ok = unsafe {
            xcb::xcb_parse_display(
                c"example.org:12.3".as_ptr(),
                &mut host,
                &mut display,
                &mut screen,
            )
        };
        assert_eq!((ok, display, screen), (1, 12, 3));
        assert_eq!(unsafe { CStr::from_ptr(host) }, c"example.org");
        unsafe { xcb::free(host.cast()) };
        let bad = unsafe {
            xcb::xcb_parse_display(c"no-colon".as_ptr(), &mut host, &mut display, &mut screen)
        };
        assert_eq!(bad, 0);
    }

    #[test]
    fn a_connection_to_no_server_is_in_error() {
        let mut screen = 0;
        // A display number nothing listens on, over a socket path that does not exist.
        let c = unsafe { xcb::xcb_connect(c"unix:/nonexistent/ffi-x11:0".as_ptr(), &mut screen) };
        assert!(
            !c.is_null(),
            "libxcb returns an error connection, never NULL"
        );
        assert_eq!(
            unsafe { xcb::xcb_connection_has_error(c) },
            xcb::XCB_CONN_ERROR
        );
        unsafe { xcb::xcb_disconnect(c) };
    }

    #[test]
    fn the_protocols_structs_have_its_sizes() {
        assert_eq!(size_of::<xcb::xcb_generic_event_t>(), 36);
        assert_eq!(size_of::<xcb::xcb_generic_error_t>(), 36);
        assert_eq!(size_of::<xcb::xcb_setup_t>(), 40);
        assert_eq!(size_of::<xcb::xcb_screen_t>(), 40);
        assert_eq!(size_of::<xcb::xcb_visualtype_t>(), 24);
        assert_eq!(size_of::<xcb::xcb_render_pictforminfo_t>(), 28);
    }
}

/// pangocairocffi 0.7: its cdef after `ffi.include(pangocffi.ffi)`, verbatim, in ABI mode:
/// `include` reads pangocffi's cdef (the `pangocffi` block above binds it) and this block
/// uses its `PangoContext`, `PangoLayout`, `PangoFontMap`. It declares `typedef void
/// cairo_t;` itself, so a cairocffi `cairo_t *` passes as `*mut c_void`. Nothing here needs
/// a font.
#[allow(deprecated)] // the notes that list the functions passing opaque types by value
mod pangocairocffi {
    ffi_runtime::ffi! {
        pub mod pangocairo {
            include super::super::pangocffi::pango
                from "tests/cdefs/cffi_projects/pangocffi-0.14.h";
            cdef_file "tests/cdefs/cffi_projects/pangocairocffi-0.7.h";
            dlopen "libpangocairo-1.0.so.0";
        }
    }

    use super::cairocffi::cairo;
    use super::pangocffi::pango;
    use std::ffi::CStr;

    #[test]
    fn a_layout_on_a_cairo_context_through_both_blocks() {
        let surface = cairo::cairo_image_surface_create(cairo::CAIRO_FORMAT_ARGB32, 64, 32);
        let cr = unsafe { cairo::cairo_create(surface) };
        unsafe {
            // pangocairo's function, returning pangocffi's type.
            let layout: *mut pango::PangoLayout = pangocairo::pango_cairo_create_layout(cr.cast());
            assert!(!layout.is_null());
            pango::pango_layout_set_text(layout, c"Hello, world".as_ptr(), -1);
            assert_eq!(
                CStr::from_ptr(pango::pango_layout_get_text(layout)),
                c"Hello, world"
            );
            assert_eq!(pango::pango_layout_get_character_count(layout), 12);
            let context = pango::pango_layout_get_context(layout);
            pangocairo::pango_cairo_context_set_resolution(context, 120.0);
            assert_eq!(
                pangocairo::pango_cairo_context_get_resolution(context),
                120.0
            );
            pango::g_object_unref(layout.cast());
            cairo::cairo_destroy(cr);
            cairo::cairo_surface_destroy(surface);
        }
    }

    #[test]
    fn the_default_font_map_keeps_its_resolution() {
        unsafe {
            let map = pangocairo::pango_cairo_font_map_new();
            assert!(!map.is_null());
            // `PangoFontMap *` from this block is pangocffi's `PangoFontMap`.
            let cairo_map = map.cast::<pangocairo::PangoCairoFontMap>();
            pangocairo::pango_cairo_font_map_set_resolution(cairo_map, 72.0);
            assert_eq!(
                pangocairo::pango_cairo_font_map_get_resolution(cairo_map),
                72.0
            );
            let context = pango::pango_font_map_create_context(map);
            assert_eq!(pango::pango_context_get_font_map(context), map);
            pango::g_object_unref(context.cast());
            pango::g_object_unref(map.cast());
            // The one line this cdef changes: an `int` where pangocairocffi's is `void`.
            let ft = cairo::CAIRO_FONT_TYPE_FT.0 as i32;
            let ft_map = pangocairo::pango_cairo_font_map_new_for_font_type(ft);
            assert!(!ft_map.is_null());
            pango::g_object_unref(ft_map.cast());
            let toy = cairo::CAIRO_FONT_TYPE_TOY.0 as i32;
            assert!(pangocairo::pango_cairo_font_map_new_for_font_type(toy).is_null());
        }
    }
}

/// pycares 4.4: its whole cdef (`typedef long... time_t;`, partial `sockaddr`s, five
/// `extern "Python"` callbacks, implemented here in Rust) against Debian's c-ares 1.18: a
/// DNS reply parsed, addresses converted, and a host looked up in `/etc/hosts` calling the
/// Rust `_host_cb`.
mod pycares {
    use std::ffi::{CStr, c_char, c_int};
    use std::ptr;

    ffi_runtime::ffi! {
        pub mod ares {
            cdef_file "tests/cdefs/cffi_projects/pycares-4.4.h";
            source_file "tests/c/cffi_projects/pycares-4.4.c";
            libraries ["cares"];

            fn _sock_state_cb(_d: *mut c_void, _fd: ares_socket_t, _r: c_int, _w: c_int) {}
            fn _host_cb(arg: *mut c_void, status: c_int, _timeouts: c_int, host: *mut hostent) {
                // SAFETY: `arg` is the `Vec` the test passes; `host` is c-ares' for the call.
                let seen = unsafe { &mut *arg.cast::<Vec<(c_int, String)>>() };
                let name = if host.is_null() {
                    String::new()
                } else {
                    unsafe { CStr::from_ptr((*host).h_name) }.to_string_lossy().into_owned()
                };
                seen.push((status, name));
            }
            fn _nameinfo_cb(_a: *mut c_void, _s: c_int, _t: c_int, _n: *mut c_char, _v: *mut c_char) {}
            fn _query_cb(_a: *mut c_void, _s: c_int, _t: c_int, _b: *mut u8, _l: c_int) {}
            fn _addrinfo_cb(_a: *mut c_void, _s: c_int, _t: c_int, _r: *mut ares_addrinfo) {}
        }
    }

    /// pycares passes Python's `socket.AF_INET`; Linux's value.
    const AF_INET: c_int = 2;

    fn init() {
        assert_eq!(
            ares::ares_library_init(ares::ARES_LIB_INIT_ALL),
            ares::ARES_SUCCESS
        );
    }

    #[test]
    fn version_errors_and_addresses() {
        init();
        let mut v = 0;
        let text = unsafe { CStr::from_ptr(ares::ares_version(&mut v)) };
        assert_eq!(
            text.to_str(),
            Ok(format!("{}.{}.{}", v >> 16, (v >> 8) & 0xff, v & 0xff).as_str())
        );
        let err = unsafe { CStr::from_ptr(ares::ares_strerror(ares::ARES_ENOTFOUND)) };
        assert_eq!(err, c"Domain name not found");
        let mut addr = ares::in_addr { s_addr: 0 };
        let ok =
            unsafe { ares::ares_inet_pton(AF_INET, c"192.0.2.1".as_ptr(), (&raw mut addr).cast()) };
        assert_eq!((ok, u32::from_be(addr.s_addr)), (1, 0xc000_0201));
        let mut out = [0 as c_char; 16];
        let back = unsafe {
            ares::ares_inet_ntop(AF_INET, (&raw const addr).cast(), out.as_mut_ptr(), 16)
        };
        assert_eq!(unsafe { CStr::from_ptr(back) }, c"192.0.2.1");
    }

    #[test]
    fn a_dns_reply_parses_to_its_address_and_ttl() {
        init();
        // A reply for example.com A: header, question, and one answer naming the question.
        let mut reply = vec![0x12, 0x34, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0];
        reply.extend(b"\x07example\x03com\x00\x00\x01\x00\x01");
        reply.extend([
            0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0x01, 0x2c, 0, 4, 93, 184, 216, 34,
        ]);
        let mut host = ptr::null_mut();
        let mut ttls = [ares::ares_addrttl::default(); 2];
        let mut n = 2;
        let rc = unsafe {
            ares::ares_parse_a_reply(
                reply.as_ptr(),
                reply.len() as c_int,
                &mut host,
                ttls.as_mut_ptr(),
                &mut n,
            )
        };
        assert_eq!(rc, ares::ARES_SUCCESS);
        assert_eq!(n, 1);
        assert_eq!(
            (ttls[0].ttl, ttls[0].ipaddr.s_addr.to_ne_bytes()),
            (300, [93, 184, 216, 34])
        );
        unsafe {
            assert_eq!(CStr::from_ptr((*host).h_name), c"example.com");
            ares::ares_free_hostent(host);
        }
        let truncated = unsafe {
            ares::ares_parse_a_reply(reply.as_ptr(), 20, &mut host, ttls.as_mut_ptr(), &mut n)
        };
        assert_eq!(truncated, ares::ARES_EBADRESP);
    }

    #[test]
    fn a_hosts_file_lookup_calls_the_rust_callback() {
        init();
        // Only the hosts file: no DNS server is asked.
        let mut options = ares::ares_options {
            lookups: c"f".as_ptr().cast_mut(),
            ..Default::default()
        };
        let mut channel = ptr::null_mut();
        let mut seen: Vec<(c_int, String)> = Vec::new();
        unsafe {
            let rc = ares::ares_init_options(&mut channel, &mut options, ares::ARES_OPT_LOOKUPS);
            assert_eq!(rc, ares::ARES_SUCCESS);
            let arg = (&raw mut seen).cast();
            ares::ares_gethostbyname(
                channel,
                c"localhost".as_ptr(),
                AF_INET,
                Some(ares::callbacks::_host_cb),
                arg,
            );
            ares::ares_destroy(channel);
        }
        assert_eq!(seen, [(ares::ARES_SUCCESS, "localhost".to_string())]);
    }
}

/// pyca/bcrypt 3.2.2, the last release bound with CFFI: its cdef, and its bundled OpenBSD C
/// as `sources`, with bcrypt's and bcrypt_pbkdf's published vectors (from its tests).
mod bcrypt {
    use std::ffi::{CStr, c_char};

    ffi_runtime::ffi! {
        pub mod bc {
            cdef_file "tests/cdefs/cffi_projects/bcrypt-3.2.h";
            source "\n    #include \"pycabcrypt.h\"\n    ";
            sources [
                "tests/c/cffi_projects/bcrypt-3.2/blf.c",
                "tests/c/cffi_projects/bcrypt-3.2/bcrypt.c",
                "tests/c/cffi_projects/bcrypt-3.2/bcrypt_pbkdf.c",
                "tests/c/cffi_projects/bcrypt-3.2/sha2.c",
                "tests/c/cffi_projects/bcrypt-3.2/timingsafe_bcmp.c"
            ];
            include_dirs ["tests/c/cffi_projects/bcrypt-3.2"];
        }
    }

    fn hashpass(key: &CStr, salt: &CStr) -> Result<String, i32> {
        let mut out = [0 as c_char; 128];
        let rc = unsafe { bc::bcrypt_hashpass(key.as_ptr(), salt.as_ptr(), out.as_mut_ptr(), 128) };
        if rc != 0 {
            return Err(rc);
        }
        Ok(unsafe { CStr::from_ptr(out.as_ptr()) }
            .to_string_lossy()
            .into_owned())
    }

    #[test]
    fn openbsds_vectors_hash_as_published() {
        let salt = c"$2a$05$CCCCCCCCCCCCCCCCCCCCC.";
        assert_eq!(
            hashpass(c"U*U", salt).as_deref(),
            Ok("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
        );
        assert_eq!(
            hashpass(c"U*U*", salt).as_deref(),
            Ok("$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK")
        );
        assert_eq!(hashpass(c"U*U", c"$2a$05$short").map_err(|_| ()), Err(()));
    }

    #[test]
    fn bcrypt_pbkdf_derives_the_published_key() {
        let mut key = [0u8; 32];
        let rc = unsafe {
            // `(const char *pass, size_t passlen, …)`: a sized buffer, so raw.
            bc::bcrypt_pbkdf(
                c"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                key.as_mut_ptr(),
                32,
                4,
            )
        };
        assert_eq!(rc, 0);
        assert_eq!(
            super::hex(&key),
            "5bbf0cc293587f1c3635555c27796598d47e579071bf427e9d8fbe842aba34d9"
        );
        let same = unsafe { bc::timingsafe_bcmp(key.as_ptr().cast(), key.as_ptr().cast(), 32) };
        assert_eq!(same, 0);
    }
}
