//! Tests ported from CFFI's own suite (`python-cffi/cffi`, `testing/cffi1/test_recompiler.py`
//! and `test_verify1.py`): each keeps the test's cdef and C source verbatim, in its own
//! block named after it; the Python assertions are translated to Rust.
//!
//! Where CFFI converts a declaration that disagrees with the C (`float sin(double)` for
//! `double sin(double)`), so does `ffi!`, and the ports assert the converted values; where
//! CFFI refuses, `ffi!` refuses at build time: those ports are the UI test
//! `tests/ui/fail/cffi_mismatches.rs`.

#![allow(clippy::approx_constant)]

use std::ffi::{c_int, c_long, c_void};

macro_rules! cffi_test {
    ($name:ident, cdef $cdef:literal, source $source:literal $(, $extra:ident $value:tt)*) => {
        ffi_runtime::ffi! {
            mod $name {
                cdef $cdef;
                source $source;
                $($extra $value;)*
            }
        }
    };
}

// ---- test_recompiler.py ----------------------------------------------------------------

cffi_test!(test_funcarg_ptr, cdef "int foo(int *);", source "int foo(int *p) { return *p; }");

#[test]
fn funcarg_ptr() {
    assert_eq!(unsafe { test_funcarg_ptr::foo(&mut -12345) }, -12345);
}

cffi_test!(test_funcres_ptr, cdef "int *foo(void);",
    source "int *foo(void) { static int x=-12345; return &x; }");

#[test]
fn funcres_ptr() {
    assert_eq!(unsafe { *test_funcres_ptr::foo() }, -12345);
}

cffi_test!(test_global_var_array, cdef "int a[100];", source "int a[100] = { 9999 };");

#[test]
fn global_var_array() {
    let a = test_global_var_array::a();
    unsafe {
        (*a)[42] = 123456;
        assert_eq!((*a)[42], 123456);
        assert_eq!((*a)[0], 9999);
    }
}

cffi_test!(test_verify_typedef, cdef "typedef int **foo_t;", source "typedef int **foo_t;");

#[test]
fn verify_typedef() {
    assert_eq!(
        size_of::<test_verify_typedef::foo_t>(),
        size_of::<*mut c_void>()
    );
}

cffi_test!(test_verify_typedef_dotdotdot, cdef "typedef ... foo_t;", source "typedef int **foo_t;");

#[test]
fn verify_typedef_dotdotdot() {
    assert_eq!(
        size_of::<test_verify_typedef_dotdotdot::foo_t>(),
        size_of::<*mut c_void>()
    );
}

cffi_test!(test_verify_typedef_star_dotdotdot, cdef "typedef ... *foo_t;", source "typedef int **foo_t;");

#[test]
fn verify_typedef_star_dotdotdot() {
    let p: test_verify_typedef_star_dotdotdot::foo_t = std::ptr::null_mut();
    assert_eq!(size_of_val(&p), size_of::<*mut c_void>());
}

cffi_test!(test_global_var_int, cdef "int a, b, c;", source "int a = 999, b, c;");

#[test]
fn global_var_int() {
    use test_global_var_int::*;
    unsafe {
        assert_eq!(*a(), 999);
        *a() -= 1001;
        assert_eq!(*a(), -2);
        *a() = -2147483648;
        assert_eq!(*a(), -2147483648);
        *b() = 525;
        assert_eq!(*b(), 525);
        assert_eq!(*c(), 0);
    }
}

cffi_test!(test_macro, cdef "#define FOOBAR ...", source "#define FOOBAR (-6912)");

#[test]
fn macro_value() {
    assert_eq!(test_macro::FOOBAR, -6912);
}

cffi_test!(test_constant, cdef "static const int FOOBAR;", source "#define FOOBAR (-6912)");

#[test]
fn constant() {
    let v: c_int = test_constant::FOOBAR;
    assert_eq!(v, -6912);
}

cffi_test!(test_constant_nonint, cdef "static const double FOOBAR;", source "#define FOOBAR (-6912.5)");

#[test]
fn constant_nonint() {
    assert_eq!(test_constant_nonint::FOOBAR, -6912.5);
}

cffi_test!(test_constant_ptr, cdef "static double *const FOOBAR;", source "#define FOOBAR NULL");

#[test]
fn constant_ptr() {
    // A pointer constant is read at run time (Rust has no pointer constants from C).
    let p: *mut f64 = test_constant_ptr::FOOBAR();
    assert!(p.is_null());
}

