//! What safe wrappers are made of: owned C handles, checked slice lengths, borrowed C
//! strings. The expansion of `ffi!` names these; see README.md, *Safe wrappers*.

use core::ffi::{CStr, c_char};
use core::fmt;
use core::marker::PhantomData;
use core::ptr::NonNull;

/// How a handle of type `T` is freed.
///
/// # Safety
///
/// `destroy` frees a valid, owned `T *`; it is called once per handle, with nothing
/// borrowed from it left.
pub unsafe trait Destroy<T> {
    /// Frees `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` is a valid `T *` the caller owns and never uses again.
    unsafe fn destroy(ptr: *mut T);
}

/// A C handle (`sqlite3 *`, `FILE *`) that Rust owns: not null, freed by `D` once, when
/// dropped. Functions borrow it (`&Owned`) for a call; the destructor's own wrapper takes
/// it by value. Neither `Send` nor `Sync`: a C handle is not, unless its library says so
/// (wrap it in a type of your own that is, if it does).
#[repr(transparent)]
pub struct Owned<T, D: Destroy<T>> {
    ptr: NonNull<T>,
    _destroy: PhantomData<D>,
}

impl<T, D: Destroy<T>> Owned<T, D> {
    /// Takes ownership of a handle; `None` for null.
    ///
    /// # Safety
    ///
    /// `ptr` is null or a valid handle that nothing else frees: `D` frees it on drop.
    #[inline]
    pub unsafe fn from_raw(ptr: *mut T) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| Owned {
            ptr,
            _destroy: PhantomData,
        })
    }

    /// The handle, still owned by `self`.
    #[inline]
    pub fn as_ptr(&self) -> *mut T {
        self.ptr.as_ptr()
    }

    /// Gives the handle up without freeing it: the caller frees it (or hands it to C).
    #[inline]
    pub fn into_raw(self) -> *mut T {
        let ptr = self.ptr.as_ptr();
        core::mem::forget(self);
        ptr
    }

    /// Lends the handle as a [`Borrowed`] one, for functions that take those.
    #[inline]
    pub fn borrow(&self) -> Borrowed<'_, T> {
        Borrowed {
            ptr: self.ptr,
            _life: PhantomData,
        }
    }
}

/// A C handle that C lends (an `sqlite3_context *` in a callback, a value inside a
/// statement): not null, valid for `'a`, never freed by Rust. `Copy`, like the pointer it
/// is; nothing borrows from it (a copy could invalidate what it lent).
#[repr(transparent)]
pub struct Borrowed<'a, T> {
    ptr: NonNull<T>,
    _life: PhantomData<&'a T>,
}

impl<T> Clone for Borrowed<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Borrowed<'_, T> {}

impl<'a, T> Borrowed<'a, T> {
    /// A handle C lent; `None` for null.
    ///
    /// # Safety
    ///
    /// `ptr` is null or a handle valid, for every function taking it, for all of `'a`.
    #[inline]
    pub unsafe fn from_raw(ptr: *mut T) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| Borrowed {
            ptr,
            _life: PhantomData,
        })
    }

    /// The handle.
    #[inline]
    pub fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }
}

impl<T> fmt::Debug for Borrowed<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Borrowed({:p})", self.ptr)
    }
}

impl<T, D: Destroy<T>> Drop for Owned<T, D> {
    fn drop(&mut self) {
        // SAFETY: the handle is valid and owned (see `from_raw`), and this is its only drop.
        unsafe { D::destroy(self.ptr.as_ptr()) }
    }
}

impl<T, D: Destroy<T>> fmt::Debug for Owned<T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Owned({:p})", self.ptr)
    }
}

