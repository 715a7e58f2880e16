//! The C model: what a cdef declares, independent of both lang-c's AST and the Rust we emit.
//!
//! Every later stage (glue, probe, expansion) reads only this.

/// A C scalar type that maps to one fixed Rust type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prim {
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
}

impl Prim {
    pub fn is_float(self) -> bool {
        matches!(self, Prim::Float | Prim::Double)
    }

    pub const ALL: [Prim; 28] = [
        Prim::Bool,
        Prim::Char,
        Prim::SChar,
        Prim::UChar,
        Prim::Short,
        Prim::UShort,
        Prim::Int,
        Prim::UInt,
        Prim::Long,
        Prim::ULong,
        Prim::LongLong,
        Prim::ULongLong,
        Prim::Float,
        Prim::Double,
        Prim::I8,
        Prim::I16,
        Prim::I32,
        Prim::I64,
        Prim::U8,
        Prim::U16,
        Prim::U32,
        Prim::U64,
        Prim::Size,
        Prim::SSize,
        Prim::PtrDiff,
        Prim::IntPtr,
        Prim::UIntPtr,
        Prim::WChar,
    ];

    /// The C spelling, used in glue and in probes.
    pub fn c_name(self) -> &'static str {
        match self {
            Prim::Bool => "_Bool",
            Prim::Char => "char",
            Prim::SChar => "signed char",
            Prim::UChar => "unsigned char",
            Prim::Short => "short",
            Prim::UShort => "unsigned short",
            Prim::Int => "int",
            Prim::UInt => "unsigned int",
            Prim::Long => "long",
            Prim::ULong => "unsigned long",
            Prim::LongLong => "long long",
            Prim::ULongLong => "unsigned long long",
            Prim::Float => "float",
            Prim::Double => "double",
            Prim::I8 => "int8_t",
            Prim::I16 => "int16_t",
            Prim::I32 => "int32_t",
            Prim::I64 => "int64_t",
            Prim::U8 => "uint8_t",
            Prim::U16 => "uint16_t",
            Prim::U32 => "uint32_t",
            Prim::U64 => "uint64_t",
            Prim::Size => "size_t",
            Prim::SSize => "ssize_t",
            Prim::PtrDiff => "ptrdiff_t",
            Prim::IntPtr => "intptr_t",
            Prim::UIntPtr => "uintptr_t",
            Prim::WChar => "wchar_t",
        }
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

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Void,
    Prim(Prim),
    Builtin(Builtin),
    /// A pointer; `const_pointee` is the qualifier on what it points at.
    Ptr {
        pointee: Box<Ty>,
        const_pointee: bool,
    },
    Array(Box<Ty>, ArrayLen),
    /// A function type: only ever behind a pointer or a typedef.
    Fn(Box<FnSig>),
    /// A typedef declared in the cdef.
    Typedef(String),
    /// A struct, union or enum, by its Rust name (see [`Record::name`]).
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
        Ty::Ptr {
            pointee: Box::new(pointee),
            const_pointee,
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
}

impl FnSig {
    pub fn walk(&self, f: &mut dyn FnMut(&Ty)) {
        self.ret.walk(f);
        for p in &self.params {
            p.ty.walk(f);
        }
    }
}

/// Where in the cdef text something was declared, for error messages and doc comments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    /// 1-based line inside the cdef.
    pub line: usize,
    /// The declaration as the user wrote it, whitespace folded.
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub sig: FnSig,
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
    pub is_const: bool,
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

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    /// Set by the probe: where the compiler put this field, and how big it is there.
    pub offset: Option<u64>,
    pub size: Option<u64>,
    pub line: usize,
}

/// Size and alignment as the C compiler reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

#[derive(Clone, Debug)]
pub struct Record {
    pub kind: RecordKind,
    /// The Rust name: the tag, or the typedef name of an anonymous record, or
    /// `<outer>_<field>` for an anonymous record used as a field's type.
    pub name: String,
    /// How C code names it (`struct tm`, `z_stream`); `None` for anonymous field types.
    pub c_spelling: Option<String>,
    /// `None`: declared but never defined (`struct s;`), an opaque type used behind pointers.
    pub fields: Option<Vec<Field>>,
    /// `struct s { ...; }`: fields come from the compiler.
    pub partial: bool,
    /// Filled by the probe (partial records, and verified full records in API mode).
    pub layout: Option<Layout>,
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub struct Enumerator {
    pub name: String,
    /// `None` until the probe fills it (partial enums).
    pub value: Option<i128>,
}

#[derive(Clone, Debug)]
pub struct Enum {
    pub name: String,
    pub c_spelling: Option<String>,
    pub enumerators: Vec<Enumerator>,
    /// `enum e { A, B, ... }`: values come from the compiler.
    pub partial: bool,
    pub origin: Origin,
}

impl Enum {
    /// The integer type GCC and Clang give an enum with these values.
    pub fn repr(&self) -> Prim {
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
}

#[derive(Clone, Debug)]
pub enum TypedefTarget {
    Ty(Ty),
    /// `typedef ... name;`: an opaque type of the compiler's size.
    Opaque(Option<Layout>),
}

#[derive(Clone, Debug)]
pub struct Typedef {
    pub name: String,
    pub target: TypedefTarget,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// An integer and the C type it has.
    Int(i128, Prim),
    Float(f64, Prim),
    /// Bytes without the terminating NUL.
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
pub enum ConstSource {
    /// `#define N 42`: the value is known from the cdef alone.
    Literal,
    /// `#define N ...`: value and type from the compiler.
    Probed,
    /// `static const T N;`: value from the compiler, typed as declared.
    ProbedTyped(Ty),
}

#[derive(Clone, Debug)]
pub struct Constant {
    pub name: String,
    pub source: ConstSource,
    /// Filled from `source`, or by the probe.
    pub value: Option<ConstValue>,
    pub origin: Origin,
}

/// Everything a cdef declares, in declaration order within each kind.
#[derive(Clone, Debug, Default)]
pub struct Cdef {
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    pub records: Vec<Record>,
    pub enums: Vec<Enum>,
    pub typedefs: Vec<Typedef>,
    pub constants: Vec<Constant>,
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

    /// Whether anything in the block needs the C compiler to fill it in.
    pub fn needs_probe(&self) -> bool {
        self.records.iter().any(|r| r.partial)
            || self.enums.iter().any(|e| e.partial)
            || self
                .typedefs
                .iter()
                .any(|t| matches!(t.target, TypedefTarget::Opaque(_)))
            || self
                .constants
                .iter()
                .any(|c| !matches!(c.source, ConstSource::Literal))
            || self.any_probed_array()
    }

    fn any_probed_array(&self) -> bool {
        fn has(ty: &Ty) -> bool {
            matches!(ty, Ty::Array(_, ArrayLen::Probed))
        }
        self.globals.iter().any(|g| has(&g.ty))
            || self
                .records
                .iter()
                .flat_map(|r| r.fields.iter().flatten())
                .any(|f| has(&f.ty))
    }
}
