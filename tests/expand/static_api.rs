ffi_runtime::ffi! {
    /// API mode, linked statically: every kind of item once.
    pub mod demo {
        cdef r#"
            #define VERSION "1.0"
            #define LIMIT 0x100000000
            struct point { int x, y; };
            typedef struct point point_t;
            union value { int i; double d; };
            enum mode { READ = 1, WRITE = 2 };
            struct handle;
            typedef int (*callback)(void *user, int event);
            int add(int a, int b);
            size_t name_len(const char *name);
            point_t origin(void);
            int run(struct handle *h, callback cb, void *user);
            int log_line(const char *format, ...);
            extern int verbosity;
        "#;
        source r#"
            #include <stdio.h>
            #include <string.h>
            struct point { int x, y; };
            typedef struct point point_t;
            union value { int i; double d; };
            enum mode { READ = 1, WRITE = 2 };
            struct handle { int fd; };
            typedef int (*callback)(void *user, int event);
            int add(int a, int b) { return a + b; }
            size_t name_len(const char *name) { return strlen(name); }
            point_t origin(void) { point_t p = { 0, 0 }; return p; }
            int run(struct handle *h, callback cb, void *user) { return cb(user, h->fd); }
            int log_line(const char *format, ...) { return 0; }
            int verbosity = 1;
        "#;
    }
}