/// A slice's length as the C length type `L`; panics if it does not fit (a slice longer
/// than the C function can be told about must not be cut short silently).
#[inline]
#[track_caller]
pub fn len<L: TryFrom<usize>>(len: usize) -> L {
    match L::try_from(len) {
        Ok(l) => l,
        Err(_) => too_long(len, core::any::type_name::<L>()),
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn too_long(len: usize, ty: &str) -> ! {
    panic!("a slice of {len} elements is longer than the C length type `{ty}` can carry")
}

/// Checks that a slice sharing another's length parameter is at least that long.
#[inline]
#[track_caller]
pub fn at_least(len: usize, needed: usize, name: &str) {
    if len < needed {
        too_short(len, needed, name);
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn too_short(len: usize, needed: usize, name: &str) -> ! {
    panic!("`{name}` has {len} elements, but the C function is told {needed}")
}

/// The C string at `ptr`, or `None` for null.
///
/// # Safety
///
/// `ptr` is null or a NUL-terminated string valid for `'a`.
#[inline]
pub unsafe fn cstr<'a, C>(ptr: *const C) -> Option<&'a CStr> {
    // SAFETY: as the caller promises.
    (!ptr.is_null()).then(|| unsafe { CStr::from_ptr(ptr.cast::<c_char>()) })
}

/// The same, for a function whose annotation promises a string: panics, naming the
/// function, if C returned null.
///
/// # Safety
///
/// As [`cstr`].
#[inline]
#[track_caller]
pub unsafe fn cstr_nonnull<'a, C>(ptr: *const C, function: &str) -> &'a CStr {
    // SAFETY: as the caller promises.
    match unsafe { cstr(ptr) } {
        Some(s) => s,
        None => returned_null(function),
    }
}

/// An owned handle from a function whose attributes (`returns_nonnull`) promise one.
///
/// # Safety
///
/// As [`Owned::from_raw`].
#[inline]
#[track_caller]
pub unsafe fn owned_nonnull<T, D: Destroy<T>>(ptr: *mut T, function: &str) -> Owned<T, D> {
    // SAFETY: as the caller promises.
    match unsafe { Owned::from_raw(ptr) } {
        Some(h) => h,
        None => returned_null(function),
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn returned_null(function: &str) -> ! {
    panic!("`{function}` returned NULL where its declaration promises a value")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static FREED: Cell<usize> = const { Cell::new(0) };
    }

    struct Thing(u32);
    enum ByBox {}

    unsafe impl Destroy<Thing> for ByBox {
        unsafe fn destroy(ptr: *mut Thing) {
            FREED.with(|f| f.set(f.get() + 1));
            drop(unsafe { Box::from_raw(ptr) });
        }
    }

    fn new(v: u32) -> Owned<Thing, ByBox> {
        unsafe { Owned::from_raw(Box::into_raw(Box::new(Thing(v)))) }.expect("not null")
    }

    #[test]
    fn a_handle_is_freed_once_when_dropped_moved_or_given_up() {
        FREED.with(|f| f.set(0));
        let a = new(1);
        let moved = a;
        assert_eq!(unsafe { (*moved.as_ptr()).0 }, 1);
        drop(moved);
        assert_eq!(FREED.with(Cell::get), 1);
        // Given up: not freed by the drop; freed by whoever took it back.
        let raw = new(2).into_raw();
        assert_eq!(FREED.with(Cell::get), 1);
        let back = unsafe { Owned::<Thing, ByBox>::from_raw(raw) }.expect("not null");
        drop(back);
        assert_eq!(FREED.with(Cell::get), 2);
        assert!(unsafe { Owned::<Thing, ByBox>::from_raw(std::ptr::null_mut()) }.is_none());
    }

    #[test]
    fn an_owned_handle_lends_borrowed_ones_and_is_freed_once() {
        FREED.with(|f| f.set(0));
        let a = new(7);
        let (b, c) = (a.borrow(), a.borrow());
        assert_eq!(b.as_ptr(), c.as_ptr());
        assert_eq!(unsafe { (*b.as_ptr()).0 }, 7);
        drop(a);
        assert_eq!(FREED.with(Cell::get), 1);
    }

    #[test]
    fn lengths_convert_or_panic() {
        assert_eq!(len::<u32>(7), 7u32);
        let long = std::panic::catch_unwind(|| len::<u8>(300)).expect_err("too long");
        let text = long.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(
            text.contains("300 elements") && text.contains("u8"),
            "{text}"
        );
        at_least(4, 4, "src");
        assert!(std::panic::catch_unwind(|| at_least(3, 4, "src")).is_err());
    }

    #[test]
    fn strings_from_c_pointers() {
        let s = c"hello";
        assert_eq!(unsafe { cstr(s.as_ptr()) }, Some(s));
        assert_eq!(unsafe { cstr::<c_char>(std::ptr::null()) }, None);
        let null = std::panic::catch_unwind(|| unsafe {
            cstr_nonnull::<c_char>(std::ptr::null(), "f");
        });
        assert!(null.is_err());
    }
}
