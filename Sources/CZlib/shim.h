// The system's zlib, for PithBatch's gzip input. Debian: zlib1g-dev; macOS: the SDK's zlib.
#include <zlib.h>
