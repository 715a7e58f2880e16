//! The C model: what a cdef (or an allowed part of a header) declares, independent of both
//! lang-c's AST and the Rust we emit.
//!
//! The front end builds it; the toolchain stage fills in what only the compiler knows
//! (layouts, values, which symbol each function is); the expand stage reads only this.

/// Declares `Prim` and `Prim::ALL` from one list, so the two cannot drift apart.
macro_rules! prims {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A C scalar type that maps to one fixed Rust type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prim {
            $($(#[$doc])* $name,)*
        }

        impl Prim {
            pub const ALL: &[Prim] = &[$(Prim::$name,)*];
        }
    };
}

prims! {
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
    /// Opaque to Rust: its bytes are kept, arithmetic needs C.
    LongDouble,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    Size,
    SSize,
    PtrDiff,
    IntPtr,
    UIntPtr,
    WChar,
    Char16,
    Char32,
    IntLeast8,
    IntLeast16,
    IntLeast32,
    IntLeast64,
    UIntLeast8,
    UIntLeast16,
    UIntLeast32,
    UIntLeast64,
    IntFast8,
    IntFast16,
    IntFast32,
    IntFast64,
    UIntFast8,
    UIntFast16,
    UIntFast32,
    UIntFast64,
    IntMax,
    UIntMax,
}

impl Prim {
    pub fn is_float(self) -> bool {
        matches!(self, Prim::Float | Prim::Double | Prim::LongDouble)
    }

    /// The standard header that names this type; `None` for C's keyword types.
    pub fn c_header(self) -> Option<&'static str> {
        use Prim::*;
        match self {
            Bool | Char | SChar | UChar | Short | UShort | Int | UInt | Long | ULong | LongLong
            | ULongLong | Float | Double | LongDouble => None,
            Size | PtrDiff | WChar => Some("stddef.h"),
            SSize => Some("sys/types.h"),
            Char16 | Char32 => Some("uchar.h"),
            _ => Some("stdint.h"),
        }
    }

    /// The C spelling, used in glue and in probes.
    pub fn c_name(self) -> &'static str {
        use Prim::*;
        match self {
            Bool => "_Bool",
            Char => "char",
            SChar => "signed char",
            UChar => "unsigned char",
            Short => "short",
            UShort => "unsigned short",
            Int => "int",
            UInt => "unsigned int",
            Long => "long",
            ULong => "unsigned long",
            LongLong => "long long",
            ULongLong => "unsigned long long",
            Float => "float",
            Double => "double",
            LongDouble => "long double",
            I8 => "int8_t",
            I16 => "int16_t",
            I32 => "int32_t",
            I64 => "int64_t",
            U8 => "uint8_t",
            U16 => "uint16_t",
            U32 => "uint32_t",
            U64 => "uint64_t",
            Size => "size_t",
            SSize => "ssize_t",
            PtrDiff => "ptrdiff_t",
            IntPtr => "intptr_t",
            UIntPtr => "uintptr_t",
            WChar => "wchar_t",
            Char16 => "char16_t",
            Char32 => "char32_t",
            IntLeast8 => "int_least8_t",
            IntLeast16 => "int_least16_t",
            IntLeast32 => "int_least32_t",
            IntLeast64 => "int_least64_t",
            UIntLeast8 => "uint_least8_t",
            UIntLeast16 => "uint_least16_t",
            UIntLeast32 => "uint_least32_t",
            UIntLeast64 => "uint_least64_t",
            IntFast8 => "int_fast8_t",
            IntFast16 => "int_fast16_t",
            IntFast32 => "int_fast32_t",
            IntFast64 => "int_fast64_t",
            UIntFast8 => "uint_fast8_t",
            UIntFast16 => "uint_fast16_t",
            UIntFast32 => "uint_fast32_t",
            UIntFast64 => "uint_fast64_t",
            IntMax => "intmax_t",
            UIntMax => "uintmax_t",
        }
    }

    /// The type a cdef may name without declaring it.
    pub fn predeclared(name: &str) -> Option<Prim> {
        Prim::ALL
            .iter()
            .copied()
            .filter(|p| p.c_name().ends_with("_t"))
            .find(|p| p.c_name() == name)
            .or(match name {
                "bool" => Some(Prim::Bool),
                _ => None,
            })
    }
}

/// Opaque types every cdef may name without declaring them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    File,
    VaList,
}

/// How long an array is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ArrayLen {
    Known(u64),
    /// `T name[]`: a flexible array member or an extern array of unknown size.
    Unknown,
    /// `T name[...]`: the compiler says (resolved by the probe before expansion).
    Probed,
}

/// `const` and `volatile` on an object or on what a pointer points at. Rust types show
/// only `const` (`*const T`); C spellings (glue, probes) need both to name the compiler's
/// type (sqlite3's `void volatile **` is not `void **`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Quals {
    pub is_const: bool,
    pub is_volatile: bool,
}

