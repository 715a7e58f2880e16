//! libm three ways: API mode, link mode (no `source`: a plain extern block), and a block
//! expanded in place (no `mod`).

ffi_runtime::ffi! {
    mod api {
        cdef "double cos(double); double pow(double, double); float sqrtf(float); double floor(double);";
        source "#include <math.h>";
        libraries ["m"];
    }
}

ffi_runtime::ffi! {
    mod linked {
        cdef "double sin(double x); double ldexp(double x, int exp); int signgam;";
        libraries ["m"];
    }
}

mod in_place {
    // Types, enumerators and constants land in this module too.
    ffi_runtime::ffi! {
        cdef r#"
            double hypot(double x, double y); double fabs(double);
            enum side { left_side, right_side, both_sides };
            #define precision_bits 53
        "#;
        source "#include <math.h>\nenum side { left_side, right_side, both_sides };";
        libraries ["m"];
    }
}

#[test]
fn api_mode() {
    assert_eq!(api::cos(0.0), 1.0);
    assert_eq!(api::pow(2.0, 10.0), 1024.0);
    assert_eq!(api::sqrtf(2.25), 1.5);
    assert_eq!(api::floor(-0.5), -1.0);
}

#[test]
fn link_mode_binds_symbols_directly() {
    assert_eq!(linked::sin(0.0), 0.0);
    assert_eq!(linked::ldexp(0.75, 4), 12.0);
    // A global bound in link mode is the C variable itself.
    let p: *mut std::ffi::c_int = linked::signgam();
    assert!(!p.is_null());
    // In link mode `sys` holds libm's own symbol: the raw call agrees with the wrapper.
    assert_eq!(unsafe { linked::sys::sin(0.5) }, linked::sin(0.5));
    assert_eq!(linked::sin(0.5), 0.479_425_538_604_203);
}

#[test]
fn in_place_expansion() {
    assert_eq!(in_place::hypot(3.0, 4.0), 5.0);
    assert_eq!(in_place::fabs(-2.0), 2.0);
    assert_eq!(unsafe { in_place::sys::hypot(5.0, 12.0) }, 13.0);
    assert_eq!(in_place::right_side, in_place::side(1));
    assert_eq!(in_place::precision_bits, 53);
}
