#!/usr/bin/env bash
# Egress proxy benchmark: the throughput of a 200 MB download and the connection set-up time, all in
# one run against servers on 127.0.0.1. The cases are direct, Paddock's proxy from inside a real
# sandbox (L4 tunnel, and L7 with TLS interception), and tinyproxy and squid on the host.
# Usage: bench/proxy_bench/run.sh [--size-mb N] [--rounds N]   (as root, after scripts/setup.sh)
# Prints one line per case and the ratios to direct; leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/../.."

size_mb=200
rounds=3
setup_samples=200
while (($#)); do
    case "$1" in
        --size-mb) size_mb="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        *) echo "error: unknown argument $1; use --size-mb N or --rounds N" >&2; exit 64 ;;
    esac
done

paddock="${PADDOCK_BINARY:-$PWD/.build/release/paddock}"
[[ -x "$paddock" ]] || { echo "error: $paddock not found; build it with scripts/build.sh release" >&2; exit 1; }
work="$(mktemp -d /tmp/paddock-proxy-bench.XXXXXX)"
export PADDOCK_STATE_DIR="$work/state"
name="proxy-bench-$$"
pids=()

cleanup() {
    "$paddock" sandbox delete "$name" >/dev/null 2>&1 || true
    "$paddock" gateway stop >/dev/null 2>&1 || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Starts file_server.py with its standard input on a fifo we hold open; sets $port.
start_server() {
    local fifo="$work/server-$RANDOM.in"
    mkfifo "$fifo"
    python3 bench/proxy_bench/file_server.py "$work/files" "$@" <"$fifo" >"$fifo.out" &
    pids+=("$!")
    exec {holder}>"$fifo"
    for _ in $(seq 100); do
        [[ -s "$fifo.out" ]] && break
        sleep 0.05
    done
    port="$(awk '/^port/ {print $2}' "$fifo.out")"
}

mkdir -p "$work/files"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$work/files/big.bin"
echo "small" >"$work/files/small.txt"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj "/CN=bench CA" \
    -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=bench.test" \
    -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
echo "subjectAltName=DNS:bench.test,IP:127.0.0.1" >"$work/san.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 1 \
    -extfile "$work/san.cnf" -out "$work/server.pem" 2>/dev/null

start_server
http_port="$port"
start_server --cert "$work/server.pem" --key "$work/server.key"
https_port="$port"

cat >"$work/tinyproxy.conf" <<CONF
Port 0
Listen 127.0.0.1
Timeout 60
MaxClients 100
Allow 127.0.0.1
ConnectPort $http_port
ConnectPort $https_port
LogLevel Critical
PidFile "$work/tinyproxy.pid"
CONF
tiny_port=$((20000 + RANDOM % 10000))
sed -i "s/^Port 0/Port $tiny_port/" "$work/tinyproxy.conf"
tinyproxy -d -c "$work/tinyproxy.conf" >/dev/null 2>&1 &
pids+=("$!")

squid_port=$((30000 + RANDOM % 10000))
cat >"$work/squid.conf" <<CONF
http_port 127.0.0.1:$squid_port
pid_filename $work/squid.pid
cache_log $work/squid-cache.log
access_log none
cache deny all
cache_mem 8 MB
coredump_dir $work
pinger_enable off
udp_incoming_address 127.0.0.1
udp_outgoing_address 127.0.0.1
acl bench_ports port $http_port $https_port
http_access deny CONNECT !bench_ports
http_access allow localhost
http_access deny all
CONF
squid -N -f "$work/squid.conf" >/dev/null 2>&1 &
pids+=("$!")

"$paddock" gateway start --listen 127.0.0.1:0 >/dev/null
"$paddock" sandbox create --name "$name" >/dev/null
id="$("$paddock" sandbox get "$name" -o json | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
python3 - "$work" "$http_port" "$https_port" >"$PADDOCK_STATE_DIR/sandboxes/$id/egress.json.tmp" <<'PY'
import json, sys
work, http_port, https_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def policy(key, port, rest):
    endpoint = {"host": "bench.test", "ports": [port], "allow_encoded_slash": False,
                "request_body_credential_rewrite": False, "websocket_credential_rewrite": False,
                "allow_uninspected_credentials": False}
    if rest:
        endpoint.update({"protocol": "rest", "access": "read-only"})
    return {"key": key, "name": key, "endpoints": [endpoint], "binaries": [{"path": "/usr/bin/curl"}]}
print(json.dumps({"revision": 1,
    "network_policies": [policy("l4", http_port, False), policy("l7", https_port, True)],
    "options": {"host_overrides": {"bench.test": "127.0.0.1"}, "allow_loopback_upstreams": True,
                "extra_ca": open(work + "/ca.pem").read()}}))
PY
chmod 600 "$PADDOCK_STATE_DIR/sandboxes/$id/egress.json.tmp"
mv "$PADDOCK_STATE_DIR/sandboxes/$id/egress.json.tmp" "$PADDOCK_STATE_DIR/sandboxes/$id/egress.json"
curl -sS --unix-socket "$PADDOCK_STATE_DIR/sandboxes/$id/control.sock" -X POST http://supervisor/v1/egress/reload >/dev/null
sleep 0.2

# Prints the best download speed in bytes/s over the rounds; the command comes after the runner.
best_speed() {
    local runner=("$@") best=0 speed
    for _ in $(seq "$rounds"); do
        speed="$("${runner[@]}")"
        speed="${speed%.*}"
        ((speed > best)) && best="$speed"
    done
    echo "$best"
}

# Prints the median of numbers on standard input, in microseconds (input in seconds).
median_us() {
    sort -g | awk '{v[NR]=$1} END {printf "%.0f", v[int((NR+1)/2)] * 1000000}'
}

host_curl() { curl -sS -o /dev/null -w '%{speed_download}' "$@"; }
sandbox_curl() { "$paddock" sandbox exec "$name" -- curl -sS -o /dev/null -w '%{speed_download}' "$@"; }
host_setup() { for _ in $(seq "$setup_samples"); do curl -sS -o /dev/null -w '%{time_pretransfer}\n' "$@"; done | median_us; }
sandbox_setup() {
    "$paddock" sandbox exec "$name" -- sh -c \
        "for i in \$(seq $setup_samples); do curl -sS -o /dev/null -w '%{time_pretransfer}\n' $*; done" | median_us
}

# Inside the sandbox the proxy maps bench.test to 127.0.0.1 through host_overrides. On the host the
# URLs use the address itself, so no case waits for DNS.
big="http://bench.test:$http_port/big.bin"
small="http://bench.test:$http_port/small.txt"
secure_big="https://bench.test:$https_port/big.bin"
host_big="http://127.0.0.1:$http_port/big.bin"
host_small="http://127.0.0.1:$http_port/small.txt"
tiny=(--proxytunnel -x "http://127.0.0.1:$tiny_port")
squid=(--proxytunnel -x "http://127.0.0.1:$squid_port")

direct_speed="$(best_speed host_curl "$host_big")"
direct_tls_speed="$(best_speed host_curl --cacert "$work/ca.pem" "https://127.0.0.1:$https_port/big.bin")"
paddock_l4_speed="$(best_speed sandbox_curl --proxytunnel "$big")"
paddock_l7_speed="$(best_speed sandbox_curl "$secure_big")"
tiny_speed="$(best_speed host_curl "${tiny[@]}" "$host_big")"
squid_speed="$(best_speed host_curl "${squid[@]}" "$host_big")"

direct_setup="$(host_setup "$host_small")"
paddock_setup="$(sandbox_setup --proxytunnel "$small")"
tiny_setup="$(host_setup "${tiny[@]}" "$host_small")"
squid_setup="$(host_setup "${squid[@]}" "$host_small")"

mbps() { awk -v b="$1" 'BEGIN {printf "%.0f", b / 1048576}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "proxy benchmark: ${size_mb} MB download, best of $rounds; set-up = median time_pretransfer of $setup_samples connections"
printf '%-28s %10s %8s %14s %14s\n' case "MiB/s" "ratio" "setup_us" "added_us"
printf '%-28s %10s %8s %14s %14s\n' "direct http" "$(mbps "$direct_speed")" "1.00" "$direct_setup" "0"
printf '%-28s %10s %8s %14s %14s\n' "paddock L4 tunnel" "$(mbps "$paddock_l4_speed")" \
    "$(ratio "$paddock_l4_speed" "$direct_speed")" "$paddock_setup" "$((paddock_setup - direct_setup))"
printf '%-28s %10s %8s %14s %14s\n' "tinyproxy tunnel" "$(mbps "$tiny_speed")" \
    "$(ratio "$tiny_speed" "$direct_speed")" "$tiny_setup" "$((tiny_setup - direct_setup))"
printf '%-28s %10s %8s %14s %14s\n' "squid tunnel" "$(mbps "$squid_speed")" \
    "$(ratio "$squid_speed" "$direct_speed")" "$squid_setup" "$((squid_setup - direct_setup))"
printf '%-28s %10s %8s\n' "direct https" "$(mbps "$direct_tls_speed")" "1.00"
printf '%-28s %10s %8s\n' "paddock L7 (TLS inspected)" "$(mbps "$paddock_l7_speed")" \
    "$(ratio "$paddock_l7_speed" "$direct_tls_speed")"
