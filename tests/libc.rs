//! libc through API mode: a safe `&CStr` wrapper, a variadic function, a Rust callback,
//! and `errno`, which glibc defines as a macro (reached through the glue's getter).

use std::ffi::{CStr, c_char, c_int, c_void};

ffi_runtime::ffi! {
    mod c {
        cdef r#"
            size_t strlen(const char *s);
            int snprintf(char *buf, size_t size, const char *format, ...);
            void qsort(void *base, size_t nmemb, size_t size,
                       int (*compar)(const void *, const void *));
            int abs(int);
            char *strerror(int errnum);
            long strtol(const char *s, char **end, int base);
            int errno;
        "#;
        source r#"
            #include <errno.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
        "#;
    }
}

#[test]
fn strlen_is_safe_over_cstr() {
    assert_eq!(c::strlen(c"hello, world"), 12);
    assert_eq!(c::strlen(c""), 0);
    assert_eq!(c::abs(-42), 42);
}

#[test]
fn variadic_snprintf_formats() {
    let mut buf = [0 as c_char; 64];
    let n = unsafe {
        c::snprintf(
            buf.as_mut_ptr(),
            buf.len(),
            c"%d-%s-%.2f".as_ptr(),
            42 as c_int,
            c"x".as_ptr(),
            2.5f64,
        )
    };
    let text = unsafe { CStr::from_ptr(buf.as_ptr()) };
    assert_eq!(text.to_str(), Ok("42-x-2.50"));
    assert_eq!(n, 9);
}

unsafe extern "C" fn descending(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*a.cast::<i32>(), *b.cast::<i32>()) };
    b.cmp(&a) as c_int
}

#[test]
fn qsort_calls_back_into_rust() {
    let mut v = [5i32, 1, 4, 2, 3, 9, -1];
    unsafe { c::qsort(v.as_mut_ptr().cast(), v.len(), 4, Some(descending)) };
    assert_eq!(v, [9, 5, 4, 3, 2, 1, -1]);
}

#[test]
fn errno_macro_is_a_global() {
    let mut end = std::ptr::null_mut();
    let v = unsafe {
        *c::errno() = 0;
        c::strtol(c"99999999999999999999999".as_ptr(), &mut end, 10)
    };
    assert_eq!(v, std::ffi::c_long::MAX);
    let e = unsafe { *c::errno() };
    assert_eq!(e, 34, "ERANGE");
    let msg = unsafe { CStr::from_ptr(c::strerror(e)) };
    assert!(msg.to_string_lossy().contains("range"), "{msg:?}");
}