impl Quals {
    pub const NONE: Quals = Quals {
        is_const: false,
        is_volatile: false,
    };

    pub fn constness(is_const: bool) -> Quals {
        Quals {
            is_const,
            ..Quals::NONE
        }
    }

    /// `const `, `volatile `, both, or nothing.
    pub fn c_prefix(self) -> &'static str {
        match (self.is_const, self.is_volatile) {
            (false, false) => "",
            (true, false) => "const ",
            (false, true) => "volatile ",
            (true, true) => "const volatile ",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Void,
    Prim(Prim),
    Builtin(Builtin),
    /// A pointer; `quals` qualify what it points at.
    Ptr {
        pointee: Box<Ty>,
        quals: Quals,
    },
    Array(Box<Ty>, ArrayLen),
    /// A function type: only ever behind a pointer or a typedef.
    Fn(Box<FnSig>),
    /// A typedef declared in the cdef.
    Typedef(String),
    /// A struct or union, by its Rust name (see [`Record::name`]).
    Record(String),
    Enum(String),
}

impl Ty {
    /// Calls `f` on this type and every type inside it (pointees, elements, signatures).
    pub fn walk(&self, f: &mut dyn FnMut(&Ty)) {
        f(self);
        match self {
            Ty::Ptr { pointee, .. } => pointee.walk(f),
            Ty::Array(elem, _) => elem.walk(f),
            Ty::Fn(sig) => sig.walk(f),
            _ => {}
        }
    }

    pub fn ptr(pointee: Ty, const_pointee: bool) -> Ty {
        Ty::qualified_ptr(pointee, Quals::constness(const_pointee))
    }

    pub fn qualified_ptr(pointee: Ty, quals: Quals) -> Ty {
        Ty::Ptr {
            pointee: Box::new(pointee),
            quals,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: Option<String>,
    pub ty: Ty,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FnSig {
    pub ret: Ty,
    pub params: Vec<Param>,
    pub variadic: bool,
    /// A pointed-to function type's `__stdcall` on 32-bit x86 (a declared function's own
    /// convention is [`Contract::stdcall`]).
    pub stdcall: bool,
}

impl FnSig {
    /// The result's type, then each parameter's: what crosses the call by value.
    pub fn value_types(&self) -> impl Iterator<Item = &Ty> {
        std::iter::once(&self.ret).chain(self.params.iter().map(|p| &p.ty))
    }

    pub fn walk(&self, f: &mut dyn FnMut(&Ty)) {
        self.ret.walk(f);
        for p in &self.params {
            p.ty.walk(f);
        }
    }

    /// The parameters' names in wrappers and `safe` annotations: the C names where given
    /// and unique, else `argN`.
    pub fn param_names(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for (i, p) in self.params.iter().enumerate() {
            let name = match &p.name {
                Some(n) if !seen.contains(n) && n != "ret" => n.clone(),
                _ => format!("arg{i}"),
            };
            seen.push(name);
        }
        seen
    }

    /// The same signature with parameter names dropped, for comparing declarations.
    pub fn unnamed(&self) -> FnSig {
        FnSig {
            ret: self.ret.clone(),
            params: self
                .params
                .iter()
                .map(|p| Param {
                    name: None,
                    ty: p.ty.clone(),
                })
                .collect(),
            variadic: self.variadic,
            stdcall: self.stdcall,
        }
    }

    /// `ret f(void)`.
    pub fn nullary(ret: Ty) -> FnSig {
        FnSig {
            ret,
            params: Vec::new(),
            variadic: false,
            stdcall: false,
        }
    }
}

/// Where something was declared, for error messages and doc comments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    /// 1-based line inside the cdef (or, for header items, inside the header).
    pub line: usize,
    /// The declaration as the user wrote it, whitespace folded.
    pub text: String,
    /// For items read from `headers`: the header file it came from.
    pub header: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub sig: FnSig,
    /// `__asm__("name")`: the symbol C code links against.
    pub asm_name: Option<String>,
    /// The symbol Rust calls, once known: the C symbol itself (library functions, ABI
    /// mode), or one in the block's artifact (renamed definitions, glue wrappers).
    pub symbol: Option<String>,
    /// Why the artifact wraps it, once the probe has decided (API mode); `None` when Rust
    /// calls the function itself.
    pub wrapped: Option<Wrap>,
    /// Parameters the cdef declares as pointers to `const` that C's declaration does not:
    /// C may write through them, so no safe wrapper lends them as shared references.
    pub c_writes: Vec<usize>,
    /// What its attributes promise about its pointers.
    pub contract: Contract,
    pub origin: Origin,
}

/// What a function's attributes promise about its pointers: GCC's `access`, `nonnull`,
/// `returns_nonnull` and `malloc(dealloc, n)`, clang's `counted_by`/`sized_by`. Indices
/// are 0-based parameter positions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contract {
    /// Sized accesses only: one without a size bounds nothing from above.
    pub accesses: Vec<Access>,
    /// The parameters that must not be null; `Some(empty)`: every pointer parameter.
    pub nonnull: Option<Vec<usize>>,
    pub returns_nonnull: bool,
    /// The function that frees the result, and the parameter that takes it.
    pub dealloc: Option<(String, usize)>,
    /// `__stdcall` on 32-bit x86 (the attribute is dropped elsewhere): Rust calls it as
    /// `extern "stdcall"`, or through the glue in API mode.
    pub stdcall: bool,
}

impl Contract {
    /// Adds what a repeated declaration of the same function promises (C merges a
    /// function's attributes over its declarations).
    pub fn merge(&mut self, other: Contract) {
        for a in other.accesses {
            if !self.accesses.contains(&a) {
                self.accesses.push(a);
            }
        }
        self.add_nonnull(other.nonnull);
        self.returns_nonnull |= other.returns_nonnull;
        self.stdcall |= other.stdcall;
        self.dealloc = self.dealloc.take().or(other.dealloc);
    }

