//! How much of a real API the `safe` annotations cover: the blocks of the integration
//! tests, expanded as rustc would (not linking), their wrappers counted.

use std::path::Path;

use crate::input::Block;
use crate::toolchain::rustc::Rustc;

/// The tokens of the first `name! { … }` in a test file.
fn invocation(file: &str, name: &str) -> proc_macro2::TokenStream {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("read the test file");
    let parsed: syn::File = syn::parse_str(&text).expect("the test file parses");
    parsed
        .items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.is_ident(name) => Some(m.mac.tokens),
            _ => None,
        })
        .expect("the block's invocation")
}

/// (safe wrappers, all wrappers) of a block's functions.
fn share(body: proc_macro2::TokenStream) -> (usize, usize) {
    let block: Block = syn::parse2(quote::quote!(mod api { #body })).expect("the block parses");
    let rustc = Rustc::from_args(std::iter::empty(), false);
    let tokens = crate::pipeline::run(&block, &rustc, &|t| t.parse().ok()).expect("expands");
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses");
    let Some(syn::Item::Mod(m)) = file.items.into_iter().next() else {
        panic!("a module");
    };
    let wrappers: Vec<bool> = m
        .content
        .map(|(_, items)| items)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|item| match item {
            syn::Item::Fn(f) => Some(f.sig.unsafety.is_none()),
            _ => None,
        })
        .collect();
    (wrappers.iter().filter(|s| **s).count(), wrappers.len())
}

#[test]
fn sqlite_annotation_covers_most_of_the_api() {
    let (safe, all) = share(invocation("sqlite_safe.rs", "both_modes"));
    eprintln!("sqlite3: {safe} of {all} wrappers safe");
    assert!(all > 250, "the whole API: {all}");
    assert!(safe * 100 >= all * 80, "{safe} of {all}");
}

/// zlib's functions that take a `z_stream *` (half its API) cannot be made safe by a rule
/// about parameters: the stream's own fields point at the buffers (see README.md).
#[test]
fn zlib_annotation_coverage() {
    let (safe, all) = share(invocation("safe_wrappers.rs", "zlib_block"));
    eprintln!("zlib: {safe} of {all} wrappers safe");
    assert!(all > 70, "the whole API: {all}");
    assert!(safe * 100 >= all * 50, "{safe} of {all}");
}
