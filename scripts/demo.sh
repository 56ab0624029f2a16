#!/usr/bin/env bash
# The main job: a short scripted session that starts a gateway, creates a sandbox, runs commands in
# it, shows what the sandbox can and cannot do, and cleans everything up.
# Usage: scripts/demo.sh   (as root, after scripts/setup.sh; leaves nothing running)
set -euo pipefail
cd "$(dirname "$0")/.."

paddock="${PADDOCK_BINARY:-$(scripts/build.sh release 2>/dev/null | tail -n 1)}"
state="$(mktemp -d /tmp/paddock-demo.XXXXXX)"
export PADDOCK_STATE_DIR="$state"
name="demo-$$"

cleanup() {
    "$paddock" sandbox delete "$name" >/dev/null 2>&1 || true
    "$paddock" gateway stop >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
# %q keeps the quoting, so that the printed line can be pasted into a shell.
run() {
    local line
    line=$(printf '%q ' "$@")
    step "${line% }"
    "$@" || printf '(exit code %d)\n' "$?"
}

run "$paddock" doctor
run "$paddock" gateway start --listen 127.0.0.1:0
run "$paddock" sandbox create --name "$name" --memory 256M --pids 256
run "$paddock" sandbox list
run "$paddock" sandbox exec "$name" -- sh -c 'echo "hello from $(hostname) as $(id -un) ($(id -u))"; pwd'
run "$paddock" sandbox exec "$name" -- python3 -c 'import platform; print("python", platform.python_version())'
run "$paddock" sandbox exec "$name" -- sh -c 'echo "notes" > /sandbox/notes.txt && ls -l /sandbox'
step "isolation: capabilities, no_new_privs and seccomp of a sandbox process"
"$paddock" sandbox exec "$name" -- grep -E '^(CapBnd|CapEff|NoNewPrivs|Seccomp):' /proc/self/status
step "isolation: only loopback, and no route anywhere"
"$paddock" sandbox exec "$name" -- cat /proc/net/dev /proc/net/route
run "$paddock" sandbox exec "$name" -- cat /etc/shadow
run "$paddock" sandbox exec "$name" -- touch /usr/owned
run "$paddock" sandbox exec "$name" -- ps -e -o pid,user,comm
run "$paddock" sandbox exec "$name" -- nosuchcommand
run "$paddock" sandbox stop "$name"
run "$paddock" sandbox start "$name"
run "$paddock" sandbox exec "$name" -- cat /sandbox/notes.txt
run "$paddock" sandbox delete "$name"
run "$paddock" gateway stop
echo
echo "demo finished: the sandbox and the gateway are gone"
