// Nothing to compile: the target exists for its header (a C target needs a source file).
#include "CFuzzerDriver.h"
