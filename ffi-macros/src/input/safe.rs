//! The `safe { … }` section: which functions get safe wrappers, and how their pointers
//! cross, for C whose headers do not say (see `safety` for the rules and what they
//! promise).
//!
//! ```text
//! safe {
//!     owned sqlite3 by sqlite3_close;              // a handle type, `owned::sqlite3`
//!     owned FILE by pclose as Pipe;                // under another name
//!     borrowed sqlite3_value;                      // a handle C lends, `borrowed::sqlite3_value`
//!     crc32(buf[len]);                             // a slice and its length
//!     compress2(dest[*destLen], source[sourceLen]) -> ok = Z_OK;
//!     sqlite3_open(out ppDb) -> ok = SQLITE_OK;    // written by C, returned
//!     sqlite3_errmsg -> str of arg0;               // a string borrowed from a parameter
//!     sqlite3_libversion -> static str;
//!     sqlite3_column_value -> borrowed of arg0;    // a handle borrowed from a parameter
//!     sqlite3_bind_text(text[n], destructor = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
//!     sqlite3_exec(callback with arg3);            // a closure for a callback and its data
//!     sqlite3_busy_handler(arg1 with arg2 kept);   // …that C keeps (boxed, never freed)
//!     sqlite3_create_collation_v2(xCompare with pArg kept by xDestroy);  // …freed by C
//!     "sqlite3_column_*";                          // every function a glob matches
//!     unsafe sqlite3_free_filename;                // never safe, whatever else says so
//!     stream z_stream by inflateEnd as Inflater {  // a record Rust allocates, C fills in,
//!         in next_in[avail_in], out next_out[avail_out]   // whose buffers are lent per call
//!     };
//!     inflateInit_(new strm as Inflater, …) -> ok = Z_OK;   // makes one
//!     inflate(io strm as Inflater);                // lends it and its buffers
//!     inflateReset(strm as Inflater);              // lends it (mutably)
//! }
//! ```
//!
//! Only the parameters that need a rule are listed; the others are covered by default
//! (values, strings, handles) or the function is not safe. This module is syntax only.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token, bracketed, parenthesized};

/// The whole section.
pub struct Safe {
    pub owned: Vec<OwnedDecl>,
    /// `borrowed T;`: handle types C lends.
    pub borrowed: Vec<Ident>,
    pub entries: Vec<Entry>,
    /// As written: what the expansion cache keys on.
    pub tokens: TokenStream,
}

/// `owned T by destroy [as Name];`, or `stream T by destroy as Name { buffers };`
pub struct OwnedDecl {
    /// The C type the handle points at.
    pub ty: Ident,
    pub destructor: Ident,
    /// The Rust name in `owned::`, when not the C type's.
    pub name: Option<Ident>,
    /// A stream: Rust allocates the record; these fields point at the buffers of a call.
    pub buffers: Option<Vec<BufferDecl>>,
}

/// `in next_in[avail_in]` / `out next_out[avail_out]`: a pointer field and its length field.
pub struct BufferDecl {
    pub input: bool,
    pub ptr: Ident,
    pub len: Ident,
}

/// The functions an entry is about.
pub enum Target {
    Name(Ident),
    /// `"sqlite3_column_*"`: every function matching, where its parameters are covered.
    Glob(LitStr),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(i) => i.span(),
            Target::Glob(l) => l.span(),
        }
    }
}

/// `f(specs) -> ret;`, or `unsafe f;`
pub struct Entry {
    /// `unsafe f;`: the function keeps its `unsafe fn`, whatever a glob or today's rule
    /// for values and strings would give it.
    pub never: bool,
    pub target: Target,
    pub params: Vec<ParamSpec>,
    pub ret: Option<RetSpec>,
}

/// How one parameter, by its wrapper name, crosses.
pub struct ParamSpec {
    pub name: Ident,
    pub kind: SpecKind,
}

