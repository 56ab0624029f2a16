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

ssize_t csh_splice(int fd_in, int fd_out, size_t length) {
    return splice(fd_in, NULL, fd_out, NULL, length, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
}

int csh_pipe_sized(int fds[2], int size) {
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        return -1;
    }
    // A larger pipe moves more bytes per splice; a failure only costs throughput.
    (void)fcntl(fds[0], F_SETPIPE_SZ, size);
    return 0;
}
