//! sqlite3 through safe wrappers only: its header bound by name, its pointer idioms
//! annotated once (handles, slices, out-parameters, statuses, borrowed strings, closures
//! for callbacks), in static and `mode shared`. No `unsafe` below the block.
//! `ffi-macros`' unit test `sqlite_annotation_covers_most_of_the_api` counts what it covers.

use std::ffi::{CStr, c_int};

macro_rules! both_modes {
    ($($body:tt)*) => {
        ffi_runtime::ffi! { pub mod linked { $($body)* } }
        ffi_runtime::ffi! { pub mod loaded { $($body)* mode shared; } }
    };
}

both_modes! {
    headers ["sqlite3.h"];
    allow ["sqlite3_*", "SQLITE_*"];
    cdef "static const sqlite3_destructor_type SQLITE_TRANSIENT;";
    libraries ["sqlite3"];
    safe {
        owned sqlite3 by sqlite3_close;
        owned sqlite3_stmt by sqlite3_finalize;
        owned sqlite3_blob by sqlite3_blob_close;
        owned sqlite3_backup by sqlite3_backup_finish;
        owned sqlite3_snapshot by sqlite3_snapshot_free;
        owned sqlite3_mutex by sqlite3_mutex_free;
        borrowed sqlite3_mutex;
        owned sqlite3_str by sqlite3_str_finish;   // dropped unfinished: its text leaks
        borrowed sqlite3_value;
        borrowed sqlite3_context;
        borrowed sqlite3_index_info;

        sqlite3_open(out ppDb) -> ok = SQLITE_OK;
        sqlite3_open_v2(out ppDb, zVfs?) -> ok = SQLITE_OK;
        sqlite3_close_v2(own arg0);
        sqlite3_errmsg -> str of arg0;
        sqlite3_errstr -> static str;
        sqlite3_libversion -> static str;
        sqlite3_sourceid -> static str;
        sqlite3_prepare(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_prepare_v2(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_prepare_v3(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_prepare16(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_prepare16_v2(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_prepare16_v3(zSql[nByte], out ppStmt, pzTail = null) -> ok = SQLITE_OK;
        sqlite3_bind_blob(arg2[n], arg4 = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
        sqlite3_bind_blob64(arg2[arg3], arg4 = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
        sqlite3_bind_text(arg2[arg3], arg4 = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
        sqlite3_bind_text16(arg2[arg3], arg4 = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
        sqlite3_bind_text64(arg2[arg3], arg4 = SQLITE_TRANSIENT()) -> ok = SQLITE_OK;
        sqlite3_result_blob(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_blob64(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_text(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_text64(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_text16(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_text16le(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_text16be(arg1[arg2], arg3 = SQLITE_TRANSIENT());
        sqlite3_result_error(arg1[arg2]);
        sqlite3_result_error16(arg1[arg2]);
        sqlite3_step -> ok = SQLITE_ROW | SQLITE_DONE;
        sqlite3_column_text -> str? of arg0;
        sqlite3_column_value -> borrowed of arg0;
        sqlite3_column_name -> str? of arg0;
        sqlite3_next_stmt(pStmt?);
        sqlite3_blob_open(out ppBlob) -> ok = SQLITE_OK;
        sqlite3_blob_read(Z[N]) -> ok = SQLITE_OK;
        sqlite3_blob_write(z[n]) -> ok = SQLITE_OK;
        sqlite3_backup_init -> owned;
        sqlite3_snapshot_get(out ppSnapshot) -> ok = SQLITE_OK;
        sqlite3_randomness(P[N]);
        sqlite3_str_new -> owned;
        sqlite3_str_append(zIn[N]);
        sqlite3_mutex_alloc -> owned;
        sqlite3_db_mutex -> borrowed of arg0;
        sqlite3_get_table(out pazResult, out pnRow, out pnColumn, out pzErrmsg) -> ok = SQLITE_OK;
        sqlite3_table_column_metadata(zDbName?, zColumnName?, out pzDataType, out pzCollSeq, out pNotNull, out pPrimaryKey, out pAutoinc) -> ok = SQLITE_OK;
        sqlite3_keyword_name(out arg1, out arg2) -> ok = SQLITE_OK;
        sqlite3_status(out pCurrent, out pHighwater) -> ok = SQLITE_OK;
        sqlite3_status64(out pCurrent, out pHighwater) -> ok = SQLITE_OK;
        sqlite3_db_status(out pCur, out pHiwtr) -> ok = SQLITE_OK;
        sqlite3_wal_checkpoint_v2(zDb?, out pnLog, out pnCkpt) -> ok = SQLITE_OK;
        sqlite3_vtab_in_first(out ppOut) -> ok = SQLITE_OK;
        sqlite3_vtab_in_next(out ppOut) -> ok = SQLITE_OK;
        sqlite3_vtab_rhs_value(out ppVal) -> ok = SQLITE_OK;
        sqlite3_serialize(zSchema?, out piSize);
        sqlite3_exec(callback with arg3, out errmsg) -> ok = SQLITE_OK;
        sqlite3_busy_handler(arg1 with arg2 kept) -> ok = SQLITE_OK;
        sqlite3_set_authorizer(xAuth with pUserData kept) -> ok = SQLITE_OK;
        sqlite3_trace(xTrace with arg2 kept);
        sqlite3_profile(xProfile with arg2 kept);
        sqlite3_progress_handler(arg2 with arg3 kept);
        sqlite3_commit_hook(arg1 with arg2 kept);
        sqlite3_rollback_hook(arg1 with arg2 kept);
        sqlite3_update_hook(arg1 with arg2 kept);
        sqlite3_wal_hook(arg1 with arg2 kept);
        sqlite3_collation_needed(arg2 with arg1 kept) -> ok = SQLITE_OK;
        sqlite3_collation_needed16(arg2 with arg1 kept) -> ok = SQLITE_OK;
        sqlite3_create_collation(xCompare with pArg kept) -> ok = SQLITE_OK;
        sqlite3_create_collation_v2(xCompare with pArg kept by xDestroy) -> ok = SQLITE_OK;
        sqlite3_autovacuum_pages(arg1 with arg2 kept by arg3) -> ok = SQLITE_OK;
        sqlite3_memory_alarm(arg0 with arg1 kept) -> ok = SQLITE_OK;
        // Preconditions no type can check: kept `unsafe`.
        unsafe sqlite3_shutdown;
        unsafe sqlite3_os_end;
        unsafe sqlite3_mutex_leave;
        unsafe sqlite3_mutex_enter;         // entering a non-recursive mutex twice is UB
        unsafe sqlite3_mutex_try;
        unsafe sqlite3_value_free;          // a `borrowed` value is sqlite's to free
        unsafe sqlite3_enable_load_extension;  // lets SQL load native code
        unsafe sqlite3_free_filename;
        unsafe sqlite3_database_file_object;
        unsafe "sqlite3_uri_*";
        unsafe "sqlite3_filename_*";
        "sqlite3_*";
    }
}

macro_rules! sqlite_tests {
    ($tests:ident, $m:ident) => {
        mod $tests {
            use super::*;
            use crate::$m::*;

            fn open() -> owned::sqlite3 {
                sqlite3_open(c":memory:").expect("opens").expect("a handle")
            }

            fn run(db: &owned::sqlite3, sql: &str) {
                let st = sqlite3_prepare_v2(db, sql.as_bytes()).expect("prepares");
                let st = st.expect("a statement");
                assert_eq!(sqlite3_step(&st), Ok(SQLITE_DONE));
            }

            #[test]
            fn open_prepare_bind_step_column_finalize_close() {
                let mut db = open();
                assert_eq!(sqlite3_errmsg(&mut db), c"not an error");
                run(&db, "create table t(name text, data blob, n int)");
                let st = sqlite3_prepare_v2(&db, b"insert into t values (?, ?, ?)");
                let st = st.expect("prepares").expect("a statement");
                for (i, name) in ["ada", "grace"].iter().enumerate() {
                    sqlite3_bind_text(&st, 1, name.as_bytes()).expect("binds text");
                    sqlite3_bind_blob(&st, 2, &[i as u8; 3]).expect("binds a blob");
                    assert_eq!(sqlite3_bind_int(&st, 3, 10 * i as c_int), SQLITE_OK);
                    assert_eq!(sqlite3_step(&st), Ok(SQLITE_DONE));
                    assert_eq!(sqlite3_reset(&st), SQLITE_OK);
                }
                assert_eq!(sqlite3_finalize(st), SQLITE_OK);
                let sql = b"select name, data, n from t order by n";
                let mut st = sqlite3_prepare_v2(&db, sql)
                    .expect("prepares")
                    .expect("a statement");
                let mut rows = Vec::new();
                while sqlite3_step(&st) == Ok(SQLITE_ROW) {
                    let name = sqlite3_column_text(&mut st, 0).map(CStr::to_owned);
                    let bytes = sqlite3_column_bytes(&st, 1);
                    rows.push((name, bytes, sqlite3_column_int(&st, 2)));
                }
                assert_eq!(sqlite3_column_name(&mut st, 0), Some(c"name"));
                drop(st);
                assert_eq!(
                    rows,
                    [
                        (Some(c"ada".to_owned()), 3, 0),
                        (Some(c"grace".to_owned()), 3, 10)
                    ]
                );
                assert_eq!(sqlite3_close(db), SQLITE_OK);
            }

            #[test]
            fn errors_are_results_and_strings_borrow_their_handle() {
                let mut db = open();
                let err = sqlite3_prepare_v2(&db, b"select * from missing").expect_err("no table");
                assert_eq!(err, SQLITE_ERROR);
                assert_eq!(sqlite3_errmsg(&mut db), c"no such table: missing");
                assert!(sqlite3_libversion().to_bytes().starts_with(b"3."));
                assert_eq!(sqlite3_errstr(SQLITE_BUSY), c"database is locked");
            }

            #[test]
            fn closures_for_callbacks() {
                let db = open();
                run(&db, "create table t(x text)");
                run(&db, "insert into t values ('b'), ('a'), ('C')");
                // Lent for the call: captures a local.
                let mut seen = 0;
                let mut count_rows =
                    |_n: c_int,
                     _values: *mut *mut std::ffi::c_char,
                     _names: *mut *mut std::ffi::c_char| {
                        seen += 1;
                        0
                    };
                let errmsg = sqlite3_exec(&db, c"select x from t", &mut count_rows);
                assert!(errmsg.expect("runs").is_null());
                assert_eq!(seen, 3);
                // Kept by C: a collation, boxed, freed by sqlite through its destructor.
                // It compares by length alone: 'b', 'a' and 'C' are all equal.
                let by_length = |n1: c_int,
                                 _: *const std::ffi::c_void,
                                 n2: c_int,
                                 _: *const std::ffi::c_void| n1 - n2;
                assert_eq!(
                    sqlite3_create_collation_v2(&db, c"len", SQLITE_UTF8, by_length),
                    Ok(())
                );
                let mut distinct = 0;
                let mut count =
                    |_: c_int, _: *mut *mut std::ffi::c_char, _: *mut *mut std::ffi::c_char| {
                        distinct += 1;
                        0
                    };
                let sql = c"select distinct x collate len from t";
                assert!(sqlite3_exec(&db, sql, &mut count).expect("runs").is_null());
                assert_eq!(distinct, 1);
                // Kept and never freed: a busy handler.
                assert_eq!(sqlite3_busy_handler(&db, |_tries: c_int| 0), Ok(()));
                assert_eq!(sqlite3_close(db), SQLITE_OK);
            }
        }
    };
}

sqlite_tests!(linked_tests, linked);
sqlite_tests!(loaded_tests, loaded);
