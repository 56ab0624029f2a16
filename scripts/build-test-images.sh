#!/usr/bin/env bash
# Builds the OCI images that the image tests pull and import, once, into a cache outside the
# repository (default /var/cache/paddock-test-images; override with PADDOCK_TEST_IMAGES).
# Needs root, debootstrap and umoci, and reaches only the Debian mirror configured for apt.
#
# The layout <cache>/layout contains three tags:
#   base     one layer: a Debian 12 minbase root filesystem with python3; no non-root user
#   sandbox  base plus a layer that adds a 'sandbox' user (uid 1000) and removes /usr/share/doc
#            (so that layer carries whiteouts)
#   server   sandbox plus a layer with a small HTTP server (/usr/local/bin/serve PORT, serving
#            /app/www) set as the image's command
set -euo pipefail
cache="${PADDOCK_TEST_IMAGES:-/var/cache/paddock-test-images}"
if [[ -f "$cache/layout/.complete-v3" ]]; then
    echo "$cache/layout"
    exit 0
fi
mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)"
mirror="${mirror:-http://deb.debian.org/debian}"
rm -rf "$cache"
mkdir -p "$cache"
work="$cache/work"
mkdir -p "$work"

debootstrap --variant=minbase --include=python3 bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { echo "build-test-images: debootstrap failed; see $work/debootstrap.log" >&2; exit 1; }
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*

layout="$cache/layout"
umoci init --layout "$layout"
umoci new --image "$layout:base"
umoci unpack --rootless --image "$layout:base" "$work/bundle" >/dev/null
rm -rf "$work/bundle/rootfs"
cp -a "$work/rootfs" "$work/bundle/rootfs"
umoci repack --image "$layout:base" "$work/bundle"
umoci config --image "$layout:base" --config.cmd /bin/bash \
    --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
rm -rf "$work/bundle"

umoci unpack --image "$layout:base" "$work/bundle" >/dev/null
chroot "$work/bundle/rootfs" useradd --create-home --uid 1000 --shell /bin/bash sandbox
rm -rf "$work/bundle/rootfs/usr/share/doc"
umoci repack --image "$layout:sandbox" "$work/bundle"
rm -rf "$work/bundle"
umoci config --image "$layout:sandbox" --config.user sandbox --config.workingdir /home/sandbox \
    --config.env GREETING=hello-from-image

umoci unpack --image "$layout:sandbox" "$work/bundle" >/dev/null
# /app is where OpenShell-style images keep their application, and the default policy lets the
# sandbox user read it.
mkdir -p "$work/bundle/rootfs/app/www"
echo "served from the image" >"$work/bundle/rootfs/app/www/index.html"
cat >"$work/bundle/rootfs/usr/local/bin/serve" <<'SERVE'
#!/usr/bin/python3
import http.server, os, sys
port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
os.chdir("/app/www")
http.server.ThreadingHTTPServer(("127.0.0.1", port), http.server.SimpleHTTPRequestHandler).serve_forever()
SERVE
chmod 0755 "$work/bundle/rootfs/usr/local/bin/serve"
umoci repack --image "$layout:server" "$work/bundle"
umoci config --image "$layout:server" --config.cmd /usr/local/bin/serve --config.cmd 8000
rm -rf "$work/bundle"
umoci gc --layout "$layout"
rm -rf "$work"
touch "$layout/.complete-v3"
echo "$layout"
