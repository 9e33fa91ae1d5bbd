// Linux system calls Swift's Glibc module does not expose.
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE): the new
// site and the old one swap in one step, so Output/ is never missing or half-built.
// Returns 0 on success, -1 with errno set otherwise (e.g. a file system without support).
static inline int reportsite_exchange_paths(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */);
#else
    return -1;
#endif
}
