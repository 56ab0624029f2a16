#include "csh_probe.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef _GNU_SOURCE
#error "probe.c needs _GNU_SOURCE for unshare and the CLONE_NEW* flags"
#endif

const int csh_clone_newns = CLONE_NEWNS;
const int csh_clone_newpid = CLONE_NEWPID;
const int csh_clone_newuts = CLONE_NEWUTS;
const int csh_clone_newipc = CLONE_NEWIPC;
const int csh_clone_newcgroup = CLONE_NEWCGROUP;
const int csh_clone_newnet = CLONE_NEWNET;

// The largest report a child sends: one int per namespace flag, or a step and an errno.
#define MAX_REPORT_INTS 16

typedef void (*probe_body)(const void *context, int *report, int count);

static int write_all(int fd, const void *buffer, size_t length) {
    const char *bytes = buffer;
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return -1;
        bytes += written;
        length -= (size_t)written;
    }
    return 0;
}

// Runs `body` in a forked child, which fills `report` (count ints) and sends it back over a pipe.
// Returns 0 once the whole report arrived, or -1 with errno set. The result travels through the
// pipe rather than the exit status, so a reaper elsewhere in the process that collects the child
// first (making waitpid fail with ECHILD) does not lose it.
static int run_child(probe_body body, const void *context, int *report, int count) {
    if (count <= 0 || count > MAX_REPORT_INTS) {
        errno = EINVAL;
        return -1;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return -1;

    pid_t pid = fork();
    if (pid < 0) {
        int saved = errno;
        close(fds[0]);
        close(fds[1]);
        errno = saved;
        return -1;
    }
    if (pid == 0) {
        int local[MAX_REPORT_INTS] = {0};
        close(fds[0]);
        body(context, local, count);
        int failed = write_all(fds[1], local, sizeof(int) * (size_t)count);
        _exit(failed ? 1 : 0);
    }

    close(fds[1]);
    size_t expected = sizeof(int) * (size_t)count;
    size_t received = 0;
    while (received < expected) {
        ssize_t got = read(fds[0], (char *)report + received, expected - received);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        received += (size_t)got;
    }
    close(fds[0]);

    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (received < expected) {
        errno = EIO;
        return -1;
    }
    return 0;
}

static void unshare_body(const void *context, int *report, int count) {
    const int *flags = context;
    for (int i = 0; i < count; i++) {
        report[i] = unshare(flags[i]) == 0 ? 0 : errno;
    }
}

int csh_probe_unshare(const int *flags, int *errors, int count) {
    return run_child(unshare_body, flags, errors, count);
}

struct overlay_context {
    const char *target;
    const char *options;
    const char *probe_file;
};

static void overlay_body(const void *context, int *report, int count) {
    (void)count;
    const struct overlay_context *overlay = context;
    if (unshare(CLONE_NEWNS) != 0) {
        report[0] = CSH_OVERLAY_STEP_UNSHARE;
        report[1] = errno;
        return;
    }
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
        report[0] = CSH_OVERLAY_STEP_MAKE_PRIVATE;
        report[1] = errno;
        return;
    }
    if (mount("overlay", overlay->target, "overlay", 0, overlay->options) != 0) {
        report[0] = CSH_OVERLAY_STEP_MOUNT;
        report[1] = errno;
        return;
    }
    int fd = open(overlay->probe_file, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        report[0] = CSH_OVERLAY_STEP_WRITE;
        report[1] = errno;
        return;
    }
    close(fd);
}

int csh_probe_overlay(const char *target, const char *options, const char *probe_file, int *error) {
    struct overlay_context context = {target, options, probe_file};
    int report[2] = {0, 0};
    if (run_child(overlay_body, &context, report, 2) != 0) return -1;
    *error = report[1];
    return report[0];
}

int csh_probe_seccomp_mode(void) {
    return prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
}

static void seccomp_body(const void *context, int *report, int count) {
    (void)context;
    (void)count;
    struct sock_filter allow_all[] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
    struct sock_fprog program = {.len = 1, .filter = allow_all};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        report[0] = errno;
        return;
    }
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0, 0) != 0) {
        report[0] = errno;
        return;
    }
    report[0] = 0;
}

int csh_probe_seccomp_filter(void) {
    int report[1] = {0};
    if (run_child(seccomp_body, NULL, report, 1) != 0) return -1;
    return report[0];
}
