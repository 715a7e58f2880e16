//! CFFI's `ffi.include(other_ffi)`: one block uses the types another block binds, from the
//! other block's cdef file, and defines none of them again (so a value of one is a value of
//! the other). CFFI's test_recompiler.py `test_include_*`, with cdefs in files.

ffi_runtime::ffi! {
    pub mod shapes {
        cdef_file "tests/cdefs/include/shapes.h";
        source r#"
            typedef double coord_t;
            struct point { coord_t x, y; };
            typedef struct { struct point min, max; } box_t;
            enum shape_kind { SHAPE_POINT, SHAPE_BOX = 5 };
            #define SHAPES_MAX 16
            int shapes_count(void) { return 2; }
        "#;
    }
}

ffi_runtime::ffi! {
    pub mod render {
        include super::shapes from "tests/cdefs/include/shapes.h";
        cdef r#"
            coord_t area(box_t b);
            struct point *nudge(struct point *p, coord_t by);
            enum shape_kind kind_of(const box_t *b);
            int fits(int n);
        "#;
        source r#"
            typedef double coord_t;
            struct point { coord_t x, y; };
            typedef struct { struct point min, max; } box_t;
            enum shape_kind { SHAPE_POINT, SHAPE_BOX = 5 };
            #define SHAPES_MAX 16
            coord_t area(box_t b) { return (b.max.x - b.min.x) * (b.max.y - b.min.y); }
            struct point *nudge(struct point *p, coord_t by) { p->x += by; p->y += by; return p; }
            enum shape_kind kind_of(const box_t *b) { return b->min.x == b->max.x ? SHAPE_POINT : SHAPE_BOX; }
            int fits(int n) { return n <= SHAPES_MAX; }
        "#;
    }
}

#[test]
fn a_value_of_the_included_type_is_one_of_this_blocks() {
    let b = shapes::box_t {
        min: shapes::point { x: 1.0, y: 2.0 },
        max: shapes::point { x: 4.0, y: 6.0 },
    };
    // `box_t` by value, `coord_t` back: the types are `shapes`' own.
    let a: shapes::coord_t = render::area(b);
    assert_eq!(a, 12.0);
    let mut p = shapes::point { x: 0.5, y: 0.5 };
    let q = unsafe { render::nudge(&mut p, 1.5) };
    assert_eq!(q, &raw mut p);
    assert_eq!((p.x, p.y), (2.0, 2.0));
    let k: shapes::shape_kind = unsafe { render::kind_of(&b) };
    assert_eq!(k, shapes::SHAPE_BOX);
    assert_eq!(shapes::SHAPE_BOX.0, 5);
}

#[test]
fn the_included_blocks_functions_and_constants_stay_its_own() {
    assert_eq!(shapes::shapes_count(), 2);
    assert_eq!(shapes::SHAPES_MAX, 16);
    assert_eq!(render::fits(shapes::SHAPES_MAX), 1);
    assert_eq!(render::fits(17), 0);
}

// ABI mode: the same, each block opening the library itself.
ffi_runtime::ffi! {
    pub mod clock {
        cdef_file "tests/cdefs/include/tm.h";
        dlopen "libc.so.6";
    }
}

ffi_runtime::ffi! {
    pub mod text {
        include super::clock from "tests/cdefs/include/tm.h";
        cdef "char *asctime_r(const struct tm *tm, char *buf);";
        dlopen "libc.so.6";
    }
}

#[test]
fn abi_mode_blocks_share_a_struct() {
    let mut tm = clock::tm::default();
    let t: clock::time_t = 86_400 * 365 + 3_661;
    assert!(!unsafe { clock::gmtime_r(&t, &mut tm) }.is_null());
    let mut buf = [0 as std::ffi::c_char; 32];
    let s = unsafe { std::ffi::CStr::from_ptr(text::asctime_r(&tm, buf.as_mut_ptr())) };
    assert_eq!(s, c"Fri Jan  1 01:01:01 1971\n");
}

// `headers`: the header declares `struct tm` and `time_t` itself, and the block binds them
// as `clock`'s, so a `clock::tm` crosses to glibc's `timegm` through this block's glue.
ffi_runtime::ffi! {
    pub mod times {
        include super::clock from "tests/cdefs/include/tm.h";
        headers ["time.h"];
        allow ["timegm", "asctime_r", "difftime"];
    }
}

#[test]
fn a_headers_block_uses_the_included_blocks_types() {
    let mut tm = clock::tm::default();
    let t: clock::time_t = 86_400 * 365 + 3_661;
    assert!(!unsafe { clock::gmtime_r(&t, &mut tm) }.is_null());
    // `timegm` takes `clock`'s `struct tm` and returns `clock`'s `time_t`.
    let back: clock::time_t = unsafe { times::timegm(&mut tm) };
    assert_eq!(back, t);
    let mut buf = [0 as std::ffi::c_char; 32];
    let s = unsafe { std::ffi::CStr::from_ptr(times::asctime_r(&tm, buf.as_mut_ptr())) };
    assert_eq!(s, c"Fri Jan  1 01:01:01 1971\n");
    assert_eq!(times::difftime(back, 1), (t - 1) as f64);
}
