//! Stage 1: the `ffi!` block's own syntax, an optional `mod` wrapper around `keyword value;`
//! sections.
//!
//! Each section has its own small parser; a mistake in one section is recorded and parsing
//! resumes at the next `;`, so every section error is reported at once.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Token, Visibility, bracketed, parenthesized};

use crate::errors::Errors;

mod rust_fns;
pub mod safe;
pub use rust_fns::{Body, RustFn};

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
    /// `source "…"`: the start of the translation unit.
    pub source: Option<LitStr>,
    /// `source_file "x.c"`: the rest of the same translation unit, read from a file.
    pub source_file: Option<SourceFile>,
    /// `sources [...]`: C files compiled separately and linked with the block.
    pub sources: Vec<LitStr>,
    /// `headers [...]`: `#include`d first, and read for declarations.
    pub headers: Vec<LitStr>,
    /// `allow [...]`: what to bind from `headers` (names or `*` globs).
    pub allow: Vec<LitStr>,
    pub libraries: Vec<LitStr>,
    pub include_dirs: Vec<LitStr>,
    pub defines: Vec<(LitStr, LitStr)>,
    pub flags: Vec<LitStr>,
    pub mode: Mode,
    /// Rust functions implementing the cdef's `extern "Rust"` declarations.
    pub rust_fns: Vec<RustFn>,
    /// `safe { … }`: rules for safe wrappers the headers do not give.
    pub safe: Option<safe::Safe>,
    /// `include super::z from "z.h";`: another block's types, from its cdef file.
    pub includes: Vec<Include>,
}

/// CFFI's `ffi.include(other)`: the types `cdef` declares, which the block at `path`
/// defines; this block uses them and defines none of them again.
pub struct Include {
    pub path: syn::Path,
    pub cdef: CdefText,
}

/// One piece of cdef text and the literal it came from.
pub struct CdefText {
    pub lit: LitStr,
    /// `Some(path)` for `cdef_file`: the text was read from this file.
    pub file: Option<String>,
    pub text: String,
}

/// `source_file "x.c"`, read.
pub struct SourceFile {
    pub lit: LitStr,
    pub path: String,
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

    /// Whether the block has C of its own for the compiler: the translation unit's text,
    /// separate sources, or headers to read.
    fn has_c(&self) -> bool {
        self.source.is_some()
            || self.source_file.is_some()
            || !self.sources.is_empty()
            || !self.headers.is_empty()
    }
}

const SECTIONS: &str = "cdef, cdef_file, include, source, source_file, sources, headers, \
                        allow, libraries, include_dirs, defines, flags, mode, dlopen, safe, or an \
                        `fn` implementing an `extern \"Rust\"` declaration";

impl Parse for Block {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let span = input.span();
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![mod]) {
            return parse_in_place(input, attrs, vis, span);
        }
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
    }
}

