#!/usr/bin/env bash
# Builds the HTTP parser fuzz target with libFuzzer and AddressSanitizer and runs it.
#
# Usage: fuzz/run-http-parser.sh [SECONDS]   (default 60)
#
# New inputs that reach new code go to fuzz/build/corpus; the committed seeds in
# fuzz/http-parser/corpus are only read. A crash leaves its input in fuzz/build/ as crash-*.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
sources="$root/Sources/PaddockHTTP"
build="$root/fuzz/build"
mkdir -p "$build/corpus"

# The parser files depend only on the standard library, so they compile without the package.
parser_files=(
    HTTPByte HTTPVersion HTTPLimits HTTPParseError HTTPHeaders HeadScanner ChunkedDecoder
    HTTPBodyFraming HTTPFramingRules HTTPRequestTarget PercentDecoding HTTPRequestHead
    HTTPResponseHead BodyDecoder HTTPRequestParser HTTPResponseParser
)
paths=()
for name in "${parser_files[@]}"; do
    paths+=("$sources/$name.swift")
done

swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -module-name HTTPParserFuzz \
    "${paths[@]}" "$root/fuzz/http-parser/FuzzEntry.swift" \
    -o "$build/http-parser-fuzz"

"$build/http-parser-fuzz" \
    -max_total_time="$seconds" \
    -max_len=4096 \
    -timeout=10 \
    -print_final_stats=1 \
    -artifact_prefix="$build/" \
    "$build/corpus" "$root/fuzz/http-parser/corpus"
