/* PyNaCl 1.5.0's whole cdef: src/bindings/*.h concatenated in name order, as its
 * build.py passes each to ffi.cdef(). Verbatim from https://github.com/pyca/pynacl
 * (tag 1.5.0), Apache License 2.0 (each file's own notice follows). */

/* ---- src/bindings/crypto_aead.h ---- */
/* Copyright 2017 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_aead_chacha20poly1305_ietf_keybytes(void);
size_t crypto_aead_chacha20poly1305_ietf_nsecbytes(void);
size_t crypto_aead_chacha20poly1305_ietf_npubbytes(void);
size_t crypto_aead_chacha20poly1305_ietf_abytes(void);
size_t crypto_aead_chacha20poly1305_ietf_messagebytes_max(void);

size_t crypto_aead_chacha20poly1305_keybytes(void);
size_t crypto_aead_chacha20poly1305_nsecbytes(void);
size_t crypto_aead_chacha20poly1305_npubbytes(void);
size_t crypto_aead_chacha20poly1305_abytes(void);
size_t crypto_aead_chacha20poly1305_messagebytes_max(void);

size_t crypto_aead_xchacha20poly1305_ietf_keybytes(void);
size_t crypto_aead_xchacha20poly1305_ietf_nsecbytes(void);
size_t crypto_aead_xchacha20poly1305_ietf_npubbytes(void);
size_t crypto_aead_xchacha20poly1305_ietf_abytes(void);
size_t crypto_aead_xchacha20poly1305_ietf_messagebytes_max(void);

int crypto_aead_chacha20poly1305_ietf_encrypt(unsigned char *c,
                                              unsigned long long *clen,
                                              const unsigned char *m,
                                              unsigned long long mlen,
                                              const unsigned char *ad,
                                              unsigned long long adlen,
                                              const unsigned char *nsec,
                                              const unsigned char *npub,
                                              const unsigned char *k);

int crypto_aead_chacha20poly1305_ietf_decrypt(unsigned char *m,
                                              unsigned long long *mlen,
                                              unsigned char *nsec,
                                              const unsigned char *c,
                                              unsigned long long clen,
                                              const unsigned char *ad,
                                              unsigned long long adlen,
                                              const unsigned char *npub,
                                              const unsigned char *k);

int crypto_aead_chacha20poly1305_encrypt(unsigned char *c,
        			         unsigned long long *clen,
        			         const unsigned char *m,
        			         unsigned long long mlen,
        			         const unsigned char *ad,
        			         unsigned long long adlen,
        			         const unsigned char *nsec,
        			         const unsigned char *npub,
        			         const unsigned char *k);

int crypto_aead_chacha20poly1305_decrypt(unsigned char *m,
        			         unsigned long long *mlen,
        			         unsigned char *nsec,
        			         const unsigned char *c,
        			         unsigned long long clen,
        			         const unsigned char *ad,
        			         unsigned long long adlen,
        			         const unsigned char *npub,
        			         const unsigned char *k);

int crypto_aead_xchacha20poly1305_ietf_encrypt(unsigned char *c,
                                              unsigned long long *clen,
                                              const unsigned char *m,
                                              unsigned long long mlen,
                                              const unsigned char *ad,
                                              unsigned long long adlen,
                                              const unsigned char *nsec,
                                              const unsigned char *npub,
                                              const unsigned char *k);

int crypto_aead_xchacha20poly1305_ietf_decrypt(unsigned char *m,
                                              unsigned long long *mlen,
                                              unsigned char *nsec,
                                              const unsigned char *c,
                                              unsigned long long clen,
                                              const unsigned char *ad,
                                              unsigned long long adlen,
                                              const unsigned char *npub,
                                              const unsigned char *k);

/* ---- src/bindings/crypto_box.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_box_secretkeybytes();
size_t crypto_box_publickeybytes();
size_t crypto_box_seedbytes();
size_t crypto_box_zerobytes();
size_t crypto_box_boxzerobytes();
size_t crypto_box_noncebytes();
size_t crypto_box_beforenmbytes();
size_t crypto_box_sealbytes();


int crypto_box_keypair(unsigned char *pk, unsigned char *sk);

int crypto_box_seed_keypair(unsigned char *pk, unsigned char *sk,
                            const unsigned char *seed);

int crypto_box(unsigned char *c,        const unsigned char *m,
               unsigned long long mlen, const unsigned char *n,
         const unsigned char *pk,       const unsigned char *sk);

int crypto_box_open(unsigned char *m,        const unsigned char *c,
                    unsigned long long clen, const unsigned char *n,
              const unsigned char *pk,       const unsigned char *sk);

int crypto_box_beforenm(unsigned char *k, const unsigned char *pk,
                  const unsigned char *sk);

int crypto_box_afternm(unsigned char *c,        const unsigned char *m,
                       unsigned long long mlen, const unsigned char *n,
                 const unsigned char *k);

int crypto_box_open_afternm(unsigned char *m,        const unsigned char *c,
                            unsigned long long clen, const unsigned char *n,
                      const unsigned char *k);

int crypto_box_seal(unsigned char *c, const unsigned char *m,
                    unsigned long long mlen, const unsigned char *pk);

int crypto_box_seal_open(unsigned char *m, const unsigned char *c,
                         unsigned long long clen,
                         const unsigned char *pk, const unsigned char *sk);

/* ---- src/bindings/crypto_core.h ---- */
/* Copyright 2017 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

static const int PYNACL_HAS_CRYPTO_CORE_ED25519;

size_t crypto_core_ed25519_bytes();
size_t crypto_core_ed25519_scalarbytes(void);
size_t crypto_core_ed25519_nonreducedscalarbytes(void);

int crypto_core_ed25519_is_valid_point(const unsigned char *p);
int crypto_core_ed25519_add(unsigned char *r, const unsigned char *p, const unsigned char *q);
int crypto_core_ed25519_sub(unsigned char *r, const unsigned char *p, const unsigned char *q);

int crypto_core_ed25519_scalar_invert(unsigned char *recip, const unsigned char *s);
void crypto_core_ed25519_scalar_negate(unsigned char *neg, const unsigned char *s);
void crypto_core_ed25519_scalar_complement(unsigned char *comp, const unsigned char *s);
void crypto_core_ed25519_scalar_add(unsigned char *z, const unsigned char *x,
                                    const unsigned char *y);
void crypto_core_ed25519_scalar_sub(unsigned char *z, const unsigned char *x,
                                    const unsigned char *y);
void crypto_core_ed25519_scalar_mul(unsigned char *z, const unsigned char *x,
                                    const unsigned char *y);
void crypto_core_ed25519_scalar_reduce(unsigned char *r, const unsigned char *s);

/* ---- src/bindings/crypto_generichash.h ---- */
/* Copyright 2013-2017 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// blake2b
size_t crypto_generichash_blake2b_bytes_min();
size_t crypto_generichash_blake2b_bytes_max();
size_t crypto_generichash_blake2b_bytes();

size_t crypto_generichash_blake2b_keybytes_min();
size_t crypto_generichash_blake2b_keybytes_max();
size_t crypto_generichash_blake2b_keybytes();
size_t crypto_generichash_blake2b_saltbytes();
size_t crypto_generichash_blake2b_personalbytes();

size_t crypto_generichash_statebytes();

/*
 * We use crypto_generichash_blake2b_state * as
 * a pointer to a opaque buffer,
 * therefore the following typedef makes sense:
 */

