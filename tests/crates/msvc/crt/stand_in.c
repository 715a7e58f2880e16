/* What the static part of MSVC's C runtime gives a Rust program for x86_64- and
   i686-pc-windows-msvc, for tests/platforms.rs on a machine without MSVC: the entry point,
   the TLS directory (Rust's thread-locals, and between __xl_a and __xl_z the callbacks
   that run their destructors, `.CRT$XLB`), `_fltused` and type_info's vtable (its address
   names the type in Rust's panics; nothing reads it). Rust's standard library reads its
   arguments from the Windows API itself, so main gets none. Compiled with /Zl: no default
   libraries. The 32-bit runtime's helpers (_chkstk, _aulldiv, ...) come from ntdll. */
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

/* IMAGE_TLS_DIRECTORY64 or 32: four addresses, then two 32-bit words. */
struct tls_directory {
    const void *start, *end, *index, *callbacks;
    unsigned zero_fill, characteristics;
};
__attribute__((section(".rdata$T"))) const struct tls_directory _tls_used = {
    &_tls_start, &_tls_end, &_tls_index, &__xl_a + 1, 0, 0,
};

#ifndef _WIN64
/* Where the TEB holds the thread's TLS array: 32-bit code reads fs:[_tls_array]. */
__asm__(".globl __tls_array\n.set __tls_array, 44");
#endif

const void *const type_info_vftable[2] __asm__("??_7type_info@@6B@") = {0, 0};
