//! Calls from C into Rust: closures and functions as C callbacks, `extern "Rust"`
//! functions that `source` calls, panics caught at the boundary and resumed, and `errno`.

use std::cell::Cell;
use std::ffi::{CStr, c_char, c_int, c_void};
use std::panic::{self, AssertUnwindSafe};
use std::ptr;
use std::rc::Rc;

use ffi_runtime::callback::{self, Handle};

ffi_runtime::ffi! {
    /// glibc's sort and search, bound from its header.
    pub mod libc {
        headers ["stdlib.h", "string.h"];
        allow ["qsort_r", "bsearch", "strtol", "abs"];
        defines [("_GNU_SOURCE", "1")];
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("")
}

fn compare_ints(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*a.cast::<i32>(), *b.cast::<i32>()) };
    a.cmp(&b) as c_int
}

#[test]
fn qsort_r_with_a_capturing_closure() {
    let mut v: Vec<i32> = vec![5, -3, 9, 0, 12, 7, -8, 1];
    let mut comparisons = 0;
    let mut by_value = |a: *const c_void, b: *const c_void| {
        comparisons += 1;
        compare_ints(a, b)
    };
    {
        // The closure is lent for this block: C cannot keep it longer.
        let cb = callback::lend_last(&mut by_value);
        unsafe { libc::qsort_r(v.as_mut_ptr().cast(), v.len(), 4, cb.function(), cb.data()) };
    }
    assert_eq!(v, [-8, -3, 0, 1, 5, 7, 9, 12]);
    assert!(comparisons >= v.len() - 1, "{comparisons}");
}

#[test]
fn bsearch_with_a_plain_function() {
    let sorted = [2i32, 3, 5, 7, 11, 13];
    let find = |key: i32| unsafe {
        let hit = libc::bsearch(
            (&key as *const i32).cast(),
            sorted.as_ptr().cast(),
            sorted.len(),
            4,
            callback::c_fn(compare_ints),
        );
        (!hit.is_null()).then(|| hit.cast::<i32>().offset_from(sorted.as_ptr()))
    };
    assert_eq!(
        (find(7), find(2), find(13), find(4)),
        (Some(3), Some(0), Some(5), None)
    );
}

#[test]
fn errno_reads_and_writes_the_c_errno() {
    ffi_runtime::set_errno(0);
    let n = unsafe { libc::strtol(c"99999999999999999999999".as_ptr(), ptr::null_mut(), 10) };
    assert_eq!((n, ffi_runtime::errno()), (i64::MAX, 34)); // ERANGE
    ffi_runtime::set_errno(7);
    assert_eq!(ffi_runtime::errno(), 7);
}

ffi_runtime::ffi! {
    /// sqlite3, for the callbacks it takes.
    pub mod sq {
        headers ["sqlite3.h"];
        allow ["sqlite3_open", "sqlite3_close", "sqlite3_exec", "sqlite3_create_function_v2",
               "sqlite3_user_data", "sqlite3_value_int64", "sqlite3_result_int64",
               "sqlite3_result_error", "SQLITE_OK", "SQLITE_ABORT", "SQLITE_UTF8"];
        libraries ["sqlite3"];
    }
}

fn open() -> *mut sq::sqlite3 {
    let mut db = ptr::null_mut();
    assert_eq!(
        unsafe { sq::sqlite3_open(c":memory:".as_ptr(), &mut db) },
        sq::SQLITE_OK
    );
    db
}

unsafe fn column(values: *mut *mut c_char, i: usize) -> String {
    unsafe { CStr::from_ptr(*values.add(i)) }
        .to_string_lossy()
        .into_owned()
}

#[test]
fn sqlite3_exec_collects_rows_through_a_closure() {
    let db = open();
    let mut rows: Vec<String> = Vec::new();
    let mut collect = |n: c_int, values: *mut *mut c_char, _names: *mut *mut c_char| -> c_int {
        let cols: Vec<String> = (0..n as usize)
            .map(|i| unsafe { column(values, i) })
            .collect();
        rows.push(cols.join("|"));
        0
    };
    let sql = c"CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');
                SELECT a * 10, b FROM t ORDER BY a;";
    let rc = {
        let cb = callback::lend_first(&mut collect);
        unsafe { sq::sqlite3_exec(db, sql.as_ptr(), cb.function(), cb.data(), ptr::null_mut()) }
    };
    assert_eq!(rc, sq::SQLITE_OK);
    assert_eq!(rows, ["10|one", "20|two", "30|three"]);
    unsafe { sq::sqlite3_close(db) };
}

