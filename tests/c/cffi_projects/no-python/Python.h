/* A stand-in for CPython's header, which CFFI sources include first: the ports here that
 * use nothing from it include this empty file instead (tests/cffi_projects.rs). */
