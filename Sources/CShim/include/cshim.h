#ifndef CSHIM_H
#define CSHIM_H
// Wrappers for what Swift cannot call directly: function-like macros, variadic functions and
// system calls that glibc 2.36 does not wrap. Every exported name starts with `csh_`.
#include <stdint.h>
#include <sys/types.h>

#include "csh_landlock.h"
#include "csh_namespace.h"
#include "csh_net.h"
#include "csh_probe.h"
#include "csh_proxy.h"
#include "csh_seccomp.h"
#include "csh_signal.h"
#include "csh_spawn.h"
#include "csh_workspace.h"

int csh_wifexited(int status);
int csh_wexitstatus(int status);
int csh_wifsignaled(int status);
int csh_wtermsig(int status);

#endif
