//! API mode converts where C converts, as CFFI's API mode does: a cdef says how Rust sees a
//! function, and where that differs from the C declaration the glue calls it with C's own
//! conversions. Each block reproduces what a real CFFI project's cdef writes (PyNaCl,
//! argon2-cffi-bindings, cryptography's OpenSSL bindings), against the real library, with
//! published vectors. The projects' whole cdefs, verbatim, are in `cffi_projects.rs`.

use std::ffi::{CStr, c_char};

/// argon2-cffi-bindings declares `argon2_encodedlen` returning `uint32_t`; argon2.h says
/// `size_t`. Its enums take every value from the compiler (`Argon2_i = ...`).
mod argon2 {
    use super::*;

    ffi_runtime::ffi! {
        pub mod a2 {
            cdef r#"
                typedef enum Argon2_type { Argon2_d = ..., Argon2_i = ..., Argon2_id = ... } argon2_type;
                typedef enum Argon2_version { ARGON2_VERSION_10 = ..., ARGON2_VERSION_13 = ..., ARGON2_VERSION_NUMBER = ... } argon2_version;
                uint32_t argon2_encodedlen(uint32_t t_cost, uint32_t m_cost, uint32_t parallelism,
                                           uint32_t saltlen, uint32_t hashlen, argon2_type type);
                int argon2_hash(const uint32_t t_cost, const uint32_t m_cost,
                                const uint32_t parallelism, const void *pwd,
                                const size_t pwdlen, const void *salt,
                                const size_t saltlen, void *hash,
                                const size_t hashlen, char *encoded,
                                const size_t encodedlen, argon2_type type,
                                const uint32_t version);
            "#;
            source "#include <argon2.h>";
            libraries ["argon2"];
        }
    }

    #[test]
    fn reference_vector_through_a_converted_signature() {
        use a2::*;
        // argon2's own test.c: argon2i, v=0x13, t=2, m=2^8 KiB, p=1.
        let expected =
            "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8";
        let len = argon2_encodedlen(2, 256, 1, 8, 32, Argon2_i);
        assert_eq!(len as usize, expected.len() + 1);
        let mut hash = [0u8; 32];
        let mut encoded = vec![0 as c_char; len as usize];
        let rc = unsafe {
            argon2_hash(
                2,
                256,
                1,
                b"password".as_ptr().cast(),
                8,
                b"somesalt".as_ptr().cast(),
                8,
                hash.as_mut_ptr().cast(),
                32,
                encoded.as_mut_ptr(),
                encoded.len(),
                Argon2_i,
                ARGON2_VERSION_13.0,
            )
        };
        assert_eq!(rc, 0);
        assert_eq!(
            hex(&hash),
            "89e9029f4637b295beb027056a7336c414fadd43f6b208645281cb214a56452f"
        );
        let encoded = unsafe { CStr::from_ptr(encoded.as_ptr()) };
        assert_eq!(encoded.to_str(), Ok(expected));
        // Every enumerator from the compiler, none from the cdef's counting.
        assert_eq!((Argon2_d.0, Argon2_i.0, Argon2_id.0), (0, 1, 2));
        assert_eq!(ARGON2_VERSION_NUMBER.0, 0x13);
    }
}

/// PyNaCl 1.5 declares `typedef void crypto_generichash_blake2b_state;` (libsodium's is a
/// struct) and allocates the state as bytes of `crypto_generichash_statebytes()`.
mod pynacl {
    use super::*;

    ffi_runtime::ffi! {
        pub mod na {
            cdef r#"
                int sodium_init();
                size_t crypto_generichash_statebytes();
                typedef void crypto_generichash_blake2b_state;
                int crypto_generichash_blake2b_init_salt_personal(
                                crypto_generichash_blake2b_state *state,
                                const unsigned char *key,
                                const size_t keylen, const size_t outlen,
                                const unsigned char *salt,
                                const unsigned char *personal);
                int crypto_generichash_blake2b_update(
                                crypto_generichash_blake2b_state *state,
                                const unsigned char *in,
                                unsigned long long inlen);
                int crypto_generichash_blake2b_final(
                                crypto_generichash_blake2b_state *state,
                                unsigned char *out,
                                const size_t outlen);
                int crypto_hash_sha256(unsigned char *out, const unsigned char *in,
                                       unsigned long long inlen);
            "#;
            source "#include <sodium.h>";
            libraries ["sodium"];
        }
    }

