// Mistakes with streams: each located at the annotation.
ffi_runtime::ffi! {
    mod streams {
        cdef r#"
            typedef struct sm { const unsigned char *in; unsigned in_len; double ratio; } sm;
            struct opaque;
            int sm_init(sm *s);
            int sm_end(sm *s);
            int sm_step(sm *s, int flags);
            int other(struct opaque *o);
        "#;
        source r#"
            typedef struct sm { const unsigned char *in; unsigned in_len; double ratio; } sm;
            struct opaque;
            int sm_init(sm *s) { return 0; }
            int sm_end(sm *s) { return 0; }
            int sm_step(sm *s, int flags) { return flags; }
            int other(struct opaque *o) { return 0; }
        "#;
        safe {
            stream sm by sm_end as Sm { in in[in_len] };
            stream sm by sm_end as Bad { in in[nope] };  // an unknown field
            stream sm by sm_end as Bad2 { in ratio[in_len] };  // not a pointer field
            stream sm by sm_end as Bad3 { in in[ratio] };  // a length that is not an integer
            sm_init(new s as Missing) -> ok = 0;      // an unknown stream
            sm_step(io s as Sm);                      // fine
            sm_end(s as Sm);                          // the destructor runs on drop
            other(o as Sm);                           // a pointer to another type
        }
    }
}

// Syntax, reported together.
ffi_runtime::ffi! {
    mod stream_syntax {
        cdef "typedef struct sm { unsigned char *p; unsigned n; } sm; int sm_end(sm *s); int sm_step(sm *s);";
        source "typedef struct sm { unsigned char *p; unsigned n; } sm; int sm_end(sm *s) { return 0; } int sm_step(sm *s) { return 0; }";
        safe {
            stream sm by sm_end { in p[n] };          // a stream without a name
            stream sm by sm_end as S { inout p[n] };  // neither `in` nor `out`
            sm_step(io s);                            // `io` without `as Stream`
        }
    }
}

fn main() {}
