#include "cshim.h"
#include <sys/wait.h>

int csh_wifexited(int status) { return WIFEXITED(status); }
int csh_wexitstatus(int status) { return WEXITSTATUS(status); }
int csh_wifsignaled(int status) { return WIFSIGNALED(status); }
int csh_wtermsig(int status) { return WTERMSIG(status); }
