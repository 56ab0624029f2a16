#include "csh_landlock.h"

#include <linux/landlock.h>
#include <sys/syscall.h>
#include <unistd.h>

int csh_landlock_abi_version(void) {
    return (int)syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
}

int csh_landlock_create_ruleset(uint64_t handled_access_fs) {
    struct landlock_ruleset_attr attr = {.handled_access_fs = handled_access_fs};
    return (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
}

int csh_landlock_add_path_rule(int ruleset_fd, int parent_fd, uint64_t allowed_access) {
    struct landlock_path_beneath_attr attr = {.allowed_access = allowed_access, .parent_fd = parent_fd};
    return (int)syscall(SYS_landlock_add_rule, ruleset_fd, LANDLOCK_RULE_PATH_BENEATH, &attr, 0);
}

int csh_landlock_restrict_self(int ruleset_fd) {
    return (int)syscall(SYS_landlock_restrict_self, ruleset_fd, 0);
}