typedef void crypto_generichash_blake2b_state;


int crypto_generichash_blake2b_salt_personal(
				unsigned char *out, size_t outlen,
				const unsigned char *in,
				unsigned long long inlen,
				const unsigned char *key, size_t keylen,
				const unsigned char *salt,
				const unsigned char *personal);

int crypto_generichash_blake2b_init_salt_personal(
				crypto_generichash_blake2b_state *state,
				const unsigned char *key,
				const size_t keylen, const size_t outlen,
				const unsigned char *salt,
				const unsigned char *personal);

int crypto_generichash_blake2b_update(
				crypto_generichash_blake2b_state *state,
				const unsigned char *in,
				unsigned long long inlen);

int crypto_generichash_blake2b_final(
				crypto_generichash_blake2b_state *state,
				unsigned char *out,
				const size_t outlen);

/* ---- src/bindings/crypto_hash.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */


// size_t crypto_hash_bytes();
size_t crypto_hash_sha256_bytes();
size_t crypto_hash_sha512_bytes();


int crypto_hash(unsigned char *out, const unsigned char *in,
                unsigned long long inlen);

int crypto_hash_sha256(unsigned char *out, const unsigned char *in,
                       unsigned long long inlen);

int crypto_hash_sha512(unsigned char *out, const unsigned char *in,
                       unsigned long long inlen);

