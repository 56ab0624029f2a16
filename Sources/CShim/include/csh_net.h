#ifndef CSH_NET_H
#define CSH_NET_H
// Socket helpers for names that the Glibc module lacks because it is built without _GNU_SOURCE
// (accept4, pipe2, struct ucred) or that are flag macros Swift imports awkwardly.
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>

/// Creates a close-on-exec, non-blocking socket; returns the descriptor or -1 with errno set.
int csh_socket(int domain, int type, int protocol);

/// Creates a close-on-exec, non-blocking connected pair of Unix stream sockets.
int csh_socketpair(int fds[2]);

/// Accepts a connection as a close-on-exec, non-blocking descriptor (accept4).
int csh_accept(int fd, struct sockaddr *address, socklen_t *length);

/// Creates a close-on-exec, non-blocking pipe (pipe2).
int csh_pipe(int fds[2]);

/// Sends bytes without raising SIGPIPE when the peer has gone (MSG_NOSIGNAL).
ssize_t csh_send(int fd, const void *buffer, size_t length);

/// Reads the peer's process id, user id and group id of a Unix socket (SO_PEERCRED).
int csh_peer_credentials(int fd, int32_t *pid, uint32_t *uid, uint32_t *gid);

/// Turns on TCP_NODELAY so small writes leave at once.
int csh_set_tcp_nodelay(int fd);

/// Turns on SO_REUSEADDR so a restarted server can bind a port left in TIME_WAIT.
int csh_set_reuse_address(int fd);

/// Restricts an IPv6 socket to IPv6 (IPV6_V6ONLY), so `::` does not also claim IPv4.
int csh_set_ipv6_only(int fd);

/// Returns the pending error of a socket after a non-blocking connect (SO_ERROR), or -1.
int csh_socket_error(int fd);

#endif