    /// Adds `nonnull(…)` parameters; an empty list (every pointer) stays empty.
    pub fn add_nonnull(&mut self, more: Option<Vec<usize>>) {
        self.nonnull = match (self.nonnull.take(), more) {
            (Some(a), Some(b)) if a.is_empty() || b.is_empty() => Some(Vec::new()),
            (Some(mut a), Some(b)) => {
                a.extend(b);
                Some(a)
            }
            (a, b) => a.or(b),
        };
    }

    /// Whether parameter `i` may be null, as far as the attributes say.
    pub fn nullable(&self, i: usize) -> Option<bool> {
        self.nonnull
            .as_ref()
            .map(|list| !list.is_empty() && !list.contains(&i))
    }
}

/// `access(mode, ptr, size)`: the function reads or writes at most `size` elements (bytes
/// for `void *`) through `ptr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub ptr: usize,
    pub size: usize,
    pub writes: bool,
    /// `sized_by`: `size` counts bytes whatever `ptr` points at.
    pub bytes: bool,
}

/// Why a function is called through a glue wrapper with the cdef's signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    /// A function-like macro: only C code can expand it.
    Macro,
    /// Defined `static` (or `static inline`): it has no symbol outside its file.
    Static,
    /// It takes or returns what Rust cannot pass as C does (`long double`, opaque values).
    Crossing,
    /// The cdef's signature differs from the C declaration's; the wrapper converts as a C
    /// call would (CFFI's API mode).
    Converts,
    /// `__stdcall` on 32-bit x86: Rust calls the glue as C, and C calls it as declared.
    Stdcall,
}

impl Function {
    /// The ABI Rust calls it with: `stdcall` only where it calls a `__stdcall` function
    /// itself (ABI mode); the glue's wrappers are C's.
    pub fn abi(&self) -> &'static str {
        match self.contract.stdcall && self.wrapped.is_none() {
            true => "stdcall",
            false => "C",
        }
    }

    /// A function as the cdef declares it, before anything is known of its C.
    pub fn new(name: String, sig: FnSig, asm_name: Option<String>, origin: Origin) -> Self {
        Function {
            name,
            sig,
            asm_name,
            symbol: None,
            wrapped: None,
            c_writes: Vec::new(),
            contract: Contract::default(),
            origin,
        }
    }

    /// The symbol the C name stands for when nothing renames it.
    pub fn c_symbol(&self) -> &str {
        self.asm_name.as_deref().unwrap_or(&self.name)
    }

    /// Whether C reads `const char *` parameter `i` only up to its NUL, so a `&CStr` may
    /// be lent as it: C's declaration does not let it write there, and no other parameter
    /// sizes it.
    pub fn reads_string(&self, cdef: &Cdef, i: usize) -> bool {
        !self.c_writes.contains(&i) && !self.sized_buffer(cdef, i)
    }

    /// Whether pointer parameter `i` is a buffer another parameter sizes rather than a
    /// NUL-terminated string: an `access` attribute says so, or the next parameter is a
    /// `size_t`/`ssize_t`, or an integer named as a length (`const char *input, int
    /// input_size`). C reads that many bytes, past the NUL of a `&CStr` lent as it.
    fn sized_buffer(&self, cdef: &Cdef, i: usize) -> bool {
        if self.contract.accesses.iter().any(|a| a.ptr == i) {
            return true;
        }
        let Some(next) = self.sig.params.get(i + 1) else {
            return false;
        };
        let Ty::Prim(p) = cdef.resolve(&next.ty) else {
            return false;
        };
        let named_a_length = next.name.as_deref().is_some_and(|n| {
            let n = n.to_ascii_lowercase();
            n == "n"
                || ["len", "size", "byte", "count"]
                    .iter()
                    .any(|w| n.contains(w))
        });
        matches!(p, Prim::Size | Prim::SSize) || !p.is_float() && named_a_length
    }
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
    pub is_const: bool,
    pub asm_name: Option<String>,
    pub origin: Origin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Struct,
    Union,
}

