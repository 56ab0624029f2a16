#!/usr/bin/env bash
# Runs the runtime benchmark: Paddock's create-to-first-exec, exec round trip and idle memory
# beside runc and bubblewrap. Needs root, runc, bwrap and python3.
# Usage: bench/run.sh [options of runtime_bench, see --help]
#   PADDOCK_BIN=path  measure that binary instead of building a release one with scripts/build.sh.
set -euo pipefail
bench_directory="$(cd "$(dirname "$0")" && pwd)"
repository="$(dirname "$bench_directory")"

for tool in runc bwrap python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench/run.sh: $tool not found; install it (apt-get install runc bubblewrap python3)" >&2
        exit 2
    fi
done

if [[ -z "${PADDOCK_BIN:-}" ]]; then
    echo "building the release binary with scripts/build.sh release" >&2
    PADDOCK_BIN="$("$repository/scripts/build.sh" release | tail -n 1)"
fi
if [[ ! -x "$PADDOCK_BIN" ]]; then
    echo "bench/run.sh: $PADDOCK_BIN is not an executable paddock binary; set PADDOCK_BIN or build one" >&2
    exit 2
fi

PADDOCK_BENCH_COMMIT="$(git -C "$repository" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$repository" status --porcelain -- Sources 2>/dev/null)" ]]; then
    PADDOCK_BENCH_COMMIT+="+uncommitted"
fi
export PADDOCK_BENCH_COMMIT
# PYTHONPATH instead of a cd, so that relative paths in the options stay relative to the caller.
PYTHONPATH="$bench_directory${PYTHONPATH:+:$PYTHONPATH}" exec python3 -m runtime_bench --paddock "$PADDOCK_BIN" "$@"
