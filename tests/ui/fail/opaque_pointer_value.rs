// A `typedef ... t;` value is safe to pass only when the compiler says `t` is a number:
// `handle_t` is a pointer in C, so `handle_get` could be handed a dangling one (kept after
// `handle_free`) by safe code. `count_t` stays safe.
ffi_runtime::ffi! {
    mod handles {
        cdef r#"
            typedef ... handle_t;
            typedef ... count_t;
            handle_t handle_new(void);
            void handle_free(handle_t h);
            int handle_get(handle_t h);
            count_t count_of(handle_t h);
            int count_value(count_t c);
        "#;
        source r#"
            #include <stdlib.h>
            typedef int *handle_t;
            typedef unsigned short count_t;
            handle_t handle_new(void) { return calloc(1, sizeof(int)); }
            void handle_free(handle_t h) { free(h); }
            int handle_get(handle_t h) { return *h; }
            count_t count_of(handle_t h) { return h != 0; }
            int count_value(count_t c) { return c; }
        "#;
    }
}

fn main() {
    let h = handles::handle_new();
    handles::handle_free(h);
    handles::handle_get(h);
    let c = unsafe { handles::count_of(h) };
    handles::count_value(c);
}
