// A struct passed by value is a safe argument only when it holds no pointer: C would follow
// whatever address safe code put in `buf` or `alloc` (zstd's `ZSTD_customMem` is such a
// struct). The plain `span` stays safe.
ffi_runtime::ffi! {
    mod by_value {
        cdef r#"
            typedef void *(*alloc_fn)(void *opaque, size_t size);
            typedef struct { alloc_fn alloc; void *opaque; } allocator;
            struct buffer { const char *buf; int len; };
            struct span { int start; int len[2]; };
            int use_allocator(allocator a);
            int first_byte(struct buffer b);
            int span_end(struct span s);
        "#;
        source r#"
            #include <stddef.h>
            typedef void *(*alloc_fn)(void *opaque, size_t size);
            typedef struct { alloc_fn alloc; void *opaque; } allocator;
            struct buffer { const char *buf; int len; };
            struct span { int start; int len[2]; };
            int use_allocator(allocator a) { return a.alloc(a.opaque, 1) != 0; }
            int first_byte(struct buffer b) { return b.buf[0]; }
            int span_end(struct span s) { return s.start + s.len[0]; }
        "#;
    }
}

fn main() {
    let a = by_value::allocator { alloc: None, opaque: std::ptr::null_mut() };
    by_value::use_allocator(a);
    by_value::first_byte(by_value::buffer { buf: 1 as *const _, len: 1 });
    by_value::span_end(by_value::span { start: 1, len: [2, 3] });
}
