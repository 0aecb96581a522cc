#ifndef MAILGUARD_CPCRE2_SHIM_H
#define MAILGUARD_CPCRE2_SHIM_H
// The 8-bit library: Swift imports only the width-suffixed names (pcre2_compile_8, ...),
// because the unsuffixed ones are macros.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_ZERO_TERMINATED and PCRE2_UNSET are macro casts Swift does not import.

#endif
