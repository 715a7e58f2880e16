// Safe wrappers: a slice with its length, an in/out length with a status, an owned handle
// with its destructor, an out-parameter, a borrowed string, a static string, a stream.
ffi_runtime::ffi! {
    pub mod safe_layer {
        cdef r#"
            typedef struct conn conn;
            int conn_open(const char *name, conn **out);
            void conn_close(conn *c);
            const char *conn_name(conn *c);
            const char *version(void);
            unsigned sum(const unsigned char *buf, unsigned len);
            int pack(unsigned char *dest, unsigned long *dest_len, const unsigned char *src, unsigned long src_len);
            typedef struct counter { const unsigned char *in; unsigned avail; unsigned long total; } counter;
            int counter_init(counter *c);
            int counter_feed(counter *c);
            int counter_end(counter *c);
        "#;
        source r#"
            #include <stdlib.h>
            #include <string.h>
            typedef struct conn { char name[16]; } conn;
            int conn_open(const char *name, conn **out) { *out = calloc(1, sizeof(conn)); strncpy((*out)->name, name, 15); return 0; }
            void conn_close(conn *c) { free(c); }
            const char *conn_name(conn *c) { return c->name; }
            const char *version(void) { return "1.0"; }
            unsigned sum(const unsigned char *buf, unsigned len) { unsigned s = 0; while (len--) s += *buf++; return s; }
            int pack(unsigned char *dest, unsigned long *dest_len, const unsigned char *src, unsigned long src_len) {
                if (*dest_len < src_len) return -1;
                memcpy(dest, src, src_len); *dest_len = src_len; return 0;
            }
            typedef struct counter { const unsigned char *in; unsigned avail; unsigned long total; } counter;
            int counter_init(counter *c) { c->total = 0; return 0; }
            int counter_feed(counter *c) { while (c->avail) { c->total += *c->in++; c->avail--; } return 0; }
            int counter_end(counter *c) { return 0; }
        "#;
        safe {
            owned conn by conn_close;
            conn_open(out out) -> ok = 0;
            conn_name -> str of c;
            version -> static str;
            sum(buf[len]);
            pack(dest[*dest_len], src[src_len]) -> ok = 0;
            stream counter by counter_end as Counter { in in[avail] };
            counter_init(new c as Counter) -> ok = 0;
            counter_feed(io c as Counter);
        }
    }
}

fn main() {}
