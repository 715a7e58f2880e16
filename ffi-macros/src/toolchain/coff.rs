//! COFF objects (mingw's and MSVC's) edited in the macro itself, as `elf` does for ELF:
//! symbols renamed through the string table, which ends the file, and the probe's
//! sections marked `IMAGE_SCN_LNK_REMOVE` so the linker leaves them out of the image
//! (their symbols made static).

use std::collections::HashMap;

const SYMBOL_SIZE: usize = 18;
const SECTION_SIZE: usize = 40;
const IMAGE_SYM_CLASS_EXTERNAL: u8 = 2;
const IMAGE_SYM_CLASS_STATIC: u8 = 3;
const IMAGE_SYM_CLASS_WEAK_EXTERNAL: u8 = 105;
const IMAGE_SCN_LNK_REMOVE: u32 = 0x800;

fn u16_at(b: &[u8], at: usize) -> Result<u16, String> {
    super::objects::le::<2>(b, at, "COFF").map(|v| v as u16)
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, String> {
    super::objects::le::<4>(b, at, "COFF").map(|v| v as u32)
}

/// Where the symbol table and the string table after it are.
struct Tables {
    symbols: usize,
    count: usize,
    strings: usize,
}

fn tables(b: &[u8]) -> Result<Tables, String> {
    // A big-object header starts with a zero machine and 0xffff sections.
    if u16_at(b, 0)? == 0 && u16_at(b, 2)? == 0xffff {
        return Err("big-object COFF files (`-mbig-obj`, `/bigobj`) are not supported".into());
    }
    let symbols = u32_at(b, 8)? as usize;
    let count = u32_at(b, 12)? as usize;
    Ok(Tables {
        symbols,
        count,
        strings: symbols + count * SYMBOL_SIZE,
    })
}

/// A symbol's or section's 8-byte name field, resolved through the string table.
fn name(b: &[u8], field: usize, long: Option<usize>, strings: usize) -> Result<&[u8], String> {
    let short = b
        .get(field..field + 8)
        .ok_or("a COFF name outside the file")?;
    let at = match long {
        Some(offset) => strings + offset,
        None => return Ok(short.split(|c| *c == 0).next().unwrap_or(short)),
    };
    b.get(at..)
        .and_then(|s| s.split(|c| *c == 0).next())
        .ok_or_else(|| "a COFF name outside the string table".into())
}

/// Renames every external symbol (definitions and references) named in `renames`.
pub fn rename_symbols(
    bytes: &mut Vec<u8>,
    renames: &HashMap<String, String>,
) -> Result<(), String> {
    let t = tables(bytes)?;
    let size = u32_at(bytes, t.strings)? as usize;
    if t.strings + size != bytes.len() {
        return Err("the COFF object's string table is not at its end".into());
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < t.count {
        let entry = t.symbols + i * SYMBOL_SIZE;
        let class = *bytes.get(entry + 16).ok_or("a short COFF symbol")?;
        let aux = *bytes.get(entry + 17).ok_or("a short COFF symbol")? as usize;
        i += 1 + aux;
        if class != IMAGE_SYM_CLASS_EXTERNAL && class != IMAGE_SYM_CLASS_WEAK_EXTERNAL {
            continue;
        }
        let long = (u32_at(bytes, entry)? == 0)
            .then(|| u32_at(bytes, entry + 4))
            .transpose()?;
        let old = name(bytes, entry, long.map(|l| l as usize), t.strings)?;
        let Some(new) = std::str::from_utf8(old).ok().and_then(|n| renames.get(n)) else {
            continue;
        };
        let at = (size + added.len()) as u32;
        bytes[entry..entry + 4].copy_from_slice(&[0; 4]);
        bytes[entry + 4..entry + 8].copy_from_slice(&at.to_le_bytes());
        added.extend_from_slice(new.as_bytes());
        added.push(0);
    }
    bytes.extend_from_slice(&added);
    let total = (size + added.len()) as u32;
    bytes[t.strings..t.strings + 4].copy_from_slice(&total.to_le_bytes());
    Ok(())
}

/// Leaves every section whose name starts with one of `prefixes` out of the image, and
/// makes the symbols defined in them static (so no DLL's automatic exports name them).
pub fn exclude_sections(bytes: &mut [u8], prefixes: &[&str]) -> Result<(), String> {
    let t = tables(bytes)?;
    let count = u16_at(bytes, 2)? as usize;
    let first = 20 + u16_at(bytes, 16)? as usize;
    let mut excluded = Vec::new();
    for s in 0..count {
        let header = first + s * SECTION_SIZE;
        // Long names are `/` and the string table offset in decimal.
        let field = bytes
            .get(header..header + 8)
            .ok_or("a short COFF section")?;
        let long = match field.strip_prefix(b"/") {
            Some(digits) => std::str::from_utf8(digits)
                .ok()
                .and_then(|d| d.trim_end_matches('\0').parse::<usize>().ok()),
            None => None,
        };
        let section_name = name(bytes, header, long, t.strings)?;
        if prefixes
            .iter()
            .any(|p| section_name.starts_with(p.as_bytes()))
        {
            let flags = u32_at(bytes, header + 36)? | IMAGE_SCN_LNK_REMOVE;
            bytes[header + 36..header + 40].copy_from_slice(&flags.to_le_bytes());
            // Symbols number sections from 1.
            excluded.push(s as u16 + 1);
        }
    }
    let mut i = 0;
    while i < t.count {
        let entry = t.symbols + i * SYMBOL_SIZE;
        let section = u16_at(bytes, entry + 12)?;
        if excluded.contains(&section) && bytes[entry + 16] == IMAGE_SYM_CLASS_EXTERNAL {
            bytes[entry + 16] = IMAGE_SYM_CLASS_STATIC;
        }
        i += 1 + *bytes.get(entry + 17).ok_or("a short COFF symbol")? as usize;
    }
    Ok(())
}
