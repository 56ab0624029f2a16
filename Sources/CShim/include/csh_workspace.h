#ifndef CSH_WORKSPACE_H
#define CSH_WORKSPACE_H
// Terminal and file-watch calls for the workspace server: pseudo-terminals, the terminal's
// foreground process group, and inotify, whose headers the Glibc module lacks.
#include <stdint.h>
#include <sys/types.h>

/// Opens a pseudo-terminal pair with the window size `rows` x `cols`. When `raw_output` is nonzero
/// the slave's ECHO and ONLCR flags are cleared, so programs' output arrives without carriage
/// returns and written input is not echoed. Both fds are close-on-exec. Returns 0, or -1 with errno.
int csh_openpty(int *master, int *slave, unsigned short rows, unsigned short cols, int raw_output);

/// Returns the foreground process group of the terminal behind `fd`, or -1 with errno.
pid_t csh_foreground_group(int fd);

/// Creates a close-on-exec, non-blocking inotify instance. Returns the fd, or -1 with errno.
int csh_inotify_init(void);

/// Watches `path` for creation, modification, deletion, moves and attribute changes. Returns the
/// watch descriptor, or -1 with errno.
int csh_inotify_add_watch(int fd, const char *path);

/// Removes a watch. Returns 0, or -1 with errno.
int csh_inotify_remove_watch(int fd, int watch);

/// inotify event bits, exported because the Glibc module has no <sys/inotify.h>.
extern const uint32_t CSH_IN_CREATE;
extern const uint32_t CSH_IN_MODIFY;
extern const uint32_t CSH_IN_CLOSE_WRITE;
extern const uint32_t CSH_IN_DELETE;
extern const uint32_t CSH_IN_DELETE_SELF;
extern const uint32_t CSH_IN_MOVED_FROM;
extern const uint32_t CSH_IN_MOVED_TO;
extern const uint32_t CSH_IN_MOVE_SELF;
extern const uint32_t CSH_IN_ATTRIB;
extern const uint32_t CSH_IN_ISDIR;
extern const uint32_t CSH_IN_Q_OVERFLOW;
extern const uint32_t CSH_IN_IGNORED;

#endif
