/* `pk_two_i` for the API-mode blocks of tests/packing.rs, compiled on its own. */
#include "packing.h"

int32_t pk_two_i(struct pk_two s) { return s.i; }
