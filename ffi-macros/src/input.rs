//! The `ffi!` block's own syntax: an optional `mod` wrapper and `keyword value;` sections.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Token, Visibility, bracketed, parenthesized};

/// How the block's C code reaches the program.
pub enum Mode {
    /// `source` compiled at build time and linked into the crate.
    Static,
    /// `source` compiled at build time into a shared object loaded on first use.
    Shared,
    /// No compiler: the named library is opened on first use.
    Dlopen(LitStr),
    /// Neither `source` nor `dlopen`: the `libraries` are linked as a plain extern block would.
    Link,
}

pub struct Block {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    /// `None`: the items are expanded in place.
    pub module: Option<Ident>,
    /// Spans the whole block, for errors that belong to no one section.
    pub span: Span,
    pub cdef: Vec<CdefText>,
    pub source: Option<LitStr>,
    pub source_files: Vec<LitStr>,
    pub libraries: Vec<LitStr>,
    pub include_dirs: Vec<LitStr>,
    pub defines: Vec<(LitStr, LitStr)>,
    pub flags: Vec<LitStr>,
    pub mode: Mode,
}

/// One piece of cdef text and the literal it came from.
pub struct CdefText {
    pub lit: LitStr,
    /// `Some(path)` for `cdef_file`: the text was read from this file.
    pub file: Option<String>,
    pub text: String,
}

impl Block {
    /// The literal that errors about the cdef point at.
    pub fn cdef_span(&self) -> Span {
        self.cdef.first().map_or(self.span, |c| c.lit.span())
    }

    /// All cdef text, pieces joined by newlines (offsets in errors refer to this).
    pub fn cdef_text(&self) -> String {
        self.cdef
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn is_api_mode(&self) -> bool {
        matches!(self.mode, Mode::Static | Mode::Shared)
    }
}

const SECTIONS: &str = "cdef, cdef_file, source, source_file, sources, libraries, include_dirs, \
                        defines, flags, mode, dlopen";

impl Parse for Block {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let span = input.span();
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if input.peek(Token![mod]) {
            input.parse::<Token![mod]>()?;
            let module: Ident = input.parse()?;
            let content;
            syn::braced!(content in input);
            let mut block = parse_sections(&content, span)?;
            if !input.is_empty() {
                return Err(input.error("unexpected tokens after the `mod { … }` block"));
            }
            block.attrs = attrs;
            block.vis = vis;
            block.module = Some(module);
            Ok(block)
        } else {
            if let Some(attr) = attrs.first() {
                return Err(syn::Error::new_spanned(
                    attr,
                    "attributes need a `mod` to land on: write `ffi! { #[attr] pub mod name { … } }`",
                ));
            }
            if !matches!(vis, Visibility::Inherited) {
                return Err(syn::Error::new_spanned(
                    vis,
                    "expected `mod` after the visibility: `ffi! { pub mod name { … } }`",
                ));
            }
            parse_sections(input, span)
        }
    }
}

#[derive(Default)]
struct Seen {
    names: Vec<String>,
}

impl Seen {
    fn once(&mut self, key: &Ident) -> syn::Result<()> {
        let name = key.to_string();
        // `cdef` and `cdef_file` may both appear: their texts are concatenated.
        if self.names.contains(&name) {
            return Err(syn::Error::new(
                key.span(),
                format!("`{name}` is given twice; each section may appear at most once"),
            ));
        }
        self.names.push(name);
        Ok(())
    }
}