cffi_test!(test_dir, cdef "int ff(int); int aa; static const int my_constant;",
    source r#"
        #define my_constant  (-45)
        int aa;
        int ff(int x) { return x+aa; }
    "#);

#[test]
fn dir() {
    unsafe { *test_dir::aa() = 5 };
    assert_eq!(test_dir::ff(10), 15);
    assert_eq!(test_dir::my_constant, -45);
}

cffi_test!(test_verify_opaque_struct, cdef "struct foo_s;", source "struct foo_s;");
cffi_test!(test_verify_opaque_union, cdef "union foo_s;", source "union foo_s;");

#[test]
fn verify_opaque_struct_and_union() {
    let _: *mut test_verify_opaque_struct::foo_s = std::ptr::null_mut();
    let _: *mut test_verify_opaque_union::foo_s = std::ptr::null_mut();
}

cffi_test!(test_verify_struct,
    cdef r#"struct foo_s { int b; short a; ...; };
                struct bar_s { struct foo_s *f; };"#,
    source r#"struct foo_s { short a; int b; };
                    struct bar_s { struct foo_s *f; };"#);

#[test]
fn verify_struct() {
    use test_verify_struct::*;
    let mut p = foo_s {
        a: -32768,
        b: -2147483648,
        ..Default::default()
    };
    assert_eq!((p.a, p.b), (-32768, -2147483648));
    let q = bar_s { f: &mut p };
    assert_eq!(q.f, &raw mut p);
    assert_eq!(std::mem::offset_of!(foo_s, a), 0);
    assert_eq!(std::mem::offset_of!(foo_s, b), 4);
}

cffi_test!(test_verify_enum,
    cdef "enum e1 { B1, A1, ... }; enum e2 { B2, A2, ... };",
    source "enum e1 { A1, B1, C1=9223372036854775807 };enum e2 { A2, B2, C2 };");

#[test]
fn verify_enum() {
    use test_verify_enum::*;
    assert_eq!((A1.0, B1.0, A2.0, B2.0), (0, 1, 0, 1));
    assert_eq!(size_of::<e1>(), size_of::<c_long>());
    assert_eq!(size_of::<e2>(), size_of::<c_int>());
}

cffi_test!(test_dotdotdot_length_of_array_field,
    cdef "struct foo_s { int a[...]; int b[...]; };",
    source "struct foo_s { int a[42]; int b[11]; };");

#[test]
fn dotdotdot_length_of_array_field() {
    use test_dotdotdot_length_of_array_field::*;
    assert_eq!(size_of::<foo_s>(), (42 + 11) * 4);
    let p = foo_s::default();
    assert_eq!((p.a.len(), p.b.len()), (42, 11));
    assert_eq!((p.a[41], p.b[10]), (0, 0));
}

cffi_test!(test_dotdotdot_global_array, cdef "int aa[...]; int bb[...];", source "int aa[41]; int bb[12];");

#[test]
fn dotdotdot_global_array() {
    let aa: *mut [c_int; 41] = test_dotdotdot_global_array::aa();
    let bb: *mut [c_int; 12] = test_dotdotdot_global_array::bb();
    assert_eq!(unsafe { ((*aa)[40], (*bb)[11]) }, (0, 0));
}

cffi_test!(test_open_array_in_struct,
    cdef "struct foo_s { int b; int a[]; };",
    source "struct foo_s { int b; int a[]; };");

#[test]
fn open_array_in_struct() {
    assert_eq!(size_of::<test_open_array_in_struct::foo_s>(), 4);
}

cffi_test!(test_math_sin_type, cdef "double sin(double);", source "#include <math.h>", libraries ["m"]);

#[test]
fn math_sin_type() {
    let f: unsafe extern "C" fn(f64) -> f64 = test_math_sin_type::sys::sin;
    assert_eq!(unsafe { f(0.0) }, 0.0);
    assert_eq!(test_math_sin_type::sin(1.5), 1.5f64.sin());
}

cffi_test!(test_verify_anonymous_struct_with_typedef,
    cdef "typedef struct { int a; long b; ...; } foo_t;",
    source "typedef struct { long b; int hidden, a; } foo_t;");

#[test]
fn verify_anonymous_struct_with_typedef() {
    let p = test_verify_anonymous_struct_with_typedef::foo_t {
        b: 42,
        ..Default::default()
    };
    assert_eq!(p.b, 42);
    assert_eq!(
        std::mem::offset_of!(test_verify_anonymous_struct_with_typedef::foo_t, a),
        12
    );
}

cffi_test!(test_verify_anonymous_struct_with_star_typedef,
    cdef "typedef struct { int a; long b; } *foo_t;",
    source "typedef struct { int a; long b; } *foo_t;");

#[test]
fn verify_anonymous_struct_with_star_typedef() {
    use test_verify_anonymous_struct_with_star_typedef::*;
    let mut s = foo_t_pointee { a: 0, b: 42 };
    let p: foo_t = &mut s;
    assert_eq!(unsafe { (*p).b }, 42);
}

cffi_test!(test_verify_anonymous_enum_with_typedef1,
    cdef "typedef enum { AA, ... } e1;",
    source "typedef enum { BB, CC, AA } e1;");
cffi_test!(test_verify_anonymous_enum_with_typedef2,
    cdef "typedef enum { AA=9223372036854775807 } e1;",
    source "typedef enum { AA=9223372036854775807 } e1;");

#[test]
fn verify_anonymous_enum_with_typedef() {
    assert_eq!(test_verify_anonymous_enum_with_typedef1::AA.0, 2);
    assert_eq!(
        size_of::<test_verify_anonymous_enum_with_typedef1::e1>(),
        size_of::<c_int>()
    );
    assert_eq!(
        test_verify_anonymous_enum_with_typedef2::AA.0,
        i64::MAX as u64
    );
    assert_eq!(
        size_of::<test_verify_anonymous_enum_with_typedef2::e1>(),
        size_of::<c_long>()
    );
}

cffi_test!(test_unspecified_size_of_global_1, cdef "int glob[];", source "int glob[10];");
cffi_test!(test_unspecified_size_of_global_2, cdef "int glob[][5];", source "int glob[10][5];");
cffi_test!(test_unspecified_size_of_global_3, cdef "int glob[][...];", source "int glob[10][5];");
cffi_test!(test_unspecified_size_of_global_4, cdef "int glob[...][...];", source "int glob[10][5];");

#[test]
fn unspecified_size_of_globals() {
    let _: *mut c_int = test_unspecified_size_of_global_1::glob();
    let _: *mut [c_int; 5] = test_unspecified_size_of_global_2::glob();
    let _: *mut [c_int; 5] = test_unspecified_size_of_global_3::glob();
    let _: *mut [[c_int; 5]; 10] = test_unspecified_size_of_global_4::glob();
}

cffi_test!(test_incomplete_struct_as_arg,
    cdef "struct foo_s { int x; ...; }; int f(int, struct foo_s);",
    source "struct foo_s { int a, x, z; };\nint f(int b, struct foo_s s) { return s.x * b; }");

#[test]
fn incomplete_struct_as_arg() {
    use test_incomplete_struct_as_arg::*;
    let s = foo_s {
        x: 21,
        ..Default::default()
    };
    assert_eq!(size_of_val(&s), 12);
    assert_eq!(std::mem::offset_of!(foo_s, x), 4);
    assert_eq!(f(2, s), 42);
}

cffi_test!(test_incomplete_struct_as_result,
    cdef "struct foo_s { int x; ...; }; struct foo_s f(int);",
    source "struct foo_s { int a, x, z; };\nstruct foo_s f(int x) { struct foo_s r; r.x = x * 2; return r; }");

#[test]
fn incomplete_struct_as_result() {
    assert_eq!(test_incomplete_struct_as_result::f(21).x, 42);
}

cffi_test!(test_incomplete_struct_as_both,
    cdef "struct foo_s { int x; ...; }; struct bar_s { int y; ...; };\nstruct foo_s f(int, struct bar_s);",
    source "struct foo_s { int a, x, z; };\nstruct bar_s { int b, c, y, d; };\nstruct foo_s f(int x, struct bar_s b) {\n  struct foo_s r; r.x = x * b.y; return r;\n}");

#[test]
fn incomplete_struct_as_both() {
    use test_incomplete_struct_as_both::*;
    let b = bar_s {
        y: 7,
        ..Default::default()
    };
    assert_eq!(f(6, b).x, 42);
    assert_eq!(
        f(
            14,
            bar_s {
                y: -3,
                ..Default::default()
            }
        )
        .x,
        -42
    );
}

cffi_test!(test_name_of_unnamed_struct,
    cdef "typedef struct { int x; } foo_t;\ntypedef struct { int y; } *bar_p;\ntypedef struct { int y; } **baz_pp;\n",
    source "typedef struct { int x; } foo_t;\ntypedef struct { int y; } *bar_p;\ntypedef struct { int y; } **baz_pp;\n");

#[test]
fn name_of_unnamed_struct() {
    use test_name_of_unnamed_struct::*;
    let _: foo_t = foo_t { x: 1 };
    let _: bar_p = std::ptr::null_mut::<bar_p_pointee>();
    let _: baz_pp = std::ptr::null_mut::<*mut baz_pp_pointee>();
}

cffi_test!(test_address_of_global_var,
    cdef r#"
        long bottom, bottoms[2];
        long FetchRectBottom(void);
        long FetchRectBottoms1(void);
        #define FOOBAR 42
    "#,
    source r#"
        long bottom, bottoms[2];
        long FetchRectBottom(void) { return bottom; }
        long FetchRectBottoms1(void) { return bottoms[1]; }
        #define FOOBAR 42
    "#);

#[test]
fn address_of_global_var() {
    use test_address_of_global_var::*;
    unsafe {
        *bottom() = 300;
        assert_eq!(FetchRectBottom(), 300);
        *bottom() += 1;
        assert_eq!(FetchRectBottom(), 301);
        (*bottoms())[1] = 500;
        assert_eq!(FetchRectBottoms1(), 500);
        (*bottoms())[1] += 2;
        assert_eq!(FetchRectBottoms1(), 502);
    }
    assert_eq!(FOOBAR, 42);
}

cffi_test!(test_unpack_args,
    cdef "void foo0(void); void foo1(int); void foo2(int, int);",
    source r#"
    void foo0(void) { }
    void foo1(int x) { }
    void foo2(int x, int y) { }
    "#);

#[test]
fn unpack_args() {
    test_unpack_args::foo0();
    test_unpack_args::foo1(42);
    test_unpack_args::foo2(43, 44);
}

cffi_test!(test_issue198,
    cdef r#"
        typedef struct{...;} opaque_t;
        const opaque_t CONSTANT;
        int toint(opaque_t);
    "#,
    source r#"
        typedef int opaque_t;
        #define CONSTANT ((opaque_t)42)
        static int toint(opaque_t o) { return o; }
    "#);

#[test]
fn issue198() {
    use test_issue198::*;
    assert_eq!(toint(CONSTANT()), 42);
    assert_eq!(toint(CONSTANT()), 42);
}

cffi_test!(test_constant_is_not_a_compiler_constant,
    cdef "static const float almost_forty_two;",
    source r#"
        static float f(void) { return 42.25; }
        #define almost_forty_two (f())
    "#);

#[test]
fn constant_is_not_a_compiler_constant() {
    assert_eq!(
        test_constant_is_not_a_compiler_constant::almost_forty_two(),
        42.25
    );
}

cffi_test!(test_constant_of_value_unknown_to_the_compiler,
    cdef "const int external_foo;",
    source r#"
        extern const int external_foo;
    "#,
    sources ["tests/c/extra_external_foo.c"]);

#[test]
fn constant_of_value_unknown_to_the_compiler() {
    assert_eq!(
        test_constant_of_value_unknown_to_the_compiler::external_foo(),
        42
    );
}

cffi_test!(test_call_with_incomplete_structs,
    cdef "typedef struct {...;} foo_t; foo_t myglob; foo_t increment(foo_t s); double getx(foo_t s);",
    source r#"
        typedef double foo_t;
        double myglob = 42.5;
        double getx(double x) { return x; }
        double increment(double x) { return x + 1; }
    "#);

#[test]
fn call_with_incomplete_structs() {
    // `foo_t` is a `double` in C: passed by value through the glue, by pointer, so it is
    // not mistaken for an integer-class struct.
    use test_call_with_incomplete_structs::*;
    let g = unsafe { *myglob() };
    assert_eq!(getx(g), 42.5);
    assert_eq!(getx(increment(g)), 43.5);
}

cffi_test!(test_struct_array_guess_length_2,
    cdef "struct foo_s { int a[...][...]; };",
    source "struct foo_s { int x; int a[5][8]; int y; };");

#[test]
fn struct_array_guess_length_2() {
    use test_struct_array_guess_length_2::*;
    assert_eq!(size_of::<foo_s>(), 42 * 4);
    let s = foo_s::default();
    let a: [[c_int; 8]; 5] = s.a;
    assert_eq!(a[4][7], 0);
}

cffi_test!(test_struct_array_guess_length_3,
    cdef "struct foo_s { int a[][...]; };",
    source "struct foo_s { int x; int a[5][7]; int y; };");

#[test]
fn struct_array_guess_length_3() {
    use test_struct_array_guess_length_3::*;
    assert_eq!(size_of::<foo_s>(), 37 * 4);
    let s = foo_s::default();
    let _: [[c_int; 7]; 0] = s.a;
}

cffi_test!(test_global_var_array_2, cdef "int a[...][...];", source "int a[10][8];");
cffi_test!(test_global_var_array_3, cdef "int a[][...];", source "int a[10][8];");
cffi_test!(test_global_var_array_4, cdef "int a[10][...];", source "int a[10][8];");

#[test]
fn global_var_arrays() {
    unsafe {
        let a: *mut [[c_int; 8]; 10] = test_global_var_array_2::a();
        (*a)[9][7] = 123456;
        assert_eq!((*a)[9][7], 123456);
        let a3: *mut [c_int; 8] = test_global_var_array_3::a();
        (*a3.add(9))[7] = 123456;
        assert_eq!((*a3.add(9))[7], 123456);
        let a4: *mut [[c_int; 8]; 10] = test_global_var_array_4::a();
        (*a4)[9][7] = 123456;
        assert_eq!((*a4)[9][7], 123456);
    }
}

cffi_test!(test_some_integer_type,
    cdef r#"
        typedef int... foo_t;
        typedef unsigned long... bar_t;
        typedef struct { foo_t a, b; } mystruct_t;
        foo_t foobar(bar_t, mystruct_t);
        static const bar_t mu = -20;
        static const foo_t nu = 20;
    "#,
    source r#"
        typedef unsigned long long foo_t;
        typedef short bar_t;
        typedef struct { foo_t a, b; } mystruct_t;
        static foo_t foobar(bar_t x, mystruct_t s) {
            return (foo_t)x + s.a + s.b;
        }
        static const bar_t mu = -20;
        static const foo_t nu = 20;
    "#);

#[test]
fn some_integer_type() {
    use test_some_integer_type::*;
    assert_eq!(size_of::<foo_t>(), 8);
    assert_eq!(size_of::<bar_t>(), 2);
    let _: u64 = foo_t::MAX;
    let _: i16 = bar_t::MIN;
    let max = u64::MAX;
    assert_eq!(foobar(-1, mystruct_t { a: 0, b: 0 }), max);
    assert_eq!(foobar(i16::MAX, mystruct_t { a: 0, b: 0 }), 32767);
    assert_eq!(foobar(10, mystruct_t { a: 20, b: 31 }), 61);
    assert_eq!(foobar(0, mystruct_t { a: 0, b: max }), max);
    assert_eq!((mu, nu), (-20, 20));
}

cffi_test!(test_some_float_type,
    cdef r#"
        typedef double... foo_t;
        typedef float... bar_t;
        foo_t sum(foo_t[]);
        bar_t neg(bar_t);
        "#,
    source r#"
        typedef float foo_t;
        static foo_t sum(foo_t x[]) { return x[0] + x[1]; }
        typedef double bar_t;
        static double neg(double x) { return -x; }
    "#);

#[test]
fn some_float_type() {
    use test_some_float_type::*;
    let mut x: [foo_t; 2] = [40.0, 2.25];
    assert_eq!(unsafe { sum(x.as_mut_ptr()) }, 42.25);
    x = [12.3, 45.6];
    assert_ne!(f64::from(unsafe { sum(x.as_mut_ptr()) }), 12.3 + 45.6); // precision loss
    assert_eq!(neg(12.3), -12.3); // no precision loss
    assert_eq!((size_of::<foo_t>(), size_of::<bar_t>()), (4, 8));
}

cffi_test!(test_issue200,
    cdef r#"
        typedef void (function_t)(void*);
        void function(void *);
    "#,
    source r#"
        static void function(void *p) { (void)p; }
    "#);

#[test]
fn issue200() {
    let _: Option<test_issue200::function_t> = None;
    unsafe { test_issue200::function(std::ptr::null_mut()) };
}

cffi_test!(test_alignment_of_longlong,
    cdef "struct foo_s { unsigned long long x; };",
    source "struct foo_s { unsigned long long x; };");

#[test]
fn alignment_of_longlong() {
    assert_eq!(
        align_of::<test_alignment_of_longlong::foo_s>(),
        align_of::<u64>()
    );
}

cffi_test!(test_macro_var_callback,
    cdef "int my_value; int *(*get_my_value)(void);",
    source "int *(*get_my_value)(void);\n#define my_value (*get_my_value())");

static mut VALUES: [c_int; 50] = [0; 50];
static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

unsafe extern "C" fn get_my_value() -> *mut c_int {
    let i = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    unsafe { (&raw mut VALUES).cast::<c_int>().add(i) }
}

#[test]
fn macro_var_callback() {
    use test_macro_var_callback::*;
    unsafe {
        *get_my_value() = Some(self::get_my_value);
        VALUES[0] = 41;
        assert_eq!(*my_value(), 41); // [0]
        let p = my_value(); // [1]
        assert_eq!(p, (&raw mut VALUES).cast::<c_int>().add(1));
        assert_eq!(*p.sub(1), 41);
        *my_value() = 42; // [2]
        assert_eq!(VALUES[2], 42);
    }
}

cffi_test!(test_const_fields,
    cdef "struct foo_s { const int a; void *const b; };",
    source "\n        struct foo_s { const int a; void *const b; };");
cffi_test!(test_restrict_fields,
    cdef "struct foo_s { void * restrict b; };",
    source "\n        struct foo_s { void * __restrict b; };");
cffi_test!(test_volatile_fields,
    cdef "struct foo_s { void * volatile b; };",
    source "\n        struct foo_s { void * volatile b; };");
cffi_test!(test_const_array_fields,
    cdef "struct foo_s { const int a[4]; };",
    source "\n        struct foo_s { const int a[4]; };");
cffi_test!(test_const_array_fields_varlength,
    cdef "struct foo_s { const int a[]; ...; };",
    source "\n        struct foo_s { const int a[4]; };");
cffi_test!(test_const_array_fields_unknownlength,
    cdef "struct foo_s { const int a[...]; ...; };",
    source "\n        struct foo_s { const int a[4]; };");

#[test]
fn qualified_fields() {
    let s = test_const_fields::foo_s::default();
    let (_, _): (c_int, *mut c_void) = (s.a, s.b);
    let _: *mut c_void = test_restrict_fields::foo_s::default().b;
    let _: *mut c_void = test_volatile_fields::foo_s::default().b;
    let _: [c_int; 4] = test_const_array_fields::foo_s::default().a;
    let _: [c_int; 0] = test_const_array_fields_varlength::foo_s::default().a;
    let _: [c_int; 4] = test_const_array_fields_unknownlength::foo_s::default().a;
}

cffi_test!(test_const_function_args,
    cdef "int foobar(const int a, const int *b, const int c[]);",
    source r#"
        int foobar(const int a, const int *b, const int c[]) {
            return a + *b + *c;
        }
    "#);

#[test]
fn const_function_args() {
    assert_eq!(
        unsafe { test_const_function_args::foobar(100, &40, &2) },
        142
    );
}

cffi_test!(test_const_function_type_args,
    cdef "int (*foobar)(const int a, const int *b, const int c[]);",
    source "\n        int (*foobar)(const int a, const int *b, const int c[]);\n    ");

#[test]
fn const_function_type_args() {
    let f: *mut Option<unsafe extern "C" fn(c_int, *const c_int, *const c_int) -> c_int> =
        test_const_function_type_args::foobar();
    assert!(unsafe { (*f).is_none() });
}

cffi_test!(test_const_constant,
    cdef "struct foo_s { int x,y; }; const struct foo_s myfoo;",
    source "\n        struct foo_s { int x,y; }; const struct foo_s myfoo = { 40, 2 };\n    ");

#[test]
fn const_constant() {
    let f = test_const_constant::myfoo();
    assert_eq!((f.x, f.y), (40, 2));
}

// Not in CFFI's suite: a `const` object with a brace initializer, as zstd.h's
// `ZSTD_defaultCMem` is, is a constant whose value C evaluates (CFFI ignores the initializer).
cffi_test!(test_const_constant_initialized,
    cdef "struct foo_s { int x; const char *y; }; static const struct foo_s myfoo = { 40, \"m\" };",
    source "struct foo_s { int x; const char *y; }; static const struct foo_s myfoo = { 40, \"m\" };");

#[test]
fn const_constant_initialized() {
    let f = test_const_constant_initialized::myfoo();
    assert_eq!(f.x, 40);
    assert_eq!(unsafe { std::ffi::CStr::from_ptr(f.y) }, c"m");
}

cffi_test!(test_const_via_typedef,
    cdef "typedef const int const_t; const_t aaa;",
    source "\n        typedef const int const_t;\n        #define aaa 42\n    ");

#[test]
fn const_via_typedef() {
    assert_eq!(test_const_via_typedef::aaa, 42);
}

cffi_test!(test_win32_calling_convention_0,
    cdef r#"
        int call1(int(__cdecl   *cb)(int));
        int (*const call2)(int(__stdcall *cb)(int));
    "#,
    source r#"
        #ifndef _MSC_VER
        #  define __stdcall  /* nothing */
        #endif
        int call1(int(*cb)(int)) {
            int i, result = 0;
            //printf("call1: cb = %p\n", cb);
            for (i = 0; i < 1000; i++)
                result += cb(i);
            //printf("result = %d\n", result);
            return result;
        }
        int call2(int(__stdcall *cb)(int)) {
            int i, result = 0;
            //printf("call2: cb = %p\n", cb);
            for (i = 0; i < 1000; i++)
                result += cb(-i);
            //printf("result = %d\n", result);
            return result;
        }
    "#);

unsafe extern "C" fn cb1(x: c_int) -> c_int {
    x * 2
}

unsafe extern "C" fn cb2(x: c_int) -> c_int {
    x * 3
}

#[test]
fn win32_calling_convention_0() {
    use test_win32_calling_convention_0::*;
    assert_eq!(unsafe { call1(Some(cb1)) }, 500 * 999 * 2);
    // `call2` is declared as a constant pointer to the function: CFFI's way to get its address.
    let call2 = call2().expect("the address of call2");
    assert_eq!(unsafe { call2(Some(cb2)) }, -500 * 999 * 3);
}

cffi_test!(test_win32_calling_convention_1,
    cdef r#"
        int __cdecl   call1(int(__cdecl   *cb)(int));
        int __stdcall call2(int(__stdcall *cb)(int));
        int (__cdecl   *const cb1)(int);
        int (__stdcall *const cb2)(int);
    "#,
    source r#"
        #ifndef _MSC_VER
        #  define __cdecl
        #  define __stdcall
        #endif
        int __cdecl   cb1(int x) { return x * 2; }
        int __stdcall cb2(int x) { return x * 3; }

        int __cdecl call1(int(__cdecl *cb)(int)) {
            int i, result = 0;
            //printf("here1\n");
            //printf("cb = %p, cb1 = %p\n", cb, (void *)cb1);
            for (i = 0; i < 1000; i++)
                result += cb(i);
            //printf("result = %d\n", result);
            return result;
        }
        int __stdcall call2(int(__stdcall *cb)(int)) {
            int i, result = 0;
            //printf("here1\n");
            //printf("cb = %p, cb2 = %p\n", cb, (void *)cb2);
            for (i = 0; i < 1000; i++)
                result += cb(-i);
            //printf("result = %d\n", result);
            return result;
        }
    "#);

#[test]
fn win32_calling_convention_1() {
    use test_win32_calling_convention_1::*;
    assert_eq!(unsafe { call1(cb1()) }, 500 * 999 * 2);
    assert_eq!(unsafe { call2(cb2()) }, -500 * 999 * 3);
}

cffi_test!(test_win32_calling_convention_3,
    cdef r#"
        struct point { int x, y; };

        int (*const cb1)(struct point);
        int (__stdcall *const cb2)(struct point);

        struct point __stdcall call1(int(*cb)(struct point));
        struct point call2(int(__stdcall *cb)(struct point));
    "#,
    source r#"
        #ifndef _MSC_VER
        #  define __cdecl
        #  define __stdcall
        #endif
        struct point { int x, y; };
        int           cb1(struct point pt) { return pt.x + 10 * pt.y; }
        int __stdcall cb2(struct point pt) { return pt.x + 100 * pt.y; }
        struct point __stdcall call1(int(__cdecl *cb)(struct point)) {
            int i;
            struct point result = { 0, 0 };
            //printf("here1\n");
            //printf("cb = %p, cb1 = %p\n", cb, (void *)cb1);
            for (i = 0; i < 1000; i++) {
                struct point p = { i, -i };
                int r = cb(p);
                result.x += r;
                result.y -= r;
            }
            return result;
        }
        struct point __cdecl call2(int(__stdcall *cb)(struct point)) {
            int i;
            struct point result = { 0, 0 };
            for (i = 0; i < 1000; i++) {
                struct point p = { -i, i };
                int r = cb(p);
                result.x += r;
                result.y -= r;
            }
            return result;
        }
    "#);

#[test]
fn win32_calling_convention_3() {
    use test_win32_calling_convention_3::*;
    let pt = unsafe { call1(cb1()) };
    assert_eq!((pt.x, pt.y), (-9 * 500 * 999, 9 * 500 * 999));
    let pt = unsafe { call2(cb2()) };
    assert_eq!((pt.x, pt.y), (99 * 500 * 999, -99 * 500 * 999));
}

cffi_test!(test_call_with_bitfield,
    cdef r#"
        struct foo { int x:5; };
        struct foo f(void);
        struct foo g(int, ...);
    "#,
    source r#"
        struct foo { int x:5; };
        struct foo f(void) {
            struct foo s = { 11 };
            return s;
        }
        struct foo g(int a, ...) { return f(); }
    "#);

#[test]
fn call_with_bitfield() {
    use test_call_with_bitfield::*;
    assert_eq!(f().x(), 11);
    // CFFI cannot call `g` (libffi has no bit-field structs); a Rust call can.
    assert_eq!(unsafe { g(0) }.x(), 11);
}

cffi_test!(test_call_with_nested_anonymous_struct,
    cdef r#"
        struct foo { int a; union { int b, c; }; };
        struct foo f(void);
        struct foo g(int, ...);
    "#,
    source r#"
        struct foo { int a; union { int b, c; }; };
        struct foo f(void) {
            struct foo s;
            s.a = 40;
            s.b = 200;
            return s;
        }
        struct foo g(int a, ...) { return f(); }
    "#);

#[test]
fn call_with_nested_anonymous_struct() {
    use test_call_with_nested_anonymous_struct::*;
    let s = f();
    assert_eq!((s.a, s.b(), s.c()), (40, 200, 200));
    // CFFI refuses `g` (libffi cannot see the anonymous union); its layout is known here.
    assert_eq!(unsafe { g(0) }.b(), 200);
}

cffi_test!(test_call_with_union,
    cdef r#"
        union foo { int a; char b; };
        union foo f(void);
        union foo g(int, ...);
    "#,
    source r#"
        union foo { int a; char b; };
        union foo f(void) {
            union foo s = { 42 };
            return s;
        }
        union foo g(int a, ...) { return f(); }
    "#);

#[test]
fn call_with_union() {
    use test_call_with_union::*;
    assert_eq!(unsafe { f().a }, 42);
    assert_eq!(unsafe { g(0).a }, 42);
}

cffi_test!(test_call_with_zero_length_field,
    cdef r#"
        struct foo { int a; int x[0]; };
        struct foo f(void);
        struct foo g(int, ...);
    "#,
    source r#"
        struct foo { int a; int x[0]; };
        struct foo f(void) {
            struct foo s = { 42 };
            return s;
        }
        struct foo g(int a, ...) { return f(); }
    "#);

#[test]
fn call_with_zero_length_field() {
    use test_call_with_zero_length_field::*;
    assert_eq!(size_of::<foo>(), 4);
    assert_eq!(f().a, 42);
}

cffi_test!(test_function_returns_union,
    cdef "union u1 { int a, b; }; union u1 f1(int);",
    source r#"
        union u1 { int a, b; };
        static union u1 f1(int x) { union u1 u; u.b = x; return u; }
    "#);

#[test]
fn function_returns_union() {
    assert_eq!(unsafe { test_function_returns_union::f1(51).a }, 51);
}

cffi_test!(test_function_returns_partial_struct,
    cdef "struct aaa { int a; ...; }; struct aaa f1(int);",
    source r#"
        struct aaa { int b, a, c; };
        static struct aaa f1(int x) { struct aaa s = {0}; s.a = x; return s; }
    "#);

#[test]
fn function_returns_partial_struct() {
    use test_function_returns_partial_struct::*;
    assert_eq!(f1(52).a, 52);
    assert_eq!((size_of::<aaa>(), std::mem::offset_of!(aaa, a)), (12, 4));
}

cffi_test!(test_typedef_array_dotdotdot,
    cdef r#"
        typedef int foo_t[...], bar_t[...];
        extern int gv[...];
        typedef int mat_t[...][...];
        typedef int vmat_t[][...];
    "#,
    source r#"
        typedef int foo_t[50], bar_t[50];
        int gv[23];
        typedef int mat_t[6][7];
        typedef int vmat_t[][8];
    "#);

#[test]
fn typedef_array_dotdotdot() {
    use test_typedef_array_dotdotdot::*;
    assert_eq!(size_of::<foo_t>(), 50 * size_of::<c_int>());
    assert_eq!(size_of::<bar_t>(), 50 * size_of::<c_int>());
    let gv: *mut [c_int; 23] = gv();
    assert_eq!(unsafe { (*gv).len() }, 23);
    assert_eq!(size_of::<mat_t>(), 6 * 7 * size_of::<c_int>());
    assert_eq!(mat_t::default().len(), 6);
    assert_eq!(mat_t::default()[3].len(), 7);
    // `vmat_t` has no size; its rows do (8 `int`s each).
    assert_eq!(size_of::<vmat_t>(), 0);
    let v = vmat_t::default();
    let rows: &[[c_int; 8]] = &v;
    assert!(rows.is_empty());
}

cffi_test!(test_typedef_array_dotdotdot_usage,
    cdef r#"
        typedef int foo_t[...];
        typedef int mat_t[...][...];
        struct s { foo_t a; foo_t *b; foo_t **c; };
        int myfunc(foo_t a, foo_t *b, foo_t **c);
        struct sm { mat_t a; mat_t *b; mat_t **c; };
        int myfuncm(mat_t a, mat_t *b, mat_t **c);
    "#,
    source r#"
        typedef int foo_t[50];
        typedef int mat_t[6][7];
        struct s { foo_t a; foo_t *b; foo_t **c; };
        static int myfunc(foo_t a, foo_t *b, foo_t **c) { return (**c)[49]; }
        struct sm { mat_t a; mat_t *b; mat_t **c; };
        static int myfuncm(mat_t a, mat_t *b, mat_t **c) { return (**c)[5][6]; }
    "#);

#[test]
fn typedef_array_dotdotdot_usage() {
    use std::ptr::{addr_of_mut, null_mut};
    use test_typedef_array_dotdotdot_usage::*;
    let pointer = size_of::<*mut c_void>();
    assert_eq!(size_of::<foo_t>(), 50 * size_of::<c_int>());
    let mut p = s::default();
    assert_eq!(size_of_val(&p), 50 * size_of::<c_int>() + 2 * pointer);
    p.a[49] = 321;
    p.b = addr_of_mut!(p.a);
    p.c = addr_of_mut!(p.b);
    assert_eq!(unsafe { myfunc(null_mut(), null_mut(), p.c) }, 321);
    assert_eq!(size_of::<mat_t>(), 42 * size_of::<c_int>());
    let mut m = sm::default();
    assert_eq!(size_of_val(&m), 42 * size_of::<c_int>() + 2 * pointer);
    m.a[5][6] = -321;
    m.b = addr_of_mut!(m.a);
    m.c = addr_of_mut!(m.b);
    assert_eq!(unsafe { myfuncm(null_mut(), null_mut(), m.c) }, -321);
}

cffi_test!(test_unnamed_bitfield_1, cdef "struct A { char : 1; };", source "struct A { char : 1; };");
cffi_test!(test_unnamed_bitfield_2,
    cdef "struct A {\n        short c : 1; short : 1; short d : 1; short : 1; };",
    source "struct A {\n            short c : 1; short : 1; short d : 1; short : 1;\n        };");
cffi_test!(test_unnamed_bitfield_3,
    cdef "struct A { struct { char : 1; char : 1; } b; };",
    source "struct A { struct { char : 1; char : 1; } b; };");
cffi_test!(test_unnamed_bitfield_4,
    cdef r#"struct A { struct {
        unsigned c : 1; unsigned : 1; unsigned d : 1; unsigned : 1; } a;
        };
        struct B { struct A a; };"#,
    source r#"
        struct A { struct {
            unsigned c : 1; unsigned : 1; unsigned d : 1; unsigned : 1; } a;
        };
        struct B { struct A a; };
    "#);

#[test]
fn unnamed_bitfields() {
    assert_eq!(size_of::<test_unnamed_bitfield_1::A>(), 1);
    assert_eq!(size_of::<test_unnamed_bitfield_2::A>(), size_of::<i16>());
    assert_eq!(size_of::<test_unnamed_bitfield_3::A>(), 1);
    assert_eq!(size_of::<test_unnamed_bitfield_4::A>(), size_of::<u32>());
    assert_eq!(size_of::<test_unnamed_bitfield_4::B>(), size_of::<u32>());
    let mut a = test_unnamed_bitfield_2::A::default();
    a.set_c(-1);
    a.set_d(-1);
    assert_eq!((a.c(), a.d()), (-1, -1));
}

cffi_test!(test_override_default_definition, cdef "typedef long int16_t, char16_t;", source "");

#[test]
fn override_default_definition() {
    use test_override_default_definition::*;
    let (a, b): (int16_t, char16_t) = (c_long::MAX, c_long::MIN);
    assert_eq!((a, b), (c_long::MAX, c_long::MIN));
}

cffi_test!(test_address_of_function_with_struct,
    cdef "struct foo_s { int x; }; long myfunc(struct foo_s);",
    source r#"
        struct foo_s { int x; };
        char myfunc(struct foo_s input) { return (char)(input.x + 42); }
    "#);

#[test]
fn address_of_function_with_struct() {
    use test_address_of_function_with_struct::*;
    let s = foo_s { x: 5 };
    assert_eq!(myfunc(s), 47);
    // Its address has the cdef's type, `long (*)(struct foo_s)`.
    let addr: unsafe extern "C" fn(foo_s) -> c_long = sys::myfunc;
    assert_eq!(unsafe { addr(s) }, 47);
}

cffi_test!(test_struct_with_func_with_struct_arg,
    cdef "struct BinaryTree {\n            int (* CompareKey)(struct BinaryTree tree);\n        };",
    source r#"
        struct BinaryTree {
            int (* CompareKey)(struct BinaryTree tree);
        };
    "#);
cffi_test!(test_struct_with_func_with_struct_pointer_arg,
    cdef "struct BinaryTree {\n            int (* CompareKey)(struct BinaryTree *tree);\n        };",
    source r#"
        struct BinaryTree {
            int (* CompareKey)(struct BinaryTree *tree);
        };
    "#);

#[test]
fn struct_with_func_with_struct_arg() {
    // CFFI cannot create the first (`ffi.new` raises); Rust can, as C can.
    let by_value = test_struct_with_func_with_struct_arg::BinaryTree::default();
    assert!(by_value.CompareKey.is_none());
    let by_pointer = test_struct_with_func_with_struct_pointer_arg::BinaryTree::default();
    assert!(by_pointer.CompareKey.is_none());
    assert_eq!(size_of_val(&by_value), size_of::<*mut c_void>());
}

cffi_test!(test_gcc_visibility_hidden,
    cdef "\n    int f(int);\n    ",
    source "\n    int f(int a) { return a + 40; }\n    ",
    flags ["-fvisibility=hidden"]);

#[test]
fn gcc_visibility_hidden() {
    assert_eq!(test_gcc_visibility_hidden::f(2), 42);
}

cffi_test!(test_variable_of_unknown_size,
    cdef "\n        typedef ... opaque_t;\n        extern opaque_t globvar;\n    ",
    source "\n        typedef char opaque_t[6];\n        opaque_t globvar = \"hello\";\n    ");

#[test]
fn variable_of_unknown_size() {
    // Not readable as a value; its address is.
    let p: *mut test_variable_of_unknown_size::opaque_t = test_variable_of_unknown_size::globvar();
    let text = unsafe { std::ffi::CStr::from_ptr(p.cast()) };
    assert_eq!(text.to_bytes(), b"hello");
}

ffi_runtime::ffi! {
    mod test_large_enum {
        cdef_file "tests/cdefs/cffi_large_enum.h";
        source_file "tests/cdefs/cffi_large_enum.h";
    }
}

#[test]
fn large_enum() {
    use test_large_enum::*;
    assert_eq!((nn0.0, nn1234.0, nn5999.0), (0, 1234, 5999));
}

// ---- test_verify1.py -------------------------------------------------------------------

cffi_test!(test_simple_case, cdef "double sin(double x);", source "#include <math.h>", libraries ["m"]);

#[test]
fn simple_case() {
    assert_eq!(test_simple_case::sin(1.23), 1.23f64.sin());
}

cffi_test!(test_strlen_exact, cdef "size_t strlen(const char *s);", source "#include <string.h>");

#[test]
fn strlen_exact() {
    assert_eq!(test_strlen_exact::strlen(c"hi there!"), 9);
}

cffi_test!(test_longdouble, cdef "long double sinl(long double x);", source "#include <math.h>", libraries ["m"]);

#[test]
fn longdouble() {
    // CFFI returns a `long double` cdata; Rust has no `long double`: the wrapper converts.
    assert!((test_longdouble::sinl(1.23) - 1.23f64.sin()).abs() < 1e-10);
}

cffi_test!(test_longdouble_precision, cdef "long double step1(long double x);",
    source r#"
        long double step1(long double x)
        {
            return 4*x-x*x;
        }
    "#);

#[test]
fn longdouble_precision() {
    // CFFI keeps the 80-bit value between calls (result ~0.656769 on x86); here each call
    // crosses as `f64`, which is CFFI's "cast to double" path (~3.99091). Documented.
    let mut x = 0.9789;
    for _ in 0..10000 {
        x = test_longdouble_precision::step1(x);
    }
    assert!((x - 3.99091).abs() < 0.001, "{x}");
}

cffi_test!(test_char_type, cdef "char foo(char);", source "char foo(char x) { return ++x; }");

#[test]
fn char_type() {
    assert_eq!(
        test_char_type::foo(b'A' as std::ffi::c_char),
        b'B' as std::ffi::c_char
    );
}

cffi_test!(test_wchar_type, cdef "wchar_t foo(wchar_t);", source "wchar_t foo(wchar_t x) { return x+1; }");

#[test]
fn wchar_type() {
    assert_eq!(test_wchar_type::foo(0x12345), 0x12346);
}

cffi_test!(test_two_arguments, cdef "int foo(int, int);", source "int foo(int a, int b) { return a - b; }");

#[test]
fn two_arguments() {
    assert_eq!(test_two_arguments::foo(40, -2), 42);
}

cffi_test!(test_verify1_macro, cdef "int foo(int, int);", source "#define foo(a, b) ((a) * (b))");

#[test]
fn verify1_macro() {
    assert_eq!(test_verify1_macro::foo(-6, -7), 42);
}

cffi_test!(test_ptr, cdef "int *foo(int *);", source "int *foo(int *a) { return a; }");

#[test]
fn ptr() {
    let mut p = 42;
    let mut q = 42;
    unsafe {
        assert!(test_ptr::foo(std::ptr::null_mut()).is_null());
        assert_eq!(test_ptr::foo(&mut p), &raw mut p);
        assert_ne!(test_ptr::foo(&mut q), &raw mut p);
    }
}

cffi_test!(test_nondecl_struct,
    cdef "typedef struct foo_s foo_t; int bar(foo_t *);",
    source "typedef struct foo_s foo_t;\nint bar(foo_t *f) { (void)f; return 42; }\n");

#[test]
fn nondecl_struct() {
    assert_eq!(
        unsafe { test_nondecl_struct::bar(std::ptr::null_mut()) },
        42
    );
}

cffi_test!(test_ffi_full_struct,
    cdef "struct foo_s { char x; int y; long *z; };",
    source "struct foo_s { char x; int y; long *z; };");

#[test]
fn ffi_full_struct() {
    let s = test_ffi_full_struct::foo_s::default();
    assert!(s.z.is_null());
    assert_eq!(size_of_val(&s), 8 + size_of::<*mut c_long>());
}

cffi_test!(test_bool,
    cdef "struct foo_s { _Bool x; };_Bool foo(_Bool); static _Bool (*foop)(_Bool);",
    source r#"
        struct foo_s { _Bool x; };
        int foo(int arg) {
            return !arg;
        }
        _Bool _foofunc(_Bool x) {
            return !x;
        }
        static _Bool (*foop)(_Bool) = _foofunc;
    "#);

#[test]
fn bool_() {
    use test_bool::*;
    let p = foo_s { x: true };
    assert!(p.x);
    // `foop` is a global holding a function pointer.
    let foop = unsafe { (*foop()).expect("set by the C") };
    assert!(!unsafe { foop(true) } && unsafe { foop(false) });
    // `foo` takes and returns `int` in C: converted as C converts.
    assert!(!foo(true) && foo(false));
}

cffi_test!(test_enum_as_argument,
    cdef r#"
        enum foo_e { AA, BB, ... };
        int foo_func(enum foo_e);
    "#,
    source r#"
        enum foo_e { AA, CC, BB };
        int foo_func(enum foo_e e) { return (int)e; }
    "#);

#[test]
fn enum_as_argument() {
    use test_enum_as_argument::*;
    assert_eq!(foo_func(BB), 2);
}

cffi_test!(test_enum_usage,
    cdef "enum ee { EE1,EE2 }; typedef struct { enum ee x; } *sp;",
    source "enum ee { EE1,EE2 }; typedef struct { enum ee x; } *sp;");

#[test]
fn enum_usage() {
    use test_enum_usage::*;
    assert_eq!(EE2.0, 1);
    let mut s = sp_pointee { x: EE2 };
    assert_eq!(s.x, EE2);
    s.x = ee(17);
    assert_eq!(s.x.0, 17);
    let _: sp = &mut s;
}

cffi_test!(test_typedef_complete_enum,
    cdef "typedef enum { AA, BB } enum1_t;",
    source "typedef enum { AA, BB } enum1_t;");

#[test]
fn typedef_complete_enum() {
    use test_typedef_complete_enum::*;
    assert_eq!((AA.0, BB.0), (0, 1));
    assert_eq!(enum1_t(1), BB);
}

cffi_test!(test_struct_array_field,
    cdef "struct foo_s { int a[17]; ...; };",
    source "struct foo_s { int x; int a[17]; int y; };");

#[test]
fn struct_array_field() {
    use test_struct_array_field::*;
    assert_eq!(size_of::<foo_s>(), 19 * size_of::<c_int>());
    assert_eq!(foo_s::default().a.len(), 17);
}

cffi_test!(test_access_variable,
    cdef "static int foo(void);\nstatic int somenumber;",
    source r#"
        static int somenumber = 2;
        static int foo(void) {
            return somenumber * 7;
        }
    "#);

#[test]
fn access_variable() {
    use test_access_variable::*;
    let n = somenumber();
    unsafe {
        assert_eq!(*n, 2);
        assert_eq!(foo(), 14);
        *n = -6;
        assert_eq!(foo(), -42);
        assert_eq!(*n, -6);
    }
}

// test_global_const_int_size, the values an `unsigned short` holds (C converts `-32768`
// quietly, as it does `-1`); the ones it cannot hold are refused (tests/ui/fail/
// cffi_mismatches.rs), where CFFI keeps the value and ignores the declared type.
cffi_test!(test_global_const_int_size_neg, cdef "static const unsigned short AA;",
    source "#define AA (-32767LL-1)\n");
cffi_test!(test_global_const_int_size_15, cdef "static const unsigned short AA;",
    source "#define AA 32767LL\n");
cffi_test!(test_global_const_int_size_16, cdef "static const unsigned short AA;",
    source "#define AA 32768LL\n");

#[test]
fn global_const_int_size() {
    let _: u16 = test_global_const_int_size_neg::AA;
    assert_eq!(test_global_const_int_size_neg::AA, 32768);
    assert_eq!(test_global_const_int_size_15::AA, 32767);
    assert_eq!(test_global_const_int_size_16::AA, 32768);
}

// test_fn_signed_integer_types, test_fn_unsigned_integer_types: every integer type CFFI
// knows (its ALL_PRIMITIVE_TYPES), through a C identity function, at both extremes.
cffi_test!(test_fn_signed_integer_types,
    cdef "int somefn_int(int);\nint16_t somefn_int16_t(int16_t);\nint32_t somefn_int32_t(int32_t);\nint64_t somefn_int64_t(int64_t);\nint8_t somefn_int8_t(int8_t);\nint_fast16_t somefn_int_fast16_t(int_fast16_t);\nint_fast32_t somefn_int_fast32_t(int_fast32_t);\nint_fast64_t somefn_int_fast64_t(int_fast64_t);\nint_fast8_t somefn_int_fast8_t(int_fast8_t);\nint_least16_t somefn_int_least16_t(int_least16_t);\nint_least32_t somefn_int_least32_t(int_least32_t);\nint_least64_t somefn_int_least64_t(int_least64_t);\nint_least8_t somefn_int_least8_t(int_least8_t);\nintmax_t somefn_intmax_t(intmax_t);\nintptr_t somefn_intptr_t(intptr_t);\nlong somefn_long(long);\nlong long somefn_long_long(long long);\nptrdiff_t somefn_ptrdiff_t(ptrdiff_t);\nshort somefn_short(short);\nsigned char somefn_signed_char(signed char);\nssize_t somefn_ssize_t(ssize_t);",
    source "int somefn_int(int x) { return x; }\nint16_t somefn_int16_t(int16_t x) { return x; }\nint32_t somefn_int32_t(int32_t x) { return x; }\nint64_t somefn_int64_t(int64_t x) { return x; }\nint8_t somefn_int8_t(int8_t x) { return x; }\nint_fast16_t somefn_int_fast16_t(int_fast16_t x) { return x; }\nint_fast32_t somefn_int_fast32_t(int_fast32_t x) { return x; }\nint_fast64_t somefn_int_fast64_t(int_fast64_t x) { return x; }\nint_fast8_t somefn_int_fast8_t(int_fast8_t x) { return x; }\nint_least16_t somefn_int_least16_t(int_least16_t x) { return x; }\nint_least32_t somefn_int_least32_t(int_least32_t x) { return x; }\nint_least64_t somefn_int_least64_t(int_least64_t x) { return x; }\nint_least8_t somefn_int_least8_t(int_least8_t x) { return x; }\nintmax_t somefn_intmax_t(intmax_t x) { return x; }\nintptr_t somefn_intptr_t(intptr_t x) { return x; }\nlong somefn_long(long x) { return x; }\nlong long somefn_long_long(long long x) { return x; }\nptrdiff_t somefn_ptrdiff_t(ptrdiff_t x) { return x; }\nshort somefn_short(short x) { return x; }\nsigned char somefn_signed_char(signed char x) { return x; }\nssize_t somefn_ssize_t(ssize_t x) { return x; }");

cffi_test!(test_fn_unsigned_integer_types,
    cdef "_Bool somefn__Bool(_Bool);\nsize_t somefn_size_t(size_t);\nuint16_t somefn_uint16_t(uint16_t);\nuint32_t somefn_uint32_t(uint32_t);\nuint64_t somefn_uint64_t(uint64_t);\nuint8_t somefn_uint8_t(uint8_t);\nuint_fast16_t somefn_uint_fast16_t(uint_fast16_t);\nuint_fast32_t somefn_uint_fast32_t(uint_fast32_t);\nuint_fast64_t somefn_uint_fast64_t(uint_fast64_t);\nuint_fast8_t somefn_uint_fast8_t(uint_fast8_t);\nuint_least16_t somefn_uint_least16_t(uint_least16_t);\nuint_least32_t somefn_uint_least32_t(uint_least32_t);\nuint_least64_t somefn_uint_least64_t(uint_least64_t);\nuint_least8_t somefn_uint_least8_t(uint_least8_t);\nuintmax_t somefn_uintmax_t(uintmax_t);\nuintptr_t somefn_uintptr_t(uintptr_t);\nunsigned char somefn_unsigned_char(unsigned char);\nunsigned int somefn_unsigned_int(unsigned int);\nunsigned long somefn_unsigned_long(unsigned long);\nunsigned long long somefn_unsigned_long_long(unsigned long long);\nunsigned short somefn_unsigned_short(unsigned short);",
    source "_Bool somefn__Bool(_Bool x) { return x; }\nsize_t somefn_size_t(size_t x) { return x; }\nuint16_t somefn_uint16_t(uint16_t x) { return x; }\nuint32_t somefn_uint32_t(uint32_t x) { return x; }\nuint64_t somefn_uint64_t(uint64_t x) { return x; }\nuint8_t somefn_uint8_t(uint8_t x) { return x; }\nuint_fast16_t somefn_uint_fast16_t(uint_fast16_t x) { return x; }\nuint_fast32_t somefn_uint_fast32_t(uint_fast32_t x) { return x; }\nuint_fast64_t somefn_uint_fast64_t(uint_fast64_t x) { return x; }\nuint_fast8_t somefn_uint_fast8_t(uint_fast8_t x) { return x; }\nuint_least16_t somefn_uint_least16_t(uint_least16_t x) { return x; }\nuint_least32_t somefn_uint_least32_t(uint_least32_t x) { return x; }\nuint_least64_t somefn_uint_least64_t(uint_least64_t x) { return x; }\nuint_least8_t somefn_uint_least8_t(uint_least8_t x) { return x; }\nuintmax_t somefn_uintmax_t(uintmax_t x) { return x; }\nuintptr_t somefn_uintptr_t(uintptr_t x) { return x; }\nunsigned char somefn_unsigned_char(unsigned char x) { return x; }\nunsigned int somefn_unsigned_int(unsigned int x) { return x; }\nunsigned long somefn_unsigned_long(unsigned long x) { return x; }\nunsigned long long somefn_unsigned_long_long(unsigned long long x) { return x; }\nunsigned short somefn_unsigned_short(unsigned short x) { return x; }");

/// Both extremes of an integer type through `f`, which must return them unchanged.
fn extremes<T: Extremes + PartialEq + std::fmt::Debug>(f: fn(T) -> T) {
    assert_eq!(f(T::MIN), T::MIN);
    assert_eq!(f(T::MAX), T::MAX);
}

trait Extremes: Copy {
    const MIN: Self;
    const MAX: Self;
}

macro_rules! extremes_of {
    ($($t:ty),*) => { $(impl Extremes for $t { const MIN: Self = <$t>::MIN; const MAX: Self = <$t>::MAX; })* };
}
extremes_of!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl Extremes for bool {
    const MIN: Self = false;
    const MAX: Self = true;
}

#[test]
fn fn_integer_types() {
    use test_fn_signed_integer_types as s;
    use test_fn_unsigned_integer_types as u;
    extremes(s::somefn_int);
    extremes(s::somefn_int16_t);
    extremes(s::somefn_int32_t);
    extremes(s::somefn_int64_t);
    extremes(s::somefn_int8_t);
    extremes(s::somefn_int_fast16_t);
    extremes(s::somefn_int_fast32_t);
    extremes(s::somefn_int_fast64_t);
    extremes(s::somefn_int_fast8_t);
    extremes(s::somefn_int_least16_t);
    extremes(s::somefn_int_least32_t);
    extremes(s::somefn_int_least64_t);
    extremes(s::somefn_int_least8_t);
    extremes(s::somefn_intmax_t);
    extremes(s::somefn_intptr_t);
    extremes(s::somefn_long);
    extremes(s::somefn_long_long);
    extremes(s::somefn_ptrdiff_t);
    extremes(s::somefn_short);
    extremes(s::somefn_signed_char);
    extremes(s::somefn_ssize_t);
    extremes(u::somefn__Bool);
    extremes(u::somefn_size_t);
    extremes(u::somefn_uint16_t);
    extremes(u::somefn_uint32_t);
    extremes(u::somefn_uint64_t);
    extremes(u::somefn_uint8_t);
    extremes(u::somefn_uint_fast16_t);
    extremes(u::somefn_uint_fast32_t);
    extremes(u::somefn_uint_fast64_t);
    extremes(u::somefn_uint_fast8_t);
    extremes(u::somefn_uint_least16_t);
    extremes(u::somefn_uint_least32_t);
    extremes(u::somefn_uint_least64_t);
    extremes(u::somefn_uint_least8_t);
    extremes(u::somefn_uintmax_t);
    extremes(u::somefn_uintptr_t);
    extremes(u::somefn_unsigned_char);
    extremes(u::somefn_unsigned_int);
    extremes(u::somefn_unsigned_long);
    extremes(u::somefn_unsigned_long_long);
    extremes(u::somefn_unsigned_short);
}

// test_all_integer_and_float_types: `x + 1` in every integer and float type.
cffi_test!(test_all_integer_and_float_types,
    cdef "short foo_short(short);\nint foo_int(int);\nlong foo_long(long);\nlong long foo_long_long(long long);\nsigned char foo_signed_char(signed char);\nunsigned char foo_unsigned_char(unsigned char);\nunsigned short foo_unsigned_short(unsigned short);\nunsigned int foo_unsigned_int(unsigned int);\nunsigned long foo_unsigned_long(unsigned long);\nunsigned long long foo_unsigned_long_long(unsigned long long);\nfloat foo_float(float);\ndouble foo_double(double);\nint8_t foo_int8_t(int8_t);\nuint8_t foo_uint8_t(uint8_t);\nint16_t foo_int16_t(int16_t);\nuint16_t foo_uint16_t(uint16_t);\nint32_t foo_int32_t(int32_t);\nuint32_t foo_uint32_t(uint32_t);\nint64_t foo_int64_t(int64_t);\nuint64_t foo_uint64_t(uint64_t);\nint_least8_t foo_int_least8_t(int_least8_t);\nuint_least8_t foo_uint_least8_t(uint_least8_t);\nint_least16_t foo_int_least16_t(int_least16_t);\nuint_least16_t foo_uint_least16_t(uint_least16_t);\nint_least32_t foo_int_least32_t(int_least32_t);\nuint_least32_t foo_uint_least32_t(uint_least32_t);\nint_least64_t foo_int_least64_t(int_least64_t);\nuint_least64_t foo_uint_least64_t(uint_least64_t);\nint_fast8_t foo_int_fast8_t(int_fast8_t);\nuint_fast8_t foo_uint_fast8_t(uint_fast8_t);\nint_fast16_t foo_int_fast16_t(int_fast16_t);\nuint_fast16_t foo_uint_fast16_t(uint_fast16_t);\nint_fast32_t foo_int_fast32_t(int_fast32_t);\nuint_fast32_t foo_uint_fast32_t(uint_fast32_t);\nint_fast64_t foo_int_fast64_t(int_fast64_t);\nuint_fast64_t foo_uint_fast64_t(uint_fast64_t);\nintptr_t foo_intptr_t(intptr_t);\nuintptr_t foo_uintptr_t(uintptr_t);\nintmax_t foo_intmax_t(intmax_t);\nuintmax_t foo_uintmax_t(uintmax_t);\nptrdiff_t foo_ptrdiff_t(ptrdiff_t);\nsize_t foo_size_t(size_t);\nssize_t foo_ssize_t(ssize_t);",
    source "short foo_short(short x) { return (short)(x+1); }\nint foo_int(int x) { return (int)(x+1); }\nlong foo_long(long x) { return (long)(x+1); }\nlong long foo_long_long(long long x) { return (long long)(x+1); }\nsigned char foo_signed_char(signed char x) { return (signed char)(x+1); }\nunsigned char foo_unsigned_char(unsigned char x) { return (unsigned char)(x+1); }\nunsigned short foo_unsigned_short(unsigned short x) { return (unsigned short)(x+1); }\nunsigned int foo_unsigned_int(unsigned int x) { return (unsigned int)(x+1); }\nunsigned long foo_unsigned_long(unsigned long x) { return (unsigned long)(x+1); }\nunsigned long long foo_unsigned_long_long(unsigned long long x) { return (unsigned long long)(x+1); }\nfloat foo_float(float x) { return (float)(x+1); }\ndouble foo_double(double x) { return (double)(x+1); }\nint8_t foo_int8_t(int8_t x) { return (int8_t)(x+1); }\nuint8_t foo_uint8_t(uint8_t x) { return (uint8_t)(x+1); }\nint16_t foo_int16_t(int16_t x) { return (int16_t)(x+1); }\nuint16_t foo_uint16_t(uint16_t x) { return (uint16_t)(x+1); }\nint32_t foo_int32_t(int32_t x) { return (int32_t)(x+1); }\nuint32_t foo_uint32_t(uint32_t x) { return (uint32_t)(x+1); }\nint64_t foo_int64_t(int64_t x) { return (int64_t)(x+1); }\nuint64_t foo_uint64_t(uint64_t x) { return (uint64_t)(x+1); }\nint_least8_t foo_int_least8_t(int_least8_t x) { return (int_least8_t)(x+1); }\nuint_least8_t foo_uint_least8_t(uint_least8_t x) { return (uint_least8_t)(x+1); }\nint_least16_t foo_int_least16_t(int_least16_t x) { return (int_least16_t)(x+1); }\nuint_least16_t foo_uint_least16_t(uint_least16_t x) { return (uint_least16_t)(x+1); }\nint_least32_t foo_int_least32_t(int_least32_t x) { return (int_least32_t)(x+1); }\nuint_least32_t foo_uint_least32_t(uint_least32_t x) { return (uint_least32_t)(x+1); }\nint_least64_t foo_int_least64_t(int_least64_t x) { return (int_least64_t)(x+1); }\nuint_least64_t foo_uint_least64_t(uint_least64_t x) { return (uint_least64_t)(x+1); }\nint_fast8_t foo_int_fast8_t(int_fast8_t x) { return (int_fast8_t)(x+1); }\nuint_fast8_t foo_uint_fast8_t(uint_fast8_t x) { return (uint_fast8_t)(x+1); }\nint_fast16_t foo_int_fast16_t(int_fast16_t x) { return (int_fast16_t)(x+1); }\nuint_fast16_t foo_uint_fast16_t(uint_fast16_t x) { return (uint_fast16_t)(x+1); }\nint_fast32_t foo_int_fast32_t(int_fast32_t x) { return (int_fast32_t)(x+1); }\nuint_fast32_t foo_uint_fast32_t(uint_fast32_t x) { return (uint_fast32_t)(x+1); }\nint_fast64_t foo_int_fast64_t(int_fast64_t x) { return (int_fast64_t)(x+1); }\nuint_fast64_t foo_uint_fast64_t(uint_fast64_t x) { return (uint_fast64_t)(x+1); }\nintptr_t foo_intptr_t(intptr_t x) { return (intptr_t)(x+1); }\nuintptr_t foo_uintptr_t(uintptr_t x) { return (uintptr_t)(x+1); }\nintmax_t foo_intmax_t(intmax_t x) { return (intmax_t)(x+1); }\nuintmax_t foo_uintmax_t(uintmax_t x) { return (uintmax_t)(x+1); }\nptrdiff_t foo_ptrdiff_t(ptrdiff_t x) { return (ptrdiff_t)(x+1); }\nsize_t foo_size_t(size_t x) { return (size_t)(x+1); }\nssize_t foo_ssize_t(ssize_t x) { return (ssize_t)(x+1); }");

#[test]
fn all_integer_and_float_types() {
    use test_all_integer_and_float_types::*;
    macro_rules! plus_one {
        ($($f:ident),*) => { $(assert_eq!($f(42 as _), 43 as _, stringify!($f));)* };
    }
    plus_one!(
        foo_short,
        foo_int,
        foo_long,
        foo_long_long,
        foo_signed_char,
        foo_unsigned_char,
        foo_unsigned_short,
        foo_unsigned_int,
        foo_unsigned_long,
        foo_unsigned_long_long,
        foo_float,
        foo_double,
        foo_int8_t,
        foo_uint8_t,
        foo_int16_t,
        foo_uint16_t,
        foo_int32_t,
        foo_uint32_t,
        foo_int64_t,
        foo_uint64_t,
        foo_int_least8_t,
        foo_uint_least8_t,
        foo_int_least16_t,
        foo_uint_least16_t,
        foo_int_least32_t,
        foo_uint_least32_t,
        foo_int_least64_t,
        foo_uint_least64_t,
        foo_int_fast8_t,
        foo_uint_fast8_t,
        foo_int_fast16_t,
        foo_uint_fast16_t,
        foo_int_fast32_t,
        foo_uint_fast32_t,
        foo_int_fast64_t,
        foo_uint_fast64_t,
        foo_intptr_t,
        foo_uintptr_t,
        foo_intmax_t,
        foo_uintmax_t,
        foo_ptrdiff_t,
        foo_size_t,
        foo_ssize_t
    );
}

cffi_test!(test_array_as_argument, cdef "\n        size_t strlen(char string[]);\n    ",
    source "#include <string.h>");

#[test]
fn array_as_argument() {
    // `char string[]` is `char *`: C may write through it, so the call stays raw.
    let mut text = *b"hello\0";
    assert_eq!(
        unsafe { test_array_as_argument::strlen(text.as_mut_ptr().cast()) },
        5
    );
}

cffi_test!(test_func_as_argument,
    cdef r#"
        void qsort(void *base, size_t nel, size_t width,
            int compar(const void *, const void *));
    "#,
    source "#include <stdlib.h>");

extern "C" fn compare_ints(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*a.cast::<c_int>(), *b.cast::<c_int>()) };
    a.cmp(&b) as c_int
}

#[test]
fn func_as_argument() {
    // A parameter of function type is a function pointer (C11 6.7.6.3).
    let mut v: [c_int; 5] = [3, -1, 4, 1, -5];
    unsafe {
        test_func_as_argument::qsort(v.as_mut_ptr().cast(), 5, 4, Some(compare_ints));
    }
    assert_eq!(v, [-5, -1, 1, 3, 4]);
}

cffi_test!(test_func_as_funcptr, cdef "int *(*const fooptr)(void);",
    source r#"
        int *foo(void) {
            return (int*)"foobar";
        }
        int *(*fooptr)(void) = foo;
    "#);

#[test]
fn func_as_funcptr() {
    let f = test_func_as_funcptr::fooptr().expect("set by the C");
    let text = unsafe { std::ffi::CStr::from_ptr(f().cast()) };
    assert_eq!(text.to_bytes(), b"foobar");
}

cffi_test!(test_func_returns_struct,
    cdef r#"
        struct foo_s { int aa, bb; };
        struct foo_s foo(int a, int b);
    "#,
    source r#"
        struct foo_s { int aa, bb; };
        struct foo_s foo(int a, int b) {
            struct foo_s r;
            r.aa = a*a;
            r.bb = b*b;
            return r;
        }
    "#);

#[test]
fn func_returns_struct() {
    let s = test_func_returns_struct::foo(6, 7);
    assert_eq!((size_of_val(&s), s.aa, s.bb), (8, 36, 49));
}

cffi_test!(test_struct_ptr_to_array_field,
    cdef "struct foo_s { int (*a)[17]; ...; }; struct bar_s { ...; };",
    source "struct foo_s { int x; int (*a)[17]; int y; };\nstruct bar_s { int x; int *a; int y; };");

#[test]
fn struct_ptr_to_array_field() {
    use test_struct_ptr_to_array_field::*;
    assert_eq!(size_of::<foo_s>(), size_of::<bar_s>());
    let s = foo_s::default();
    let _: *mut [c_int; 17] = s.a;
    assert_eq!(size_of_val(&s.a), size_of::<*mut c_int>());
}

cffi_test!(test_take_and_return_partial_structs,
    cdef r#"
        typedef struct { int x; ...; } foo_t;
        foo_t foo(foo_t, foo_t);
    "#,
    source r#"
        typedef struct { int y, x; } foo_t;
        foo_t foo(foo_t a, foo_t b) {
            foo_t r = { 100, a.x * 5 + b.x * 7 };
            return r;
        }
    "#);

#[test]
fn take_and_return_partial_structs() {
    use test_take_and_return_partial_structs::*;
    let mut args = [foo_t::default(); 3];
    args[0].x = 1000;
    args[2].x = -498;
    let h = foo(args[0], args[2]);
    assert_eq!(size_of_val(&h), 2 * size_of::<c_int>());
    assert_eq!(h.x, 1000 * 5 - 498 * 7);
}

cffi_test!(test_ffi_union_with_partial_struct,
    cdef "struct foo_s { int x; ...; }; union foo_u { struct foo_s s; };",
    source "struct foo_s { int a; int x; }; union foo_u { char b[32]; struct foo_s s; };");

#[test]
fn ffi_union_with_partial_struct() {
    use test_ffi_union_with_partial_struct::*;
    assert_eq!((size_of::<foo_s>(), size_of::<foo_u>()), (8, 32));
}

cffi_test!(test_varargs, cdef "int foo(int x, ...);",
    source r#"
        int foo(int x, ...) {
            va_list vargs;
            va_start(vargs, x);
            x -= va_arg(vargs, int);
            x -= va_arg(vargs, int);
            va_end(vargs);
            return x;
        }
    "#);

#[test]
fn varargs() {
    assert_eq!(unsafe { test_varargs::foo(50, 5 as c_int, 3 as c_int) }, 42);
}

cffi_test!(test_varargs_struct, cdef "struct foo_s { char a; int b; }; int foo(int x, ...);",
    source r#"
        struct foo_s {
            char a; int b;
        };
        int foo(int x, ...) {
            va_list vargs;
            struct foo_s s;
            va_start(vargs, x);
            s = va_arg(vargs, struct foo_s);
            va_end(vargs);
            return s.a - s.b;
        }
    "#);

#[test]
fn varargs_struct() {
    use test_varargs_struct::*;
    let s = foo_s { a: b'B' as _, b: 1 };
    assert_eq!(unsafe { foo(50, s) }, c_int::from(b'A'));
}

cffi_test!(test_struct_with_bitfield_enum,
    cdef r#"
        typedef enum { AA, BB, CC } foo_e;
        typedef struct { foo_e f:2; } foo_s;
    "#,
    source r#"
        typedef enum { AA, BB, CC } foo_e;
        typedef struct { foo_e f:2; } foo_s;
    "#);

#[test]
fn struct_with_bitfield_enum() {
    use test_struct_with_bitfield_enum::*;
    let mut s = foo_s::default();
    s.set_f(BB);
    assert_eq!(s.f(), BB);
    // gcc's enum of non-negative values is unsigned: 2 stays 2 in two bits.
    s.set_f(foo_e(2));
    assert_eq!(s.f(), foo_e(2));
}

cffi_test!(test_bug_const_char_ptr_array_1, cdef "extern const char *a[...];",
    source "const char *a[5];");

#[test]
fn bug_const_char_ptr_array_1() {
    let a: *mut [*const std::ffi::c_char; 5] = test_bug_const_char_ptr_array_1::a();
    assert!(unsafe { (*a)[4].is_null() });
}

cffi_test!(test_const_pointer_to_pointer, cdef "struct s { char *const *a; };",
    source "struct s { char *const *a; };");

#[test]
fn const_pointer_to_pointer() {
    let s = test_const_pointer_to_pointer::s::default();
    let _: *const *mut std::ffi::c_char = s.a;
}

cffi_test!(test_ffi_struct_packed, cdef "struct foo_s { int b; ...; };",
    source r#"
        struct foo_s {
            char a;
            int b;
        } __attribute__((packed));
    "#);

#[test]
fn ffi_struct_packed() {
    use test_ffi_struct_packed::*;
    assert_eq!(size_of::<foo_s>(), 5);
    assert_eq!(std::mem::offset_of!(foo_s, b), 1);
    let s = foo_s {
        b: -7,
        ..Default::default()
    };
    let b = s.b;
    assert_eq!(b, -7);
}

cffi_test!(test_access_array_variable, cdef "static int foo(int);\nstatic int somenumber[5];",
    source r#"
        static int somenumber[] = {2, 2, 3, 4, 5};
        static int foo(int i) {
            return somenumber[i] * 7;
        }
    "#);

#[test]
fn access_array_variable() {
    use test_access_array_variable::*;
    let n: *mut [c_int; 5] = somenumber();
    unsafe {
        assert_eq!(*n, [2, 2, 3, 4, 5]);
        assert_eq!(foo(4), 35);
        (*n)[4] = -6;
        assert_eq!(foo(4), -42);
    }
}

cffi_test!(test_access_struct_variable,
    cdef "struct foo { int x; ...; };\nstatic int foo(int);\nstatic struct foo stuff;",
    source r#"
        struct foo { int x, y, z; };
        static struct foo stuff = {2, 5, 8};
        static int foo(int i) {
            switch (i) {
            case 0: return stuff.x * 7;
            case 1: return stuff.y * 7;
            case 2: return stuff.z * 7;
            }
            return -1;
        }
    "#);

#[test]
fn access_struct_variable() {
    use test_access_struct_variable::*;
    let stuff = stuff();
    unsafe {
        assert_eq!((*stuff).x, 2);
        assert_eq!((foo(0), foo(1), foo(2)), (14, 35, 56));
        (*stuff).x = -6;
        assert_eq!((foo(0), foo(1)), (-42, 35));
    }
}

cffi_test!(test_access_callback,
    cdef "static int (*cb)(int);\nstatic int foo(int);\nstatic void reset_cb(void);",
    source r#"
        static int g(int x) { return x * 7; }
        static int (*cb)(int);
        static int foo(int i) { return cb(i) - 1; }
        static void reset_cb(void) { cb = g; }
    "#);
cffi_test!(test_access_callback_function_typedef,
    cdef "typedef int mycallback_t(int);\nstatic mycallback_t *cb;\nstatic int foo(int);\nstatic void reset_cb(void);",
    source r#"
        static int g(int x) { return x * 7; }
        static int (*cb)(int);
        static int foo(int i) { return cb(i) - 1; }
        static void reset_cb(void) { cb = g; }
    "#);

extern "C" fn times_222(n: c_int) -> c_int {
    n * 222
}

#[test]
fn access_callback() {
    {
        use test_access_callback::*;
        reset_cb();
        assert_eq!(foo(6), 41);
        unsafe { *cb() = Some(times_222) };
        assert_eq!(foo(4), 887);
    }
    use test_access_callback_function_typedef::*;
    reset_cb();
    assert_eq!(foo(6), 41);
    unsafe { *cb() = Some(times_222) };
    assert_eq!(foo(4), 887);
}

cffi_test!(test_anonymous_enum, cdef "enum { EE1 }; enum { EE2, EE3 };",
    source "enum { EE1 }; enum { EE2, EE3 };");

#[test]
fn anonymous_enum() {
    use test_anonymous_enum::*;
    assert_eq!((EE1, EE2, EE3), (0, 0, 1));
}

cffi_test!(test_autofilled_struct_as_argument,
    cdef "struct foo_s { long a; double b; ...; };\nint foo(struct foo_s);",
    source r#"
        struct foo_s {
            double b;
            long a;
        };
        int foo(struct foo_s s) {
            return (int)s.a - (int)s.b;
        }
    "#);

#[test]
fn autofilled_struct_as_argument() {
    use test_autofilled_struct_as_argument::*;
    // C's struct is `{ double b; long a; }`: the two fields are all of it.
    let s = foo_s { a: 100, b: 1.0 };
    assert_eq!(foo(s), 99);
}

cffi_test!(test_enum_as_function_result,
    cdef "\n        enum foo_e { AA, BB, ... };\n        enum foo_e foo_func(int x);\n    ",
    source "\n        enum foo_e { AA, CC, BB };\n        enum foo_e foo_func(int x) { return (enum foo_e)x; }\n    ");

#[test]
fn enum_as_function_result() {
    use test_enum_as_function_result::*;
    assert_eq!(foo_func(BB.0 as c_int), BB);
    assert_eq!(BB.0, 2);
}

cffi_test!(test_function_typedef,
    cdef "\n        typedef double func_t(double);\n        func_t sin;\n    ",
    source "#include <math.h>", libraries ["m"]);

#[test]
fn function_typedef() {
    assert_eq!(test_function_typedef::sin(1.23), 1.23f64.sin());
}

cffi_test!(test_nested_anonymous_struct_exact,
    cdef "\n        struct foo_s { struct { int a; char b; }; union { char c, d; }; };\n    ",
    source "\n        struct foo_s { struct { int a; char b; }; union { char c, d; }; };\n    ");

#[test]
fn nested_anonymous_struct_exact() {
    use test_nested_anonymous_struct_exact::*;
    assert_eq!(size_of::<foo_s>(), 3 * size_of::<c_int>());
    let mut p = foo_s::default();
    p.set_a(1234567);
    p.set_b(b'X' as _);
    p.set_c(b'Y' as _);
    assert_eq!(
        (p.a(), p.b(), p.c(), p.d()),
        (1234567, b'X' as _, b'Y' as _, b'Y' as _)
    );
}

cffi_test!(test_struct_containing_struct_1,
    cdef "struct foo_s { ...; }; struct bar_s { struct foo_s f; ...; };",
    source "struct foo_s { int x; }; struct bar_s { struct foo_s f; };");
cffi_test!(test_struct_containing_struct_2,
    cdef "struct foo_s { struct bar_s f; ...; }; struct bar_s { ...; };",
    source "struct bar_s { int x; }; struct foo_s { struct bar_s f; };");

#[test]
fn struct_containing_struct() {
    assert_eq!(size_of::<test_struct_containing_struct_1::bar_s>(), 4);
    assert_eq!(size_of::<test_struct_containing_struct_2::foo_s>(), 4);
}

cffi_test!(test_struct_with_bitfield_exact, cdef "struct foo_s { int a:2, b:3; };",
    source "struct foo_s { int a:2, b:3; };");

#[test]
fn struct_with_bitfield_exact() {
    let mut s = test_struct_with_bitfield_exact::foo_s::default();
    s.set_b(3);
    assert_eq!(s.b(), 3);
    // Out of range: C's conversion keeps the low bits (CFFI raises instead).
    s.set_b(4);
    assert_eq!(s.b(), -4);
}

cffi_test!(test_ffi_union, cdef "union foo_u { char x; long *z; };",
    source "union foo_u { char x; int y; long *z; };");
cffi_test!(test_ffi_union_partial, cdef "union foo_u { char x; ...; };",
    source "union foo_u { char x; int y; };");
cffi_test!(test_ffi_nonfull_alignment, cdef "struct foo_s { char x; ...; };",
    source "struct foo_s { int a, b; char x; };");

#[test]
fn unions_and_nonfull_alignment() {
    assert_eq!(size_of::<test_ffi_union::foo_u>(), size_of::<*mut c_long>());
    assert_eq!(size_of::<test_ffi_union_partial::foo_u>(), 4);
    use test_ffi_nonfull_alignment::foo_s;
    assert_eq!((size_of::<foo_s>(), align_of::<foo_s>()), (12, 4));
    assert_eq!(std::mem::offset_of!(foo_s, x), 8);
}

cffi_test!(test_struct_array_c99_1, cdef "struct foo_s { int x; int a[]; };",
    source "struct foo_s { int x; int a[]; };");

#[test]
fn struct_array_c99_1() {
    assert_eq!(
        size_of::<test_struct_array_c99_1::foo_s>(),
        size_of::<c_int>()
    );
}

cffi_test!(test_struct_array_no_length,
    cdef "struct foo_s { int a[]; int y; ...; };\nint bar(struct foo_s *);\n",
    source "struct foo_s { int x; int a[17]; int y; };\nint bar(struct foo_s *f) { return f->a[14]; }\n");

#[test]
fn struct_array_no_length() {
    use test_struct_array_no_length::*;
    assert_eq!(size_of::<foo_s>(), 19 * size_of::<c_int>());
    assert_eq!(std::mem::offset_of!(foo_s, y), 18 * size_of::<c_int>());
    let mut s = foo_s::default();
    // `a` has no length: reach it through its address, as C does.
    let a = std::ptr::addr_of_mut!(s.a).cast::<c_int>();
    unsafe { *a.add(14) = 4242 };
    assert_eq!(unsafe { bar(&mut s) }, 4242);
}

cffi_test!(test_global_array_with_missing_length, cdef "extern int fooarray[];",
    source "int fooarray[50];");

#[test]
fn global_array_with_missing_length() {
    let a = test_global_array_with_missing_length::fooarray();
    assert_eq!(unsafe { (*a.cast::<[c_int; 50]>())[49] }, 0);
}

cffi_test!(test_call_with_struct_ptr, cdef "typedef struct { int x; ...; } foo_t; int foo(foo_t *);",
    source "\n        typedef struct { int y, x; } foo_t;\n        static int foo(foo_t *f) { return f->x * 7; }\n    ");

#[test]
fn call_with_struct_ptr() {
    use test_call_with_struct_ptr::*;
    let mut f = foo_t {
        x: 6,
        ..Default::default()
    };
    assert_eq!(unsafe { foo(&mut f) }, 42);
}

cffi_test!(test_charstar_argument, cdef "char sum3chars(char *);",
    source "\n        char sum3chars(char *f) {\n            return (char)(f[0] + f[1] + f[2]);\n        }\n    ");

#[test]
fn charstar_argument() {
    let mut p = [0x10, 0x20, 0x30 as std::ffi::c_char];
    assert_eq!(
        unsafe { test_charstar_argument::sum3chars(p.as_mut_ptr()) },
        0x60
    );
}

cffi_test!(test_define_int, cdef "#define FOO ...\n\t#\tdefine\tBAR\t...\t\n#define BAZ ...\n",
    source "#define FOO 42\n#define BAR (-44)\n#define BAZ 0xffffffffffffffffULL\n");

#[test]
fn define_int() {
    use test_define_int::*;
    assert_eq!((FOO, BAR), (42, -44));
    assert_eq!(BAZ, 0xffff_ffff_ffff_ffff);
}

cffi_test!(test_global_constants, cdef "static const int AA, BB, CC, DD;",
    source "#define AA 42\n#define BB (-43)   // blah\n#define CC (22*2)  /* foobar */\n#define DD ((unsigned int)142)  /* foo\nbar */\n");

#[test]
fn global_constants() {
    use test_global_constants::*;
    assert_eq!((AA, BB, CC, DD), (42, -43, 44, 142));
}

cffi_test!(test_enum_values, cdef "enum enum1_e { AA, BB };", source "enum enum1_e { AA, BB };");
cffi_test!(test_nonfull_anonymous_enum, cdef "enum { EE1, ... }; enum { EE3, ... };",
    source "enum { EE2, EE1 }; enum { EE3 };");

#[test]
fn enum_values() {
    use test_enum_values::*;
    assert_eq!((AA, BB), (enum1_e(0), enum1_e(1)));
    use test_nonfull_anonymous_enum::*;
    assert_eq!((EE1, EE3), (1, 0));
}

cffi_test!(test_typedef_enum_as_argument,
    cdef "\n        typedef enum { AA, BB, ... } foo_t;\n        int foo_func(foo_t);\n    ",
    source "\n        typedef enum { AA, CC, BB } foo_t;\n        int foo_func(foo_t e) { return (int)e; }\n    ");
cffi_test!(test_typedef_enum_as_function_result,
    cdef "\n        typedef enum { AA, BB, ... } foo_t;\n        foo_t foo_func(int x);\n    ",
    source "\n        typedef enum { AA, CC, BB } foo_t;\n        foo_t foo_func(int x) { return (foo_t)x; }\n    ");
cffi_test!(test_typedef_incomplete_enum, cdef "typedef enum { AA, BB, ... } enum1_t;",
    source "typedef enum { AA, CC, BB } enum1_t;");

#[test]
fn typedef_enums() {
    {
        use test_typedef_enum_as_argument::*;
        assert_eq!(foo_func(BB), 2);
    }
    {
        use test_typedef_enum_as_function_result::*;
        assert_eq!(foo_func(2), BB);
    }
    use test_typedef_incomplete_enum::*;
    assert_eq!((AA.0, BB.0), (0, 2));
}

cffi_test!(test_string_to_voidp_arg, cdef "int myfunc(void *);",
    source "int myfunc(void *p) { return ((signed char *)p)[0]; }");

#[test]
fn string_to_voidp_arg() {
    let mut text = *b"hi!\0";
    let res = unsafe { test_string_to_voidp_arg::myfunc(text.as_mut_ptr().cast()) };
    assert_eq!(res, c_int::from(b'h'));
}

cffi_test!(test_no_argument, cdef "int foo(void);", source "int foo(void) { return 42; }");

#[test]
fn no_argument() {
    assert_eq!(test_no_argument::foo(), 42);
}

cffi_test!(test_macro_var, cdef "extern int myarray[50], my_value;",
    source r#"
        int myarray[50];
        int *get_my_value(void) {
            static int index = 0;
            return &myarray[index++];
        }
        #define my_value (*get_my_value())
    "#);

#[test]
fn macro_var() {
    use test_macro_var::*;
    // Each reach of `my_value` runs the macro, as in C: one element further each time.
    unsafe {
        assert_eq!(*my_value(), 0); // [0]
        *my_value() = 42; // [1]
        assert_eq!((*myarray())[1], 42);
        assert_eq!(*my_value(), 0); // [2]
        (*myarray())[3] = 63;
        assert_eq!(*my_value(), 63); // [3]
        let p = my_value(); // [4]
        assert_eq!(p, myarray().cast::<c_int>().add(4));
        assert_eq!(*p.sub(1), 63);
    }
}

cffi_test!(test_ptr_to_opaque, cdef "typedef ... foo_t; int f1(foo_t*); foo_t *f2(int);",
    source r#"
        #include <stdlib.h>
        typedef struct { int x; } foo_t;
        int f1(foo_t* p) {
            int x = p->x;
            free(p);
            return x;
        }
        foo_t *f2(int x) {
            foo_t *p = malloc(sizeof(foo_t));
            p->x = x;
            return p;
        }
    "#);

#[test]
fn ptr_to_opaque() {
    use test_ptr_to_opaque::*;
    let p = f2(42);
    assert_eq!(unsafe { f1(p) }, 42);
}

cffi_test!(test_named_pointer_as_argument,
    cdef "typedef struct { int x; } *mystruct_p;\nmystruct_p ff5a(mystruct_p);",
    source "typedef struct { int x; } *mystruct_p;\nmystruct_p ff5a(mystruct_p p) { p->x += 40; return p; }");

#[test]
fn named_pointer_as_argument() {
    use test_named_pointer_as_argument::*;
    let mut s = mystruct_p_pointee { x: -2 };
    let p: mystruct_p = &mut s;
    let q = unsafe { ff5a(p) };
    assert_eq!(q, p);
    assert_eq!(s.x, 38);
}

cffi_test!(test_get_set_errno, cdef "int foo(int);",
    source "\n        #include <errno.h>\n        static int foo(int x)\n        {\n            errno += 1;\n            return x * 7;\n        }\n    ");

#[test]
fn get_set_errno() {
    ffi_runtime::set_errno(15);
    assert_eq!(test_get_set_errno::foo(6), 42);
    assert_eq!(ffi_runtime::errno(), 16);
}

cffi_test!(test_struct_array_c99_2, cdef "struct foo_s { int x; int a[]; ...; };",
    source "struct foo_s { int x, y; int a[]; };");

#[test]
fn struct_array_c99_2() {
    use test_struct_array_c99_2::*;
    assert_eq!(size_of::<foo_s>(), 2 * size_of::<c_int>());
    assert_eq!(std::mem::offset_of!(foo_s, a), 2 * size_of::<c_int>());
}

cffi_test!(test_some_integer_type_for_issue73,
    cdef r#"
        typedef int... AnIntegerWith32Bits;
        typedef AnIntegerWith32Bits (*AFunctionReturningInteger) (void);
        AnIntegerWith32Bits InvokeFunction(AFunctionReturningInteger);
    "#,
    source r#"
        #ifdef __LP64__
        typedef int AnIntegerWith32Bits;
        #else
        typedef long AnIntegerWith32Bits;
        #endif
        typedef AnIntegerWith32Bits (*AFunctionReturningInteger) (void);
        AnIntegerWith32Bits InvokeFunction(AFunctionReturningInteger f) {
            return f();
        }
    "#);

extern "C" fn three_plus_four() -> test_some_integer_type_for_issue73::AnIntegerWith32Bits {
    3 + 4
}

#[test]
fn some_integer_type_for_issue73() {
    use test_some_integer_type_for_issue73::*;
    assert_eq!(size_of::<AnIntegerWith32Bits>(), 4);
    assert_eq!(unsafe { InvokeFunction(Some(three_plus_four)) }, 7);
}

cffi_test!(test_bool_on_long_double,
    cdef "long double square(long double f); _Bool opposite(_Bool);",
    source "long double square(long double f) { return f*f; }\n_Bool opposite(_Bool x) { return !x; }");

#[test]
fn bool_on_long_double() {
    use test_bool_on_long_double::*;
    // Safe wrappers cross `long double` as `f64`: 1e-250 squared is 0 in a double.
    assert_eq!(square(0.0), 0.0);
    assert_eq!(square(1e-250), 0.0);
    assert_eq!(square(3.0), 9.0);
    assert!(opposite(false) && !opposite(true));
}

cffi_test!(test_access_address_of_variable,
    cdef "static int somenumber; static int *const somenumberptr;",
    source "\n        static int somenumber = 2;\n        #define somenumberptr (&somenumber)\n    ");

#[test]
fn access_address_of_variable() {
    use test_access_address_of_variable::*;
    unsafe {
        assert_eq!(*somenumber(), 2);
        *somenumberptr() = 42;
        assert_eq!(*somenumber(), 42);
    }
}

cffi_test!(test_global_array_with_dotdotdot_length, cdef "extern int fooarray[...];",
    source "int fooarray[50];");
cffi_test!(test_struct_array_guess_length, cdef "struct foo_s { int a[...]; };",
    source "struct foo_s { int x; int a[17]; int y; };");
cffi_test!(test_return_partial_struct,
    cdef "\n        typedef struct { int x; ...; } foo_t;\n        foo_t foo(void);\n    ",
    source "\n        typedef struct { int y, x; } foo_t;\n        foo_t foo(void) { foo_t r = { 45, 81 }; return r; }\n    ");
cffi_test!(test_dont_check_unnamable_fields, cdef "struct foo_s { struct { int x; } someone; };",
    source "struct foo_s { struct { int x; } someone; };");

#[test]
fn arrays_and_partial_results() {
    let a: *mut [c_int; 50] = test_global_array_with_dotdotdot_length::fooarray();
    assert_eq!(unsafe { (*a).len() }, 50);
    use test_struct_array_guess_length::foo_s;
    assert_eq!(size_of::<foo_s>(), 19 * size_of::<c_int>());
    assert_eq!(foo_s::default().a.len(), 17);
    let h = test_return_partial_struct::foo();
    assert_eq!((size_of_val(&h), h.x), (2 * size_of::<c_int>(), 81));
    let s = test_dont_check_unnamable_fields::foo_s::default();
    assert_eq!(s.someone.x, 0);
}

// test_enum_size: an enum's size and signedness are C's, whatever values the cdef shows.
cffi_test!(test_enum_size_123, cdef "enum foo_e { AA, BB, ... };", source "enum foo_e { AA, BB=123 };");
cffi_test!(test_enum_size_neg, cdef "enum foo_e { AA, BB, ... };",
    source "enum foo_e { AA, BB=-2147483647-1 };");
cffi_test!(test_enum_size_big, cdef "enum foo_e { AA, BB, ... };",
    source "enum foo_e { AA, BB=4294967296L };");
cffi_test!(test_enum_size_neg_big, cdef "enum foo_e { AA, BB, ... };",
    source "enum foo_e { AA, BB=-2147483649L };");

#[test]
fn enum_size() {
    use test_enum_size_123 as a;
    assert_eq!((a::AA.0, a::BB.0, size_of::<a::foo_e>()), (0, 123, 4));
    assert_eq!(a::foo_e(u32::MAX as _).0 as i128, 4_294_967_295);
    use test_enum_size_neg as n;
    assert_eq!(
        (n::BB.0 as i128, size_of::<n::foo_e>()),
        (-2_147_483_648, 4)
    );
    use test_enum_size_big as b;
    assert_eq!((b::BB.0 as i128, size_of::<b::foo_e>()), (4_294_967_296, 8));
    use test_enum_size_neg_big as m;
    assert_eq!(
        (m::BB.0 as i128, size_of::<m::foo_e>()),
        (-2_147_483_649, 8)
    );
}

// ---- conversions: the cdef differs from the C, and the glue converts as C does --------

cffi_test!(test_math_sin, cdef "float sin(double); double cos(double);",
    source "#include <math.h>", libraries ["m"]);

#[test]
fn math_sin() {
    assert_eq!(test_math_sin::cos(1.43), 1.43f64.cos());
    let s: f32 = test_math_sin::sin(1.23);
    assert!((f64::from(s) - 1.23f64.sin()).abs() < 1e-6);
}

cffi_test!(test_address_of_function, cdef "long myfunc(long x);",
    source "char myfunc(char x) { return (char)(x + 42); }");

#[test]
fn address_of_function() {
    assert_eq!(test_address_of_function::myfunc(5), 47);
    assert_eq!(test_address_of_function::myfunc(0xABC05), 47);
    let f: unsafe extern "C" fn(c_long) -> c_long = test_address_of_function::sys::myfunc;
    assert_eq!(unsafe { f(5) }, 47);
}

// test_verify1.py's `_Wconversion` tests: built without `-Wconversion` (with it they are
// refused, in the UI test), each converting.
cffi_test!(test_wconversion_unsigned, cdef "unsigned foo(void);",
    source "int foo(void) { return -1;}");
cffi_test!(test_wconversion_integer, cdef "short foo(void);",
    source "long long foo(void) { return 1<<sizeof(short);}");
cffi_test!(test_wconversion_floating, cdef "float sin(double);",
    source "#include <math.h>", libraries ["m"]);
cffi_test!(test_wconversion_float2int, cdef "int sinf(float);",
    source "#include <math.h>", libraries ["m"]);
cffi_test!(test_wconversion_double2int, cdef "int sin(double);",
    source "#include <math.h>", libraries ["m"]);

#[test]
fn wconversion_without_the_flag() {
    assert_eq!(test_wconversion_unsigned::foo(), u32::MAX);
    assert_eq!(test_wconversion_integer::foo(), 4);
    let res = f64::from(test_wconversion_floating::sin(1.23));
    assert!(res != 1.23f64.sin() && (res - 1.23f64.sin()).abs() < 1e-5);
    assert_eq!(test_wconversion_float2int::sinf(1.23), 0);
    assert_eq!(test_wconversion_double2int::sin(1.23), 0);
}

cffi_test!(test_rounding_1, cdef "double sinf(float x);", source "#include <math.h>", libraries ["m"]);
cffi_test!(test_rounding_2, cdef "double sin(float x);", source "#include <math.h>", libraries ["m"]);

#[test]
fn rounding() {
    for res in [test_rounding_1::sinf(1.23), test_rounding_2::sin(1.23)] {
        assert!(res != 1.23f64.sin(), "not exact, because of double->float");
        assert!((res - 1.23f64.sin()).abs() < 1e-5);
    }
}

cffi_test!(test_strlen_approximate, cdef "int strlen(char *s);", source "#include <string.h>");
cffi_test!(test_strlen_array_of_char, cdef "size_t strlen(char[]);", source "#include <string.h>");

#[test]
fn strlen_approximate_and_array_of_char() {
    let s = c"hi there!".as_ptr().cast_mut();
    assert_eq!(unsafe { test_strlen_approximate::strlen(s) }, 9);
    assert_eq!(
        unsafe { test_strlen_array_of_char::strlen(c"hello".as_ptr().cast_mut()) },
        5
    );
}

cffi_test!(test_return_approximate_short, cdef "short foo(signed char x);",
    source "signed char foo(signed char x) { return x;}");
cffi_test!(test_return_approximate_int, cdef "int foo(signed char x);",
    source "signed char foo(signed char x) { return x;}");
cffi_test!(test_return_approximate_long, cdef "long foo(signed char x);",
    source "signed char foo(signed char x) { return x;}");
cffi_test!(test_return_approximate_long_long, cdef "long long foo(signed char x);",
    source "signed char foo(signed char x) { return x;}");

#[test]
fn return_approximate() {
    assert_eq!(
        (
            test_return_approximate_short::foo(-128),
            test_return_approximate_short::foo(127)
        ),
        (-128, 127)
    );
    assert_eq!(
        (
            test_return_approximate_int::foo(-128),
            test_return_approximate_int::foo(127)
        ),
        (-128, 127)
    );
    assert_eq!(
        (
            test_return_approximate_long::foo(-128),
            test_return_approximate_long::foo(127)
        ),
        (-128, 127)
    );
    assert_eq!(
        (
            test_return_approximate_long_long::foo(-128),
            test_return_approximate_long_long::foo(127)
        ),
        (-128, 127)
    );
}

cffi_test!(test_nonfull_enum_syntax2, cdef "enum ee { EE1, EE2=\t..., EE3 };",
    source "enum ee { EE1=10, EE2, EE3=-10, EE4 };");

#[test]
fn nonfull_enum_syntax2() {
    use test_nonfull_enum_syntax2::*;
    assert_eq!((EE1.0, EE2.0, EE3.0), (10, 11, -10));
}

cffi_test!(test_nonfull_enum, cdef "enum ee { EE1, EE2, EE3, ... \n \t };",
    source "enum ee { EE1=10, EE2, EE3=-10, EE4 };");

#[test]
fn nonfull_enum() {
    use test_nonfull_enum::*;
    assert_eq!((EE1.0, EE2.0, EE3.0), (10, 11, -10));
}

// test_struct_returned_by_func: CFFI refuses an opaque (`typedef ...`) result type; here it
// crosses by value. The test's struct, with a `float` member instead of its `int`, checks
// the value comes back in the register C uses.
cffi_test!(test_struct_returned_by_func, cdef "typedef ... foo_t; foo_t myfunc(void); float get(foo_t *);",
    source "typedef struct { float x; } foo_t; foo_t myfunc(void) { foo_t x = { 42.5f }; return x; } float get(foo_t *p) { return p->x; }");

#[test]
fn struct_returned_by_func() {
    let mut v = test_struct_returned_by_func::myfunc();
    assert_eq!(unsafe { test_struct_returned_by_func::get(&mut v) }, 42.5);
}

// test_struct_signedness_ignored (`_check_field_match` with `expect_mismatch=False`): an
// integer field's signedness may differ from C's, and the bits are read as the cdef's type.
// The getters are added to the test's cdef and source, to see the bits from C's side.
cffi_test!(test_struct_signedness_ignored_int,
    cdef "struct foo_s { int x; ...; }; unsigned int get_x(struct foo_s *p);",
    source "struct foo_s { unsigned int x; };\n\
            unsigned int get_x(struct foo_s *p) { return p->x; }");
cffi_test!(test_struct_signedness_ignored_short,
    cdef "struct foo_s { unsigned short x; ...; }; int get_x(struct foo_s *p);",
    source "struct foo_s { signed short x; };\n\
            int get_x(struct foo_s *p) { return p->x; }");

#[test]
fn struct_signedness_ignored() {
    let mut a = test_struct_signedness_ignored_int::foo_s { x: -2 };
    assert_eq!(
        unsafe { test_struct_signedness_ignored_int::get_x(&mut a) },
        u32::MAX - 1
    );
    let mut b = test_struct_signedness_ignored_short::foo_s { x: 0xFFFF };
    assert_eq!(
        unsafe { test_struct_signedness_ignored_short::get_x(&mut b) },
        -1
    );
}

cffi_test!(test_define_known_value, cdef "#define FOO 0x123", source "#define FOO 0x123");

#[test]
fn define_known_value() {
    assert_eq!(test_define_known_value::FOO, 0x123);
}

// test_var_signed_integer_types / test_var_unsigned_integer_types: a static variable of
// every integer type CFFI knows (`_Bool` among the unsigned), its `csource` as both cdef and
// source; each holds its type's extremes. (CFFI's `OverflowError` for one past them is
// Rust's type checking here.) `sys/types.h` is added to the source for `ssize_t`.
cffi_test!(test_var_signed_integer_types,
    cdef "static short somevar_short;\nstatic int somevar_int;\nstatic long somevar_long;\nstatic long long somevar_long_long;\nstatic signed char somevar_signed_char;\nstatic int8_t somevar_int8_t;\nstatic int16_t somevar_int16_t;\nstatic int32_t somevar_int32_t;\nstatic int64_t somevar_int64_t;\nstatic int_least8_t somevar_int_least8_t;\nstatic int_least16_t somevar_int_least16_t;\nstatic int_least32_t somevar_int_least32_t;\nstatic int_least64_t somevar_int_least64_t;\nstatic int_fast8_t somevar_int_fast8_t;\nstatic int_fast16_t somevar_int_fast16_t;\nstatic int_fast32_t somevar_int_fast32_t;\nstatic int_fast64_t somevar_int_fast64_t;\nstatic intptr_t somevar_intptr_t;\nstatic intmax_t somevar_intmax_t;\nstatic ptrdiff_t somevar_ptrdiff_t;\nstatic ssize_t somevar_ssize_t;",
    source "#include <stdint.h>\n#include <stddef.h>\n#include <sys/types.h>\nstatic short somevar_short;\nstatic int somevar_int;\nstatic long somevar_long;\nstatic long long somevar_long_long;\nstatic signed char somevar_signed_char;\nstatic int8_t somevar_int8_t;\nstatic int16_t somevar_int16_t;\nstatic int32_t somevar_int32_t;\nstatic int64_t somevar_int64_t;\nstatic int_least8_t somevar_int_least8_t;\nstatic int_least16_t somevar_int_least16_t;\nstatic int_least32_t somevar_int_least32_t;\nstatic int_least64_t somevar_int_least64_t;\nstatic int_fast8_t somevar_int_fast8_t;\nstatic int_fast16_t somevar_int_fast16_t;\nstatic int_fast32_t somevar_int_fast32_t;\nstatic int_fast64_t somevar_int_fast64_t;\nstatic intptr_t somevar_intptr_t;\nstatic intmax_t somevar_intmax_t;\nstatic ptrdiff_t somevar_ptrdiff_t;\nstatic ssize_t somevar_ssize_t;");
cffi_test!(test_var_unsigned_integer_types,
    cdef "static unsigned char somevar_unsigned_char;\nstatic unsigned short somevar_unsigned_short;\nstatic unsigned int somevar_unsigned_int;\nstatic unsigned long somevar_unsigned_long;\nstatic unsigned long long somevar_unsigned_long_long;\nstatic _Bool somevar__Bool;\nstatic uint8_t somevar_uint8_t;\nstatic uint16_t somevar_uint16_t;\nstatic uint32_t somevar_uint32_t;\nstatic uint64_t somevar_uint64_t;\nstatic uint_least8_t somevar_uint_least8_t;\nstatic uint_least16_t somevar_uint_least16_t;\nstatic uint_least32_t somevar_uint_least32_t;\nstatic uint_least64_t somevar_uint_least64_t;\nstatic uint_fast8_t somevar_uint_fast8_t;\nstatic uint_fast16_t somevar_uint_fast16_t;\nstatic uint_fast32_t somevar_uint_fast32_t;\nstatic uint_fast64_t somevar_uint_fast64_t;\nstatic uintptr_t somevar_uintptr_t;\nstatic uintmax_t somevar_uintmax_t;\nstatic size_t somevar_size_t;",
    source "#include <stdint.h>\n#include <stddef.h>\n#include <sys/types.h>\nstatic unsigned char somevar_unsigned_char;\nstatic unsigned short somevar_unsigned_short;\nstatic unsigned int somevar_unsigned_int;\nstatic unsigned long somevar_unsigned_long;\nstatic unsigned long long somevar_unsigned_long_long;\nstatic _Bool somevar__Bool;\nstatic uint8_t somevar_uint8_t;\nstatic uint16_t somevar_uint16_t;\nstatic uint32_t somevar_uint32_t;\nstatic uint64_t somevar_uint64_t;\nstatic uint_least8_t somevar_uint_least8_t;\nstatic uint_least16_t somevar_uint_least16_t;\nstatic uint_least32_t somevar_uint_least32_t;\nstatic uint_least64_t somevar_uint_least64_t;\nstatic uint_fast8_t somevar_uint_fast8_t;\nstatic uint_fast16_t somevar_uint_fast16_t;\nstatic uint_fast32_t somevar_uint_fast32_t;\nstatic uint_fast64_t somevar_uint_fast64_t;\nstatic uintptr_t somevar_uintptr_t;\nstatic uintmax_t somevar_uintmax_t;\nstatic size_t somevar_size_t;");

/// Writes both extremes of `T` through the variable's pointer and reads each back.
fn holds_extremes<T: Extremes + PartialEq + std::fmt::Debug>(var: *mut T) {
    for v in [T::MIN, T::MAX] {
        unsafe {
            *var = v;
            assert_eq!(*var, v);
        }
    }
}

macro_rules! all_hold_extremes {
    ($m:ident: $($var:ident),*) => { $(holds_extremes($m::$var());)* };
}

#[test]
fn var_integer_types() {
    all_hold_extremes!(test_var_signed_integer_types: somevar_short, somevar_int, somevar_long, somevar_long_long, somevar_signed_char, somevar_int8_t, somevar_int16_t, somevar_int32_t, somevar_int64_t, somevar_int_least8_t, somevar_int_least16_t, somevar_int_least32_t, somevar_int_least64_t, somevar_int_fast8_t, somevar_int_fast16_t, somevar_int_fast32_t, somevar_int_fast64_t, somevar_intptr_t, somevar_intmax_t, somevar_ptrdiff_t, somevar_ssize_t);
    all_hold_extremes!(test_var_unsigned_integer_types: somevar_unsigned_char, somevar_unsigned_short, somevar_unsigned_int, somevar_unsigned_long, somevar_unsigned_long_long, somevar__Bool, somevar_uint8_t, somevar_uint16_t, somevar_uint32_t, somevar_uint64_t, somevar_uint_least8_t, somevar_uint_least16_t, somevar_uint_least32_t, somevar_uint_least64_t, somevar_uint_fast8_t, somevar_uint_fast16_t, somevar_uint_fast32_t, somevar_uint_fast64_t, somevar_uintptr_t, somevar_uintmax_t, somevar_size_t);
}

// test_enum_bug118: an enumerator's value is the compiler's (CFFI's API mode asks C for
// each), here beyond `int` both ways; the enum takes the width C gives it.
cffi_test!(test_enum_bug118_minus_one, cdef "enum foo_e { AA };", source "enum foo_e { AA=-1 };");
cffi_test!(test_enum_bug118_u, cdef "enum foo_e { AA };", source "enum foo_e { AA=0xffffffffU };");
cffi_test!(test_enum_bug118_ul, cdef "enum foo_e { AA };", source "enum foo_e { AA=18446744073709551615UL };");
cffi_test!(test_enum_bug118_l, cdef "enum foo_e { AA };", source "enum foo_e { AA=-6148914691236517205L };");

#[test]
fn enum_bug118() {
    assert_eq!(test_enum_bug118_minus_one::AA.0, -1);
    assert_eq!(test_enum_bug118_u::AA.0, 0xffffffff);
    assert_eq!(test_enum_bug118_ul::AA.0, u64::MAX);
    assert_eq!(test_enum_bug118_l::AA.0, -((u64::MAX / 3) as i64));
    assert_eq!(std::mem::size_of::<test_enum_bug118_ul::foo_e>(), 8);
}

// test_typedef_broken_complete_enum: the cdef's values are not C's; C's are taken.
cffi_test!(test_typedef_broken_complete_enum, cdef "typedef enum { AA, BB } enum1_t;",
    source "typedef enum { AA, CC, BB } enum1_t;");

#[test]
fn typedef_broken_complete_enum() {
    use test_typedef_broken_complete_enum::*;
    assert_eq!((AA.0, BB.0), (0, 2));
    let _: enum1_t = BB;
}

// test_opaque_integer_as_function_result: `struct { ...; }` for C's `short`, by value.
cffi_test!(test_opaque_integer_as_function_result,
    cdef "\n        typedef struct { ...; } myhandle_t;\n        myhandle_t foo(void);\n    ",
    source "\n        typedef short myhandle_t;\n        myhandle_t foo(void) { return 42; }\n    ");

#[test]
fn opaque_integer_as_function_result() {
    let h = test_opaque_integer_as_function_result::foo();
    assert_eq!(std::mem::size_of_val(&h), std::mem::size_of::<i16>());
}

cffi_test!(test_global_constants_non_int, cdef "static char *const PP;",
    source "static char *const PP = \"testing!\";\n");

#[test]
fn global_constants_non_int() {
    let pp: *mut std::ffi::c_char = test_global_constants_non_int::PP();
    assert_eq!(unsafe { std::ffi::CStr::from_ptr(pp) }, c"testing!");
}

cffi_test!(test_bug1,
    cdef "\n        typedef struct tdlhandle_s { ...; } *tdl_handle_t;\n        typedef struct my_error_code_ {\n            tdl_handle_t *rh;\n        } my_error_code_t;\n    ",
    source "\n        typedef struct tdlhandle_s { int foo; } *tdl_handle_t;\n        typedef struct my_error_code_ {\n            tdl_handle_t *rh;\n        } my_error_code_t;\n    ");

#[test]
fn bug1() {
    let e = test_bug1::my_error_code_t::default();
    assert!(e.rh.is_null());
    let _: *mut test_bug1::tdl_handle_t = e.rh;
}

cffi_test!(test_access_array_variable_length_hidden, cdef "static int foo(int);\nstatic int somenumber[];",
    source "\n        static int somenumber[] = {2, 2, 3, 4, 5};\n        static int foo(int i) {\n            return somenumber[i] * 7;\n        }\n    ");

#[test]
fn access_array_variable_length_hidden() {
    use test_access_array_variable_length_hidden::*;
    // An array of unknown length is reached through a pointer to its first element.
    let p: *mut c_int = somenumber();
    unsafe {
        assert_eq!(*p.add(3), 4);
        assert_eq!(foo(3), 28);
        *p.add(3) = -6;
        assert_eq!(foo(3), -42);
        assert_eq!((*p.add(3), *p.add(4)), (-6, 5));
        *p.add(3) = 4;
    }
}

cffi_test!(test_unknown_type,
    cdef "\n        typedef ... token_t;\n        int foo(token_t *);\n        #define TOKEN_SIZE ...\n    ",
    source "\n        typedef float token_t;\n        static int foo(token_t *tk) {\n            if (!tk)\n                return -42;\n            *tk += 1.601f;\n            return (int)*tk;\n        }\n        #define TOKEN_SIZE sizeof(token_t)\n    ");

#[test]
fn unknown_type() {
    use test_unknown_type::*;
    let mut token = [0u8; TOKEN_SIZE as usize];
    let tk = token.as_mut_ptr().cast::<token_t>();
    let results: Vec<c_int> = (0..6).map(|_| unsafe { foo(tk) }).collect();
    assert_eq!(results, [1, 3, 4, 6, 8, 9]);
    assert_eq!(unsafe { foo(std::ptr::null_mut()) }, -42);
}

// test_unknown_type_2: `sizeof(token_t)` is not valid C here; nothing asks for it.
cffi_test!(test_unknown_type_2, cdef "typedef ... token_t;", source "typedef struct token_s token_t;");

#[test]
fn unknown_type_2() {
    let _: *mut test_unknown_type_2::token_t = std::ptr::null_mut();
}

// test_unknown_type_3: `typedef ... *token_p;`, a pointer to what only C knows, in a
// signature (the glue once failed to spell it).
cffi_test!(test_unknown_type_3,
    cdef "\n        typedef ... *token_p;\n        token_p foo(token_p);\n    ",
    source "\n        typedef struct _token_s *token_p;\n        token_p foo(token_p arg) {\n            if (arg)\n                return (token_p)0x12347;\n            else\n                return (token_p)0x12345;\n        }\n    ");

#[test]
fn unknown_type_3() {
    use test_unknown_type_3::*;
    let p = unsafe { foo(std::ptr::null_mut()) };
    assert_eq!(p as usize, 0x12345);
    assert_eq!(unsafe { foo(p) } as usize, 0x12347);
}

// test_cannot_name_struct_type: CFFI cannot name the anonymous struct in its C; `ffi!`
// spells it with `__typeof__`, and binds the function.
cffi_test!(test_cannot_name_struct_type, cdef "typedef struct { int x; } **sp; void foo(sp);",
    source "typedef struct { int x; } **sp; void foo(sp x) { }");

#[test]
fn cannot_name_struct_type() {
    let _: unsafe extern "C" fn(test_cannot_name_struct_type::sp) =
        test_cannot_name_struct_type::foo;
    unsafe { test_cannot_name_struct_type::foo(std::ptr::null_mut()) };
}

cffi_test!(test_callback_indirection,
    cdef "\n        static int (*python_callback)(int how_many, int *values);\n        int (*const c_callback)(int,...);   /* pass this ptr to C routines */\n        int some_c_function(int(*cb)(int,...));\n    ",
    source "\n        #include <stdarg.h>\n        #ifdef _WIN32\n        #include <malloc.h>\n        #define alloca _alloca\n        #else\n        # ifdef __FreeBSD__\n        #  include <stdlib.h>\n        # else\n        #  include <alloca.h>\n        # endif\n        #endif\n        static int (*python_callback)(int how_many, int *values);\n        static int c_callback(int how_many, ...) {\n            va_list ap;\n            /* collect the \"...\" arguments into the values[] array */\n            int i, *values = alloca((size_t)how_many * sizeof(int));\n            va_start(ap, how_many);\n            for (i=0; i<how_many; i++)\n                values[i] = va_arg(ap, int);\n            va_end(ap);\n            return python_callback(how_many, values);\n        }\n        int some_c_function(int(*cb)(int,...)) {\n            int result = cb(2, 10, 20);\n            result += cb(3, 30, 40, 50);\n            return result;\n        }\n    ");

#[test]
fn callback_indirection() {
    use std::sync::Mutex;
    use test_callback_indirection::*;
    static SEEN: Mutex<Vec<Vec<c_int>>> = Mutex::new(Vec::new());
    unsafe extern "C" fn python_callback_impl(how_many: c_int, values: *mut c_int) -> c_int {
        let values = unsafe { std::slice::from_raw_parts(values, how_many as usize) };
        SEEN.lock().unwrap().push(values.to_vec());
        42
    }
    unsafe { *python_callback() = Some(python_callback_impl) };
    assert_eq!(unsafe { some_c_function(c_callback()) }, 84);
    assert_eq!(*SEEN.lock().unwrap(), [vec![10, 20], vec![30, 40, 50]]);
}

cffi_test!(test_floatstar_argument, cdef "float sum3floats(float *);",
    source "\n        float sum3floats(float *f) {\n            return f[0] + f[1] + f[2];\n        }\n    ");

#[test]
fn floatstar_argument() {
    let mut f = [1.5f32, 2.5, 3.5];
    assert_eq!(
        unsafe { test_floatstar_argument::sum3floats(f.as_mut_ptr()) },
        7.5
    );
}

cffi_test!(test_call_with_voidstar_arg, cdef "int f(void *);",
    source "int f(void *x) { return ((char*)x)[0]; }");

#[test]
fn call_with_voidstar_arg() {
    let mut s = *b"foobar";
    assert_eq!(
        unsafe { test_call_with_voidstar_arg::f(s.as_mut_ptr().cast()) },
        b'f' as c_int
    );
}

// test_some_float_invalid_3: `typedef double...` for C's `long double`; CFFI refuses the
// function, here the glue converts through `double`.
cffi_test!(test_some_float_invalid_3, cdef "typedef double... foo_t; foo_t neg(foo_t);",
    source "\n        typedef long double foo_t;\n        foo_t neg(foo_t x) { return -x; }\n    ");

#[test]
fn some_float_invalid_3() {
    assert_eq!(test_some_float_invalid_3::neg(12.3), -12.3);
}

// test_constant_of_unknown_size: CFFI cannot read a constant of an opaque type; here its
// bytes come back as the opaque type of the compiler's size.
cffi_test!(test_constant_of_unknown_size,
    cdef "\n        typedef ... opaque_t;\n        const opaque_t CONSTANT;\n    ",
    source "typedef int opaque_t;const int CONSTANT = 42;");

#[test]
fn constant_of_unknown_size() {
    let c = test_constant_of_unknown_size::CONSTANT();
    assert_eq!(std::mem::size_of_val(&c), 4);
    assert_eq!(
        unsafe { std::mem::transmute::<test_constant_of_unknown_size::opaque_t, c_int>(c) },
        42
    );
}

cffi_test!(test_char16_char32_type,
    cdef "\n        char16_t foo_2bytes(char16_t);\n        char32_t foo_4bytes(char32_t);\n    ",
    source "\n    #if !defined(__cplusplus) || (!defined(_LIBCPP_VERSION) && __cplusplus < 201103L)\n    typedef uint_least16_t char16_t;\n    typedef uint_least32_t char32_t;\n    #endif\n\n    char16_t foo_2bytes(char16_t a) { return (char16_t)(a + 42); }\n    char32_t foo_4bytes(char32_t a) { return (char32_t)(a + 42); }\n    ");

#[test]
fn char16_char32_type() {
    use test_char16_char32_type::*;
    assert_eq!(foo_2bytes(0x1234), 0x125e);
    assert_eq!(foo_4bytes(0x1234), 0x125e);
    assert_eq!(foo_4bytes(0x12345), 0x1236f);
}

// ---- function pointer types Rust cannot call --------------------------------------------

// test_autofilled_struct_as_argument_dynamic: CFFI refuses the call through `foo` ("the C
// calling convention may depend on the missing fields"), not the declaration. Here `foo`
// is an `OpaqueFn`: it can be read and handed back to C, never called from Rust.
cffi_test!(test_autofilled_struct_as_argument_dynamic,
    cdef "struct foo_s { long a; ...; };\nstatic int (*foo)(struct foo_s);",
    source "\n        struct foo_s {\n            double b;\n            long a;\n        };\n        int foo1(struct foo_s s) {\n            return (int)s.a - (int)s.b;\n        }\n        static int (*foo)(struct foo_s s) = &foo1;\n    ");

#[test]
fn autofilled_struct_as_argument_dynamic() {
    let foo: ffi_runtime::types::OpaqueFn =
        unsafe { *test_autofilled_struct_as_argument_dynamic::foo() };
    assert!(!foo.is_null());
}

// Not in CFFI's suite: the same for `long double` and a `typedef ...` type, in a typedef
// and a field; C's own pointer goes back to C, which calls it.
cffi_test!(uncallable_pointer_types,
    cdef "typedef ... tok_t;\ntypedef void (*print_ld)(long double);\nstruct ops { int (*take)(tok_t); print_ld print; };\nstruct ops get_ops(void);\nint run_take(const struct ops *o, int v);",
    source "typedef int tok_t; typedef void (*print_ld)(long double);\nstruct ops { int (*take)(tok_t); print_ld print; };\nstatic int triple(tok_t t) { return 3 * t; }\nstruct ops get_ops(void) { struct ops o = { triple, 0 }; return o; }\nint run_take(const struct ops *o, int v) { return o->take(v); }");

#[test]
fn uncallable_pointer_types_pass_through_rust() {
    let ops = uncallable_pointer_types::get_ops();
    assert!(!ops.take.is_null());
    assert_eq!(ops.print, uncallable_pointer_types::print_ld::NULL);
    assert_eq!(unsafe { uncallable_pointer_types::run_take(&ops, 14) }, 42);
    assert!(uncallable_pointer_types::ops::default().take.is_null());
}

// test_call_with_packed_struct (CFFI's `packed=True` is the attribute here): a packed
// struct returned by value, also from a variadic function, which CFFI cannot call.
cffi_test!(test_call_with_packed_struct,
    cdef "struct __attribute__((packed)) foo { char y; int x; };\nstruct foo f(void);\nstruct foo g(int, ...);",
    source "\n        struct foo { char y; int x; } __attribute__((packed));\n        struct foo f(void) {\n            struct foo s = { 40, 200 };\n            return s;\n        }\n        struct foo g(int a, ...) {\n            struct foo s = { 41, 201 };\n            return s;\n        }\n    ");

#[test]
fn call_with_packed_struct() {
    let f = test_call_with_packed_struct::f();
    assert_eq!((f.y, { f.x }), (40, 200));
    let g = unsafe { test_call_with_packed_struct::g(0) };
    assert_eq!((g.y, { g.x }), (41, 201));
    assert_eq!(size_of::<test_call_with_packed_struct::foo>(), 5);
}
