// The process's arguments, taken from the C runtime as the program starts.
//
// Swift's CommandLine.arguments reads /proc/self/cmdline on Linux when the runtime is linked
// statically; in a root without /proc (a chroot, a minimal container) it is empty, and journeymap
// would run its default command whatever it was asked. glibc passes argc and argv to the
// functions of .init_array, as it does to main, so they are kept here before any Swift code runs.
#include "ProcessArguments.h"

static int saved_count = 0;
static char **saved_arguments = 0;

#if defined(__linux__)
static void save_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    saved_count = argc;
    saved_arguments = argv;
}

__attribute__((section(".init_array"), used))
static void (*const journeymap_save_arguments)(int, char **, char **) = save_arguments;
#endif

int journeymap_argument_count(void) { return saved_count; }

const char *journeymap_argument(int index) {
    return (index >= 0 && index < saved_count) ? saved_arguments[index] : 0;
}
