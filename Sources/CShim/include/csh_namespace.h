#ifndef CSH_NAMESPACE_H
#define CSH_NAMESPACE_H
// Namespace, mount and terminal calls that the Glibc module lacks because it is built without
// _GNU_SOURCE, or that glibc 2.36 does not wrap.
#include <stdint.h>
#include <sys/types.h>

extern const uint64_t CSH_CLONE_NEWNS;
extern const uint64_t CSH_CLONE_NEWPID;
extern const uint64_t CSH_CLONE_NEWUTS;
extern const uint64_t CSH_CLONE_NEWIPC;
extern const uint64_t CSH_CLONE_NEWNET;
extern const uint64_t CSH_CLONE_NEWCGROUP;
extern const uint64_t CSH_CLONE_NEWUSER;

extern const unsigned long CSH_MS_RDONLY;
extern const unsigned long CSH_MS_NOSUID;
extern const unsigned long CSH_MS_NODEV;
extern const unsigned long CSH_MS_NOEXEC;
extern const unsigned long CSH_MS_REMOUNT;
extern const unsigned long CSH_MS_BIND;
extern const unsigned long CSH_MS_REC;
extern const unsigned long CSH_MS_PRIVATE;
extern const unsigned long CSH_MS_SLAVE;
extern const int CSH_MNT_DETACH;
extern const int CSH_O_PATH;

int csh_unshare(uint64_t flags);
int csh_setns(int fd, uint64_t nstype);
int csh_mount(const char *source, const char *target, const char *fstype, unsigned long flags, const char *data);
int csh_umount2(const char *target, int flags);
int csh_pivot_root(const char *new_root, const char *put_old);
int csh_sethostname(const char *name, size_t length);

/// Brings the loopback interface of the calling thread's network namespace up.
int csh_loopback_up(void);

/// Opens a new pseudo-terminal pair: the controller fd in `*controller`, the terminal fd in
/// `*terminal`, both close-on-exec, with the terminal owned by `uid` and `gid`.
int csh_open_pty(int *controller, int *terminal, uid_t uid, gid_t gid, unsigned short rows, unsigned short cols);

/// Sets a terminal's window size.
int csh_set_window_size(int fd, unsigned short rows, unsigned short cols);

/// Reads a terminal's window size.
int csh_get_window_size(int fd, unsigned short *rows, unsigned short *cols);

/// Creates a pipe with both ends close-on-exec.
int csh_pipe_cloexec(int fds[2]);

/// Sends `signal` to every process of a process group.
int csh_kill_group(pid_t group, int signal);

/// Returns a pidfd for `pid`, or -1 with errno set.
int csh_pidfd_open(pid_t pid);

#endif
