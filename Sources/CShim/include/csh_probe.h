#ifndef CSH_PROBE_H
#define CSH_PROBE_H
// Short-lived child processes that try what the sandbox runtime needs (namespaces, an overlay
// mount, a seccomp filter) without changing the calling process. Each child makes only system
// calls between fork and _exit, so probing is safe from a multithreaded Swift process.

// CLONE_NEW* flags, which Swift's Glibc module omits because it is built without _GNU_SOURCE.
extern const int csh_clone_newns;
extern const int csh_clone_newpid;
extern const int csh_clone_newuts;
extern const int csh_clone_newipc;
extern const int csh_clone_newcgroup;
extern const int csh_clone_newnet;

/// Forks one child that calls unshare(flags[i]) for each i and stores 0 or the errno it failed
/// with in errors[i]. Returns 0, or -1 with errno set when the child could not run or report.
int csh_probe_unshare(const int *flags, int *errors, int count);

/// Steps of csh_probe_overlay, returned to name the one that failed.
#define CSH_OVERLAY_STEP_UNSHARE 1
#define CSH_OVERLAY_STEP_MAKE_PRIVATE 2
#define CSH_OVERLAY_STEP_MOUNT 3
#define CSH_OVERLAY_STEP_WRITE 4

/// Forks a child that enters a new mount namespace, makes every mount in it private, mounts an
/// overlay with `options` on `target` and creates `probe_file` inside the mount. The mount never
/// reaches the caller's namespace. Returns 0 on success, a CSH_OVERLAY_STEP_* value with the
/// errno in *error when a step failed, or -1 with errno set when the child could not run.
int csh_probe_overlay(const char *target, const char *options, const char *probe_file, int *error);

/// Returns prctl(PR_GET_SECCOMP): 0 when the caller runs unfiltered, 2 when a filter applies,
/// or -1 with errno set (EINVAL when the kernel lacks seccomp).
int csh_probe_seccomp_mode(void);

/// Forks a child that sets no_new_privs and installs a one-instruction allow-all seccomp filter.
/// Returns 0 or the errno of the step that failed, or -1 with errno set when the child could not run.
int csh_probe_seccomp_filter(void);

#endif
