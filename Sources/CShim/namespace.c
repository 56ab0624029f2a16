#include "csh_namespace.h"

#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

const uint64_t CSH_CLONE_NEWNS = CLONE_NEWNS;
const uint64_t CSH_CLONE_NEWPID = CLONE_NEWPID;
const uint64_t CSH_CLONE_NEWUTS = CLONE_NEWUTS;
const uint64_t CSH_CLONE_NEWIPC = CLONE_NEWIPC;
const uint64_t CSH_CLONE_NEWNET = CLONE_NEWNET;
const uint64_t CSH_CLONE_NEWCGROUP = CLONE_NEWCGROUP;
const uint64_t CSH_CLONE_NEWUSER = CLONE_NEWUSER;

const unsigned long CSH_MS_RDONLY = MS_RDONLY;
const unsigned long CSH_MS_NOSUID = MS_NOSUID;
const unsigned long CSH_MS_NODEV = MS_NODEV;
const unsigned long CSH_MS_NOEXEC = MS_NOEXEC;
const unsigned long CSH_MS_REMOUNT = MS_REMOUNT;
const unsigned long CSH_MS_BIND = MS_BIND;
const unsigned long CSH_MS_REC = MS_REC;
const unsigned long CSH_MS_PRIVATE = MS_PRIVATE;
const unsigned long CSH_MS_SLAVE = MS_SLAVE;
const int CSH_MNT_DETACH = MNT_DETACH;
const int CSH_O_PATH = O_PATH;

int csh_unshare(uint64_t flags) { return unshare((int)flags); }

int csh_setns(int fd, uint64_t nstype) { return setns(fd, (int)nstype); }

int csh_mount(const char *source, const char *target, const char *fstype, unsigned long flags, const char *data) {
    return mount(source, target, fstype, flags, data);
}

int csh_umount2(const char *target, int flags) { return umount2(target, flags); }

int csh_pivot_root(const char *new_root, const char *put_old) {
    return (int)syscall(SYS_pivot_root, new_root, put_old);
}

int csh_sethostname(const char *name, size_t length) { return sethostname(name, length); }

int csh_loopback_up(void) {
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    struct ifreq request;
    memset(&request, 0, sizeof(request));
    strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    int result = ioctl(fd, SIOCGIFFLAGS, &request);
    if (result == 0) {
        request.ifr_flags |= IFF_UP | IFF_RUNNING;
        result = ioctl(fd, SIOCSIFFLAGS, &request);
    }
    int saved = errno;
    close(fd);
    errno = saved;
    return result;
}

int csh_open_pty(int *controller, int *terminal, uid_t uid, gid_t gid, unsigned short rows, unsigned short cols) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    char name[128];
    if (grantpt(master) != 0 || unlockpt(master) != 0 || ptsname_r(master, name, sizeof(name)) != 0) {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
    int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        int saved = errno;
        close(master);
        errno = saved;
        return -1;
    }
    if (fchown(slave, uid, gid) != 0 || fchmod(slave, 0620) != 0) {
        int saved = errno;
        close(master);
        close(slave);
        errno = saved;
        return -1;
    }
    if (rows > 0 && cols > 0) csh_set_window_size(slave, rows, cols);
    *controller = master;
    *terminal = slave;
    return 0;
}

int csh_set_window_size(int fd, unsigned short rows, unsigned short cols) {
    struct winsize size = {.ws_row = rows, .ws_col = cols, .ws_xpixel = 0, .ws_ypixel = 0};
    return ioctl(fd, TIOCSWINSZ, &size);
}

int csh_get_window_size(int fd, unsigned short *rows, unsigned short *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

int csh_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int csh_kill_group(pid_t group, int signal) { return kill(-group, signal); }

int csh_pidfd_open(pid_t pid) { return (int)syscall(SYS_pidfd_open, pid, 0); }
