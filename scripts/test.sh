#!/usr/bin/env bash
# Sets everything up, builds the kit with its tests and runs every test through ctest: first under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-sanitize/), then the normal build (build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
jobs=$(nproc 2>/dev/null || echo 2)
"$root/scripts/setup.sh" -DC5_BUILD_TESTS=ON

echo "test: the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S "$root" -B "$root/build-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DC5_SANITIZE=ON \
  -DC5_BUILD_TESTS=ON -DC5_BUILD_BENCH=OFF > /dev/null
cmake --build "$root/build-sanitize" -j "$jobs"
(
  cd "$root/build-sanitize"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1
  ctest --output-on-failure -j "$jobs"
)

echo "test: the whole suite, normal build"
cd "$root/build"
ctest --output-on-failure -j "$jobs"
