#ifndef CSH_PROXY_H
#define CSH_PROXY_H
// Calls for the egress proxy that the Glibc module lacks because it is built without _GNU_SOURCE.
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// Gives the calling thread its own filesystem context (unshare CLONE_FS) and makes the directory
/// `root_fd` its root and working directory. Other threads keep their root. Returns 0, or -1 with
/// errno set.
int csh_thread_chroot(int root_fd);

/// Moves up to `length` bytes from `fd_in` to `fd_out` without copying them through user space, as
/// splice(2) does with SPLICE_F_MOVE | SPLICE_F_NONBLOCK. One of the two must be a pipe.
ssize_t csh_splice(int fd_in, int fd_out, size_t length);

/// Creates a close-on-exec, non-blocking pipe and grows its buffer to `size` bytes where the kernel
/// allows (F_SETPIPE_SZ). Returns 0, or -1 with errno set.
int csh_pipe_sized(int fds[2], int size);

#endif
