#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "csh_proxy.h"

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

int csh_thread_chroot(int root_fd) {
    if (unshare(CLONE_FS) != 0) {
        return -1;
    }
    if (fchdir(root_fd) != 0) {
        return -1;
    }
    if (chroot(".") != 0) {
        return -1;
    }
    return chdir("/");
}

ssize_t csh_splice_blocking(int fd_in, int fd_out, size_t length) {
    return splice(fd_in, NULL, fd_out, NULL, length, SPLICE_F_MOVE);
}

int csh_pipe_sized(int fds[2], int size) {
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return -1;
    }
    // A larger pipe moves more bytes per splice; a failure only costs throughput.
    (void)fcntl(fds[0], F_SETPIPE_SZ, size);
    return 0;
}

#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int csh_sock_diag_open(void) {
    return socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
}

int csh_tcp4_socket_inode(int diag_fd, uint32_t source_address, uint16_t source_port, uint32_t destination_address,
                          uint16_t destination_port, uint64_t *inode) {
    struct {
        struct nlmsghdr header;
        struct inet_diag_req_v2 request;
    } message;
    memset(&message, 0, sizeof(message));
    message.header.nlmsg_len = sizeof(message);
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.request.sdiag_family = AF_INET;
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ~0U;
    message.request.id.idiag_sport = htons(source_port);
    message.request.id.idiag_dport = htons(destination_port);
    message.request.id.idiag_src[0] = source_address;
    message.request.id.idiag_dst[0] = destination_address;
    message.request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    message.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;

    struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
    ssize_t sent;
    do {
        sent = sendto(diag_fd, &message, sizeof(message), 0, (struct sockaddr *)&kernel, sizeof(kernel));
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        return -1;
    }

    union {
        struct nlmsghdr header;
        char bytes[8192];
    } reply;
    ssize_t received;
    do {
        received = recv(diag_fd, &reply, sizeof(reply), 0);
    } while (received < 0 && errno == EINTR);
    if (received < 0) {
        return -1;
    }
    struct nlmsghdr *header = &reply.header;
    if (!NLMSG_OK(header, (size_t)received)) {
        errno = EPROTO;
        return -1;
    }
    if (header->nlmsg_type == NLMSG_ERROR) {
        struct nlmsgerr *failure = NLMSG_DATA(header);
        errno = failure->error < 0 ? -failure->error : ENOENT;
        return -1;
    }
    if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY) {
        errno = EPROTO;
        return -1;
    }
    struct inet_diag_msg *entry = NLMSG_DATA(header);
    *inode = entry->idiag_inode;
    return 0;
}