/// A block without a `mod`: its items land where the macro is invoked.
fn parse_in_place(
    input: ParseStream,
    attrs: Vec<Attribute>,
    vis: Visibility,
    span: Span,
) -> syn::Result<Block> {
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

/// Sections given so far, and the `mode`/`dlopen` keywords until the mode is decided.
struct Parsing {
    block: Block,
    seen: Vec<String>,
    mode_kw: Option<Ident>,
    dlopen: Option<LitStr>,
}

fn parse_sections(input: ParseStream, span: Span) -> syn::Result<Block> {
    let mut p = Parsing {
        block: empty_block(span),
        seen: Vec::new(),
        mode_kw: None,
        dlopen: None,
    };
    let mut errors = Errors::new();
    while !input.is_empty() {
        if input.peek(Token![fn]) || input.peek(Token![#]) {
            match input.parse::<RustFn>() {
                Ok(f) => p.block.rust_fns.push(f),
                Err(e) => {
                    errors.push(e);
                    skip_item(input);
                }
            }
            continue;
        }
        if let Err(e) = parse_section(input, &mut p) {
            errors.push(e);
            skip_section(input);
        }
    }
    if let Err(e) = finish(&mut p) {
        errors.push(e);
    }
    errors.finish_with(p.block)
}

fn empty_block(span: Span) -> Block {
    Block {
        attrs: Vec::new(),
        vis: Visibility::Inherited,
        module: None,
        span,
        cdef: Vec::new(),
        source: None,
        source_file: None,
        sources: Vec::new(),
        headers: Vec::new(),
        allow: Vec::new(),
        libraries: Vec::new(),
        include_dirs: Vec::new(),
        defines: Vec::new(),
        flags: Vec::new(),
        mode: Mode::Static,
        rust_fns: Vec::new(),
        safe: None,
        includes: Vec::new(),
    }
}

/// One `keyword value;` section.
fn parse_section(input: ParseStream, p: &mut Parsing) -> syn::Result<()> {
    let key: Ident = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), format!("expected a section: one of {SECTIONS}")))?;
    let name = key.to_string();
    if p.seen.contains(&name) {
        return Err(syn::Error::new(
            key.span(),
            format!("`{name}` is given twice; each section may appear at most once"),
        ));
    }
    p.seen.push(name.clone());
    let b = &mut p.block;
    match name.as_str() {
        "cdef" => b.cdef.push(cdef_literal(input.parse()?)),
        "cdef_file" => b.cdef.extend(cdef_files(input)?),
        "source" => b.source = Some(input.parse()?),
        "source_file" => b.source_file = Some(source_file(input.parse()?)?),
        "sources" => b.sources = str_list(input)?,
        "headers" => b.headers = str_list(input)?,
        "allow" => b.allow = str_list(input)?,
        "libraries" => b.libraries = str_list(input)?,
        "include_dirs" => b.include_dirs = str_list(input)?,
        "flags" => b.flags = str_list(input)?,
        "defines" => b.defines = define_list(input)?,
        "include" => b.includes = includes(input)?,
        "mode" => p.mode_kw = Some(mode_keyword(input)?),
        "dlopen" => p.dlopen = Some(input.parse()?),
        // A braced section: no `;` after it.
        "safe" => {
            b.safe = Some(input.parse()?);
            if input.peek(Token![;]) {
                input.parse::<Token![;]>()?;
            }
            return Ok(());
        }
        other => {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown section `{other}`; expected one of {SECTIONS}"),
            ));
        }
    }
    input.parse::<Token![;]>()?;
    Ok(())
}

fn cdef_literal(lit: LitStr) -> CdefText {
    CdefText {
        text: lit.value(),
        file: None,
        lit,
    }
}

/// `cdef_file "a.h";` or `cdef_file ["a.h", "b.h"];` (concatenated, as CFFI users do).
fn cdef_files(input: ParseStream) -> syn::Result<Vec<CdefText>> {
    let lits = if input.peek(syn::token::Bracket) {
        str_list(input)?
    } else {
        vec![input.parse()?]
    };
    lits.into_iter().map(cdef_file).collect()
}

fn cdef_file(lit: LitStr) -> syn::Result<CdefText> {
    let (path, text) = read_relative(&lit)?;
    Ok(CdefText {
        text,
        file: Some(path),
        lit,
    })
}

/// `include super::z from "z.h";` or `include [super::z from "z.h", …];`.
fn includes(input: ParseStream) -> syn::Result<Vec<Include>> {
    let one = |input: ParseStream| -> syn::Result<Include> {
        let path: syn::Path = input.parse()?;
        let usage = "expected `from`: `include path::to::block from \"its_cdef.h\";`";
        let from: Ident = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), usage))?;
        if from != "from" {
            return Err(syn::Error::new(from.span(), usage));
        }
        Ok(Include {
            path,
            cdef: cdef_file(input.parse()?)?,
        })
    };
    if !input.peek(syn::token::Bracket) {
        return Ok(vec![one(input)?]);
    }
    let content;
    bracketed!(content in input);
    let mut list = Vec::new();
    while !content.is_empty() {
        list.push(one(&content)?);
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    Ok(list)
}

fn source_file(lit: LitStr) -> syn::Result<SourceFile> {
    let (path, text) = read_relative(&lit)?;
    Ok(SourceFile { lit, path, text })
}

fn mode_keyword(input: ParseStream) -> syn::Result<Ident> {
    // `static` is a Rust keyword: a plain `Ident` would refuse it.
    let kw = Ident::parse_any(input)
        .map_err(|e| syn::Error::new(e.span(), "expected `mode static;` or `mode shared;`"))?;
    match kw.to_string().as_str() {
        "static" | "shared" => Ok(kw),
        _ => Err(syn::Error::new(
            kw.span(),
            "expected `mode static;` or `mode shared;`",
        )),
    }
}

