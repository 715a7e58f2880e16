/* pyca/bcrypt 3.2.2's whole cdef (the string src/build_bcrypt.py passes to ffi.cdef()),
 * verbatim from https://github.com/pyca/bcrypt (tag 3.2.2, commit a86360fe), Apache-2.0.
 * Its set_source text is '#include "pycabcrypt.h"' with the C files of
 * tests/c/cffi_projects/bcrypt-3.2/ as sources. */

int bcrypt_hashpass(const char *, const char *, char *, size_t);
int encode_base64(char *, const uint8_t *, size_t);
int bcrypt_pbkdf(const char *, size_t, const uint8_t *, size_t,
                 uint8_t *, size_t, unsigned int);
int timingsafe_bcmp(const void *, const void *, size_t);