/// What `times(x)` calls: a boxed closure sqlite holds as the function's user data.
type Scalar = Box<dyn Fn(i64) -> i64>;

fn call_scalar(ctx: *mut sq::sqlite3_context, _argc: c_int, argv: *mut *mut sq::sqlite3_value) {
    unsafe {
        let f = Handle::<Scalar>::get(sq::sqlite3_user_data(ctx));
        sq::sqlite3_result_int64(ctx, f(sq::sqlite3_value_int64(*argv)));
    }
}

/// Marks a flag when the closure holding it is freed.
struct DropFlag(Rc<Cell<bool>>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

fn first_value(db: *mut sq::sqlite3, sql: &CStr) -> (c_int, Vec<String>) {
    let mut out = Vec::new();
    let mut collect = |_n: c_int, values: *mut *mut c_char, _: *mut *mut c_char| -> c_int {
        out.push(unsafe { column(values, 0) });
        0
    };
    let rc = {
        let cb = callback::lend_first(&mut collect);
        unsafe { sq::sqlite3_exec(db, sql.as_ptr(), cb.function(), cb.data(), ptr::null_mut()) }
    };
    (rc, out)
}

#[test]
fn sqlite3_create_function_v2_owns_a_rust_closure_until_sqlite_frees_it() {
    let db = open();
    let freed = Rc::new(Cell::new(false));
    let flag = DropFlag(freed.clone());
    let factor = 7;
    let scalar: Scalar = Box::new(move |x| {
        let _keep = &flag;
        x * factor
    });
    let (data, destroy) = Handle::new(scalar).into_raw();
    let rc = unsafe {
        sq::sqlite3_create_function_v2(
            db,
            c"times".as_ptr(),
            1,
            sq::SQLITE_UTF8,
            data,
            callback::c_fn(call_scalar),
            None,
            None,
            destroy,
        )
    };
    assert_eq!(rc, sq::SQLITE_OK);
    assert_eq!(
        first_value(db, c"SELECT times(6)"),
        (sq::SQLITE_OK, vec!["42".to_string()])
    );
    assert!(!freed.get());
    unsafe { sq::sqlite3_close(db) };
    assert!(freed.get(), "sqlite's xDestroy freed the closure");
}

#[test]
fn an_owned_closure_is_freed_on_drop() {
    let freed = Rc::new(Cell::new(false));
    let flag = DropFlag(freed.clone());
    let owned = callback::own_last(move |x: c_int| {
        let _keep = &flag;
        x + 1
    });
    let f: unsafe extern "C" fn(c_int, *mut c_void) -> c_int = owned.function().unwrap();
    assert_eq!(unsafe { f(41, owned.data()) }, 42);
    drop(owned);
    assert!(freed.get());
}

#[test]
fn a_panic_in_a_lent_closure_resumes_when_the_loan_ends_and_c_sees_the_error_value() {
    let db = open();
    let mut calls = 0;
    let mut boom = |_n: c_int, values: *mut *mut c_char, _: *mut *mut c_char| -> c_int {
        calls += 1;
        let v = unsafe { column(values, 0) };
        assert_ne!(v, "2", "row two is refused");
        0
    };
    let sql = c"SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3";
    let mut rc = None;
    let mut after_the_call = None;
    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        // A panic gives C 1 here: sqlite stops and reports SQLITE_ABORT.
        let cb = callback::lend_first_or(&mut boom, || 1);
        rc = Some(unsafe {
            sq::sqlite3_exec(db, sql.as_ptr(), cb.function(), cb.data(), ptr::null_mut())
        });
        after_the_call = Some(callback::pending());
        // `cb` is dropped here: the loan ends and the panic resumes.
    }));
    let payload = caught.expect_err("the panic resumed when the loan ended");
    assert!(
        panic_message(&*payload).contains("row two is refused"),
        "{}",
        panic_message(&*payload)
    );
    assert_eq!(rc, Some(sq::SQLITE_ABORT), "C saw the error value");
    assert_eq!(after_the_call, Some(true), "pending until the loan ended");
    assert_eq!(calls, 2, "sqlite stopped at the error value");
    // Nothing left pending: the next call is clean.
    assert!(!callback::pending());
    assert_eq!(first_value(db, c"SELECT 5").1, ["5"]);
    unsafe { sq::sqlite3_close(db) };
}

