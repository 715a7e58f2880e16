//! The cache of finished expansions, next to the artifacts.
//!
//! Every `cargo build`/`check` and every rust-analyzer pass re-expands unchanged blocks. An
//! entry is keyed by the block's content hash and this macro's own build; it records the
//! artifact the expansion names, the headers it read (a changed header is a miss: size and
//! mtime first, the content hash when they differ) and the front end's notes (which carry
//! spans, so they are rebuilt rather than cached as tokens).
//!
//! Entries no build has used for 30 days go when a block changes ([`sweep`], at most once
//! a day), with the static archives only they name.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use proc_macro2::TokenStream;

use crate::input::Block;
use crate::model::Note;
use crate::toolchain::hash::Hasher;
use crate::toolchain::{self, Artifact, Kind, compile};

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
            "art" => art = Some(parse_art(value)?),
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
                touch(path);
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

/// `art <lib name> <hash> <shared file>`.
fn parse_art(value: &str) -> Option<Artifact> {
    let mut fields = value.splitn(3, ' ');
    let (lib_name, hash, shared_file) = (fields.next()?, fields.next()?, fields.next()?);
    Some(Artifact {
        hash: hash.to_string(),
        lib_name: lib_name.to_string(),
        symbol_prefix: toolchain::symbols::prefix(hash.get(..16)?),
        shared_file: shared_file.to_string(),
    })
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
    // A new entry is a block that changed: the time to let go of what none uses (once a
    // day at most: a sweep opens every entry, and a cold build stores hundreds).
    let now = SystemTime::now();
    if let Some(link_dir) = path.parent().and_then(Path::parent)
        && sweep_due(link_dir, now)
    {
        sweep(link_dir, now);
    }
}

/// Whether a day has passed since the last sweep of `link_dir`, which the mtime of
/// `expansions/.swept` records; if so, it now records this one.
fn sweep_due(link_dir: &Path, now: SystemTime) -> bool {
    let marker = link_dir.join("expansions").join(".swept");
    let last = std::fs::metadata(&marker).and_then(|m| m.modified());
    let due = last.map_or(true, |t| {
        now.duration_since(t).is_ok_and(|age| age >= SWEEP_EVERY)
    });
    if due {
        let _ = std::fs::write(&marker, "");
    }
    due
}

/// How often the expansions are swept.
const SWEEP_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// How long an entry no build has used is kept. Each hit makes its entry new again; an
/// entry older than this belongs to a block edited since, a macro since rebuilt, or a
/// crate no longer built here.
const KEPT_UNUSED: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// Marks an entry used. Best effort: an entry that cannot be touched only goes sooner.
fn touch(path: &Path) {
    if let Ok(file) = std::fs::File::options().write(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Removes the entries in `<link dir>/expansions` that no build has used for
/// [`KEPT_UNUSED`], and each static archive that only they name: an archive a kept entry
/// names stays, whatever its age (two blocks alike, or one block under two macro builds,
/// share one). A built crate holds its archive's copy, so none needs the file again.
/// Shared objects stay: a binary cargo still counts as built loads its own at run time.
/// Every error is ignored: what stays costs only disk.
fn sweep(link_dir: &Path, now: SystemTime) {
    let Ok(dir) = std::fs::read_dir(link_dir.join("expansions")) else {
        return;
    };
    let mut kept = std::collections::HashSet::new();
    let mut stale = Vec::new();
    for e in dir.flatten() {
        let Some(art) = entry_artifact(&e.path()) else {
            continue;
        };
        let archive = toolchain::output_path(link_dir, &art, Kind::Static);
        let modified = e.metadata().and_then(|m| m.modified());
        let age = modified.ok().and_then(|t| now.duration_since(t).ok());
        if age.is_some_and(|a| a > KEPT_UNUSED) {
            stale.push((e.path(), archive));
        } else {
            kept.insert(archive);
        }
    }
    for (entry, archive) in stale {
        let _ = std::fs::remove_file(entry);
        if !kept.contains(&archive) {
            let _ = std::fs::remove_file(archive);
        }
    }
}

/// The artifact an entry names, from its first line.
fn entry_artifact(path: &Path) -> Option<Artifact> {
    use std::io::BufRead;
    let mut first = String::new();
    std::io::BufReader::new(std::fs::File::open(path).ok()?)
        .read_line(&mut first)
        .ok()?;
    parse_art(first.trim_end().strip_prefix("art ")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(24 * 60 * 60);

    /// An entry named `name` for library `lib`, last used `days` ago, and its archive.
    fn entry(link_dir: &Path, name: &str, lib: &str, days: u32, now: SystemTime) -> PathBuf {
        let path = link_dir.join("expansions").join(name);
        let hash = "0123456789abcdef0123456789abcdef";
        std::fs::write(&path, format!("art {lib} {hash} lib{lib}.so\ntokens 2\nfn"))
            .expect("write the entry");
        let file = std::fs::File::options().write(true).open(&path);
        file.and_then(|f| f.set_modified(now - DAY * days))
            .expect("date the entry");
        std::fs::write(link_dir.join(format!("lib{lib}.a")), "!<arch>\n").expect("archive");
        path
    }

    #[test]
    fn a_sweep_removes_entries_unused_for_a_month_and_the_archives_only_they_name() {
        let dir = std::env::temp_dir().join(format!("ffi-sweep-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("expansions")).expect("dir");
        let now = SystemTime::now();
        let fresh = entry(&dir, "fresh.rs", "ffi_a", 1, now);
        let old_alike = entry(&dir, "old_alike.rs", "ffi_a", 40, now);
        let old = entry(&dir, "old.rs", "ffi_b", 40, now);
        std::fs::write(dir.join("libffi_b.so"), "").expect("a shared object");
        // A hit makes an old entry new.
        let hit = entry(&dir, "hit.rs", "ffi_d", 40, now);
        assert!(load(&hit, &|t| t.parse().ok()).is_some());
        sweep(&dir, now);
        let exists = |p: &Path| p.exists();
        let outcome = [
            exists(&fresh),
            exists(&dir.join("libffi_a.a")),
            exists(&old_alike),
            exists(&old),
            exists(&dir.join("libffi_b.a")),
            exists(&dir.join("libffi_b.so")),
            exists(&hit),
            exists(&dir.join("libffi_d.a")),
        ];
        let _ = std::fs::remove_dir_all(&dir);
        // fresh, its archive (also the old alike's), the old alike gone, the old one and
        // its archive gone, its shared object kept, the hit and its archive kept.
        assert_eq!(outcome, [true, true, false, false, false, true, true, true]);
    }

    /// A sweep is due once a day: the first store sweeps, the next ones that day do not.
    #[test]
    fn a_sweep_is_due_once_a_day() {
        let dir = std::env::temp_dir().join(format!("ffi-sweep-due-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("expansions")).expect("dir");
        let now = SystemTime::now();
        let first = sweep_due(&dir, now);
        let again = sweep_due(&dir, now + DAY / 2);
        let next_day = sweep_due(&dir, now + DAY * 2);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!((first, again, next_day), (true, false, true));
    }
}
