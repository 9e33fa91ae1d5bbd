// libFuzzer's driver entry point (compiler-rt's FuzzerInterface.h), for the
// Swift harness's own main: linked from libFuzzer with -sanitize=fuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
