/* python-snappy 0.6.1's whole cdef (the string src/snappy/snappy_cffi_builder.py passes to
 * ffi.cdef()), verbatim from https://github.com/intake/python-snappy (tag 0.6.1, commit
 * c4411aed), BSD 3-Clause License. Its set_source text is
 * tests/c/cffi_projects/python-snappy-0.6.c; it links snappy. */

typedef enum {
  SNAPPY_OK = 0,
  SNAPPY_INVALID_INPUT = 1,
  SNAPPY_BUFFER_TOO_SMALL = 2
} snappy_status;

typedef uint32_t crc_t;

int snappy_compress(const char* input,
                    size_t input_length,
                    char* compressed,
                    size_t* compressed_length);

int snappy_uncompress(const char* compressed,
                      size_t compressed_length,
                      char* uncompressed,
                      size_t* uncompressed_length);

size_t snappy_max_compressed_length(size_t source_length);

int snappy_uncompressed_length(const char* compressed,
                               size_t compressed_length,
                               size_t* result);

int snappy_validate_compressed_buffer(const char* compressed,
                                      size_t compressed_length);

crc_t crc_init(void);

crc_t crc_finalize(crc_t crc);

crc_t crc_reflect(crc_t data, size_t data_len);

crc_t crc_update(crc_t crc, const unsigned char *data, size_t data_len);

crc_t _crc32c(const char *input, int input_size);

