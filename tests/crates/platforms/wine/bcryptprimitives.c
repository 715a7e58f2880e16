/* Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, which every Rust std since 1.78 imports
   for ProcessPrng: this stands in for it, from advapi32's RtlGenRandom. */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    return RtlGenRandom(data, (ULONG)len);
}
