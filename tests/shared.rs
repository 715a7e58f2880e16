//! `mode shared`: the block's C is built at build time into a shared object named by its
//! content hash, opened on first use and checked against the hash compiled in.

use std::ffi::{CStr, c_int};

ffi_runtime::ffi! {
    pub mod shapes {
        cdef r#"
            struct rect { double w, h; };
            typedef struct { int r, g, b; } rgb;
            enum kind { SQUARE, WIDE, TALL };
            #define UNIT "cm"
            #define SCALE ...
            static const int MAX_SIDE;
            struct rect grow(struct rect r, double by);
            double area(struct rect r);
            enum kind classify(struct rect r);
            rgb mix(rgb a, rgb b);
            const char *unit_name(void);
            int calls;
        "#;
        source r#"
            #define SCALE 100
            static const int MAX_SIDE = 1000;
            struct rect { double w, h; };
            typedef struct { int r, g, b; } rgb;
            enum kind { SQUARE, WIDE, TALL };
            int calls;
            struct rect grow(struct rect r, double by) { calls++; r.w *= by; r.h *= by; return r; }
            double area(struct rect r) { calls++; return r.w * r.h; }
            enum kind classify(struct rect r) { return r.w == r.h ? SQUARE : r.w > r.h ? WIDE : TALL; }
            rgb mix(rgb a, rgb b) { rgb m = { (a.r + b.r) / 2, (a.g + b.g) / 2, (a.b + b.b) / 2 }; return m; }
            const char *unit_name(void) { return "centimetre"; }
        "#;
        mode shared;
    }
}

ffi_runtime::ffi! {
    mod gone {
        cdef "int answer(void);";
        source "int answer(void) { return 42; }";
        mode shared;
    }
}

ffi_runtime::ffi! {
    mod swapped {
        cdef "int answer(void);";
        source "int answer(void) { return 43; }";
        mode shared;
    }
}

ffi_runtime::ffi! {
    mod relocated {
        cdef "int seven(void);";
        source "int seven(void) { return 7; }";
        mode shared;
    }
}

#[test]
fn set_artifact_dir_is_searched_first() {
    // Only `relocated`'s artifact is in the directory; other blocks fall through to theirs.
    let dir = std::env::temp_dir().join(format!("ffi-relocated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let a = relocated::artifact();
    std::fs::copy(a.build_path(), dir.join(a.file_name())).expect("copy artifact");
    let _moved = Moved::away(a.build_path());
    ffi_runtime::set_artifact_dir(&dir);
    assert_eq!(a.search_path()[0], dir.join(a.file_name()));
    assert_eq!(relocated::seven(), 7);
    drop(_moved);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn structs_by_value_enums_and_constants() {
    let r = shapes::rect { w: 2.0, h: 3.0 };
    let g = shapes::grow(r, 2.0);
    assert_eq!((g.w, g.h), (4.0, 6.0));
    assert_eq!(shapes::area(g), 24.0);
    assert_eq!(shapes::classify(g), shapes::TALL);
    assert_eq!(
        shapes::classify(shapes::rect { w: 1.0, h: 1.0 }),
        shapes::SQUARE
    );
    let m = shapes::mix(
        shapes::rgb {
            r: 10,
            g: 20,
            b: 30,
        },
        shapes::rgb {
            r: 30,
            g: 40,
            b: 50,
        },
    );
    assert_eq!((m.r, m.g, m.b), (20, 30, 40));
    assert_eq!(shapes::UNIT, c"cm");
    let scale: c_int = shapes::SCALE;
    assert_eq!((scale, shapes::MAX_SIDE), (100, 1000));
    assert_eq!(
        unsafe { CStr::from_ptr(shapes::unit_name()) },
        c"centimetre"
    );
    assert!(unsafe { *shapes::calls() } >= 2);
    assert_eq!(shapes::sys::LIBRARY.opens(), 1);
}

#[test]
fn the_artifact_is_named_by_content_hash() {
    let a = shapes::artifact();
    assert!(a.file_name().starts_with("libffi_shapes_") && a.file_name().ends_with(".so"));
    assert!(a.file_name().contains(&a.hash()[..16]));
    assert!(a.build_path().is_file(), "{}", a.build_path().display());
    assert_eq!(a.env_var(), "SHARED_FFI_DIR");
    // Different C, different artifact.
    assert_ne!(
        gone::artifact().file_name(),
        swapped::artifact().file_name()
    );
}

/// Moves a file away and puts it back when dropped, even if the test fails.
struct Moved(std::path::PathBuf, std::path::PathBuf);

impl Moved {
    fn away(path: std::path::PathBuf) -> Moved {
        let aside = path.with_extension("so.aside");
        std::fs::rename(&path, &aside).expect("move the artifact aside");
        Moved(path, aside)
    }
}

impl Drop for Moved {
    fn drop(&mut self) {
        let _ = std::fs::rename(&self.1, &self.0);
    }
}

#[test]
fn a_missing_or_stale_artifact_is_refused_with_a_typed_error() {
    let build_path = gone::artifact().build_path();
    let _moved = Moved::away(build_path.clone());
    // Missing: every place searched is named, and run-time compiling is refused.
    let err = ffi_runtime::Library::artifact(gone::artifact())
        .load()
        .expect_err("missing");
    let text = err.to_string();
    assert!(matches!(err, ffi_runtime::Error::Missing { .. }), "{err:?}");
    assert!(
        text.contains(gone::artifact().file_name()) && text.contains(gone::artifact().hash()),
        "{text}"
    );
    assert!(text.contains(&build_path.display().to_string()), "{text}");
    assert!(text.contains("never compiles C at run time"), "{text}");

    // Stale: a file with the right name built from other C.
    std::fs::copy(swapped::artifact().build_path(), &build_path).expect("plant the other artifact");
    let err = ffi_runtime::Library::artifact(gone::artifact())
        .load()
        .expect_err("stale");
    let _ = std::fs::remove_file(&build_path);
    match &err {
        ffi_runtime::Error::Stale {
            expected, found, ..
        } => {
            assert_eq!(expected, gone::artifact().hash());
            assert_eq!(found.as_deref(), Some(swapped::artifact().hash()));
        }
        other => panic!("expected Stale, got {other:?}"),
    }
    assert!(err.to_string().contains("stale"), "{err}");
    drop(_moved);
    assert_eq!(
        gone::answer(),
        42,
        "with the artifact back, the block loads"
    );
}
