//! The cache of finished expansions, next to the artifacts.
//!
//! Every `cargo build`/`check` and every rust-analyzer pass re-expands unchanged blocks. An
//! entry is keyed by the block's content hash and this macro's own build; it records the
//! artifact the expansion names, the headers it read (a changed header is a miss: size and
//! mtime first, the content hash when they differ) and the front end's notes (which carry
//! spans, so they are rebuilt rather than cached as tokens).

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::input::Block;
use crate::model::Note;
use crate::toolchain::hash::Hasher;
use crate::toolchain::{self, Artifact, compile};

/// Turns a cached expansion back into tokens. The proc-macro entry point hands the text
/// straight to rustc's lexer; proc-macro2's `FromStr` would first re-lex all of it with its
/// own (in dev builds unoptimized) lexer, which made warm expansions 4x slower.
pub type Lexer<'a> = &'a dyn Fn(&str) -> Option<TokenStream>;

pub struct Entry {
    pub items: TokenStream,
    pub notes: Vec<Note>,
    /// The artifact's link name and hash.
    pub art: Artifact,
    /// Header files read, with what they were when the expansion was made.
    pub files: Vec<Dep>,
}

/// A file an expansion depends on, as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Dep {
    pub path: PathBuf,
    pub size: u64,
    pub mtime: (u64, u32),
    pub hash: String,
}

impl Dep {
    pub fn of(path: &Path) -> Option<Dep> {
        let meta = std::fs::metadata(path).ok()?;
        let bytes = std::fs::read(path).ok()?;
        Some(Dep {
            path: path.to_path_buf(),
            size: meta.len(),
            mtime: mtime(&meta),
            hash: content_hash(&bytes),
        })
    }

    /// Whether the file is as recorded; its content decides when size or mtime changed.
    fn unchanged(&self) -> bool {
        let Ok(meta) = std::fs::metadata(&self.path) else {
            return false;
        };
        if meta.len() == self.size && mtime(&meta) == self.mtime {
            return true;
        }
        std::fs::read(&self.path).is_ok_and(|b| content_hash(&b) == self.hash)
    }
}

fn mtime(meta: &std::fs::Metadata) -> (u64, u32) {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos()))
}

fn content_hash(bytes: &[u8]) -> String {
    let mut h = Hasher::new();
    h.bytes("content", bytes);
    h.finish_hex()
}

/// `<link dir>/expansions/<key>.rs`: the key adds this macro's build and the block's shape
/// to the content hash (headers aside: an entry checks those itself).
pub fn path(link_dir: &Path, block: &Block, key: &Artifact) -> PathBuf {
    let mut h = Hasher::new();
    h.field("artifact", &key.hash);
    h.field("lib_name", &key.lib_name);
    h.field("macro", env!("FFI_MACROS_FINGERPRINT"));
    // The safe wrappers change the expansion, not the C.
    if let Some(safe) = &block.safe {
        h.field("safe", &safe.tokens.to_string());
    }
    h.field(
        "in_place",
        if block.module.is_none() { "yes" } else { "no" },
    );
    link_dir
        .join("expansions")
        .join(format!("{}.rs", h.finish_hex()))
}

/// The entry at `path`, if it is whole and its headers are unchanged.
pub fn load(path: &Path, lex: Lexer) -> Option<Entry> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut art = None;
    let mut files = Vec::new();
    let mut notes = Vec::new();
    let mut rest = text.as_str();
    loop {
        let (line, after) = rest.split_once('\n')?;
        rest = after;
        let (tag, value) = line.split_once(' ')?;
        match tag {
            "art" => {
                let mut fields = value.splitn(3, ' ');
                let (lib_name, hash, shared_file) =
                    (fields.next()?, fields.next()?, fields.next()?);
                let symbol_prefix = toolchain::symbols::prefix(hash.get(..16)?);
                art = Some(Artifact {
                    hash: hash.to_string(),
                    lib_name: lib_name.to_string(),
                    symbol_prefix,
                    shared_file: shared_file.to_string(),
                });
            }
            "dep" => files.push(parse_dep(value)?),
            "note" => {
                let (line, message) = value.split_once('\t')?;
                notes.push(Note {
                    line: line.parse().ok()?,
                    message: message.to_string(),
                });
            }
            "tokens" => {
                // A truncated file is ignored, never lexed.
                let tokens = rest.get(..value.parse::<usize>().ok()?)?;
                if !files.iter().all(Dep::unchanged) {
                    return None;
                }
                return Some(Entry {
                    items: lex(tokens)?,
                    notes,
                    art: art?,
                    files,
                });
            }
            _ => return None,
        }
    }
}

fn parse_dep(value: &str) -> Option<Dep> {
    let mut parts = value.splitn(4, ' ');
    let size = parts.next()?.parse().ok()?;
    let (secs, nanos) = parts.next()?.split_once('.')?;
    let hash = parts.next()?.to_string();
    Some(Dep {
        size,
        mtime: (secs.parse().ok()?, nanos.parse().ok()?),
        hash,
        path: PathBuf::from(parts.next()?),
    })
}

/// Best effort: a failure to cache costs only time on the next expansion.
pub fn store(path: &Path, entry: &Entry) {
    let tokens = entry.items.to_string();
    let art = &entry.art;
    let mut text = format!("art {} {} {}\n", art.lib_name, art.hash, art.shared_file);
    for d in &entry.files {
        text.push_str(&format!(
            "dep {} {}.{} {} {}\n",
            d.size,
            d.mtime.0,
            d.mtime.1,
            d.hash,
            d.path.display()
        ));
    }
    for n in &entry.notes {
        text.push_str(&format!(
            "note {}\t{}\n",
            n.line,
            n.message.replace('\n', " ")
        ));
    }
    text.push_str(&format!("tokens {}\n{tokens}", tokens.len()));
    let _ = compile::write_atomically(path, text.as_bytes());
}
