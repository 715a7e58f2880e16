//! Deferred loading: a library opens on first use, exactly once, and each symbol is
//! resolved on its first call and cached, so later calls cost one atomic load.

use std::ffi::{CStr, c_void};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use crate::Error;

/// A `mode shared` artifact: the shared object `ffi!` built at build time.
#[derive(Debug)]
pub struct Artifact {
    file: &'static str,
    hash: &'static str,
    build_dir: &'static str,
    env_var: &'static str,
    /// The table through which the artifact calls `extern "Rust"` functions, and them.
    exports: Option<(&'static CStr, &'static [Export])>,
}

/// A Rust function a `mode shared` artifact calls (an `extern "Rust"` declaration): a
/// shared object cannot see the executable's symbols, so the loader writes each into the
/// artifact's table before anything runs.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Export(*const ());

// SAFETY: a function's address, never written through.
unsafe impl Sync for Export {}

impl Export {
    pub const fn new(function: *const ()) -> Self {
        Export(function)
    }
}

/// The exported symbol holding an artifact's content hash.
pub const FINGERPRINT_SYMBOL: &CStr = c"__ffi_fingerprint";

static SEARCH_DIR: RwLock<Option<PathBuf>> = RwLock::new(None);

/// Makes every `mode shared` block look in `dir` first (before the executable's directory
/// and the build directory). Takes effect for libraries not loaded yet.
pub fn set_artifact_dir(dir: impl Into<PathBuf>) {
    if let Ok(mut d) = SEARCH_DIR.write() {
        *d = Some(dir.into());
    }
}

impl Artifact {
    /// Used by the expansion of `ffi!`.
    #[doc(hidden)]
    pub const fn new(
        file: &'static str,
        hash: &'static str,
        build_dir: &'static str,
        env_var: &'static str,
    ) -> Self {
        Artifact {
            file,
            hash,
            build_dir,
            env_var,
            exports: None,
        }
    }

    /// The artifact's `extern "Rust"` functions, in the order of its table `table`.
    #[doc(hidden)]
    pub const fn with_exports(
        mut self,
        table: &'static CStr,
        functions: &'static [Export],
    ) -> Self {
        self.exports = Some((table, functions));
        self
    }

    /// The file name to ship beside the executable, e.g. `libffi_demo_1234abcd5678ef90.so`.
    pub fn file_name(&self) -> &'static str {
        self.file
    }

    /// The content hash of the C this binary was built with.
    pub fn hash(&self) -> &'static str {
        self.hash
    }

    /// Where the build put the artifact.
    pub fn build_path(&self) -> PathBuf {
        Path::new(self.build_dir).join(self.file)
    }

    /// The environment variable naming a directory searched first.
    pub fn env_var(&self) -> &'static str {
        self.env_var
    }

    /// Where the artifact is looked for, in order: the override (`set_artifact_dir`, then
    /// the environment variable), the running executable's directory, the build directory.
    pub fn search_path(&self) -> Vec<PathBuf> {
        let mut dirs = Vec::new();
        if let Some(d) = SEARCH_DIR.read().ok().and_then(|d| d.clone()) {
            dirs.push(d);
        }
        if let Some(d) = std::env::var_os(self.env_var) {
            dirs.push(PathBuf::from(d));
        }
        if let Some(d) = std::env::current_exe()
            .ok()
            .and_then(|e| e.parent().map(Path::to_path_buf))
        {
            dirs.push(d);
        }
        dirs.push(PathBuf::from(self.build_dir));
        dirs.into_iter().map(|d| d.join(self.file)).collect()
    }

    fn open(&self) -> Result<libloading::Library, Error> {
        let searched = self.search_path();
        let Some(path) = searched.iter().find(|p| p.is_file()) else {
            return Err(Error::Missing {
                file: self.file.to_string(),
                hash: self.hash.to_string(),
                searched,
                env_var: self.env_var.to_string(),
            });
        };
        // SAFETY: the artifact is C that `ffi!` compiled; its initializers are the user's own.
        let lib = unsafe { libloading::Library::new(path) }.map_err(|source| Error::Open {
            library: path.display().to_string(),
            source: Arc::new(source),
        })?;
        // SAFETY: the fingerprint is a NUL-terminated array of hex digits.
        let found =
            unsafe { lib.get::<*const std::ffi::c_char>(FINGERPRINT_SYMBOL.to_bytes_with_nul()) }
                .ok()
                .map(|s| unsafe { CStr::from_ptr(*s) }.to_string_lossy().into_owned());
        if found.as_deref() != Some(self.hash) {
            return Err(Error::Stale {
                path: path.clone(),
                expected: self.hash.to_string(),
                found,
            });
        }
        self.fill_exports(&lib, path)?;
        Ok(lib)
    }
}