impl RecordKind {
    pub fn keyword(self) -> &'static str {
        match self {
            RecordKind::Struct => "struct",
            RecordKind::Union => "union",
        }
    }
}

/// Where a field lives in its record, as the compiler (API mode) or the target's ABI rules
/// (ABI mode) place it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Bytes { offset: u64, size: u64 },
    Bits(BitPlace),
}

/// A bit-field: the storage bytes it touches, and its bits in the integer those bytes form
/// in the target's byte order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BitPlace {
    /// First storage byte, from the start of the record.
    pub offset: u64,
    /// Storage bytes (at most 16).
    pub len: u64,
    pub shift: u32,
    pub width: u32,
}

impl Place {
    /// The first byte the field occupies.
    pub fn offset(self) -> u64 {
        match self {
            Place::Bytes { offset, .. } | Place::Bits(BitPlace { offset, .. }) => offset,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an unnamed bit-field (`int :3;`, padding); `anonN` for an anonymous member.
    pub name: String,
    pub ty: Ty,
    /// `unsigned a : 3`: the declared width.
    pub bits: Option<u32>,
    /// An anonymous struct or union member: its own members belong to the outer record.
    pub anonymous: bool,
    /// `__attribute__((aligned(N)))` on the field.
    pub align: Option<u64>,
    pub place: Option<Place>,
    pub line: usize,
}

impl Field {
    pub fn is_bitfield(&self) -> bool {
        self.bits.is_some()
    }
}

/// Size and alignment as the C compiler reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

#[derive(Clone, Debug)]
pub struct Record {
    pub kind: RecordKind,
    /// The Rust name: the tag, or the typedef name of an anonymous record, or
    /// `<outer>_<field>` / `<outer>_anonN` for an anonymous record inside another.
    pub name: String,
    /// How C code names it (`struct tm`, `z_stream`); `None` for records nested anonymously.
    pub c_spelling: Option<String>,
    /// `None`: declared but never defined (`struct s;`), an opaque type used behind pointers.
    pub fields: Option<Vec<Field>>,
    /// `struct s { ...; }`: fields come from the compiler.
    pub partial: bool,
    /// `__attribute__((packed))`.
    pub packed: bool,
    /// A `#pragma pack(N)` around the definition (a header's or the cdef's), where it
    /// aligns some member less than C otherwise would: `#[repr(C, packed(N))]`.
    pub pack: Option<u64>,
    /// `__attribute__((aligned(N)))` on the record.
    pub align: Option<u64>,
    /// Filled by the probe (API mode) or the layout rules (ABI mode).
    pub layout: Option<Layout>,
    pub origin: Origin,
}

impl Record {
    /// Whether Rust must pack it: `packed`, or a `#pragma pack` that lowers some member's
    /// alignment (a field may then sit unaligned).
    pub fn packs(&self) -> bool {
        self.packed || self.pack.is_some()
    }

    pub fn fields(&self) -> &[Field] {
        self.fields.as_deref().unwrap_or_default()
    }

    /// Whether Rust's `#[repr(C)]` of the fields alone cannot reproduce the layout, so the
    /// expansion places every field at its known offset, with explicit padding.
    pub fn needs_explicit_layout(&self) -> bool {
        self.partial
            || self
                .fields()
                .iter()
                .any(|f| f.is_bitfield() || f.align.is_some())
    }
}

#[derive(Clone, Debug)]
pub struct Enumerator {
    pub name: String,
    /// `None` until the probe fills it (`...` enums and `NAME = ...`).
    pub value: Option<i128>,
}

#[derive(Clone, Debug)]
pub struct Enum {
    pub name: String,
    pub c_spelling: Option<String>,
    pub enumerators: Vec<Enumerator>,
    /// `enum e { A, B, ... }`: values come from the compiler.
    pub partial: bool,
    /// A partial enum's integer type as the compiler has it (unlisted enumerators count).
    pub compiled_repr: Option<Prim>,
    pub origin: Origin,
}

impl Enum {
    /// The integer type GCC and Clang give an enum with these values.
    pub fn repr(&self) -> Prim {
        if let Some(p) = self.compiled_repr {
            return p;
        }
        let values = self.enumerators.iter().filter_map(|e| e.value);
        let (min, max) = values.fold((0i128, 0i128), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if min < 0 {
            if min >= i32::MIN as i128 && max <= i32::MAX as i128 {
                Prim::Int
            } else {
                Prim::Long
            }
        } else if max <= u32::MAX as i128 {
            Prim::UInt
        } else {
            Prim::ULong
        }
    }

    /// The type of the enumerators themselves: `int` when every value fits in one (C11
    /// 6.4.4.3, C23 6.7.2.2), otherwise the enum's own type (GCC's and C23's rule).
    pub fn constant_type(&self) -> Prim {
        let int = i32::MIN as i128..=i32::MAX as i128;
        match self
            .enumerators
            .iter()
            .filter_map(|e| e.value)
            .all(|v| int.contains(&v))
        {
            true => Prim::Int,
            false => self.repr(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypedefTarget {
    Ty(Ty),
    /// `typedef ... name;`: an opaque type of the compiler's size (`None` until probed;
    /// stays `None` for a type that is incomplete in C, usable only behind pointers).
    Opaque(Option<Layout>),
    /// `typedef int... name;` / `typedef float... name;`: an integer or floating type
    /// whose size (and signedness) the probe supplies.
    ProbedNumber {
        float: bool,
    },
}

#[derive(Clone, Debug)]
pub struct Typedef {
    pub name: String,
    pub target: TypedefTarget,
    pub origin: Origin,
    /// `t` is an integer or floating type, so a value of it holds no address: a `typedef
    /// int... t;`, or a `typedef ... t;` the compiler says is one (else it may be a pointer or
    /// a struct holding one).
    pub arithmetic: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// An integer and the C type it has.
    Int(i128, Prim),
    Float(f64, Prim),
    /// Bytes without the terminating NUL.
    Str(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstSource {
    /// `#define N 42` or `#define N (A | 0x10)`: known from the cdef alone. In API mode the
    /// compiler checks it wherever `source` defines the name too.
    Literal,
    /// `#define N ...`: value and type from the compiler.
    Probed,
    /// A header's `#define N <constant>`: value and type from the compiler, which is asked
    /// only what the front end's reading (the constant's `value` until the probe) needs.
    HeaderMacro,
    /// A header's `#define N 42` (one integer literal, maybe negated or parenthesized):
    /// typed by C's rules for literals, as the compiler types it. Nothing to ask.
    HeaderLiteral,
    /// `static const T N;` / `const T N;`: value from the compiler, typed as declared.
    ProbedTyped(Ty),
    /// `static const T N = value;`: known from the cdef, typed as declared.
    Typed(Ty),
}

#[derive(Clone, Debug)]
pub struct Constant {
    pub name: String,
    pub source: ConstSource,
    /// Filled from `source`, or by the probe.
    pub value: Option<ConstValue>,
    pub origin: Origin,
}

/// How a value crosses a function boundary between Rust and C.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Crossing {
    /// As C declares it.
    Direct,
    /// `long double`: as `double` (the glue converts; precision beyond `double` is lost).
    AsDouble,
    /// A type whose ABI class Rust cannot know (an opaque typedef, a record holding one or
    /// a `long double`): the glue passes it through a pointer.
    ByPointer,
}

/// A warning for the user that does not stop the build (`#pragma` ignored, …).
#[derive(Clone, Debug)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

/// Everything a cdef declares, in declaration order within each kind.
#[derive(Clone, Debug, Default)]
pub struct Cdef {
    pub functions: Vec<Function>,
    /// `extern "Rust"` declarations: functions C calls and Rust implements.
    pub rust_functions: Vec<Function>,
    /// The `extern "Rust+C"` / `"Python+C"` ones: callable by their C names from the
    /// block's other C files (`sources`) too.
    pub rust_also_c: Vec<String>,
    pub globals: Vec<Global>,
    pub records: Vec<Record>,
    pub enums: Vec<Enum>,
    pub typedefs: Vec<Typedef>,
    pub constants: Vec<Constant>,
    pub notes: Vec<Note>,
    /// Types an `include`d block defines (records, enums, typedefs by Rust name): known
    /// here, defined there.
    pub foreign: std::collections::BTreeSet<String>,
    /// Member names of header records that the headers also define as object-like macros
    /// (glibc's `#define si_pid _sifields._kill.si_pid`): questions about those members are
    /// asked with the macros suspended.
    pub macro_members: Vec<String>,
}

impl Cdef {
    pub fn record(&self, name: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.name == name)
    }

    pub fn typedef(&self, name: &str) -> Option<&Typedef> {
        self.typedefs.iter().find(|t| t.name == name)
    }

    pub fn enum_(&self, name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.name == name)
    }

    /// Whether two types are one type to C once every typedef in them (pointees,
    /// elements, signatures too) is followed: `long` and a `__time_t` that is `long`.
    /// Typedefs can share one type many times over (`t2` a function of two `t1`s, …), so
    /// the walk has a budget, and a comparison too large for it counts as different.
    pub fn same_type(&self, a: &Ty, b: &Ty) -> bool {
        let mut budget = 10_000u32;
        self.same_within(a, b, &mut budget, 0)
    }

    fn same_within(&self, a: &Ty, b: &Ty, budget: &mut u32, depth: usize) -> bool {
        if a == b {
            return true;
        }
        if *budget == 0 || depth > 64 {
            return false;
        }
        *budget -= 1;
        let mut same = |a: &Ty, b: &Ty| self.same_within(a, b, budget, depth + 1);
        match (self.resolve(a), self.resolve(b)) {
            (
                Ty::Ptr {
                    pointee: p,
                    quals: q,
                },
                Ty::Ptr {
                    pointee: r,
                    quals: s,
                },
            ) => q == s && same(p, r),
            (Ty::Array(e, n), Ty::Array(f, m)) => n == m && same(e, f),
            (Ty::Fn(f), Ty::Fn(g)) => {
                f.variadic == g.variadic
                    && f.stdcall == g.stdcall
                    && f.params.len() == g.params.len()
                    && same(&f.ret, &g.ret)
                    && (f.params.iter().zip(&g.params)).all(|(p, q)| same(&p.ty, &q.ty))
            }
            (a, b) => a == b,
        }
    }

    /// A record that holds a partial one by value (directly, in an array or as an anonymous
    /// member) takes its layout from the compiler too, as CFFI does: its size cannot follow
    /// from the cdef.
    pub fn propagate_partial(&mut self) {
        loop {
            let holds_partial = |r: &Record| {
                r.fields().iter().any(|f| {
                    let mut ty = self.resolve(&f.ty);
                    while let Ty::Array(elem, _) = ty {
                        ty = self.resolve(elem);
                    }
                    matches!(ty, Ty::Record(n) if self.record(n).is_some_and(|i| i.partial))
                })
            };
            let newly: Vec<usize> = (0..self.records.len())
                .filter(|&i| !self.records[i].partial && holds_partial(&self.records[i]))
                .collect();
            if newly.is_empty() {
                return;
            }
            for i in newly {
                self.records[i].partial = true;
            }
        }
    }

    /// Parameters of array type, a typedef's included (`typedef int foo_t[50]; int f(foo_t)`),
    /// are pointers to the element (C11 6.7.6.3), everywhere a signature appears. Run once
    /// every length is known (after the probe or the layout rules): a `[...]` typedef's
    /// element type is only complete then.
    pub fn decay_array_parameters(&mut self) {
        // `resolve` reads only the typedefs; the pass rewrites the rest.
        let view = Cdef {
            typedefs: self.typedefs.clone(),
            ..Cdef::default()
        };
        let decay = |ty: &mut Ty| decay_in(&view, ty);
        for f in self.functions.iter_mut().chain(&mut self.rust_functions) {
            decay_sig(&view, &mut f.sig);
        }
        for t in &mut self.typedefs {
            if let TypedefTarget::Ty(ty) = &mut t.target {
                decay(ty);
            }
        }
        for r in &mut self.records {
            for field in r.fields.iter_mut().flatten() {
                decay(&mut field.ty);
            }
        }
        for g in &mut self.globals {
            decay(&mut g.ty);
        }
    }

    /// Follows typedefs to the type they name (opaque typedefs stay themselves).
    pub fn resolve<'a>(&'a self, ty: &'a Ty) -> &'a Ty {
        let mut ty = ty;
        // A cycle is impossible in valid C, but the bound keeps bad input from hanging us.
        for _ in 0..64 {
            match ty {
                Ty::Typedef(name) => match self.typedef(name).map(|t| &t.target) {
                    Some(TypedefTarget::Ty(inner)) => ty = inner,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// Whether a value of this type can cross a function boundary by value as Rust sees
    /// it: false for opaque typedefs (Rust cannot know how C passes them), `long double`
    /// and records holding either, which API mode passes through pointers instead.
    pub fn passes_by_value(&self, ty: &Ty) -> bool {
        self.passes_by_value_depth(ty, 0)
    }

    fn passes_by_value_depth(&self, ty: &Ty, depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        match self.resolve(ty) {
            Ty::Prim(Prim::LongDouble) => false,
            Ty::Typedef(name) => !matches!(
                self.typedef(name).map(|t| &t.target),
                Some(TypedefTarget::Opaque(_) | TypedefTarget::ProbedNumber { .. })
            ),
            Ty::Record(name) => self.record(name).is_some_and(|r| {
                !r.partial
                    && r.fields()
                        .iter()
                        .all(|f| self.passes_by_value_depth(&f.ty, depth + 1))
            }),
            Ty::Array(elem, _) => self.passes_by_value_depth(elem, depth + 1),
            _ => true,
        }
    }

    /// Whether a value of this type holds a pointer (to data or code) at any depth: safe
    /// Rust can fill such a field with any address, so passing the value is `unsafe`.
    pub fn holds_pointer(&self, ty: &Ty) -> bool {
        self.holds_pointer_depth(ty, 0)
    }

    fn holds_pointer_depth(&self, ty: &Ty, depth: usize) -> bool {
        if depth > 64 {
            return true;
        }
        match self.resolve(ty) {
            Ty::Ptr { .. } | Ty::Fn(_) => true,
            // Opaque: unless the compiler says it is a number, it may be an address.
            Ty::Typedef(name) => self.typedef(name).is_none_or(|t| !t.arithmetic),
            Ty::Record(name) => self.record(name).is_some_and(|r| {
                r.fields()
                    .iter()
                    .any(|f| self.holds_pointer_depth(&f.ty, depth + 1))
            }),
            Ty::Array(elem, _) => self.holds_pointer_depth(elem, depth + 1),
            _ => false,
        }
    }

    /// How a value of this type crosses between Rust and C in API mode.
    pub fn crossing(&self, ty: &Ty) -> Crossing {
        match self.resolve(ty) {
            Ty::Void => Crossing::Direct,
            Ty::Prim(Prim::LongDouble) => Crossing::AsDouble,
            t if self.passes_by_value(t) => Crossing::Direct,
            _ => Crossing::ByPointer,
        }
    }

    /// Whether C can call Rust through what the cdef declares: an `extern "Rust"`
    /// function, or a function type anywhere (a callback C is given, and may keep and call
    /// during any later call). Where neither is, no wrapper has a caught panic to resume.
    pub fn can_call_rust(&self) -> bool {
        let mut found = !self.rust_functions.is_empty();
        for ty in self.declared_types() {
            ty.walk(&mut |t| found |= matches!(t, Ty::Fn(_)));
        }
        found
    }

    /// Every type something is declared with: functions' parameters and results, globals,
    /// typedefs, record fields.
    fn declared_types(&self) -> impl Iterator<Item = &Ty> {
        let functions = self.functions.iter().chain(&self.rust_functions);
        let typedefs = self.typedefs.iter().filter_map(|t| match &t.target {
            TypedefTarget::Ty(ty) => Some(ty),
            _ => None,
        });
        functions
            .flat_map(|f| f.sig.value_types())
            .chain(self.globals.iter().map(|g| &g.ty))
            .chain(typedefs)
            .chain(
                self.records
                    .iter()
                    .flat_map(|r| r.fields().iter().map(|f| &f.ty)),
            )
    }

    /// After reading on top of `seed` (what `include`d blocks declare): their functions,
    /// globals and constants are theirs to bind, so they go; their types stay, for this
    /// block's declarations to use, marked as defined there.
    pub fn take_foreign(&mut self, seed: &Cdef) {
        self.functions
            .retain(|f| !seed.functions.iter().any(|s| s.name == f.name));
        self.globals
            .retain(|g| !seed.globals.iter().any(|s| s.name == g.name));
        self.constants
            .retain(|c| !seed.constants.iter().any(|s| s.name == c.name));
        let enumerators = seed.enums.iter().flat_map(|e| &e.enumerators);
        self.foreign.extend(
            seed.records
                .iter()
                .map(|r| r.name.clone())
                .chain(seed.typedefs.iter().map(|t| t.name.clone()))
                .chain(seed.enums.iter().map(|e| e.name.clone()))
                .chain(enumerators.map(|e| e.name.clone()))
                .filter(|n| !n.is_empty()),
        );
    }

    /// Whether an `include`d block defines the enum, named or not (its enumerators are
    /// that block's too).
    pub fn is_foreign_enum(&self, e: &Enum) -> bool {
        let mut names = std::iter::once(&e.name).chain(e.enumerators.iter().map(|x| &x.name));
        names.any(|n| self.foreign.contains(n))
    }

    /// The names of the functions, globals and constants: what `sys` may hold a value under.
    pub fn value_names(&self) -> impl Iterator<Item = &str> {
        let functions = self.functions.iter().map(|f| f.name.as_str());
        let globals = self.globals.iter().map(|g| g.name.as_str());
        let constants = self.constants.iter().map(|c| c.name.as_str());
        functions.chain(globals).chain(constants)
    }

    /// The names of the functions, globals, constants, typedefs and records.
    pub fn item_names(&self) -> impl Iterator<Item = &str> {
        self.value_names()
            .chain(self.typedefs.iter().map(|t| t.name.as_str()))
            .chain(self.records.iter().map(|r| r.name.as_str()))
    }

    /// The first `typedef ... t;` that the signature passes or returns by value while the
    /// type has no size (ABI mode never learns it): such a function cannot be called.
    pub fn unsized_value<'a>(&'a self, sig: &'a FnSig) -> Option<&'a str> {
        sig.value_types().find_map(|t| match self.resolve(t) {
            Ty::Typedef(name) => self
                .typedef(name)
                .is_some_and(|t| t.target == TypedefTarget::Opaque(None))
                .then_some(name.as_str()),
            _ => None,
        })
    }

    /// Whether a function needs glue that converts its arguments or result.
    pub fn converts(&self, sig: &FnSig) -> bool {
        sig.value_types()
            .any(|t| self.crossing(t) != Crossing::Direct)
    }

    /// Whether every bit pattern of the type's size is a valid value of its Rust type, so
    /// reading it out of a union is safe (false for `bool`, Rust enums never occur).
    pub fn any_bits_valid(&self, ty: &Ty) -> bool {
        self.any_bits_valid_depth(ty, 0)
    }

    fn any_bits_valid_depth(&self, ty: &Ty, depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        match self.resolve(ty) {
            Ty::Prim(Prim::Bool) => false,
            Ty::Array(elem, _) => self.any_bits_valid_depth(elem, depth + 1),
            Ty::Record(name) => self.record(name).is_some_and(|r| {
                r.fields()
                    .iter()
                    .all(|f| f.bits.is_some() || self.any_bits_valid_depth(&f.ty, depth + 1))
            }),
            _ => true,
        }
    }
}

/// Decays the array parameters of `sig`, and of every signature inside its types.
fn decay_sig(view: &Cdef, sig: &mut FnSig) {
    decay_in(view, &mut sig.ret);
    for p in &mut sig.params {
        decay_in(view, &mut p.ty);
        if let Ty::Array(elem, _) = view.resolve(&p.ty) {
            p.ty = Ty::ptr((**elem).clone(), false);
        }
    }
}

/// Decays the array parameters of every signature inside `ty`.
fn decay_in(view: &Cdef, ty: &mut Ty) {
    match ty {
        Ty::Ptr { pointee, .. } => decay_in(view, pointee),
        Ty::Array(elem, _) => decay_in(view, elem),
        Ty::Fn(sig) => decay_sig(view, sig),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typedef(name: &str, ty: Ty) -> Typedef {
        Typedef {
            name: name.into(),
            target: TypedefTarget::Ty(ty),
            origin: Origin {
                line: 1,
                text: String::new(),
                header: None,
            },
            arithmetic: false,
        }
    }

    fn pointer_to_fn_of(t: &str) -> Ty {
        let param = || Param {
            name: None,
            ty: Ty::Typedef(t.into()),
        };
        Ty::Ptr {
            pointee: Box::new(Ty::Fn(Box::new(FnSig {
                ret: Ty::Void,
                params: vec![param(), param()],
                variadic: false,
                stdcall: false,
            }))),
            quals: Quals::NONE,
        }
    }

    #[test]
    fn same_type_follows_typedefs_inside_types() {
        let mut cdef = Cdef::default();
        cdef.typedefs
            .push(typedef("__time_t", Ty::Prim(Prim::Long)));
        cdef.typedefs
            .push(typedef("time_t", Ty::Typedef("__time_t".into())));
        let ptr = |ty: Ty| Ty::Ptr {
            pointee: Box::new(ty),
            quals: Quals::NONE,
        };
        assert!(cdef.same_type(
            &ptr(Ty::Typedef("time_t".into())),
            &ptr(Ty::Prim(Prim::Long))
        ));
        assert!(!cdef.same_type(
            &ptr(Ty::Typedef("time_t".into())),
            &ptr(Ty::Prim(Prim::Int))
        ));
    }

    /// `t1` a function of two `t0`s, `t2` of two `t1`s, …, and a `u` chain alike: the
    /// types share, and comparing `t40` with `u40` would visit 2^40 pairs. The budget
    /// ends it (as "not the same"); a type is the same as itself at once.
    #[test]
    fn same_type_ends_on_types_that_share_exponentially() {
        let mut cdef = Cdef::default();
        for chain in ["t", "u"] {
            cdef.typedefs
                .push(typedef(&format!("{chain}0"), Ty::Prim(Prim::Int)));
            for i in 1..=40 {
                let previous = format!("{chain}{}", i - 1);
                cdef.typedefs
                    .push(typedef(&format!("{chain}{i}"), pointer_to_fn_of(&previous)));
            }
        }
        let started = std::time::Instant::now();
        let (t40, u40) = (Ty::Typedef("t40".into()), Ty::Typedef("u40".into()));
        assert!(!cdef.same_type(&t40, &u40));
        assert!(cdef.same_type(&t40, &t40));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // Small enough for the budget, the two chains are one type.
        let (t5, u5) = (Ty::Typedef("t5".into()), Ty::Typedef("u5".into()));
        assert!(cdef.same_type(&t5, &u5));
    }
}