    #[test]
    fn blake2b_through_a_void_state_and_sha256() {
        use na::*;
        assert!(sodium_init() >= 0);
        // The state is 64-byte aligned in libsodium: over-allocate and align by hand, as a
        // C caller given only `statebytes()` must.
        let size = crypto_generichash_statebytes();
        let mut bytes = vec![0u8; size + 64];
        let offset = bytes.as_ptr().align_offset(64);
        let state = bytes[offset..].as_mut_ptr().cast();
        let mut out = [0u8; 64];
        unsafe {
            let null = std::ptr::null();
            assert_eq!(
                crypto_generichash_blake2b_init_salt_personal(state, null, 0, 64, null, null),
                0
            );
            assert_eq!(
                crypto_generichash_blake2b_update(state, b"abc".as_ptr(), 3),
                0
            );
            assert_eq!(
                crypto_generichash_blake2b_final(state, out.as_mut_ptr(), 64),
                0
            );
        }
        // RFC 7693, appendix A: BLAKE2b-512("abc").
        assert_eq!(
            hex(&out),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1\
             7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
        let mut digest = [0u8; 32];
        unsafe { crypto_hash_sha256(digest.as_mut_ptr(), b"abc".as_ptr(), 3) };
        assert_eq!(
            hex(&digest),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

/// cryptography's OpenSSL bindings declare `int ASN1_STRING_type(ASN1_STRING *)`; OpenSSL
/// takes `const ASN1_STRING *`.
mod openssl {
    use super::*;

    ffi_runtime::ffi! {
        pub mod ssl {
            cdef r#"
                typedef ... ASN1_STRING;
                static const int V_ASN1_UTF8STRING;
                ASN1_STRING *ASN1_STRING_type_new(int);
                int ASN1_STRING_type(ASN1_STRING *);
                void ASN1_STRING_free(ASN1_STRING *);
                unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
            "#;
            source "#include <openssl/asn1.h>\n#include <openssl/sha.h>";
            libraries ["crypto"];
        }
    }

    #[test]
    fn asn1_string_type_without_const() {
        use ssl::*;
        unsafe {
            let s = ASN1_STRING_type_new(V_ASN1_UTF8STRING);
            assert!(!s.is_null());
            assert_eq!(ASN1_STRING_type(s), 12);
            ASN1_STRING_free(s);
        }
        let mut md = [0u8; 32];
        unsafe { SHA256(b"abc".as_ptr(), 3, md.as_mut_ptr()) };
        assert_eq!(
            hex(&md),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

/// Widths, signedness and floats convert as a C call converts them.
mod widths {
    ffi_runtime::ffi! {
        pub mod w {
            cdef r#"
                size_t strlen(char *);
                float sin(double);
                short narrow(signed char);
                long widen(long);
                unsigned to_unsigned(void);
                typedef int uLong;               /* zlib's is unsigned long */
                uLong adler32(uLong adler, const unsigned char *buf, unsigned int len);
            "#;
            source r#"
                #include <string.h>
                #include <math.h>
                #include <zlib.h>
                signed char narrow(signed char c) { return (signed char)(c - 1); }
                char widen(char c) { return (char)(c + 42); }
                int to_unsigned(void) { return -1; }
            "#;
            libraries ["m", "z"];
        }
    }

    #[test]
    fn values_convert_as_c_converts_them() {
        use w::*;
        let s = c"hello".as_ptr().cast_mut();
        assert_eq!(unsafe { strlen(s) }, 5);
        let sin: f32 = w::sin(1.23);
        assert!((f64::from(sin) - 1.23f64.sin()).abs() < 1e-6, "{sin}");
        assert_eq!(narrow(-128), 127); // C's `signed char` wraps, then widens to `short`
        assert_eq!(widen(5), 47);
        assert_eq!(widen(0xABC05), 47); // the argument narrows to `char` on the way in
        assert_eq!(to_unsigned(), u32::MAX);
        // "Wikipedia", through a typedef that is not the header's.
        let adler = unsafe { adler32(1, b"Wikipedia".as_ptr(), 9) };
        assert_eq!(adler as u32, 0x11e6_0398);
    }
}

/// A `const char *` that C's declaration takes as `char *`: the wrapper is `unsafe` and
/// takes the raw pointer (a safe `&CStr` would let C write through a shared borrow).
mod writes_through {
    use super::*;

    ffi_runtime::ffi! {
        pub mod wt {
            cdef "int shout(const char *s); int length(const char *s);";
            source r#"
                int shout(char *s) { int n = 0; for (; *s; s++, n++) if (*s >= 'a' && *s <= 'z') *s -= 32; return n; }
                int length(const char *s) { int n = 0; while (s[n]) n++; return n; }
            "#;
        }
    }

    #[test]
    fn written_parameters_are_raw_and_read_ones_are_cstr() {
        let mut text = *b"quiet\0";
        let f: unsafe extern "C" fn(*const c_char) -> i32 = wt::shout;
        assert_eq!(unsafe { f(text.as_mut_ptr().cast()) }, 5);
        assert_eq!(&text, b"QUIET\0");
        // C's own declaration is `const`: the safe wrapper lends a `&CStr`.
        let g: fn(&CStr) -> i32 = wt::length;
        assert_eq!(g(c"four"), 4);
    }
}

/// zlib's `Bytef *next_in` declared `const unsigned char *`, as CFFI cdefs do: pointee
/// qualifiers change neither layout nor ABI.
mod fields {
    use super::*;

    ffi_runtime::ffi! {
        pub mod z {
            cdef r#"
                typedef struct z_stream_s {
                    const unsigned char *next_in;
                    unsigned int avail_in;
                    unsigned char *next_out;
                    unsigned int avail_out;
                    ...;
                } z_stream;
                const char *zlibVersion(void);
                extern const char *greeting;
            "#;
            source r#"
                #include <zlib.h>
                /* A global the cdef declares with one more `const`. */
                char *greeting = "stream error";
            "#;
            libraries ["z"];
        }
    }

    #[test]
    fn pointee_qualifiers_are_accepted() {
        let s = z::z_stream {
            next_in: b"x".as_ptr(),
            avail_in: 1,
            ..Default::default()
        };
        assert_eq!(s.avail_in, 1);
        let msg = unsafe { CStr::from_ptr(*z::greeting()) };
        assert_eq!(msg, c"stream error");
    }
}

/// A struct nested anonymously that C has grown (aiortc's `frame` inside libvpx's packet
/// union gained three fields): its named fields are where C has them, its size is C's.
mod nested_growth {
    ffi_runtime::ffi! {
        pub mod n {
            cdef r#"
                struct packet {
                    int kind;
                    union {
                        struct { void *buf; int sz; } frame;
                        char pad[60];
                    } data;
                };
                void fill(struct packet *p);
            "#;
            source r#"
                struct packet {
                    int kind;
                    union {
                        struct { void *buf; int sz; int width[4]; } frame;
                        char pad[60];
                    } data;
                };
                void fill(struct packet *p) {
                    static char bytes[3] = "ab";
                    p->kind = 7;
                    p->data.frame.buf = bytes;
                    p->data.frame.sz = 3;
                    p->data.frame.width[3] = 99;
                }
            "#;
        }
    }

    #[test]
    fn its_fields_read_at_cs_offsets_and_its_size_is_cs() {
        // C's nested struct: 8 + 4 + 16 bytes, padded to 32.
        assert_eq!(size_of::<n::packet_data_frame>(), 32);
        let mut p = n::packet::default();
        unsafe { n::fill(&mut p) };
        let frame = unsafe { p.data.frame };
        assert_eq!((p.kind, frame.sz), (7, 3));
        assert_eq!(unsafe { std::ffi::CStr::from_ptr(frame.buf.cast()) }, c"ab");
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
