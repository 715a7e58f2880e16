// CFFI tests (testing/cffi1/test_recompiler.py, test_verify1.py) that CFFI refuses, at
// build time or lazily at run time: `ffi!` refuses to build, each error at the cdef line.
// Cdefs and sources are the tests' own. (What CFFI converts, `ffi!` converts too: those
// ports pass, in tests/cffi_suite.rs.)

// test_check_value_of_static_const
ffi_runtime::ffi! { mod test_check_value_of_static_const {
    cdef "static const int FOOBAR = 042;";
    source "#define FOOBAR (-6912)";
} }

// test_macro_check_value (one pair of its grid)
ffi_runtime::ffi! { mod test_macro_check_value {
    cdef "#define FOO_0_1 42";
    source "#define FOO_0_1 -42";
} }

// `int N = 42;` is CFFI's other spelling of `#define N 42`, checked the same way
// (brotlicffi's `int BROTLI_DEFAULT_QUALITY = 11;`).
ffi_runtime::ffi! { mod integer_with_a_literal {
    cdef "int QUALITY = 11;";
    source "#define QUALITY 9";
} }

// pygit2 1.11.1's `git_cert_hostkey` (pygit2/decl/types.h), verbatim, against libgit2 1.5's:
// CFFI checks the layout on first use and so builds it; `ffi!` refuses it at build time.
ffi_runtime::ffi! { mod pygit2_cert_hostkey {
    cdef r#"
typedef enum git_cert_t {
	GIT_CERT_NONE,
	GIT_CERT_X509,
	GIT_CERT_HOSTKEY_LIBSSH2,
	GIT_CERT_STRARRAY,
} git_cert_t;

typedef struct {
	git_cert_t cert_type;
} git_cert;

typedef enum {
	GIT_CERT_SSH_MD5 = 1,
	GIT_CERT_SSH_SHA1 = 2,
} git_cert_ssh_t;

typedef struct {
	git_cert parent;
	git_cert_ssh_t type;
	unsigned char hash_md5[16];
	unsigned char hash_sha1[20];
} git_cert_hostkey;
    "#;
    source "#include <git2.h>";
    libraries ["git2"];
} }

// test_verify_exact_field_offset
ffi_runtime::ffi! { mod test_verify_exact_field_offset {
    cdef "struct foo_s { int b; short a; };";
    source "struct foo_s { short a; int b; };";
} }

// test_bad_size_of_global_1, test_bad_size_of_global_2
ffi_runtime::ffi! { mod test_bad_size_of_global_1 { cdef "short glob;"; source "long glob;"; } }
ffi_runtime::ffi! { mod test_bad_size_of_global_2 { cdef "int glob[10];"; source "int glob[9];"; } }

// test_misdeclared_field_1
ffi_runtime::ffi! { mod test_misdeclared_field_1 {
    cdef "struct foo_s { int a[5]; };";
    source "struct foo_s { int a[6]; };";
} }

// test_duplicate_enum
ffi_runtime::ffi! { mod test_duplicate_enum {
    cdef "enum e1 { A1, ... }; enum e2 { A1, ... };";
    source "enum e1 { A1 }; enum e2 { B1 };";
} }

// test_Wconversion_unsigned, _integer, _floating: refused when compiled as the test suite
// does, with `-Wconversion` and warnings as errors (the user's flags apply to the glue).
ffi_runtime::ffi! { mod test_wconversion_unsigned {
    cdef "unsigned foo(void);";
    source "int foo(void) { return -1;}";
    flags ["-Wconversion", "-Werror"];
} }
ffi_runtime::ffi! { mod test_wconversion_integer {
    cdef "short foo(void);";
    source "long long foo(void) { return 1<<sizeof(short);}";
    flags ["-Wconversion", "-Werror"];
} }
ffi_runtime::ffi! { mod test_wconversion_floating {
    cdef "float sin(double);";
    source "#include <math.h>";
    libraries ["m"];
    flags ["-Wconversion", "-Werror"];
} }

