#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the static paddock binary that the end-to-end
# tests run sandboxes with, then runs the Swift Testing suites (unit and end-to-end) and the pytest
# suite of the workspace server (through the AIO SDK, against a real gateway and sandboxes) and the
# end-to-end test of the patch-and-pull-request example.
# Usage: scripts/test.sh [--filter PATTERN]   (as root; the end-to-end tests create real sandboxes)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PADDOCK_BINARY="$PWD/.build/release/paddock"

echo "test: running the Swift test suites"
swift test "$@"

echo "test: running the workspace server tests"
.build/workspace-venv/bin/python -m pytest -q tests/workspace

echo "test: running the patch-and-pull-request example"
.build/workspace-venv/bin/python -m pytest -q tests/examples
