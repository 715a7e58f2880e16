//! The names of the symbols an artifact defines for Rust: the block's hash prefix, one
//! letter for the kind of symbol, then the C name.
//!
//! The kinds never share a name: a wrapper of `f` (`…w_f`) and `f` itself renamed
//! (`…d_f`) are two symbols even when both exist in one object, so a wrapper that calls `f`
//! can never end up calling itself after the rename.

/// `__ffi_<hash16>_`, from the first 16 hex digits of an artifact's hash.
pub fn prefix(short_hash: &str) -> String {
    format!("__ffi_{short_hash}_")
}

/// A function `source` (or `sources`) defines, renamed so that blocks never collide.
pub fn definition(prefix: &str, name: &str) -> String {
    format!("{prefix}d_{name}")
}

/// A glue function calling `name`: a macro, a `static` function, one whose signature the
/// glue converts, or the getter of a constant read at run time.
pub fn wrapper(prefix: &str, name: &str) -> String {
    format!("{prefix}w_{name}")
}

/// The glue function returning a global's address.
pub fn getter(prefix: &str, name: &str) -> String {
    format!("{prefix}g_{name}")
}

/// The Rust function C calls for an `extern "Rust"` declaration (static archives).
pub fn rust_function(prefix: &str, name: &str) -> String {
    format!("{prefix}r_{name}")
}

/// The table a shared object calls `extern "Rust"` functions through.
pub fn rust_table(prefix: &str) -> String {
    format!("{prefix}t_rust")
}

/// Compiler output with the artifact's symbols shown by their C names.
pub fn readable(text: &str, prefix: &str) -> String {
    let mut out = text.to_string();
    for kind in ["d_", "w_", "g_", "r_", "t_"] {
        out = out.replace(&format!("{prefix}{kind}"), "");
    }
    out.replace(prefix, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_symbol_never_share_a_name() {
        let p = prefix("0123456789abcdef");
        // A function `w_f` renamed, and the wrapper of `f`: different symbols.
        assert_ne!(definition(&p, "w_f"), wrapper(&p, "f"));
        assert_ne!(definition(&p, "f"), wrapper(&p, "f"));
        assert_ne!(getter(&p, "rust"), rust_table(&p));
        assert_eq!(
            readable(&format!("call to {}", wrapper(&p, "f")), &p),
            "call to f"
        );
    }
}
