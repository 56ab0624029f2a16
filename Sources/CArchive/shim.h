#include <archive.h>
#include <archive_entry.h>
// Extended attributes, which layer unpacking sets for overlayfs opaque directories.
#include <sys/xattr.h>
