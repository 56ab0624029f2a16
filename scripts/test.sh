#!/usr/bin/env bash
# Runs every test: installs what is missing, builds the static paddock binary that the end-to-end
# tests run sandboxes with, then runs the Swift Testing suites (unit and end-to-end).
# Usage: scripts/test.sh [--filter PATTERN]   (as root; the end-to-end tests create real sandboxes)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
export PADDOCK_BINARY="$PWD/.build/release/paddock"

echo "test: running the Swift test suites"
swift test "$@"
