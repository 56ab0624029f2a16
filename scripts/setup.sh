#!/usr/bin/env bash
# Installs everything Paddock needs on a fresh Debian 12 machine and builds it.
# Usage: scripts/setup.sh            (run as root; safe to run again)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # Build: C libraries behind the system-library targets.
    pkg-config libseccomp-dev libsqlite3-dev libyaml-dev libssl-dev libarchive-dev libcap-dev zlib1g-dev
    libzmq3-dev
    # Runtime: what the sandboxes and the host tools use.
    iproute2 procps util-linux curl ca-certificates python3
    # Tests: the workspace server suite runs in a virtual environment of its own.
    python3-venv
    # Tests: the store's crash tests drive the sqlite3 shell.
    sqlite3
    # Image tests: debootstrap and umoci build the test images, docker-registry serves them on
    # loopback, skopeo pushes them, htpasswd (apache2-utils) writes the registry's basic-auth file,
    # and openssl makes the registry's test CA.
    debootstrap umoci docker-registry skopeo apache2-utils openssl
    # The workspace's code and browser runtimes in the host image: Jupyter kernels (matplotlib
    # for rich output), and headless Chromium with fonts and certutil for its trust store.
    python3-ipykernel python3-matplotlib chromium fonts-dejavu-core libnss3-tools
    # Egress proxy tests: real clients inside a sandbox.
    git nodejs python3-requests
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

# squid, tinyproxy and docker-registry are installed for tests and benchmarks, which start their
# own instances on loopback. Debian starts each as a system service that listens on every
# interface, so stop and disable those where systemd runs.
if [[ -d /run/systemd/system ]]; then
    for service in squid tinyproxy docker-registry; do
        if systemctl is-enabled --quiet "$service" 2>/dev/null || systemctl is-active --quiet "$service" 2>/dev/null; then
            echo "setup: disabling the $service system service (tests start their own)"
            systemctl disable --now --quiet "$service" || echo "setup: warning: could not disable $service" >&2
        fi
    done
fi

if ! command -v swift >/dev/null; then
    if [[ -x /opt/swift/usr/bin/swift ]]; then
        export PATH=/opt/swift/usr/bin:$PATH
    else
        echo "setup: error: swift not found; install the Swift 6.3 toolchain at /opt/swift" >&2
        exit 1
    fi
fi

venv=.build/workspace-venv
if ! "$venv/bin/python" -c "import agent_sandbox, pytest, websocket, playwright, mcp" 2>/dev/null \
    || ! cmp -s tests/workspace/requirements.txt "$venv/requirements.txt"; then
    echo "setup: installing the workspace test packages into $venv"
    mkdir -p .build
    /usr/bin/python3 -m venv --clear "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/workspace/requirements.txt
    cp tests/workspace/requirements.txt "$venv/requirements.txt"
fi

echo "setup: building paddock (release, static Swift runtime)"
binary="$(scripts/build.sh release)"
echo "setup: done; the binary is $binary"