/* ---- src/bindings/crypto_kx.h ---- */
/* Copyright 2018 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_kx_publickeybytes(void);
size_t crypto_kx_secretkeybytes(void);
size_t crypto_kx_seedbytes(void);
size_t crypto_kx_sessionkeybytes(void);

int crypto_kx_seed_keypair(unsigned char pk[32],
                           unsigned char sk[32],
                           const unsigned char seed[32]);

int crypto_kx_keypair(unsigned char pk[32],
                      unsigned char sk[32]);

int crypto_kx_client_session_keys(unsigned char rx[32],
                                  unsigned char tx[32],
                                  const unsigned char client_pk[32],
                                  const unsigned char client_sk[32],
                                  const unsigned char server_pk[32]);

int crypto_kx_server_session_keys(unsigned char rx[32],
                                  unsigned char tx[32],
                                  const unsigned char server_pk[32],
                                  const unsigned char server_sk[32],
                                  const unsigned char client_pk[32]);

/* ---- src/bindings/crypto_pwhash.h ---- */
/* Copyright 2014 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

static const int PYNACL_HAS_CRYPTO_PWHASH_SCRYPTSALSA208SHA256;

size_t crypto_pwhash_scryptsalsa208sha256_saltbytes(void);
size_t crypto_pwhash_scryptsalsa208sha256_strbytes(void);
size_t crypto_pwhash_scryptsalsa208sha256_bytes_min(void);
size_t crypto_pwhash_scryptsalsa208sha256_bytes_max(void);
size_t crypto_pwhash_scryptsalsa208sha256_passwd_min(void);
size_t crypto_pwhash_scryptsalsa208sha256_passwd_max(void);
size_t crypto_pwhash_scryptsalsa208sha256_opslimit_min(void);
size_t crypto_pwhash_scryptsalsa208sha256_opslimit_max(void);
size_t crypto_pwhash_scryptsalsa208sha256_memlimit_min(void);
size_t crypto_pwhash_scryptsalsa208sha256_memlimit_max(void);
size_t crypto_pwhash_scryptsalsa208sha256_opslimit_interactive(void);
size_t crypto_pwhash_scryptsalsa208sha256_memlimit_interactive(void);
size_t crypto_pwhash_scryptsalsa208sha256_opslimit_sensitive(void);
size_t crypto_pwhash_scryptsalsa208sha256_memlimit_sensitive(void);

const char *crypto_pwhash_scryptsalsa208sha256_strprefix(void);

int crypto_pwhash_scryptsalsa208sha256_ll(const uint8_t * const passwd,
                                           size_t passwdlen,
                                           const uint8_t * salt,
                                           size_t saltlen,
                                           uint64_t N, uint32_t r, uint32_t p,
                                           uint8_t * buf, size_t buflen);

/* #define crypto_pwhash_scryptsalsa208sha256_STRBYTES 102 */
int crypto_pwhash_scryptsalsa208sha256_str(char out[102],
                                            const char * const passwd,
                                            unsigned long long passwdlen,
                                            unsigned long long opslimit,
                                            size_t memlimit);

