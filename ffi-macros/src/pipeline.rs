//! Runs the stages in order for one block, with a cache of finished expansions: when the
//! block (and this macro's own build, and any header it read) is unchanged, the stored
//! expansion is reused as is and neither lang-c nor the C compiler runs.

use std::path::Path;

use proc_macro2::TokenStream;

pub use crate::cache::Lexer;
use crate::cache::{self, Dep};
use crate::expand::{self, Binding, Cx};
use crate::input::{self, Block, Mode};
use crate::layout::{self, Sizes};
use crate::model::Cdef;
use crate::target::Target;
use crate::toolchain::{self, Artifact, Kind, Settings, rustc::Rustc};
use crate::{cdef, errors::Errors, headers, safety};

pub fn run(block: &Block, rustc: &Rustc, lex: Lexer) -> syn::Result<TokenStream> {
    let target = Target::new(&rustc.target);
    let settings = Settings::new(block, rustc);
    // Everything but the contents of headers, which a cache entry checks itself.
    let key = toolchain::artifact(block, &settings, &[])?;
    let link_dir = rustc.link_dir.as_deref();
    let cache = link_dir.map(|dir| cache::path(dir, block, &key));
    if let Some(entry) = cache.as_deref().and_then(|c| cache::load(c, lex))
        && !artifact_missing(block, rustc, &entry.art)
    {
        return Ok(finish(block, entry.items, &entry.notes, &entry.files));
    }
    if rustc.linking && Kind::of(&block.mode).is_some() {
        need_link_dir(block, rustc)?;
    }
    let (mut model, art, files) = front_end(block, &settings, &target, key)?;
    let binding = bind(block, &mut model, &settings, &art, link_dir, &target)?;
    model.decay_array_parameters();
    let plans = safety::plan(block, &model)?;
    let cx = Cx {
        cdef: &model,
        target: &target,
        plans: &plans,
        imports: expand::types::Imports::new(block, &model),
        calls_back: model.can_call_rust(),
    };
    let items = expand::items(block, &cx, &binding)?;
    let entry = cache::Entry {
        items,
        notes: model.notes.clone(),
        art,
        files,
    };
    if let Some(path) = &cache {
        cache::store(path, &entry);
    }
    Ok(finish(block, entry.items, &entry.notes, &entry.files))
}

/// Whether rustc links and the artifact the expansion names is gone (a wiped target dir).
fn artifact_missing(block: &Block, rustc: &Rustc, art: &Artifact) -> bool {
    let link_dir = rustc.link_dir.as_deref();
    rustc.linking
        && Kind::of(&block.mode)
            .is_some_and(|k| !link_dir.is_some_and(|d| toolchain::output_path(d, art, k).exists()))
}

/// The model, from the cdef or from `headers` (whose contents then join the hash), the
/// artifact's names, and the header files read.
fn front_end(
    block: &Block,
    settings: &Settings,
    target: &Target,
    key: Artifact,
) -> syn::Result<(Cdef, Artifact, Vec<Dep>)> {
    let seed = cdef::included(block, target)?;
    if block.headers.is_empty() {
        let mut model = cdef::parse(block, target, seed.as_ref())?;
        if let Some(seed) = &seed {
            model.take_foreign(seed);
        }
        return Ok((model, key, Vec::new()));
    }
    let mut read = headers::read(block, settings, target)?;
    // The headers declare the included block's types too (C code includes its header):
    // those stay that block's, as with a cdef.
    if let Some(seed) = &seed {
        read.cdef.take_foreign(seed);
    }
    let files: Vec<Dep> = read.files.iter().filter_map(|f| Dep::of(f)).collect();
    let inputs: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|d| (d.path.display().to_string(), d.hash.clone().into_bytes()))
        .collect();
    let art = toolchain::artifact(block, settings, &inputs)?;
    Ok((read.cdef, art, files))
}

/// The items in their module, with the notes and what makes Cargo rebuild on edits.
fn finish(
    block: &Block,
    items: TokenStream,
    notes: &[crate::model::Note],
    files: &[Dep],
) -> TokenStream {
    let mut read = input::read_files(block);
    read.extend(files.iter().map(|d| d.path.display().to_string()));
    expand::wrap(block, items, notes, &read)
}

