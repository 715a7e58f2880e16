/* Bit-fields under `#pragma pack` (tests/ui/fail/headers_errors.rs). */
#pragma pack(push, 2)
struct pk_bits { char c; int flag : 3; int more; };
#pragma pack(pop)
