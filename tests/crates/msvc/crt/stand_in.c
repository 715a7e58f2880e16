/* What the static part of MSVC's C runtime gives a Rust program for x86_64-pc-windows-msvc,
   for tests/platforms.rs on a machine without MSVC: the entry point, the TLS directory
   (Rust's thread-locals and their destructors' callbacks, `.CRT$XLB`, sit between
   __xl_a and __xl_z), `_fltused` and type_info's vtable (its address names the type in
   Rust's panics; nothing reads it). Rust's standard library reads its arguments from
   the Windows API itself, so main gets none. Compiled with /Zl: no default libraries. */
int main(int argc, char **argv);
__declspec(dllimport) void __stdcall ExitProcess(unsigned code);

int mainCRTStartup(void) {
    ExitProcess((unsigned)main(0, 0));
    return 0;
}

int _fltused = 0x9875;
unsigned long _tls_index = 0;

__attribute__((section(".tls"))) char _tls_start = 0;
__attribute__((section(".tls$ZZZ"))) char _tls_end = 0;
typedef void (__stdcall *tls_callback)(void *, unsigned long, void *);
__attribute__((section(".CRT$XLA"))) tls_callback __xl_a = 0;
__attribute__((section(".CRT$XLZ"))) tls_callback __xl_z = 0;

struct tls_directory {
    unsigned long long start, end, index, callbacks;
    unsigned zero_fill, characteristics;
};
__attribute__((section(".rdata$T"))) const struct tls_directory _tls_used = {
    (unsigned long long)&_tls_start, (unsigned long long)&_tls_end,
    (unsigned long long)&_tls_index, (unsigned long long)(&__xl_a + 1), 0, 0,
};

const void *const type_info_vftable[2] __asm__("??_7type_info@@6B@") = {0, 0};
