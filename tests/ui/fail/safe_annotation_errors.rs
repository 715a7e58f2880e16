// Every mistake in a `safe { }` section is an error at the annotation.
ffi_runtime::ffi! {
    mod mistakes {
        cdef r#"
            typedef struct conn conn;
            struct other;
            int conn_open(const char *name, conn **out);
            void conn_close(conn *c);
            void conn_free(conn *c);
            int other_free(struct other *o, int flags, struct other *again);
            unsigned sum(const unsigned char *buf, double len);
            double ratio(int a);
            const char *name(conn *c, int *n);
            int visit(int (*cb)(int), void *data, char *label);
            int scale(const int *v, int count);
        "#;
        source r#"
            typedef struct conn conn;
            struct other;
            int conn_open(const char *name, conn **out);
            void conn_close(conn *c);
            void conn_free(conn *c);
            int other_free(struct other *o, int flags, struct other *again);
            unsigned sum(const unsigned char *buf, double len);
            double ratio(int a);
            const char *name(conn *c, int *n);
            int visit(int (*cb)(int), void *data, char *label);
            int scale(const int *v, int count);
        "#;
        safe {
            owned conn by conn_close;
            owned conn by sum as Again;          // a destructor that does not take the handle
            owned missing_t by conn_close;       // an unknown type
            owned other by other_free;           // two pointer parameters
            owned conn by conn_open;             // a function that frees nothing
            owned conn by conn_free;             // a second destructor, without a name of its own
            no_such_function;                    // an unknown function
            "nothing_*";                         // a glob matching nothing
            conn_open(out out) -> ok = NO_SUCH_CODE;  // an unknown constant
            scale(v[cnt]);                       // an unknown parameter
            sum(buf[len]);                       // a length of a non-integer type
            ratio -> ok = 0;                     // a status that is not an integer
            conn_close(own c);                   // fine: the destructor takes its handle
            name -> str of n;                    // a string borrowed from a non-reference
            visit(cb with data);                 // a callback without a `void *` of its own
        }
    }
}

// Syntax: each line's mistake, reported together.
ffi_runtime::ffi! {
    mod syntax {
        cdef "int f(int *p, int n);";
        source "int f(int *p, int n) { return n; }";
        safe {
            f(p);                                // a parameter listed without a rule
            f -> returns;                        // an unknown result rule
            owned conn bye conn_close;           // `by` misspelled
        }
    }
}

fn main() {}
