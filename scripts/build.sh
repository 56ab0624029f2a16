#!/usr/bin/env bash
# Builds the paddock executable with the Swift standard library and Foundation linked statically,
# so that the same file runs inside any glibc image that the gateway bind-mounts it into.
# Usage: scripts/build.sh [debug|release]   (default: release); prints the binary's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${1:-release}"

# With -static-stdlib the Swift 6.3 driver leaves Foundation's own static dependencies out of the
# link; listing them after everything else resolves them.
static_libraries=(Foundation FoundationInternationalization FoundationEssentials CoreFoundation _FoundationICU
    _FoundationCollections _FoundationCShims swiftSynchronization swiftDispatch dispatch BlocksRuntime)
linker_flags=()
for library in "${static_libraries[@]}"; do
    linker_flags+=(-Xlinker "-l$library")
done

swift build -c "$configuration" --static-swift-stdlib "${linker_flags[@]}" --product paddock >&2
echo "$(swift build -c "$configuration" --show-bin-path)/paddock"
