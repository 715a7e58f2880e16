/* glibc's `struct tm`, shared by two ABI-mode blocks (tests/include.rs). */
typedef long time_t;
struct tm {
    int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};
struct tm *gmtime_r(const time_t *t, struct tm *out);
