//! Calls from C into Rust: closures and plain functions as C callbacks, panic-safe.
//!
//! Every function pointer this module hands to C is a *static trampoline*: a generic
//! `extern "C" fn` monomorphized for the closure's type. Nothing is generated at run time
//! (no executable memory, unlike libffi closures), so it works where W^X is enforced.
//!
//! | C wants | Rust passes |
//! | --- | --- |
//! | a callback with a `void *` user-data parameter, for one call (`qsort_r`, `sqlite3_exec`) | [`lend_last`] / [`lend_first`]: a closure borrowed while the [`Lent`] lives |
//! | the same, kept by C after the call (registered callbacks) | [`own_last`] / [`own_first`]: an [`Owned`] closure, freed on drop or by C |
//! | a callback without user data (`bsearch`, `atexit`) | [`c_fn`]: a function (or non-capturing closure) |
//! | a `void *` C hands back later (`sqlite3_user_data`) | [`Handle`] |
//!
//! *First* and *last* say where the callback's C signature takes its `void *`:
//! `int (*)(void *, int, char **, char **)` is first, `int (*)(const void *, const void *,
//! void *)` last; picking the wrong one is a type error, not a crash.
//!
//! # Panics
//!
//! A panic never unwinds into C. It is caught at the boundary, C receives an error value
//! (all bits zero, or the value the `_or` variants give), and it is kept for this thread.
//! A closure lent for a call resumes it, with its payload, when the [`Lent`] is dropped;
//! otherwise the next generated wrapper that checks does (a safe wrapper, or any wrapper in
//! a block whose C calls `extern "Rust"` functions), when its C call returns. While a panic
//! is pending, further callbacks on this thread return their error value without running.
//! Raw calls do not check: after one that may call an [`own_last`] closure or a [`c_fn`]
//! function, call [`resume_panic`] (or [`take_panic`] to handle the payload).
//! With `panic = "abort"` a panic aborts, as everywhere.

use std::any::Any;
use std::cell::Cell;
use std::ffi::c_void;
use std::marker::PhantomData;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many threads hold a caught panic: wrappers check this one number after each call.
static PENDING: AtomicUsize = AtomicUsize::new(0);

/// This thread's caught panic; a thread that exits with one no longer counts.
struct Caught(Cell<Option<Box<dyn Any + Send>>>);

impl Drop for Caught {
    fn drop(&mut self) {
        if self.0.take().is_some() {
            PENDING.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

thread_local! {
    static CAUGHT: Caught = const { Caught(Cell::new(None)) };
}

/// Whether a panic a callback caught on this thread waits to be resumed (by a wrapper's
/// check, a [`Lent`]'s drop, or [`resume_panic`]).
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0 && pending_here()
}

fn pending_here() -> bool {
    CAUGHT.with(|c| {
        let p = c.0.take();
        let here = p.is_some();
        c.0.set(p);
        here
    })
}

/// Runs `f` where C called Rust: a panic is caught and kept for [`resume_panic`], and C
/// gets `on_panic()` instead. Used by every trampoline and by `extern "Rust"` functions.
#[doc(hidden)]
#[inline]
pub fn guard<R>(f: impl FnOnce() -> R, on_panic: impl FnOnce() -> R) -> R {
    if PENDING.load(Ordering::Relaxed) != 0 {
        return guard_while_pending(f, on_panic);
    }
    run_caught(f, on_panic)
}

/// [`guard`] when some thread holds a caught panic: out of line, so the common path keeps
/// no registers across the thread-local lookup. This thread's callbacks do not run until
/// its panic is resumed.
#[cold]
#[inline(never)]
fn guard_while_pending<R>(f: impl FnOnce() -> R, on_panic: impl FnOnce() -> R) -> R {
    if pending_here() {
        return on_panic();
    }
    run_caught(f, on_panic)
}

#[inline]
fn run_caught<R>(f: impl FnOnce() -> R, on_panic: impl FnOnce() -> R) -> R {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            CAUGHT.with(|c| match c.0.take() {
                // The first panic is the one resumed; a later one (from a destructor
                // during the first's unwinding, say) is dropped.
                Some(first) => c.0.set(Some(first)),
                None => {
                    PENDING.fetch_add(1, Ordering::Relaxed);
                    c.0.set(Some(payload));
                }
            });
            on_panic()
        }
    }
}

