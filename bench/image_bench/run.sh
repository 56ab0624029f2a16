#!/usr/bin/env bash
# Image benchmarks, each beside a reference measured in the same run on the same machine:
#   1. pull of the 3-layer test image from a local docker-registry: paddock image pull (download,
#      verify and unpack) beside skopeo copy to an OCI layout (download and verify only), and
#      beside skopeo copy plus umoci unpack, which does the same work as paddock's pull;
#   2. create-to-first-exec: sandbox create --from IMAGE -- true beside the host image;
#   3. throughput of a 256 MiB download through a forwarded port beside direct loopback.
# Prints medians of RUNS runs (default 5) and the ratios. Needs root, the release binary
# (scripts/build.sh release), docker-registry, skopeo, umoci, curl and python3, and the cached test images
# (scripts/build-test-images.sh builds them). All traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-5}"
binary="${PADDOCK_BINARY:-$PWD/.build/release/paddock}"
layout="$(scripts/build-test-images.sh)"
work="$(mktemp -d /tmp/paddock-image-bench-XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.4f}')" "$1" "$2"; }
median() { python3 -c 'import statistics,sys; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.4f}")' "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
wait_for() { for _ in $(seq 1 200); do if "$@" >/dev/null 2>&1; then return 0; fi; sleep 0.05; done; return 1; }

# A local registry on loopback, plain HTTP, holding the 3-layer server image.
registry_port="$(free_port)"
cat >"$work/registry.yml" <<YAML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $work/registry-data}}
http: {addr: 127.0.0.1:$registry_port}
YAML
docker-registry serve "$work/registry.yml" >/dev/null 2>&1 &
pids+=($!)
wait_for curl -sf "http://127.0.0.1:$registry_port/v2/"
HOME="$work" skopeo copy --quiet --dest-tls-verify=false "oci:$layout:server" \
    "docker://127.0.0.1:$registry_port/bench/server:latest"
reference="127.0.0.1:$registry_port/bench/server:latest"

# A gateway of its own, so the benchmark never touches another state directory.
gateway_port="$(free_port)"
export PADDOCK_STATE_DIR="$work/state" PADDOCK_GATEWAY="http://127.0.0.1:$gateway_port"
"$binary" gateway start --foreground --state-dir "$PADDOCK_STATE_DIR" --listen "127.0.0.1:$gateway_port" \
    >"$work/gateway.log" 2>&1 &
pids+=($!)
wait_for "$binary" image list

echo "== pull of $reference (3 layers), $runs runs"
paddock_pull=()
skopeo_pull=()
unpack_times=()
for run in $(seq 1 "$runs"); do
    "$binary" image rm "$reference" >/dev/null 2>&1 || true
    start="$(now)"
    "$binary" image pull --plain-http "$reference" >/dev/null 2>&1
    paddock_pull+=("$(elapsed "$start" "$(now)")")
    rm -rf "$work/skopeo-$run"
    start="$(now)"
    HOME="$work" skopeo copy --quiet --src-tls-verify=false "docker://$reference" "oci:$work/skopeo-$run:latest"
    skopeo_pull+=("$(elapsed "$start" "$(now)")")
    # The same job as paddock's pull: skopeo's download, then umoci's unpack of the layers.
    rm -rf "$work/bundle-$run"
    start="$(now)"
    umoci unpack --image "$work/skopeo-$run:latest" "$work/bundle-$run" >/dev/null
    unpack_times+=("$(elapsed "$start" "$(now)")")
    rm -rf "$work/bundle-$run" "$work/skopeo-$run"
done
paddock_median="$(median "${paddock_pull[@]}")"
skopeo_median="$(median "${skopeo_pull[@]}")"
echo "paddock image pull (download+verify+unpack): median ${paddock_median} s  runs: ${paddock_pull[*]}"
echo "skopeo copy to oci layout (download+verify): median ${skopeo_median} s  runs: ${skopeo_pull[*]}"
unpack_median="$(median "${unpack_times[@]}")"
full_median="$(python3 -c "import sys; print(f'{float(sys.argv[1]) + float(sys.argv[2]):.4f}')" "$skopeo_median" "$unpack_median")"
echo "umoci unpack of that layout:                 median ${unpack_median} s  runs: ${unpack_times[*]}"
echo "ratio paddock/skopeo copy: $(ratio "$paddock_median" "$skopeo_median")  (aim: at most 1.00)"
echo "ratio paddock/(skopeo copy + umoci unpack): $(ratio "$paddock_median" "$full_median")"

echo "== create to first exec, $runs runs"
"$binary" image import --repository bench "$layout" >/dev/null
"$binary" sandbox create --rm --from bench:sandbox -- true >/dev/null
"$binary" sandbox create --rm -- true >/dev/null
image_create=()
host_create=()
# Timed from the create request until the first command has exited; the delete is not timed.
for run in $(seq 1 "$runs"); do
    start="$(now)"
    "$binary" sandbox create --name "bench-image-$run" --from bench:sandbox -- true >/dev/null 2>&1
    image_create+=("$(elapsed "$start" "$(now)")")
    start="$(now)"
    "$binary" sandbox create --name "bench-host-$run" -- true >/dev/null 2>&1
    host_create+=("$(elapsed "$start" "$(now)")")
    "$binary" sandbox delete "bench-image-$run" "bench-host-$run" >/dev/null
done
image_median="$(median "${image_create[@]}")"
host_median="$(median "${host_create[@]}")"
echo "image bench:sandbox: median ${image_median} s  runs: ${image_create[*]}"
echo "host image:          median ${host_median} s  runs: ${host_create[*]}"
echo "ratio image/host: $(ratio "$image_median" "$host_median")  (aim: at most 1.20)"

echo "== 256 MiB download through a forward beside direct loopback, $runs runs"
forward_port="$(free_port)"
direct_port="$(free_port)"
"$binary" sandbox create --name bench-forward --from bench:server --forward "$forward_port" >/dev/null
"$binary" sandbox exec bench-forward -- sh -c 'head -c 268435456 /dev/zero > /sandbox/blob' >/dev/null
"$binary" sandbox exec bench-forward -- python3 -m http.server --bind 127.0.0.1 --directory /sandbox \
    "$forward_port" >/dev/null 2>&1 &
pids+=($!)
head -c 268435456 /dev/zero >"$work/blob"
python3 -m http.server --bind 127.0.0.1 --directory "$work" "$direct_port" >/dev/null 2>&1 &
pids+=($!)
wait_for curl -sf -o /dev/null "http://127.0.0.1:$forward_port/blob"
wait_for curl -sf -o /dev/null "http://127.0.0.1:$direct_port/blob"
forward_rate=()
direct_rate=()
for _ in $(seq 1 "$runs"); do
    forward_rate+=("$(curl -sf -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$forward_port/blob")")
    direct_rate+=("$(curl -sf -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$direct_port/blob")")
done
forward_median="$(median "${forward_rate[@]}")"
direct_median="$(median "${direct_rate[@]}")"
mib() { python3 -c "import sys; print(f'{float(sys.argv[1]) / 1048576:.0f}')" "$1"; }
echo "forwarded port: median $(mib "$forward_median") MiB/s"
echo "direct loopback: median $(mib "$direct_median") MiB/s"
echo "ratio forwarded/direct: $(ratio "$forward_median" "$direct_median")"
"$binary" sandbox delete bench-forward >/dev/null
