//! Rust functions that implement a cdef's `extern "Rust"` declarations:
//!
//! ```text
//! #[onerror(-1)]                                      // what C gets if the function panics
//! fn visit(ctx: *mut c_void, value: c_int) -> c_int { … }   // contained in the block
//! fn log = crate::logging::log;                      // or named by path
//! ```
//!
//! The signature is not parsed here: the expansion coerces the function to the C
//! signature, so a mismatch is rustc's own type error at the user's code.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Token};

pub struct RustFn {
    pub name: Ident,
    /// `#[onerror(expr)]`: returned to C when the function panics (zero if absent).
    pub onerror: Option<TokenStream>,
    pub body: Body,
}

pub enum Body {
    /// `fn name(…) -> … { … }`: the item as written, attributes included.
    Item(TokenStream),
    /// `fn name = path;`
    Path(syn::Path),
}

impl RustFn {
    pub fn span(&self) -> Span {
        self.name.span()
    }
}

impl Parse for RustFn {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let (onerror, attrs) = take_onerror(attrs)?;
        let fn_token: Token![fn] = input.parse()?;
        let name: Ident = input.parse()?;
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            let path: syn::Path = input.parse()?;
            input.parse::<Token![;]>()?;
            return Ok(RustFn {
                name,
                onerror,
                body: Body::Path(path),
            });
        }
        let mut item = TokenStream::new();
        for a in &attrs {
            a.to_tokens(&mut item);
        }
        fn_token.to_tokens(&mut item);
        name.to_tokens(&mut item);
        item.extend(rest_of_fn(input, &name)?);
        Ok(RustFn {
            name,
            onerror,
            body: Body::Item(item),
        })
    }
}

/// The parameter list, return type and body: every token up to and including the first
/// top-level `{ … }`.
fn rest_of_fn(input: ParseStream, name: &Ident) -> syn::Result<TokenStream> {
    let mut rest = TokenStream::new();
    loop {
        if input.is_empty() {
            return Err(syn::Error::new(
                name.span(),
                format!("`fn {name}` needs a body `{{ … }}`, or `fn {name} = path::to::function;`"),
            ));
        }
        let tt: TokenTree = input.parse()?;
        let is_body = matches!(&tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
        rest.extend([tt]);
        if is_body {
            return Ok(rest);
        }
    }
}

/// Splits `#[onerror(expr)]` from the attributes that stay on the function.
fn take_onerror(attrs: Vec<Attribute>) -> syn::Result<(Option<TokenStream>, Vec<Attribute>)> {
    let mut onerror = None;
    let mut rest = Vec::new();
    for a in attrs {
        if !a.path().is_ident("onerror") {
            rest.push(a);
            continue;
        }
        if onerror.is_some() {
            return Err(syn::Error::new_spanned(a, "`#[onerror]` is given twice"));
        }
        let list = a.meta.require_list()?;
        if list.tokens.is_empty() {
            return Err(syn::Error::new_spanned(
                a,
                "`#[onerror(value)]` needs the value C receives when the function panics",
            ));
        }
        onerror = Some(list.tokens.clone());
    }
    Ok((onerror, rest))
}
