#!/usr/bin/env bash
# Sets everything up, builds the kit with its tests and runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
"$root/scripts/setup.sh" -DC5_BUILD_TESTS=ON
cd "$root/build"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
