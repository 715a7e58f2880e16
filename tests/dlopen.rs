//! ABI mode (`dlopen`): no compiler at all; the library opens on first use and each symbol
//! is resolved on its first call.

use std::ffi::c_ulong;
use std::panic::catch_unwind;

ffi_runtime::ffi! {
    mod m {
        cdef "double cos(double x); double pow(double, double); int signgam;";
        dlopen "libm.so.6";
    }
}

ffi_runtime::ffi! {
    mod z {
        cdef r#"
            typedef unsigned long uLong;
            uLong crc32(uLong crc, const unsigned char *buf, unsigned int len);
            const char *zlibVersion(void);
            int no_such_function(int x);
        "#;
        dlopen "libz.so.1";
    }
}

ffi_runtime::ffi! {
    /// Symbols from two libraries: the one `dlopen` names, then each of `libraries`.
    mod both {
        cdef "double cbrt(double); const char *zlibVersion(void); int in_neither(void);";
        dlopen "libz.so.1";
        libraries ["libm.so.6"];
    }
}

ffi_runtime::ffi! {
    mod nowhere {
        cdef "int f(int x);";
        dlopen "libffi-does-not-exist.so.9";
    }
}

ffi_runtime::ffi! {
    mod c {
        cdef "int snprintf(char *buf, size_t n, const char *format, ...);";
        dlopen "libc.so.6";
    }
}

#[test]
fn libm_opens_on_first_use() {
    assert_eq!(
        m::sys::LIBRARY.opens(),
        0,
        "nothing is loaded before it is used"
    );
    assert_eq!(m::cos(0.0), 1.0);
    assert_eq!(m::pow(2.0, 0.5), 2f64.sqrt());
    assert_eq!(m::sys::LIBRARY.opens(), 1);
    assert!(!m::signgam().is_null());
    assert!(m::load().is_ok());
    assert_eq!(
        m::sys::LIBRARY.opens(),
        1,
        "load() after use does not reopen"
    );
}

#[test]
fn zlib_crc32_vector() {
    let data = b"The quick brown fox jumps over the lazy dog";
    let crc: c_ulong = unsafe { z::crc32(0, data.as_ptr(), data.len() as u32) };
    assert_eq!(crc, 0x414f_a339);
}

#[test]
fn a_missing_symbol_panics_naming_it_and_poisons_nothing() {
    let err = catch_unwind(|| z::no_such_function(1)).expect_err("must panic");
    let msg = err.downcast_ref::<String>().expect("a formatted panic");
    assert!(
        msg.contains("no_such_function") && msg.contains("libz.so.1"),
        "{msg}"
    );
    // The library and its other functions are fine.
    assert!(z::load().is_ok());
    let version = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) };
    assert!(version.to_bytes().starts_with(b"1."));
}

#[test]
fn dlopen_with_libraries_resolves_from_each_in_order() {
    // glibc returns 3.0000000000000004 here (cbrt is not correctly rounded).
    assert!((both::cbrt(27.0) - 3.0).abs() < 1e-12);
    assert!(!both::zlibVersion().is_null());
    let err = catch_unwind(both::in_neither).expect_err("must panic");
    let msg = err.downcast_ref::<String>().expect("a formatted panic");
    assert!(
        msg.contains("in_neither") && msg.contains("libz.so.1, libm.so.6"),
        "{msg}"
    );
}

#[test]
fn a_missing_library_is_an_error_from_load_and_a_panic_from_calls() {
    let err = nowhere::load().expect_err("the library does not exist");
    let text = err.to_string();
    assert!(matches!(err, ffi_runtime::Error::Open { .. }), "{err:?}");
    assert!(text.contains("libffi-does-not-exist.so.9"), "{text}");
    let panic = catch_unwind(|| nowhere::f(1)).expect_err("must panic");
    assert_eq!(
        panic.downcast_ref::<String>(),
        Some(&text),
        "the same message as load()"
    );
    assert_eq!(
        nowhere::sys::LIBRARY.opens(),
        1,
        "a failed open is not retried"
    );
}

#[test]
fn variadic_functions_hand_out_their_pointer() {
    let mut buf = [0 as std::ffi::c_char; 32];
    let n = unsafe { c::snprintf()(buf.as_mut_ptr(), buf.len(), c"%d+%d".as_ptr(), 20, 22) };
    assert_eq!(n, 5);
    assert_eq!(unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }, c"20+22");
}

// Two blocks that differ only in the library they open (a `#[cfg]` pair, say): each keeps
// its own library, though the expansion is cached by content.
ffi_runtime::ffi! {
    mod twin_here {
        cdef "int abs(int);";
        dlopen "libc.so.6";
    }
}

ffi_runtime::ffi! {
    mod twin_missing {
        cdef "int abs(int);";
        dlopen "libffi-twin-does-not-exist.so";
    }
}

#[test]
fn blocks_differing_only_in_their_library_open_their_own() {
    assert_eq!(twin_here::abs(-3), 3);
    let err = twin_missing::load().expect_err("its library does not exist");
    assert!(
        err.to_string().contains("libffi-twin-does-not-exist.so"),
        "{err}"
    );
}
