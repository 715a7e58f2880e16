// Signatures C cannot convert a call to: each is a located error naming both types. (What C
// converts, widths, signedness, qualifiers, `T *` to `void *`, builds: tests/conversions.rs.)

// A pointer to another type.
ffi_runtime::ffi! { mod pointee {
    cdef "int first(long *p);";
    source "int first(int *p) { return *p; }";
} }

// A pointer for an integer.
ffi_runtime::ffi! { mod pointer_for_integer {
    cdef "int take(int *p);";
    source "int take(int v) { return v; }";
} }

// Another number of parameters.
ffi_runtime::ffi! { mod arity {
    cdef "int add(int a, int b, int c);";
    source "int add(int a, int b) { return a + b; }";
} }

// A struct by value of another type.
ffi_runtime::ffi! { mod by_value {
    cdef "struct a { int x; }; struct b { int x; }; int get(struct a v);";
    source "struct a { int x; }; struct b { int x; }; int get(struct b v) { return v.x; }";
} }

// A variadic function cannot be called through a converting wrapper.
ffi_runtime::ffi! { mod variadic {
    cdef "long sum(int n, ...);";
    source "int sum(int n, ...) { return n; }";
} }

// A field whose pointer points at another type (qualifiers alone would be accepted).
ffi_runtime::ffi! { mod field_pointee {
    cdef "struct s { long *p; };";
    source "struct s { int *p; };";
} }

// A pointer field where C has an array of the same size.
ffi_runtime::ffi! { mod field_array {
    cdef "struct s { char *name; };";
    source "struct s { char name[sizeof(char *)]; };";
} }

fn main() {}
