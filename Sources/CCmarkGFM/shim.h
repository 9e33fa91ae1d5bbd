// Exposes Debian's libcmark-gfm and its GFM extensions (table, strikethrough,
// autolink, tagfilter) to Swift as one module.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