int crypto_pwhash_scryptsalsa208sha256_str_verify(const char str[102],
                                                   const char * const passwd,
                                                   unsigned long long passwdlen);

/*
 *  argon2 bindings
 */

/*
 *  general argon2 limits
 */

size_t crypto_pwhash_strbytes(void);
size_t crypto_pwhash_saltbytes(void);
size_t crypto_pwhash_bytes_min(void);
size_t crypto_pwhash_bytes_max(void);
size_t crypto_pwhash_passwd_min(void);
size_t crypto_pwhash_passwd_max(void);

/*
 *  available algorithms identifiers
 */

int crypto_pwhash_alg_default(void);
int crypto_pwhash_alg_argon2i13(void);
int crypto_pwhash_alg_argon2id13(void);

/*
 *  argon2i recommended limits
 */

size_t crypto_pwhash_argon2i_memlimit_interactive(void);
size_t crypto_pwhash_argon2i_memlimit_moderate(void);
size_t crypto_pwhash_argon2i_memlimit_sensitive(void);
size_t crypto_pwhash_argon2i_memlimit_min(void);
size_t crypto_pwhash_argon2i_memlimit_max(void);
size_t crypto_pwhash_argon2i_opslimit_min(void);
size_t crypto_pwhash_argon2i_opslimit_max(void);
size_t crypto_pwhash_argon2i_opslimit_interactive(void);
size_t crypto_pwhash_argon2i_opslimit_moderate(void);
size_t crypto_pwhash_argon2i_opslimit_sensitive(void);

/*
 *  argon2id recommended limits
 */

size_t crypto_pwhash_argon2id_memlimit_interactive(void);
size_t crypto_pwhash_argon2id_memlimit_moderate(void);
size_t crypto_pwhash_argon2id_memlimit_sensitive(void);
size_t crypto_pwhash_argon2id_memlimit_min(void);
size_t crypto_pwhash_argon2id_memlimit_max(void);
size_t crypto_pwhash_argon2id_opslimit_min(void);
size_t crypto_pwhash_argon2id_opslimit_max(void);
size_t crypto_pwhash_argon2id_opslimit_interactive(void);
size_t crypto_pwhash_argon2id_opslimit_moderate(void);
size_t crypto_pwhash_argon2id_opslimit_sensitive(void);

/*
 *  libsodium's default argon2 algorithm recommended limits
 */

size_t crypto_pwhash_memlimit_interactive(void);
size_t crypto_pwhash_memlimit_moderate(void);
size_t crypto_pwhash_memlimit_sensitive(void);
size_t crypto_pwhash_memlimit_min(void);
size_t crypto_pwhash_memlimit_max(void);
size_t crypto_pwhash_opslimit_min(void);
size_t crypto_pwhash_opslimit_max(void);
size_t crypto_pwhash_opslimit_interactive(void);
size_t crypto_pwhash_opslimit_moderate(void);
size_t crypto_pwhash_opslimit_sensitive(void);

/*
 * Modular crypt string prefix for implemented argon2 constructions
 */

const char *crypto_pwhash_argon2i_strprefix(void);
const char *crypto_pwhash_argon2id_strprefix(void);

/*
 *  crypto_pwhash raw constructs
 */

int crypto_pwhash(unsigned char * const out, unsigned long long outlen,
		  const char * const passwd, unsigned long long passwdlen,
		  const unsigned char * const salt,
		  unsigned long long opslimit, size_t memlimit, int alg);

/*
 *  #define crypto_pwhash_argon2i_STRBYTES 128U
 *  #define crypto_pwhash_STRBYTES crypto_pwhash_argon2i_STRBYTES
 */

int crypto_pwhash_str_alg(char out[128],
                          const char * const passwd,
                          unsigned long long passwdlen,
                          unsigned long long opslimit,
                          size_t memlimit,
                          int alg);