pub enum SpecKind {
    /// `p[n]`: a slice, its length passed as `n`; `p[*n]`: its capacity passed through
    /// the pointer `n`, which C sets to the length it wrote (returned).
    Slice { len: Ident, through_pointer: bool },
    /// `out p`: C writes `*p`; the wrapper returns it.
    Out,
    /// `p?`: may be null (`Option`).
    Nullable,
    /// `mut p`: a handle lent mutably.
    Mut,
    /// `own p`: the function takes the handle over (frees it).
    Own,
    /// `p as Name`: the stream handle `Name`, lent mutably.
    As(Ident),
    /// `new p as Name`: a stream Rust allocates for the call to initialize, returned.
    New(Ident),
    /// `io p as Name`: the stream lent with its buffers, which the wrapper takes as slices.
    Io(Ident),
    /// `p = expr`: always this Rust expression.
    Fixed(TokenStream),
    /// `cb with data [kept [by destroy]]`: a Rust closure for a C callback and the `void *`
    /// it is given; lent for the call, or kept by C (leaked, or freed through `destroy`).
    Callback {
        data: Ident,
        kept: bool,
        destroy: Option<Ident>,
    },
}

pub enum RetSpec {
    /// `ok = A | B`: the result is a status; the wrapper returns `Result`.
    Ok {
        span: Span,
        values: Vec<TokenStream>,
    },
    /// `owned` or `owned T by destroy`: a handle the caller owns.
    Owned { span: Span, decl: Option<OwnedDecl> },
    /// `borrowed of p`: a handle borrowed from parameter `of` (`Option`: null is none).
    Borrowed { span: Span, of: Ident },
    /// `str of p` / `str? of p` / `static str` / `static str?`: a C string borrowed from
    /// parameter `of` (`None`: for the whole program).
    Str {
        span: Span,
        of: Option<Ident>,
        nullable: bool,
    },
}

impl Parse for Safe {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let tokens: TokenStream = input.fork().parse::<proc_macro2::Group>()?.stream();
        let content;
        syn::braced!(content in input);
        let mut safe = Safe {
            owned: Vec::new(),
            borrowed: Vec::new(),
            entries: Vec::new(),
            tokens,
        };
        // A mistake in one line is recorded and parsing resumes after its `;`.
        let mut errors = crate::errors::Errors::new();
        while !content.is_empty() {
            if let Err(e) = line(&content, &mut safe) {
                errors.push(e);
                super::skip_section(&content);
            }
        }
        errors.finish_with(safe)
    }
}

/// One `…;` of the section.
fn line(input: ParseStream, safe: &mut Safe) -> syn::Result<()> {
    if input.peek(Ident::peek_any) && is_word(input, "owned") && input.peek2(Ident) {
        input.parse::<Ident>()?;
        safe.owned.push(owned_decl(input)?);
    } else if is_word(input, "stream") && input.peek2(Ident) {
        input.parse::<Ident>()?;
        safe.owned.push(stream_decl(input)?);
    } else if is_word(input, "borrowed") && input.peek2(Ident) {
        input.parse::<Ident>()?;
        safe.borrowed.push(Ident::parse_any(input)?);
    } else {
        safe.entries.push(entry(input)?);
    }
    input.parse::<Token![;]>()?;
    Ok(())
}

fn is_word(input: ParseStream, word: &str) -> bool {
    input.fork().call(Ident::parse_any).is_ok_and(|i| i == word)
}

fn owned_decl(input: ParseStream) -> syn::Result<OwnedDecl> {
    let ty = Ident::parse_any(input)?;
    let by: Ident = input.parse()?;
    if by != "by" {
        return Err(syn::Error::new(
            by.span(),
            "expected `owned T by destroy;`: the function that frees a `T *`",
        ));
    }
    let destructor = Ident::parse_any(input)?;
    let name = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        Some(Ident::parse_any(input)?)
    } else {
        None
    };
    Ok(OwnedDecl {
        ty,
        destructor,
        name,
        buffers: None,
    })
}

