// A partial struct and the other forms whose values come from the C compiler.
ffi_runtime::ffi! {
    pub mod clock {
        cdef r#"
            struct tm { int tm_sec; int tm_min; int tm_hour; ...; };
            typedef ... clockid_t;
            #define CLOCKS_PER_SEC ...
            static const int TIME_UTC;
            int hours[...];
        "#;
        source r#"
            #include <time.h>
            int hours[24];
        "#;
    }
}
