//! ELF objects edited in the macro itself, so no binutils is needed: symbols renamed and
//! the probe's sections dropped from the link.
//!
//! Renaming never moves a symbol, so no relocation, group or index changes: the string
//! table is copied to the end of the file with the new names appended, and each renamed
//! symbol points at its new name. The probe's sections are marked `SHF_EXCLUDE`, which
//! every ELF linker (GNU ld, gold, lld, mold) honours by leaving them out of the output.

use std::collections::HashMap;

const SHT_SYMTAB: u32 = 2;
const SHF_EXCLUDE: u64 = 0x8000_0000;
const STB_LOCAL: u8 = 0;

/// How to read this object's fields: 32- or 64-bit, little- or big-endian.
#[derive(Clone, Copy)]
struct Class {
    wide: bool,
    little: bool,
}

impl Class {
    fn of(b: &[u8]) -> Result<Class, String> {
        if b.get(..4) != Some(b"\x7fELF") {
            return Err("not an ELF object".into());
        }
        let wide = match b.get(4) {
            Some(1) => false,
            Some(2) => true,
            _ => return Err("an ELF object of unknown class".into()),
        };
        let little = match b.get(5) {
            Some(1) => true,
            Some(2) => false,
            _ => return Err("an ELF object of unknown byte order".into()),
        };
        Ok(Class { wide, little })
    }

    fn uint(self, b: &[u8], at: usize, size: usize) -> Result<u64, String> {
        let s = b
            .get(at..at + size)
            .ok_or_else(|| format!("the ELF object ends at byte {at}"))?;
        let mut v = [0u8; 8];
        if self.little {
            v[..size].copy_from_slice(s);
            Ok(u64::from_le_bytes(v))
        } else {
            v[8 - size..].copy_from_slice(s);
            Ok(u64::from_be_bytes(v))
        }
    }

    fn put(self, b: &mut [u8], at: usize, size: usize, value: u64) {
        let bytes = match self.little {
            true => value.to_le_bytes()[..size].to_vec(),
            false => value.to_be_bytes()[8 - size..].to_vec(),
        };
        b[at..at + size].copy_from_slice(&bytes);
    }

    /// The size of an address-sized field.
    fn word(self) -> usize {
        if self.wide { 8 } else { 4 }
    }
}

/// One section header: where it is in the file, and the fields used here.
struct Section {
    header: usize,
    name: u64,
    kind: u64,
    offset: u64,
    size: u64,
    link: u64,
}

/// Offsets of `sh_flags`, `sh_offset`, `sh_size` and `sh_link` in a section header.
fn field_offsets(c: Class) -> [usize; 4] {
    match c.wide {
        true => [8, 24, 32, 40],
        false => [8, 16, 20, 24],
    }
}

fn sections(b: &[u8], c: Class) -> Result<Vec<Section>, String> {
    let (shoff, entsize, count) = match c.wide {
        true => (
            c.uint(b, 0x28, 8)?,
            c.uint(b, 0x3a, 2)?,
            c.uint(b, 0x3c, 2)?,
        ),
        false => (
            c.uint(b, 0x20, 4)?,
            c.uint(b, 0x2e, 2)?,
            c.uint(b, 0x30, 2)?,
        ),
    };
    let [_, offset, size, link] = field_offsets(c);
    (0..count as usize)
        .map(|i| {
            let header = shoff as usize + i * entsize as usize;
            Ok(Section {
                header,
                name: c.uint(b, header, 4)?,
                kind: c.uint(b, header + 4, 4)?,
                offset: c.uint(b, header + offset, c.word())?,
                size: c.uint(b, header + size, c.word())?,
                link: c.uint(b, header + link, 4)?,
            })
        })
        .collect()
}

/// The NUL-terminated string at `at` of the string table `table`.
fn string<'a>(b: &'a [u8], table: &Section, at: u64) -> Result<&'a [u8], String> {
    let start = (table.offset + at) as usize;
    let end = (table.offset + table.size) as usize;
    b.get(start..end)
        .and_then(|s| s.split(|c| *c == 0).next())
        .ok_or_else(|| "an ELF name lies outside its string table".into())
}

/// Renames every non-local symbol (definitions and references) named in `renames`.
pub fn rename_symbols(
    bytes: &mut Vec<u8>,
    renames: &HashMap<String, String>,
) -> Result<(), String> {
    let c = Class::of(bytes)?;
    let all = sections(bytes, c)?;
    let Some(symtab) = all.iter().find(|s| s.kind == u64::from(SHT_SYMTAB)) else {
        return Ok(()); // No symbols: nothing to rename.
    };
    let strtab = all
        .get(symtab.link as usize)
        .ok_or("the ELF symbol table names no string table")?;
    let (entsize, info_at) = if c.wide { (24, 4) } else { (16, 12) };
    let mut table = bytes
        .get(strtab.offset as usize..(strtab.offset + strtab.size) as usize)
        .ok_or("the ELF string table lies outside the file")?
        .to_vec();
    let mut renamed = Vec::new();
    for i in 1..(symtab.size / entsize) as usize {
        let entry = symtab.offset as usize + i * entsize as usize;
        let bind = bytes.get(entry + info_at).copied().unwrap_or(0) >> 4;
        if bind == STB_LOCAL {
            continue;
        }
        let name = string(bytes, strtab, c.uint(bytes, entry, 4)?)?;
        let Some(new) = std::str::from_utf8(name).ok().and_then(|n| renames.get(n)) else {
            continue;
        };
        renamed.push((entry, table.len() as u64));
        table.extend_from_slice(new.as_bytes());
        table.push(0);
    }
    if renamed.is_empty() {
        return Ok(());
    }
    for (entry, at) in renamed {
        c.put(bytes, entry, 4, at);
    }
    // The table moves to the end of the file; its old bytes stay, unreferenced.
    let [_, offset, size, _] = field_offsets(c);
    let moved = bytes.len() as u64;
    bytes.extend_from_slice(&table);
    c.put(bytes, strtab.header + offset, c.word(), moved);
    c.put(bytes, strtab.header + size, c.word(), table.len() as u64);
    Ok(())
}

/// Leaves every section whose name starts with one of `prefixes` out of the link.
pub fn exclude_sections(bytes: &mut [u8], prefixes: &[&str]) -> Result<(), String> {
    let c = Class::of(bytes)?;
    let all = sections(bytes, c)?;
    let shstrndx = match c.wide {
        true => c.uint(bytes, 0x3e, 2)?,
        false => c.uint(bytes, 0x32, 2)?,
    };
    let names = all
        .get(shstrndx as usize)
        .ok_or("the ELF object has no section names")?;
    let [flags, ..] = field_offsets(c);
    for s in &all {
        let name = string(bytes, names, s.name)?;
        if prefixes.iter().any(|p| name.starts_with(p.as_bytes())) {
            let old = c.uint(bytes, s.header + flags, c.word())?;
            c.put(bytes, s.header + flags, c.word(), old | SHF_EXCLUDE);
        }
    }
    Ok(())
}