/// Resumes the panic a callback caught on this thread, if any. Every generated wrapper in
/// a block whose C can call Rust calls this after its C call (one atomic load when nothing
/// is pending).
#[inline]
pub fn resume_panic() {
    if PENDING.load(Ordering::Relaxed) != 0 {
        resume_slow();
    }
}

/// `value`, after [`resume_panic`]: what a generated wrapper returns from its C call.
#[inline]
pub fn resumed<T>(value: T) -> T {
    resume_panic();
    value
}

#[cold]
#[inline(never)]
fn resume_slow() {
    if let Some(payload) = take_panic() {
        panic::resume_unwind(payload);
    }
}

/// Takes the panic a callback caught on this thread, without resuming it.
pub fn take_panic() -> Option<Box<dyn Any + Send>> {
    let payload = CAUGHT.with(|c| c.0.take());
    if payload.is_some() {
        PENDING.fetch_sub(1, Ordering::Relaxed);
    }
    payload
}

/// Types for which all bits zero is a valid value: what C gets from a panicking callback
/// by default. Implemented for C's scalar types, raw pointers, optional function pointers,
/// and every struct, union and enum `ffi!` generates.
///
/// # Safety
///
/// All bits zero must be a valid value of the type.
pub unsafe trait Zeroable {}

macro_rules! zeroable {
    ($($t:ty),*) => { $(unsafe impl Zeroable for $t {})* };
}
zeroable!(
    (),
    bool,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    f32,
    f64
);
unsafe impl<T: ?Sized> Zeroable for *const T {}
unsafe impl<T: ?Sized> Zeroable for *mut T {}
unsafe impl<T: Zeroable, const N: usize> Zeroable for [T; N] {}
unsafe impl Zeroable for crate::types::long_double {}
unsafe impl Zeroable for crate::types::OpaqueFn {}

/// All bits zero.
#[doc(hidden)]
pub fn zeroed<R: Zeroable>() -> R {
    // SAFETY: `Zeroable` says all bits zero is a valid `R`.
    unsafe { std::mem::zeroed() }
}

/// The value C receives when a callback panics.
pub trait OnPanic<R> {
    fn value() -> R;
}

/// All bits zero: the default error value.
pub struct Zero;

impl<R: Zeroable> OnPanic<R> for Zero {
    fn value() -> R {
        zeroed()
    }
}

/// A closure that captures nothing (`|| -1`): trampolines are static, so the value must be
/// known from the type alone.
impl<R, G: Fn() -> R> OnPanic<R> for G {
    fn value() -> R {
        conjure::<G>()()
    }
}

/// The value of a zero-sized function type (a `fn` item or a closure that captures nothing).
fn conjure<F>() -> F {
    const {
        assert!(
            std::mem::size_of::<F>() == 0,
            "a callback without user data must be a function or a closure that captures \
             nothing: use `lend_first`/`lend_last` to pass one that does"
        )
    };
    // SAFETY: a zero-sized function type has exactly one value, which has no bytes.
    unsafe { std::mem::zeroed() }
}

/// Function types with user data in the last parameter: `F` is a closure over the others.
pub trait DataLast<Args> {
    /// `unsafe extern "C" fn(args…, *mut c_void) -> R`.
    type Fn: Copy;
    #[doc(hidden)]
    fn trampoline<E>() -> Self::Fn
    where
        E: OnPanic<Self::Ret>;
    #[doc(hidden)]
    type Ret;
}

