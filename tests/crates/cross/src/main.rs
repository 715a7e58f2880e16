//! Built for another target and run under qemu: the probe must measure that target's C,
//! the glue must be compiled by its compiler, and both link modes must load.

use std::ffi::c_int;

ffi_runtime::ffi! {
    /// Statically linked; layouts that differ between targets.
    mod st {
        cdef r#"
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bits { unsigned a : 3; unsigned long long b : 40; char c; };
            int add(int a, int b);
            int rec_size(void);
            int rec_ll_offset(void);
            long double halve(long double x);
            extern "Rust" int twice(int x);
            int twice_from_c(int x);
        "#;
        source r#"
            #include <stddef.h>
            struct rec { char c; long long ll; double d; long double ld; short s; };
            struct bits { unsigned a : 3; unsigned long long b : 40; char c; };
            int add(int a, int b) { return a + b; }
            int rec_size(void) { return sizeof(struct rec); }
            int rec_ll_offset(void) { return offsetof(struct rec, ll); }
            long double halve(long double x) { return x / 2; }
            int twice_from_c(int x) { return twice(x); }
        "#;

        fn twice(x: c_int) -> c_int {
            x * 2
        }
    }
}

ffi_runtime::ffi! {
    /// Built as a shared object, loaded on first use.
    mod sh {
        cdef "int mul(int a, int b);";
        source "int mul(int a, int b) { return a * b; }";
        mode shared;
    }
}

fn main() {
    let rec = std::mem::size_of::<st::rec>() as c_int;
    let ll = std::mem::offset_of!(st::rec, ll) as c_int;
    let layout_ok = rec == st::rec_size() && ll == st::rec_ll_offset();
    let mut b = st::bits::default();
    b.set_b(0xff_ffff_ffff);
    b.set_a(5);
    println!(
        "add={} mul={} layout={} rec={} ll_at={} halve={} bits={},{:x} twice={}",
        st::add(2, 3),
        sh::mul(6, 7),
        if layout_ok { "ok" } else { "WRONG" },
        rec,
        ll,
        st::halve(5.0),
        b.a(),
        b.b(),
        st::twice_from_c(21),
    );
}
