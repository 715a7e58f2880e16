//! Real CFFI projects' whole cdefs and `set_source` texts, verbatim (files under
//! `tests/cdefs/cffi_projects/` and `tests/c/cffi_projects/`, each naming its origin), built
//! in API mode against Debian's libraries and called with published test vectors. A cdef
//! that differs from its header in a way C converts must build, as it does under CFFI.

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
