#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "csh_net.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_PEERCRED
#error "SO_PEERCRED needs _GNU_SOURCE"
#endif

int csh_socket(int domain, int type, int protocol) {
    return socket(domain, type | SOCK_CLOEXEC | SOCK_NONBLOCK, protocol);
}

int csh_socketpair(int fds[2]) {
    return socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds);
}

int csh_accept(int fd, struct sockaddr *address, socklen_t *length) {
    return accept4(fd, address, length, SOCK_CLOEXEC | SOCK_NONBLOCK);
}

int csh_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC | O_NONBLOCK);
}

ssize_t csh_send(int fd, const void *buffer, size_t length) {
    return send(fd, buffer, length, MSG_NOSIGNAL);
}

int csh_peer_credentials(int fd, int32_t *pid, uint32_t *uid, uint32_t *gid) {
    struct ucred credentials;
    socklen_t length = sizeof(credentials);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) {
        return -1;
    }
    *pid = credentials.pid;
    *uid = credentials.uid;
    *gid = credentials.gid;
    return 0;
}

static int set_int_option(int fd, int level, int name) {
    int one = 1;
    return setsockopt(fd, level, name, &one, sizeof(one));
}

int csh_set_tcp_nodelay(int fd) { return set_int_option(fd, IPPROTO_TCP, TCP_NODELAY); }

int csh_set_reuse_address(int fd) { return set_int_option(fd, SOL_SOCKET, SO_REUSEADDR); }

int csh_set_ipv6_only(int fd) { return set_int_option(fd, IPPROTO_IPV6, IPV6_V6ONLY); }

int csh_socket_error(int fd) {
    int error = 0;
    socklen_t length = sizeof(error);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
        return -1;
    }
    return error;
}
