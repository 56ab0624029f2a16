#include "csh_signal.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#define CSH_SIGNAL_MAX 64

static volatile sig_atomic_t forward_fds[CSH_SIGNAL_MAX + 1];

static void csh_forward_handler(int signo) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)signo;
    if (signo > 0 && signo <= CSH_SIGNAL_MAX) {
        // A full pipe drops the byte, which loses only a repeat, because 64 KiB of signals already wait.
        (void)write(forward_fds[signo], &byte, 1);
    }
    errno = saved_errno;
}

int csh_signal_forward(int signo, int fd) {
    if (signo <= 0 || signo > CSH_SIGNAL_MAX) {
        errno = EINVAL;
        return -1;
    }
    forward_fds[signo] = fd;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = csh_forward_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}

int csh_signal_reset(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, NULL);
}
