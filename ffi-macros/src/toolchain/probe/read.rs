//! Reads the probe's answers out of the compiled object: the bytes at each table symbol,
//! and for the address table, the symbol each entry's relocation names.

use object::{BinaryFormat, Object, ObjectSection, ObjectSymbol, RelocationTarget, SymbolKind};

/// What the compiler answered.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub ints: Vec<u64>,
    pub floats: Vec<f64>,
    pub strings: Vec<Vec<u8>>,
    pub blobs: Vec<Vec<u8>>,
    /// Per address entry: the symbol its relocation names (`None`: no relocation, a macro).
    pub addresses: Vec<Option<SymbolRef>>,
    pub little_endian: bool,
}

/// A symbol an address resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymbolRef {
    pub name: String,
    pub linkage: Linkage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linkage {
    /// Not in this translation unit: a library's (or another object's) symbol.
    Undefined,
    /// Defined here with external linkage.
    Global,
    /// Defined here, `static` (or a section symbol standing for one).
    Local,
    /// A thread-local variable.
    ThreadLocal,
}

/// How many entries each table has.
pub struct Shape {
    pub ints: usize,
    pub floats: usize,
    pub strings: usize,
    pub blobs: usize,
    pub addresses: usize,
}

impl Answers {
    pub fn int(&self, slot: usize) -> u64 {
        self.ints.get(slot).copied().unwrap_or(0)
    }

    pub fn float(&self, slot: usize) -> f64 {
        self.floats.get(slot).copied().unwrap_or(0.0)
    }

    pub fn string(&self, slot: usize) -> &[u8] {
        self.strings.get(slot).map_or(&[], Vec::as_slice)
    }

    pub fn blob(&self, slot: usize) -> &[u8] {
        self.blobs.get(slot).map_or(&[], Vec::as_slice)
    }

    pub fn address(&self, slot: usize) -> Option<&SymbolRef> {
        self.addresses.get(slot).and_then(Option::as_ref)
    }
}

/// A symbol's C name: Mach-O (and 32-bit COFF) put `_` before every C name; a COFF
/// import of a DLL's function is `__imp_` and the name.
fn c_name<'a>(file: &object::File, raw: &'a str) -> &'a str {
    let underscored = match file.format() {
        BinaryFormat::MachO => true,
        // (`is_64()` is false for every COFF object.)
        BinaryFormat::Coff => file.architecture() == object::Architecture::I386,
        _ => false,
    };
    let raw = match file.format() {
        BinaryFormat::Coff => raw.strip_prefix("__imp_").unwrap_or(raw),
        _ => raw,
    };
    let name = match underscored {
        true => raw.strip_prefix('_').unwrap_or(raw),
        false => raw,
    };
    // 32-bit Windows decorates `__stdcall` names with their argument bytes: `_f@8`.
    match (
        underscored && file.format() == BinaryFormat::Coff,
        name.rsplit_once('@'),
    ) {
        (true, Some((base, bytes))) if bytes.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => name,
    }
}

fn find_symbol<'d, 'f>(file: &'f object::File<'d>, name: &str) -> Option<object::Symbol<'d, 'f>> {
    file.symbols()
        .find(|s| s.name().is_ok_and(|n| c_name(file, n) == name))
}

fn symbol_bytes<'d>(file: &object::File<'d>, name: &str) -> Result<&'d [u8], String> {
    let sym = find_symbol(file, name).ok_or_else(|| format!("the probe object has no `{name}`"))?;
    let section = sym
        .section_index()
        .and_then(|i| file.section_by_index(i).ok())
        .ok_or_else(|| format!("`{name}` has no section"))?;
    let data = section.data().map_err(|e| e.to_string())?;
    let start = (sym.address() - section.address()) as usize;
    let end = match sym.size() {
        // COFF and Mach-O symbols have no size: the data runs to the next symbol.
        0 => next_symbol(file, &sym).map_or(data.len(), |a| (a - section.address()) as usize),
        size => start + size as usize,
    };
    data.get(start..end)
        .ok_or_else(|| format!("`{name}` lies outside its section"))
}

/// Where the next symbol of the same section starts (each probe table has its own).
fn next_symbol(file: &object::File, sym: &object::Symbol) -> Option<u64> {
    file.symbols()
        .filter(|s| s.section_index() == sym.section_index() && s.address() > sym.address())
        .filter(|s| s.kind() != SymbolKind::Section)
        .map(|s| s.address())
        .min()
}

fn words(file: &object::File, name: &str) -> Result<Vec<u64>, String> {
    let little = file.is_little_endian();
    Ok(symbol_bytes(file, name)?
        .chunks_exact(8)
        .map(|c| {
            let b: [u8; 8] = c.try_into().unwrap_or_default();
            if little {
                u64::from_le_bytes(b)
            } else {
                u64::from_be_bytes(b)
            }
        })
        .collect())
}

