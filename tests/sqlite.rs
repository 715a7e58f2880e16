//! sqlite3 in memory: exec with a Rust callback, prepare/step/column, and error reporting.

use std::ffi::{CStr, c_char, c_int, c_void};

ffi_runtime::ffi! {
    mod sqlite {
        cdef r#"
            typedef struct sqlite3 sqlite3;
            typedef struct sqlite3_stmt sqlite3_stmt;
            typedef long long sqlite3_int64;
            #define SQLITE_OK 0
            #define SQLITE_ERROR 1
            #define SQLITE_ROW 100
            #define SQLITE_DONE 101
            int sqlite3_open(const char *filename, sqlite3 **db);
            int sqlite3_close(sqlite3 *db);
            int sqlite3_exec(sqlite3 *db, const char *sql,
                             int (*callback)(void *, int, char **, char **),
                             void *arg, char **errmsg);
            void sqlite3_free(void *p);
            int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n,
                                   sqlite3_stmt **stmt, const char **tail);
            int sqlite3_bind_int64(sqlite3_stmt *stmt, int index, sqlite3_int64 value);
            int sqlite3_step(sqlite3_stmt *stmt);
            sqlite3_int64 sqlite3_column_int64(sqlite3_stmt *stmt, int col);
            const unsigned char *sqlite3_column_text(sqlite3_stmt *stmt, int col);
            int sqlite3_finalize(sqlite3_stmt *stmt);
            const char *sqlite3_errmsg(sqlite3 *db);
            const char *sqlite3_libversion(void);
        "#;
        source "#include <sqlite3.h>";
        libraries ["sqlite3"];
    }
}

use sqlite::*;

struct Db(*mut sqlite3);

impl Db {
    fn open() -> Db {
        let mut db = std::ptr::null_mut();
        assert_eq!(
            unsafe { sqlite3_open(c":memory:".as_ptr(), &mut db) },
            SQLITE_OK
        );
        Db(db)
    }

    fn exec(&self, sql: &CStr) {
        let rc = unsafe {
            sqlite3_exec(
                self.0,
                sql.as_ptr(),
                None,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        assert_eq!(rc, SQLITE_OK, "{sql:?}");
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        assert_eq!(unsafe { sqlite3_close(self.0) }, SQLITE_OK);
    }
}

unsafe extern "C" fn collect(
    arg: *mut c_void,
    n: c_int,
    values: *mut *mut c_char,
    _names: *mut *mut c_char,
) -> c_int {
    let rows = unsafe { &mut *arg.cast::<Vec<Vec<String>>>() };
    let row = (0..n as usize)
        .map(|i| {
            unsafe { CStr::from_ptr(*values.add(i)) }
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    rows.push(row);
    0
}

#[test]
fn exec_with_a_rust_callback() {
    let db = Db::open();
    db.exec(c"CREATE TABLE t(name TEXT, n INTEGER); INSERT INTO t VALUES ('one', 1), ('two', 2);");
    let mut rows: Vec<Vec<String>> = Vec::new();
    let rc = unsafe {
        sqlite3_exec(
            db.0,
            c"SELECT name, n * 10 FROM t ORDER BY n".as_ptr(),
            Some(collect),
            (&raw mut rows).cast(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(rc, SQLITE_OK);
    assert_eq!(rows, [["one", "10"], ["two", "20"]]);
}

#[test]
fn prepare_step_column() {
    let db = Db::open();
    db.exec(c"CREATE TABLE sq(x INTEGER, y INTEGER)");
    for x in 1..=5i64 {
        let mut stmt = std::ptr::null_mut();
        unsafe {
            assert_eq!(
                sqlite3_prepare_v2(
                    db.0,
                    c"INSERT INTO sq VALUES (?1, ?1 * ?1)".as_ptr(),
                    -1,
                    &mut stmt,
                    std::ptr::null_mut()
                ),
                SQLITE_OK
            );
            assert_eq!(sqlite3_bind_int64(stmt, 1, x), SQLITE_OK);
            assert_eq!(sqlite3_step(stmt), SQLITE_DONE);
            assert_eq!(sqlite3_finalize(stmt), SQLITE_OK);
        }
    }
    let mut stmt = std::ptr::null_mut();
    let mut seen = Vec::new();
    unsafe {
        assert_eq!(
            sqlite3_prepare_v2(
                db.0,
                c"SELECT y, 'v' || x FROM sq WHERE x > 2 ORDER BY x".as_ptr(),
                -1,
                &mut stmt,
                std::ptr::null_mut()
            ),
            SQLITE_OK
        );
        while sqlite3_step(stmt) == SQLITE_ROW {
            let text = CStr::from_ptr(sqlite3_column_text(stmt, 1).cast());
            seen.push((
                sqlite3_column_int64(stmt, 0),
                text.to_str().unwrap().to_owned(),
            ));
        }
        assert_eq!(sqlite3_finalize(stmt), SQLITE_OK);
    }
    assert_eq!(
        seen,
        [
            (9, "v3".to_owned()),
            (16, "v4".to_owned()),
            (25, "v5".to_owned())
        ]
    );
}

#[test]
fn errors_come_back_as_codes_and_messages() {
    let db = Db::open();
    let mut err: *mut c_char = std::ptr::null_mut();
    let rc = unsafe {
        sqlite3_exec(
            db.0,
            c"SELECT * FROM missing".as_ptr(),
            None,
            std::ptr::null_mut(),
            &mut err,
        )
    };
    assert_eq!(rc, SQLITE_ERROR);
    let msg = unsafe { CStr::from_ptr(err) }
        .to_string_lossy()
        .into_owned();
    unsafe { sqlite3_free(err.cast()) };
    assert_eq!(msg, "no such table: missing");
    let errmsg = unsafe { CStr::from_ptr(sqlite3_errmsg(db.0)) };
    assert_eq!(errmsg.to_str(), Ok("no such table: missing"));
    let version = unsafe { CStr::from_ptr(sqlite3_libversion()) };
    assert!(version.to_bytes().starts_with(b"3."));
}