/// Function types with user data in the first parameter.
pub trait DataFirst<Args> {
    /// `unsafe extern "C" fn(*mut c_void, args…) -> R`.
    type Fn: Copy;
    #[doc(hidden)]
    fn trampoline<E>() -> Self::Fn
    where
        E: OnPanic<Self::Ret>;
    #[doc(hidden)]
    type Ret;
}

/// Functions (and closures that capture nothing) as C function pointers.
pub trait CFn<Args> {
    /// `unsafe extern "C" fn(args…) -> R`.
    type Fn: Copy;
    #[doc(hidden)]
    fn trampoline<E>() -> Self::Fn
    where
        E: OnPanic<Self::Ret>;
    #[doc(hidden)]
    type Ret;
}

macro_rules! arity {
    ($($a:ident: $A:ident),*) => {
        impl<F, R, $($A),*> DataLast<($($A,)*)> for F
        where
            F: FnMut($($A),*) -> R,
        {
            type Fn = unsafe extern "C" fn($($A,)* *mut c_void) -> R;
            type Ret = R;
            fn trampoline<E: OnPanic<R>>() -> Self::Fn {
                unsafe extern "C" fn t<F: FnMut($($A),*) -> R, E: OnPanic<R>, R, $($A),*>(
                    $($a: $A,)* data: *mut c_void,
                ) -> R {
                    // SAFETY: `data` is the `F` a `Lent` or `Owned` handed out with `t`.
                    let f = unsafe { &mut *data.cast::<F>() };
                    guard(|| f($($a),*), E::value)
                }
                t::<F, E, R, $($A),*>
            }
        }

        impl<F, R, $($A),*> DataFirst<($($A,)*)> for F
        where
            F: FnMut($($A),*) -> R,
        {
            type Fn = unsafe extern "C" fn(*mut c_void, $($A),*) -> R;
            type Ret = R;
            fn trampoline<E: OnPanic<R>>() -> Self::Fn {
                unsafe extern "C" fn t<F: FnMut($($A),*) -> R, E: OnPanic<R>, R, $($A),*>(
                    data: *mut c_void, $($a: $A),*
                ) -> R {
                    // SAFETY: `data` is the `F` a `Lent` or `Owned` handed out with `t`.
                    let f = unsafe { &mut *data.cast::<F>() };
                    guard(|| f($($a),*), E::value)
                }
                t::<F, E, R, $($A),*>
            }
        }

        impl<F, R, $($A),*> CFn<($($A,)*)> for F
        where
            F: Fn($($A),*) -> R,
        {
            type Fn = unsafe extern "C" fn($($A),*) -> R;
            type Ret = R;
            fn trampoline<E: OnPanic<R>>() -> Self::Fn {
                unsafe extern "C" fn t<F: Fn($($A),*) -> R, E: OnPanic<R>, R, $($A),*>(
                    $($a: $A),*
                ) -> R {
                    guard(|| conjure::<F>()($($a),*), E::value)
                }
                t::<F, E, R, $($A),*>
            }
        }

        unsafe impl<R, $($A),*> Zeroable for Option<unsafe extern "C" fn($($A),*) -> R> {}
        unsafe impl<R, $($A),*> Zeroable for Option<extern "C" fn($($A),*) -> R> {}
    };
}

arity!();
arity!(a1: A1);
arity!(a1: A1, a2: A2);
arity!(a1: A1, a2: A2, a3: A3);
arity!(a1: A1, a2: A2, a3: A3, a4: A4);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9);
arity!(a1: A1, a2: A2, a3: A3, a4: A4, a5: A5, a6: A6, a7: A7, a8: A8, a9: A9, a10: A10);

/// A closure lent to C for as long as this lives: the function pointer and the `void *`
/// to pass with it. The borrow keeps the closure alive and unmoved; dropping the loan is
/// where a panic the closure caught resumes, so it holds the closure (and what the closure
/// borrows) until it is dropped: end its block, or `drop` it, before using those again.
pub struct Lent<'a, P> {
    function: P,
    data: *mut c_void,
    _closure: PhantomData<&'a mut ()>,
}

