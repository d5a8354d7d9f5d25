#ifndef JOURNEYMAP_PROCESS_ARGUMENTS_H
#define JOURNEYMAP_PROCESS_ARGUMENTS_H

/// The number of arguments the process was started with, program name included; 0 when the C
/// runtime did not give them.
int journeymap_argument_count(void);

/// The argument at `index` (0 is the program name), as the process was started with it.
const char *journeymap_argument(int index);

#endif