/// `z_stream by inflateEnd as Inflater { in next_in[avail_in], out next_out[avail_out] }`
fn stream_decl(input: ParseStream) -> syn::Result<OwnedDecl> {
    let mut decl = owned_decl(input)?;
    if decl.name.is_none() {
        return Err(syn::Error::new(
            decl.ty.span(),
            "a stream needs a name of its own: `stream T by destroy as Name { … }`",
        ));
    }
    let content;
    syn::braced!(content in input);
    let mut buffers = Vec::new();
    while !content.is_empty() {
        let dir = Ident::parse_any(&content)?;
        if dir != "in" && dir != "out" {
            return Err(syn::Error::new(
                dir.span(),
                "expected `in field[len_field]` or `out field[len_field]`",
            ));
        }
        let ptr = Ident::parse_any(&content)?;
        let len;
        bracketed!(len in content);
        buffers.push(BufferDecl {
            input: dir == "in",
            ptr,
            len: Ident::parse_any(&len)?,
        });
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    decl.buffers = Some(buffers);
    Ok(decl)
}

fn entry(input: ParseStream) -> syn::Result<Entry> {
    let never = input.peek(Token![unsafe]);
    if never {
        input.parse::<Token![unsafe]>()?;
    }
    let target = if input.peek(LitStr) {
        Target::Glob(input.parse()?)
    } else {
        Target::Name(Ident::parse_any(input).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a function's name, a \"glob*\", or `owned T by destroy`",
            )
        })?)
    };
    let mut params = Vec::new();
    if input.peek(syn::token::Paren) {
        let content;
        parenthesized!(content in input);
        while !content.is_empty() {
            params.push(param_spec(&content)?);
            if !content.is_empty() {
                content.parse::<Token![,]>()?;
            }
        }
    }
    let ret = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        Some(ret_spec(input)?)
    } else {
        None
    };
    if never && (!params.is_empty() || ret.is_some()) {
        return Err(syn::Error::new(
            target.span(),
            "`unsafe f;` keeps `f` unsafe: it takes no rules",
        ));
    }
    Ok(Entry {
        never,
        target,
        params,
        ret,
    })
}

fn param_spec(input: ParseStream) -> syn::Result<ParamSpec> {
    let prefix = if input.peek(Token![mut]) {
        input.parse::<Token![mut]>()?;
        Some(SpecKind::Mut)
    } else if input.peek(Ident)
        && input.peek2(Ident)
        && ["out", "own", "new", "io"]
            .iter()
            .any(|w| is_word(input, w))
    {
        let word: Ident = input.parse()?;
        Some(match word.to_string().as_str() {
            "out" => SpecKind::Out,
            "own" => SpecKind::Own,
            // Completed by `as Name` below.
            "new" => SpecKind::New(word),
            _ => SpecKind::Io(word),
        })
    } else {
        None
    };
    let name = Ident::parse_any(input)?;
    let stream = |input: ParseStream| -> syn::Result<Ident> {
        input.parse::<Token![as]>().map_err(|_| {
            syn::Error::new(name.span(), format!("expected `{name} as StreamName`"))
        })?;
        Ident::parse_any(input)
    };
    match prefix {
        Some(SpecKind::New(_)) => {
            let kind = SpecKind::New(stream(input)?);
            return Ok(ParamSpec { name, kind });
        }
        Some(SpecKind::Io(_)) => {
            let kind = SpecKind::Io(stream(input)?);
            return Ok(ParamSpec { name, kind });
        }
        Some(kind) => return Ok(ParamSpec { name, kind }),
        None => {}
    }
    let kind = if input.peek(Token![as]) {
        SpecKind::As(stream(input)?)
    } else if input.peek(syn::token::Bracket) {
        let content;
        bracketed!(content in input);
        let through_pointer = content.peek(Token![*]);
        if through_pointer {
            content.parse::<Token![*]>()?;
        }
        let len = Ident::parse_any(&content)?;
        SpecKind::Slice {
            len,
            through_pointer,
        }
    } else if input.peek(Token![?]) {
        input.parse::<Token![?]>()?;
        SpecKind::Nullable
    } else if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        SpecKind::Fixed(until_comma(input)?)
    } else if is_word(input, "with") {
        input.parse::<Ident>()?;
        callback(input)?
    } else {
        return Err(syn::Error::new(
            name.span(),
            format!(
                "`{name}` needs a rule: `{name}[len]`, `{name}[*len]`, `out {name}`, `{name}?`, \
                 `mut {name}`, `own {name}`, `{name} = value`, `{name} with data` or, for a \
                 stream, `{name} as S`, `new {name} as S`, `io {name} as S` (parameters \
                 without one are covered by default, or not at all)"
            ),
        ));
    };
    Ok(ParamSpec { name, kind })
}

/// `with data [kept [by destroy]]`, after the callback's name.
fn callback(input: ParseStream) -> syn::Result<SpecKind> {
    let data = Ident::parse_any(input)?;
    let kept = is_word(input, "kept");
    let mut destroy = None;
    if kept {
        input.parse::<Ident>()?;
        if is_word(input, "by") {
            input.parse::<Ident>()?;
            destroy = Some(Ident::parse_any(input)?);
        }
    }
    Ok(SpecKind::Callback {
        data,
        kept,
        destroy,
    })
}

