#include "csh_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define CSH_CHILD_STACK_SIZE (256 * 1024)

struct csh_child_context {
    const struct csh_spawn_request *request;
    struct csh_spawn_failure *failure;
    const sigset_t *parent_mask;
};

static int csh_fail(struct csh_child_context *context, int step) {
    context->failure->step = step;
    context->failure->error = errno;
    _exit(127);
}

static void csh_reset_signals(const sigset_t *parent_mask) {
    (void)parent_mask;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = SIG_DFL;
    for (int signal_number = 1; signal_number < _NSIG; signal_number++) {
        if (signal_number == SIGKILL || signal_number == SIGSTOP) continue;
        // sigaction fails for the signals glibc reserves for itself; those keep their state.
        sigaction(signal_number, &action, NULL);
    }
    sigset_t empty;
    sigemptyset(&empty);
    sigprocmask(SIG_SETMASK, &empty, NULL);
}

// Moves the requested descriptors to 0..3. Sources are first copied above 10 so that a source that
// is already one of the targets cannot be overwritten before it is used.
// The Landlock ruleset fd, which must outlive the cleanup, is moved to the first free number and
// returned through `landlock_fd`.
static int csh_place_fds(const struct csh_spawn_request *request, int *landlock_fd) {
    int sources[4] = {request->stdin_fd, request->stdout_fd, request->stderr_fd, request->extra_fd};
    int copies[4] = {-1, -1, -1, -1};
    int landlock_copy = -1;
    if (request->landlock_ruleset_fd >= 0) {
        landlock_copy = fcntl(request->landlock_ruleset_fd, F_DUPFD_CLOEXEC, 10);
        if (landlock_copy < 0) return -1;
    }
    for (int index = 0; index < 4; index++) {
        int source = sources[index];
        if (source < 0) {
            if (index == 3) continue;
            source = open("/dev/null", O_RDWR | O_CLOEXEC);
            if (source < 0) return -1;
        }
        copies[index] = fcntl(source, F_DUPFD_CLOEXEC, 10);
        if (copies[index] < 0) return -1;
    }
    for (int index = 0; index < 4; index++) {
        if (copies[index] < 0) continue;
        if (dup2(copies[index], index) < 0) return -1;
    }
    int first_closed = request->extra_fd >= 0 ? 4 : 3;
    *landlock_fd = -1;
    if (landlock_copy >= 0) {
        if (dup3(landlock_copy, first_closed, O_CLOEXEC) < 0) return -1;
        *landlock_fd = first_closed;
        first_closed++;
    }
    if (syscall(SYS_close_range, first_closed, ~0U, 0) != 0) {
        for (int fd = first_closed; fd < 4096; fd++) close(fd);
    }
    return 0;
}

static int csh_drop_capabilities(void) {
    for (int capability = 0; capability <= 63; capability++) {
        if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 && errno != EINVAL) return -1;
    }
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) return -1;
    return 0;
}

// After setresuid to a nonzero uid the kernel clears the permitted and effective sets; this clears
// the inheritable set too, so that no capability can come back through execve.
static int csh_clear_capability_sets(void) {
    struct __user_cap_header_struct header = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof(data));
    return (int)syscall(SYS_capset, &header, data);
}

static int csh_set_identity(const struct csh_spawn_request *request) {
    if (setgroups((size_t)request->group_count, request->groups) != 0) return -1;
    if (setresgid(request->gid, request->gid, request->gid) != 0) return -1;
    if (setresuid(request->uid, request->uid, request->uid) != 0) return -1;
    if (request->uid != 0 && setuid(0) == 0) {
        errno = EPERM;
        return -1;
    }
    return 0;
}

