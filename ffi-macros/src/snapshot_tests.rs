//! Expansion snapshots: each `tests/expand/NAME.rs` is a file as a user writes it; its
//! expansion, formatted as `cargo expand` shows it (prettyplease), must equal
//! `tests/expand/NAME.expanded.rs`. Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p ffi-macros`.
//!
//! Hashes depend on the machine's compiler and are replaced by `HASH`.

use std::path::{Path, PathBuf};

use crate::input::Block;
use crate::toolchain::rustc::Rustc;

fn expand_file(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("read snapshot input");
    let file: syn::File = syn::parse_str(&text).expect("snapshot input parses as Rust");
    let rustc = Rustc::from_args(std::iter::empty(), false);
    let mut items = Vec::new();
    for item in file.items {
        let syn::Item::Macro(m) = item else {
            items.push(quote::quote!(#item));
            continue;
        };
        let block: Block = syn::parse2(m.mac.tokens.clone()).expect("ffi! input parses");
        let tokens = crate::pipeline::run(&block, &rustc, &|t| t.parse().ok())
            .unwrap_or_else(|e| e.to_compile_error());
        items.push(tokens);
    }
    let all: syn::File =
        syn::parse2(quote::quote!(#(#items)*)).expect("expansion parses as a file");
    normalize(&prettyplease::unparse(&all))
}

/// Replaces each `_` + 16 hex digits (artifact and symbol hashes) with `_HASH`.
fn normalize(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 17);
        let boundary = bytes.get(i + 17).is_none_or(|b| !b.is_ascii_hexdigit());
        if bytes[i] == b'_'
            && boundary
            && hex.is_some_and(|h| {
                h.iter()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            })
        {
            out.push_str("_HASH");
            i += 17;
        } else {
            let ch = text[i..].chars().next().expect("in bounds");
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/expand")
}

#[test]
fn expansions_match_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(snapshot_dir())
        .expect("tests/expand exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "rs")
                && !p.to_string_lossy().ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no snapshot inputs in tests/expand");
    let mut failures = Vec::new();
    for input in inputs {
        let actual = expand_file(&input);
        let expected_path = input.with_extension("expanded.rs");
        if update {
            std::fs::write(&expected_path, &actual).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{} differs from its expansion:\n{actual}",
                expected_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(UPDATE_SNAPSHOTS=1 to accept)",
        failures.join("\n")
    );
}

#[test]
fn normalize_replaces_only_hashes() {
    assert_eq!(
        normalize("ffi_demo_0123456789abcdef __ffi_0123456789abcdef_add x_12"),
        "ffi_demo_HASH __ffi_HASH_add x_12"
    );
}
