#ifndef CSH_LANDLOCK_H
#define CSH_LANDLOCK_H
// Landlock system calls, which glibc 2.36 does not wrap. Access-right constants for ABI 3 and later
// are defined here because Debian 12's kernel headers stop at ABI 2.
#include <stdint.h>

#define CSH_LANDLOCK_ACCESS_FS_EXECUTE (1ULL << 0)
#define CSH_LANDLOCK_ACCESS_FS_WRITE_FILE (1ULL << 1)
#define CSH_LANDLOCK_ACCESS_FS_READ_FILE (1ULL << 2)
#define CSH_LANDLOCK_ACCESS_FS_READ_DIR (1ULL << 3)
#define CSH_LANDLOCK_ACCESS_FS_REMOVE_DIR (1ULL << 4)
#define CSH_LANDLOCK_ACCESS_FS_REMOVE_FILE (1ULL << 5)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_CHAR (1ULL << 6)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_DIR (1ULL << 7)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_REG (1ULL << 8)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_SOCK (1ULL << 9)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_FIFO (1ULL << 10)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_BLOCK (1ULL << 11)
#define CSH_LANDLOCK_ACCESS_FS_MAKE_SYM (1ULL << 12)
#define CSH_LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#define CSH_LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#define CSH_LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)

/// Returns the kernel's Landlock ABI version, or -1 with errno set (EOPNOTSUPP when Landlock is
/// disabled at boot, ENOSYS when the kernel lacks it).
int csh_landlock_abi_version(void);

/// Creates a ruleset that handles `handled_access_fs`; returns its fd or -1 with errno set.
int csh_landlock_create_ruleset(uint64_t handled_access_fs);

/// Allows `allowed_access` beneath the file or directory open as `parent_fd` (an O_PATH fd).
int csh_landlock_add_path_rule(int ruleset_fd, int parent_fd, uint64_t allowed_access);

/// Restricts the calling thread with the ruleset. The caller must have set no_new_privs first.
int csh_landlock_restrict_self(int ruleset_fd);

#endif
