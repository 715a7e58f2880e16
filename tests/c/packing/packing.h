/* `#pragma pack` in each of its forms, around records a block binds by header
 * (tests/packing.rs). Each record's layout is checked against C's `sizeof`/`offsetof`. */
#ifndef PACKING_H
#define PACKING_H
#include <stddef.h>
#include <stdint.h>

#pragma pack(push, 1)
struct pk_one { char c; int32_t i; double d; };
#pragma pack(pop)

#pragma pack(2)
struct pk_two { char c; int32_t i; int64_t l; };
#pragma pack()

#pragma pack(push, outer, 4)
struct pk_four { char c; int64_t l; struct { char a; int16_t b; } inner; };
#pragma pack(push, 8)
/* A limit no member reaches changes nothing. */
struct pk_eight { char c; int64_t l; };
#pragma pack(pop)
struct pk_four_again { char c; double d; };
#pragma pack(pop, outer)

struct pk_natural { char c; int64_t l; };

/* libsodium's shape: a pack no member needs, around a struct aligned on its own. */
#pragma pack(push, 1)
struct __attribute__((aligned(16))) pk_aligned_bytes { unsigned char opaque[24]; };
#pragma pack(pop)

/* C's facts about record `which` (1 = pk_one … 6 = pk_natural, 7 = pk_aligned_bytes). */
size_t pk_size(int which);
size_t pk_second_offset(int which);
int32_t pk_two_i(struct pk_two s);
#endif
