//! What can go wrong at run time, each case naming what is missing and what to do.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// A library or symbol could not be loaded. Nothing is ever compiled at run time, so
/// every case says which file or symbol is missing rather than trying to build it.
///
/// `Clone`, so the error a library failed to open with can be returned by every `load()`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// A `mode shared` artifact is in none of the places searched.
    Missing {
        /// The artifact's file name, e.g. `libffi_demo_1234abcd5678ef90.so`.
        file: String,
        /// The content hash the binary expects.
        hash: String,
        /// Every path tried, in order.
        searched: Vec<PathBuf>,
        /// The environment variable that overrides the search.
        env_var: String,
    },
    /// A file with the artifact's name was found, but it was built from other C.
    Stale {
        /// The file that was opened.
        path: PathBuf,
        /// The hash compiled into this binary.
        expected: String,
        /// The hash the file carries (`None`: it carries no fingerprint at all).
        found: Option<String>,
    },
    /// The operating system could not open a library (`dlopen` failed).
    Open {
        /// The library name or path given to the loader.
        library: String,
        /// The loader's explanation.
        source: Arc<libloading::Error>,
    },
    /// The library opened, but does not define the symbol.
    Symbol {
        /// The symbol looked up.
        symbol: String,
        /// The library it was looked up in.
        library: String,
        /// The loader's explanation.
        source: Arc<libloading::Error>,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Missing {
                file,
                hash,
                searched,
                env_var,
            } => {
                write!(
                    f,
                    "the C artifact `{file}` (hash {hash}) was not found; looked in:"
                )?;
                for p in searched {
                    write!(f, "\n  {}", p.display())?;
                }
                write!(
                    f,
                    "\nffi_runtime never compiles C at run time: build with `cargo build` (which \
                     compiles it), then ship the file beside the executable or set {env_var} to \
                     its directory"
                )
            }
            Error::Stale {
                path,
                expected,
                found,
            } => write!(
                f,
                "the C artifact `{}` is stale: it was built from other C (hash {}), but this \
                 binary expects hash {expected}; ffi_runtime never compiles C at run time: ship \
                 the artifact that `cargo build` produced with this binary",
                path.display(),
                found
                    .as_deref()
                    .unwrap_or("none: the file carries no ffi fingerprint"),
            ),
            Error::Open { library, source } => {
                write!(f, "cannot open the C library `{library}`: {source}")
            }
            Error::Symbol {
                symbol,
                library,
                source,
            } => write!(
                f,
                "the C library `{library}` has no symbol `{symbol}`: {source}"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Open { source, .. } | Error::Symbol { source, .. } => Some(&**source),
            Error::Missing { .. } | Error::Stale { .. } => None,
        }
    }
}
