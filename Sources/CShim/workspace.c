#define _GNU_SOURCE
#include "csh_workspace.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int csh_openpty(int *master, int *slave, unsigned short rows, unsigned short cols, int raw_output) {
    int primary = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (primary < 0) return -1;
    if (grantpt(primary) != 0 || unlockpt(primary) != 0) goto fail;
    char name[128];
    if (ptsname_r(primary, name, sizeof(name)) != 0) goto fail;
    int secondary = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (secondary < 0) goto fail;
    struct winsize size = {.ws_row = rows, .ws_col = cols};
    (void)ioctl(secondary, TIOCSWINSZ, &size);
    if (raw_output) {
        struct termios modes;
        if (tcgetattr(secondary, &modes) == 0) {
            modes.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK | ECHONL);
            modes.c_oflag &= ~(tcflag_t)ONLCR;
            (void)tcsetattr(secondary, TCSANOW, &modes);
        }
    }
    *master = primary;
    *slave = secondary;
    return 0;
fail:;
    int saved = errno;
    close(primary);
    errno = saved;
    return -1;
}

pid_t csh_foreground_group(int fd) { return tcgetpgrp(fd); }

int csh_inotify_init(void) { return inotify_init1(IN_NONBLOCK | IN_CLOEXEC); }

int csh_inotify_add_watch(int fd, const char *path) {
    uint32_t mask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_DELETE | IN_DELETE_SELF | IN_MOVED_FROM
        | IN_MOVED_TO | IN_MOVE_SELF | IN_ATTRIB | IN_ONLYDIR;
    int watch = inotify_add_watch(fd, path, mask);
    if (watch < 0 && errno == ENOTDIR) {
        watch = inotify_add_watch(fd, path, mask & ~(uint32_t)IN_ONLYDIR);
    }
    return watch;
}

int csh_inotify_remove_watch(int fd, int watch) { return inotify_rm_watch(fd, watch); }

const uint32_t CSH_IN_CREATE = IN_CREATE;
const uint32_t CSH_IN_MODIFY = IN_MODIFY;
const uint32_t CSH_IN_CLOSE_WRITE = IN_CLOSE_WRITE;
const uint32_t CSH_IN_DELETE = IN_DELETE;
const uint32_t CSH_IN_DELETE_SELF = IN_DELETE_SELF;
const uint32_t CSH_IN_MOVED_FROM = IN_MOVED_FROM;
const uint32_t CSH_IN_MOVED_TO = IN_MOVED_TO;
const uint32_t CSH_IN_MOVE_SELF = IN_MOVE_SELF;
const uint32_t CSH_IN_ATTRIB = IN_ATTRIB;
const uint32_t CSH_IN_ISDIR = IN_ISDIR;
const uint32_t CSH_IN_Q_OVERFLOW = IN_Q_OVERFLOW;
const uint32_t CSH_IN_IGNORED = IN_IGNORED;
