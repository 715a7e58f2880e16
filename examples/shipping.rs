//! Shipping a `mode shared` binary: the C is built into a shared object at build time,
//! loaded on first use, and looked for beside the executable. Nothing compiles at run time.
//!
//! ```sh
//! cargo build --release --example shipping
//! target/release/examples/shipping --artifact      # where the build put the .so
//! mkdir -p dist && cp target/release/examples/shipping "$(target/release/examples/shipping --artifact)" dist/
//! dist/shipping
//! ```

ffi_runtime::ffi! {
    /// Geometry in C, shipped as a shared object next to the binary.
    pub mod geometry {
        cdef r#"
            struct vec2 { double x, y; };
            #define ORIGIN_NAME "origin"
            #define DIMENSIONS ...
            struct vec2 vec2_add(struct vec2 a, struct vec2 b);
            double vec2_dot(struct vec2 a, struct vec2 b);
        "#;
        source r#"
            #define DIMENSIONS 2
            struct vec2 { double x, y; };
            struct vec2 vec2_add(struct vec2 a, struct vec2 b) {
                struct vec2 r = { a.x + b.x, a.y + b.y };
                return r;
            }
            double vec2_dot(struct vec2 a, struct vec2 b) { return a.x * b.x + a.y * b.y; }
        "#;
        mode shared;
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("--artifact") {
        println!("{}", geometry::artifact().build_path().display());
        return;
    }
    if let Err(e) = geometry::load() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
    let a = geometry::vec2 { x: 1.0, y: 2.0 };
    let b = geometry::vec2 { x: 3.0, y: 4.0 };
    let sum = geometry::vec2_add(a, b);
    println!(
        "{}D: sum=({}, {}) dot={} from {}",
        geometry::DIMENSIONS,
        sum.x,
        sum.y,
        geometry::vec2_dot(a, b),
        geometry::artifact().file_name()
    );
}