// test_some_float_invalid_2
ffi_runtime::ffi! { mod test_some_float_invalid_2 {
    cdef "typedef double... foo_t; foo_t neg(foo_t);";
    source r#"
        typedef unsigned long foo_t;
        foo_t neg(foo_t x) { return -x; }
    "#;
} }

// test_ffi_full_struct (the `int *z` variant)
ffi_runtime::ffi! { mod test_ffi_full_struct {
    cdef "struct foo_s { char x; int y; long *z; };";
    source "struct foo_s { char x; int y; int *z; };";
} }

// test_call_with_custom_field_pos: CFFI cannot call `g` either (the calling convention may
// depend on the fields `...;` hides, and a variadic function cannot go through the glue).
ffi_runtime::ffi! { mod test_call_with_custom_field_pos {
    cdef r#"
        struct foo { int x; ...; };
        struct foo f(void);
        struct foo g(int, ...);
    "#;
    source r#"
        struct foo { int y, x; };
        struct foo f(void) {
            struct foo s = { 40, 200 };
            return s;
        }
        struct foo g(int a, ...) { return f(); }
    "#;
} }

// test_global_const_int_size, the values an `unsigned short` cannot hold: CFFI ignores
// the declared type; a Rust constant has one.
ffi_runtime::ffi! { mod test_global_const_int_size_min {
    cdef "static const unsigned short AA;";
    source "#define AA (-9223372036854775807LL-1)\n";
} }
ffi_runtime::ffi! { mod test_global_const_int_size_32 {
    cdef "static const unsigned short AA;";
    source "#define AA 4294967296LL\n";
} }

// test_nested_anonymous_struct_inexact_1: CFFI flattens the anonymous members and reads
// each field where C has it; the cdef's union would put `c` and `d` at one offset, C has
// them at two.
ffi_runtime::ffi! { mod test_nested_anonymous_struct_inexact_1 {
    cdef "\n        struct foo_s { struct { char b; ...; }; union { char c, d; }; };\n    ";
    source "\n        struct foo_s { int a, padding; char c, d, b; };\n    ";
} }

// test_struct_field_opaque: a field of a struct the cdef never defines (CFFI: "of an
// opaque type (not declared in cdef())"); defined later in the cdef, it would be fine.
ffi_runtime::ffi! { mod test_struct_field_opaque {
    cdef "struct a { struct b b; };";
    source "struct b { int x; }; struct a { struct b b; };";
} }

// test_define_wrong_value: CFFI raises "the C compiler says 'FOO' is equal to 124 (0x7c),
// but the cdef disagrees" when the constant is read; here the build says so.
ffi_runtime::ffi! { mod test_define_wrong_value {
    cdef "#define FOO 123";
    source "#define FOO 124";
} }

// test_struct_float_vs_int, test_struct_bad_sized_integer, test_struct_bad_sized_float
// (`_check_field_match` expecting a mismatch): same size or not, a float is not an int,
// and an integer of another width is not the cdef's.
ffi_runtime::ffi! { mod test_struct_float_vs_int {
    cdef "struct foo_s { float x; ...; };";
    source "struct foo_s { int x; };";
} }
ffi_runtime::ffi! { mod test_struct_int_vs_float {
    cdef "struct foo_s { long long x; ...; };";
    source "struct foo_s { double x; };";
} }
ffi_runtime::ffi! { mod test_struct_bad_sized_integer {
    cdef "struct foo_s { int16_t x; ...; };";
    source "#include <stdint.h>\nstruct foo_s { uint32_t x; };";
} }
ffi_runtime::ffi! { mod test_struct_bad_sized_float {
    cdef "struct foo_s { float x; ...; };";
    source "struct foo_s { double x; };";
} }

// test_varargs_exact: a variadic function whose fixed parameter C declares otherwise.
ffi_runtime::ffi! { mod test_varargs_exact {
    cdef "int foo(int x, ...);";
    source "\n        int foo(long long x, ...) {\n            return x;\n        }\n    ";
} }

fn main() {}