/// The loan ends after the C calls that used it have returned: a panic the closure caught
/// resumes here, whether those calls went through a wrapper or the raw layer (unless this
/// thread is already unwinding, when it stays pending).
impl<P> Drop for Lent<'_, P> {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            resume_panic();
        }
    }
}

impl<P: Copy> Lent<'_, P> {
    /// The function pointer, as C function-pointer parameters take it.
    pub fn function(&self) -> Option<P> {
        Some(self.function)
    }

    /// The user-data pointer to pass with it.
    pub fn data(&self) -> *mut c_void {
        self.data
    }
}

fn lent<F, P>(f: &mut F, function: P) -> Lent<'_, P> {
    Lent {
        function,
        data: (f as *mut F).cast(),
        _closure: PhantomData,
    }
}

/// Lends `f` to a C callback that takes its `void *` last (`qsort_r`'s comparator).
/// A panic in `f` gives C zero.
///
/// ```
/// use std::ffi::{c_int, c_void};
/// let mut calls = 0;
/// let mut add = |x: c_int| { calls += 1; x + 1 };
/// let cb = ffi_runtime::callback::lend_last(&mut add);
/// let f: unsafe extern "C" fn(c_int, *mut c_void) -> c_int = cb.function().unwrap();
/// assert_eq!(unsafe { f(41, cb.data()) }, 42);
/// drop(cb); // the loan ends: a panic in `add` would resume here
/// assert_eq!(calls, 1);
/// ```
pub fn lend_last<F: DataLast<Args>, Args>(f: &mut F) -> Lent<'_, F::Fn>
where
    Zero: OnPanic<F::Ret>,
{
    lent(f, F::trampoline::<Zero>())
}

/// [`lend_last`], with the value C receives if `f` panics (`|| -1`).
pub fn lend_last_or<F: DataLast<Args>, Args, E: OnPanic<F::Ret>>(
    f: &mut F,
    _on_panic: E,
) -> Lent<'_, F::Fn> {
    lent(f, F::trampoline::<E>())
}

/// Lends `f` to a C callback that takes its `void *` first (`sqlite3_exec`'s callback).
/// A panic in `f` gives C zero.
pub fn lend_first<F: DataFirst<Args>, Args>(f: &mut F) -> Lent<'_, F::Fn>
where
    Zero: OnPanic<F::Ret>,
{
    lent(f, F::trampoline::<Zero>())
}

/// [`lend_first`], with the value C receives if `f` panics (`|| 1`).
pub fn lend_first_or<F: DataFirst<Args>, Args, E: OnPanic<F::Ret>>(
    f: &mut F,
    _on_panic: E,
) -> Lent<'_, F::Fn> {
    lent(f, F::trampoline::<E>())
}

/// `f` as a C function pointer, for callbacks without user data. `f` is a function or a
/// closure that captures nothing (checked at compile time). A panic gives C zero.
///
/// ```
/// use std::ffi::c_int;
/// fn twice(x: c_int) -> c_int { x * 2 }
/// let f: Option<unsafe extern "C" fn(c_int) -> c_int> = ffi_runtime::callback::c_fn(twice);
/// assert_eq!(unsafe { f.unwrap()(21) }, 42);
/// ```
pub fn c_fn<F: CFn<Args>, Args>(_f: F) -> Option<F::Fn>
where
    Zero: OnPanic<F::Ret>,
{
    Some(F::trampoline::<Zero>())
}

/// [`c_fn`], with the value C receives if `f` panics (`|| -1`).
pub fn c_fn_or<F: CFn<Args>, Args, E: OnPanic<F::Ret>>(_f: F, _on_panic: E) -> Option<F::Fn> {
    Some(F::trampoline::<E>())
}

/// A value C holds as a `void *` (user data it hands back later), owned by this handle
/// until it is dropped or given to C with [`Handle::into_raw`].
pub struct Handle<T> {
    ptr: *mut T,
}

