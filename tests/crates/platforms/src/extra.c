/* A C file of its own (`sources [...]`, here and in ../msvc), compiled apart from `source`
   (by clang-cl as `/Tc<path>`). */
int triple(int x) { return 3 * x; }