fn define_list(input: ParseStream) -> syn::Result<Vec<(LitStr, LitStr)>> {
    let content;
    bracketed!(content in input);
    let pairs = Punctuated::<(LitStr, LitStr), Token![,]>::parse_terminated_with(&content, |p| {
        let inner;
        parenthesized!(inner in p);
        let name: LitStr = inner.parse()?;
        inner.parse::<Token![,]>()?;
        let value: LitStr = inner.parse()?;
        Ok((name, value))
    })?;
    Ok(pairs.into_iter().collect())
}

fn str_list(input: ParseStream) -> syn::Result<Vec<LitStr>> {
    let content;
    bracketed!(content in input);
    Ok(Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?
        .into_iter()
        .collect())
}

/// After a bad section: skips to just past the next top-level `;`.
pub(crate) fn skip_section(input: ParseStream) {
    while !input.is_empty() {
        match input.parse::<TokenTree>() {
            Ok(TokenTree::Punct(p)) if p.as_char() == ';' => return,
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

/// After a bad `fn` item: skips to just past its body (the next top-level `{ … }`).
fn skip_item(input: ParseStream) {
    while !input.is_empty() {
        match input.parse::<TokenTree>() {
            Ok(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace => return,
            Ok(TokenTree::Punct(p)) if p.as_char() == ';' => return,
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

/// Decides the mode once every section is known, and checks sections that need others.
fn finish(p: &mut Parsing) -> syn::Result<()> {
    let b = &mut p.block;
    if b.cdef.is_empty() && b.headers.is_empty() {
        return Err(syn::Error::new(
            b.span,
            "an `ffi!` block needs a `cdef \"…\";` (or `cdef_file \"….h\";`) section, or \
             `headers [...]` to read declarations from",
        ));
    }
    if !b.headers.is_empty() && b.allow.is_empty() {
        return Err(syn::Error::new(
            b.headers[0].span(),
            "`headers` needs `allow [...]`: the names (or `*` globs) to bind from them; \
             `allow [\"*\"]` binds everything",
        ));
    }
    if let (true, Some(first)) = (b.headers.is_empty(), b.allow.first()) {
        return Err(syn::Error::new(
            first.span(),
            "`allow` selects what to bind from `headers`, but this block has no `headers`",
        ));
    }
    b.mode = decide_mode(b, p.dlopen.take(), p.mode_kw.take())?;
    Ok(())
}

fn decide_mode(b: &Block, dlopen: Option<LitStr>, mode_kw: Option<Ident>) -> syn::Result<Mode> {
    let compiled = b.source.is_some() || b.source_file.is_some() || !b.sources.is_empty();
    Ok(match (dlopen, mode_kw) {
        (Some(lib), None) if !compiled => Mode::Dlopen(lib),
        (Some(lib), _) => {
            return Err(syn::Error::new(
                lib.span(),
                "`dlopen` is ABI mode, which uses no compiler: it cannot be combined with \
                 `source` or `mode`",
            ));
        }
        (None, Some(kw)) if !b.has_c() => {
            return Err(syn::Error::new(
                kw.span(),
                "`mode` selects how `source` is built, but this block has no `source`",
            ));
        }
        (None, Some(kw)) if kw == "shared" => Mode::Shared,
        (None, _) if b.has_c() => Mode::Static,
        (None, _) => Mode::Link,
    })
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

/// Every file the block reads by path, absolute: rebuilds must follow edits to each.
pub fn read_files(block: &Block) -> Vec<String> {
    let included = block.includes.iter().map(|i| &i.cdef);
    let mut paths: Vec<String> = block
        .cdef
        .iter()
        .chain(included)
        .filter_map(|c| c.file.clone())
        .collect();
    paths.extend(block.source_file.iter().map(|f| f.path.clone()));
    paths.extend(
        block
            .sources
            .iter()
            .map(|l| manifest_path(&l.value()).display().to_string()),
    );
    paths
}

/// Tokens that make Cargo rebuild the crate when a file the block reads changes: the
/// block's own files and, for `headers`, every header the preprocessor read.
pub fn rebuild_triggers(paths: &[String]) -> TokenStream {
    let consts = paths.iter().map(|p| {
        quote::quote! { const _: &[u8] = ::core::include_bytes!(#p); }
    });
    quote::quote! { #(#consts)* }
}