static int csh_write_oom_score(int value) {
    int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    char text[16];
    int length = 0;
    int magnitude = value < 0 ? -value : value;
    char digits[12];
    int count = 0;
    do {
        digits[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0 && count < 11);
    if (value < 0) text[length++] = '-';
    while (count > 0) text[length++] = digits[--count];
    ssize_t written = write(fd, text, (size_t)length);
    close(fd);
    return written == length ? 0 : -1;
}

// Joins the cgroups whose cgroup.procs files are open in the request, then makes the last of them
// the root of a new cgroup namespace.
static int csh_join_cgroups(const struct csh_spawn_request *request) {
    for (int index = 0; index < request->cgroup_procs_fd_count; index++) {
        if (write(request->cgroup_procs_fds[index], "0", 1) != 1) return -1;
    }
    return unshare(CLONE_NEWCGROUP);
}

static int csh_child_main(void *argument) {
    struct csh_child_context *context = argument;
    const struct csh_spawn_request *request = context->request;

    csh_reset_signals(context->parent_mask);
    if (request->die_with_parent) prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    // Lowering the score needs CAP_SYS_RESOURCE, which some hosts withhold even from root, so a
    // failure here is not fatal: the process keeps the score it inherited.
    if (request->oom_score_adj_set) csh_write_oom_score(request->oom_score_adj);
    if (request->cgroup_procs_fd_count > 0 && csh_join_cgroups(request) != 0) csh_fail(context, CSH_STEP_CGROUP);
    if (request->netns_fd >= 0 && setns(request->netns_fd, CLONE_NEWNET) != 0) {
        csh_fail(context, CSH_STEP_SETNS);
    }
    if (request->new_session && setsid() < 0) csh_fail(context, CSH_STEP_SETSID);
    int landlock_fd = -1;
    if (csh_place_fds(request, &landlock_fd) != 0) csh_fail(context, CSH_STEP_FDS);
    if (request->controlling_tty && ioctl(0, TIOCSCTTY, 0) != 0) csh_fail(context, CSH_STEP_TTY);
    if (request->cwd != NULL && chdir(request->cwd) != 0) csh_fail(context, CSH_STEP_CWD);
    if (request->drop_capabilities && csh_drop_capabilities() != 0) csh_fail(context, CSH_STEP_CAPABILITIES);
    if (request->set_identity && csh_set_identity(request) != 0) csh_fail(context, CSH_STEP_IDENTITY);
    if (request->drop_capabilities && csh_clear_capability_sets() != 0) {
        csh_fail(context, CSH_STEP_CAPABILITIES);
    }
    if (request->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        csh_fail(context, CSH_STEP_NO_NEW_PRIVS);
    }
    if (landlock_fd >= 0) {
        if (syscall(SYS_landlock_restrict_self, landlock_fd, 0) != 0) csh_fail(context, CSH_STEP_LANDLOCK);
        close(landlock_fd);
    }
    if (request->seccomp != NULL &&
        syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, request->seccomp) != 0) {
        csh_fail(context, CSH_STEP_SECCOMP);
    }
    if (strchr(request->path, '/') != NULL) {
        execve(request->path, request->argv, request->envp);
    } else {
        execvpe(request->path, request->argv, request->envp);
    }
    csh_fail(context, CSH_STEP_EXEC);
    return 127;
}

pid_t csh_spawn(const struct csh_spawn_request *request, struct csh_spawn_failure *failure) {
    failure->step = CSH_STEP_NONE;
    failure->error = 0;

    void *stack = mmap(NULL, CSH_CHILD_STACK_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        failure->step = CSH_STEP_CLONE;
        failure->error = errno;
        return -1;
    }

    // Block every signal so that no handler of the parent runs in the child before it resets them.
    sigset_t all_signals, parent_mask;
    sigfillset(&all_signals);
    pthread_sigmask(SIG_SETMASK, &all_signals, &parent_mask);

    struct csh_child_context context = {.request = request, .failure = failure, .parent_mask = &parent_mask};
    int flags = CLONE_VM | CLONE_VFORK | SIGCHLD | (int)request->clone_flags;
    pid_t pid = clone(csh_child_main, (char *)stack + CSH_CHILD_STACK_SIZE, flags, &context);
    int clone_error = errno;

    pthread_sigmask(SIG_SETMASK, &parent_mask, NULL);
    munmap(stack, CSH_CHILD_STACK_SIZE);

    if (pid < 0) {
        failure->step = CSH_STEP_CLONE;
        failure->error = clone_error;
        return -1;
    }
    if (failure->step != CSH_STEP_NONE) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        return -1;
    }
    return pid;
}

const char *csh_spawn_step_name(int step) {
    switch (step) {
    case CSH_STEP_CLONE: return "clone";
    case CSH_STEP_SETNS: return "setns";
    case CSH_STEP_SETSID: return "setsid";
    case CSH_STEP_FDS: return "set up file descriptors";
    case CSH_STEP_TTY: return "set controlling terminal";
    case CSH_STEP_CWD: return "chdir";
    case CSH_STEP_CAPABILITIES: return "drop capabilities";
    case CSH_STEP_IDENTITY: return "set user and group";
    case CSH_STEP_NO_NEW_PRIVS: return "set no_new_privs";
    case CSH_STEP_LANDLOCK: return "apply Landlock";
    case CSH_STEP_SECCOMP: return "install seccomp filter";
    case CSH_STEP_EXEC: return "execve";
    case CSH_STEP_OOM_SCORE: return "set oom_score_adj";
    case CSH_STEP_CGROUP: return "join the workload cgroup";
    default: return "unknown step";
    }
}