impl Artifact {
    fn fill_exports(&self, lib: &libloading::Library, path: &Path) -> Result<(), Error> {
        let Some((table, functions)) = self.exports else {
            return Ok(());
        };
        // SAFETY: the table is `void *[functions.len()]`, built from the same cdef (the
        // fingerprint matched); nothing calls through it before `open` returns.
        unsafe {
            let slots = lib
                .get::<*mut *const ()>(table.to_bytes_with_nul())
                .map_err(|source| Error::Symbol {
                    symbol: table.to_string_lossy().into_owned(),
                    library: path.display().to_string(),
                    source: Arc::new(source),
                })?;
            let slots: *mut *const () = *slots;
            for (i, f) in functions.iter().enumerate() {
                slots.add(i).write(f.0);
            }
        }
        Ok(())
    }
}

enum Source {
    /// `dlopen "libz.so.1"; libraries [...]`: found by the system loader; symbols are
    /// resolved from the first library that has them.
    System(&'static [&'static str]),
    /// `mode shared`: the block's own artifact.
    Artifact(&'static Artifact),
}

/// A C library opened on first use, once, however many threads race for it.
pub struct Library {
    source: Source,
    handles: OnceLock<Result<Vec<libloading::Library>, Error>>,
    opens: AtomicUsize,
}

impl Library {
    /// ABI mode: libraries found by the system loader (`dlopen "libz.so.1"`, then any
    /// `libraries`), searched in that order for each symbol.
    #[doc(hidden)]
    pub const fn system(names: &'static [&'static str]) -> Self {
        Library {
            source: Source::System(names),
            handles: OnceLock::new(),
            opens: AtomicUsize::new(0),
        }
    }

    /// `mode shared`: the block's artifact.
    #[doc(hidden)]
    pub const fn artifact(artifact: &'static Artifact) -> Self {
        Library {
            source: Source::Artifact(artifact),
            handles: OnceLock::new(),
            opens: AtomicUsize::new(0),
        }
    }

    /// What the library is called in messages.
    pub fn name(&self) -> String {
        match &self.source {
            Source::System(names) => names.join(", "),
            Source::Artifact(a) => a.file.to_string(),
        }
    }

    fn handles(&self) -> &Result<Vec<libloading::Library>, Error> {
        self.handles.get_or_init(|| {
            self.opens.fetch_add(1, Ordering::Relaxed);
            match &self.source {
                Source::System(names) => names
                    .iter()
                    .map(|name| {
                        // SAFETY: opening a library runs its initializers; the user named it.
                        unsafe { libloading::Library::new(name) }.map_err(|source| Error::Open {
                            library: (*name).to_string(),
                            source: Arc::new(source),
                        })
                    })
                    .collect(),
                Source::Artifact(a) => a.open().map(|lib| vec![lib]),
            }
        })
    }

    /// Opens the library now, if it is not open yet. The error is the one every later call
    /// would panic with.
    pub fn load(&self) -> Result<(), Error> {
        match self.handles() {
            Ok(_) => Ok(()),
            Err(e) => Err(e.clone()),
        }
    }

    /// How many times the library was opened: 0 before first use, then 1 for good.
    pub fn opens(&self) -> usize {
        self.opens.load(Ordering::Relaxed)
    }

    /// The address of `symbol`, or the error naming what is missing.
    pub fn lookup(&self, symbol: &CStr) -> Result<*mut c_void, Error> {
        let libs = self.handles().as_ref().map_err(Error::clone)?;
        let mut last = None;
        for lib in libs {
            // SAFETY: we only take the symbol's address; callers give it the cdef's type.
            match unsafe { lib.get::<*mut c_void>(symbol.to_bytes_with_nul()) } {
                Ok(s) => return Ok(*s),
                Err(e) => last = Some(e),
            }
        }
        Err(Error::Symbol {
            symbol: symbol.to_string_lossy().into_owned(),
            library: self.name(),
            source: Arc::new(last.unwrap_or(libloading::Error::DlSymUnknown)),
        })
    }
}

