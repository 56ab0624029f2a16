#!/usr/bin/env bash
# Runs the patch-and-pull-request example: see README.md beside this file.
# Usage: examples/patch-and-pr/run.sh [--output-dir DIR] [--results FILE] [--token-file FILE] [--keep-state]
# Needs root. Starts its own gateway unless PADDOCK_GATEWAY is set. PADDOCK_BINARY picks the paddock
# binary (default .build/release/paddock), PADDOCK_PYTHON the Python with agent-sandbox installed
# (default .build/workspace-venv/bin/python, which scripts/setup.sh builds).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repository="$(cd "$here/../.." && pwd)"
python="${PADDOCK_PYTHON:-$repository/.build/workspace-venv/bin/python}"
if [[ ! -x "$python" ]]; then
    echo "patch-and-pr: $python is missing; run scripts/setup.sh or set PADDOCK_PYTHON" >&2
    exit 2
fi
export PADDOCK_BINARY="${PADDOCK_BINARY:-$repository/.build/release/paddock}"
cd "$here"
exec "$python" agent.py "$@"
