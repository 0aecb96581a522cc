#ifndef MAILGUARD_CFUZZ_H
#define MAILGUARD_CFUZZ_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt). SwiftPM gives each executable a renamed entry point
// (`<module>_main`), so libFuzzer's own main is not linked: each target calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
