/* The pinned SQLCipher amalgamation (deps/sqlcipher.pin), compiled as one unit by
 * cmake/SqlCipher.cmake. <stdint.h> first: the amalgamation uses its types before it
 * includes it when built with OpenSSL as the crypto provider. */
#include <stdint.h>

#include "sqlite3.c"
