// `extern "Rust"`: C in `source` calls Rust; one implementation in the block, one by path.
ffi_runtime::ffi! {
    pub mod visits {
        cdef r#"
            extern "Rust" int visit(void *ctx, int value);
            extern "Rust" void log_line(const char *line);
            int sum_visited(void *ctx, int n);
        "#;
        source r#"
            int sum_visited(void *ctx, int n) {
                int total = 0;
                for (int i = 1; i <= n; i++) total += visit(ctx, i);
                log_line("summed");
                return total;
            }
        "#;

        #[onerror(-1)]
        fn visit(ctx: *mut c_void, value: c_int) -> c_int {
            let _ = ctx;
            value * 2
        }

        fn log_line = super::log_line;
    }
}

fn log_line(line: *const std::ffi::c_char) {
    let _ = line;
}