/// A C function called through a pointer that starts at a resolver stub: the stub (one
/// per function, in the expansion) resolves the symbol, stores its address here and calls
/// it, so every later call is one load and one indirect call, with nothing to test.
/// Threads racing for the first call each resolve and store the same address.
pub struct LazyFn {
    name: &'static CStr,
    address: AtomicPtr<c_void>,
}

impl LazyFn {
    /// Starts at `stub`, which must call [`LazyFn::resolve`] and then the address it gets.
    #[doc(hidden)]
    pub const fn new(name: &'static CStr, stub: *mut c_void) -> Self {
        LazyFn {
            name,
            address: AtomicPtr::new(stub),
        }
    }

    /// The function to call, as the function pointer type `F`: the stub until the first
    /// call has resolved it.
    ///
    /// # Safety
    ///
    /// `F` must be the type of both the stub and the symbol.
    #[inline(always)]
    pub unsafe fn get<F: Copy>(&self) -> F {
        // SAFETY: the caller promises `F` is a function pointer type.
        unsafe { as_fn(self.address.load(Ordering::Acquire)) }
    }

    /// The symbol's address in `library`, as `F`, from now on what [`LazyFn::get`]
    /// returns; panics as [`Symbol::get`] does.
    ///
    /// # Safety
    ///
    /// As [`LazyFn::get`].
    #[inline(always)]
    pub unsafe fn resolve<F: Copy>(&self, library: &Library) -> F {
        // SAFETY: as `get`.
        unsafe { as_fn(self.resolve_address(library)) }
    }

    #[cold]
    #[inline(never)]
    fn resolve_address(&self, library: &Library) -> *mut c_void {
        let p = resolve_or_panic(self.name, library);
        self.address.store(p, Ordering::Release);
        p
    }
}

/// An address as a function pointer; refuses to build for a type of another size.
///
/// # Safety
///
/// `F` must be a function pointer type that `p` is a function of.
#[inline(always)]
unsafe fn as_fn<F: Copy>(p: *mut c_void) -> F {
    const { assert!(core::mem::size_of::<F>() == core::mem::size_of::<*mut c_void>()) };
    // SAFETY: same size, and the caller promises the type.
    unsafe { core::mem::transmute_copy(&p) }
}

/// The symbol's address, or a panic naming what is missing.
fn resolve_or_panic(name: &CStr, library: &Library) -> *mut c_void {
    match library.lookup(name) {
        Ok(p) if !p.is_null() => p,
        Ok(_) => panic!(
            "the C symbol `{}` in `{}` has a null address",
            name.to_string_lossy(),
            library.name()
        ),
        Err(e) => panic!("{e}"),
    }
}

/// One C symbol, resolved on its first use and cached.
pub struct Symbol {
    name: &'static CStr,
    address: AtomicPtr<c_void>,
}

impl Symbol {
    #[doc(hidden)]
    pub const fn new(name: &'static CStr) -> Self {
        Symbol {
            name,
            address: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// The symbol's address in `library`; panics with the error `load()` would return, or
    /// naming the symbol and the library. A missing symbol affects only its own callers.
    #[inline]
    pub fn get(&self, library: &Library) -> *mut c_void {
        let p = self.address.load(Ordering::Acquire);
        if !p.is_null() {
            return p;
        }
        self.resolve(library)
    }

    #[cold]
    #[inline(never)]
    fn resolve(&self, library: &Library) -> *mut c_void {
        let p = resolve_or_panic(self.name, library);
        self.address.store(p, Ordering::Release);
        p
    }
}