fn parse_sections(input: ParseStream, span: Span) -> syn::Result<Block> {
    let mut block = Block {
        attrs: Vec::new(),
        vis: Visibility::Inherited,
        module: None,
        span,
        cdef: Vec::new(),
        source: None,
        source_files: Vec::new(),
        libraries: Vec::new(),
        include_dirs: Vec::new(),
        defines: Vec::new(),
        flags: Vec::new(),
        mode: Mode::Static,
    };
    let mut seen = Seen::default();
    let mut mode_kw: Option<Ident> = None;
    let mut dlopen: Option<LitStr> = None;
    while !input.is_empty() {
        let key: Ident = input.parse().map_err(|e| {
            syn::Error::new(e.span(), format!("expected a section: one of {SECTIONS}"))
        })?;
        seen.once(&key)?;
        match key.to_string().as_str() {
            "cdef" => {
                let lit: LitStr = input.parse()?;
                block.cdef.push(CdefText {
                    text: lit.value(),
                    file: None,
                    lit,
                });
            }
            "cdef_file" => {
                let lit: LitStr = input.parse()?;
                let (path, text) = read_relative(&lit)?;
                block.cdef.push(CdefText {
                    text,
                    file: Some(path),
                    lit,
                });
            }
            "source" => block.source = Some(input.parse()?),
            "source_file" => block.source_files.push(input.parse()?),
            "sources" => block.source_files.extend(str_list(input)?),
            "libraries" => block.libraries = str_list(input)?,
            "include_dirs" => block.include_dirs = str_list(input)?,
            "flags" => block.flags = str_list(input)?,
            "defines" => {
                let content;
                bracketed!(content in input);
                let pairs = Punctuated::<(LitStr, LitStr), Token![,]>::parse_terminated_with(
                    &content,
                    |p| {
                        let inner;
                        parenthesized!(inner in p);
                        let name: LitStr = inner.parse()?;
                        inner.parse::<Token![,]>()?;
                        let value: LitStr = inner.parse()?;
                        Ok((name, value))
                    },
                )?;
                block.defines = pairs.into_iter().collect();
            }
            "mode" => {
                let kw: Ident = input.parse()?;
                match kw.to_string().as_str() {
                    "static" | "shared" => mode_kw = Some(kw),
                    _ => {
                        return Err(syn::Error::new(
                            kw.span(),
                            "expected `mode static;` or `mode shared;`",
                        ));
                    }
                }
            }
            "dlopen" => dlopen = Some(input.parse()?),
            other => {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown section `{other}`; expected one of {SECTIONS}"),
                ));
            }
        }
        input.parse::<Token![;]>()?;
    }
    if block.cdef.is_empty() {
        return Err(syn::Error::new(
            span,
            "an `ffi!` block needs a `cdef \"…\";` (or `cdef_file \"….h\";`) section",
        ));
    }
    let has_source = block.source.is_some() || !block.source_files.is_empty();
    block.mode = match (dlopen, mode_kw) {
        (Some(lib), None) if !has_source => Mode::Dlopen(lib),
        (Some(lib), _) => {
            return Err(syn::Error::new(
                lib.span(),
                "`dlopen` is ABI mode, which uses no compiler: it cannot be combined with `source` or `mode`",
            ));
        }
        (None, Some(kw)) if !has_source => {
            return Err(syn::Error::new(
                kw.span(),
                "`mode` selects how `source` is built, but this block has no `source`",
            ));
        }
        (None, Some(kw)) if kw == "shared" => Mode::Shared,
        (None, _) if has_source => Mode::Static,
        (None, _) => Mode::Link,
    };
    Ok(block)
}

fn str_list(input: ParseStream) -> syn::Result<Vec<LitStr>> {
    let content;
    bracketed!(content in input);
    Ok(Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?
        .into_iter()
        .collect())
}

/// Resolves a path relative to the user's crate root.
pub fn manifest_path(rel: &str) -> std::path::PathBuf {
    let base = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default();
    base.join(rel)
}

fn read_relative(lit: &LitStr) -> syn::Result<(String, String)> {
    let path = manifest_path(&lit.value());
    let text = std::fs::read_to_string(&path).map_err(|e| {
        syn::Error::new(lit.span(), format!("cannot read `{}`: {e}", path.display()))
    })?;
    Ok((path.display().to_string(), text))
}

/// Tokens that make Cargo rebuild the crate when a file the block reads changes.
pub fn rebuild_triggers(block: &Block) -> TokenStream {
    let mut paths: Vec<String> = block.cdef.iter().filter_map(|c| c.file.clone()).collect();
    paths.extend(
        block
            .source_files
            .iter()
            .map(|l| manifest_path(&l.value()).display().to_string()),
    );
    let consts = paths.iter().map(|p| {
        quote::quote! { const _: &[u8] = ::core::include_bytes!(#p); }
    });
    quote::quote! { #(#consts)* }
}