int crypto_pwhash_str_verify(const char str[128],
                             const char * const passwd,
                             unsigned long long passwdlen);

int crypto_pwhash_str_needs_rehash(const char str[128],
                                   unsigned long long opslimit, size_t memlimit);

/* ---- src/bindings/crypto_scalarmult.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

static const int PYNACL_HAS_CRYPTO_SCALARMULT_ED25519;

size_t crypto_scalarmult_bytes();
size_t crypto_scalarmult_scalarbytes();
size_t crypto_scalarmult_ed25519_bytes();
size_t crypto_scalarmult_ed25519_scalarbytes();

int crypto_scalarmult_base(unsigned char *q, const unsigned char *n);
int crypto_scalarmult(unsigned char *q, const unsigned char *n, const unsigned char *p);
int crypto_scalarmult_ed25519(unsigned char *q, const unsigned char *n, const unsigned char *p);
int crypto_scalarmult_ed25519_base(unsigned char *q, const unsigned char *n);
int crypto_scalarmult_ed25519_noclamp(unsigned char *q, const unsigned char *n,
                                      const unsigned char *p);
int crypto_scalarmult_ed25519_base_noclamp(unsigned char *q, const unsigned char *n);

/* ---- src/bindings/crypto_secretbox.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_secretbox_keybytes();
size_t crypto_secretbox_noncebytes();
size_t crypto_secretbox_zerobytes();
size_t crypto_secretbox_boxzerobytes();
size_t crypto_secretbox_macbytes();
size_t crypto_secretbox_messagebytes_max();


int crypto_secretbox(unsigned char *c,        const unsigned char *m,
                     unsigned long long mlen, const unsigned char *n,
               const unsigned char *k);

int crypto_secretbox_open(unsigned char *m,        const unsigned char *c,
                          unsigned long long clen, const unsigned char *n,
                    const unsigned char *k);

/* ---- src/bindings/crypto_secretstream.h ---- */
/* Copyright 2013-2018 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_secretstream_xchacha20poly1305_abytes(void);
size_t crypto_secretstream_xchacha20poly1305_headerbytes(void);
size_t crypto_secretstream_xchacha20poly1305_keybytes(void);
size_t crypto_secretstream_xchacha20poly1305_messagebytes_max(void);

unsigned char crypto_secretstream_xchacha20poly1305_tag_message(void);
unsigned char crypto_secretstream_xchacha20poly1305_tag_push(void);
unsigned char crypto_secretstream_xchacha20poly1305_tag_rekey(void);
unsigned char crypto_secretstream_xchacha20poly1305_tag_final(void);

/*
 * We use crypto_secretstream_xchacha20poly1305_state * as
 * a pointer to an opaque buffer,
 * therefore the following typedef makes sense:
 */

typedef void crypto_secretstream_xchacha20poly1305_state;

size_t crypto_secretstream_xchacha20poly1305_statebytes(void);

void crypto_secretstream_xchacha20poly1305_keygen
   (unsigned char *k);

int crypto_secretstream_xchacha20poly1305_init_push (crypto_secretstream_xchacha20poly1305_state *state,
    unsigned char *header,
    const unsigned char *k);

int crypto_secretstream_xchacha20poly1305_push
   (crypto_secretstream_xchacha20poly1305_state *state,
    unsigned char *c, unsigned long long *clen_p,
    const unsigned char *m, unsigned long long mlen,
    const unsigned char *ad, unsigned long long adlen, unsigned char tag);

int crypto_secretstream_xchacha20poly1305_init_pull
   (crypto_secretstream_xchacha20poly1305_state *state,
    const unsigned char *header,
    const unsigned char *k);

int crypto_secretstream_xchacha20poly1305_pull
   (crypto_secretstream_xchacha20poly1305_state *state,
    unsigned char *m, unsigned long long *mlen_p, unsigned char *tag_p,
    const unsigned char *c, unsigned long long clen,
    const unsigned char *ad, unsigned long long adlen);

