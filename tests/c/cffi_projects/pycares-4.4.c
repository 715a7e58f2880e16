/* pycares 4.4.0's set_source text (INCLUDES in src/_cffi_src/build_cares.py), verbatim from
 * https://github.com/saghul/pycares (tag v4.4.0, commit 3d0f9cf2), MIT License. */

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
# include <WinSock2.h>
#else
# include <sys/types.h>
# include <sys/socket.h>
# include <netdb.h> /* struct hostent */
# include <netinet/in.h> /* struct sockaddr_in/sockaddr_in6 */
#endif
#include <ares_nameser.h>
#include <ares.h>