/// Runs the toolchain (API mode) or applies the target's ABI rules (ABI mode), and says
/// how the expansion reaches the symbols.
fn bind(
    block: &Block,
    model: &mut Cdef,
    settings: &Settings,
    art: &Artifact,
    link_dir: Option<&Path>,
    target: &Target,
) -> syn::Result<Binding> {
    let Some(kind) = Kind::of(&block.mode) else {
        abi_mode(block, model, target)?;
        return Ok(match &block.mode {
            Mode::Dlopen(name) => {
                // The named library first, then `libraries`, for every symbol.
                let others = block.libraries.iter();
                Binding::Lazy {
                    artifact: None,
                    library: quote::quote!(::ffi_runtime::Library::system(&[#name #(, #others)*])),
                    prefix: None,
                }
            }
            _ => Binding::Link,
        });
    };
    let job = toolchain::Job {
        block,
        settings,
        art,
        target,
        kind,
        link_dir,
    };
    let built = toolchain::run(&job, model)?;
    Ok(match kind {
        Kind::Static => Binding::Static {
            archive: built.archive.then(|| art.lib_name.clone()),
            prefix: art.symbol_prefix.clone(),
        },
        Kind::Shared => shared_binding(art, link_dir),
    })
}

fn shared_binding(art: &Artifact, link_dir: Option<&Path>) -> Binding {
    let file = &art.shared_file;
    let hash = &art.hash;
    // Where the build put it: the last place the loader looks.
    let build_dir = link_dir
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let env_var = artifact_env_var();
    Binding::Lazy {
        artifact: Some(quote::quote! {
            ::ffi_runtime::Artifact::new(#file, #hash, #build_dir, #env_var)
        }),
        library: quote::quote!(::ffi_runtime::Library::artifact(&ARTIFACT)),
        prefix: Some(art.symbol_prefix.clone()),
    }
}

/// ABI mode has no compiler: symbols are the C names, layouts the target's rules, and
/// what only glue could pass is refused.
fn abi_mode(block: &Block, model: &mut Cdef, target: &Target) -> syn::Result<()> {
    let mut errors = Errors::new();
    leave_out_unsized(model);
    for f in &mut model.functions {
        f.symbol = Some(f.c_symbol().to_string());
    }
    for f in &model.functions {
        if model.converts(&f.sig) {
            errors.push(cdef::error_at_line(
                block,
                f.origin.line,
                &format!(
                    "`{}` passes a `long double` (or a type holding one) by value, which needs \
                     the glue only API mode has: add a `source` section, or pass a pointer",
                    f.name
                ),
            ));
        }
    }
    let has_bits = model
        .records
        .iter()
        .any(|r| r.fields().iter().any(|f| f.is_bitfield()));
    if has_bits && !target.knows_record_rules() {
        errors.push(syn::Error::new(
            block.cdef_span(),
            format!(
                "bit-fields in ABI mode need the record layout rules of the target, which `ffi!` \
                 knows for x86-64, i686 and AArch64 only, not `{}`; use API mode (add a `source`)",
                target.triple
            ),
        ));
    }
    errors.finish()?;
    layout::lay_out_all(model, &Sizes::from_target(target)).map_err(|(origin, message)| {
        toolchain::diagnostics::at_origin(block, &origin, origin.line, &message)
    })
}

/// `typedef ... t;` has no size in ABI mode: a function passing one by value is left out,
/// with one note naming them, as CFFI's ABI mode fails only when such a function is used
/// (pangocffi declares `typedef ... GType;` and never calls its `*_get_type` functions).
fn leave_out_unsized(model: &mut Cdef) {
    const SHOWN: usize = 5;
    let (left_out, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut model.functions)
        .into_iter()
        .partition(|f| model.unsized_value(&f.sig).is_some());
    model.functions = kept;
    let Some(first) = left_out.first() else {
        return;
    };
    let named: Vec<String> = left_out
        .iter()
        .take(SHOWN)
        .map(|f| {
            let ty = model.unsized_value(&f.sig).unwrap_or_default();
            format!("`{}` (`{ty}`)", f.name)
        })
        .collect();
    let more = match left_out.len().saturating_sub(SHOWN) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let (s, es, are) = match left_out.len() {
        1 => ("", "es", "is"),
        _ => ("s", "", "are"),
    };
    model.notes.push(crate::model::Note {
        line: first.origin.line,
        message: format!(
            "{} function{s} pass{es} a `typedef ...` type by value, which has no size in ABI \
             mode, and {are} left out: {}{more}; declare the type in full, or add a `source` \
             section (API mode)",
            left_out.len(),
            named.join(", ")
        ),
    });
}

fn need_link_dir<'r>(block: &Block, rustc: &'r Rustc) -> syn::Result<&'r Path> {
    rustc.link_dir.as_deref().ok_or_else(|| {
        syn::Error::new(
            block.span,
            "ffi! cannot find where to put the compiled C: rustc has no `-L native=…/ffi-link` \
             argument. Depend on `ffi-runtime` directly (its build script registers that \
             directory) and use the macro as `ffi_runtime::ffi!`",
        )
    })
}

/// `<CRATE>_FFI_DIR`: the environment variable that points a binary at its artifacts.
fn artifact_env_var() -> String {
    let krate = std::env::var("CARGO_CRATE_NAME").unwrap_or_else(|_| "ffi".into());
    format!("{}_FFI_DIR", krate.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block() -> Block {
        syn::parse_str(
            r#"mod demo {
                cdef "struct pt { int x; double y; }; int add(int a, int b);";
                source "struct pt { int x; double y; }; int add(int a, int b) { return a + b; }";
            }"#,
        )
        .expect("block parses")
    }

    fn lex(text: &str) -> Option<TokenStream> {
        text.parse().ok()
    }

    fn rustc(linking: bool, link_dir: Option<&Path>) -> Rustc {
        let mut r = Rustc::from_args(std::iter::empty(), linking);
        r.link_dir = link_dir.map(Path::to_path_buf);
        r
    }

    fn entries(dir: &Path) -> Vec<(String, std::time::SystemTime)> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .expect("read dir")
            .flatten()
            .map(|e| {
                let modified = e.metadata().and_then(|m| m.modified()).expect("mtime");
                (e.file_name().to_string_lossy().into_owned(), modified)
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn an_error_in_an_included_cdef_is_located_in_its_file() {
        let file = std::env::temp_dir().join(format!("ffi-include-{}.h", std::process::id()));
        std::fs::write(
            &file,
            "struct point { int x; };\nstruct box { struct point p q; };\n",
        )
        .expect("write");
        let text = format!(
            "mod r {{ include super::s from {:?}; cdef \"int f(void);\"; dlopen \"libc.so.6\"; }}",
            file.display().to_string()
        );
        let block: Block = syn::parse_str(&text).expect("block parses");
        let target = Target::new("x86_64-unknown-linux-gnu");
        let err = cdef::included(&block, &target).expect_err("a syntax error");
        let message = err.to_string();
        let _ = std::fs::remove_file(&file);
        assert!(
            message.contains(&format!("cdef_file `{}` line 2", file.display())),
            "{message}"
        );
    }

    /// A name the included block typedefs stays that block's type: this block's cdef may
    /// not make it another (C would write a `double` through a pointer to an `f32`).
    #[test]
    fn an_included_typedef_is_not_redefined() {
        let file = std::env::temp_dir().join(format!("ffi-include-td-{}.h", std::process::id()));
        std::fs::write(&file, "typedef float coord_t;\n").expect("write");
        let text = format!(
            "mod r {{ include super::s from {:?}; cdef \"typedef double coord_t; \
             void set(coord_t *p);\"; dlopen \"libm.so.6\"; }}",
            file.display().to_string()
        );
        let block: Block = syn::parse_str(&text).expect("block parses");
        let target = Target::new("x86_64-unknown-linux-gnu");
        let seed = cdef::included(&block, &target).expect("the include reads");
        let err = cdef::parse(&block, &target, seed.as_ref()).expect_err("a conflict");
        let _ = std::fs::remove_file(&file);
        assert!(
            err.to_string().contains(
                "`typedef … coord_t` conflicts with its declaration in the included block: \
                 `typedef float coord_t;`"
            ),
            "{err}"
        );
    }

    /// An included `typedef int... time_t;` takes its type from the other block's C; with
    /// `headers`, the expansion checks that type against the headers' `time_t` (8 bytes,
    /// 8-aligned on x86-64 Linux), where rustc would stop a mismatch.
    #[test]
    fn an_included_probed_typedef_is_checked_against_the_headers() {
        let file = std::env::temp_dir().join(format!("ffi-include-pn-{}.h", std::process::id()));
        std::fs::write(&file, "typedef int... time_t;\n").expect("write");
        let text = format!(
            "mod r {{ include super::s from {:?}; headers [\"time.h\"]; \
             allow [\"difftime\"]; }}",
            file.display().to_string()
        );
        let block: Block = syn::parse_str(&text).expect("block parses");
        let expanded = run(&block, &rustc(false, None), &lex).map(|t| t.to_string());
        let _ = std::fs::remove_file(&file);
        let expanded = expanded.expect("expands");
        let row = "type T = time_t ; if ! (size_of :: < T > () == 8 && align_of :: < T > () == 8)";
        assert!(expanded.contains(row), "{expanded}");
        assert!(expanded.contains("`time_t` of the included block differs from the headers'"));
    }

    #[test]
    fn reexpansion_runs_no_compiler_and_every_mode_of_rustc_sees_the_same_items() {
        let dir = std::env::temp_dir().join(format!("ffi-pipeline-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let b = block();
        let built = run(&b, &rustc(true, Some(&dir)), &lex)
            .expect("expands")
            .to_string();
        let after_build = entries(&dir);
        assert!(
            after_build.iter().any(|(n, _)| n.ends_with(".a")),
            "{after_build:?}"
        );
        assert!(
            after_build.iter().any(|(n, _)| n == "expansions"),
            "{after_build:?}"
        );

        // Again, linking: nothing in the directory is written (no compiler, no temp dirs).
        let again = run(&b, &rustc(true, Some(&dir)), &lex)
            .expect("expands")
            .to_string();
        assert_eq!(again, built);
        assert_eq!(entries(&dir), after_build);

        // `cargo check` (not linking) and rust-analyzer (no link dir): the same expansion.
        assert_eq!(
            run(&b, &rustc(false, Some(&dir)), &lex)
                .expect("expands")
                .to_string(),
            built
        );
        assert_eq!(
            run(&b, &rustc(false, None), &lex)
                .expect("expands")
                .to_string(),
            built
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn linking_without_the_link_dir_is_a_clear_error() {
        let err = run(&block(), &rustc(true, None), &lex).expect_err("no link dir");
        assert!(err.to_string().contains("-L native=…/ffi-link"), "{err}");
    }
}