/// The tokens of a fixed argument: up to the next top-level `,` or the end.
fn until_comma(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    if tokens.is_empty() {
        return Err(input.error("expected a value after `=`"));
    }
    Ok(tokens)
}

fn ret_spec(input: ParseStream) -> syn::Result<RetSpec> {
    let word = Ident::parse_any(input)?;
    let span = word.span();
    match word.to_string().as_str() {
        "ok" => {
            input.parse::<Token![=]>()?;
            let mut values = vec![status_value(input)?];
            while input.peek(Token![|]) {
                input.parse::<Token![|]>()?;
                values.push(status_value(input)?);
            }
            Ok(RetSpec::Ok { span, values })
        }
        "owned" => {
            let decl = if input.peek(Ident::peek_any) && !input.peek(Token![;]) {
                Some(owned_decl(input)?)
            } else {
                None
            };
            Ok(RetSpec::Owned { span, decl })
        }
        "borrowed" => {
            let of_kw = Ident::parse_any(input)?;
            if of_kw != "of" {
                return Err(syn::Error::new(
                    of_kw.span(),
                    "expected `borrowed of param`",
                ));
            }
            Ok(RetSpec::Borrowed {
                span,
                of: Ident::parse_any(input)?,
            })
        }
        "static" | "str" => {
            if word == "static" {
                let str_kw = Ident::parse_any(input)?;
                if str_kw != "str" {
                    return Err(syn::Error::new(str_kw.span(), "expected `static str`"));
                }
            }
            let nullable = input.peek(Token![?]);
            if nullable {
                input.parse::<Token![?]>()?;
            }
            let of = if word == "str" {
                let of_kw = Ident::parse_any(input)?;
                if of_kw != "of" {
                    return Err(syn::Error::new(
                        of_kw.span(),
                        "expected `str of param`: the parameter the string is borrowed from",
                    ));
                }
                Some(Ident::parse_any(input)?)
            } else {
                None
            };
            Ok(RetSpec::Str { span, of, nullable })
        }
        _ => Err(syn::Error::new(
            span,
            "expected `ok = CONSTANT`, `owned`, `borrowed of param`, `str of param` or \
             `static str` after `->`",
        )),
    }
}

/// A status constant: a name (possibly a path) or an integer literal, maybe negative.
fn status_value(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    if input.peek(Token![-]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    tokens.extend([input.parse::<TokenTree>()?]);
    while input.peek(Token![::]) {
        tokens.extend([input.parse::<TokenTree>()?, input.parse::<TokenTree>()?]);
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_parses() {
        let s: Safe = syn::parse_str(
            r#"{
                owned sqlite3 by sqlite3_close;
                owned FILE by pclose as Pipe;
                crc32(buf[len]);
                compress2(dest[*destLen], source[sourceLen]) -> ok = Z_OK;
                sqlite3_open(out ppDb) -> ok = SQLITE_OK | SQLITE_DONE;
                sqlite3_errmsg -> str of arg0;
                sqlite3_libversion -> static str;
                sqlite3_column_text(mut arg0) -> str? of arg0;
                f(own h, p?, d = SQLITE_TRANSIENT(), x = -1) -> owned;
                g -> owned T by t_free;
                "sqlite3_column_*";
                borrowed sqlite3_value;
                sqlite3_column_value -> borrowed of arg0;
                e(cb with arg3, h with d kept, c with p kept by x);
            }"#,
        )
        .expect("parses");
        assert_eq!(s.owned.len(), 2);
        assert_eq!(s.borrowed.len(), 1);
        assert_eq!(s.entries.len(), 11);
        assert!(matches!(
            &s.entries[10].params[2].kind,
            SpecKind::Callback {
                kept: true,
                destroy: Some(_),
                ..
            }
        ));
        assert!(matches!(
            s.entries[0].params[0].kind,
            SpecKind::Slice {
                through_pointer: false,
                ..
            }
        ));
        assert!(matches!(
            s.entries[1].params[0].kind,
            SpecKind::Slice {
                through_pointer: true,
                ..
            }
        ));
        assert!(matches!(&s.entries[2].ret, Some(RetSpec::Ok { values, .. }) if values.len() == 2));
        assert!(matches!(s.entries[8].target, Target::Glob(_)));
    }

    #[test]
    fn a_parameter_without_a_rule_is_an_error() {
        let e = syn::parse_str::<Safe>("{ f(p); }").err().expect("refused");
        assert!(e.to_string().contains("`p` needs a rule"), "{e}");
    }
}
