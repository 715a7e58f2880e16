/* A C file compiled beside a block (`sources [...]`) that calls an `extern "Python+C"`
   function by its C name. */
int triple(int x);

int triple_then_add(int x, int y) { return triple(x) + y; }
