#include "csh_seccomp.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

uint32_t csh_scmp_act_errno(uint16_t error) { return SCMP_ACT_ERRNO(error); }

int csh_seccomp_deny(scmp_filter_ctx context, int syscall_number, uint16_t error) {
    return seccomp_rule_add(context, SCMP_ACT_ERRNO(error), syscall_number, 0);
}

int csh_seccomp_deny_arg_equal(scmp_filter_ctx context, int syscall_number, uint16_t error,
                               unsigned int argument, uint64_t value) {
    return seccomp_rule_add(context, SCMP_ACT_ERRNO(error), syscall_number, 1,
                            SCMP_CMP(argument, SCMP_CMP_EQ, value));
}

int csh_seccomp_deny_arg_masked(scmp_filter_ctx context, int syscall_number, uint16_t error,
                                unsigned int argument, uint64_t mask, uint64_t value) {
    return seccomp_rule_add(context, SCMP_ACT_ERRNO(error), syscall_number, 1,
                            SCMP_CMP(argument, SCMP_CMP_MASKED_EQ, mask, value));
}

int csh_seccomp_deny_equal_and_not_equal(scmp_filter_ctx context, int syscall_number, uint16_t error,
                                         unsigned int first, uint64_t first_value,
                                         unsigned int second, uint64_t second_value) {
    return seccomp_rule_add(context, SCMP_ACT_ERRNO(error), syscall_number, 2,
                            SCMP_CMP(first, SCMP_CMP_EQ, first_value),
                            SCMP_CMP(second, SCMP_CMP_NE, second_value));
}

long csh_seccomp_export(scmp_filter_ctx context, void **program) {
    int fd = memfd_create("paddock-seccomp", MFD_CLOEXEC);
    if (fd < 0) return -1;
    int result = seccomp_export_bpf(context, fd);
    if (result < 0) {
        close(fd);
        errno = -result;
        return -1;
    }
    off_t size = lseek(fd, 0, SEEK_END);
    if (size <= 0 || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        errno = EIO;
        return -1;
    }
    char *buffer = malloc((size_t)size);
    if (buffer == NULL) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    off_t offset = 0;
    while (offset < size) {
        ssize_t count = read(fd, buffer + offset, (size_t)(size - offset));
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) {
            free(buffer);
            close(fd);
            errno = EIO;
            return -1;
        }
        offset += count;
    }
    close(fd);
    *program = buffer;
    return (long)size;
}
