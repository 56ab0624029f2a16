#ifndef CSH_SECCOMP_H
#define CSH_SECCOMP_H
// Helpers for building seccomp filters with libseccomp: the macros and variadic rule functions
// that Swift cannot import.
#include <seccomp.h>
#include <stdint.h>

uint32_t csh_scmp_act_errno(uint16_t error);

/// Adds a rule that fails `syscall_number` with `error` unconditionally.
int csh_seccomp_deny(scmp_filter_ctx context, int syscall_number, uint16_t error);

/// Adds a rule that fails `syscall_number` with `error` when argument `argument` equals `value`.
int csh_seccomp_deny_arg_equal(scmp_filter_ctx context, int syscall_number, uint16_t error,
                               unsigned int argument, uint64_t value);

/// Adds a rule that fails `syscall_number` with `error` when `argument & mask` equals `value`.
int csh_seccomp_deny_arg_masked(scmp_filter_ctx context, int syscall_number, uint16_t error,
                                unsigned int argument, uint64_t mask, uint64_t value);

/// Adds a rule that fails `syscall_number` with `error` when argument `first` equals `first_value`
/// and argument `second` differs from `second_value`.
int csh_seccomp_deny_equal_and_not_equal(scmp_filter_ctx context, int syscall_number, uint16_t error,
                                         unsigned int first, uint64_t first_value,
                                         unsigned int second, uint64_t second_value);

/// Exports the filter as BPF into a newly allocated buffer (free it with `free`); returns the
/// number of bytes, or -1 with errno set.
long csh_seccomp_export(scmp_filter_ctx context, void **program);

#endif