/// Reads every table; an object that does not match the questions is an error.
pub fn answers(bytes: &[u8], shape: &Shape) -> Result<Answers, String> {
    let file =
        object::File::parse(bytes).map_err(|e| format!("cannot read the probe object: {e}"))?;
    let strings = (0..shape.strings)
        .map(|i| {
            let b = symbol_bytes(&file, &format!("__ffi_probe_s{i}"))?;
            Ok(b.strip_suffix(&[0]).unwrap_or(b).to_vec())
        })
        .collect::<Result<_, String>>()?;
    let blobs = (0..shape.blobs)
        .map(|i| Ok(symbol_bytes(&file, &format!("__ffi_probe_b{i}"))?.to_vec()))
        .collect::<Result<_, String>>()?;
    // A section without symbol sizes may end in alignment padding: only the entries asked
    // for count (the table's last, `0`, must be there too).
    let (mut ints, mut floats) = (
        words(&file, "__ffi_probe_i")?,
        words(&file, "__ffi_probe_f")?,
    );
    if ints.len() <= shape.ints || floats.len() <= shape.floats {
        return Err("the probe object's tables do not match its questions".into());
    }
    ints.truncate(shape.ints + 1);
    floats.truncate(shape.floats + 1);
    let answers = Answers {
        ints,
        floats: floats.into_iter().map(f64::from_bits).collect(),
        strings,
        blobs,
        addresses: addresses(&file, shape.addresses)?,
        little_endian: file.is_little_endian(),
    };
    Ok(answers)
}

/// The symbol each entry of `__ffi_probe_a` points at, from the relocations over it.
fn addresses(file: &object::File, count: usize) -> Result<Vec<Option<SymbolRef>>, String> {
    let mut out = vec![None; count];
    if count == 0 {
        return Ok(out);
    }
    let table =
        find_symbol(file, "__ffi_probe_a").ok_or("the probe object has no address table")?;
    let section = table
        .section_index()
        .and_then(|i| file.section_by_index(i).ok())
        .ok_or("the address table has no section")?;
    let width = match file.architecture().address_size() {
        Some(object::AddressSize::U64) => 8,
        _ => 4,
    };
    let start = table.address() - section.address();
    for (offset, reloc) in section.relocations() {
        let Some(index) = offset.checked_sub(start).map(|o| (o / width) as usize) else {
            continue;
        };
        let RelocationTarget::Symbol(sym) = reloc.target() else {
            continue;
        };
        let sym = file.symbol_by_index(sym).map_err(|e| e.to_string())?;
        let sym = match sym.kind() {
            SymbolKind::Section => {
                let data = section.data().map_err(|e| e.to_string())?;
                let addend = implicit_addend(file, data, offset, width) + reloc.addend();
                named_at(file, &sym, addend).unwrap_or(sym)
            }
            _ => sym,
        };
        if let Some(slot) = out.get_mut(index) {
            *slot = Some(symbol_ref(file, &sym));
        }
    }
    Ok(out)
}

/// The addend stored in the table entry itself (COFF and i386 ELF relocations keep it
/// there, not in the relocation).
fn implicit_addend(file: &object::File, data: &[u8], offset: u64, width: u64) -> i64 {
    let at = offset as usize;
    let Some(bytes) = data.get(at..at + width as usize) else {
        return 0;
    };
    let mut word = [0u8; 8];
    if file.is_little_endian() {
        word[..bytes.len()].copy_from_slice(bytes);
        i64::from_le_bytes(word)
    } else {
        word[8 - bytes.len()..].copy_from_slice(bytes);
        i64::from_be_bytes(word)
    }
}

/// A relocation against a section (i686 COFF's `.text` + offset for a global function):
/// the named symbol defined there, a global one first.
fn named_at<'d, 'f>(
    file: &'f object::File<'d>,
    section_symbol: &object::Symbol<'d, 'f>,
    addend: i64,
) -> Option<object::Symbol<'d, 'f>> {
    let at = section_symbol.address().wrapping_add_signed(addend);
    file.symbols()
        .filter(|s| s.section_index() == section_symbol.section_index() && s.address() == at)
        .filter(|s| s.kind() != SymbolKind::Section && s.kind() != SymbolKind::File)
        .max_by_key(|s| s.is_global())
}

fn symbol_ref(file: &object::File, sym: &object::Symbol) -> SymbolRef {
    let linkage = if sym.kind() == SymbolKind::Tls {
        Linkage::ThreadLocal
    } else if sym.is_undefined() {
        Linkage::Undefined
    } else if sym.is_global() {
        Linkage::Global
    } else {
        Linkage::Local
    };
    SymbolRef {
        name: c_name(file, sym.name().unwrap_or("")).to_string(),
        linkage,
    }
}
