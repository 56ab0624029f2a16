#ifndef CSH_SPAWN_H
#define CSH_SPAWN_H
// Process creation for the gateway and the supervisor. Everything between clone and execve runs
// here in C, because Swift code may allocate or touch reference counts, which is unsafe in a child
// that shares the parent's memory.
#include <stdint.h>
#include <sys/types.h>

#include <linux/filter.h>

/// What a new process should be and what happens to it before `execve`.
struct csh_spawn_request {
    const char *path;        // the program; searched in the PATH of `envp` when it has no slash
    char *const *argv;
    char *const *envp;
    const char *cwd;         // NULL keeps the parent's working directory
    int stdin_fd;            // the fds become 0, 1 and 2 of the child; -1 opens /dev/null
    int stdout_fd;
    int stderr_fd;
    int extra_fd;            // becomes fd 3 when not -1
    uint64_t clone_flags;    // CLONE_NEW* flags for namespaces the child gets, 0 for none
    int new_session;         // setsid()
    int controlling_tty;     // make fd 0 the controlling terminal (requires new_session)
    int netns_fd;            // setns() into this network namespace when not -1
    int set_identity;        // when nonzero: setgroups, setresgid, setresuid to the fields below
    uid_t uid;
    gid_t gid;
    const gid_t *groups;
    int group_count;
    int drop_capabilities;   // clear the bounding, ambient and inheritable sets
    int no_new_privs;        // PR_SET_NO_NEW_PRIVS
    int landlock_ruleset_fd; // landlock_restrict_self() with this ruleset when not -1
    const struct sock_fprog *seccomp; // installed last, right before execve, when not NULL
    int die_with_parent;     // PR_SET_PDEATHSIG SIGKILL
    int oom_score_adj_set;   // when nonzero, write oom_score_adj below to /proc/self/oom_score_adj
    int oom_score_adj;
    const int *cgroup_procs_fds; // the child writes "0" to each, joining those cgroups, then
    int cgroup_procs_fd_count;   // unshares its cgroup namespace so that the new cgroup is its root
};

/// The step at which a child failed before `execve`, and the errno it saw.
struct csh_spawn_failure {
    int step;
    int error;
};

enum {
    CSH_STEP_NONE = 0,
    CSH_STEP_CLONE,
    CSH_STEP_SETNS,
    CSH_STEP_SETSID,
    CSH_STEP_FDS,
    CSH_STEP_TTY,
    CSH_STEP_CWD,
    CSH_STEP_CAPABILITIES,
    CSH_STEP_IDENTITY,
    CSH_STEP_NO_NEW_PRIVS,
    CSH_STEP_LANDLOCK,
    CSH_STEP_SECCOMP,
    CSH_STEP_EXEC,
    CSH_STEP_OOM_SCORE,
    CSH_STEP_CGROUP,
};

/// Starts a process as described by `request` and returns its pid, or -1 with `failure` set when
/// the child could not reach `execve` (the child is reaped in that case).
pid_t csh_spawn(const struct csh_spawn_request *request, struct csh_spawn_failure *failure);

/// Returns a readable name for a `CSH_STEP_*` value.
const char *csh_spawn_step_name(int step);

#endif
