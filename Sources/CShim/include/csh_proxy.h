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
/// splice(2) does with SPLICE_F_MOVE, waiting as the descriptors' blocking modes allow. One of the
/// two must be a pipe.
ssize_t csh_splice_blocking(int fd_in, int fd_out, size_t length);

/// Creates a close-on-exec pipe and grows its buffer to `size` bytes where the kernel
/// allows (F_SETPIPE_SZ). Returns 0, or -1 with errno set.
int csh_pipe_sized(int fds[2], int size);

/// Opens a NETLINK_SOCK_DIAG socket in the calling thread's network namespace. Returns the fd, or
/// -1 with errno set.
int csh_sock_diag_open(void);

/// Looks up the inode of the IPv4 TCP socket whose local end is `source_address`:`source_port` and
/// whose peer is `destination_address`:`destination_port` (addresses in network byte order, ports
/// in host order), in the namespace of `diag_fd`. Unlike reading /proc/net/tcp, which walks the
/// whole connection table, this requests that one socket from the kernel. Returns 0, or -1 with errno
/// set (ENOENT when no such socket exists).
int csh_tcp4_socket_inode(int diag_fd, uint32_t source_address, uint16_t source_port, uint32_t destination_address,
                          uint16_t destination_port, uint64_t *inode);

#endif
