#ifndef CSH_SIGNAL_H
#define CSH_SIGNAL_H
// Signal forwarding through a pipe: the handler only calls write(2), which is async-signal-safe,
// and a normal thread reads the pipe and runs the Swift code for the signal.

/// Installs a handler for `signo` (1 to 64) that writes the signal number as one byte to `fd`.
/// The handler uses SA_RESTART so that blocking reads elsewhere resume after it. Returns 0, or -1
/// with errno set (EINVAL for a signal number out of range).
int csh_signal_forward(int signo, int fd);

/// Restores the default action for `signo`. Returns 0, or -1 with errno set.
int csh_signal_reset(int signo);

#endif
