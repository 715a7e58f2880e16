/* A local header with declarations ffi! cannot express. */
int plain(int x);
__int128 wide(void);
double _Complex spin(double _Complex z);