impl<T> Handle<T> {
    pub fn new(value: T) -> Self {
        Handle {
            ptr: Box::into_raw(Box::new(value)),
        }
    }

    /// The `void *` to give C.
    pub fn as_ptr(&self) -> *mut c_void {
        self.ptr.cast()
    }

    /// The value behind a pointer [`Handle::as_ptr`] or [`Handle::into_raw`] gave C.
    ///
    /// # Safety
    ///
    /// `ptr` must come from a `Handle<T>` (this `T`) that is still alive, and nothing may
    /// use the value mutably meanwhile.
    pub unsafe fn get<'a>(ptr: *mut c_void) -> &'a T {
        // SAFETY: the caller promises `ptr` is a live `Handle<T>`'s box.
        unsafe { &*ptr.cast::<T>() }
    }

    /// Gives the value to C: the pointer, and the destructor C calls when done with it
    /// (sqlite3's `xDestroy`, …), which frees it. Until C calls it, the value stays alive.
    pub fn into_raw(self) -> (*mut c_void, Option<unsafe extern "C" fn(*mut c_void)>) {
        let ptr = self.as_ptr();
        std::mem::forget(self);
        (ptr, Some(destroy::<T>))
    }
}

impl<T> Drop for Handle<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` is the box `new` made; `into_raw` forgets the handle instead.
        drop(unsafe { Box::from_raw(self.ptr) });
    }
}

/// Frees a value given to C with [`Handle::into_raw`]; a panic in its destructor is kept
/// like a callback's.
unsafe extern "C" fn destroy<T>(ptr: *mut c_void) {
    // SAFETY: C calls the destructor once, with the pointer `into_raw` gave it.
    guard(|| drop(unsafe { Box::from_raw(ptr.cast::<T>()) }), || ());
}

/// A closure C may keep after the call that registered it: boxed, called through a static
/// trampoline, freed when this is dropped, or by C once given away with [`Owned::into_raw`].
pub struct Owned<F, P> {
    handle: Handle<F>,
    function: P,
}

impl<F, P: Copy> Owned<F, P> {
    /// The function pointer, as C function-pointer parameters take it.
    pub fn function(&self) -> Option<P> {
        Some(self.function)
    }

    /// The user-data pointer to pass with it.
    pub fn data(&self) -> *mut c_void {
        self.handle.as_ptr()
    }

    /// Gives the closure to C: the function pointer, the user data, and the destructor C
    /// calls to free it.
    #[allow(clippy::type_complexity)]
    pub fn into_raw(
        self,
    ) -> (
        Option<P>,
        *mut c_void,
        Option<unsafe extern "C" fn(*mut c_void)>,
    ) {
        let (data, destroy) = self.handle.into_raw();
        (Some(self.function), data, destroy)
    }
}

/// Boxes `f` for a C callback that takes its `void *` last. A panic in `f` gives C zero.
pub fn own_last<F: DataLast<Args>, Args>(f: F) -> Owned<F, F::Fn>
where
    Zero: OnPanic<F::Ret>,
{
    Owned {
        function: F::trampoline::<Zero>(),
        handle: Handle::new(f),
    }
}

/// Boxes `f` for a C callback that takes its `void *` first. A panic in `f` gives C zero.
pub fn own_first<F: DataFirst<Args>, Args>(f: F) -> Owned<F, F::Fn>
where
    Zero: OnPanic<F::Ret>,
{
    Owned {
        function: F::trampoline::<Zero>(),
        handle: Handle::new(f),
    }
}

/// [`own_last`], with the value C receives if `f` panics.
pub fn own_last_or<F: DataLast<Args>, Args, E: OnPanic<F::Ret>>(
    f: F,
    _on_panic: E,
) -> Owned<F, F::Fn> {
    Owned {
        function: F::trampoline::<E>(),
        handle: Handle::new(f),
    }
}

/// [`own_first`], with the value C receives if `f` panics.
pub fn own_first_or<F: DataFirst<Args>, Args, E: OnPanic<F::Ret>>(
    f: F,
    _on_panic: E,
) -> Owned<F, F::Fn> {
    Owned {
        function: F::trampoline::<E>(),
        handle: Handle::new(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::c_int;

    /// What a safe wrapper's `kept by destroy` does: C calls the boxed closure through the
    /// trampoline, then frees it, once, through the destructor it was given.
    #[test]
    fn a_closure_given_to_c_is_called_then_freed_once() {
        let hits = std::rc::Rc::new(std::cell::Cell::new(0));
        let seen = hits.clone();
        let owned = own_first(move |x: c_int| {
            seen.set(seen.get() + x);
            x * 2
        });
        let (function, data, destroy) = owned.into_raw();
        let (function, destroy) = (
            function.expect("a function"),
            destroy.expect("a destructor"),
        );
        assert_eq!(unsafe { function(data, 21) }, 42);
        assert_eq!(unsafe { function(data, 1) }, 2);
        assert_eq!((hits.get(), std::rc::Rc::strong_count(&hits)), (22, 2));
        unsafe { destroy(data) };
        assert_eq!(
            std::rc::Rc::strong_count(&hits),
            1,
            "the closure was dropped"
        );
    }

    #[test]
    fn a_caught_panic_resumes_with_its_payload() {
        let mut f = |x: c_int| -> c_int {
            if x < 0 {
                panic!("negative: {x}");
            }
            x
        };
        let cb = lend_last_or(&mut f, || -1);
        let t = cb.function().unwrap();
        assert_eq!(unsafe { t(5, cb.data()) }, 5);
        assert_eq!(unsafe { t(-3, cb.data()) }, -1);
        // Pending: a second call does not run the closure.
        assert_eq!(unsafe { t(7, cb.data()) }, -1);
        let payload = panic::catch_unwind(resume_panic).expect_err("resumed");
        assert_eq!(
            payload.downcast_ref::<String>().map(String::as_str),
            Some("negative: -3")
        );
        assert_eq!(unsafe { t(7, cb.data()) }, 7);
        resume_panic();
    }

    /// A loan dropped while its thread unwinds from another panic keeps its own pending
    /// (a second panic there would abort).
    #[test]
    fn a_loan_ending_during_unwinding_leaves_its_panic_pending() {
        let mut boom = |_: c_int| -> c_int { panic!("inner") };
        let outer = panic::catch_unwind(AssertUnwindSafe(|| {
            let cb = lend_last(&mut boom);
            assert_eq!(unsafe { cb.function().unwrap()(1, cb.data()) }, 0);
            panic!("outer");
        }));
        let text = |p: &Box<dyn Any + Send>| p.downcast_ref::<&str>().copied();
        assert_eq!(text(&outer.expect_err("outer")), Some("outer"));
        assert_eq!(take_panic().as_ref().and_then(text), Some("inner"));
    }

    /// Another thread's caught panic (the slow path of every trampoline while it is held)
    /// does not stop this thread's callbacks.
    #[test]
    fn another_threads_pending_panic_leaves_callbacks_running() {
        let (held, release) = (std::sync::Barrier::new(2), std::sync::Barrier::new(2));
        std::thread::scope(|s| {
            s.spawn(|| {
                let mut boom = |_: c_int| -> c_int { panic!("elsewhere") };
                let cb = lend_last_or(&mut boom, || -1);
                assert_eq!(unsafe { cb.function().unwrap()(1, cb.data()) }, -1);
                held.wait();
                release.wait();
                assert!(take_panic().is_some());
            });
            held.wait();
            let mut double = |x: c_int| x * 2;
            let cb = lend_last(&mut double);
            assert_eq!(unsafe { cb.function().unwrap()(21, cb.data()) }, 42);
            release.wait();
        });
    }
}
