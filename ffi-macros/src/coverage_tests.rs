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

/// (safe wrappers, all wrappers) of a block's functions: the top-level ones, and the raw
/// `sys` functions re-exported where there is no wrapper.
fn share(body: proc_macro2::TokenStream) -> (usize, usize) {
    let block: Block = syn::parse2(quote::quote!(mod api { #body })).expect("the block parses");
    let rustc = Rustc::from_args(std::iter::empty(), false);
    let tokens = crate::pipeline::run(&block, &rustc, &|t| t.parse().ok()).expect("expands");
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses");
    let Some(syn::Item::Mod(m)) = file.items.into_iter().next() else {
        panic!("a module");
    };
    let items = m.content.map(|(_, items)| items).unwrap_or_default();
    let mut top = std::collections::BTreeMap::new();
    let mut raw = Vec::new();
    for item in items {
        match item {
            syn::Item::Fn(f) => {
                top.insert(f.sig.ident.to_string(), f.sig.unsafety.is_none());
            }
            syn::Item::Mod(sys) if sys.ident == "sys" => raw.extend(raw_functions(sys)),
            _ => {}
        }
    }
    raw.retain(|name| !top.contains_key(name));
    let safe = top.values().filter(|s| **s).count();
    (safe, top.len() + raw.len())
}

/// The `unsafe` functions of `sys`: `extern` items (linked) and `unsafe fn`s (lazy);
/// not variadic ones, which no rule can make safe and which have no wrapper to count.
fn raw_functions(sys: syn::ItemMod) -> Vec<String> {
    let mut names = Vec::new();
    for item in sys.content.map(|(_, items)| items).unwrap_or_default() {
        match item {
            syn::Item::ForeignMod(m) => names.extend(m.items.into_iter().filter_map(|i| match i {
                syn::ForeignItem::Fn(f) if f.sig.variadic.is_none() => {
                    Some(f.sig.ident.to_string())
                }
                _ => None,
            })),
            syn::Item::Fn(f) if f.sig.unsafety.is_some() => names.push(f.sig.ident.to_string()),
            _ => {}
        }
    }
    names
}

#[test]
fn sqlite_annotation_covers_most_of_the_api() {
    let (safe, all) = share(invocation("sqlite_safe.rs", "both_modes"));
    eprintln!("sqlite3: {safe} of {all} wrappers safe");
    assert!(all > 250, "the whole API: {all}");
    assert!(safe * 100 >= all * 80, "{safe} of {all}");
}

/// zlib's `z_stream` functions (half its API) are safe through two `stream` handles.
#[test]
fn zlib_annotation_coverage() {
    let (safe, all) = share(invocation("safe_wrappers.rs", "zlib_block"));
    eprintln!("zlib: {safe} of {all} wrappers safe");
    assert!(all > 70, "the whole API: {all}");
    assert!(safe * 100 >= all * 80, "{safe} of {all}");
}
