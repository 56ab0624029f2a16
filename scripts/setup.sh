#!/usr/bin/env bash
# Installs everything Paddock needs on a fresh Debian 12 machine and builds it.
# Usage: scripts/setup.sh            (run as root; safe to run again)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # Build: C libraries behind the system-library targets.
    pkg-config libseccomp-dev libsqlite3-dev libyaml-dev libssl-dev libarchive-dev libcap-dev zlib1g-dev
    # Runtime: what the sandboxes and the host tools use.
    iproute2 procps util-linux curl ca-certificates python3
    # Tests: the store's crash tests drive the sqlite3 shell.
    sqlite3
    # Egress proxy tests: real clients inside a sandbox, and openssl for the test CA.
    git nodejs openssl python3-requests
    # Benchmarks compare against these.
    runc bubblewrap
    # The egress proxy benchmark compares against these.
    tinyproxy squid
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "setup: Debian packages already installed"
fi

if ! command -v swift >/dev/null; then
    if [[ -x /opt/swift/usr/bin/swift ]]; then
        export PATH=/opt/swift/usr/bin:$PATH
    else
        echo "setup: error: swift not found; install the Swift 6.3 toolchain at /opt/swift" >&2
        exit 1
    fi
fi

echo "setup: building paddock (release, static Swift runtime)"
binary="$(scripts/build.sh release)"
echo "setup: done; the binary is $binary"
