// Keeps the command line the C library passes to the program's constructors.
//
// Swift's `CommandLine.arguments` reads /proc/self/cmdline on Linux, so where /proc is not
// mounted (a chroot, a minimal container) it is empty. glibc also passes argc, argv and envp
// to every function in the executable's .init_array (static and dynamic executables alike);
// this one keeps them, so that egovarch can still read its own command line, or at least
// tell that it was lost.
#include "CProcessArguments.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc (musl passes constructors nothing)

static int savedCount = 0;
static char *const *savedVector = 0;

#if defined(__linux__) && defined(__GLIBC__)
static void egovarch_capture_arguments(int argc, char **argv, char **envp) {
  (void)envp;
  savedCount = argc;
  savedVector = argv;
}

__attribute__((section(".init_array"), used))
static void (*const egovarch_capture_arguments_entry)(int, char **, char **) = egovarch_capture_arguments;
#endif

int egovarch_argument_count(void) { return savedCount; }

char *const *egovarch_argument_vector(void) { return savedVector; }