void crypto_secretstream_xchacha20poly1305_rekey
    (crypto_secretstream_xchacha20poly1305_state *state);

/* ---- src/bindings/crypto_shorthash.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

static const int PYNACL_HAS_CRYPTO_SHORTHASH_SIPHASHX24;

// size_t crypto_hash_bytes();

size_t crypto_shorthash_siphash24_bytes();
size_t crypto_shorthash_siphash24_keybytes();

int crypto_shorthash_siphash24(unsigned char *out, const unsigned char *in,
                               unsigned long long inlen, const unsigned char *k);

size_t crypto_shorthash_siphashx24_bytes();
size_t crypto_shorthash_siphashx24_keybytes();

int crypto_shorthash_siphashx24(unsigned char *out, const unsigned char *in,
                                unsigned long long inlen, const unsigned char *k);


/* ---- src/bindings/crypto_sign.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t crypto_sign_bytes();
// size_t crypto_sign_seedbytes();
size_t crypto_sign_publickeybytes();
size_t crypto_sign_secretkeybytes();
size_t crypto_sign_ed25519ph_statebytes();


int crypto_sign_keypair(unsigned char *pk, unsigned char *sk);

int crypto_sign_seed_keypair(unsigned char *pk, unsigned char *sk,
                       const unsigned char *seed);

int crypto_sign(unsigned char *sm, unsigned long long *smlen,
          const unsigned char *m,  unsigned long long mlen,
          const unsigned char *sk);

int crypto_sign_open(unsigned char *m,  unsigned long long *mlen,
               const unsigned char *sm, unsigned long long smlen,
               const unsigned char *pk);

int crypto_sign_ed25519_pk_to_curve25519(unsigned char *curve25519_pk,
                                         const unsigned char *ed25519_pk);

int crypto_sign_ed25519_sk_to_curve25519(unsigned char *curve25519_sk,
                                         const unsigned char *ed25519_sk);

/*
 * We use crypto_sign_ed25519ph_state * as
 * a pointer to a opaque buffer,
 * therefore the following typedef makes sense:
 */

typedef void crypto_sign_ed25519ph_state;

int crypto_sign_ed25519ph_init(crypto_sign_ed25519ph_state *state);

int crypto_sign_ed25519ph_update(crypto_sign_ed25519ph_state *state,
                                 const unsigned char *m,
				 unsigned long long mlen);

int crypto_sign_ed25519ph_final_create(crypto_sign_ed25519ph_state *state,
                                       unsigned char *sig,
                                       unsigned long long *siglen_p,
                                       const unsigned char *sk);

int crypto_sign_ed25519ph_final_verify(crypto_sign_ed25519ph_state *state,
                                       unsigned char *sig,
                                       const unsigned char *pk);

/* ---- src/bindings/randombytes.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

size_t randombytes_seedbytes();

void randombytes(unsigned char * const buf, const unsigned long long buf_len);
void randombytes_buf_deterministic(void * const buf, const size_t size, const unsigned char seed[32]);
/* ---- src/bindings/sodium_core.h ---- */
/* Copyright 2013 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

int sodium_init();

/* ---- src/bindings/utils.h ---- */
/* Copyright 2013-2017 Donald Stufft and individual contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

void sodium_memzero(void * const pnt, const size_t len);
int sodium_memcmp(const void * const b1_, const void * const b2_, size_t len);

int sodium_mlock(void * const addr, const size_t len);
int sodium_munlock(void * const addr, const size_t len);

int sodium_pad(size_t *padded_buflen_p, unsigned char *buf,
               size_t unpadded_buflen, size_t blocksize, size_t max_buflen);
int sodium_unpad(size_t *unpadded_buflen_p, const unsigned char *buf,
                 size_t padded_buflen, size_t blocksize);

void sodium_increment(unsigned char *n, const size_t nlen);
void sodium_add(unsigned char *a, unsigned char *b, const size_t len);