#[test]
fn through_the_raw_layer_a_lent_closure_resumes_its_panic_too() {
    let mut v = [3i32, 1, 2];
    let mut boom = |_: *const c_void, _: *const c_void| -> c_int { panic!("no sorting today") };
    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        let cb = callback::lend_last(&mut boom);
        unsafe { libc::sys::qsort_r(v.as_mut_ptr().cast(), 3, 4, cb.function(), cb.data()) };
    }));
    assert_eq!(
        panic_message(&*caught.expect_err("resumed")),
        "no sorting today"
    );
    assert!(!callback::pending());
}

fn refuse_three(a: *const c_void, b: *const c_void) -> c_int {
    if unsafe { *a.cast::<i32>() } == 3 {
        panic!("three is not searchable");
    }
    compare_ints(a, b)
}

/// `bsearch` is the raw function (its wrapper would only forward), so a plain function's
/// panic waits, as the README says, for the next wrapper that checks, or `resume_panic()`.
#[test]
fn a_panic_in_a_plain_function_callback_resumes_at_the_next_checking_wrapper() {
    let sorted = [1i32, 2, 3, 4];
    let key = 3i32;
    let hit = unsafe {
        libc::bsearch(
            (&key as *const i32).cast(),
            sorted.as_ptr().cast(),
            4,
            4,
            callback::c_fn(refuse_three),
        )
    };
    // The comparator's error value is zero, "equal": bsearch returns the element it asked about.
    assert_eq!(hit.cast::<i32>().cast_const(), &sorted[2] as *const i32);
    assert!(callback::pending());
    // A safe wrapper of a block whose C can call Rust checks after its call.
    let caught = panic::catch_unwind(|| libc::abs(-7));
    assert_eq!(
        panic_message(&*caught.expect_err("resumed")),
        "three is not searchable"
    );
    assert!(callback::take_panic().is_none());
}

#[test]
fn take_panic_hands_over_a_pending_payload() {
    let sorted = [1i32, 2, 3, 4];
    let key = 3i32;
    unsafe {
        libc::sys::bsearch(
            (&key as *const i32).cast(),
            sorted.as_ptr().cast(),
            4,
            4,
            callback::c_fn(refuse_three),
        )
    };
    let payload = callback::take_panic().expect("kept for the thread");
    assert_eq!(panic_message(&*payload), "three is not searchable");
    assert_eq!(libc::abs(-7), 7, "nothing left to resume");
}

ffi_runtime::ffi! {
    /// Declares no function type and no `extern "Rust"` function: its C cannot call Rust,
    /// so its wrappers have no panic to resume and check for none (a lazy or direct call
    /// costs what a hand-written `extern` one does).
    pub mod plain {
        cdef "int abs(int); size_t strlen(const char *);";
        source "#include <stdlib.h>\n#include <string.h>";
    }
}

#[test]
fn a_block_that_cannot_call_rust_leaves_a_pending_panic_alone() {
    let sorted = [1i32, 2, 3, 4];
    let key = 3i32;
    // Caught through the raw layer, and left pending.
    unsafe {
        libc::sys::bsearch(
            (&key as *const i32).cast(),
            sorted.as_ptr().cast(),
            4,
            4,
            callback::c_fn(refuse_three),
        )
    };
    assert_eq!((plain::abs(-3), plain::strlen(c"four")), (3, 4));
    let payload = callback::take_panic().expect("still pending");
    assert_eq!(panic_message(&*payload), "three is not searchable");
}
